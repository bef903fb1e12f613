// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figuretable.h"

namespace AuditLens {

class AuditDatabase;
class EntriesModel;
class FilterCompiler;

// The free-text search figures: a rare and a common term by the scan, the local index's build
// (floor: the sqlite3 shell filling the same FTS5 table in one statement), then both terms
// through the index (floor: the shell running the same page query with the index attached).
// A complete index of the same database is reused (at ten million events a build takes half
// an hour, and its floor as long): reported as reused with its size, and neither build is
// timed. rebuildIndex removes it first, to time the build.
namespace SearchBench {
void run(AuditDatabase *db, EntriesModel *model, FilterCompiler *compiler, bool rebuildIndex, FigureTable &out);
} // namespace SearchBench

} // namespace AuditLens
