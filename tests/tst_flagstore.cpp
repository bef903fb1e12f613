// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The local flag store, the background job, and incremental flagging against full recomputation.
#include "auditdatabase.h"
#include "demogenerator.h"
#include "flags/flagjob.h"
#include "flags/flagrunner.h"
#include "eventreader.h"
#include "flags/flagsource.h"
#include "flags/flagstore.h"
#include "flagrows.h"
#include "timestampparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace AuditLens;
using namespace AuditLens::Flags;
using namespace AuditLens::FlagRows;

class TestFlagStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void incremental_equalsFull_data();
    void incremental_equalsFull();
    void backfilledRow_fallsBackToFull();
    void reopenedStore_keepsFlagsAndReviews();
    void flaggedCondition_selectsFlaggedRows();
    void flagProvider_marksPageKeys();
    void flagProvider_marksTextKeysInLargeBatches();
    void job_reportsProgressAndFinishes();
    void job_cancel_keepsEarlierFlags();
    void schemaWithoutIp_reportsRuleNotApplicable();
    void ruleSettings_roundTrip();
    void cursors_readAsEventReader();
    void jsonText_asQJsonDocumentWritesIt_data();
    void jsonText_asQJsonDocumentWritesIt();

private:
    QTemporaryDir m_dir;
    QString m_fullPath;
    QList<Row> m_rows;
};

void TestFlagStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_rows = randomRows(1500, 42);
    m_fullPath = m_dir.filePath(u"full.db"_qs);
    QVERIFY(writeRows(m_fullPath, m_rows, true));
}

void TestFlagStore::incremental_equalsFull_data()
{
    QTest::addColumn<int>("split");
    // Fixed corner splits and random ones (seeded, so a failure can be reproduced).
    QTest::newRow("after first") << 1;
    QTest::newRow("before last") << 1499;
    QRandomGenerator rng(2026);
    for (int i = 0; i < 8; ++i) {
        const int split = 150 + int(rng.bounded(1349));
        QTest::newRow(qPrintable(u"random %1"_qs.arg(split))) << split;
    }
}

void TestFlagStore::incremental_equalsFull()
{
    QFETCH(int, split);
    FlagStore store(m_dir.filePath(u"store-%1.sqlite"_qs.arg(split)));
    QVERIFY(store.open());
    const RunResult full = flag(m_fullPath, store, RunMode::Full);
    QVERIFY2(full.ok, qPrintable(full.error));
    QVERIFY(full.flagged > 0);

    const QString path = m_dir.filePath(u"split-%1.db"_qs.arg(split));
    QVERIFY(writeRows(path, m_rows.mid(0, split), true));
    QVERIFY(flag(path, store, RunMode::Incremental).ok);
    QVERIFY(writeRows(path, m_rows.mid(split), false));
    const RunResult second = flag(path, store, RunMode::Incremental);
    QVERIFY2(second.ok, qPrintable(second.error));
    if (split >= 150) { // no unparseable (first-sorting) timestamps after the split: truly incremental
        QVERIFY(!second.ranFull);
        QCOMPARE(second.eventsRead, qint64(m_rows.size() - split));
    }

    const QList<StoredFlag> expected = store.flags(identityOf(m_fullPath));
    const QList<StoredFlag> actual = store.flags(identityOf(path));
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).key.toString(), expected.at(i).key.toString());
        QCOMPARE(actual.at(i).rules, expected.at(i).rules);
        QCOMPARE(actual.at(i).reasons, expected.at(i).reasons);
    }
}

void TestFlagStore::backfilledRow_fallsBackToFull()
{
    FlagStore store(m_dir.filePath(u"backfill.sqlite"_qs));
    QVERIFY(store.open());
    const QString path = m_dir.filePath(u"backfill.db"_qs);
    QVERIFY(writeRows(path, m_rows.mid(200, 600), true));
    QVERIFY(flag(path, store, RunMode::Incremental).ok);
    // A row older than the last one read: resuming would miss it, so the run starts over.
    QVERIFY(writeRows(path, m_rows.mid(300, 1), false));
    const RunResult r = flag(path, store, RunMode::Incremental);
    QVERIFY(r.ok);
    QVERIFY(r.ranFull);
    QCOMPARE(r.eventsRead, qint64(601));
}

void TestFlagStore::reopenedStore_keepsFlagsAndReviews()
{
    const QString storePath = m_dir.filePath(u"reopen.sqlite"_qs);
    const QString identity = identityOf(m_fullPath);
    QVariant key;
    qint64 count = 0;
    {
        FlagStore store(storePath);
        QVERIFY(store.open());
        QVERIFY(flag(m_fullPath, store, RunMode::Full).ok);
        count = store.flaggedCount(identity);
        QVERIFY(count > 0);
        key = store.flaggedKeys(identity).constFirst();
        Review review{ReviewState::FalsePositive, u"known import job ✓"_qs, u"owner"_qs, QDateTime()};
        QVERIFY(store.setReview(identity, key, review));
        QCOMPARE(store.unreviewedKeys(identity).size(), count - 1);
    }
    FlagStore store(storePath);
    QVERIFY(store.open());
    QCOMPARE(store.flaggedCount(identity), count);
    // Re-flagging from scratch replaces the flags but keeps what the owner wrote.
    QVERIFY(flag(m_fullPath, store, RunMode::Full).ok);
    QCOMPARE(store.flaggedCount(identity), count);
    const std::optional<Review> review = store.review(identity, key);
    QVERIFY(review.has_value());
    QCOMPARE(review->state, ReviewState::FalsePositive);
    QCOMPARE(review->note, u"known import job ✓"_qs);
    QCOMPARE(review->reviewer, u"owner"_qs);
    QVERIFY(review->reviewedAt.isValid());
    QVERIFY(store.flag(identity, key).has_value());
    QVERIFY(store.path().startsWith(m_dir.path()));
    QVERIFY(FlagStore::defaultPath().contains(u"qttest"_qs)); // test mode keeps the owner's store apart
}

void TestFlagStore::flaggedCondition_selectsFlaggedRows()
{
    FlagStore store(m_dir.filePath(u"condition.sqlite"_qs));
    QVERIFY(store.open());
    QVERIFY(flag(m_fullPath, store, RunMode::Full).ok);
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_fullPath), &error);
    QVERIFY(db);
    const SqlCondition condition = store.flaggedCondition(db->location().identity(), u"rowid"_qs);
    QSqlQuery q(db->database());
    QVERIFY(q.prepare(u"SELECT count(*) FROM audit_logs WHERE "_qs + condition.sql));
    for (const QVariant &v : condition.values)
        q.addBindValue(v);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toLongLong(), store.flaggedCount(db->location().identity()));
    // A database never flagged matches no row rather than every row.
    QCOMPARE(store.flaggedCondition(u"sqlite:/nowhere"_qs, u"rowid"_qs).sql, u"1 = 0"_qs);
}

void TestFlagStore::flagProvider_marksPageKeys()
{
    FlagStore store(m_dir.filePath(u"provider.sqlite"_qs));
    QVERIFY(store.open());
    QVERIFY(flag(m_fullPath, store, RunMode::Full).ok);
    const QString identity = identityOf(m_fullPath);
    const QVariantList keys = store.flaggedKeys(identity).mid(0, 3) + QVariantList{qint64(999999)};
    const QHash<QString, FlagMarks> marks = store.flagProvider(identity)(keys);
    QCOMPARE(marks.size(), 3);
    const FlagMarks m = marks.value(keys.constFirst().toString());
    QVERIFY(!m.rules.isEmpty());
    QCOMPARE(m.rules.size(), m.reasons.size());
}

void TestFlagStore::flagProvider_marksTextKeysInLargeBatches()
{
    // UUID-like, quoted and non-ASCII keys, in a batch larger than an export's: every flagged
    // key is found, an unflagged one is not.
    FlagStore store(m_dir.filePath(u"textkeys.sqlite"_qs));
    QVERIFY(store.open());
    const QString identity = u"text-keys"_qs;
    const QStringList odd = {u"it's"_qs, u"say \"hi\""_qs, u"back\\slash"_qs, u"ünïcødé 日本"_qs, u"a,b)"_qs};
    QVERIFY(store.beginWrite());
    QVariantList keys;
    for (int i = 0; i < 2000; ++i) {
        const QString key = i < odd.size() ? odd.at(i) : QUuid::createUuid().toString(QUuid::WithoutBraces);
        keys << key;
        if (i % 2 == 0)
            QVERIFY(store.addFlag(identity, key, i, i, FlagMatch{{u"off_hours"_qs}, {u"reason %1"_qs.arg(i)}}));
    }
    QVERIFY(store.commitWrite());
    const QHash<QString, FlagMarks> marks = store.flagProvider(identity)(keys);
    QCOMPARE(marks.size(), 1000);
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(marks.contains(keys.at(i).toString()), i % 2 == 0);
        if (i % 2 == 0)
            QCOMPARE(marks.value(keys.at(i).toString()).reasons, QStringList{u"reason %1"_qs.arg(i)});
    }
}

void TestFlagStore::job_reportsProgressAndFinishes()
{
    const QString path = m_dir.filePath(u"job.db"_qs);
    DemoGenerator::Options options;
    options.rows = 40000;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    QVERIFY2(DemoGenerator::write(path, options, &error), qPrintable(error));
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY(db);
    FlagJob job;
    QSignalSpy progress(&job, &FlagJob::progressChanged);
    QSignalSpy finished(&job, &FlagJob::finished);
    const QString storePath = m_dir.filePath(u"job.sqlite"_qs);
    QVERIFY(job.start(db->location(), db->mapping(), RuleSettings(), RunMode::Full, storePath));
    QVERIFY(!job.start(db->location(), db->mapping(), RuleSettings(), RunMode::Full, storePath));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(progress.size() > 0);
    QCOMPARE(progress.constLast().at(0).toLongLong(), result.eventsRead);
    FlagStore store(storePath);
    QVERIFY(store.open());
    QCOMPARE(store.flaggedCount(db->location().identity()), result.flagged);
}

void TestFlagStore::job_cancel_keepsEarlierFlags()
{
    const QString storePath = m_dir.filePath(u"cancel.sqlite"_qs);
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_dir.filePath(u"job.db"_qs)), &error);
    QVERIFY(db);
    FlagJob job;
    QVERIFY(job.start(db->location(), db->mapping(), RuleSettings(), RunMode::Full, storePath));
    QVERIFY(job.waitForFinished().ok);
    FlagStore store(storePath);
    QVERIFY(store.open());
    const qint64 before = store.flaggedCount(db->location().identity());
    QVERIFY(job.start(db->location(), db->mapping(), RuleSettings(), RunMode::Full, storePath));
    job.cancel();
    const RunResult r = job.waitForFinished();
    // Either the cancel landed (rolled back) or the run had already ended: flags are whole.
    QVERIFY(r.canceled || r.ok);
    QCOMPARE(store.flaggedCount(db->location().identity()), before);
}

void TestFlagStore::schemaWithoutIp_reportsRuleNotApplicable()
{
    const QString path = m_dir.filePath(u"noip.db"_qs);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"noip"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE audit_log (id INTEGER PRIMARY KEY, timestamp TEXT, username TEXT, action TEXT)"_qs));
        QVERIFY(q.exec(u"INSERT INTO audit_log (timestamp, username, action) VALUES "
                       "('2026-11-02T23:30:00Z', 'judy', 'LOGIN'), ('2026-11-02T12:00:00Z', 'judy', 'ACCESS_DENIED')"_qs));
    }
    QSqlDatabase::removeDatabase(u"noip"_qs);
    FlagStore store(m_dir.filePath(u"noip.sqlite"_qs));
    QVERIFY(store.open());
    const RunResult r = flag(path, store, RunMode::Full);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.notApplicable.contains(RuleId::NewIpLogin));
    QVERIFY(r.notApplicable.contains(RuleId::LargeValueChange));
    QVERIFY(!r.notApplicable.contains(RuleId::OffHours));
    QCOMPARE(r.flagged, qint64(2));
}

void TestFlagStore::ruleSettings_roundTrip()
{
    FlagStore store(m_dir.filePath(u"settings.sqlite"_qs));
    QVERIFY(store.open());
    QCOMPARE(store.ruleSettings(), RuleSettings());
    RuleSettings s;
    s.bulkThreshold = 7;
    s.timeZone = QTimeZone("Europe/Berlin");
    s.setEnabled(RuleId::OffHours, false);
    s.sensitiveTables << u"payroll"_qs;
    QVERIFY(store.saveRuleSettings(s));
    const RuleSettings back = store.ruleSettings();
    QCOMPARE(back.bulkThreshold, 7);
    QCOMPARE(back.timeZone.id(), QByteArray("Europe/Berlin"));
    QVERIFY(!back.isEnabled(RuleId::OffHours));
    QVERIFY(back.sensitiveTables.contains(u"payroll"_qs));
    QCOMPARE(back, s);
}

void TestFlagStore::cursors_readAsEventReader()
{
    // Both cursors (SQLite's API, and the Qt driver that PostgreSQL uses) must read every field a
    // rule uses exactly as EventReader reads the canonical event.
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_fullPath), &error);
    QVERIFY(db);
    const EventReader reader(db->mapping());
    QSqlQuery all(db->database());
    QVERIFY(all.exec(u"SELECT "_qs + reader.selectList() + u" FROM audit_logs WHERE timestamp IS NOT NULL ORDER BY timestamp, rowid"_qs));
    FlagSource source(db->mapping());
    SqliteCursor sqlite(source, db->database());
    QtCursor qt(source, db->database());
    QVERIFY(sqlite.isValid());
    QVERIFY(sqlite.exec(false, {}));
    QVERIFY(qt.exec(false, {}));
    int rows = 0;
    while (all.next()) {
        QVERIFY(sqlite.next());
        QVERIFY(qt.next());
        const AuditEvent expected = reader.read(all);
        AuditEvent fromSqlite = sqlite.read(true);
        AuditEvent fromQt = qt.read(true);
        // A read carries the entity id of updates and the IP of sign-ins (what the rules use);
        // complete() adds the rest for a flagged event.
        for (const AuditEvent &e : {fromSqlite, fromQt}) {
            QCOMPARE(e.entityId, e.category == Category::Update ? expected.entityId : QString());
            QCOMPARE(e.ip, e.category == Category::Auth ? expected.ip : QString());
        }
        sqlite.complete(fromSqlite);
        qt.complete(fromQt);
        for (const AuditEvent &e : {fromSqlite, fromQt}) {
            QCOMPARE(e.key, expected.key);
            QCOMPARE(e.id, expected.id);
            QCOMPARE(e.timestamp, expected.timestamp);
            QCOMPARE(e.actor, expected.actor);
            QCOMPARE(e.action, expected.action);
            QCOMPARE(e.category, expected.category);
            QCOMPARE(e.entity, expected.entity);
            QCOMPARE(e.entityId, expected.entityId);
            QCOMPARE(e.ip, expected.ip);
            QCOMPARE(e.status, expected.status);
            if (e.category == Category::Update) {
                QCOMPARE(e.changes.size(), expected.changes.size());
                for (qsizetype i = 0; i < e.changes.size(); ++i) {
                    QCOMPARE(e.changes.at(i).field, expected.changes.at(i).field);
                    QCOMPARE(e.changes.at(i).oldValue, expected.changes.at(i).oldValue);
                    QCOMPARE(e.changes.at(i).newValue, expected.changes.at(i).newValue);
                }
            }
        }
        QCOMPARE(sqlite.lastRawTimestamp(), qt.lastRawTimestamp());
        ++rows;
    }
    QVERIFY(!sqlite.next());
    QCOMPARE(rows, int(m_rows.size()));
}

void TestFlagStore::jsonText_asQJsonDocumentWritesIt_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::newRow("empty") << QStringList();
    QTest::newRow("plain") << QStringList{u"bulk_operations"_qs, u"off_hours"_qs};
    QTest::newRow("quotes and backslashes") << QStringList{u"say \"hi\" C:\\x"_qs};
    QTest::newRow("control characters") << QStringList{u"a\tb\nc\rd\be\ff"_qs + QChar(0x01) + QChar(0x1f) + QChar(0x7f)};
    QTest::newRow("non-ASCII") << QStringList{u"price changed by +30.0% (100 → 130)"_qs, u"Zoë 😀 日本"_qs, QString()};
}

// FlagInserter writes rules and reasons without QJsonDocument: the same text, so stores
// written before and after read alike.
void TestFlagStore::jsonText_asQJsonDocumentWritesIt()
{
    QFETCH(QStringList, list);
    QByteArray text;
    appendJsonStringArray(text, list);
    QCOMPARE(text, QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestFlagStore)
#include "tst_flagstore.moc"
