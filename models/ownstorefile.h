// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QSqlDatabase;

// The files AuditLens keeps beside the flag store (the search index, the statistics cache):
// the owner's alone, opened read-write with the audit database attached read-only.
namespace AuditLens {
class QueryCanceller;
}

namespace AuditLens::OwnStoreFile {

// Creates the file empty with mode 0600 before SQLite opens it (SQLite gives its journal the
// same mode), and narrows a file an earlier version created readable by others.
void prepare(const QString &path);

// A named connection, closed and removed when it goes out of scope, on every path.
struct Connection {
    QString name;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();
};

// Opens `path` on the connection `connection` and attaches `auditPath` as "audit", mode=ro.
bool openWithAudit(const QString &connection, const QString &path, const QString &auditPath, QString *error);

// How a walk over the audit table's rowids ended.
enum class Walk { Done, Cancelled, Stopped };

// Walks the rowids of `table` (attached as audit) after `covered` up to max(rowid), in ranges
// (from, to] of at most `batchSize`, skipping a gap in the rowids in one step. `range` receives
// min(rowid) and max(rowid) before the first step. Stops when cancelled before a range, or when
// `step` returns false.
Walk walkRowids(const QSqlDatabase &db, const QString &table, qint64 covered, qint64 batchSize,
                const QueryCanceller *canceller, const std::function<bool(qint64 from, qint64 to)> &step,
                std::pair<qint64, qint64> *range = nullptr);

} // namespace AuditLens::OwnStoreFile
