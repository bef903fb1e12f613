// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void version_printsVersion();
    void demo_isDeterministic();
    void demo_differsBySeed();
    void demo_plantsWhatTheRulesFlag();
    void demo_badArguments_data();
    void demo_badArguments();
    void schema_printsMappingJson();
    void unknownCommand_exitsTwo();

private:
    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCommandLine::version_printsVersion()
{
    const ProcessResult r = runAuditLens({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(AUDITLENS_VERSION), r.out.constData());
}

void TestCommandLine::demo_isDeterministic()
{
    const QString a = m_dir.filePath(QStringLiteral("a.db"));
    const QString b = m_dir.filePath(QStringLiteral("b.db"));
    const QStringList args{QStringLiteral("--rows"), QStringLiteral("5000"), QStringLiteral("--seed"), QStringLiteral("42"),
                           QStringLiteral("--end"), QStringLiteral("2026-11-28")};
    QCOMPARE(runAuditLens(QStringList{QStringLiteral("demo"), a} + args).exitCode, 0);
    QCOMPARE(runAuditLens(QStringList{QStringLiteral("demo"), b} + args).exitCode, 0);
    QCOMPARE(fileHash(a), fileHash(b));
    QVERIFY(!QFile::exists(a + QStringLiteral(".partial")));
    Sql sql(a);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toInt(), 5000 + 42); // and the planted events
    // Ninety days before the end date, weighted to business hours.
    QCOMPARE(sql.scalar(QStringLiteral("SELECT max(timestamp) < '2026-11-29' AND min(timestamp) >= '2026-08-31' FROM audit_logs")).toInt(), 1);
    const int business = sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE substr(timestamp, 12, 2) BETWEEN '08' AND '17'")).toInt();
    QVERIFY2(business > 5042 * 0.7, "most activity in business hours");
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(DISTINCT username) FROM audit_logs")).toInt(), 13); // 12 users + system
    QVERIFY(sql.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'")).toInt() >= 5);
    for (const char *action : {"LOGIN", "LOGOUT", "LOGIN_FAILED", "PASSWORD_CHANGE", "CREATE", "UPDATE", "DELETE",
                               "SYNC_PUSH", "STOCK_IN", "STOCK_OUT", "ADJUSTMENT", "JOB_START", "JOB_COMPLETE"})
        QVERIFY2(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = ?"), {QString::fromLatin1(action)}).toInt() > 0, action);
    for (const char *table : {"orders", "ordr", "users", "usrs", "expenses", "products", "customers", "inventory"})
        QVERIFY2(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity = ?"), {QString::fromLatin1(table)}).toInt() > 0, table);
    QVERIFY(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE status = 'failure'")).toInt() > 0);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE json_valid(metadata) = 0")).toInt(), 0);
}

void TestCommandLine::demo_differsBySeed()
{
    const QString a = m_dir.filePath(QStringLiteral("s1.db"));
    const QString b = m_dir.filePath(QStringLiteral("s2.db"));
    QCOMPARE(runAuditLens({QStringLiteral("demo"), a, QStringLiteral("--rows"), QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--end"), QStringLiteral("2026-11-28")}).exitCode, 0);
    QCOMPARE(runAuditLens({QStringLiteral("demo"), b, QStringLiteral("--rows"), QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--end"), QStringLiteral("2026-11-28")}).exitCode, 0);
    QVERIFY(fileHash(a) != fileHash(b));
}

void TestCommandLine::demo_plantsWhatTheRulesFlag()
{
    const QString path = m_dir.filePath(QStringLiteral("planted.db"));
    QVERIFY(writeDemo(path, 1000));
    Sql sql(path);
    // One SQL probe per rule of RULES.md for the activity the generator plants.
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity = 'products' AND entity_id = '777' "
                                       "AND json_extract(old_values, '$.price') = 100 AND json_extract(new_values, '$.price') = 130")).toInt(), 1);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE username = 'frank' AND entity = 'customers' AND entity_id >= '9000'")).toInt(), 25);
    QVERIFY(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE username = 'judy' AND substr(timestamp, 12, 5) = '23:14'")).toInt() >= 1);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'DELETE' AND entity = 'orders' AND entity_id = '5150'")).toInt(), 1);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'UPDATE' AND entity = 'products' AND entity_id = '42' AND username = 'grace'")).toInt(), 6);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'LOGIN_FAILED' AND ip_address = '203.0.113.50'")).toInt(), 6);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'LOGIN' AND username = 'carol' AND ip_address = '203.0.113.9'")).toInt(), 1);
    QVERIFY(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'LOGIN' AND username = 'carol' AND ip_address <> '203.0.113.9'")).toInt() >= 3);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'PERMISSION_DENIED' AND summary LIKE 'dave may not%'")).toInt(), 1);
}

void TestCommandLine::demo_badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{QStringLiteral("demo")};
    QTest::newRow("rows not a number") << QStringList{QStringLiteral("demo"), QStringLiteral("x.db"), QStringLiteral("--rows"), QStringLiteral("many")};
    QTest::newRow("negative rows") << QStringList{QStringLiteral("demo"), QStringLiteral("x.db"), QStringLiteral("--rows"), QStringLiteral("-5")};
    QTest::newRow("bad end date") << QStringList{QStringLiteral("demo"), QStringLiteral("x.db"), QStringLiteral("--end"), QStringLiteral("2026-02-30")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("demo"), QStringLiteral("x.db"), QStringLiteral("--colour")};
}

void TestCommandLine::demo_badArguments()
{
    QFETCH(QStringList, arguments);
    const ProcessResult r = runAuditLens(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("auditlens: "));
}

void TestCommandLine::schema_printsMappingJson()
{
    const QString path = m_dir.filePath(QStringLiteral("schema.db"));
    QVERIFY(writeDemo(path, 300));
    const ProcessResult r = runAuditLens({QStringLiteral("schema"), path});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QLatin1String("table")).toString(), QStringLiteral("audit_logs"));
    QCOMPARE(o.value(QLatin1String("profile")).toString(), QStringLiteral("native"));
    QCOMPARE(o.value(QLatin1String("key")).toString(), QStringLiteral("rowid"));
    QCOMPARE(o.value(QLatin1String("fields")).toObject().value(QLatin1String("ip")).toString(), QStringLiteral("ip_address"));
}

void TestCommandLine::unknownCommand_exitsTwo()
{
    const ProcessResult r = runAuditLens({QStringLiteral("schema")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("usage"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
