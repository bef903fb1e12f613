// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportwriter.h"

#include <QByteArray>
#include <QJsonObject>

namespace AuditLens {

// A JSON array of objects, or JSON Lines (one object a line), keyed by the canonical names.
// Old/new values and metadata are embedded as JSON when they parse as an object or an array.
class JsonWriter : public ExportWriter
{
public:
    bool begin(QIODevice *device, const ExportOptions &options, const ExportSummary &summary, QString *error) override;
    bool write(const AuditEvent &event, const FlagMarks &flags) override;
    bool finish(QString *error) override;

    static QJsonObject toJson(const AuditEvent &event, const FlagMarks &flags, const QList<ExportColumn> &columns);

private:
    bool flush(bool force);

    QIODevice *m_device = nullptr;
    QList<ExportColumn> m_columns;
    bool m_lines = false;
    bool m_first = true;
    QByteArray m_buffer;
};

} // namespace AuditLens
