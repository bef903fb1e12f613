// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QElapsedTimer>

namespace AuditLens {

// The benchmark's application: with AUDITLENS_TRACE_STALLS=<ms> in the environment, every
// event the GUI thread handles for longer than that many milliseconds (a queued slot call, a
// timer, a paint) is written to stderr with its receiver and type, so a stall the latency
// probe reports can be traced to what kept the event loop busy.
class StallTracingApplication : public QApplication
{
public:
    StallTracingApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

private:
    qint64 m_thresholdNs = 0;
    int m_depth = 0;
};

} // namespace AuditLens
