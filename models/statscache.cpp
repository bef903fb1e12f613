// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscache.h"

#include "ownstorefile.h"

#include "logging.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace AuditLens {
namespace {

// PRAGMA user_version of the cache this version writes; any other number is built again.
constexpr int kCacheVersion = 1;
QAtomicInt g_connectionCounter;

// Caches whose row count was checked in this process: a deletion in the middle of the table
// is looked for once per session (a count of every row); min(rowid) on every run.
QMutex g_checkedMutex;
QSet<QString> g_checked;

struct Statement {
    QSqlQuery query;
    bool ok = false;
};

Statement exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    Statement s{QSqlQuery(db)};
    s.query.setForwardOnly(true);
    if (s.query.prepare(sql)) {
        for (const QVariant &v : values)
            s.query.addBindValue(v);
        s.ok = s.query.exec();
    }
    return s;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {}, bool *ok = nullptr)
{
    Statement s = exec(db, sql, values);
    if (ok)
        *ok = s.ok;
    return s.ok && s.query.next() ? s.query.value(0) : QVariant();
}

QString valuesText(const QVariantList &values)
{
    QStringList parts;
    for (const QVariant &v : values)
        parts << QString::number(v.typeId()) + u':' + v.toString();
    return parts.join(u'|');
}

} // namespace

namespace StatsCache {

QString pathFor(const DatabaseLocation &location)
{
    const QByteArray digest =
        QCryptographicHash::hash(location.identity().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/stats-cache/")
        + QString::fromLatin1(digest) + QStringLiteral(".sqlite");
}

QString unsupportedReason(const DatabaseLocation &location, const FilterCompiler &compiler)
{
    if (location.kind != DatabaseKind::SQLite)
        return QStringLiteral("PostgreSQL computes the statistics on the server.");
    if (!compiler.mapping().isValid())
        return QStringLiteral("The schema is not mapped.");
    if (compiler.timestampStyle().kind != TimestampStyle::IsoText)
        return QStringLiteral("The timestamps are not stored as ISO text in one form.");
    return {};
}

QString hourKeySql(const QString &timestampColumn)
{
    // substr() of a number would be its text, which compares unlike the number itself: numbers
    // (and NULL) get no key. A blob keeps its bytes and, like the row, sorts after all text.
    const QString ts = quoteIdentifier(timestampColumn);
    return QStringLiteral("CASE WHEN typeof(%1) IN ('text', 'blob') THEN substr(%1, 1, 13) END").arg(ts);
}

SqlCondition successCondition(const FilterCompiler &compiler)
{
    EventFilter ok;
    ok.statuses = {Status::Success};
    return compiler.compile(ok);
}

SqlCondition failureCondition(const FilterCompiler &compiler)
{
    EventFilter failed;
    failed.statuses = {Status::Failure, Status::Error};
    return compiler.compile(failed);
}

QString conditionsSignature(const FilterCompiler &compiler)
{
    const SchemaMapping &m = compiler.mapping();
    const SqlCondition ok = successCondition(compiler);
    const SqlCondition failed = failureCondition(compiler);
    return QStringList{QString::number(kCacheVersion), m.table, m.column(Field::Timestamp),
                       m.has(Field::Action) ? m.column(Field::Action) : QString(),
                       m.has(Field::Actor) ? m.column(Field::Actor) : QString(), ok.sql, valuesText(ok.values),
                       failed.sql, valuesText(failed.values)}
        .join(QChar(0x1f));
}

QString signature(const DatabaseLocation &location, const FilterCompiler &compiler)
{
    return location.identity() + QChar(0x1f) + conditionsSignature(compiler);
}

} // namespace StatsCache

StatsCacheJob::StatsCacheJob(const DatabaseLocation &location, const FilterCompiler &compiler, const QString &path)
    : m_location(location)
    , m_compiler(compiler)
    , m_path(path)
    , m_table(QStringLiteral("audit.") + quoteIdentifier(compiler.mapping().table))
{
}

StatsCacheJob::Result StatsCacheJob::run(QueryCanceller *canceller)
{
    Result result;
    result.error = StatsCache::unsupportedReason(m_location, m_compiler);
    if (!result.error.isEmpty()) {
        result.outcome = Result::Unsupported;
        return result;
    }
    OwnStoreFile::prepare(m_path);
    const OwnStoreFile::Connection connection{
        QStringLiteral("auditlens-stats-cache-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1))};
    {
        if (!OwnStoreFile::openWithAudit(connection.name, m_path, m_location.path, &result.error))
            return result;
        const QSqlDatabase db = QSqlDatabase::database(connection.name, false);
        QueryCanceller::Scope scope(canceller, db);
        result = build(db, canceller);
        if (result.outcome == Result::Failed && canceller && canceller->isCancelled())
            result.outcome = Result::Cancelled; // stopped in the middle of a statement
    }
    // A damaged file (a crash, a full disk) is only a cache: removed, and built next time.
    if (result.outcome == Result::Failed
        && (result.error.contains(QLatin1String("malformed")) || result.error.contains(QLatin1String("not a database")))) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    }
    return result;
}

QString StatsCacheJob::checkTable(const QSqlDatabase &db)
{
    bool ok = false;
    scalar(db, QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(m_table), {}, &ok);
    if (!ok)
        return QStringLiteral("The table %1 has no rowid.").arg(m_compiler.mapping().table);
    // A declared collation would compare timestamps, actors or actions unlike the cache does.
    const QString create = scalar(db, QStringLiteral("SELECT sql FROM audit.sqlite_master WHERE name = ?"),
                                  {m_compiler.mapping().table})
                               .toString();
    if (create.contains(QLatin1String("COLLATE"), Qt::CaseInsensitive))
        return QStringLiteral("The table %1 declares a collation.").arg(m_compiler.mapping().table);
    return {};
}

bool StatsCacheJob::isStale(const QSqlDatabase &db, qint64 coveredKey, const QVariantMap &stored, bool *stale,
                            QString *error)
{
    bool ok = false;
    const QVariant first = scalar(db, QStringLiteral("SELECT min(rowid) FROM %1").arg(m_table), {}, &ok);
    const QVariant last = ok ? scalar(db, QStringLiteral("SELECT max(rowid) FROM %1").arg(m_table), {}, &ok) : QVariant();
    if (!ok) {
        *error = QStringLiteral("The table could not be read.");
        return false;
    }
    *stale = first.toLongLong() != stored.value(QStringLiteral("min_rowid")).toLongLong()
        || last.toLongLong() < coveredKey;
    QMutexLocker lock(&g_checkedMutex);
    if (*stale || g_checked.contains(m_path))
        return true;
    lock.unlock();
    // Rows up to coveredKey = all rows - the rows after it (a seek); count(*) walks the smallest index.
    const qint64 all = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(m_table), {}, &ok).toLongLong();
    const qint64 after =
        ok ? scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE rowid > ?").arg(m_table), {coveredKey}, &ok)
                 .toLongLong()
           : 0;
    if (!ok) {
        *error = QStringLiteral("The table could not be counted.");
        return false;
    }
    *stale = all - after != stored.value(QStringLiteral("row_count")).toLongLong();
    lock.relock();
    g_checked.insert(m_path);
    return true;
}

bool StatsCacheJob::prepareSchema(const QSqlDatabase &db, Result *result)
{
    const int version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (version != kCacheVersion) {
        for (const QString &table : {QStringLiteral("meta"), QStringLiteral("buckets"), QStringLiteral("users")})
            exec(db, QStringLiteral("DROP TABLE IF EXISTS ") + table);
    }
    // WAL: the statistics read a consistent cache while a later run extends it.
    const QStringList create{
        QStringLiteral("PRAGMA main.journal_mode = WAL"), // not the attached audit file
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value)"),
        // hour and action keep the stored type (no affinity): they compare as the audit column does.
        QStringLiteral("CREATE TABLE IF NOT EXISTS buckets(hour, action, ok INTEGER, failed INTEGER, n INTEGER)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS buckets_hour ON buckets(hour)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS users(hour NOT NULL, actor NOT NULL, PRIMARY KEY (hour, actor)) "
                       "WITHOUT ROWID"),
        QStringLiteral("PRAGMA user_version = %1").arg(kCacheVersion),
    };
    for (const QString &sql : create) {
        Statement s = exec(db, sql);
        if (!s.ok) {
            result->error = s.query.lastError().text();
            return false;
        }
    }
    QVariantMap stored;
    Statement meta = exec(db, QStringLiteral("SELECT name, value FROM meta"));
    while (meta.query.next())
        stored.insert(meta.query.value(0).toString(), meta.query.value(1));
    const QString signature = StatsCache::signature(m_location, m_compiler);
    bool stale = stored.value(QStringLiteral("signature")).toString() != signature;
    const qint64 covered = stored.value(QStringLiteral("covered_key")).toLongLong();
    if (!stale && !isStale(db, covered, stored, &stale, &result->error))
        return false;
    result->coveredKey = stale ? 0 : covered;
    if (!stale)
        return true;
    result->rebuilt = !stored.isEmpty();
    const qint64 first = scalar(db, QStringLiteral("SELECT min(rowid) FROM %1").arg(m_table)).toLongLong();
    // In one transaction, and marked incomplete until the last batch: a reader never sees a
    // cache half emptied or half built.
    const QList<QPair<QString, QVariantList>> reset{
        {QStringLiteral("BEGIN IMMEDIATE"), {}},
        {QStringLiteral("DELETE FROM buckets"), {}},
        {QStringLiteral("DELETE FROM users"), {}},
        {QStringLiteral("DELETE FROM meta"), {}},
        {QStringLiteral("INSERT INTO meta VALUES ('signature', ?), ('covered_key', 0), ('row_count', 0), "
                        "('min_rowid', ?), ('complete', 0)"),
         {signature, first}},
        {QStringLiteral("COMMIT"), {}},
    };
    for (const auto &[sql, values] : reset) {
        Statement s = exec(db, sql, values);
        if (!s.ok) {
            result->error = s.query.lastError().text();
            exec(db, QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    QMutexLocker lock(&g_checkedMutex);
    g_checked.insert(m_path); // counted from the start: nothing to check this session
    return true;
}

bool StatsCacheJob::batch(const QSqlDatabase &db, qint64 from, qint64 to, Result *result)
{
    const SchemaMapping &m = m_compiler.mapping();
    const QString key = StatsCache::hourKeySql(m.column(Field::Timestamp));
    const QString action = m.has(Field::Action) ? quoteIdentifier(m.column(Field::Action)) : QStringLiteral("NULL");
    const SqlCondition success = StatsCache::successCondition(m_compiler);
    const SqlCondition failure = StatsCache::failureCondition(m_compiler);
    const auto flag = [](const SqlCondition &c) {
        return QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(c.isEmpty() ? QStringLiteral("1 = 1") : c.sql);
    };
    QSqlDatabase handle = db;
    handle.transaction();
    // The rowid range, never an index: an index that covers the columns (the user's, with the
    // timestamp) would be read whole for every batch. Every row is counted, those without an
    // hour key too (they never fall in a week, and make the row count that tells a deletion).
    const qint64 before = scalar(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM buckets")).toLongLong();
    Statement buckets = exec(db,
                             QStringLiteral("INSERT INTO buckets SELECT %1, %2, %3, %4, count(*) FROM %5 NOT INDEXED "
                                            "WHERE rowid > ? AND rowid <= ? GROUP BY 1, 2, 3, 4")
                                 .arg(key, action, flag(success), flag(failure), m_table),
                             success.values + failure.values + QVariantList{from, to});
    bool ok = buckets.ok;
    QSqlError error = buckets.query.lastError();
    if (ok && m.has(Field::Actor)) {
        Statement users = exec(db,
                               QStringLiteral("INSERT OR IGNORE INTO users SELECT DISTINCT %1, %2 FROM %3 NOT INDEXED "
                                              "WHERE rowid > ? AND rowid <= ? AND %1 IS NOT NULL AND %2 IS NOT NULL")
                                   .arg(key, quoteIdentifier(m.column(Field::Actor)), m_table),
                               {from, to});
        ok = users.ok;
        error = users.query.lastError();
    }
    const qint64 rows =
        ok ? scalar(db, QStringLiteral("SELECT coalesce(sum(n), 0) FROM buckets WHERE rowid > ?"), {before}).toLongLong()
           : 0;
    if (ok) {
        Statement meta = exec(db,
                              QStringLiteral("UPDATE meta SET value = CASE name WHEN 'covered_key' THEN ? ELSE value + ? END "
                                             "WHERE name IN ('covered_key', 'row_count')"),
                              {to, rows});
        ok = meta.ok;
        error = meta.query.lastError();
    }
    if (!ok || !handle.commit()) {
        if (ok)
            error = handle.lastError();
        handle.rollback();
        result->error = error.text();
        result->outcome = QueryCanceller::isCancelError(error) ? Result::Cancelled : Result::Failed;
        return false;
    }
    result->rowsRead += rows;
    result->coveredKey = to;
    return true;
}

StatsCacheJob::Result StatsCacheJob::build(const QSqlDatabase &db, QueryCanceller *canceller)
{
    Result result;
    result.error = checkTable(db);
    if (!result.error.isEmpty()) {
        result.outcome = Result::Unsupported;
        return result;
    }
    if (!prepareSchema(db, &result))
        return result;
    std::pair<qint64, qint64> range;
    const OwnStoreFile::Walk walk = OwnStoreFile::walkRowids(db, m_table, result.coveredKey, m_batchSize, canceller,
        [&](qint64 from, qint64 to) { return batch(db, from, to, &result); }, &range);
    if (walk == OwnStoreFile::Walk::Cancelled)
        result.outcome = Result::Cancelled;
    if (walk != OwnStoreFile::Walk::Done)
        return result;
    const qint64 last = range.second;
    // Nothing new: the cache reaches as far as before (an empty table: 0).
    if (result.coveredKey < last)
        result.coveredKey = scalar(db, QStringLiteral("SELECT value FROM meta WHERE name = 'covered_key'")).toLongLong();
    Statement complete = exec(db, QStringLiteral("UPDATE meta SET value = 1 WHERE name = 'complete'"));
    if (!complete.ok) {
        result.error = complete.query.lastError().text();
        return result;
    }
    result.outcome = Result::Complete;
    return result;
}

StatsCacheBuilder::StatsCacheBuilder(QObject *parent)
    : QObject(parent)
    , m_build([this](const StatsCacheJob::Result &r) { useResult(r); })
{
    qRegisterMetaType<StatsCacheState>();
}

void StatsCacheBuilder::useResult(const StatsCacheJob::Result &r)
{
    if (r.outcome == StatsCacheJob::Result::Complete) {
        m_state.ready = true;
        m_state.coveredKey = r.coveredKey;
    } else if (r.outcome != StatsCacheJob::Result::Cancelled) {
        m_state = {};
        m_supported = false; // not asked again for this database: the bar reads live
        qCInfo(lcModels) << "statistics cache not used:" << r.error;
    }
    emit finished(m_state);
}

void StatsCacheBuilder::setDatabase(const DatabaseLocation &location, const FilterCompiler &compiler)
{
    const QString reason = StatsCache::unsupportedReason(location, compiler);
    const QString signature = reason.isEmpty() ? StatsCache::signature(location, compiler) : QString();
    if (!signature.isEmpty() && signature == m_signature)
        return; // the same database and conditions: the cache stays as it is
    cancel();
    m_location = location;
    m_compiler = compiler;
    m_signature = signature;
    m_supported = reason.isEmpty();
    m_state = {};
    m_state.path = m_supported ? StatsCache::pathFor(location) : QString();
    if (!m_supported)
        qCInfo(lcModels) << "statistics cache not used:" << reason;
}

void StatsCacheBuilder::update()
{
    if (!m_supported || isBuilding())
        return;
    m_build.start([location = m_location, compiler = m_compiler, path = m_state.path, batch = m_batchSize](
                      QueryCanceller *canceller, const auto &) {
        StatsCacheJob job(location, compiler, path);
        job.setBatchSize(batch);
        return job.run(canceller);
    });
}

void StatsCacheBuilder::cancel()
{
    m_build.cancelAndWait(); // stops at its next statement
}

} // namespace AuditLens
