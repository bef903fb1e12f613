// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportwriter.h"

#include <QByteArray>

namespace AuditLens {

// RFC 4180 CSV in UTF-8: CRLF line ends, a header row, fields quoted when they hold a quote,
// a comma or a line break.
class CsvWriter : public ExportWriter
{
public:
    bool begin(QIODevice *device, const ExportOptions &options, const ExportSummary &summary, QString *error) override;
    bool write(const AuditEvent &event, const FlagMarks &flags) override;
    bool finish(QString *error) override;

    // Lines encoded elsewhere (SqliteCsvStream) go straight into the buffer, then through commit().
    QByteArray &buffer() { return m_buffer; }
    bool commit() { return flush(false); }

    // True when a spreadsheet would run the cell as a formula: it starts with = + - @, a tab or
    // a carriage return and is not a plain number ("-5" and "+1.5e3" stay numbers).
    static bool needsNeutralizing(QStringView cell);
    // The field as it appears in the file: neutralised (a leading ') when asked, then quoted.
    static QString field(const QString &value, bool neutralize);
    // With a separator, that character first (the comma between two cells).
    static void appendField(QByteArray &out, QByteArrayView utf8, bool neutralize, char separator = 0);
    // One row with its CRLF. With flagsAt, the Flags cell is left empty and its offset in out
    // is stored there, for the flags of a batch to be put in later.
    static void appendLine(QByteArray &out, const AuditEvent &event, const QList<ExportColumn> &columns,
                           bool neutralize, qsizetype *flagsAt);

private:
    bool flush(bool force);

    QIODevice *m_device = nullptr;
    QList<ExportColumn> m_columns;
    bool m_neutralize = true;
    QByteArray m_buffer;
};

} // namespace AuditLens
