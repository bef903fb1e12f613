// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace AuditLens::Workers {

// The pool every background query runs on (counts, statistics, charts, flag runs, exports…).
// Not QThreadPool::globalInstance(): Qt 6.4's raster engine splits large fills over that pool
// and waits for them, so a repaint would wait for a count of ten million rows to finish.
QThreadPool *pool();

// Lowers the calling thread's scheduling priority (nice 10, once per thread): on two cores a
// scan competes with the GUI thread for the CPU, and the window must answer first.
void lowerCurrentThreadPriority();

// QtConcurrent::run on pool(), at the lower priority.
template<typename Fn>
auto run(Fn &&fn)
{
    return QtConcurrent::run(pool(), [fn = std::forward<Fn>(fn)]() mutable {
        lowerCurrentThreadPriority();
        return fn();
    });
}

// The pool for work the owner is waiting on (the page of a search, its compile): kept apart, at
// the GUI's own priority, so that a machine busy with other work does not starve it.
QThreadPool *interactivePool();

// QtConcurrent::run on interactivePool(), at the normal priority.
template<typename Fn>
auto runInteractive(Fn &&fn)
{
    return QtConcurrent::run(interactivePool(), std::forward<Fn>(fn));
}

} // namespace AuditLens::Workers
