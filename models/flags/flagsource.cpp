// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagsource.h"

#include "changeextractor.h"
#include "timestampparser.h"

#include <QDateTime>

namespace AuditLens::Flags {
namespace {

// The fields the rules read; the rest of the row is never fetched.
constexpr Field kFields[] = {Field::Id, Field::Timestamp, Field::Actor, Field::Action, Field::Entity,
                             Field::EntityId, Field::Ip, Field::Status, Field::OldValues, Field::NewValues,
                             Field::FieldChanged, Field::Changes};

// As EventReader reads a cell: BLOBs decoded with replacement characters, never dropped.
QString valueText(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(v.toByteArray());
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toString(Qt::ISODateWithMs);
    return v.toString();
}

} // namespace

FlagSource::FlagSource(const SchemaMapping &mapping)
    : m_mapping(mapping)
    , m_reader(mapping)
    , m_timestampSql(m_reader.sqlColumn(Field::Timestamp))
    , m_fieldIndex(kFieldCount)
{
    for (Field f : kFields) {
        for (const QString &column : mapping.columnsOf(f)) {
            qsizetype idx = m_columns.indexOf(column);
            if (idx < 0) {
                m_columns << column;
                idx = m_columns.size() - 1;
            }
            m_fieldIndex[int(f)].append(int(idx) + 1); // position 0 is the key
        }
    }
    if (!m_fieldIndex.at(int(Field::Timestamp)).isEmpty())
        m_timestampIndex = m_fieldIndex.at(int(Field::Timestamp)).first();
}

QString FlagSource::selectSql(bool afterPosition) const
{
    const QString key = m_reader.keyExpression();
    QStringList parts{key};
    for (const QString &c : m_columns)
        parts << quoteIdentifier(c);
    QString sql = QStringLiteral("SELECT ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + quoteTable(m_mapping.table) + QStringLiteral(" WHERE ") + m_timestampSql + QStringLiteral(" IS NOT NULL");
    if (afterPosition) {
        sql += QStringLiteral(" AND (%1 > ? OR (%1 = ? AND %2 > ?))").arg(m_timestampSql, key);
    }
    return sql + QStringLiteral(" ORDER BY %1, %2").arg(m_timestampSql, key);
}

QString FlagSource::countUpToSql() const
{
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND (%2 < ? OR (%2 = ? AND %3 <= ?))")
        .arg(quoteTable(m_mapping.table), m_timestampSql, m_reader.keyExpression());
}

QString FlagSource::countAllSql() const
{
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL").arg(quoteTable(m_mapping.table), m_timestampSql);
}

QVariantList FlagSource::positionValues(const QVariant &rawTimestamp, const QVariant &key)
{
    return {rawTimestamp, rawTimestamp, key};
}

QString FlagSource::text(const QSqlQuery &query, Field field, bool firstNonEmpty) const
{
    for (int idx : m_fieldIndex.at(int(field))) {
        const QString t = valueText(query.value(idx));
        if (!firstNonEmpty || !t.trimmed().isEmpty())
            return firstNonEmpty ? t.trimmed() : t;
    }
    return {};
}

AuditEvent FlagSource::read(const QSqlQuery &query, bool wantChanges) const
{
    AuditEvent e;
    e.key = query.value(0);
    e.id = text(query, Field::Id);
    if (m_timestampIndex >= 0) {
        const QVariant ts = query.value(m_timestampIndex);
        e.timestamp = Timestamps::parse(ts, m_mapping.naiveOffsetSeconds);
    }
    e.actor = text(query, Field::Actor, true);
    e.action = text(query, Field::Action);
    // The same value maps and normalisation as EventReader::finish, so both agree on every row.
    const QString mapped = m_mapping.actionMap.value(e.action.trimmed());
    if (!mapped.isEmpty())
        e.action = mapped;
    e.category = Actions::categorize(e.action);
    e.entity = text(query, Field::Entity);
    e.entityId = text(query, Field::EntityId);
    e.ip = text(query, Field::Ip);
    e.rawStatus = text(query, Field::Status);
    e.status = Actions::normalizeStatus(e.rawStatus);
    if (wantChanges && e.category == Category::Update) {
        e.oldValuesText = text(query, Field::OldValues);
        e.newValuesText = text(query, Field::NewValues);
        const QString fieldChanged = text(query, Field::FieldChanged);
        const QString changes = text(query, Field::Changes);
        if (mayNameChangeWord(e.oldValuesText, e.newValuesText, fieldChanged, changes))
            e.changes = ChangeExtractor::extract(fieldChanged, e.oldValuesText, e.newValuesText, changes);
    }
    return e;
}

void FlagSource::setChangeWords(const QStringList &words)
{
    // Trimmed, as FlagEngine compares them; an empty word would match every field.
    m_changeWords.clear();
    for (const QString &w : words) {
        if (!w.trimmed().isEmpty())
            m_changeWords << w.trimmed();
    }
    m_filterChanges = true;
}

// A field name holds a monetary word only if the raw text does; a backslash could hide one
// in a JSON escape (\u0070rice), so such text is always parsed. Parsing JSON is the dearest
// step of a scan, and most updates change no money.
bool FlagSource::mayNameChangeWord(const QString &a, const QString &b, const QString &c, const QString &d) const
{
    if (!m_filterChanges)
        return true;
    for (const QString *text : {&a, &b, &c, &d}) {
        if (text->contains(u'\\'))
            return true;
        for (const QString &w : m_changeWords) {
            if (text->contains(w, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace AuditLens::Flags
