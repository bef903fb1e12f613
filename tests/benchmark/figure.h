// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AuditLens {

// One line of the benchmark's table: our figure, its floor (or -1) and DESIGN.md's target; and
// the memory of the stage that measured it (FigureTable fills it in): resident at its start
// and its peak, in MB, or -1.
struct Figure {
    QString name;
    double ms = -1;
    double floorMs = -1;
    QString target;
    double startMb = -1;
    double peakMb = -1;
};

} // namespace AuditLens
