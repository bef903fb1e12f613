// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalltracer.h"

#include <QDebug>
#include <QMetaEnum>
#include <QThread>

#include <ctime>
#include <utility>

namespace AuditLens {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

StallTracingApplication::StallTracingApplication(int &argc, char **argv)
    : QApplication(argc, argv)
    , m_thresholdNs(qEnvironmentVariableIntValue("AUDITLENS_TRACE_STALLS") * 1000000LL)
{
}

StallTracingApplication *StallTracingApplication::instance()
{
    return dynamic_cast<StallTracingApplication *>(QCoreApplication::instance());
}

qint64 StallTracingApplication::takeLongestCpuNs()
{
    return std::exchange(m_longestCpuNs, 0);
}

bool StallTracingApplication::notify(QObject *receiver, QEvent *event)
{
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    if (m_thresholdNs <= 0) {
        const qint64 cpu = threadCpuNs();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        if (--m_depth == 0)
            m_longestCpuNs = std::max(m_longestCpuNs, threadCpuNs() - cpu);
        return handled;
    }
    const QEvent::Type type = event->type(); // the event may be gone after delivery
    const QString name = QString::fromLatin1(receiver->metaObject()->className()) + u' ' + receiver->objectName();
    QElapsedTimer t;
    t.start();
    const qint64 cpu = threadCpuNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ns = t.nsecsElapsed();
    const qint64 cpuNs = threadCpuNs() - cpu;
    if (m_depth == 0)
        m_longestCpuNs = std::max(m_longestCpuNs, cpuNs);
    if (ns >= m_thresholdNs)
        qWarning().noquote() << QStringLiteral("stall %1 ms, %2 ms CPU (depth %3): %4 to %5")
                                    .arg(ns / 1e6, 0, 'f', 1)
                                    .arg(cpuNs / 1e6, 0, 'f', 1)
                                    .arg(m_depth)
                                    .arg(QLatin1String(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)), name);
    return handled;
}

} // namespace AuditLens
