// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"
#include "rulesettings.h"
#include "timewindow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace AuditLens::Flags {

// The rules one event matched, sorted by rule id, with one readable reason each.
struct FlagMatch {
    QStringList rules;
    QStringList reasons;
    bool isEmpty() const { return rules.isEmpty(); }
};

// A position in the stream: events are read by (timestamp, key) ascending (RULES.md).
struct StreamPosition {
    qint64 timestamp = 0;
    QVariant key;
};

// Applies every rule of RULES.md to events fed in stream order, one at a time. Memory is
// bounded by what the windows hold (events of the last few minutes per actor, IP and record)
// plus, for new_ip_login, the set of IPs each actor signed in from. The whole state can be
// saved and restored, so that flagging resumes where it stopped and incremental flagging
// equals a full recomputation.
class FlagEngine
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::Flags::FlagEngine)
public:
    explicit FlagEngine(const RuleSettings &settings = RuleSettings());

    // Rules outside this list (not applicable to the open schema) are never evaluated.
    void restrictTo(const QList<RuleId> &applicable);
    const RuleSettings &settings() const { return m_settings; }
    bool isActive(RuleId rule) const { return m_active.at(size_t(rule)); }

    // Feeds the next event in stream order and returns what it matched. Events whose timestamp
    // does not parse match nothing and are not counted in any window.
    FlagMatch process(const AuditEvent &event);

    qint64 eventsRead() const { return m_eventsRead; }
    std::optional<qint64> lastTimestamp() const { return m_lastTimestamp; }

    QByteArray saveState() const;
    // False (and a fresh state) when the data is damaged or from another version.
    bool restoreState(const QByteArray &state);
    void reset();

private:
    // Timestamps of the events a window counts, oldest first.
    using Window = TimeWindow;
    struct Logins {
        qint64 count = 0;
        QSet<QString> ips;
    };

    // What the rules ask of an action's name, worked out once per distinct name.
    struct ActionFacts {
        QString trimmed;
        bool failedLoginName = false; // LOGIN_FAILED or failed_login
        bool loginWord = false;       // has the word login or signin
        bool denied = false;          // in the denied-actions list
    };
    const ActionFacts &actionFacts(const QString &action);
    bool isExcludedActor(const QString &actor);
    const QString &lowerEntity(const QString &entity);

    static qsizetype push(QHash<QString, Window> &windows, const QString &key, qint64 t, qint64 width);
    void pruneWindows(qint64 now);
    int offsetSecondsAt(qint64 t);

    std::optional<QString> largeValueChange(const AuditEvent &e) const;
    std::optional<QString> bulkOperations(const AuditEvent &e, const QString &actor, qint64 t);
    std::optional<QString> offHours(const QString &actor, qint64 t);
    std::optional<QString> sensitiveDelete(const AuditEvent &e);
    std::optional<QString> rapidEdits(const AuditEvent &e, qint64 t);
    std::optional<QString> failedLogins(const AuditEvent &e, const QString &actor, bool failed, qint64 t);
    std::optional<QString> newIpLogin(const AuditEvent &e, const QString &actor, bool success);
    std::optional<QString> accessDenied(const AuditEvent &e, const ActionFacts &facts, bool failed) const;

    RuleSettings m_settings;
    std::array<bool, kRuleCount> m_active{};
    QSet<QString> m_excludedActors;   // lower case
    QSet<QString> m_sensitiveTables;  // lower case
    QSet<QString> m_deniedActions;    // lower case
    QStringList m_monetaryWords;
    // Memos of the per-name questions above; bounded (cleared when full), never saved.
    QHash<QString, ActionFacts> m_actionFacts;
    QHash<QString, bool> m_excludedMemo;
    QHash<QString, QString> m_lowerEntities;

    QHash<QString, Window> m_bulk;          // actor -> create/update/delete times
    QHash<QString, Window> m_edits;         // entity \x1f id -> update times
    QHash<QString, Window> m_failedByActor; // actor -> failed login times
    QHash<QString, Window> m_failedByIp;    // ip -> failed login times
    QHash<QString, Logins> m_logins;        // actor -> successful logins so far

    qint64 m_eventsRead = 0;
    std::optional<qint64> m_lastTimestamp;
    qint64 m_lastPrune = 0;
    // The zone offset holds from m_offsetFrom until m_offsetUntil (UTC ms): one lookup per transition.
    qint64 m_offsetFrom = 1;
    qint64 m_offsetUntil = 0;
    int m_offsetSeconds = 0;
};

} // namespace AuditLens::Flags
