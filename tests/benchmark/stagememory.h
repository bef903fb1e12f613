// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace AuditLens {

// The peak resident memory of each stage of the benchmark. Linux keeps the process's
// high-water mark (VmHWM in /proc/self/status); writing "5" to /proc/self/clear_refs restarts
// it from the current resident set, so a stage's own peak can be read at its end. The reset
// also restarts getrusage's ru_maxrss, so the whole run's peak is kept here, the highest of all.
class StageMemory
{
public:
    struct Stage {
        double startMb = -1; // resident when the stage began
        double peakMb = -1;  // the most resident during it
    };

    // Begins the first stage.
    StageMemory();
    // Ends the current stage and begins the next one.
    Stage next();
    // The most resident since the process started.
    double totalPeakMb() const;
    // False when the kernel refused the reset (no /proc, an older kernel): a stage's peak is
    // then the peak so far.
    bool resets() const { return m_resets; }

    static double residentMb();
    static double highWaterMb();

private:
    void begin();

    bool m_resets = false;
    double m_startMb = -1;
    double m_totalPeakMb = -1;
};

} // namespace AuditLens
