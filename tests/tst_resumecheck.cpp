// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// When incremental flagging may resume (ResumeCheck): appended rows are read alone, and every
// change at or before the last position — a back-filled row, a deleted one, a replaced file,
// a state saved without the rowid check — makes the run start over, so that it always
// equals a full run (RULES.md "Incremental flagging").
#include "flagrows.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AuditLens;
using namespace AuditLens::Flags;
using namespace AuditLens::FlagRows;
using namespace AuditLens::TestSupport;

class TestResumeCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void appendedRows_resumeAndCountOnlyThem();
    void deletedRow_fallsBackToFull();
    void backfilledRowWithDeletion_fallsBackToFull();
    void backfilledRowBelowLargestRowid_fallsBackToFull();
    void replacedDatabase_fallsBackToFull();
    void stateWithoutLargestRowid_fallsBackToFullOnce();

private:
    // The flags of m_path in m_store equal those of a full run on the same file.
    void verifyEqualsFull();
    // An incremental run starts over, reads every row and ends equal to a full run.
    void verifyRunsFull(qint64 rows);

    QTemporaryDir m_dir;
    QList<Row> m_rows;
    QString m_path;
    std::unique_ptr<FlagStore> m_store;
    int m_case = 0;
};

void TestResumeCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_rows = randomRows(1500, 7);
}

// Each test starts from rows 200..799 (none with an unparseable timestamp), flagged once.
void TestResumeCheck::init()
{
    ++m_case;
    m_path = m_dir.filePath(u"case-%1.db"_qs.arg(m_case));
    QVERIFY(writeRows(m_path, m_rows.mid(200, 600), true));
    m_store = std::make_unique<FlagStore>(m_dir.filePath(u"store-%1.sqlite"_qs.arg(m_case)));
    QVERIFY(m_store->open());
    const RunResult first = flag(m_path, *m_store, RunMode::Incremental);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.ranFull);
    QCOMPARE(first.eventsRead, qint64(600));
}

void TestResumeCheck::verifyEqualsFull()
{
    FlagStore fresh(m_dir.filePath(u"fresh-%1.sqlite"_qs.arg(m_case)));
    QVERIFY(fresh.open());
    QVERIFY(flag(m_path, fresh, RunMode::Full).ok);
    const QList<StoredFlag> expected = fresh.flags(identityOf(m_path));
    const QList<StoredFlag> actual = m_store->flags(identityOf(m_path));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).key.toString(), expected.at(i).key.toString());
        QCOMPARE(actual.at(i).reasons, expected.at(i).reasons);
    }
}

void TestResumeCheck::verifyRunsFull(qint64 rows)
{
    const RunResult r = flag(m_path, *m_store, RunMode::Incremental);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.ranFull);
    QCOMPARE(r.eventsRead, rows);
    verifyEqualsFull();
}

void TestResumeCheck::appendedRows_resumeAndCountOnlyThem()
{
    QVERIFY(writeRows(m_path, m_rows.mid(800, 100), false));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_path), &error);
    QVERIFY2(db, qPrintable(error));
    FlagRunner runner(*db, RuleSettings());
    runner.setStore(m_store.get());
    qint64 total = -1;
    runner.setProgress([&total](qint64, qint64 t) { total = t; });
    const RunResult r = runner.run(RunMode::Incremental);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.ranFull);
    QCOMPARE(r.eventsRead, qint64(100));
    QCOMPARE(total, qint64(100)); // the progress bar's total: the new rows, not the table
    verifyEqualsFull();
}

// Found only by counting: the last row read and every rowid are as before.
void TestResumeCheck::deletedRow_fallsBackToFull()
{
    QVERIFY(Sql(m_path).exec(u"DELETE FROM audit_logs WHERE id = 300"_qs));
    QVERIFY(writeRows(m_path, m_rows.mid(800, 10), false));
    verifyRunsFull(609);
}

// One row deleted and one back-filled: the count up to the position is as before, but the new
// row's rowid lies above the largest one read.
void TestResumeCheck::backfilledRowWithDeletion_fallsBackToFull()
{
    QVERIFY(Sql(m_path).exec(u"DELETE FROM audit_logs WHERE id = 100"_qs));
    QVERIFY(writeRows(m_path, m_rows.mid(450, 1), false));
    verifyRunsFull(600);
}

// A back-filled row given a low rowid by hand is not above the largest rowid: the count finds it.
void TestResumeCheck::backfilledRowBelowLargestRowid_fallsBackToFull()
{
    QVERIFY(Sql(m_path).exec(u"INSERT INTO audit_logs (id, timestamp, username, action, entity, entity_id, status) "
                             "SELECT 0, timestamp, 'user1', 'DELETE', 'orders', '1', 'success' FROM audit_logs "
                             "WHERE id = 250"_qs));
    verifyRunsFull(601);
}

// Another file at the same path with as many rows, all older than the last position and no
// rowid above the largest: only the last row read, now with another timestamp, tells.
void TestResumeCheck::replacedDatabase_fallsBackToFull()
{
    QVERIFY(QFile::remove(m_path));
    QVERIFY(writeRows(m_path, m_rows.mid(0, 600), true));
    verifyRunsFull(600);
}

// A state written by an AuditLens that did not keep the largest rowid (its INSERT OR REPLACE
// leaves max_key NULL) cannot be checked for back-filled rows: one full run, then incremental.
void TestResumeCheck::stateWithoutLargestRowid_fallsBackToFullOnce()
{
    {
        Sql store(m_store->path());
        QVERIFY(store.exec(u"UPDATE runs SET max_key = NULL"_qs));
        QVERIFY(store.scalar(u"SELECT max_key FROM runs"_qs).isNull());
    }
    QVERIFY(writeRows(m_path, m_rows.mid(800, 10), false));
    const RunResult first = flag(m_path, *m_store, RunMode::Incremental);
    QVERIFY(first.ok);
    QVERIFY(first.ranFull);
    QCOMPARE(first.eventsRead, qint64(610));
    QVERIFY(writeRows(m_path, m_rows.mid(810, 10), false));
    const RunResult second = flag(m_path, *m_store, RunMode::Incremental);
    QVERIFY(second.ok);
    QVERIFY(!second.ranFull);
    QCOMPARE(second.eventsRead, qint64(10));
    verifyEqualsFull();
}

QTEST_GUILESS_MAIN(TestResumeCheck)
#include "tst_resumecheck.moc"
