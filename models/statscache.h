// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "backgroundbuild.h"
#include "eventfilter.h"
#include "querycanceller.h"

#include <QObject>

#include <functional>

namespace AuditLens {

// The statistics bar's aggregate cache of one SQLite audit database, in AuditLens's own store
// (<app data>/stats-cache/<sha1 of the identity>.sqlite, 0600, PRAGMA user_version). It covers
// the table's rows with rowid <= coveredKey:
//   buckets(hour, action, ok, failed, n): per hour key, raw action and status outcome, the count;
//   users(hour, actor): the actors seen in each hour key, for the distinct active users.
// The hour key is the first 13 characters of an ISO text timestamp ("2026-11-28T09"), kept
// exactly as stored, so that comparing it with the first 13 characters of a bound in SQL
// decides `timestamp >= bound` for every row of the hour, except in the hour the bound itself
// falls in, which Statistics reads live. ok and failed are the filter compiler's own success
// and failure conditions, evaluated per row when cached; the cache's signature holds them, so
// a changed condition builds it again. Nothing is ever written to the audit database.
namespace StatsCache {

// The schema name the cache is attached under (read-only) by the statistics query.
inline constexpr char kAlias[] = "auditlens_stats";

// <app data>/stats-cache/<sha1 of the identity>.sqlite
QString pathFor(const DatabaseLocation &location);
// Empty when the cache can serve this schema; otherwise why the bar reads live (a log line
// for developers, never shown in the window, so not translated):
// PostgreSQL, a timestamp not stored as ISO text in one form, an unmapped schema.
QString unsupportedReason(const DatabaseLocation &location, const FilterCompiler &compiler);
// The hour key of the timestamp column as SQL (NULL for NULL, numbers and dates that are not text).
QString hourKeySql(const QString &timestampColumn);
// The conditions the cache evaluates per row, and its signature.
SqlCondition successCondition(const FilterCompiler &compiler);
SqlCondition failureCondition(const FilterCompiler &compiler);
// The columns and conditions the cache was built with; the signature adds the identity.
QString conditionsSignature(const FilterCompiler &compiler);
QString signature(const DatabaseLocation &location, const FilterCompiler &compiler);

} // namespace StatsCache

// What a finished build left: ready once the cache covers the table up to coveredKey.
struct StatsCacheState {
    bool ready = false;
    qint64 coveredKey = 0;
    QString path;
};

// Builds or extends the cache on the calling thread (a worker): opens the cache file
// read-write with its own connection, attaches the audit file with mode=ro, and aggregates the
// rows after coveredKey in rowid batches, one transaction each, so an interrupted build resumes
// where it stopped. Built again from the start when the identity or the signature changed, or
// when rows at or below coveredKey were deleted (min(rowid) moved or the row count shrank).
class StatsCacheJob
{
public:
    struct Result {
        enum Outcome { Complete, Cancelled, Failed, Unsupported } outcome = Failed;
        qint64 coveredKey = 0;
        qint64 rowsRead = 0; // aggregated by this run
        bool rebuilt = false;
        QString error; // for the log only: the bar then reads live and shows nothing of it
    };

    StatsCacheJob(const DatabaseLocation &location, const FilterCompiler &compiler, const QString &path);
    void setBatchSize(qint64 rows) { m_batchSize = rows; }
    Result run(QueryCanceller *canceller = nullptr);

private:
    Result build(const QSqlDatabase &db, QueryCanceller *canceller);
    bool prepareSchema(const QSqlDatabase &db, Result *result);
    bool isStale(const QSqlDatabase &db, qint64 coveredKey, const QVariantMap &stored, bool *stale, QString *error);
    bool batch(const QSqlDatabase &db, qint64 from, qint64 to, Result *result);
    QString checkTable(const QSqlDatabase &db);

    DatabaseLocation m_location;
    FilterCompiler m_compiler;
    QString m_path;
    QString m_table; // audit.<table>
    qint64 m_batchSize = 200000;
};

// Runs StatsCacheJob on its own thread (a first build reads the whole table: it must neither
// wait behind nor hold up the shared pool's counts and statistics). update() starts a run unless
// one is running; the state stays ready while an extension runs, the cache's own meta row
// telling the reader how far it reaches.
class StatsCacheBuilder : public QObject
{
    Q_OBJECT
public:
    explicit StatsCacheBuilder(QObject *parent = nullptr);

    // Another database or schema: the running build stops, and the state is not ready until a
    // run for this one completes.
    void setDatabase(const DatabaseLocation &location, const FilterCompiler &compiler);
    void update();
    void cancel();
    bool isBuilding() const { return m_build.isRunning(); }
    StatsCacheState state() const { return m_state; }
    void setBatchSize(qint64 rows) { m_batchSize = rows; }

signals:
    void finished(const AuditLens::StatsCacheState &state);

private:
    void useResult(const StatsCacheJob::Result &result);

    DatabaseLocation m_location;
    FilterCompiler m_compiler;
    QString m_signature;
    bool m_supported = false;
    StatsCacheState m_state;
    qint64 m_batchSize = 200000;
    BackgroundBuild<StatsCacheJob::Result> m_build; // last, so destroyed first: its job ends before the rest goes
};

} // namespace AuditLens

Q_DECLARE_METATYPE(AuditLens::StatsCacheState)
