// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers.h"

#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>

namespace AuditLens::Workers {
namespace {

constexpr int kNice = 10;

// Stale work still running (a count of a filter since changed) must not hold back the
// current one, so there are more threads than cores; they start only when needed.
QThreadPool *makePool()
{
    auto *pool = new QThreadPool;
    pool->setObjectName(QStringLiteral("AuditLensWorkers"));
    pool->setMaxThreadCount(std::max(8, QThread::idealThreadCount() * 4));
    return pool;
}

} // namespace

QThreadPool *pool()
{
    // Never deleted: a worker still running at exit is abandoned, as with the global pool.
    static QThreadPool *const instance = makePool();
    return instance;
}

QThreadPool *interactivePool()
{
    static QThreadPool *const instance = [] {
        auto *pool = new QThreadPool;
        pool->setObjectName(QStringLiteral("AuditLensInteractive"));
        pool->setMaxThreadCount(4); // a superseded read still finishing does not hold back the next
        return pool;
    }();
    return instance;
}

void lowerCurrentThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread (setpriority(2)); raising it needs no rights.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kNice);
#endif
}

} // namespace AuditLens::Workers
