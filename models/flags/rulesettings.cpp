// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace AuditLens::Flags {
namespace {

constexpr std::array<const char *, kRuleCount> kRuleIds = {"large_value_change", "bulk_operations", "off_hours",
                                                           "sensitive_delete", "rapid_edits", "failed_logins",
                                                           "new_ip_login", "access_denied"};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList listOf(const QJsonValue &v, const QStringList &fallback)
{
    if (!v.isArray())
        return fallback;
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

// The fields each rule reads (RULES.md "Fields used"); Action is always mapped.
QList<QList<Field>> requirements(RuleId rule)
{
    // Each inner list is "any of": changes come from a changes dict, or old+new columns.
    switch (rule) {
    case RuleId::LargeValueChange: return {{Field::Changes, Field::OldValues}, {Field::Changes, Field::NewValues}};
    case RuleId::BulkOperations: return {{Field::Actor}};
    case RuleId::OffHours: return {{Field::Actor}};
    case RuleId::SensitiveDelete: return {{Field::Entity}};
    case RuleId::RapidEdits: return {{Field::Entity}, {Field::EntityId}};
    case RuleId::FailedLogins: return {{Field::Actor, Field::Ip}};
    case RuleId::NewIpLogin: return {{Field::Actor}, {Field::Ip}};
    case RuleId::AccessDenied: return {};
    }
    return {};
}

} // namespace

QString ruleIdName(RuleId rule)
{
    return QString::fromLatin1(kRuleIds.at(size_t(rule)));
}

bool ruleFromIdName(QStringView name, RuleId *rule)
{
    for (size_t i = 0; i < kRuleIds.size(); ++i) {
        if (name == QLatin1String(kRuleIds[i])) {
            *rule = RuleId(i);
            return true;
        }
    }
    return false;
}

QList<RuleId> allRules()
{
    QList<RuleId> out;
    for (int i = 0; i < kRuleCount; ++i)
        out << RuleId(i);
    return out;
}

QString ruleTitle(RuleId rule)
{
    static const char *const kTitles[kRuleCount] = {
        QT_TRANSLATE_NOOP("AuditLens::Flags", "Large value change"),
        QT_TRANSLATE_NOOP("AuditLens::Flags", "Bulk operations"),
        QT_TRANSLATE_NOOP("AuditLens::Flags", "Off-hours activity"),
        QT_TRANSLATE_NOOP("AuditLens::Flags", "Delete from a sensitive table"),
        QT_TRANSLATE_NOOP("AuditLens::Flags", "Rapid edits to one record"),
        QT_TRANSLATE_NOOP("AuditLens::Flags", "Repeated failed logins"),
        QT_TRANSLATE_NOOP("AuditLens::Flags", "Login from a new IP address"),
        QT_TRANSLATE_NOOP("AuditLens::Flags", "Access denied"),
    };
    return QCoreApplication::translate("AuditLens::Flags", kTitles[int(rule)]);
}

QJsonObject RuleSettings::toJson() const
{
    QJsonObject enabledJson;
    for (RuleId r : allRules())
        enabledJson.insert(ruleIdName(r), isEnabled(r));
    return QJsonObject{
        {QStringLiteral("enabled"), enabledJson},
        {QStringLiteral("large_change_percent"), largeChangePercent},
        {QStringLiteral("monetary_words"), toArray(monetaryWords)},
        {QStringLiteral("bulk_threshold"), bulkThreshold},
        {QStringLiteral("bulk_window_ms"), bulkWindowMs},
        {QStringLiteral("off_hours_start_minute"), offHoursStartMinute},
        {QStringLiteral("off_hours_end_minute"), offHoursEndMinute},
        {QStringLiteral("time_zone"), QString::fromUtf8(timeZone.id())},
        {QStringLiteral("excluded_actors"), toArray(excludedActors)},
        {QStringLiteral("sensitive_tables"), toArray(sensitiveTables)},
        {QStringLiteral("rapid_edit_threshold"), rapidEditThreshold},
        {QStringLiteral("rapid_edit_window_ms"), rapidEditWindowMs},
        {QStringLiteral("failed_login_threshold"), failedLoginThreshold},
        {QStringLiteral("failed_login_window_ms"), failedLoginWindowMs},
        {QStringLiteral("new_ip_min_logins"), newIpMinLogins},
        {QStringLiteral("denied_actions"), toArray(deniedActions)},
    };
}

RuleSettings RuleSettings::fromJson(const QJsonObject &json)
{
    RuleSettings s;
    const QJsonObject enabledJson = json.value(QStringLiteral("enabled")).toObject();
    for (RuleId r : allRules())
        s.setEnabled(r, enabledJson.value(ruleIdName(r)).toBool(true));
    // Thresholds are clamped to sensible ranges so a hand-edited file cannot disable a window.
    auto number = [&](const char *key, double fallback, double lo, double hi) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? std::clamp(v.toDouble(), lo, hi) : fallback;
    };
    s.largeChangePercent = number("large_change_percent", s.largeChangePercent, 0, 1e9);
    s.monetaryWords = listOf(json.value(QStringLiteral("monetary_words")), s.monetaryWords);
    s.bulkThreshold = int(number("bulk_threshold", s.bulkThreshold, 0, 1e9));
    s.bulkWindowMs = qint64(number("bulk_window_ms", double(s.bulkWindowMs), 1, 1e12));
    s.offHoursStartMinute = int(number("off_hours_start_minute", s.offHoursStartMinute, 0, 1439));
    s.offHoursEndMinute = int(number("off_hours_end_minute", s.offHoursEndMinute, 0, 1439));
    const QByteArray zone = json.value(QStringLiteral("time_zone")).toString().toUtf8();
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        s.timeZone = zone == "UTC" ? QTimeZone::utc() : QTimeZone(zone);
    s.excludedActors = listOf(json.value(QStringLiteral("excluded_actors")), s.excludedActors);
    s.sensitiveTables = listOf(json.value(QStringLiteral("sensitive_tables")), s.sensitiveTables);
    s.rapidEditThreshold = int(number("rapid_edit_threshold", s.rapidEditThreshold, 0, 1e9));
    s.rapidEditWindowMs = qint64(number("rapid_edit_window_ms", double(s.rapidEditWindowMs), 1, 1e12));
    s.failedLoginThreshold = int(number("failed_login_threshold", s.failedLoginThreshold, 0, 1e9));
    s.failedLoginWindowMs = qint64(number("failed_login_window_ms", double(s.failedLoginWindowMs), 1, 1e12));
    s.newIpMinLogins = int(number("new_ip_min_logins", s.newIpMinLogins, 0, 1e9));
    s.deniedActions = listOf(json.value(QStringLiteral("denied_actions")), s.deniedActions);
    return s;
}

QString RuleSettings::fingerprint() const
{
    const QByteArray text = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QStringList missingFields(RuleId rule, const SchemaMapping &mapping)
{
    QStringList missing;
    for (const QList<Field> &anyOf : requirements(rule)) {
        bool found = false;
        for (Field f : anyOf)
            found = found || mapping.has(f);
        if (!found)
            missing << fieldName(anyOf.constLast());
    }
    // Changes from field_changed + old_value + new_value count as old/new columns too.
    if (rule == RuleId::LargeValueChange && mapping.has(Field::FieldChanged) && mapping.has(Field::OldValues)
        && mapping.has(Field::NewValues))
        missing.clear();
    return missing;
}

bool ruleApplies(RuleId rule, const SchemaMapping &mapping)
{
    return missingFields(rule, mapping).isEmpty();
}

QList<RuleId> applicableRules(const SchemaMapping &mapping)
{
    QList<RuleId> out;
    for (RuleId r : allRules()) {
        if (ruleApplies(r, mapping))
            out << r;
    }
    return out;
}

QString windowText(qint64 ms)
{
    if (ms % 60000 == 0)
        return QStringLiteral("%1 min").arg(ms / 60000);
    if (ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 ms").arg(ms);
}

} // namespace AuditLens::Flags
