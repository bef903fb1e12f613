// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfilter.h"

namespace AuditLens::QuickFilters {

// The quick filters of seed 000, one click each.
enum Kind { TodaysActivity, ThisWeek, FailedLogins, DataChanges };

// The filter for a quick filter at the instant now (UTC). knownActions are the raw action
// values present, which decide how failed logins are recorded in this schema.
EventFilter make(Kind kind, const QDateTime &now, const QStringList &knownActions);

} // namespace AuditLens::QuickFilters
