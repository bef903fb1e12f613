// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailfixture.h"

#include "auditdatabase.h"
#include "entriesmodel.h"
#include "eventdetails.h"
#include "timestampparser.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AuditLens;

class TestEventDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readRawRow_returnsEveryColumnOnce();
    void readRawRow_nullsAndMissingRow();
    void loadRelated_historyNewestFirst();
    void loadRelated_activityWithinThirtyMinutes();
    void loadRelated_fromLocationOnWorkerConnection();
    void toJson_holdsCanonicalFields();
    void goToKey_movesToThePageOfTheRow();
    void goToKey_rowOutsideCondition_returnsFalse();

private:
    AuditEvent eventOf(qint64 key);

    QTemporaryDir m_dir;
    std::unique_ptr<AuditDatabase> m_db;
};

void TestEventDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("audit.db"));
    QVERIFY2(DetailFixture::write(path, &error), qPrintable(error));
    m_db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(m_db, qPrintable(error));
    QCOMPARE(m_db->mapping().profileName, QStringLiteral("native"));
}

AuditEvent TestEventDetails::eventOf(qint64 key)
{
    const EventReader reader(m_db->mapping());
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_logs WHERE id = ?").arg(reader.selectList()));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return reader.read(q);
}

void TestEventDetails::readRawRow_returnsEveryColumnOnce()
{
    QString error;
    const QList<RawColumn> row = EventDetails::readRawRow(m_db->database(), m_db->mapping(),
                                                          qint64(DetailFixture::PriceUpdate), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(row.size(), 16);
    QCOMPARE(row.at(0).name, QStringLiteral("id"));
    QCOMPARE(row.at(0).value.toLongLong(), qint64(DetailFixture::PriceUpdate));
    QCOMPARE(row.at(3).name, QStringLiteral("username"));
    QCOMPARE(row.at(3).value.toString(), QStringLiteral("alice"));
    QCOMPARE(EventDetails::typeName(row.at(2).value), QStringLiteral("integer"));
}

void TestEventDetails::readRawRow_nullsAndMissingRow()
{
    QString error;
    const QList<RawColumn> row = EventDetails::readRawRow(m_db->database(), m_db->mapping(),
                                                          qint64(DetailFixture::Nulls), &error);
    QCOMPARE(row.size(), 16);
    for (int i = 1; i < row.size(); ++i) {
        QVERIFY(row.at(i).value.isNull());
        QCOMPARE(EventDetails::typeName(row.at(i).value), QStringLiteral("NULL"));
    }
    QVERIFY(EventDetails::readRawRow(m_db->database(), m_db->mapping(), 99999, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestEventDetails::loadRelated_historyNewestFirst()
{
    const RelatedEvents related = EventDetails::loadRelated(m_db->database(), m_db->mapping(),
                                                            eventOf(DetailFixture::OlderUpdate));
    QVERIFY(related.error.isEmpty());
    QCOMPARE(related.history.size(), 2);
    QCOMPARE(related.history.at(0).key.toLongLong(), qint64(DetailFixture::PriceUpdate));
    QCOMPARE(related.history.at(1).key.toLongLong(), qint64(DetailFixture::OlderUpdate));
    QCOMPARE(related.history.at(0).changes.size(), 2);
}

void TestEventDetails::loadRelated_activityWithinThirtyMinutes()
{
    const RelatedEvents related = EventDetails::loadRelated(m_db->database(), m_db->mapping(),
                                                            eventOf(DetailFixture::FailedLogin));
    QList<qint64> keys;
    for (const AuditEvent &e : related.activity)
        keys << e.key.toLongLong();
    // 10:20, 10:10, 10:00; the 12:00 logout is 110 minutes away.
    QCOMPARE(keys, (QList<qint64>{DetailFixture::BrokenJson, DetailFixture::FailedLogin, DetailFixture::PriceUpdate}));
    // A row without time or user has no activity and no history, and no error.
    const RelatedEvents none = EventDetails::loadRelated(m_db->database(), m_db->mapping(), eventOf(DetailFixture::Nulls));
    QVERIFY(none.error.isEmpty());
    QVERIFY(none.history.isEmpty());
    QVERIFY(none.activity.isEmpty());
}

void TestEventDetails::loadRelated_fromLocationOnWorkerConnection()
{
    const RelatedEvents related = EventDetails::loadRelated(m_db->location(), m_db->mapping(),
                                                            eventOf(DetailFixture::PriceUpdate));
    QVERIFY(related.error.isEmpty());
    QCOMPARE(related.forKey.toLongLong(), qint64(DetailFixture::PriceUpdate));
    QCOMPARE(related.history.size(), 2);
}

void TestEventDetails::toJson_holdsCanonicalFields()
{
    const AuditEvent e = eventOf(DetailFixture::PriceUpdate);
    QString error;
    const QJsonObject o = EventDetails::toJson(e, EventDetails::readRawRow(m_db->database(), m_db->mapping(), e.key, &error));
    QCOMPARE(o.value(QStringLiteral("timestamp")).toString(), Timestamps::toIsoUtc(*e.timestamp));
    QCOMPARE(o.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
    QCOMPARE(o.value(QStringLiteral("category")).toString(), Actions::categoryName(Category::Update));
    const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    bool sawPrice = false;
    for (const QJsonValue &c : changes) {
        if (c.toObject().value(QStringLiteral("field")).toString() == QLatin1String("price")) {
            sawPrice = true;
            QCOMPARE(c.toObject().value(QStringLiteral("old")).toDouble(), 100.0);
            QCOMPARE(c.toObject().value(QStringLiteral("new")).toDouble(), 130.0);
        }
    }
    QVERIFY(sawPrice);
    QCOMPARE(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("request_id")).toString(),
             QStringLiteral("r-1"));
    QCOMPARE(o.value(QStringLiteral("columns")).toObject().size(), 16);
}

void TestEventDetails::goToKey_movesToThePageOfTheRow()
{
    EntriesModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    QVERIFY(model.select());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // Newest first: 9 dated rows, 30 fillers, then the undated row last.
    const qint64 filler = DetailFixture::FirstFiller + 3; // 2026-10-04: among the oldest
    QVERIFY(model.goToKey(filler));
    QVERIFY(model.rowOfKey(filler) >= 0);
    QVERIFY(model.pageIndex() > 0);
    QCOMPARE(resets.count(), 1);
    QVERIFY(model.goToKey(qint64(DetailFixture::Nulls)));
    QCOMPARE(model.eventAt(model.rowOfKey(qint64(DetailFixture::Nulls))).key.toLongLong(), qint64(DetailFixture::Nulls));
    QVERIFY(model.goToKey(qint64(DetailFixture::FarAway)));
    QCOMPARE(model.pageIndex(), 0);
    QCOMPARE(model.rowOfKey(qint64(DetailFixture::FarAway)), 0);
    model.sort(EntriesModel::TimeColumn, Qt::AscendingOrder);
    QVERIFY(model.goToKey(qint64(DetailFixture::FarAway)));
    QVERIFY(model.pageIndex() >= 3);
}

void TestEventDetails::goToKey_rowOutsideCondition_returnsFalse()
{
    EntriesModel model(m_db.get());
    model.setCondition({QStringLiteral("\"username\" = ?"), {QStringLiteral("alice")}});
    QVERIFY(!model.goToKey(qint64(DetailFixture::Delete)));
    QVERIFY(!model.goToKey(424242));
    QVERIFY(model.goToKey(qint64(DetailFixture::FailedLogin)));
}

QTEST_GUILESS_MAIN(TestEventDetails)
#include "tst_eventdetails.moc"
