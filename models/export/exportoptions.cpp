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

QString changesJson(const QList<Change> &changes)
{
    if (changes.isEmpty())
        return {};
    QJsonArray array;
    for (const Change &c : changes) {
        array.append(QJsonObject{{QStringLiteral("field"), c.field},
                                 {QStringLiteral("old"), QJsonValue::fromVariant(c.oldValue)},
                                 {QStringLiteral("new"), QJsonValue::fromVariant(c.newValue)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

namespace ExportColumns {

QString isoUtc(qint64 msecs)
{
    // Always "…Z": QDateTime's ISO form writes "+00:00" for some UTC values, which readers accept
    // but a fixed form is easier to compare and sort as text.
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"))
        + u'Z';
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
