// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics.h"

#include "logging.h"
#include "timestampparser.h"
#include "workers.h"

#include <QSqlError>
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

} // namespace

StatisticsSnapshot Statistics::compute(const QSqlDatabase &db, const FilterCompiler &compiler, const QDateTime &now)
{
    StatisticsSnapshot s;
    s.now = now.toUTC();
    const SchemaMapping &m = compiler.mapping();
    if (!m.isValid())
        return s;
    const QString table = quoteTable(m.table);
    EventFilter week;
    week.from = StatisticsSnapshot::weekStart(s.now);
    const SqlCondition weekWhere = compiler.compile(week);
    EventFilter flagged = week;
    flagged.flaggedOnly = true;
    // Without a flag store the compiler's condition matches nothing: 0, as the bar should show.
    s.flagged = scalar(db, QStringLiteral("count(*)"), table, compiler.compile(flagged));
    if (m.has(Field::Actor)) {
        s.activeUsers = scalar(db, QStringLiteral("count(DISTINCT %1)").arg(quoteIdentifier(m.column(Field::Actor))),
                               table, weekWhere);
    }
    // The week's rows are read once: per action, the count, today's, the successes and the
    // failures (each a pass of its own before: at ten million events a week holds ~800,000).
    EventFilter today;
    today.from = StatisticsSnapshot::todayStart(s.now);
    EventFilter ok;
    ok.statuses = {Status::Success};
    EventFilter failed;
    failed.statuses = StatisticsSnapshot::failureStatuses();
    const SqlCondition todayIf = compiler.compile(today);
    const SqlCondition okIf = compiler.compile(ok);
    const SqlCondition failedIf = compiler.compile(failed);
    const QString action = m.has(Field::Action) ? quoteIdentifier(m.column(Field::Action)) : QStringLiteral("NULL");
    QSqlQuery q(db);
    const SqlCondition all{QString(), todayIf.values + okIf.values + failedIf.values + weekWhere.values};
    if (!run(q, QStringLiteral("SELECT %1, count(*), %2, %3, %4 FROM %5 WHERE %6 GROUP BY 1")
                    .arg(action, countIf(todayIf), countIf(okIf), countIf(failedIf), table, whereSql(weekWhere)),
             all))
        return s;
    // Raw values that the profile maps to one name count together.
    QMap<QString, qint64> byName;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        s.total += n;
        s.today += q.value(2).toLongLong();
        s.successes += q.value(3).toLongLong();
        s.failures += q.value(4).toLongLong();
        if (q.value(0).isNull())
            continue;
        const QString raw = q.value(0).toString();
        const QString mapped = m.actionMap.value(raw.trimmed());
        byName[mapped.isEmpty() ? raw : mapped] += n;
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        s.topActions.append({it.key(), it.value()});
    std::stable_sort(s.topActions.begin(), s.topActions.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    s.topActions = s.topActions.mid(0, 10);
    s.valid = true;
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
    , m_statsWatcher(new QFutureWatcher<StatisticsSnapshot>(this))
    , m_chartsWatcher(new QFutureWatcher<ChartData>(this))
{
    qRegisterMetaType<StatisticsSnapshot>();
    qRegisterMetaType<ChartData>();
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
    m_statsWatcher->waitForFinished();
    m_chartsWatcher->waitForFinished();
}

void StatisticsService::setDatabase(const DatabaseLocation &location, const FilterCompiler &compiler)
{
    m_location = location;
    m_compiler = compiler;
    m_hasDatabase = true;
}

bool StatisticsService::isBusy() const
{
    return m_statsWatcher->isRunning() || m_chartsWatcher->isRunning();
}

void StatisticsService::cancel()
{
    m_statsGeneration.cancel();
    m_chartsGeneration.cancel();
}

void StatisticsService::refreshStatistics()
{
    if (!m_hasDatabase)
        return;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QueryGeneration::Ticket ticket = m_statsGeneration.start();
    m_statsWatcher->setProperty("generation", ticket.generation);
    m_statsWatcher->setFuture(Workers::run([location = m_location, compiler = m_compiler, now, ticket] {
        QString error;
        std::unique_ptr<AuditDatabase> db = AuditDatabase::openWith(location, compiler.mapping(), &error);
        if (!db)
            return StatisticsSnapshot{};
        QueryCanceller::Scope scope(ticket.canceller.get(), db->database());
        return Statistics::compute(db->database(), compiler, now);
    }));
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
