// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The local FTS5 trigram index: the same rows as the LIKE scan, resumable, rebuilt for a
// replaced database, and never a byte written to the audit database.
#include "auditdatabase.h"
#include "eventfilter.h"
#include "querycanceller.h"
#include "search/searchindex.h"
#include "search/searchindexbuilder.h"
#include "search/searchindexjob.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestSearchIndex : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    QString fresh(const QString &name, qint64 rows, quint32 seed = 7)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::remove(SearchIndex::pathFor(location(path)));
        if (!writeDemo(path, rows, seed))
            return {};
        return path;
    }
    static DatabaseLocation location(const QString &path)
    {
        DatabaseLocation loc;
        loc.path = path;
        return loc;
    }
    static qint64 maxKey(const QString &path)
    {
        Sql sql(path, QStringLiteral("max-key"));
        return sql.scalar(QStringLiteral("SELECT max(rowid) FROM audit_logs")).toLongLong();
    }
    static SearchIndexJob::Result build(const QString &path, int batch = 50000)
    {
        QString error;
        const auto db = AuditDatabase::open(location(path), &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        SearchIndexJob job(location(path), db->mapping(), SearchIndex::pathFor(location(path)));
        job.setBatchSize(batch);
        return job.run();
    }
    // The keys the compiled text filter finds, through the index or by the scan.
    static QList<qint64> keys(const QString &path, const QString &text, bool indexed, QString *sql = nullptr,
                              qint64 commonLimit = 0)
    {
        QString error;
        const auto db = AuditDatabase::open(location(path), &error);
        FilterCompiler compiler(db->mapping());
        compiler.prepare(db->database());
        SearchIndexState state;
        state.ready = indexed;
        QSqlQuery max(db->database());
        max.exec(QStringLiteral("SELECT max(rowid) FROM audit_logs"));
        state.coveredKey = max.next() ? max.value(0).toLongLong() : 0;
        state.indexPath = SearchIndex::pathFor(location(path));
        state.commonLimit = commonLimit;
        compiler.setSearchIndex(state);
        EventFilter filter;
        filter.text = text;
        const SqlCondition c = compiler.compile(filter);
        if (sql)
            *sql = c.sql;
        QSqlQuery q(db->database());
        q.prepare(QStringLiteral("SELECT rowid FROM audit_logs WHERE ") + c.sql + QStringLiteral(" ORDER BY rowid"));
        for (const QVariant &v : c.values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning("%s", qPrintable(q.lastError().text()));
        QList<qint64> out;
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = fresh(QStringLiteral("audit.db"), 3000);
        QVERIFY(!m_db.isEmpty());
        // Text the LIKE pattern must take literally, and non-ASCII case.
        Sql sql(m_db);
        const QStringList summaries{QStringLiteral("discount 50% off"), QStringLiteral("rate 5_0 applied"),
                                    QStringLiteral("O'Brien said \"hello\""), QStringLiteral("path C:\\tmp\\x"),
                                    QStringLiteral("Émile Zola"), QStringLiteral("émile zola"),
                                    QStringLiteral("Straße 日本語 ok"), QStringLiteral("50x off"),
                                    QStringLiteral("ÉMILE")};
        for (const QString &s : summaries)
            QVERIFY(sql.exec(QStringLiteral("INSERT INTO audit_logs(timestamp, username, action, status, summary) "
                                            "VALUES ('2026-11-27T10:00:00.000Z', 'tester', 'UPDATE', 'success', ?)"),
                             {s}));
    }

    void indexMatchesTheScan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("percent") << QStringLiteral("50%") << true;
        QTest::newRow("underscore") << QStringLiteral("5_0") << true;
        QTest::newRow("quote") << QStringLiteral("O'Brien") << true;
        QTest::newRow("double quotes") << QStringLiteral("\"hello\"") << true;
        QTest::newRow("backslash") << QStringLiteral("C:\\tmp") << true;
        QTest::newRow("accent") << QStringLiteral("Émile") << true;
        QTest::newRow("accent lower") << QStringLiteral("émile") << true;
        QTest::newRow("ascii case") << QStringLiteral("ZOLA") << true;
        QTest::newRow("cjk") << QStringLiteral("日本語") << true;
        QTest::newRow("sharp s") << QStringLiteral("aße") << true;
        QTest::newRow("common") << QStringLiteral("login") << true;
        QTest::newRow("ip") << QStringLiteral("10.0.") << true;
        QTest::newRow("json") << QStringLiteral("\"price\"") << true;
        QTest::newRow("fts syntax") << QStringLiteral("a OR b*") << false;
        QTest::newRow("absent") << QStringLiteral("qqqzzz") << false;
    }

    void indexMatchesTheScan()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        static bool built = false;
        if (!built) {
            const SearchIndexJob::Result r = build(m_db);
            QCOMPARE(r.outcome, SearchIndexJob::Result::Complete);
            QCOMPARE(r.indexedRows, maxKey(m_db));
            built = true;
        }
        QString sql;
        const QList<qint64> viaIndex = keys(m_db, text, true, &sql);
        QVERIFY2(sql.contains(QLatin1String("MATCH")), qPrintable(sql));
        const QList<qint64> viaScan = keys(m_db, text, false);
        QCOMPARE(viaIndex, viaScan);
        QCOMPARE(!viaScan.isEmpty(), found);
    }

    void shortTextScans()
    {
        QString sql;
        const QList<qint64> rows = keys(m_db, QStringLiteral("%"), true, &sql);
        QVERIFY(!sql.contains(QLatin1String("MATCH")));
        QCOMPARE(rows, keys(m_db, QStringLiteral("%"), false));
        QCOMPARE(rows.size(), 1);
    }

    void commonTermScans()
    {
        // More candidates than the limit: the scan (newest first by the time index) serves it.
        QString sql;
        const QList<qint64> common = keys(m_db, QStringLiteral("signed in"), true, &sql, 50);
        QVERIFY(common.size() > 50);
        QVERIFY(!sql.contains(QLatin1String("MATCH")));
        QCOMPARE(common, keys(m_db, QStringLiteral("signed in"), false));
        // A rare one still goes through the index.
        QVERIFY(!keys(m_db, QStringLiteral("O'Brien"), true, &sql, 50).isEmpty());
        QVERIFY(sql.contains(QLatin1String("MATCH")));
        QCOMPARE(SearchIndex::candidateCount(SearchIndex::pathFor(location(m_db)), QStringLiteral("O'Brien"), 50), 1);
    }

    void rowsAfterTheIndexAreFound()
    {
        const QString path = fresh(QStringLiteral("append.db"), 500);
        QCOMPARE(build(path).outcome, SearchIndexJob::Result::Complete);
        QString error;
        qint64 covered = 0;
        {
            Sql sql(path, QStringLiteral("append"));
            covered = sql.scalar(QStringLiteral("SELECT max(rowid) FROM audit_logs")).toLongLong();
            QVERIFY(sql.exec(QStringLiteral("INSERT INTO audit_logs(timestamp, action, status, summary) "
                                            "VALUES ('2026-11-28T00:00:00Z', 'UPDATE', 'success', 'brand-new row')")));
        }
        const auto db = AuditDatabase::open(location(path), &error);
        QVERIFY(db);
        FilterCompiler compiler(db->mapping());
        QVERIFY(compiler.prepare(db->database()));
        compiler.setSearchIndex({true, covered});
        EventFilter filter;
        filter.text = QStringLiteral("BRAND-NEW");
        const SqlCondition c = compiler.compile(filter);
        QSqlQuery q(db->database());
        q.prepare(QStringLiteral("SELECT rowid FROM audit_logs WHERE ") + c.sql);
        for (const QVariant &v : c.values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), covered + 1);
    }

    void resumesAfterCancel()
    {
        const QString path = fresh(QStringLiteral("resume.db"), 1000);
        QString error;
        const auto db = AuditDatabase::open(location(path), &error);
        QVERIFY(db);
        QueryCanceller canceller;
        SearchIndexJob job(location(path), db->mapping(), SearchIndex::pathFor(location(path)));
        job.setBatchSize(100);
        int calls = 0;
        job.setProgressCallback([&](int) {
            if (++calls == 4) // the starting point, then three batches
                canceller.cancel();
        });
        const SearchIndexJob::Result first = job.run(&canceller);
        QCOMPARE(first.outcome, SearchIndexJob::Result::Cancelled);
        QCOMPARE(first.coveredKey, 300);
        QCOMPARE(first.indexedRows, 300);
        // An incomplete index is not attached: the connections keep scanning.
        QVERIFY(!SearchIndex::attachIfPresent(db->database(), location(path)));
        // A new run (after a restart) starts after the last committed batch.
        const SearchIndexJob::Result second = build(path, 100);
        QCOMPARE(second.outcome, SearchIndexJob::Result::Complete);
        QVERIFY(!second.rebuilt);
        QCOMPARE(second.indexedRows, maxKey(path) - 300);
        QCOMPARE(second.coveredKey, maxKey(path));
        QCOMPARE(build(path).indexedRows, 0);
        QVERIFY(SearchIndex::attachIfPresent(db->database(), location(path)));
    }

    void replacedDatabaseIsIndexedAgain()
    {
        const QString path = fresh(QStringLiteral("replaced.db"), 800);
        QCOMPARE(build(path).coveredKey, maxKey(path));
        QVERIFY(QFile::remove(path));
        QVERIFY(writeDemo(path, 400, 99)); // same path and identity, other content, fewer rows
        const SearchIndexJob::Result r = build(path);
        QCOMPARE(r.outcome, SearchIndexJob::Result::Complete);
        QVERIFY(r.rebuilt);
        QCOMPARE(r.indexedRows, maxKey(path));
        QVERIFY(r.indexedRows < 800);
        QCOMPARE(keys(path, QStringLiteral("login"), true), keys(path, QStringLiteral("login"), false));
    }

    void damagedIndexIsIndexedAgain()
    {
        const QString path = fresh(QStringLiteral("damaged.db"), 300);
        QCOMPARE(build(path).outcome, SearchIndexJob::Result::Complete);
        QFile index(SearchIndex::pathFor(location(path)));
        QVERIFY(index.open(QIODevice::ReadWrite));
        index.seek(0);
        index.write(QByteArray(4096, 'x')); // the header and first page overwritten
        index.close();
        const SearchIndexJob::Result r = build(path);
        QCOMPARE(r.outcome, SearchIndexJob::Result::Complete);
        QVERIFY(r.rebuilt);
        QCOMPARE(r.indexedRows, maxKey(path));
    }

    void auditDatabaseIsNotWritten()
    {
        const QString path = fresh(QStringLiteral("readonly.db"), 600);
        const QByteArray before = fileHash(path);
        QCOMPARE(build(path).outcome, SearchIndexJob::Result::Complete);
        QVERIFY(!keys(path, QStringLiteral("login"), true).isEmpty());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void indexIsTheOwnersAlone()
    {
        // The index holds the text of every event: like the flag store, mode 0600, and an
        // index an earlier version left readable by others is narrowed on the next build.
        const QString path = fresh(QStringLiteral("private.db"), 50);
        const QString index = SearchIndex::pathFor(location(path));
        QDir().mkpath(QFileInfo(index).absolutePath());
        QFile old(index);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(QFile::setPermissions(index, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(build(path).outcome, SearchIndexJob::Result::Complete);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFile::permissions(index) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(index) & QFile::ReadOwner);
    }

    void builderReportsProgressAndReadyState()
    {
        const QString path = fresh(QStringLiteral("builder.db"), 1200);
        QString error;
        const auto db = AuditDatabase::open(location(path), &error);
        QVERIFY(db);
        SearchIndexBuilder builder;
        builder.setBatchSize(200);
        QSignalSpy progress(&builder, &SearchIndexBuilder::progressChanged);
        QSignalSpy finished(&builder, &SearchIndexBuilder::finished);
        builder.start(location(path), db->mapping());
        QVERIFY(finished.wait(60000));
        QVERIFY(builder.state().ready);
        QCOMPARE(builder.state().coveredKey, maxKey(path));
        QVERIFY(progress.size() >= 1);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        // A connection opened now has the index attached and the compiled filter finds rows.
        QVERIFY(SearchIndex::attachIfPresent(db->database(), location(path)));
    }

    void postgresHasNoLocalIndex()
    {
        DatabaseLocation pg = DatabaseLocation::parse(QStringLiteral("postgresql://u@localhost/db"));
        QVERIFY(!SearchIndex::isSupported(pg));
        SchemaMapping mapping;
        mapping.kind = DatabaseKind::PostgreSQL;
        SearchIndexBuilder builder;
        QSignalSpy finished(&builder, &SearchIndexBuilder::finished);
        builder.start(pg, mapping);
        QVERIFY(!builder.isBuilding());
        QVERIFY(!builder.state().ready);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
