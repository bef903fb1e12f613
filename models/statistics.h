// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actioncategory.h"
#include "auditdatabase.h"
#include "eventfilter.h"
#include "querycanceller.h"
#include "statscache.h"

#include <QDate>
#include <QFutureWatcher>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>

#include <array>

namespace AuditLens {

using NamedCounts = QList<QPair<QString, qint64>>;

// The statistics bar (seeds 002 and 003). The window is the last 7 days up to now and "today"
// starts at UTC midnight; neither has an upper bound, so a card's filter finds exactly its number.
struct StatisticsSnapshot {
    QDateTime now;
    qint64 total = 0;        // last 7 days
    qint64 flagged = 0;      // last 7 days; 0 until the flag store supplies its condition
    qint64 activeUsers = 0;  // distinct actors, last 7 days
    qint64 today = 0;
    qint64 successes = 0;    // last 7 days
    qint64 failures = 0;     // last 7 days, failure and error
    NamedCounts topActions;  // last 7 days, the ten most frequent, as shown (mapped) names
    bool valid = false;

    // The filters the cards and badges apply, so that they match the numbers above.
    static QDateTime weekStart(const QDateTime &now) { return now.addDays(-7); }
    static QDateTime todayStart(const QDateTime &now) { return QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC); }
    static QList<Status> failureStatuses() { return {Status::Failure, Status::Error}; }
};

// The charts over the filtered range: events per UTC day by category (with the flagged count),
// an hour-of-day × weekday heat map (UTC), and the most active users.
struct ChartData {
    QMap<QDate, std::array<qint64, 7>> perDay; // indexed by Category
    QMap<QDate, qint64> flaggedPerDay;
    std::array<std::array<qint64, 24>, 7> heat{}; // [weekday 0 = Monday][hour]
    NamedCounts topUsers;
    bool valid = false;
};

namespace Statistics {
// Synchronous forms, for the worker below and for tests. The compiler must be prepared.
StatisticsSnapshot compute(const QSqlDatabase &db, const FilterCompiler &compiler, const QDateTime &now);
// The same numbers from the aggregate cache at cachePath (StatsCache), attached read-only for the
// call: the cached hours, the bounds' own hours and the rows appended since the cache was built
// read live. Not valid when the cache cannot serve (absent, another schema, not ISO text): the
// caller then computes live.
StatisticsSnapshot computeCached(const QSqlDatabase &db, const FilterCompiler &compiler, const QDateTime &now,
                                 const QString &cachePath);
ChartData computeCharts(const QSqlDatabase &db, const FilterCompiler &compiler, const EventFilter &filter,
                        int topUsers = 10);
} // namespace Statistics

// Computes statistics and chart data on a worker thread with its own connection, and reports
// them by signal; a newer request supersedes an older one still running. The statistics come
// from the aggregate cache once it is built (StatsCacheBuilder, extended on every refresh), and
// from the live query until then.
class StatisticsService : public QObject
{
    Q_OBJECT
public:
    explicit StatisticsService(QObject *parent = nullptr);
    ~StatisticsService() override;

    void setDatabase(const DatabaseLocation &location, const FilterCompiler &compiler);
    // Fixes "now" (tests); an invalid value means the clock.
    void setReferenceTime(const QDateTime &now) { m_now = now; }

    void refreshStatistics();
    void refreshCharts(const EventFilter &filter);
    // Stops the running queries (another database, the window closing); no answer follows.
    void cancel();
    bool isBusy() const;

signals:
    void statisticsReady(const AuditLens::StatisticsSnapshot &snapshot);
    void chartsReady(const AuditLens::ChartData &data);
    void failed(const QString &message);

private:
    StatsCacheBuilder *m_cache;
    DatabaseLocation m_location;
    FilterCompiler m_compiler;
    QDateTime m_now;
    bool m_hasDatabase = false;
    bool m_cacheWasReady = false;
    QFutureWatcher<StatisticsSnapshot> *m_statsWatcher;
    QFutureWatcher<ChartData> *m_chartsWatcher;
    QueryGeneration m_statsGeneration;
    QueryGeneration m_chartsGeneration;
};

} // namespace AuditLens

Q_DECLARE_METATYPE(AuditLens::StatisticsSnapshot)
Q_DECLARE_METATYPE(AuditLens::ChartData)
