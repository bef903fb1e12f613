// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "entriesmodel.h"
#include "testsupport.h"
#include "timestampparser.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestSchemaDetector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detect_data();
    void detect();
    void backstitch_readsFieldChanges();
    void djangoAuditlog_mapsActionCodes();
    void heuristic_readsMixedEpochs();
    void foreignTable_isRefused();
    void nativeDemo_isNative();

private:
    QString fixture(const QString &sqlFile);
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestSchemaDetector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestSchemaDetector::fixture(const QString &sqlFile)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.db").arg(++m_counter));
    Sql sql(path);
    const QString text = fixtureSql(sqlFile);
    if (text.isEmpty() || !sql.script(text))
        return {};
    return path;
}

void TestSchemaDetector::detect_data()
{
    QTest::addColumn<QString>("sqlFile");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("newestActor");
    QTest::addColumn<QString>("newestAction");
    QTest::addColumn<QString>("newestSummary");
    QTest::addColumn<int>("rows");
    QTest::newRow("seed 001 fastapi") << "schema_fastapi.sql" << "fastapi" << "audit_logs" << "rowid"
                                      << "" << "error" << "Unhandled exception in import" << 3;
    QTest::newRow("seed 002 home security") << "schema_homesecurity.sql" << "homesecurity" << "audit_logs" << "rowid"
                                            << "ip:203.0.113.7" << "rate_limit_exceeded" << "" << 3;
    QTest::newRow("seed 004 backstitch") << "schema_backstitch.sql" << "backstitch" << "audit_logs" << "rowid"
                                         << "system" << "DELETE" << "" << 5;
    QTest::newRow("django-auditlog") << "schema_djangoauditlog.sql" << "django-auditlog" << "auditlog_logentry" << "rowid"
                                     << "kim@example.com" << "delete" << "Invoice 18" << 2;
    QTest::newRow("heuristic") << "schema_heuristic.sql" << "heuristic" << "activity_history" << "rowid"
                               << "ops" << "DELETE" << "Deleted the report" << 2;
    QTest::newRow("nulls") << "schema_nulls.sql" << "native" << "audit_logs" << "rowid"
                           << "amy" << "UPDATE" << "" << 6;
}

void TestSchemaDetector::detect()
{
    QFETCH(QString, sqlFile);
    QFETCH(QString, profile);
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, newestActor);
    QFETCH(QString, newestAction);
    QFETCH(QString, newestSummary);
    QFETCH(int, rows);
    const QString path = fixture(sqlFile);
    QVERIFY(!path.isEmpty());
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->mapping().profileName, profile);
    QCOMPARE(db->mapping().table, table);
    QCOMPARE(db->mapping().keyColumn, key);
    QVERIFY(db->mapping().has(Field::Timestamp));
    QVERIFY(db->mapping().has(Field::Action));

    EntriesModel model(db.get());
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), rows);
    const AuditEvent newest = model.eventAt(0);
    QCOMPARE(newest.actor, newestActor);
    QCOMPARE(newest.action, newestAction);
    QCOMPARE(newest.summary, newestSummary);
}

void TestSchemaDetector::backstitch_readsFieldChanges()
{
    const QString path = fixture(QStringLiteral("schema_backstitch.sql"));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QVERIFY(model.select());
    // Newest first: 5 DELETE, 4 PRODUCT_CREATE, 3 UPDATE price 100 -> 130, 2 LOGIN, 1 LOGIN_FAILED.
    const AuditEvent update = model.eventAt(2);
    QCOMPARE(update.action, QStringLiteral("UPDATE"));
    QCOMPARE(update.changes.size(), 1);
    QCOMPARE(update.changes.first().field, QStringLiteral("price"));
    QCOMPARE(update.changes.first().oldValue.toString(), QStringLiteral("100"));
    QCOMPARE(update.changes.first().newValue.toString(), QStringLiteral("130"));
    QCOMPARE(update.summary, QStringLiteral("price: 100 → 130"));
    QCOMPARE(update.entity, QStringLiteral("Product"));
    QCOMPARE(update.entityId, QStringLiteral("42"));
    const AuditEvent created = model.eventAt(1);
    QCOMPARE(created.category, Category::Create);
    QCOMPARE(created.changes.size(), 3); // the new_value JSON object
    const AuditEvent failed = model.eventAt(4);
    QCOMPARE(failed.actor, QStringLiteral("eve@example.com"));
    QCOMPARE(failed.summary, QStringLiteral("Login failed: user not found"));
    QCOMPARE(*failed.timestamp, *Timestamps::parseText(u"2026-11-22T08:00:00.123Z"));
}

void TestSchemaDetector::djangoAuditlog_mapsActionCodes()
{
    const QString path = fixture(QStringLiteral("schema_djangoauditlog.sql"));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QVERIFY(model.select());
    const AuditEvent update = model.eventAt(1);
    QCOMPARE(update.action, QStringLiteral("update"));
    QCOMPARE(update.category, Category::Update);
    QCOMPARE(update.changes.size(), 1);
    QCOMPARE(update.changes.first().field, QStringLiteral("total"));
    QCOMPARE(update.changes.first().newValue.toString(), QStringLiteral("150.00"));
    QCOMPARE(model.eventAt(0).category, Category::Delete);
}

void TestSchemaDetector::heuristic_readsMixedEpochs()
{
    const QString path = fixture(QStringLiteral("schema_heuristic.sql"));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY(db);
    EntriesModel model(db.get());
    QVERIFY(model.select());
    QCOMPARE(Timestamps::toIsoUtc(*model.eventAt(0).timestamp), QStringLiteral("2025-11-28T09:01:00.000Z"));
    QCOMPARE(Timestamps::toIsoUtc(*model.eventAt(1).timestamp), QStringLiteral("2025-11-28T09:00:00.000Z"));
    QCOMPARE(model.eventAt(0).ip, QStringLiteral("10.9.9.9"));
}

void TestSchemaDetector::foreignTable_isRefused()
{
    const QString path = fixture(QStringLiteral("schema_foreign.sql"));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("no audit log table")), qPrintable(error));
}

void TestSchemaDetector::nativeDemo_isNative()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(path, 300));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->mapping().profileName, QStringLiteral("native"));
    const QJsonObject json = db->mapping().toJson();
    QCOMPARE(json.value(QLatin1String("table")).toString(), QStringLiteral("audit_logs"));
    QCOMPARE(json.value(QLatin1String("fields")).toObject().value(QLatin1String("summary")).toString(), QStringLiteral("summary"));
}

QTEST_GUILESS_MAIN(TestSchemaDetector)
#include "tst_schemadetector.moc"
