// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventreader.h"

#include "changeextractor.h"
#include "timestampparser.h"

#include <QVariant>

namespace AuditLens {
namespace {

QString valueText(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray) {
        // BLOB or text that is not valid UTF-8: decode with replacement characters, never drop.
        return QString::fromUtf8(v.toByteArray());
    }
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toString(Qt::ISODateWithMs);
    return v.toString();
}

QString describeValue(const QVariant &v)
{
    if (!v.isValid())
        return QStringLiteral("∅");
    if (v.typeId() == QMetaType::Nullptr)
        return QStringLiteral("null");
    return v.toString();
}

} // namespace

EventReader::EventReader(const SchemaMapping &mapping)
    : m_mapping(mapping)
    , m_fieldIndex(kFieldCount)
{
    for (int f = 0; f < kFieldCount; ++f) {
        for (const QString &column : mapping.columnsOf(Field(f))) {
            qsizetype idx = m_columns.indexOf(column);
            if (idx < 0) {
                m_columns << column;
                idx = m_columns.size() - 1;
            }
            m_fieldIndex[f].append(int(idx));
        }
    }
}

QString EventReader::keyExpression() const
{
    return m_mapping.keyColumn == QLatin1String("rowid") ? m_mapping.keyColumn : quoteIdentifier(m_mapping.keyColumn);
}

QString EventReader::selectList() const
{
    QStringList parts{keyExpression()};
    for (const QString &c : m_columns)
        parts << quoteIdentifier(c);
    return parts.join(QStringLiteral(", "));
}

QString EventReader::orderedPredicate(const QString &c) const
{
    if (c != sqlColumn(Field::Timestamp) || m_mapping.timestampIsTyped)
        return QStringLiteral("%1 IS NOT NULL").arg(c);
    if (m_mapping.kind == DatabaseKind::SQLite)
        return QStringLiteral("(%1 IS NOT NULL AND (typeof(%1) IN ('integer', 'real') OR "
                              "%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'))").arg(c);
    // Text times on PostgreSQL, by pattern (no '?' in it: Qt would read that as a placeholder).
    return QStringLiteral("(%1 IS NOT NULL AND CAST(%1 AS TEXT) ~ '^[0-9]')").arg(c);
}

QString EventReader::sqlColumn(Field field) const
{
    const QString c = m_mapping.column(field);
    return c.isEmpty() ? QString() : quoteIdentifier(c);
}

QVector<int> EventReader::selectPositions(Field field) const
{
    QVector<int> positions;
    for (int idx : m_fieldIndex.at(int(field)))
        positions << idx + 1;
    return positions;
}

QString EventReader::text(const std::function<QVariant(int)> &value, Field field, bool firstNonEmpty) const
{
    for (int idx : m_fieldIndex.at(int(field))) {
        const QString t = valueText(value(1 + idx));
        if (!firstNonEmpty || !t.trimmed().isEmpty())
            return firstNonEmpty ? t.trimmed() : t;
    }
    return {};
}

AuditEvent EventReader::read(const QSqlQuery &query, int offset) const
{
    return read([&query, offset](int i) { return query.value(offset + i); });
}

AuditEvent EventReader::read(const std::function<QVariant(int)> &value) const
{
    AuditEvent e;
    e.key = value(0);
    e.id = text(value, Field::Id);
    if (!m_fieldIndex.at(int(Field::Timestamp)).isEmpty()) {
        const QVariant ts = value(1 + m_fieldIndex.at(int(Field::Timestamp)).first());
        e.timestamp = Timestamps::parse(ts, m_mapping.naiveOffsetSeconds);
        e.rawTimestamp = valueText(ts);
    }
    e.actor = text(value, Field::Actor, true);
    e.userId = text(value, Field::UserId);
    e.action = text(value, Field::Action);
    e.entity = text(value, Field::Entity);
    e.entityId = text(value, Field::EntityId);
    e.summary = text(value, Field::Summary);
    e.ip = text(value, Field::Ip);
    e.userAgent = text(value, Field::UserAgent);
    e.session = text(value, Field::Session);
    e.rawStatus = text(value, Field::Status);
    e.severity = text(value, Field::Severity);
    e.oldValuesText = text(value, Field::OldValues);
    e.newValuesText = text(value, Field::NewValues);
    e.metadata = text(value, Field::Metadata);
    finish(e, text(value, Field::FieldChanged), text(value, Field::Changes));
    return e;
}

void EventReader::finish(AuditEvent &e, const QString &fieldChanged, const QString &changesText) const
{
    const QString mapped = m_mapping.actionMap.value(e.action.trimmed());
    if (!mapped.isEmpty())
        e.action = mapped;
    e.category = Actions::categorize(e.action);
    e.status = Actions::normalizeStatus(e.rawStatus);
    e.changes = ChangeExtractor::extract(fieldChanged, e.oldValuesText, e.newValuesText, changesText, e.category,
                                         m_mapping.rowImages);
    if (e.summary.isEmpty() && !m_mapping.has(Field::Summary)) {
        // Schemas without a description (seed 004) still get a readable line.
        if (!fieldChanged.trimmed().isEmpty() && !e.changes.isEmpty()) {
            const Change &c = e.changes.first();
            e.summary = QStringLiteral("%1: %2 → %3").arg(c.field, describeValue(c.oldValue), describeValue(c.newValue));
        } else if (!e.newValuesText.isEmpty() && !e.newValuesText.trimmed().startsWith(u'{')) {
            e.summary = e.newValuesText.left(500);
        }
    }
}

} // namespace AuditLens
