// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QElapsedTimer>

namespace AuditLens {

// CPU time of the calling thread, in ns: what a piece of work itself cost, apart from the time
// the scheduler gave to other processes on a loaded machine.
qint64 threadCpuNs();

// The benchmark's application. It keeps the most CPU time the GUI thread spent on one event
// (takeLongestCpuNs), the part of a stall that is AuditLens's own work. With AUDITLENS_TRACE_STALLS=<ms> in the environment, every
// event the GUI thread handles for longer than that many milliseconds (a queued slot call, a
// timer, a paint) is written to stderr with its receiver and type, so a stall the latency
// probe reports can be traced to what kept the event loop busy.
class StallTracingApplication : public QApplication
{
public:
    StallTracingApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;
    // The application when it is this class, else null.
    static StallTracingApplication *instance();
    // The most CPU time one event took on the GUI thread since the last call.
    qint64 takeLongestCpuNs();

private:
    qint64 m_longestCpuNs = 0;
    qint64 m_thresholdNs = 0;
    int m_depth = 0;
};

} // namespace AuditLens
