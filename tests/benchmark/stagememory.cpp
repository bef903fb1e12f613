// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagememory.h"

#include <QFile>

#include <algorithm>

namespace AuditLens {
namespace {

// A "Vm…:   1234 kB" line of /proc/self/status, in MB; -1 when it cannot be read.
double statusMb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

bool resetHighWater()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1 && refs.flush();
}

} // namespace

StageMemory::StageMemory()
{
    m_totalPeakMb = highWaterMb();
    begin();
}

double StageMemory::residentMb()
{
    return statusMb("VmRSS:");
}

double StageMemory::highWaterMb()
{
    return statusMb("VmHWM:");
}

void StageMemory::begin()
{
    m_resets = resetHighWater();
    // Right after the reset the high-water mark is the resident set, the stage's start: a thread
    // freeing memory in between cannot put the peak below it (but for the kernel's per-CPU
    // counter slack, a tenth of a MB).
    m_startMb = m_resets ? highWaterMb() : residentMb();
}

StageMemory::Stage StageMemory::next()
{
    const Stage ended{m_startMb, highWaterMb()};
    m_totalPeakMb = std::max(m_totalPeakMb, ended.peakMb);
    begin();
    return ended;
}

double StageMemory::totalPeakMb() const
{
    return std::max(m_totalPeakMb, highWaterMb());
}

} // namespace AuditLens
