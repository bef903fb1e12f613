// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "entriesmodel.h"
#include "eventfilter.h"
#include "roles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestEntriesModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelTester_passesOnEveryPage();
    void paging_walksEveryRowOnceWhenTimestampsTie();
    void paging_backwardsMatchesForwards();
    void lastPage_andGoToPage_matchOffsets();
    void unparseableTimestamps_sortLastAndAreShownRaw();
    void sortByColumn_requeriesDatabase_data();
    void sortByColumn_requeriesDatabase();
    void sortWithoutIndex_readsOnWorkerWhenLarge();
    void total_isCountedOnWorker();
    void condition_isBoundNotSpliced();
    void readOnly_refusesEdits();
    void search_pagesAreReadOnWorker();
    void search_newerConditionDropsOlderPage();
    void search_cancelKeepsPageShown();
    void search_showFirstKeyFindsItsPageOnWorker();

private:
    QList<qint64> walkForward(EntriesModel &model);
    SqlCondition textSearch(const AuditDatabase &db, const QString &text);
    QList<qint64> expectedKeys(const SqlCondition &condition);
    QTemporaryDir m_dir;
    QString m_ties;    // 230 rows, in groups of 40 sharing one timestamp
    QString m_demo;
};

void TestEntriesModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ties = m_dir.filePath(QStringLiteral("ties.db"));
    {
        Sql sql(m_ties);
        QVERIFY(sql.exec(DemoGenerator::schemaSql()));
        QVERIFY(sql.exec(QStringLiteral("CREATE INDEX ts ON audit_logs(timestamp)")));
        sql.db().transaction();
        for (int i = 0; i < 230; ++i) {
            // Keys deliberately not in time order, so the tie-break on the key is exercised.
            const int id = (i * 37) % 230 + 1;
            const QString ts = QStringLiteral("2026-11-%1T10:00:00.000Z").arg(10 + id / 40, 2, 10, QLatin1Char('0'));
            QVERIFY(sql.exec(QStringLiteral("INSERT INTO audit_logs (id, timestamp, username, action, summary, status) "
                                            "VALUES (?, ?, ?, 'UPDATE', ?, 'success')"),
                             {id, ts, QStringLiteral("u%1").arg(id % 7), QStringLiteral("row %1").arg(id)}));
        }
        sql.db().commit();
    }
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo, 1200));
}

QList<qint64> TestEntriesModel::walkForward(EntriesModel &model)
{
    QList<qint64> keys;
    model.firstPage();
    do {
        if (!waitForPage(model))
            return {};
        for (int r = 0; r < model.rowCount(); ++r)
            keys << model.eventAt(r).key.toLongLong();
    } while (model.nextPage());
    return keys;
}

void TestEntriesModel::modelTester_passesOnEveryPage()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY2(db, qPrintable(error));
    EntriesModel model(db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.columnCount(), int(EntriesModel::ColumnCount));
    QVERIFY(model.nextPage());
    QVERIFY(model.previousPage());
    QCOMPARE(resets.count(), 3);
    QCOMPARE(model.headerData(EntriesModel::ActionColumn, Qt::Horizontal).toString(), QStringLiteral("Action"));
    QVERIFY(model.data(model.index(0, EntriesModel::TimeColumn), TimestampMsRole).isValid());
}

void TestEntriesModel::paging_walksEveryRowOnceWhenTimestampsTie()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_ties), &error);
    QVERIFY2(db, qPrintable(error));
    EntriesModel model(db.get());
    model.setPageSize(40); // page edges fall inside groups of equal timestamps
    const QList<qint64> keys = walkForward(model);
    Sql sql(m_ties);
    QList<qint64> expected;
    for (const QVariant &v : sql.column(QStringLiteral("SELECT id FROM audit_logs ORDER BY timestamp DESC, id DESC")))
        expected << v.toLongLong();
    QCOMPARE(keys.size(), 230);
    QCOMPARE(keys, expected);
}

void TestEntriesModel::paging_backwardsMatchesForwards()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_ties), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    model.setPageSize(40);
    QList<QList<qint64>> pages;
    model.firstPage();
    do {
        QList<qint64> page;
        for (int r = 0; r < model.rowCount(); ++r)
            page << model.eventAt(r).key.toLongLong();
        pages << page;
    } while (model.nextPage());
    QCOMPARE(pages.size(), 6);
    for (int p = pages.size() - 2; p >= 0; --p) {
        QVERIFY(model.previousPage());
        QCOMPARE(model.pageIndex(), qint64(p));
        QList<qint64> page;
        for (int r = 0; r < model.rowCount(); ++r)
            page << model.eventAt(r).key.toLongLong();
        QCOMPARE(page, pages.at(p));
    }
    QVERIFY(!model.previousPage());
}

void TestEntriesModel::lastPage_andGoToPage_matchOffsets()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_ties), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QSignalSpy counted(&model, &EntriesModel::totalCountChanged);
    QVERIFY(model.select());
    QVERIFY(counted.wait(10000) || model.totalCount() >= 0);
    QCOMPARE(model.totalCount(), qint64(230));
    QCOMPARE(model.pageCount(), qint64(5));
    Sql sql(m_ties);
    auto expectPage = [&](qint64 page) {
        QList<qint64> expected;
        for (const QVariant &v : sql.column(QStringLiteral("SELECT id FROM audit_logs ORDER BY timestamp DESC, id DESC "
                                                           "LIMIT 50 OFFSET %1").arg(page * 50)))
            expected << v.toLongLong();
        QList<qint64> shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.eventAt(r).key.toLongLong();
        return shown == expected;
    };
    QVERIFY(model.lastPage());
    QCOMPARE(model.pageIndex(), qint64(4));
    QCOMPARE(model.rowCount(), 30);
    QVERIFY(expectPage(4));
    QVERIFY(!model.canGoNext());
    QVERIFY(model.goToPage(2));
    QVERIFY(expectPage(2));
    QVERIFY(model.goToPage(0));
    QVERIFY(expectPage(0));
    QVERIFY(model.goToPage(3));
    QVERIFY(expectPage(3));
    QVERIFY(model.goToPage(99)); // clamps to the last page
    QCOMPARE(model.pageIndex(), qint64(4));
}

void TestEntriesModel::unparseableTimestamps_sortLastAndAreShownRaw()
{
    const QString path = m_dir.filePath(QStringLiteral("nulls.db"));
    {
        Sql sql(path);
        QVERIFY(sql.script(fixtureSql(QStringLiteral("schema_nulls.sql"))));
    }
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(db, qPrintable(error));
    EntriesModel model(db.get());
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 6); // nothing dropped
    // Valid-looking times first (newest first), then the rest by key, newest key first.
    QCOMPARE(model.eventAt(0).rawTimestamp, QStringLiteral("2026-11-24T11:00:00Z"));
    QCOMPARE(model.eventAt(1).rawTimestamp, QStringLiteral("2026-11-24T10:00:00Z"));
    QCOMPARE(model.eventAt(2).rawTimestamp, QStringLiteral("2026-02-30T10:00:00Z"));
    QVERIFY(!model.eventAt(2).timestamp);
    QCOMPARE(model.data(model.index(2, EntriesModel::TimeColumn)).toString(), QStringLiteral("2026-02-30T10:00:00Z"));
    QCOMPARE(model.eventAt(3).rawTimestamp, QString());  // key 3: ''
    QCOMPARE(model.eventAt(4).rawTimestamp, QStringLiteral("yesterday"));
    QCOMPARE(model.data(model.index(4, EntriesModel::TimeColumn)).toString(), QStringLiteral("yesterday"));
    QVERIFY(model.eventAt(5).key.toLongLong() == 1); // the row of NULLs
    QCOMPARE(model.data(model.index(5, EntriesModel::TimeColumn)).toString(), QStringLiteral("(no time)"));
    // Oldest first keeps the unreadable rows last too.
    model.sort(EntriesModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(model.eventAt(0).rawTimestamp, QStringLiteral("2026-02-30T10:00:00Z"));
    QCOMPARE(model.eventAt(3).key.toLongLong(), qint64(1));
    QCOMPARE(model.eventAt(4).rawTimestamp, QStringLiteral("yesterday"));
    QCOMPARE(model.eventAt(5).key.toLongLong(), qint64(3));
}

void TestEntriesModel::sortByColumn_requeriesDatabase_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("sqlColumn");
    QTest::addColumn<int>("order");
    QTest::newRow("user asc") << int(EntriesModel::UserColumn) << "username" << int(Qt::AscendingOrder);
    QTest::newRow("action desc") << int(EntriesModel::ActionColumn) << "action" << int(Qt::DescendingOrder);
    QTest::newRow("table asc") << int(EntriesModel::TableColumn) << "entity" << int(Qt::AscendingOrder);
    QTest::newRow("ip desc") << int(EntriesModel::IpColumn) << "ip_address" << int(Qt::DescendingOrder);
    QTest::newRow("time asc") << int(EntriesModel::TimeColumn) << "timestamp" << int(Qt::AscendingOrder);
}

void TestEntriesModel::sortByColumn_requeriesDatabase()
{
    QFETCH(int, column);
    QFETCH(QString, sqlColumn);
    QFETCH(int, order);
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    model.setPageSize(100);
    model.sort(column, Qt::SortOrder(order));
    const QList<qint64> keys = walkForward(model);
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    Sql sql(m_demo);
    QList<qint64> expected;
    // Rows with a value by (value, key), then NULLs by key: the model's documented order.
    for (const QVariant &v : sql.column(QStringLiteral("SELECT id FROM audit_logs ORDER BY (%1 IS NULL), %1 %2, id %2")
                                            .arg(sqlColumn, dir)))
        expected << v.toLongLong();
    QCOMPARE(keys.size(), expected.size());
    QCOMPARE(keys, expected);
}

void TestEntriesModel::sortWithoutIndex_readsOnWorkerWhenLarge()
{
    // 300 rows whose rowids span 299,000: as large as that to the model, which bounds the rows
    // by their rowids rather than counting them.
    const QString path = m_dir.filePath(QStringLiteral("sparse.db"));
    {
        Sql sql(path);
        QVERIFY(sql.exec(DemoGenerator::schemaSql()));
        QVERIFY(sql.exec(QStringLiteral("CREATE INDEX user_ts ON audit_logs(username, timestamp)")));
        QVERIFY(sql.exec(QStringLiteral("CREATE INDEX ts ON audit_logs(timestamp)")));
        sql.db().transaction();
        for (int i = 0; i < 300; ++i)
            QVERIFY(sql.exec(QStringLiteral("INSERT INTO audit_logs (id, timestamp, username, action, ip_address) "
                                            "VALUES (?, ?, ?, 'UPDATE', ?)"),
                             {i * 1000 + 1, QStringLiteral("2026-11-20T10:%1:00.000Z").arg(i % 60, 2, 10, QLatin1Char('0')),
                              QStringLiteral("u%1").arg(i % 9), QStringLiteral("10.0.%1.%2").arg(i % 7).arg(i)}));
        sql.db().commit();
    }
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(db, qPrintable(error));
    EntriesModel model(db.get());
    QVERIFY(model.select());
    QVERIFY(!model.isLoading()); // by time: an index leads with it
    // No index leads with the IP column: its order sorts the whole table, on a worker.
    model.sort(EntriesModel::IpColumn, Qt::AscendingOrder);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    const QList<qint64> keys = walkForward(model);
    Sql sql(path);
    QList<qint64> expected;
    for (const QVariant &v : sql.column(QStringLiteral("SELECT id FROM audit_logs ORDER BY ip_address, id")))
        expected << v.toLongLong();
    QCOMPARE(keys, expected);
    model.sort(EntriesModel::UserColumn, Qt::AscendingOrder);
    QVERIFY(!model.isLoading()); // an index leads with the user
    QCOMPARE(model.rowCount(), 50);
}

void TestEntriesModel::total_isCountedOnWorker()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QSignalSpy counted(&model, &EntriesModel::totalCountChanged);
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 50); // the page is there before the count
    QTRY_VERIFY(model.totalCount() >= 0);
    Sql sql(m_demo);
    QCOMPARE(model.totalCount(), sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong());
}

void TestEntriesModel::condition_isBoundNotSpliced()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    model.setCondition({QStringLiteral("\"username\" = ?"), {QStringLiteral("bob' OR '1'='1")}});
    QCOMPARE(model.rowCount(), 0);
    model.setCondition({QStringLiteral("\"username\" = ?"), {QStringLiteral("bob")}});
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.eventAt(r).actor, QStringLiteral("bob"));
    QTRY_VERIFY(model.totalCount() >= 0);
    Sql sql(m_demo);
    QCOMPARE(model.totalCount(), sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE username = 'bob'")).toLongLong());
}

void TestEntriesModel::readOnly_refusesEdits()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QVERIFY(model.select());
    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("mallory")));
    QVERIFY(!model.removeRows(0, 1));
    QVERIFY(!model.insertRows(0, 1));
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
}

SqlCondition TestEntriesModel::textSearch(const AuditDatabase &db, const QString &text)
{
    FilterCompiler compiler(db.mapping());
    compiler.prepare(db.database());
    EventFilter filter;
    filter.text = text;
    return compiler.compile(filter);
}

// Every row the condition passes, in the table's order, by the sqlite3 library directly.
QList<qint64> TestEntriesModel::expectedKeys(const SqlCondition &condition)
{
    Sql sql(m_demo);
    QList<qint64> keys;
    for (const QVariant &v : sql.column(QStringLiteral("SELECT id FROM audit_logs WHERE %1 "
                                                       "ORDER BY timestamp DESC, id DESC").arg(condition.sql),
                                        condition.values))
        keys << v.toLongLong();
    return keys;
}

static QList<qint64> keysShown(const EntriesModel &model)
{
    QList<qint64> keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys << model.eventAt(r).key.toLongLong();
    return keys;
}

void TestEntriesModel::search_pagesAreReadOnWorker()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(!model.isLoading()); // no text: read at once
    const SqlCondition search = textSearch(*db, QStringLiteral("192.168.1.1"));
    QVERIFY(search.mayScan);
    const QList<qint64> expected = expectedKeys(search);
    QVERIFY(expected.size() > 120);       // three pages or more
    QVERIFY(expected.size() < 1200);      // and not every row
    QSignalSpy loading(&model, &EntriesModel::loadingChanged);
    model.setCondition(search);
    // Returned before the page was read: the rows of the unfiltered page are gone, the pager waits.
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canGoNext());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    QCOMPARE(loading.size(), 2);
    QList<qint64> keys = keysShown(model);
    QCOMPARE(keys, expected.mid(0, 50));
    // Page turns under the search go to the worker too, and walk every matching row once.
    while (model.canGoNext()) {
        QVERIFY(model.nextPage());
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
        keys += keysShown(model);
    }
    QCOMPARE(keys, expected);
    QVERIFY(model.previousPage());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    QCOMPARE(keysShown(model), expected.mid((model.pageIndex()) * 50, 50));
    QCOMPARE(model.lastStatement().values.contains(search.values.first()), true);
}

void TestEntriesModel::search_newerConditionDropsOlderPage()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QVERIFY(model.select());
    const SqlCondition older = textSearch(*db, QStringLiteral("bob"));
    const SqlCondition newer = textSearch(*db, QStringLiteral("carol"));
    const QList<qint64> expected = expectedKeys(newer);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.mid(0, 50) != expectedKeys(older).mid(0, 50));
    QSignalSpy shown(&model, &EntriesModel::pageChanged);
    model.setCondition(older);
    model.setCondition(newer);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    QTest::qWait(300); // the older read, finished or cancelled, has had time to answer
    QCOMPARE(keysShown(model), expected.mid(0, 50));
    QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() >= 0, 30000);
    QCOMPARE(model.totalCount(), qint64(expected.size()));
}

void TestEntriesModel::search_cancelKeepsPageShown()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    model.setCondition(textSearch(*db, QStringLiteral("bob")));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    const QList<qint64> first = keysShown(model);
    QCOMPARE(first.size(), 50);
    QVERIFY(model.nextPage());
    QVERIFY(model.isLoading());
    QVERIFY(!model.wasStopped());
    model.cancelLoading();
    QVERIFY(!model.isLoading());
    QVERIFY(model.wasStopped());
    QTest::qWait(500); // a cancelled read that finished anyway is dropped, not shown
    QCOMPARE(model.pageIndex(), qint64(0));
    QCOMPARE(keysShown(model), first);
    QVERIFY(model.canGoNext());
    QVERIFY(model.nextPage()); // asked again, it reads again
    QVERIFY(!model.wasStopped());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    QCOMPARE(model.pageIndex(), qint64(1));
}

void TestEntriesModel::search_showFirstKeyFindsItsPageOnWorker()
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QVERIFY(model.select());
    // Without a search the answer comes before the call returns.
    QVariant answer = QStringLiteral("none yet");
    Sql sql(m_demo, QStringLiteral("first-key"));
    const qint64 old = sql.scalar(QStringLiteral("SELECT min(id) FROM audit_logs")).toLongLong();
    model.showFirstKey({old}, [&answer](const QVariant &key) { answer = key; });
    QCOMPARE(answer.toLongLong(), old);
    QVERIFY(model.rowOfKey(old) >= 0);

    const SqlCondition search = textSearch(*db, QStringLiteral("192.168.1.1"));
    const QList<qint64> expected = expectedKeys(search);
    QVERIFY(expected.size() > 130);
    qint64 hidden = 0;
    for (const QVariant &v : sql.column(QStringLiteral("SELECT id FROM audit_logs")))
        if (!expected.contains(v.toLongLong()))
            hidden = v.toLongLong();
    QVERIFY(hidden > 0);
    model.setCondition(search);
    QVERIFY(waitForPage(model));
    // A hidden key is passed over; the next one's page (the third) is read on a worker.
    answer = QStringLiteral("none yet");
    model.showFirstKey({hidden, expected.at(130)}, [&answer](const QVariant &key) { answer = key; });
    QVERIFY(model.isLoading());
    QCOMPARE(answer.toString(), QStringLiteral("none yet"));
    QTRY_VERIFY_WITH_TIMEOUT(answer.toString() != QStringLiteral("none yet"), 30000);
    QCOMPARE(answer.toLongLong(), expected.at(130));
    QCOMPARE(model.pageIndex(), qint64(2));
    QCOMPARE(model.eventAt(model.rowOfKey(answer)).key.toLongLong(), expected.at(130));
    // No key passes: called with none, the page shown stays.
    model.showFirstKey({hidden}, [&answer](const QVariant &key) { answer = key; });
    QTRY_VERIFY_WITH_TIMEOUT(!answer.isValid(), 30000);
    QCOMPARE(model.pageIndex(), qint64(2));
    QVERIFY(!model.isLoading());
}

QTEST_GUILESS_MAIN(TestEntriesModel)
#include "tst_entriesmodel.moc"
