// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "exportoptions.h"

#include <atomic>
#include <functional>

namespace AuditLens {

// Runs one export: streams the rows in the order of the entries table from a connection of
// its own into the format's writer, at flat memory. The output is written to a temporary file
// beside the target and renamed at the end, so a failed or cancelled export leaves nothing.
// The same code serves the menu (on a worker thread) and `auditlens export`.
class Exporter
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Opens its own connection: safe to call from any thread with copies of the location and mapping.
    static ExportResult run(const DatabaseLocation &location, const SchemaMapping &mapping, const ExportOptions &options,
                            const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // Uses a connection of the calling thread.
    static ExportResult run(AuditDatabase &database, const ExportOptions &options, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    // The WHERE condition for the options: the filter, or the selected keys.
    static SqlCondition rowCondition(const EventReader &reader, const ExportOptions &options);
};

} // namespace AuditLens
