// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Cancelling a running statement on SQLite (sqlite3_interrupt and the progress handler) and
// PostgreSQL (PQcancel), and generations that drop a superseded answer.
#include "auditdatabase.h"
#include "entriesmodel.h"
#include "eventfilter.h"
#include "pgsupport.h"
#include "querycanceller.h"
#include "statistics.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

namespace {

// A statement that runs for minutes unless it is cancelled.
const QString kEndlessSqlite = QStringLiteral(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000000) SELECT count(*) FROM n");

struct Outcome {
    bool finished = false;
    bool cancelled = false;
    QString error;
};

// Runs sql on a fresh connection to location in a worker, attached to canceller.
QFuture<Outcome> runInWorker(const DatabaseLocation &location, const QString &sql, QueryCanceller *canceller,
                             QAtomicInt *started)
{
    return QtConcurrent::run([=]() {
        Outcome out;
        QString error;
        SchemaMapping mapping;
        mapping.kind = location.kind;
        const auto db = AuditDatabase::openWith(location, mapping, &error);
        if (!db) {
            out.error = error;
            return out;
        }
        QueryCanceller::Scope scope(canceller, db->database());
        started->storeRelease(1);
        QSqlQuery q(db->database());
        out.finished = q.exec(sql) && q.next();
        out.cancelled = QueryCanceller::isCancelError(q.lastError());
        out.error = q.lastError().text();
        return out;
    });
}

// Cancels once the worker is inside its statement (or about to start it: either way it stops).
Outcome cancelRunning(const DatabaseLocation &location, const QString &sql)
{
    QueryCanceller canceller;
    QAtomicInt started;
    QFuture<Outcome> future = runInWorker(location, sql, &canceller, &started);
    while (!started.loadAcquire())
        QThread::msleep(5);
    QThread::msleep(200); // let the statement get going; not a measured figure
    canceller.cancel();
    future.waitForFinished(); // bounded by the CTest timeout: a failed cancel hangs here visibly
    return future.result();
}

} // namespace

class TestCancel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    DatabaseLocation sqlite() const
    {
        DatabaseLocation loc;
        loc.path = m_db;
        return loc;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("audit.db"));
        QVERIFY(writeDemo(m_db, 4000));
    }

    void sqliteStatementIsInterrupted()
    {
        const Outcome out = cancelRunning(sqlite(), kEndlessSqlite);
        QVERIFY(!out.finished);
        QVERIFY2(out.cancelled, qPrintable(out.error));
    }

    void cancelBeforeTheStatementStillStopsIt()
    {
        // sqlite3_interrupt alone does nothing when no statement runs; the progress handler
        // still sees the cancel when the statement starts afterwards.
        QueryCanceller canceller;
        canceller.cancel();
        QAtomicInt started;
        QFuture<Outcome> future = runInWorker(sqlite(), kEndlessSqlite, &canceller, &started);
        future.waitForFinished();
        QVERIFY(future.result().cancelled);
    }

    void connectionWorksAfterCancel()
    {
        // A canceller left attached to nothing must not touch a later statement.
        QueryCanceller canceller;
        QString error;
        const auto db = AuditDatabase::openWith(sqlite(), SchemaMapping{}, &error);
        QVERIFY(db);
        {
            QueryCanceller::Scope scope(&canceller, db->database());
        }
        canceller.cancel();
        QSqlQuery q(db->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_logs")) && q.next());
        QVERIFY(q.value(0).toLongLong() >= 4000);
    }

    void generationSupersedes()
    {
        QueryGeneration generation;
        const QueryGeneration::Ticket first = generation.start();
        QVERIFY(generation.isCurrent(first.generation));
        const QueryGeneration::Ticket second = generation.start();
        QVERIFY(!generation.isCurrent(first.generation));
        QVERIFY(first.canceller->isCancelled());
        QVERIFY(generation.isCurrent(second.generation));
        QVERIFY(!second.canceller->isCancelled());
        generation.cancel();
        QVERIFY(!generation.isCurrent(second.generation));
        QVERIFY(second.canceller->isCancelled());
    }

    void staleCountIsDropped()
    {
        QString error;
        auto db = AuditDatabase::open(sqlite(), &error);
        QVERIFY(db);
        EntriesModel model(db.get());
        QSignalSpy totals(&model, &EntriesModel::totalCountChanged);
        // The first count is superseded before it can be reported: only the second total arrives.
        model.setCondition({QStringLiteral("rowid <= ?"), {1000}});
        model.setCondition({QStringLiteral("rowid <= ?"), {10}});
        QTRY_VERIFY_WITH_TIMEOUT(!totals.isEmpty(), 30000);
        QTest::qWait(100);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.first().at(0).toLongLong(), 10);
        QCOMPARE(model.totalCount(), 10);
    }

    void staleStatisticsAreDropped()
    {
        QString error;
        auto db = AuditDatabase::open(sqlite(), &error);
        QVERIFY(db);
        FilterCompiler compiler(db->mapping());
        QVERIFY(compiler.prepare(db->database()));
        StatisticsService service;
        service.setDatabase(sqlite(), compiler);
        service.setReferenceTime(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        QSignalSpy ready(&service, &StatisticsService::chartsReady);
        EventFilter all;
        EventFilter none;
        none.text = QStringLiteral("no event holds this text");
        service.refreshCharts(all);
        service.refreshCharts(none);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 30000);
        QTest::qWait(100);
        QCOMPARE(ready.size(), 1);
        QVERIFY(ready.first().at(0).value<ChartData>().topUsers.isEmpty());
    }

    void postgresStatementIsCancelled()
    {
        if (testServerUrl().isEmpty())
            QFAIL(missingServerMessage());
        const DatabaseLocation pg = DatabaseLocation::parse(testServerUrl());
        const Outcome out = cancelRunning(pg, QStringLiteral("SELECT pg_sleep(30)"));
        QVERIFY(!out.finished);
        QVERIFY2(out.cancelled, qPrintable(out.error));
    }
};

QTEST_GUILESS_MAIN(TestCancel)
#include "tst_cancel.moc"
