// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"

#include <functional>

namespace AuditLens {

class QueryCanceller;

// Brings the search index of one SQLite audit database up to date, on the calling thread (a
// worker): opens the index file read-write with its own connection, attaches the audit file
// with mode=ro, and inserts the events after the last indexed rowid in batches, one
// transaction each, so an interrupted build resumes where it stopped. A replaced database (the
// last indexed row is gone or differs, the table or its searchable columns changed) is indexed
// again from the start.
class SearchIndexJob
{
public:
    struct Result {
        enum Outcome { Complete, Cancelled, Failed } outcome = Failed;
        qint64 coveredKey = 0;  // rows with rowid <= coveredKey are indexed
        qint64 indexedRows = 0; // inserted by this run
        bool rebuilt = false;   // the stored index did not match and was started again
        QString error;
    };

    SearchIndexJob(const DatabaseLocation &location, const SchemaMapping &mapping, const QString &indexPath);

    void setBatchSize(int rows) { m_batchSize = rows; }
    // Called after each batch with 0-100.
    void setProgressCallback(std::function<void(int percent)> callback) { m_progress = std::move(callback); }
    Result run(QueryCanceller *canceller = nullptr);

private:
    Result runOnce(QueryCanceller *canceller);
    Result build(const QString &connection, QueryCanceller *canceller);
    bool prepareSchema(const QString &connection, Result *result);
    bool batch(const QString &connection, qint64 from, qint64 to, Result *result);

    DatabaseLocation m_location;
    SchemaMapping m_mapping;
    QString m_indexPath;
    QString m_table;   // audit.<table>
    QString m_columns; // the searchable columns, joined: part of the index's signature
    int m_batchSize = 50000;
    std::function<void(int)> m_progress;
};

} // namespace AuditLens
