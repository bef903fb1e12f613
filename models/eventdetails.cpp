// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetails.h"

#include "querycanceller.h"

#include "eventreader.h"
#include "logging.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace AuditLens::EventDetails {
namespace {

// Zoned timestamps may be stored up to 14 hours away from UTC as text; the SQL window is
// widened by that much so the index still serves it, and the exact window is applied after.
constexpr qint64 kZoneSlackMs = 14LL * 3600 * 1000;

QJsonValue jsonOf(const QVariant &v)
{
    if (!v.isValid())
        return QJsonValue(QJsonValue::Undefined);
    if (v.typeId() == QMetaType::Nullptr || v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return v.toLongLong();
    case QMetaType::Double: return v.toDouble();
    default: return valueText(v);
    }
}

// The bound values of a time window in the form the column stores: epoch numbers in the
// unit of the event's own value, ISO text with the event's separator, or typed instants.
QVariantList windowBounds(const SchemaMapping &mapping, const AuditEvent &event, qint64 lo, qint64 hi)
{
    if (mapping.timestampIsTyped)
        return {Timestamps::toUtc(lo), Timestamps::toUtc(hi)};
    const QString raw = event.rawTimestamp.trimmed();
    bool isNumber = false;
    const qint64 number = raw.toLongLong(&isNumber);
    if (isNumber) {
        const bool millis = qAbs(number) >= 100000000000LL;
        return millis ? QVariantList{lo, hi} : QVariantList{lo / 1000, hi / 1000 + 1};
    }
    const QChar sep = raw.size() > 10 ? raw.at(10) : u'T';
    const QString format = QStringLiteral("yyyy-MM-dd'%1'HH:mm:ss").arg(sep);
    const QString from = Timestamps::toUtc(lo).toString(format);
    const QString to = Timestamps::toUtc(hi).toString(format) + QChar(0xFFFF);
    return {from, to};
}

bool newestFirst(const AuditEvent &a, const AuditEvent &b)
{
    const qint64 ta = a.timestamp.value_or(std::numeric_limits<qint64>::min());
    const qint64 tb = b.timestamp.value_or(std::numeric_limits<qint64>::min());
    if (ta != tb)
        return ta > tb;
    return a.key.toLongLong() != b.key.toLongLong() ? a.key.toLongLong() > b.key.toLongLong()
                                                    : a.keyText() > b.keyText();
}

QList<AuditEvent> runQuery(const QSqlDatabase &db, const EventReader &reader, const QString &where,
                           const QVariantList &values, int limit, QString *error)
{
    const QString ts = reader.sqlColumn(Field::Timestamp);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 DESC, %5 DESC LIMIT %6")
                            .arg(reader.selectList(), quoteTable(reader.mapping().table), where, ts,
                                 reader.keyExpression())
                            .arg(limit);
    QList<AuditEvent> events;
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return events;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return events;
    }
    while (q.next())
        events << reader.read(q);
    return events;
}

// The shown value is text; PostgreSQL will not compare text with an integer column (seed 004's
// entity_id, a user_id actor), so compare as text there. A text column's cast is a no-op that
// keeps its index.
QString equalsText(const SchemaMapping &mapping, const QString &quotedColumn)
{
    return mapping.kind == DatabaseKind::PostgreSQL ? QStringLiteral("CAST(%1 AS TEXT) = ?").arg(quotedColumn)
                                                    : QStringLiteral("%1 = ?").arg(quotedColumn);
}

QList<AuditEvent> history(const QSqlDatabase &db, const EventReader &reader, const AuditEvent &event, int limit,
                          QString *error)
{
    const QString entity = reader.sqlColumn(Field::Entity);
    const QString entityId = reader.sqlColumn(Field::EntityId);
    if (entityId.isEmpty() || event.entityId.isEmpty())
        return {};
    QString where = equalsText(reader.mapping(), entityId);
    QVariantList values{event.entityId};
    if (!entity.isEmpty()) {
        where += event.entity.isEmpty() ? QStringLiteral(" AND (%1 IS NULL OR %1 = '')").arg(entity)
                                        : QStringLiteral(" AND ") + equalsText(reader.mapping(), entity);
        if (!event.entity.isEmpty())
            values << event.entity;
    }
    QList<AuditEvent> events = runQuery(db, reader, where, values, limit, error);
    std::stable_sort(events.begin(), events.end(), newestFirst);
    return events;
}

QList<AuditEvent> activity(const QSqlDatabase &db, const EventReader &reader, const AuditEvent &event, int limit,
                           QString *error)
{
    const QStringList actorColumns = reader.mapping().columnsOf(Field::Actor);
    if (actorColumns.isEmpty() || event.actor.isEmpty() || !event.timestamp)
        return {};
    const qint64 at = *event.timestamp;
    QStringList actorTests;
    QVariantList values;
    for (const QString &c : actorColumns) {
        actorTests << equalsText(reader.mapping(), quoteIdentifier(c));
        values << event.actor;
    }
    const QString where = QStringLiteral("(%1) AND %2 >= ? AND %2 <= ?")
                              .arg(actorTests.join(QStringLiteral(" OR ")), reader.sqlColumn(Field::Timestamp));
    values << windowBounds(reader.mapping(), event, at - kActivityWindowMs - kZoneSlackMs,
                           at + kActivityWindowMs + kZoneSlackMs);
    QList<AuditEvent> events = runQuery(db, reader, where, values, limit * 4, error);
    events.erase(std::remove_if(events.begin(), events.end(),
                                [&](const AuditEvent &e) {
                                    return e.actor != event.actor || !e.timestamp
                                        || qAbs(*e.timestamp - at) > kActivityWindowMs;
                                }),
                 events.end());
    std::stable_sort(events.begin(), events.end(), newestFirst);
    if (events.size() > limit)
        events.resize(limit);
    return events;
}

} // namespace

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(v.toByteArray()); // invalid UTF-8 becomes U+FFFD, never dropped
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toString(Qt::ISODateWithMs);
    return v.toString();
}

QString typeName(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QStringLiteral("integer");
    case QMetaType::Double: return QStringLiteral("real");
    case QMetaType::QByteArray: return QStringLiteral("blob");
    case QMetaType::Bool: return QStringLiteral("boolean");
    case QMetaType::QDateTime: return QStringLiteral("timestamp");
    default: return QStringLiteral("text");
    }
}

QList<RawColumn> readRawRow(const QSqlDatabase &db, const SchemaMapping &mapping, const QVariant &key, QString *error)
{
    QList<RawColumn> columns;
    const QString keyExpr = mapping.keyColumn == QLatin1String("rowid") ? mapping.keyColumn
                                                                        : quoteIdentifier(mapping.keyColumn);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(quoteTable(mapping.table), keyExpr))) {
        *error = q.lastError().text();
        return columns;
    }
    q.addBindValue(key);
    if (!q.exec()) {
        *error = q.lastError().text();
        return columns;
    }
    if (!q.next()) {
        *error = QCoreApplication::translate("AuditLens::EventDetails", "The row is no longer in the table.");
        return columns;
    }
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        columns.append({record.fieldName(i), q.value(i)});
    return columns;
}

QJsonObject toJson(const AuditEvent &e, const QList<RawColumn> &raw)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), jsonOf(e.key));
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("timestamp"), e.timestamp ? QJsonValue(Timestamps::toIsoUtc(*e.timestamp)) : QJsonValue());
    o.insert(QStringLiteral("raw_timestamp"), e.rawTimestamp);
    o.insert(QStringLiteral("actor"), e.actor);
    o.insert(QStringLiteral("user_id"), e.userId);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("category"), Actions::categoryName(e.category));
    o.insert(QStringLiteral("entity"), e.entity);
    o.insert(QStringLiteral("entity_id"), e.entityId);
    o.insert(QStringLiteral("summary"), e.summary);
    o.insert(QStringLiteral("ip"), e.ip);
    o.insert(QStringLiteral("user_agent"), e.userAgent);
    o.insert(QStringLiteral("session"), e.session);
    o.insert(QStringLiteral("status"), Actions::statusName(e.status));
    o.insert(QStringLiteral("raw_status"), e.rawStatus);
    o.insert(QStringLiteral("severity"), e.severity);
    QJsonArray changes;
    for (const Change &c : e.changes) {
        QJsonObject change{{QStringLiteral("field"), c.field}};
        if (c.oldValue.isValid())
            change.insert(QStringLiteral("old"), jsonOf(c.oldValue));
        if (c.newValue.isValid())
            change.insert(QStringLiteral("new"), jsonOf(c.newValue));
        changes.append(change);
    }
    o.insert(QStringLiteral("changes"), changes);
    // Metadata that is a JSON document is embedded as one; anything else stays text.
    const QJsonDocument meta = QJsonDocument::fromJson(e.metadata.toUtf8());
    o.insert(QStringLiteral("metadata"), meta.isObject() ? QJsonValue(meta.object())
                                         : meta.isArray() ? QJsonValue(meta.array())
                                                          : QJsonValue(e.metadata));
    if (!raw.isEmpty()) {
        QJsonObject columns;
        for (const RawColumn &c : raw)
            columns.insert(c.name, jsonOf(c.value));
        o.insert(QStringLiteral("columns"), columns);
    }
    return o;
}

RelatedEvents loadRelated(const QSqlDatabase &db, const SchemaMapping &mapping, const AuditEvent &event, int limit)
{
    RelatedEvents result;
    result.forKey = event.key;
    const EventReader reader(mapping);
    result.history = history(db, reader, event, limit, &result.error);
    if (result.error.isEmpty())
        result.activity = activity(db, reader, event, limit, &result.error);
    if (!result.error.isEmpty())
        qCWarning(lcModels) << "related events:" << result.error;
    return result;
}

RelatedEvents loadRelated(const DatabaseLocation &location, const SchemaMapping &mapping, const AuditEvent &event,
                          int limit, QueryCanceller *canceller)
{
    QString error;
    const auto db = AuditDatabase::openWith(location, mapping, &error);
    if (!db) {
        RelatedEvents result;
        result.forKey = event.key;
        result.error = error;
        return result;
    }
    QueryCanceller::Scope scope(canceller, db->database());
    return loadRelated(db->database(), mapping, event, limit);
}

} // namespace AuditLens::EventDetails
