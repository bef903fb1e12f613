// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "timestampparser.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace AuditLens {
namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

QJsonValue textValue(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// JSON text from the database as a JSON value; anything that does not parse stays a string.
QJsonValue embedded(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty())
        return textValue(text);
    if (trimmed.front() == u'{' || trimmed.front() == u'[') {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    return text;
}

QJsonValue changesValue(const QList<Change> &changes)
{
    QJsonArray array;
    for (const Change &c : changes) {
        array.append(QJsonObject{{QStringLiteral("field"), c.field},
                                 {QStringLiteral("old"), QJsonValue::fromVariant(c.oldValue)},
                                 {QStringLiteral("new"), QJsonValue::fromVariant(c.newValue)}});
    }
    return array;
}

} // namespace

QJsonObject JsonWriter::toJson(const AuditEvent &e, const FlagMarks &flags, const QList<ExportColumn> &columns)
{
    QJsonObject o;
    for (ExportColumn c : columns) {
        QJsonValue v;
        switch (c) {
        case ExportColumn::Timestamp:
            v = e.timestamp ? QJsonValue(ExportColumns::isoUtc(*e.timestamp)) : textValue(e.rawTimestamp);
            break;
        case ExportColumn::OldValues: v = embedded(e.oldValuesText); break;
        case ExportColumn::NewValues: v = embedded(e.newValuesText); break;
        case ExportColumn::Metadata: v = embedded(e.metadata); break;
        case ExportColumn::Changes: v = changesValue(e.changes); break;
        case ExportColumn::Flags: v = QJsonArray::fromStringList(flags.rules); break;
        default: v = textValue(ExportColumns::text(e, c, flags)); break;
        }
        o.insert(ExportColumns::name(c), v);
    }
    return o;
}

bool JsonWriter::begin(QIODevice *device, const ExportOptions &options, const ExportSummary &, QString *)
{
    m_device = device;
    m_buffer.reserve(kFlushBytes + 64 * 1024);
    m_columns = options.columns;
    m_lines = options.jsonLines;
    m_first = true;
    if (!m_lines)
        m_buffer.append('[');
    return true;
}

bool JsonWriter::write(const AuditEvent &event, const FlagMarks &flags)
{
    if (!m_lines)
        m_buffer.append(m_first ? "\n" : ",\n");
    m_first = false;
    m_buffer.append(QJsonDocument(toJson(event, flags, m_columns)).toJson(QJsonDocument::Compact));
    if (m_lines)
        m_buffer.append('\n');
    return flush(false);
}

bool JsonWriter::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < kFlushBytes))
        return true;
    const bool ok = m_device->write(m_buffer) == m_buffer.size();
    // Keep the allocation: a fresh 256 KiB block per flush is an mmap and page faults each time.
    m_buffer.truncate(0);
    return ok;
}

bool JsonWriter::finish(QString *error)
{
    if (!m_lines)
        m_buffer.append(m_first ? "]\n" : "\n]\n");
    if (!flush(true)) {
        *error = m_device->errorString();
        return false;
    }
    return true;
}

} // namespace AuditLens
