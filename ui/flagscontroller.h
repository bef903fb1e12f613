// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "entriesmodel.h"
#include "eventfilter.h"
#include "export/exportoptions.h"
#include "flags/flagjob.h"
#include "flags/flagstore.h"
#include "flagspanel.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace AuditLens {

// The flags of the open database for the window: owns the GUI thread's connection to the flag
// store (which outlives every EntriesModel that reads it), runs FlagJob in the background and
// hands out the providers the model, the filter compiler and the exports need. Those called on
// other threads (statistics, counts, exports) open their own store connection: QSqlDatabase
// connections must stay in the thread that opened them.
class FlagsController : public QObject
{
    Q_OBJECT
public:
    explicit FlagsController(QObject *parent = nullptr, const QString &storePath = Flags::FlagStore::defaultPath());
    ~FlagsController() override;

    // Follows a newly opened database: stops a run of the previous one, starts an incremental run.
    bool attach(const DatabaseLocation &location, const SchemaMapping &mapping, const QString &keyExpression);
    bool isAttached() const { return !m_identity.isEmpty(); }
    QString storeError() const { return m_storeError; }

    // Starts a run (a running one is canceled first); false without a database or store.
    bool run(Flags::RunMode mode);
    void cancel();
    bool isRunning() const { return m_running; }
    Flags::RunResult lastResult() const { return m_lastResult; }

    // Rules the open schema lacks fields for, each with the missing canonical fields.
    QList<QPair<Flags::RuleId, QStringList>> notApplicable() const;
    const SchemaMapping &mapping() const { return m_mapping; }
    const DatabaseLocation &location() const { return m_location; }

    Flags::RuleSettings ruleSettings() const;
    // Saves the rules and re-flags the open database from scratch.
    bool saveRuleSettings(const Flags::RuleSettings &settings);

    EntriesModel::FlagProvider entriesProvider() const;  // GUI thread only
    FlagConditionProvider conditionProvider() const;     // any thread
    ExportFlagProvider exportMarks() const;              // any thread
    ExportFlagSummary exportSummary() const;             // any thread

    qint64 flaggedCount() const;
    // The rules (translated titles) and reasons that flagged an event, and its review.
    QList<DetailFlag> detailFlags(const QVariant &key) const;
    DetailReview detailReview(const QVariant &key) const;
    bool setReview(const QVariant &key, const QString &stateName, const QString &note);
    // Unreviewed flagged events in stream order, starting after the event with this key
    // (after its timestamp when it is not flagged) and wrapping around.
    QVariantList unreviewedAfter(const QVariant &key, qint64 timestamp) const;

    Flags::FlagStore *store() const { return m_store.get(); }

signals:
    void runStarted(Flags::RunMode mode);
    void progressChanged(qint64 done, qint64 total);
    void runFinished(const AuditLens::Flags::RunResult &result);
    // The stored flags or reviews changed: views re-read them.
    void flagsChanged();

private:
    struct ExportCache;

    void onFinished(const Flags::RunResult &result);

    QString m_storePath;
    std::unique_ptr<Flags::FlagStore> m_store;
    QString m_storeError;
    DatabaseLocation m_location;
    SchemaMapping m_mapping;
    QString m_identity;
    QString m_keyExpression;
    Flags::FlagJob *m_job = nullptr;
    Flags::RunResult m_lastResult;
    QElapsedTimer m_runTimer;
    // Until finished() was handled, not just until the worker returned (QFutureWatcher::isRunning).
    bool m_running = false;
    std::shared_ptr<ExportCache> m_exportCache;
};

} // namespace AuditLens
