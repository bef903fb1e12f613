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
    m_startMb = residentMb();
    m_resets = resetHighWater();
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
