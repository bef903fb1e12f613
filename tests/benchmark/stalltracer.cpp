// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalltracer.h"

#include <QDebug>
#include <QMetaEnum>
#include <QThread>

#include <ctime>

namespace AuditLens {
namespace {

// CPU time of the calling thread: what the handler itself cost, apart from the time the
// scheduler gave to other processes on a loaded machine.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

} // namespace

StallTracingApplication::StallTracingApplication(int &argc, char **argv)
    : QApplication(argc, argv)
    , m_thresholdNs(qEnvironmentVariableIntValue("AUDITLENS_TRACE_STALLS") * 1000000LL)
{
}

bool StallTracingApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_thresholdNs <= 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const QEvent::Type type = event->type(); // the event may be gone after delivery
    const QString name = QString::fromLatin1(receiver->metaObject()->className()) + u' ' + receiver->objectName();
    QElapsedTimer t;
    t.start();
    const qint64 cpu = threadCpuNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ns = t.nsecsElapsed();
    if (ns >= m_thresholdNs)
        qWarning().noquote() << QStringLiteral("stall %1 ms, %2 ms CPU (depth %3): %4 to %5")
                                    .arg(ns / 1e6, 0, 'f', 1)
                                    .arg((threadCpuNs() - cpu) / 1e6, 0, 'f', 1)
                                    .arg(m_depth)
                                    .arg(QLatin1String(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)), name);
    return handled;
}

} // namespace AuditLens
