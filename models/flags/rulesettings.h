// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemamapping.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>

namespace AuditLens::Flags {

// The eight rules of RULES.md, in the order of its table.
enum class RuleId { LargeValueChange, BulkOperations, OffHours, SensitiveDelete, RapidEdits, FailedLogins,
                    NewIpLogin, AccessDenied };
constexpr int kRuleCount = int(RuleId::AccessDenied) + 1;

// "large_value_change", ...: the ids that `auditlens flags` prints and the store keeps.
QString ruleIdName(RuleId rule);
bool ruleFromIdName(QStringView name, RuleId *rule);
QList<RuleId> allRules();
// A translated one-line title for the rules dialog.
QString ruleTitle(RuleId rule);

// Every threshold, window, hour and list of RULES.md; a default-constructed value holds the
// defaults of RULES.md, which the tests use.
struct RuleSettings {
    std::array<bool, kRuleCount> enabled{true, true, true, true, true, true, true, true};

    double largeChangePercent = 25.0;
    QStringList monetaryWords{QStringLiteral("price"), QStringLiteral("amount"), QStringLiteral("cost"),
                              QStringLiteral("total"), QStringLiteral("fee"), QStringLiteral("salary"),
                              QStringLiteral("balance"), QStringLiteral("payment"), QStringLiteral("discount"),
                              QStringLiteral("tax")};

    int bulkThreshold = 20;                 // flagged when the count is more than this
    qint64 bulkWindowMs = 5 * 60000;

    int offHoursStartMinute = 22 * 60;      // at or after this time of day ...
    int offHoursEndMinute = 6 * 60;         // ... or before this one
    QTimeZone timeZone = QTimeZone::utc();
    QStringList excludedActors{QStringLiteral("system")};

    QStringList sensitiveTables{QStringLiteral("orders"), QStringLiteral("order"), QStringLiteral("ordr"),
                                QStringLiteral("users"), QStringLiteral("user"), QStringLiteral("usrs"),
                                QStringLiteral("expenses"), QStringLiteral("expense")};

    int rapidEditThreshold = 5;             // flagged when the count is at least this
    qint64 rapidEditWindowMs = 10 * 60000;

    int failedLoginThreshold = 5;           // at least this
    qint64 failedLoginWindowMs = 15 * 60000;

    int newIpMinLogins = 3;                 // earlier successful logins needed

    QStringList deniedActions{QStringLiteral("RATE_LIMIT_EXCEEDED"), QStringLiteral("SECURITY_ALERT"),
                              QStringLiteral("CONTENT_TYPE_REJECTED"), QStringLiteral("FILE_MAGIC_REJECTED"),
                              QStringLiteral("PERMISSION_DENIED"), QStringLiteral("ACCESS_DENIED"),
                              QStringLiteral("UNAUTHORIZED")};

    bool isEnabled(RuleId rule) const { return enabled.at(size_t(rule)); }
    void setEnabled(RuleId rule, bool on) { enabled.at(size_t(rule)) = on; }

    QJsonObject toJson() const;
    // Missing or malformed keys keep their defaults.
    static RuleSettings fromJson(const QJsonObject &json);
    // Equal for settings that flag alike: a saved engine state is only resumed under the same one.
    QString fingerprint() const;

    bool operator==(const RuleSettings &other) const { return fingerprint() == other.fingerprint(); }
    bool operator!=(const RuleSettings &other) const { return !(*this == other); }
};

// Which rules can run on a schema: RULES.md says a rule whose fields the schema lacks is
// "not applicable", shown as such and never silently passed.
bool ruleApplies(RuleId rule, const SchemaMapping &mapping);
// The canonical fields the rule needs and the mapping lacks, e.g. {"ip"}; empty when it applies.
QStringList missingFields(RuleId rule, const SchemaMapping &mapping);
QList<RuleId> applicableRules(const SchemaMapping &mapping);

// "5 min", "90 s": how reasons name a window.
QString windowText(qint64 ms);

} // namespace AuditLens::Flags
