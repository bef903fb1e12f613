// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptions.h"

#include "timestampparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cstdio>
#include <QTimeZone>

namespace AuditLens {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLens::ExportColumns", text);
}

struct ColumnInfo {
    ExportColumn column;
    const char *name;
    const char *title;
};

const ColumnInfo kColumns[] = {
    {ExportColumn::Id, "id", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "ID")},
    {ExportColumn::Timestamp, "timestamp", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Time (UTC)")},
    {ExportColumn::Actor, "actor", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "User")},
    {ExportColumn::UserId, "user_id", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "User ID")},
    {ExportColumn::Action, "action", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Action")},
    {ExportColumn::Category, "category", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Category")},
    {ExportColumn::Entity, "entity", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Table")},
    {ExportColumn::EntityId, "entity_id", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Record")},
    {ExportColumn::Summary, "summary", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Summary")},
    {ExportColumn::Ip, "ip", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "IP address")},
    {ExportColumn::UserAgent, "user_agent", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "User agent")},
    {ExportColumn::Session, "session", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Session")},
    {ExportColumn::Status, "status", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Status")},
    {ExportColumn::Severity, "severity", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Severity")},
    {ExportColumn::OldValues, "old_values", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Old values")},
    {ExportColumn::NewValues, "new_values", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "New values")},
    {ExportColumn::Changes, "changes", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Changes")},
    {ExportColumn::Metadata, "metadata", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Metadata")},
    {ExportColumn::Flags, "flags", QT_TRANSLATE_NOOP("AuditLens::ExportColumns", "Flags")},
};

void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

void appendJsonValue(QString &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr: out += QLatin1String("null"); return;
    case QMetaType::Bool: out += v.toBool() ? QLatin1String("true") : QLatin1String("false"); return;
    case QMetaType::Int: case QMetaType::LongLong: case QMetaType::UInt: case QMetaType::ULongLong:
        out += v.toString();
        return;
    case QMetaType::Double: {
        const double d = v.toDouble();
        out += qIsFinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest) : QStringLiteral("null");
        return;
    }
    case QMetaType::QString: appendJsonString(out, v.toString()); return;
    default: {
        // Nested objects and arrays are rare in changes; let QJsonDocument write them.
        const QJsonValue json = QJsonValue::fromVariant(v);
        if (json.isObject())
            out += QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
        else if (json.isArray())
            out += QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
        else
            appendJsonString(out, v.toString());
    }
    }
}

// Written by hand, not through QJsonDocument: this runs for every row of a million-row export.
QString changesJson(const QList<Change> &changes)
{
    if (changes.isEmpty())
        return {};
    QString out;
    out += u'[';
    for (const Change &c : changes) {
        if (out.size() > 1)
            out += u',';
        out += QLatin1String("{\"field\":");
        appendJsonString(out, c.field);
        out += QLatin1String(",\"old\":");
        appendJsonValue(out, c.oldValue);
        out += QLatin1String(",\"new\":");
        appendJsonValue(out, c.newValue);
        out += u'}';
    }
    out += u']';
    return out;
}

} // namespace

namespace ExportColumns {

QString isoUtc(qint64 msecs)
{
    // Always "…Z" (QDateTime's ISO form writes "+00:00" for some UTC values), and computed by
    // hand (H. Hinnant's civil_from_days): QDateTime::toString costs a sixth of a CSV export.
    qint64 days = msecs / 86'400'000;
    qint64 rest = msecs % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 doe = days - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", int(year), month, day,
                  int(rest / 3'600'000), int(rest / 60'000 % 60), int(rest / 1000 % 60), int(rest % 1000));
    return QString::fromLatin1(buffer);
}

QList<ExportColumn> all()
{
    QList<ExportColumn> list;
    for (const ColumnInfo &info : kColumns)
        list << info.column;
    return list;
}

QList<ExportColumn> reportDefaults()
{
    return {ExportColumn::Timestamp, ExportColumn::Actor, ExportColumn::Action, ExportColumn::Entity,
            ExportColumn::EntityId, ExportColumn::Summary, ExportColumn::Ip, ExportColumn::Status, ExportColumn::Flags};
}

QString name(ExportColumn column)
{
    return QLatin1String(kColumns[int(column)].name);
}

QString title(ExportColumn column)
{
    return tr(kColumns[int(column)].title);
}

bool fromName(QStringView name, ExportColumn *column)
{
    for (const ColumnInfo &info : kColumns) {
        if (name == QLatin1String(info.name)) {
            *column = info.column;
            return true;
        }
    }
    return false;
}

QString text(const AuditEvent &e, ExportColumn column, const FlagMarks &flags)
{
    switch (column) {
    case ExportColumn::Id: return e.id;
    case ExportColumn::Timestamp: return e.timestamp ? isoUtc(*e.timestamp) : e.rawTimestamp;
    case ExportColumn::Actor: return e.actor;
    case ExportColumn::UserId: return e.userId;
    case ExportColumn::Action: return e.action;
    case ExportColumn::Category: return Actions::categoryName(e.category);
    case ExportColumn::Entity: return e.entity;
    case ExportColumn::EntityId: return e.entityId;
    case ExportColumn::Summary: return e.summary;
    case ExportColumn::Ip: return e.ip;
    case ExportColumn::UserAgent: return e.userAgent;
    case ExportColumn::Session: return e.session;
    case ExportColumn::Status: return Actions::statusName(e.status);
    case ExportColumn::Severity: return e.severity;
    case ExportColumn::OldValues: return e.oldValuesText;
    case ExportColumn::NewValues: return e.newValuesText;
    case ExportColumn::Changes: return changesJson(e.changes);
    case ExportColumn::Metadata: return e.metadata;
    case ExportColumn::Flags: return flags.rules.join(QStringLiteral("; "));
    }
    return {};
}

} // namespace ExportColumns

QPageSize::PageSizeId ExportOptions::defaultPageSize()
{
    const QLocale::Territory territory = QLocale().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
}

QString ExportOptions::currentUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return tr("unknown user");
}

} // namespace AuditLens
