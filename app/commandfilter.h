// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "eventfilter.h"
#include "export/exportoptions.h"
#include "flags/flagrunner.h"
#include "flags/flagstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace AuditLens::CommandLine {

// FILTERS of `flags` and `export`: FilterOptions parsed, then a FilterCompiler prepared on the
// open database, the same compiler the window uses. False with one line in *error.
bool parseFilter(const QCommandLineParser &parser, const AuditDatabase &db, EventFilter *filter,
                 FilterCompiler *compiler, QString *error);

// The flags of a whole database, for one command. The rules read every event in stream order
// whatever the filter (a burst or a new-IP login needs the events before it). The owner's own
// store and reviews stay untouched: an export keeps the flags in the command line's own cache
// (command-line-flags.sqlite in the cache folder), where the next export reads only the events
// added since; `auditlens flags`, which prints each flag as the run finds it, and any command
// that cannot use the cache, runs in full into a throwaway store in a temporary folder. The
// store's key condition, marks and counts serve the filter, the Flags column and the report.
// Rule settings are RULES.md's defaults, as for `auditlens flags`.
class CommandFlags
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::CommandLine)
public:
    explicit CommandFlags(AuditDatabase &db);
    ~CommandFlags();

    using OnFlag = std::function<void(const AuditEvent &event, const Flags::FlagMatch &match)>;
    bool compute(QString *error, const OnFlag &onFlag = {});
    static QString cachePath();
    const Flags::RunResult &result() const { return m_result; }

    // For FilterCompiler::setFlagConditionProvider: the flagged events as a key condition.
    FlagConditionProvider conditionProvider() const;
    ExportFlagProvider marks() const;
    ExportFlagSummary summary() const;

private:
    bool computeCached();

    AuditDatabase &m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<Flags::FlagStore> m_store;
    Flags::RunResult m_result;
};

} // namespace AuditLens::CommandLine
