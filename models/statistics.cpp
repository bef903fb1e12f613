// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics.h"

#include "logging.h"
#include "statscache.h"
#include "timestampparser.h"
#include "workers.h"

#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace AuditLens {
namespace {

bool run(QSqlQuery &q, const QString &sql, const SqlCondition &where)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (!QueryCanceller::isCancelError(q.lastError())) // a superseded run is not a failure
        qCWarning(lcModels) << "statistics query failed:" << q.lastError().text();
    return false;
}

QString whereSql(const SqlCondition &c)
{
    return c.isEmpty() ? QStringLiteral("1 = 1") : c.sql;
}

qint64 scalar(const QSqlDatabase &db, const QString &select, const QString &table, const SqlCondition &where)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(select, table, whereSql(where)), where) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

NamedCounts grouped(const QSqlDatabase &db, const QString &column, const QString &table, const SqlCondition &where,
                    int limit)
{
    NamedCounts out;
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT %1, count(*) AS n FROM %2 WHERE (%3) AND %1 IS NOT NULL "
                                       "GROUP BY %1 ORDER BY n DESC, %1 LIMIT %4")
                            .arg(column, table, whereSql(where))
                            .arg(limit);
    if (!run(q, sql, where))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

// A day's and an hour's counts by category, from either grouped text or single rows.
void addToCharts(ChartData &data, qint64 ms, Category category, qint64 n)
{
    const QDateTime dt = Timestamps::toUtc(ms);
    auto it = data.perDay.find(dt.date());
    if (it == data.perDay.end())
        it = data.perDay.insert(dt.date(), std::array<qint64, 7>{});
    (*it)[size_t(category)] += n;
    data.heat[size_t(dt.date().dayOfWeek() - 1)][size_t(dt.time().hour())] += n;
}

} // namespace

namespace {

// "sum(CASE WHEN c THEN 1 ELSE 0 END)": one more count in the same pass over the rows.
QString countIf(const SqlCondition &c)
{
    return QStringLiteral("sum(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(c.isEmpty() ? QStringLiteral("1 = 1") : c.sql);
}

// The week's counts, added up from any number of grouped passes (the live query, or the cache
// with the edge hours and the rows appended since).
struct WeekTally {
    qint64 total = 0;
    qint64 today = 0;
    qint64 successes = 0;
    qint64 failures = 0;
    QMap<QString, qint64> byRaw; // raw action text (as the query returns it) → events

    // One row of (action, count, today's, successes, failures).
    void add(const QSqlQuery &q)
    {
        const qint64 n = q.value(1).toLongLong();
        total += n;
        today += q.value(2).toLongLong();
        successes += q.value(3).toLongLong();
        failures += q.value(4).toLongLong();
        if (!q.value(0).isNull())
            byRaw[q.value(0).toString()] += n;
    }

    void fill(StatisticsSnapshot &s, const SchemaMapping &m) const
    {
        s.total = total;
        s.today = today;
        s.successes = successes;
        s.failures = failures;
        // Raw values that the profile maps to one name count together.
        QMap<QString, qint64> byName;
        for (auto it = byRaw.cbegin(); it != byRaw.cend(); ++it) {
            const QString mapped = m.actionMap.value(it.key().trimmed());
            byName[mapped.isEmpty() ? it.key() : mapped] += it.value();
        }
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            s.topActions.append({it.key(), it.value()});
        std::stable_sort(s.topActions.begin(), s.topActions.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        s.topActions = s.topActions.mid(0, 10);
    }
};

// The conditions of one snapshot, compiled once.
struct WeekQuery {
    const SchemaMapping &m;
    QString table;
    QString action;
    SqlCondition week;
    SqlCondition today;
    SqlCondition ok;
    SqlCondition failed;

    WeekQuery(const FilterCompiler &compiler, const QDateTime &now)
        : m(compiler.mapping())
        , table(quoteTable(m.table))
        , action(m.has(Field::Action) ? quoteIdentifier(m.column(Field::Action)) : QStringLiteral("NULL"))
        , ok(StatsCache::successCondition(compiler))
        , failed(StatsCache::failureCondition(compiler))
    {
        EventFilter weekFilter;
        weekFilter.from = StatisticsSnapshot::weekStart(now);
        week = compiler.compile(weekFilter);
        EventFilter todayFilter;
        todayFilter.from = StatisticsSnapshot::todayStart(now);
        today = compiler.compile(todayFilter);
    }

    // The week's rows that also meet extra, read once: per action, the count, today's, the
    // successes and the failures. from names the table (with NOT INDEXED for a rowid range).
    bool tally(const QSqlDatabase &db, const QString &from, const SqlCondition &extra, WeekTally &out) const
    {
        const SqlCondition where = week && extra;
        QSqlQuery q(db);
        const SqlCondition all{QString(), today.values + ok.values + failed.values + where.values};
        if (!run(q, QStringLiteral("SELECT %1, count(*), %2, %3, %4 FROM %5 WHERE %6 GROUP BY 1")
                        .arg(action, countIf(today), countIf(ok), countIf(failed), from, whereSql(where)),
                 all))
            return false;
        while (q.next())
            out.add(q);
        return true;
    }

    QString actor() const { return quoteIdentifier(m.column(Field::Actor)); }
};

qint64 flaggedInWeek(const QSqlDatabase &db, const FilterCompiler &compiler, const QDateTime &now, bool *ok)
{
    EventFilter flagged;
    flagged.from = StatisticsSnapshot::weekStart(now);
    flagged.flaggedOnly = true;
    // Without a flag store the compiler's condition matches nothing: 0, as the bar should show.
    const SqlCondition where = compiler.compile(flagged);
    QSqlQuery q(db);
    *ok = run(q, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(quoteTable(compiler.mapping().table), whereSql(where)),
              where)
        && q.next();
    return *ok ? q.value(0).toLongLong() : 0;
}

// The first 13 characters of a bound (its hour key) and the smallest text above every text
// that starts with them.
QPair<QString, QString> hourKeyRange(const QVariant &bound)
{
    const QString key = bound.toString().left(13);
    QString above = key;
    above[above.size() - 1] = QChar(above.at(above.size() - 1).unicode() + 1);
    return {key, above};
}

bool attachCache(const QSqlDatabase &db, const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    QSqlQuery list(db);
    if (list.exec(QStringLiteral("PRAGMA database_list"))) {
        while (list.next()) {
            if (list.value(1).toString() != QLatin1String(StatsCache::kAlias))
                continue;
            // Still attached (a statement of the caller's kept it from being detached).
            if (QFileInfo(list.value(2).toString()) == QFileInfo(path))
                return true;
            list.finish();
            QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE ") + QLatin1String(StatsCache::kAlias));
            break;
        }
    }
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("mode=ro"));
    QSqlQuery attach(db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS ") + QLatin1String(StatsCache::kAlias));
    attach.addBindValue(uri.toString(QUrl::FullyEncoded));
    if (attach.exec())
        return true;
    qCWarning(lcModels) << "statistics cache not attached:" << attach.lastError().text();
    return false;
}

// The week from the cache (rows up to its covered key, in the hours after the bound's hour),
// the bound's own hours read live through the timestamp index, and the rows appended since.
StatisticsSnapshot fromCache(const QSqlDatabase &db, const FilterCompiler &compiler, const QDateTime &now)
{
    StatisticsSnapshot s;
    s.now = now;
    const QString cache = QLatin1String(StatsCache::kAlias);
    QHash<QString, QVariant> meta;
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT name, value FROM %1.meta").arg(cache)))
        return s;
    while (read.next())
        meta.insert(read.value(0).toString(), read.value(1));
    // Built with other conditions (a newer status list): not this schema's numbers. Being built
    // (first or again): the live query serves.
    if (!meta.value(QStringLiteral("signature")).toString().endsWith(StatsCache::conditionsSignature(compiler))
        || meta.value(QStringLiteral("complete")).toInt() != 1)
        return s;
    const qint64 covered = meta.value(QStringLiteral("covered_key")).toLongLong();
    const WeekQuery week(compiler, now);
    const QString ts = quoteIdentifier(week.m.column(Field::Timestamp));
    const auto [weekKey, aboveWeekKey] =
        hourKeyRange(compiler.timestampBound(StatisticsSnapshot::weekStart(now).toMSecsSinceEpoch()));
    const auto [todayKey, aboveTodayKey] =
        hourKeyRange(compiler.timestampBound(StatisticsSnapshot::todayStart(now).toMSecsSinceEpoch()));
    const SqlCondition weekEdge{QStringLiteral("%1 < ? AND rowid <= ?").arg(ts), {aboveWeekKey, covered}};
    const SqlCondition todayEdge{QStringLiteral("%1 < ? AND rowid <= ?").arg(ts), {aboveTodayKey, covered}};
    const SqlCondition appended{QStringLiteral("rowid > ?"), {covered}};
    const QString appendedFrom = week.table + QStringLiteral(" NOT INDEXED"); // the rowid range, not the time index
    WeekTally tally;
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT action, sum(n), sum(CASE WHEN hour > ? THEN n ELSE 0 END), sum(ok * n), "
                            "sum(failed * n) FROM %1.buckets WHERE hour > ? GROUP BY action")
                 .arg(cache),
             {QString(), {todayKey, weekKey}}))
        return s;
    while (q.next())
        tally.add(q);
    if (!week.tally(db, week.table, weekEdge, tally) || !week.tally(db, appendedFrom, appended, tally))
        return s;
    // Text at or above today's bound is above the week's too (both in the column's one form):
    // the week's condition would only make SQLite walk the time index from the week's start.
    const SqlCondition todayInEdge = week.today && todayEdge;
    QSqlQuery t(db);
    if (!run(t, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(week.table, todayInEdge.sql), todayInEdge)
        || !t.next())
        return s;
    tally.today += t.value(0).toLongLong();
    if (week.m.has(Field::Actor)) {
        const SqlCondition inEdge = week.week && weekEdge;
        const SqlCondition inAppended = week.week && appended;
        QSqlQuery u(db);
        const QString sql = QStringLiteral("SELECT count(DISTINCT a) FROM (SELECT actor AS a FROM %1.users WHERE hour > ? "
                                           "UNION ALL SELECT %2 FROM %3 WHERE %4 UNION ALL SELECT %2 FROM %5 WHERE %6)")
                                .arg(cache, week.actor(), week.table, inEdge.sql, appendedFrom, inAppended.sql);
        if (!run(u, sql, {QString(), QVariantList{weekKey} + inEdge.values + inAppended.values}) || !u.next())
            return s;
        s.activeUsers = u.value(0).toLongLong();
    }
    bool ok = false;
    s.flagged = flaggedInWeek(db, compiler, now, &ok);
    if (!ok)
        return s;
    tally.fill(s, week.m);
    s.valid = true;
    return s;
}

} // namespace

StatisticsSnapshot Statistics::compute(const QSqlDatabase &db, const FilterCompiler &compiler, const QDateTime &now)
{
    StatisticsSnapshot s;
    s.now = now.toUTC();
    const SchemaMapping &m = compiler.mapping();
    if (!m.isValid())
        return s;
    const WeekQuery week(compiler, s.now);
    bool ok = false;
    s.flagged = flaggedInWeek(db, compiler, s.now, &ok);
    if (m.has(Field::Actor))
        s.activeUsers = scalar(db, QStringLiteral("count(DISTINCT %1)").arg(week.actor()), week.table, week.week);
    WeekTally tally;
    if (!week.tally(db, week.table, {}, tally))
        return s;
    tally.fill(s, m);
    s.valid = true;
    return s;
}

StatisticsSnapshot Statistics::computeCached(const QSqlDatabase &db, const FilterCompiler &compiler,
                                             const QDateTime &now, const QString &cachePath)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !compiler.mapping().isValid()
        || compiler.timestampStyle().kind != TimestampStyle::IsoText || !attachCache(db, cachePath)) {
        StatisticsSnapshot s;
        s.now = now.toUTC();
        return s;
    }
    QSqlDatabase handle = db;
    handle.transaction(); // one snapshot of the cache: its covered key and its buckets agree
    const StatisticsSnapshot s = fromCache(db, compiler, now.toUTC());
    handle.commit();
    QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE ") + QLatin1String(StatsCache::kAlias));
    return s;
}

ChartData Statistics::computeCharts(const QSqlDatabase &db, const FilterCompiler &compiler, const EventFilter &filter,
                                    int topUsers)
{
    ChartData data;
    const SchemaMapping &m = compiler.mapping();
    if (!m.isValid())
        return data;
    const QString table = quoteTable(m.table);
    const QString ts = quoteIdentifier(m.column(Field::Timestamp));
    const QString action = m.has(Field::Action) ? quoteIdentifier(m.column(Field::Action)) : QStringLiteral("''");
    const SqlCondition where = compiler.compile(filter);
    const TimestampStyle &style = compiler.timestampStyle();
    const bool isoUtc = style.kind == TimestampStyle::IsoText && m.naiveOffsetSeconds == 0;
    // UTC ISO text groups by its first 13 characters (date and hour) in SQL: a few thousand
    // groups instead of every row. Other forms are read row by row and parsed.
    // A typed PostgreSQL time groups by the hour with date_trunc (in the session's UTC zone).
    const bool typed = style.kind == TimestampStyle::Typed;
    const QString bucket = isoUtc ? QStringLiteral("substr(%1, 1, 13)").arg(ts)
                                  : typed ? QStringLiteral("date_trunc('hour', %1)").arg(ts) : ts;
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT %1, %2, count(*) FROM %3 WHERE %4 GROUP BY 1, 2")
                            .arg(bucket, action, table, whereSql(where));
    if (!run(q, sql, where))
        return data;
    QHash<QString, Category> categories;
    while (q.next()) {
        const QString raw = q.value(1).toString();
        auto cat = categories.constFind(raw);
        if (cat == categories.constEnd()) {
            const QString mapped = m.actionMap.value(raw.trimmed());
            cat = categories.insert(raw, Actions::categorize(mapped.isEmpty() ? raw : mapped));
        }
        const std::optional<qint64> ms = isoUtc
            ? Timestamps::parseText(QString(q.value(0).toString() + QStringLiteral(":00:00Z")))
            : Timestamps::parse(q.value(0), m.naiveOffsetSeconds);
        if (ms)
            addToCharts(data, *ms, *cat, q.value(2).toLongLong());
    }
    if (m.has(Field::Actor))
        data.topUsers = grouped(db, quoteIdentifier(m.column(Field::Actor)), table, where, topUsers);
    EventFilter flagged = filter;
    flagged.flaggedOnly = true;
    const SqlCondition flaggedWhere = compiler.compile(flagged);
    QSqlQuery f(db);
    if (run(f, QStringLiteral("SELECT %1, count(*) FROM %2 WHERE %3 GROUP BY 1").arg(bucket, table, flaggedWhere.sql),
            flaggedWhere)) {
        while (f.next()) {
            const std::optional<qint64> ms = isoUtc
                ? Timestamps::parseText(QString(f.value(0).toString() + QStringLiteral(":00:00Z")))
                : Timestamps::parse(f.value(0), m.naiveOffsetSeconds);
            if (ms)
                data.flaggedPerDay[Timestamps::toUtc(*ms).date()] += f.value(1).toLongLong();
        }
    }
    data.valid = true;
    return data;
}

StatisticsService::StatisticsService(QObject *parent)
    : QObject(parent)
    , m_cache(new StatsCacheBuilder(this))
    , m_statsWatcher(new QFutureWatcher<StatisticsSnapshot>(this))
    , m_chartsWatcher(new QFutureWatcher<ChartData>(this))
{
    qRegisterMetaType<StatisticsSnapshot>();
    qRegisterMetaType<ChartData>();
    connect(m_cache, &StatsCacheBuilder::finished, this, [this](const StatsCacheState &state) {
        // The first build done: the bar's numbers (the same) now come from the cache.
        if (state.ready && !m_cacheWasReady && m_hasDatabase)
            refreshStatistics();
        m_cacheWasReady = state.ready;
    });
    connect(m_statsWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_statsGeneration.isCurrent(m_statsWatcher->property("generation").toULongLong()))
            return; // superseded or cancelled: a newer answer is on its way
        const StatisticsSnapshot s = m_statsWatcher->result();
        if (s.valid)
            emit statisticsReady(s);
        else
            emit failed(tr("The statistics could not be computed."));
    });
    connect(m_chartsWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_chartsGeneration.isCurrent(m_chartsWatcher->property("generation").toULongLong()))
            return;
        const ChartData d = m_chartsWatcher->result();
        if (d.valid)
            emit chartsReady(d);
        else
            emit failed(tr("The chart data could not be computed."));
    });
}

StatisticsService::~StatisticsService()
{
    // The workers hold their own copies and connections; stop them and wait so none outlives
    // the process.
    m_statsGeneration.cancel();
    m_chartsGeneration.cancel();
    m_cache->cancel();
    m_statsWatcher->waitForFinished();
    m_chartsWatcher->waitForFinished();
}

void StatisticsService::setDatabase(const DatabaseLocation &location, const FilterCompiler &compiler)
{
    m_location = location;
    m_compiler = compiler;
    m_hasDatabase = true;
    m_cache->setDatabase(location, compiler);
    m_cacheWasReady = m_cache->state().ready;
}

bool StatisticsService::isBusy() const
{
    return m_statsWatcher->isRunning() || m_chartsWatcher->isRunning();
}

void StatisticsService::cancel()
{
    m_statsGeneration.cancel();
    m_chartsGeneration.cancel();
    m_cache->cancel();
}

void StatisticsService::refreshStatistics()
{
    if (!m_hasDatabase)
        return;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QueryGeneration::Ticket ticket = m_statsGeneration.start();
    m_statsWatcher->setProperty("generation", ticket.generation);
    const StatsCacheState cache = m_cache->state();
    m_statsWatcher->setFuture(Workers::run([location = m_location, compiler = m_compiler, now, ticket, cache] {
        QString error;
        std::unique_ptr<AuditDatabase> db = AuditDatabase::openWith(location, compiler.mapping(), &error);
        if (!db)
            return StatisticsSnapshot{};
        QueryCanceller::Scope scope(ticket.canceller.get(), db->database());
        if (cache.ready) {
            const StatisticsSnapshot cached = Statistics::computeCached(db->database(), compiler, now, cache.path);
            if (cached.valid || ticket.canceller->isCancelled())
                return cached;
        }
        return Statistics::compute(db->database(), compiler, now);
    }));
    m_cache->update(); // the rows appended since: ready for the next refresh
}

void StatisticsService::refreshCharts(const EventFilter &filter)
{
    if (!m_hasDatabase)
        return;
    const QueryGeneration::Ticket ticket = m_chartsGeneration.start();
    m_chartsWatcher->setProperty("generation", ticket.generation);
    m_chartsWatcher->setFuture(Workers::run([location = m_location, compiler = m_compiler, filter, ticket] {
        QString error;
        std::unique_ptr<AuditDatabase> db = AuditDatabase::openWith(location, compiler.mapping(), &error);
        if (!db)
            return ChartData{};
        QueryCanceller::Scope scope(ticket.canceller.get(), db->database());
        return Statistics::computeCharts(db->database(), compiler, filter);
    }));
}

} // namespace AuditLens
