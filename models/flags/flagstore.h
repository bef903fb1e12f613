// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entriesmodel.h"
#include "flagengine.h"
#include "flaginserter.h"
#include "rulesettings.h"
#include "sqlcondition.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace AuditLens::Flags {

enum class ReviewState { Unreviewed, Acknowledged, FalsePositive, Confirmed };

// What the owner said about a flagged event; kept apart from the flags so it survives
// re-flagging and rule changes (issue 4: "reviews survive restarts and rule changes").
struct Review {
    ReviewState state = ReviewState::Unreviewed;
    QString note;
    QString reviewer;
    QDateTime reviewedAt; // UTC
};

struct StoredFlag {
    QVariant key;
    qint64 timestamp = 0;
    QStringList rules;
    QStringList reasons;
};

// Where a run stopped: enough to resume flagging exactly (see FlagRunner).
struct RunState {
    QString fingerprint;   // RuleSettings::fingerprint() + the applicable rules
    QVariant lastRawTimestamp;
    QVariant lastKey;
    qint64 rowsRead = 0;   // rows with a timestamp, up to and including the last one
    QByteArray engineState;
    QDateTime finishedAt;
    // The largest SQLite rowid read (null elsewhere, and in a state saved before it was kept):
    // a row above it at or before the last position was back-filled (ResumeCheck).
    QVariant maxKey;
};

// AuditLens's own SQLite file in the application data folder (never the audit database):
// flags by database identity (DatabaseLocation::identity()) and event key, reviews, the state
// of the last run and the rule settings. One instance per thread: it owns a connection.
class FlagStore
{
public:
    static QString defaultPath();
    explicit FlagStore(const QString &path = defaultPath());
    ~FlagStore();
    FlagStore(const FlagStore &) = delete;
    FlagStore &operator=(const FlagStore &) = delete;

    bool open(QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }

    // Flags of one database.
    QHash<QString, FlagMarks> marksFor(const QString &identity, const QVariantList &keys) const;
    std::optional<StoredFlag> flag(const QString &identity, const QVariant &key) const;
    QList<StoredFlag> flags(const QString &identity) const; // in stream order
    qint64 flaggedCount(const QString &identity) const;
    // In stream order; reviewState (reviewStateName()) keeps only the flags in that review state.
    QVariantList flaggedKeys(const QString &identity, const QString &reviewState = {}) const;
    // Counts by rule id, for the closing figures and the statistics bar.
    QHash<QString, qint64> countsByRule(const QString &identity) const;

    // The "flagged only" filter: a condition on the audit table's key column. See the .cpp
    // for why this is a key list and not an ATTACH of the store.
    SqlCondition flaggedCondition(const QString &identity, const QString &keyExpression,
                                  const QString &reviewState = {}) const;
    // EntriesModel::setFlagProvider(store.flagProvider(identity)): reads this store, so call
    // it with a store that lives in the GUI thread.
    EntriesModel::FlagProvider flagProvider(const QString &identity) const;

    // Reviews.
    bool setReview(const QString &identity, const QVariant &key, const Review &review);
    std::optional<Review> review(const QString &identity, const QVariant &key) const;
    // Flagged events without a review, in stream order.
    QVariantList unreviewedKeys(const QString &identity) const;

    // Written by the flagging run, inside one transaction so readers see a whole run or none.
    bool beginWrite();
    bool commitWrite();
    void rollbackWrite();
    bool clearFlags(const QString &identity);
    bool addFlag(const QString &identity, const QVariant &key, qint64 timestamp, qint64 seq, const FlagMatch &match);
    std::optional<RunState> runState(const QString &identity) const;
    bool saveRunState(const QString &identity, const RunState &state);
    bool clearRunState(const QString &identity);

    // The owner's rules (the rules dialog), defaults of RULES.md when none were saved.
    RuleSettings ruleSettings() const;
    bool saveRuleSettings(const RuleSettings &settings);

private:
    QSqlDatabase db() const;
    bool createSchema(QString *error);
    bool addMissingColumns(QSqlQuery *q);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<FlagInserter> m_insert; // prepared once: a run may add millions of flags
};

QString reviewStateName(ReviewState state);
// The inverse of reviewStateName(); false for an unknown name.
bool reviewStateFromName(QStringView name, ReviewState *state);

} // namespace AuditLens::Flags
