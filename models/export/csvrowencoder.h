// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventreader.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QHash>

struct sqlite3_stmt;

namespace AuditLens {

// Writes the CSV line of the current row of an SQLite statement whose select list is
// EventReader::selectList(), straight from SQLite's UTF-8 bytes: the same bytes as
// CsvWriter::write(EventReader::read(row)), without a QString per cell. A row whose cells it
// cannot copy as they are (invalid UTF-8, a floating-point value, a summary made up from the
// changes, …) goes through EventReader as before.
class CsvRowEncoder
{
public:
    CsvRowEncoder(const EventReader &reader, const QList<ExportColumn> &columns, bool neutralize);

    // Appends the line with its CRLF. With flagsAt, the Flags cell is left empty and its offset
    // in out is stored there.
    void append(sqlite3_stmt *stmt, QByteArray &out, qsizetype *flagsAt);
    // The row key as the Qt driver gives it, for the flag engine.
    static QVariant value(sqlite3_stmt *stmt, int position);

private:
    bool appendFast(QByteArray &out, qsizetype *flagsAt);
    bool cell(int position, QByteArrayView *text) const;
    bool fieldText(Field field, QByteArrayView *text) const;
    bool actorText(QByteArrayView *text) const;
    bool timestampText(QByteArrayView *text);
    bool changesText(Category category, QByteArrayView *text);
    // Actions and statuses take few values: each is named once.
    Category category(QByteArrayView action);
    QByteArrayView categoryName(Category category);
    QByteArrayView statusName(QByteArrayView raw);

    const EventReader &m_reader;
    QList<ExportColumn> m_columns;
    bool m_neutralize;
    QVector<QVector<int>> m_positions; // Field -> select list positions
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_scratch;
    QByteArray m_action;
    QHash<QByteArray, Category> m_categories;
    QHash<int, QByteArray> m_categoryNames;
    QHash<QByteArray, QByteArray> m_statuses;   // raw status -> status name
};

} // namespace AuditLens
