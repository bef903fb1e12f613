// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasewatcher.h"
#include "pgsupport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <cstdio>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

// Polls run on the low-priority worker pool: on a loaded machine, or under the sanitizers, a
// poll can take seconds to come round. The waits only bound a hang; they assert no speed.
constexpr int kWaitMs = 30000;

// The watcher that tells the window the audit database grew (issue 10, item 4): a writer's
// rows, a -wal that appears later, a file replaced by rename, a writer that never pauses, and
// a PostgreSQL table polled on the test server.
class TestDatabaseWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void writerAppends_signalsTheCount();
    void acknowledge_startsCountingAgain();
    void missingWal_isWatchedOnceItAppears();
    void replacedFile_isWatchedAgain();
    void busyWriter_neverGetsBusy_andEveryRowIsCounted();
    void unreadableDatabase_saysWhy();
    void postgres_pollFindsNewRows();
    void postgres_keyWithoutOrder_countsTheTotal();

private:
    std::unique_ptr<DatabaseWatcher> watcherFor(const QString &location);
    static bool append(Sql &sql, int rows);
    static bool append(const QString &path, int rows)
    {
        Sql sql(path, QStringLiteral("writer"));
        return append(sql, rows);
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_db;
    std::unique_ptr<AuditDatabase> m_opened; // the mapping, as the window detects it
};

void TestDatabaseWatcher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    QVERIFY(writeDemo(m_template, 500));
}

void TestDatabaseWatcher::init()
{
    // A fresh copy in WAL mode for each test, as a live application keeps its log.
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("live%1.db").arg(++n));
    QVERIFY(QFile::copy(m_template, m_db));
    Sql sql(m_db, QStringLiteral("wal"));
    QCOMPARE(sql.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(), QStringLiteral("wal"));
}

std::unique_ptr<DatabaseWatcher> TestDatabaseWatcher::watcherFor(const QString &location)
{
    QString error;
    m_opened = AuditDatabase::open(DatabaseLocation::parse(location), &error);
    if (!m_opened) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto watcher = std::make_unique<DatabaseWatcher>(m_opened->location(), m_opened->mapping());
    watcher->setDebounceInterval(20);
    watcher->setPollInterval(10 * 60 * 1000); // the file watch, not the poll, must find the rows
    if (!watcher->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return watcher;
}

// Appends rows the way an application does, one transaction, with times after the demo's.
bool TestDatabaseWatcher::append(Sql &sql, int rows)
{
    bool ok = sql.exec(QStringLiteral("BEGIN"));
    for (int i = 0; ok && i < rows; ++i) {
        ok = sql.exec(QStringLiteral("INSERT INTO audit_logs (timestamp, username, action, entity, status) "
                                     "VALUES (?, 'writer', 'UPDATE', 'orders', 'success')"),
                      {QStringLiteral("2026-11-29T10:00:%1.000Z").arg(i % 60, 2, 10, QLatin1Char('0'))});
    }
    return ok && sql.exec(QStringLiteral("COMMIT"));
}

void TestDatabaseWatcher::writerAppends_signalsTheCount()
{
    const auto watcher = watcherFor(m_db);
    QVERIFY(watcher);
    QCOMPARE(watcher->pendingCount(), 0);
    QVERIFY(watcher->watchedFiles().contains(m_db));
    QSignalSpy spy(watcher.get(), &DatabaseWatcher::newEvents);
    QVERIFY(append(m_db, 120));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 120, kWaitMs);
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).toLongLong(), 120);
    Sql sql(m_db, QStringLiteral("check"));
    const qint64 newest = sql.scalar(QStringLiteral("SELECT max(rowid) FROM audit_logs")).toLongLong();
    QCOMPARE(spy.last().at(1).toLongLong(), newest);
    QCOMPARE(watcher->newestKey().toLongLong(), newest);
}

void TestDatabaseWatcher::acknowledge_startsCountingAgain()
{
    const auto watcher = watcherFor(m_db);
    QVERIFY(watcher);
    QVERIFY(append(m_db, 7));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 7, kWaitMs);
    QSignalSpy spy(watcher.get(), &DatabaseWatcher::newEvents);
    watcher->acknowledge();
    QCOMPARE(watcher->pendingCount(), 0);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(0).toLongLong(), 0);
    QVERIFY(append(m_db, 3));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 3, kWaitMs);
}

void TestDatabaseWatcher::missingWal_isWatchedOnceItAppears()
{
    {
        Sql sql(m_db, QStringLiteral("rollback"));
        QCOMPARE(sql.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).toString(), QStringLiteral("delete"));
    }
    const QString wal = m_db + QStringLiteral("-wal");
    QVERIFY(!QFile::exists(wal));
    const auto watcher = watcherFor(m_db);
    QVERIFY(watcher);
    QVERIFY(!watcher->watchedFiles().contains(wal));

    // A writer switches the file to WAL and keeps its connection: the -wal stays.
    Sql writer(m_db, QStringLiteral("walwriter"));
    QCOMPARE(writer.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(), QStringLiteral("wal"));
    QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    QVERIFY(append(writer, 12));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 12, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(watcher->watchedFiles().contains(wal), kWaitMs);
    // Rows that only reach the -wal are found through its watch.
    QVERIFY(append(writer, 5));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 17, kWaitMs);
}

void TestDatabaseWatcher::replacedFile_isWatchedAgain()
{
    const auto watcher = watcherFor(m_db);
    QVERIFY(watcher);
    // A tool that writes a new copy and renames it over the old file (a new inode).
    const QString copy = m_db + QStringLiteral(".new");
    {
        Sql sql(m_db, QStringLiteral("checkpoint"));
        QVERIFY(sql.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QVERIFY(QFile::copy(m_db, copy));
    {
        Sql sql(copy, QStringLiteral("copywriter"));
        QVERIFY(append(sql, 30));
        QVERIFY(sql.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QVERIFY(std::rename(QFile::encodeName(copy).constData(), QFile::encodeName(m_db).constData()) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 30, kWaitMs);
    // The new file is watched too: rows written to it are found without the poll.
    QTRY_VERIFY_WITH_TIMEOUT(watcher->watchedFiles().contains(m_db), kWaitMs);
    QVERIFY(append(m_db, 4));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 34, kWaitMs);
}

// A writer commits one row at a time as fast as it can, with no busy timeout at all, while
// the watcher checks after every write it hears of: the viewer's reads never make it wait.
void TestDatabaseWatcher::busyWriter_neverGetsBusy_andEveryRowIsCounted()
{
    const auto watcher = watcherFor(m_db);
    QVERIFY(watcher);
    watcher->setDebounceInterval(0);
    constexpr int kRows = 3000;
    struct Outcome {
        int written = 0;
        int busy = 0;
        qint64 slowestCommitUs = 0;
        QString error;
    };
    const QString path = m_db;
    QFuture<Outcome> writer = QtConcurrent::run([path] {
        Outcome out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fastwriter"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            if (!db.open()) {
                out.error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
                q.prepare(QStringLiteral("INSERT INTO audit_logs (timestamp, username, action, entity, status) "
                                         "VALUES ('2026-11-29T11:00:00.000Z', 'fast', 'UPDATE', 'orders', 'success')"));
                QElapsedTimer t;
                while (out.written < kRows) {
                    t.start();
                    if (q.exec()) {
                        ++out.written;
                        out.slowestCommitUs = std::max(out.slowestCommitUs, t.nsecsElapsed() / 1000);
                    } else if (q.lastError().nativeErrorCode() == QLatin1String("5")) { // SQLITE_BUSY
                        ++out.busy;
                    } else {
                        out.error = q.lastError().text();
                        break;
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fastwriter"));
        return out;
    });
    QTRY_VERIFY_WITH_TIMEOUT(writer.isFinished(), 120000);
    const Outcome out = writer.result();
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QCOMPARE(out.written, kRows);
    QCOMPARE(out.busy, 0);
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), kRows, kWaitMs);
    std::printf("busy writer: %d single-row commits, 0 SQLITE_BUSY, slowest commit %lld µs\n", kRows,
                static_cast<long long>(out.slowestCommitUs));
}

void TestDatabaseWatcher::unreadableDatabase_saysWhy()
{
    const auto watcher = watcherFor(m_db);
    QVERIFY(watcher);
    const DatabaseLocation location = m_opened->location();
    const SchemaMapping mapping = m_opened->mapping();
    m_opened.reset();
    QVERIFY(QFile::remove(m_db));
    QFile::remove(m_db + QStringLiteral("-wal"));
    QFile::remove(m_db + QStringLiteral("-shm"));
    DatabaseWatcher gone(location, mapping);
    QString error;
    QVERIFY(!gone.start(&error));
    QVERIFY2(!error.isEmpty(), "a database that went away gets a message");
    // The running watcher reports the failed check and keeps its count.
    QSignalSpy failed(watcher.get(), &DatabaseWatcher::checkFailed);
    watcher->checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kWaitMs);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QCOMPARE(watcher->pendingCount(), 0);
}

void TestDatabaseWatcher::postgres_pollFindsNewRows()
{
    if (testServerUrl().isEmpty())
        QFAIL(missingServerMessage().constData());
    PgOwner owner(QStringLiteral("owner-poll"));
    QVERIFY(owner.isOpen());
    {
        Sql demo(m_template, QStringLiteral("demo-src"));
        QVERIFY(copyDemoToPostgres(demo.db(), owner, QStringLiteral("live_watch")));
    }
    const auto watcher = watcherFor(urlWithTable(QStringLiteral("live_watch")));
    QVERIFY(watcher);
    QVERIFY(watcher->watchedFiles().isEmpty()); // a server has no files to watch: it is polled
    watcher->setPollInterval(200);
    const qint64 before = owner.scalar(QStringLiteral("SELECT max(id) FROM live_watch")).toLongLong();
    QCOMPARE(watcher->newestKey().toLongLong(), before);
    for (int i = 0; i < 25; ++i) {
        QVERIFY(owner.exec(QStringLiteral("INSERT INTO live_watch (timestamp, username, action, entity, status) "
                                          "VALUES (now(), 'writer', 'UPDATE', 'orders', 'success')")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 25, kWaitMs);
    QCOMPARE(watcher->newestKey().toLongLong(), before + 25);
}

void TestDatabaseWatcher::postgres_keyWithoutOrder_countsTheTotal()
{
    if (testServerUrl().isEmpty())
        QFAIL(missingServerMessage().constData());
    PgOwner owner(QStringLiteral("owner-uuid"));
    QVERIFY(owner.isOpen());
    QVERIFY(owner.exec(QStringLiteral("DROP TABLE IF EXISTS live_uuid")));
    QVERIFY(owner.exec(QStringLiteral("CREATE TABLE live_uuid (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), "
                                      "timestamp timestamptz NOT NULL DEFAULT now(), action text NOT NULL, "
                                      "user_id text, status text)")));
    const QString insert = QStringLiteral("INSERT INTO live_uuid (action, user_id, status) "
                                          "SELECT 'LOGIN', 'u' || g, 'success' FROM generate_series(1, %1) g");
    QVERIFY(owner.exec(insert.arg(40)));
    const auto watcher = watcherFor(urlWithTable(QStringLiteral("live_uuid")));
    QVERIFY(watcher);
    watcher->setPollInterval(200);
    QVERIFY(owner.exec(insert.arg(9)));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->pendingCount(), 9, kWaitMs);
}

QTEST_GUILESS_MAIN(TestDatabaseWatcher)
#include "tst_databasewatcher.moc"
