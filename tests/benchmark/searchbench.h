// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QList>

namespace AuditLens {

class AuditDatabase;
class EntriesModel;
class FilterCompiler;

// The free-text search figures: a rare and a common term by the scan, the local index's build
// (floor: the sqlite3 shell filling the same FTS5 table in one statement), then both terms
// through the index (floor: the shell running the same page query with the index attached).
namespace SearchBench {
QList<Figure> run(AuditDatabase *db, EntriesModel *model, FilterCompiler *compiler);
} // namespace SearchBench

} // namespace AuditLens
