// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics bar's aggregate cache: the cached numbers must be exactly the live query's.
#include "auditdatabase.h"
#include "demogenerator.h"
#include "statistics.h"
#include "statscache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace AuditLens;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(15, 30), Qt::UTC);

// The instants compared: mid-hour, on an hour, on midnight (the week's and today's bounds then
// fall on an hour's first millisecond), and a millisecond before an hour.
QList<QDateTime> instants()
{
    return {kNow,
            QDateTime(QDate(2026, 11, 28), QTime(18, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, 27), QTime(22, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2026, 11, 29), QTime(10, 0, 0, 500), Qt::UTC)};
}

// A writable connection of the test's own (the application only ever reads the audit file).
class Writer
{
public:
    explicit Writer(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Writer()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << sql << q.lastError().text();
        return !q.lastError().isValid();
    }

private:
    QString m_name = QStringLiteral("test-writer");
};

QString isoAt(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// Rows of a nullable schema over the month before kNow, with odd values mixed in.
void fillEvents(const Writer &w, int rows, quint32 seed, const QDateTime &end)
{
    QRandomGenerator random(seed);
    const QStringList actions{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral(" 1"), QStringLiteral("2"),
                              QStringLiteral("login"), QStringLiteral("Löschen"), QString()};
    const QStringList users{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QString(),
                            QStringLiteral("")};
    const QStringList statuses{QStringLiteral("success"), QStringLiteral(" SUCCESS "), QStringLiteral("ok"),
                               QStringLiteral("failure"), QStringLiteral("Error"), QStringLiteral("denied"), QString()};
    w.db().transaction();
    for (int i = 0; i < rows; ++i) {
        const qint64 back = qint64(random.bounded(30 * 24 * 3600)) * 1000 + random.bounded(1000);
        const QVariant action = actions.at(random.bounded(actions.size()));
        const QString user = users.at(random.bounded(users.size()));
        const QString status = statuses.at(random.bounded(statuses.size()));
        w.exec(QStringLiteral("INSERT INTO events (ts, actor, act, st) VALUES (?, ?, ?, ?)"),
               {isoAt(end.addMSecs(-back)), user.isNull() ? QVariant() : QVariant(user),
                action.toString().isNull() ? QVariant() : action, status.isNull() ? QVariant() : QVariant(status)});
    }
    w.db().commit();
}

// Timestamps the ISO text style reads or compares in its own way, in and around the bounds'
// hours of every instant compared. The last row is a regular one: the style is sampled there.
void addOddRows(const Writer &w)
{
    QVariantList odd{QVariant(),
                     QStringLiteral("2026-11-21T15:29:59Z"),
                     QStringLiteral("2026-11-21T15:30:00Z"),
                     QStringLiteral("2026-11-21T15:30:00.000Z"),
                     QStringLiteral("2026-11-21T15:30"),
                     QStringLiteral("2026-11-21T15"),
                     QStringLiteral("2026-11-21"),
                     QStringLiteral("2026-11-25"),
                     QStringLiteral("2026-11-25 10:00:00"),
                     QStringLiteral("2026-11-28 10:00:00"),
                     QStringLiteral("2026-11-28T00:00:00Z"),
                     QStringLiteral("2026-11-28T00:00:00.000Z"),
                     QStringLiteral("2026-11-27T23:59:59.999Z"),
                     QStringLiteral("2026-11-20T22:59:59.999Z"),
                     QStringLiteral("2026-11-20T23:00:00.000Z"),
                     QStringLiteral("2026-11-26t10:00:00.000Z"),
                     QStringLiteral("garbage"),
                     QStringLiteral("1795000000"),
                     qint64(1795000000),
                     QByteArray("\x01\x02", 2),
                     QStringLiteral("2026-11-22T10:00:00+05:00")};
    for (const QVariant &ts : odd) {
        for (const QVariant &action : {QVariant(QStringLiteral("1")), QVariant()}) {
            w.exec(QStringLiteral("INSERT INTO events (ts, actor, act, st) VALUES (?, 'odd', ?, 'failure')"),
                   {ts, action});
        }
    }
    w.exec(QStringLiteral("INSERT INTO events (ts, actor, act, st) VALUES (?, 'last', 'login', 'success')"),
           {QStringLiteral("2026-11-28T15:00:00.000Z")});
}

// The database with its schema detected and a compiler prepared on it.
std::unique_ptr<AuditDatabase> openPrepared(const DatabaseLocation &location, FilterCompiler *compiler)
{
    QString error;
    std::unique_ptr<AuditDatabase> db = AuditDatabase::open(location, &error);
    if (!db) {
        qWarning() << error;
        return db;
    }
    *compiler = FilterCompiler(db->mapping());
    if (!compiler->prepare(db->database()))
        db.reset();
    return db;
}

void compareSnapshots(const StatisticsSnapshot &cached, const StatisticsSnapshot &live)
{
    QVERIFY(live.valid);
    QVERIFY(cached.valid);
    QCOMPARE(cached.total, live.total);
    QCOMPARE(cached.today, live.today);
    QCOMPARE(cached.successes, live.successes);
    QCOMPARE(cached.failures, live.failures);
    QCOMPARE(cached.activeUsers, live.activeUsers);
    QCOMPARE(cached.flagged, live.flagged);
    QCOMPARE(cached.topActions, live.topActions);
}

} // namespace

class tst_StatsCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nullableSchema_cachedEqualsLive();
    void nativeSchema_cachedEqualsLive();
    void deletedRows_rebuildTheCache();
    void otherConditions_areNotServed();
    void unsupportedSchemas_keepTheLivePath();
    void cancelledBuild_resumes();
    void service_usesTheCacheOnceBuilt();

private:
    // Builds the cache of path and compares it with the live query at every instant.
    void compareAll(AuditDatabase &db, const FilterCompiler &compiler, const QString &cachePath);
    std::unique_ptr<AuditDatabase> openEvents(FilterCompiler *compiler);

    QTemporaryDir m_dir;
    DatabaseLocation m_events;
    DatabaseLocation m_demo;
};

void tst_StatsCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_events.path = m_dir.filePath(QStringLiteral("events.db"));
    {
        Writer w(m_events.path);
        // No declared type on ts: numbers, text and blobs keep their own storage class.
        QVERIFY(w.exec(QStringLiteral("CREATE TABLE events (ts, actor TEXT, act TEXT, st TEXT)")));
        QVERIFY(w.exec(QStringLiteral("CREATE INDEX events_ts ON events(ts)")));
        fillEvents(w, 20000, 7, kNow);
        addOddRows(w);
    }
    DemoGenerator::Options options;
    options.rows = 20000;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    m_demo.path = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY2(DemoGenerator::write(m_demo.path, options, &error), qPrintable(error));
}

std::unique_ptr<AuditDatabase> tst_StatsCache::openEvents(FilterCompiler *compiler)
{
    SchemaMapping m;
    m.table = QStringLiteral("events");
    m.keyColumn = QStringLiteral("rowid");
    m.columns.insert(int(Field::Timestamp), {QStringLiteral("ts")});
    m.columns.insert(int(Field::Actor), {QStringLiteral("actor")});
    m.columns.insert(int(Field::Action), {QStringLiteral("act")});
    m.columns.insert(int(Field::Status), {QStringLiteral("st")});
    m.tableColumns = {QStringLiteral("ts"), QStringLiteral("actor"), QStringLiteral("act"), QStringLiteral("st")};
    // Two raw values shown as one name, one of them only after trimming.
    m.actionMap = {{QStringLiteral("0"), QStringLiteral("create")},
                   {QStringLiteral("1"), QStringLiteral("update")},
                   {QStringLiteral("2"), QStringLiteral("update")}};
    QString error;
    std::unique_ptr<AuditDatabase> db = AuditDatabase::openWith(m_events, m, &error);
    if (!db)
        return db;
    *compiler = FilterCompiler(m);
    compiler->prepare(db->database());
    return db;
}

void tst_StatsCache::compareAll(AuditDatabase &db, const FilterCompiler &compiler, const QString &cachePath)
{
    for (const QDateTime &now : instants()) {
        const StatisticsSnapshot live = Statistics::compute(db.database(), compiler, now);
        const StatisticsSnapshot cached = Statistics::computeCached(db.database(), compiler, now, cachePath);
        compareSnapshots(cached, live);
        if (QTest::currentTestFailed()) {
            qWarning() << "at" << now;
            return;
        }
    }
}

void tst_StatsCache::nullableSchema_cachedEqualsLive()
{
    FilterCompiler compiler;
    std::unique_ptr<AuditDatabase> db = openEvents(&compiler);
    QVERIFY(db);
    QCOMPARE(compiler.timestampStyle().kind, TimestampStyle::IsoText);
    const QString path = m_dir.filePath(QStringLiteral("events-cache.sqlite"));
    StatsCacheJob job(db->location(), compiler, path);
    job.setBatchSize(3000); // many batches: hours split between two of them
    const StatsCacheJob::Result built = job.run();
    QVERIFY2(built.outcome == StatsCacheJob::Result::Complete, qPrintable(built.error));
    QCOMPARE(built.rowsRead, 20000 + 43);
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    compareAll(*db, compiler, path);
    const StatisticsSnapshot first = Statistics::computeCached(db->database(), compiler, kNow, path);
    QVERIFY(first.total > 1000);
    QVERIFY(first.failures > 0 && first.successes > 0 && first.activeUsers > 3);
    QCOMPARE(first.topActions.first().first, QStringLiteral("update")); // "1", " 1" and "2" together

    // Events appended after the build are read live, until the next run adds them.
    {
        Writer w(m_events.path);
        fillEvents(w, 700, 8, kNow.addSecs(2 * 24 * 3600));
        addOddRows(w);
        w.exec(QStringLiteral("INSERT INTO events (ts, actor, act, st) VALUES (?, 'newcomer', 'brand-new', 'error')"),
               {QStringLiteral("2026-11-28T15:10:00.000Z")});
        w.exec(QStringLiteral("INSERT INTO events (ts, actor, act, st) VALUES (?, 'last', 'login', 'success')"),
               {QStringLiteral("2026-11-28T15:20:00.000Z")});
    }
    compareAll(*db, compiler, path);
    const StatisticsSnapshot appended = Statistics::computeCached(db->database(), compiler, kNow, path);
    QVERIFY(appended.total > first.total);
    QCOMPARE(appended.activeUsers, first.activeUsers + 1);
    const StatsCacheJob::Result extended = StatsCacheJob(db->location(), compiler, path).run();
    QCOMPARE(extended.outcome, StatsCacheJob::Result::Complete);
    QVERIFY(!extended.rebuilt);
    QCOMPARE(extended.rowsRead, 700 + 43 + 2);
    QCOMPARE(extended.coveredKey, built.coveredKey + extended.rowsRead);
    compareAll(*db, compiler, path);
    // Nothing new: nothing read.
    QCOMPARE(StatsCacheJob(db->location(), compiler, path).run().rowsRead, 0);
}

void tst_StatsCache::nativeSchema_cachedEqualsLive()
{
    FilterCompiler compiler;
    std::unique_ptr<AuditDatabase> db = openPrepared(m_demo, &compiler);
    QVERIFY(db);
    const QString path = m_dir.filePath(QStringLiteral("demo-cache.sqlite"));
    QCOMPARE(StatsCacheJob(db->location(), compiler, path).run().outcome, StatsCacheJob::Result::Complete);
    compareAll(*db, compiler, path);
    // With flags: the flagged count is the flag store's, in both paths.
    compiler.setFlagConditionProvider([](const QString &) {
        return SqlCondition{QStringLiteral("id % 97 = 0"), {}};
    });
    const StatisticsSnapshot live = Statistics::compute(db->database(), compiler, kNow);
    QVERIFY(live.flagged > 0);
    compareSnapshots(Statistics::computeCached(db->database(), compiler, kNow, path), live);
}

void tst_StatsCache::deletedRows_rebuildTheCache()
{
    const QString copy = m_dir.filePath(QStringLiteral("purged.db"));
    QVERIFY(QFile::copy(m_demo.path, copy));
    DatabaseLocation location;
    location.path = copy;
    FilterCompiler compiler;
    std::unique_ptr<AuditDatabase> db = openPrepared(location, &compiler);
    QVERIFY(db);
    const QString path = m_dir.filePath(QStringLiteral("purged-cache.sqlite"));
    QCOMPARE(StatsCacheJob(location, compiler, path).run().outcome, StatsCacheJob::Result::Complete);
    {
        // A retention purge of the oldest rows, and a row removed from the last week.
        Writer w(copy);
        QVERIFY(w.exec(QStringLiteral("DELETE FROM audit_logs WHERE id <= 100")));
        QVERIFY(w.exec(QStringLiteral("DELETE FROM audit_logs WHERE id = (SELECT max(id) - 5 FROM audit_logs)")));
    }
    const StatsCacheJob::Result again = StatsCacheJob(location, compiler, path).run();
    QCOMPARE(again.outcome, StatsCacheJob::Result::Complete);
    QVERIFY(again.rebuilt);
    QSqlQuery count(db->database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM audit_logs")) && count.next());
    QCOMPARE(again.rowsRead, count.value(0).toLongLong());
    compareAll(*db, compiler, path);
}

void tst_StatsCache::otherConditions_areNotServed()
{
    FilterCompiler compiler;
    std::unique_ptr<AuditDatabase> db = openPrepared(m_demo, &compiler);
    QVERIFY(db);
    const QString path = m_dir.filePath(QStringLiteral("conditions-cache.sqlite"));
    QCOMPARE(StatsCacheJob(db->location(), compiler, path).run().outcome, StatsCacheJob::Result::Complete);
    // Other success and failure conditions (here: no status column): the cache's outcomes are
    // not this compiler's.
    SchemaMapping withoutStatus = db->mapping();
    withoutStatus.columns.remove(int(Field::Status));
    FilterCompiler other(withoutStatus);
    QVERIFY(other.prepare(db->database()));
    QVERIFY(!Statistics::computeCached(db->database(), other, kNow, path).valid);
    QVERIFY(Statistics::computeCached(db->database(), compiler, kNow, path).valid);
    // No cache file: nothing is created, and nothing served.
    QVERIFY(!Statistics::computeCached(db->database(), compiler, kNow, m_dir.filePath(QStringLiteral("none"))).valid);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none"))));
}

void tst_StatsCache::unsupportedSchemas_keepTheLivePath()
{
    DatabaseLocation pg;
    pg.kind = DatabaseKind::PostgreSQL;
    SchemaMapping m;
    m.table = QStringLiteral("events");
    m.columns.insert(int(Field::Timestamp), {QStringLiteral("ts")});
    FilterCompiler compiler(m);
    compiler.setTimestampStyle(TimestampStyle::detect(QStringLiteral("2026-11-28T10:00:00Z")));
    QVERIFY(!StatsCache::unsupportedReason(pg, compiler).isEmpty());
    QVERIFY(StatsCache::unsupportedReason(m_events, compiler).isEmpty());
    compiler.setTimestampStyle(TimestampStyle::detect(qint64(1795000000)));
    QVERIFY(!StatsCache::unsupportedReason(m_events, compiler).isEmpty());
    // Epoch seconds: the job declines, the cached form is not valid, the live one is.
    const QString path = m_dir.filePath(QStringLiteral("epoch.db"));
    {
        Writer w(path);
        QVERIFY(w.exec(QStringLiteral("CREATE TABLE events (ts INTEGER, actor TEXT)")));
        QVERIFY(w.exec(QStringLiteral("INSERT INTO events VALUES (1795000000, 'alice')")));
    }
    DatabaseLocation epoch;
    epoch.path = path;
    QString error;
    std::unique_ptr<AuditDatabase> db = AuditDatabase::openWith(epoch, m, &error);
    QVERIFY2(db, qPrintable(error));
    FilterCompiler prepared(m);
    QVERIFY(prepared.prepare(db->database()));
    QCOMPARE(prepared.timestampStyle().kind, TimestampStyle::EpochSeconds);
    const QString cache = m_dir.filePath(QStringLiteral("epoch-cache.sqlite"));
    QCOMPARE(StatsCacheJob(epoch, prepared, cache).run().outcome, StatsCacheJob::Result::Unsupported);
    QVERIFY(!Statistics::computeCached(db->database(), prepared, kNow, cache).valid);
    QVERIFY(Statistics::compute(db->database(), prepared, kNow).valid);
    // A table without a rowid cannot be cached by rowid ranges.
    {
        Writer w(path);
        QVERIFY(w.exec(QStringLiteral("CREATE TABLE keyed (ts TEXT PRIMARY KEY, actor TEXT) WITHOUT ROWID")));
        QVERIFY(w.exec(QStringLiteral("INSERT INTO keyed VALUES ('2026-11-28T10:00:00Z', 'alice')")));
    }
    m.table = QStringLiteral("keyed");
    std::unique_ptr<AuditDatabase> keyedDb = AuditDatabase::openWith(epoch, m, &error);
    QVERIFY2(keyedDb, qPrintable(error));
    FilterCompiler keyed(m);
    QVERIFY(keyed.prepare(keyedDb->database()));
    const StatsCacheJob::Result r = StatsCacheJob(epoch, keyed, cache).run();
    QCOMPARE(r.outcome, StatsCacheJob::Result::Unsupported);
    QVERIFY(r.error.contains(QLatin1String("rowid")));
}

void tst_StatsCache::cancelledBuild_resumes()
{
    FilterCompiler compiler;
    std::unique_ptr<AuditDatabase> db = openPrepared(m_demo, &compiler);
    QVERIFY(db);
    const QString path = m_dir.filePath(QStringLiteral("cancel-cache.sqlite"));
    QueryCanceller canceller;
    canceller.cancel();
    QCOMPARE(StatsCacheJob(db->location(), compiler, path).run(&canceller).outcome, StatsCacheJob::Result::Cancelled);
    // Not complete: not served.
    QVERIFY(!Statistics::computeCached(db->database(), compiler, kNow, path).valid);
    // The next run starts where the cancelled one stopped (here: before its first batch).
    const StatsCacheJob::Result resumed = StatsCacheJob(db->location(), compiler, path).run();
    QCOMPARE(resumed.outcome, StatsCacheJob::Result::Complete);
    QVERIFY(resumed.rowsRead >= 20000);
    compareAll(*db, compiler, path);
}

void tst_StatsCache::service_usesTheCacheOnceBuilt()
{
    FilterCompiler compiler;
    std::unique_ptr<AuditDatabase> db = openPrepared(m_demo, &compiler);
    QVERIFY(db);
    const StatisticsSnapshot live = Statistics::compute(db->database(), compiler, kNow);
    QFile audit(m_demo.path);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(audit.readAll(), QCryptographicHash::Sha1);
    audit.close();
    const QString cachePath = StatsCache::pathFor(db->location());
    QFile::remove(cachePath);

    StatisticsService service;
    service.setDatabase(db->location(), compiler);
    service.setReferenceTime(kNow);
    QSignalSpy ready(&service, &StatisticsService::statisticsReady);
    service.refreshStatistics(); // live: the cache is being built
    QVERIFY(ready.wait(30000));
    compareSnapshots(ready.at(0).at(0).value<StatisticsSnapshot>(), live);
    // The build's end refreshes the bar from the cache: the same numbers.
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 2, 60000);
    compareSnapshots(ready.at(1).at(0).value<StatisticsSnapshot>(), live);
    QVERIFY(QFile::exists(cachePath));
    QCOMPARE(QFile::permissions(cachePath) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    compareSnapshots(Statistics::computeCached(db->database(), compiler, kNow, cachePath), live);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(audit.readAll(), QCryptographicHash::Sha1), before);
}

QTEST_GUILESS_MAIN(tst_StatsCache)
#include "tst_statscache.moc"
