// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "flagengine.h"
#include "flagstore.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace AuditLens::Flags {

enum class RunMode {
    Full,        // forget earlier flags of this database and read every event
    Incremental, // resume from the stored state and read only newer events (full when it cannot)
};

struct RunResult {
    bool ok = false;
    bool canceled = false;
    bool ranFull = false;          // an incremental request fell back to a full run
    qint64 eventsRead = 0;         // rows read by this run
    qint64 flagged = 0;            // events flagged by this run
    QList<RuleId> notApplicable;   // rules the schema lacks the fields for
    QString error;
};

// Runs the engine over a database in stream order, on the calling thread, with the
// connection given. With a store, the flags and the engine state are written in one
// transaction; without one (the command line) only onFlag sees them.
class FlagRunner
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::Flags::FlagRunner)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using OnFlag = std::function<void(const AuditEvent &event, const FlagMatch &match)>;

    FlagRunner(AuditDatabase &database, const RuleSettings &settings);

    void setStore(FlagStore *store) { m_store = store; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setOnFlag(OnFlag onFlag) { m_onFlag = std::move(onFlag); }

    RunResult run(RunMode mode);
    // The statement a full run reads the events with: its plain scan is flagging's floor.
    QString fullScanSql() const;
    // Settings and applicable rules: a saved state is resumed only under the same fingerprint.
    QString fingerprint() const;

private:
    bool prepareIncremental(FlagEngine &engine, RunState *state, RunResult *result, qint64 *rowsAfter);
    bool scan(FlagEngine &engine, RunState *state, bool after, qint64 rowsAfter, RunResult *result);
    template<typename Cursor>
    bool scanRows(Cursor &cursor, FlagEngine &engine, RunState *state, RunResult *result, qint64 total);
    qint64 countRows(const QString &sql, const QVariantList &values, bool *ok);

    AuditDatabase &m_database;
    RuleSettings m_settings;
    QList<RuleId> m_applicable;
    FlagStore *m_store = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
    Progress m_progress;
    OnFlag m_onFlag;
};

} // namespace AuditLens::Flags
