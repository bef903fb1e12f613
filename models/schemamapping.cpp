// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamapping.h"

#include <QJsonArray>

#include <array>

namespace AuditLens {
namespace {
constexpr std::array<const char *, kFieldCount> kFieldNames = {
    "id",         "timestamp", "actor",     "user_id",    "action",        "entity",  "entity_id",
    "summary",    "ip",        "user_agent", "session",   "status",        "severity", "old_values",
    "new_values", "field_changed", "changes", "metadata",
};
} // namespace

QString fieldName(Field field)
{
    return QString::fromLatin1(kFieldNames.at(size_t(field)));
}

bool fieldFromName(const QString &name, Field *field)
{
    for (size_t i = 0; i < kFieldNames.size(); ++i) {
        if (name == QLatin1String(kFieldNames[i])) {
            *field = Field(i);
            return true;
        }
    }
    return false;
}

QJsonObject SchemaMapping::toJson() const
{
    QJsonObject fields;
    for (int f = 0; f < kFieldCount; ++f) {
        const QStringList cols = columns.value(f);
        if (cols.isEmpty())
            continue;
        fields.insert(fieldName(Field(f)), cols.size() == 1 ? QJsonValue(cols.first())
                                                             : QJsonValue(QJsonArray::fromStringList(cols)));
    }
    QJsonObject map;
    for (auto it = actionMap.cbegin(); it != actionMap.cend(); ++it)
        map.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("profile"), profileName},
        {QStringLiteral("title"), profileTitle},
        {QStringLiteral("driver"), kind == DatabaseKind::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
        {QStringLiteral("table"), table},
        {QStringLiteral("key"), keyColumn},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("columns"), QJsonArray::fromStringList(tableColumns)},
    };
    if (!map.isEmpty())
        o.insert(QStringLiteral("action_map"), map);
    if (rowImages)
        o.insert(QStringLiteral("row_images"), true);
    return o;
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString quoteTable(const QString &name)
{
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0)
        return quoteIdentifier(name.left(dot)) + u'.' + quoteIdentifier(name.mid(dot + 1));
    return quoteIdentifier(name);
}

} // namespace AuditLens
