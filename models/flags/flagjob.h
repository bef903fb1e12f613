// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "flagrunner.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace AuditLens::Flags {

// Flags a database in the background: a worker thread opens its own connection to the audit
// database (AuditDatabase::openWith) and its own connection to the flag store, and reports
// progress and the result here, in the thread that owns the job (the GUI thread).
class FlagJob : public QObject
{
    Q_OBJECT
public:
    explicit FlagJob(QObject *parent = nullptr);
    ~FlagJob() override; // cancels and waits for the worker

    // Starts a run unless one is going; storePath is the FlagStore file to write.
    bool start(const DatabaseLocation &location, const SchemaMapping &mapping, const RuleSettings &settings,
               RunMode mode, const QString &storePath = FlagStore::defaultPath());
    void cancel();
    bool isRunning() const;
    // Blocks until the run ends (tests and the command line).
    RunResult waitForFinished();

signals:
    void progressChanged(qint64 done, qint64 total);
    void finished(const AuditLens::Flags::RunResult &result);

private:
    QFutureWatcher<RunResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace AuditLens::Flags

Q_DECLARE_METATYPE(AuditLens::Flags::RunResult)
