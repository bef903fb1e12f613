// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagjob.h"

#include "logging.h"
#include "workers.h"

#include <QPointer>
#include <QtConcurrent>

namespace AuditLens::Flags {

FlagJob::FlagJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<RunResult>::finished, this, [this] {
        const RunResult result = m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
            ? m_watcher.result()
            : RunResult{};
        emit finished(result);
    });
}

FlagJob::~FlagJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool FlagJob::isRunning() const
{
    return m_watcher.isRunning();
}

void FlagJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool FlagJob::start(const DatabaseLocation &location, const SchemaMapping &mapping, const RuleSettings &settings,
                    RunMode mode, const QString &storePath)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    QPointer<FlagJob> self(this);
    // Everything the worker needs is copied in: QSqlDatabase connections must stay in the
    // thread that opened them, so it opens both of its own.
    m_watcher.setFuture(Workers::run([=]() -> RunResult {
        RunResult result;
        QString error;
        const auto db = AuditDatabase::openWith(location, mapping, &error);
        FlagStore store(storePath);
        if (!db || !store.open(&error)) {
            result.error = error;
            return result;
        }
        FlagRunner runner(*db, settings);
        runner.setStore(&store);
        runner.setCancelFlag(cancelFlag.get());
        runner.setProgress([self](qint64 done, qint64 total) {
            // Queued into the job's thread; dropped when the job is gone.
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    emit self->progressChanged(done, total);
            }, Qt::QueuedConnection);
        });
        result = runner.run(mode);
        if (!result.ok && !result.canceled)
            qCWarning(lcModels) << "flags:" << result.error;
        return result;
    }));
    return true;
}

RunResult FlagJob::waitForFinished()
{
    m_watcher.waitForFinished();
    return m_watcher.future().resultCount() > 0 ? m_watcher.result() : RunResult{};
}

} // namespace AuditLens::Flags
