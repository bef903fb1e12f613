// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace AuditLens {

// The local free-text index of one SQLite audit database: an FTS5 table with the trigram
// tokenizer (substring, case-insensitive) in AuditLens's own store, one file per database
// identity under <app data>/search-index/, rowid = the audit table's rowid, one document per
// event made of the columns the search box matches. The audit database is only ever read
// (attached with mode=ro by the builder); the index is attached read-only to every audit
// connection (AuditDatabase::connect) so that compiled filters can name it.
//
// PostgreSQL has no local index: its search runs on the server (ILIKE), which the server's
// own indexes (pg_trgm) can serve; copying a central log to every desktop is not wanted.
namespace SearchIndex {

// The schema name the index is attached under on audit connections.
inline constexpr char kAlias[] = "auditlens_search";
// The FTS5 table inside the index file.
inline constexpr char kTable[] = "events_fts";

// <app data>/search-index/<sha1 of the identity>.sqlite
QString pathFor(const DatabaseLocation &location);
// Whether a location can have a local index (an SQLite file).
bool isSupported(const DatabaseLocation &location);
// ATTACHes the index file read-only as kAlias when a build in this process completed it and
// it is not attached yet. Never writes to either database. Returns true when the alias is
// attached afterwards. While a build runs no connection attaches, so none waits on its locks.
bool attachIfPresent(const QSqlDatabase &db, const DatabaseLocation &location);
// Kept by SearchIndexJob: false while it writes the file, true once it is complete.
void setComplete(const QString &indexPath, bool complete);
// The searchable text of one event as an SQL expression over the table's columns.
QString documentSql(const QStringList &columns);
// The text as one FTS5 phrase ("…" with inner quotes doubled): matched literally.
QString phrase(const QString &text);
// How many indexed events hold the text, counting no further than limit; -1 when unknown.
// Opens its own short-lived read-only connection, so any thread may ask.
qint64 candidateCount(const QString &indexPath, const QString &text, qint64 limit);

} // namespace SearchIndex

// What the filter compiler needs to search through the index: it covers the table's rows with
// rowid <= coveredKey; rows after it (appended since) are matched by the scan.
//
// A common term (commonLimit or more events) is left to the scan: the first page, newest
// first, is then found after a few thousand rows of the time index, while the index would
// hand over a large share of the table to be sorted. 0 never asks.
struct SearchIndexState {
    bool ready = false;
    qint64 coveredKey = 0;
    QString indexPath;
    qint64 commonLimit = 0;
};

} // namespace AuditLens
