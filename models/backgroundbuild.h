// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "querycanceller.h"
#include "workers.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace AuditLens {

// One long build at a time (the search index, the statistics cache) on its own thread at the
// lower priority: a build reads the whole table for minutes, so it must neither wait behind nor
// hold up the counts and statistics of the shared pool (workers.h). start() supersedes the
// running build; cancel() stops it through its canceller. The answer and the progress of a
// superseded or cancelled build are dropped: the callbacks only ever see the current build's,
// on the owner's thread. The destructor cancels and waits, so no job outlives its owner.
template<typename Result>
class BackgroundBuild
{
public:
    using Progress = std::function<void(int percent)>;
    // Runs on the worker: the canceller stops its statements; progress may be called from there.
    using Job = std::function<Result(QueryCanceller *canceller, const Progress &progress)>;

    explicit BackgroundBuild(std::function<void(const Result &)> onFinished, Progress onProgress = {})
        : m_onFinished(std::move(onFinished))
        , m_onProgress(std::move(onProgress))
    {
        m_pool.setMaxThreadCount(1);
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, &m_watcher, [this] {
            if (m_generation.isCurrent(m_runningGeneration))
                m_onFinished(m_watcher.result());
        });
    }
    ~BackgroundBuild() { cancelAndWait(); }
    BackgroundBuild(const BackgroundBuild &) = delete;
    BackgroundBuild &operator=(const BackgroundBuild &) = delete;

    // Cancels the running build and waits for it (it stops at its next statement), then starts job.
    void start(Job job)
    {
        const QueryGeneration::Ticket ticket = m_generation.start();
        m_watcher.waitForFinished();
        m_runningGeneration = ticket.generation;
        // Posted to the watcher: dropped with it, and run on the owner's thread.
        Progress relay = [this, generation = ticket.generation](int percent) {
            QMetaObject::invokeMethod(
                &m_watcher, [this, generation, percent] {
                    if (m_onProgress && m_generation.isCurrent(generation))
                        m_onProgress(percent);
                },
                Qt::QueuedConnection);
        };
        m_watcher.setFuture(QtConcurrent::run(&m_pool, [job = std::move(job), ticket, relay = std::move(relay)] {
            Workers::lowerCurrentThreadPriority();
            return job(ticket.canceller.get(), relay);
        }));
    }
    // The running build stops at its next statement; its answer is dropped. Does not wait.
    void cancel() { m_generation.cancel(); }
    void cancelAndWait()
    {
        cancel();
        m_watcher.waitForFinished();
    }
    bool isRunning() const { return m_watcher.isRunning(); }

private:
    std::function<void(const Result &)> m_onFinished;
    Progress m_onProgress;
    QueryGeneration m_generation;
    quint64 m_runningGeneration = 0;
    QFutureWatcher<Result> m_watcher;
    // Last, so destroyed first: the job's progress relay reaches the members above.
    QThreadPool m_pool;
};

} // namespace AuditLens
