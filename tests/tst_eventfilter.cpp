// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "demogenerator.h"
#include "eventfilter.h"
#include "timestampparser.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace AuditLens;

namespace {

// Rows whose text holds SQL and LIKE metacharacters; each must be found only by itself.
const QStringList kTrickyTexts = {
    QStringLiteral("50% off the list price"), QStringLiteral("snake_case_name"), QStringLiteral("C:\\temp\\dump"),
    QStringLiteral("O'Brien's order"), QStringLiteral("semi;colon;here"),
    QStringLiteral("x'; DROP TABLE audit_logs; --"), QStringLiteral("\" OR 1=1 --"),
};

qint64 count(const QSqlDatabase &db, const QString &where, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM audit_logs WHERE ") + where)) {
        qWarning("prepare failed: %s", qPrintable(q.lastError().text()));
        return -1;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("exec failed: %s", qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QString queryPlan(const QSqlDatabase &db, const SqlCondition &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM audit_logs WHERE ") + c.sql);
    for (const QVariant &v : c.values)
        q.addBindValue(v);
    q.exec();
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines.join(u'\n');
}

} // namespace

class tst_EventFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void compiledFilter_matchesSqlCount_data();
    void compiledFilter_matchesSqlCount();
    void textSearch_metacharactersMatchLiterally_data();
    void textSearch_metacharactersMatchLiterally();
    void indexedFilters_useAnIndex_data();
    void indexedFilters_useAnIndex();
    void commandLine_dateAloneMeansWholeDay();
    void commandLine_badValues_reportError_data();
    void commandLine_badValues_reportError();
    void json_roundTrips();
    void flaggedOnly_withoutFlagStore_matchesNothing();
    void statusCandidates_normalizeToTheirStatus();
    void dateRange_boundInColumnsOwnForm_data();
    void dateRange_boundInColumnsOwnForm();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDatabase> m_db;
    FilterCompiler m_compiler;
};

void tst_EventFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.db"));
    DemoGenerator::Options options;
    options.rows = 4000;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    QVERIFY2(DemoGenerator::write(path, options, &error), qPrintable(error));
    {
        // The viewer never writes; the test adds its tricky rows before opening it.
        QSqlDatabase w = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        w.setDatabaseName(path);
        QVERIFY(w.open());
        QSqlQuery q(w);
        for (const QString &text : kTrickyTexts) {
            q.prepare(QStringLiteral("INSERT INTO audit_logs (timestamp, username, action, entity, summary, status) "
                                     "VALUES ('2026-11-27T10:00:00.000Z', 'tester', 'UPDATE', 'notes', ?, 'success')"));
            q.addBindValue(text);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        w.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    DatabaseLocation location;
    location.path = path;
    m_db = AuditDatabase::open(location, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_compiler = FilterCompiler(m_db->mapping());
    QVERIFY(m_compiler.prepare(m_db->database(), &error));
    QCOMPARE(m_compiler.timestampStyle().kind, TimestampStyle::IsoText);
}

void tst_EventFilter::compiledFilter_matchesSqlCount_data()
{
    QTest::addColumn<QString>("filterJson");
    QTest::addColumn<QString>("handSql");
    QTest::addColumn<bool>("expectRows");
    QTest::newRow("empty") << "{}" << "1" << true;
    QTest::newRow("from") << R"({"from":"2026-11-20T00:00:00Z"})" << "timestamp >= '2026-11-20T00:00:00.000Z'" << true;
    QTest::newRow("to") << R"({"to":"2026-09-15T12:30:00Z"})" << "timestamp < '2026-09-15T12:30:00.000Z'" << true;
    QTest::newRow("range") << R"({"from":"2026-11-01T00:00:00Z","to":"2026-11-08T00:00:00Z"})"
                           << "timestamp >= '2026-11-01' AND timestamp < '2026-11-08'" << true;
    QTest::newRow("action") << R"({"actions":["LOGIN"]})" << "action = 'LOGIN'" << true;
    QTest::newRow("action-case") << R"({"actions":["login","logout"]})" << "action IN ('LOGIN','LOGOUT')" << true;
    QTest::newRow("category-delete") << R"({"categories":["delete"]})" << "action = 'DELETE'" << true;
    QTest::newRow("category-auth")
        << R"({"categories":["auth"]})"
        << "action IN ('LOGIN','LOGOUT','LOGIN_FAILED','PASSWORD_CHANGE','PASSWORD_RESET')" << true;
    QTest::newRow("table") << R"({"tables":["orders"]})" << "entity = 'orders'" << true;
    QTest::newRow("tables") << R"({"tables":["orders","usrs"]})" << "entity IN ('orders','usrs')" << true;
    QTest::newRow("user") << R"({"users":["alice"]})" << "username = 'alice'" << true;
    QTest::newRow("status-failure") << R"({"statuses":["failure"]})" << "status = 'failure'" << true;
    QTest::newRow("status-error") << R"({"statuses":["error"]})" << "status = 'error'" << true;
    QTest::newRow("status-success") << R"({"statuses":["success"]})" << "status = 'success'" << true;
    QTest::newRow("ip") << R"({"ip":"192.168.1.10"})" << "ip_address = '192.168.1.10'" << true;
    QTest::newRow("ip-prefix") << R"({"ip":"10.0.0.*"})" << "ip_address LIKE '10.0.0.%'" << true;
    QTest::newRow("text") << R"({"text":"espresso"})"
                          << "summary LIKE '%espresso%' OR old_values LIKE '%espresso%' OR new_values LIKE "
                             "'%espresso%' OR metadata LIKE '%espresso%' OR username LIKE '%espresso%'"
                          << true;
    QTest::newRow("combined")
        << R"({"from":"2026-10-01T00:00:00Z","actions":["UPDATE"],"tables":["products"],"users":["bob"],"statuses":["success"]})"
        << "timestamp >= '2026-10-01' AND action = 'UPDATE' AND entity = 'products' AND username = 'bob' AND "
           "status = 'success'"
        << true;
    QTest::newRow("nothing") << R"({"users":["nobody-at-all"]})" << "0" << false;
}

void tst_EventFilter::compiledFilter_matchesSqlCount()
{
    QFETCH(QString, filterJson);
    QFETCH(QString, handSql);
    QFETCH(bool, expectRows);
    const EventFilter filter = EventFilter::fromJson(QJsonDocument::fromJson(filterJson.toUtf8()).object());
    const SqlCondition c = m_compiler.compile(filter);
    const qint64 expected = count(m_db->database(), handSql);
    const qint64 actual = count(m_db->database(), c.isEmpty() ? QStringLiteral("1") : c.sql, c.values);
    QCOMPARE(actual, expected);
    QCOMPARE(expected > 0, expectRows);
}

void tst_EventFilter::textSearch_metacharactersMatchLiterally_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("percent") << "%";
    QTest::newRow("underscore") << "_case_";
    QTest::newRow("backslash") << "\\temp\\";
    QTest::newRow("quote") << "O'Brien";
    QTest::newRow("semicolon") << ";colon;";
    QTest::newRow("injection") << "'; DROP TABLE audit_logs; --";
    QTest::newRow("or-1-1") << "\" OR 1=1 --";
    QTest::newRow("lone-quote") << "'";
}

void tst_EventFilter::textSearch_metacharactersMatchLiterally()
{
    QFETCH(QString, needle);
    EventFilter filter;
    filter.text = needle;
    const SqlCondition c = m_compiler.compile(filter);
    // instr() has no metacharacters: the literal truth, over the same columns.
    const QString literal = QStringLiteral(
        "instr(lower(coalesce(summary,'') || char(1) || coalesce(old_values,'') || char(1) || coalesce(new_values,'') "
        "|| char(1) || coalesce(metadata,'') || char(1) || coalesce(id,'') || char(1) || coalesce(entity_id,'') || "
        "char(1) || coalesce(username,'') || char(1) || coalesce(user_id,'') || char(1) || coalesce(ip_address,'') "
        "|| char(1) || coalesce(user_agent,'')), lower(?)) > 0");
    const qint64 expected = count(m_db->database(), literal, {needle});
    QVERIFY(expected >= 1);
    QCOMPARE(count(m_db->database(), c.sql, c.values), expected);
    QVERIFY(count(m_db->database(), QStringLiteral("1")) > 4000); // the table is still there
}

void tst_EventFilter::indexedFilters_useAnIndex_data()
{
    QTest::addColumn<QString>("filterJson");
    QTest::newRow("date") << R"({"from":"2026-11-20T00:00:00Z","to":"2026-11-21T00:00:00Z"})";
    QTest::newRow("action") << R"({"actions":["LOGIN"]})";
    QTest::newRow("category") << R"({"categories":["delete"]})";
    QTest::newRow("table") << R"({"tables":["orders"]})";
    QTest::newRow("user") << R"({"users":["alice"]})";
}

void tst_EventFilter::indexedFilters_useAnIndex()
{
    QFETCH(QString, filterJson);
    const EventFilter filter = EventFilter::fromJson(QJsonDocument::fromJson(filterJson.toUtf8()).object());
    const QString plan = queryPlan(m_db->database(), m_compiler.compile(filter));
    QVERIFY2(plan.contains(QStringLiteral("USING")) && !plan.contains(QStringLiteral("SCAN audit_logs\n"))
                 && plan != QStringLiteral("SCAN audit_logs"),
             qPrintable(plan));
}

void tst_EventFilter::commandLine_dateAloneMeansWholeDay()
{
    QCommandLineParser parser;
    FilterOptions::addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("auditlens"), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                          QStringLiteral("--to"), QStringLiteral("2026-11-20")}));
    EventFilter filter;
    QString error;
    QVERIFY2(FilterOptions::parse(parser, &filter, &error), qPrintable(error));
    QCOMPARE(filter.from, QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC));
    QCOMPARE(filter.to, QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC));
    const SqlCondition c = m_compiler.compile(filter);
    const qint64 expected = count(m_db->database(), QStringLiteral("substr(timestamp, 1, 10) = '2026-11-20'"));
    QVERIFY(expected > 0);
    QCOMPARE(count(m_db->database(), c.sql, c.values), expected);
}

void tst_EventFilter::commandLine_badValues_reportError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad-date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-45")};
    QTest::newRow("words") << QStringList{QStringLiteral("--to"), QStringLiteral("yesterday")};
    QTest::newRow("reversed") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                                             QStringLiteral("--to"), QStringLiteral("2026-11-01")};
    QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("maybe")};
    QTest::newRow("ip") << QStringList{QStringLiteral("--ip"), QStringLiteral("1.2.3.4; DROP")};
}

void tst_EventFilter::commandLine_badValues_reportError()
{
    QFETCH(QStringList, args);
    QCommandLineParser parser;
    FilterOptions::addTo(parser);
    QVERIFY(parser.parse(QStringList{QStringLiteral("auditlens")} + args));
    EventFilter filter;
    QString error;
    QVERIFY(!FilterOptions::parse(parser, &filter, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u'\n'));
}

void tst_EventFilter::json_roundTrips()
{
    EventFilter f;
    f.from = QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
    f.to = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);
    f.actions = {QStringLiteral("LOGIN")};
    f.categories = {Category::Delete, Category::Update};
    f.tables = {QStringLiteral("orders")};
    f.users = {QStringLiteral("alice"), QStringLiteral("bob")};
    f.statuses = {Status::Failure};
    f.ip = QStringLiteral("10.0.0.*");
    f.text = QStringLiteral("50% 'x'");
    f.flaggedOnly = true;
    f.reviewState = QStringLiteral("open");
    QCOMPARE(EventFilter::fromJson(f.toJson()), f);
    QCOMPARE(f.activeCount(), 9);
    QCOMPARE(EventFilter::fromJson({}), EventFilter());
    QVERIFY(EventFilter().isEmpty());
}

void tst_EventFilter::flaggedOnly_withoutFlagStore_matchesNothing()
{
    EventFilter f;
    f.flaggedOnly = true;
    FilterCompiler compiler = m_compiler;
    SqlCondition c = compiler.compile(f);
    QCOMPARE(count(m_db->database(), c.sql, c.values), 0);
    QString seenState = QStringLiteral("unset");
    compiler.setFlagConditionProvider([&seenState](const QString &state) {
        seenState = state;
        return SqlCondition{QStringLiteral("action = ?"), {QStringLiteral("DELETE")}};
    });
    c = compiler.compile(f);
    QCOMPARE(seenState, QString());
    QCOMPARE(count(m_db->database(), c.sql, c.values), count(m_db->database(), QStringLiteral("action = 'DELETE'")));
}

void tst_EventFilter::statusCandidates_normalizeToTheirStatus()
{
    // Each raw value the compiler binds for a status must be read back as that status.
    SchemaMapping mapping = m_db->mapping();
    FilterCompiler compiler(mapping);
    for (Status s : {Status::Success, Status::Failure, Status::Error}) {
        EventFilter f;
        f.statuses = {s};
        const SqlCondition c = compiler.compile(f);
        QVERIFY(!c.values.isEmpty());
        for (const QVariant &v : c.values)
            QCOMPARE(Actions::normalizeStatus(v.toString()), s);
    }
}

void tst_EventFilter::dateRange_boundInColumnsOwnForm_data()
{
    QTest::addColumn<QVariantList>("stored");
    QTest::addColumn<int>("expectedKind");
    const auto texts = [](std::initializer_list<const char *> list) {
        QVariantList out;
        for (const char *s : list)
            out << QString::fromLatin1(s);
        return out;
    };
    QTest::newRow("iso-z-ms") << texts({"2026-11-19T23:59:59.999Z", "2026-11-20T00:00:00.000Z",
                                        "2026-11-20T12:00:00.120Z", "2026-11-21T00:00:00.000Z"})
                              << int(TimestampStyle::IsoText);
    QTest::newRow("sqlalchemy") << texts({"2026-11-19 23:59:59.999999", "2026-11-20 00:00:00",
                                          "2026-11-20 00:00:00.5", "2026-11-20 23:59:59.999999",
                                          "2026-11-21 00:00:00", "2026-11-20 10:00:00.000001"})
                                << int(TimestampStyle::IsoText);
    QTest::newRow("epoch-s") << QVariantList{1795132799LL, 1795132800LL, 1795219199LL, 1795219200LL}
                             << int(TimestampStyle::EpochSeconds);
    QTest::newRow("epoch-ms") << QVariantList{1795132799999LL, 1795132800000LL, 1795219199999LL, 1795219200000LL}
                              << int(TimestampStyle::EpochMillis);
    QTest::newRow("offsets") << texts({"2026-11-20T01:30:00+02:00", "2026-11-20T00:30:00Z", "2026-11-19T23:00:00Z",
                                       "2026-11-21T01:00:00+02:00"})
                             << int(TimestampStyle::Unknown);
}

void tst_EventFilter::dateRange_boundInColumnsOwnForm()
{
    QFETCH(QVariantList, stored);
    QFETCH(int, expectedKind);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("styles"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (ts)")));
        for (const QVariant &v : stored) {
            q.prepare(QStringLiteral("INSERT INTO t (ts) VALUES (?)"));
            q.addBindValue(v);
            QVERIFY(q.exec());
        }
        SchemaMapping mapping;
        mapping.table = QStringLiteral("t");
        mapping.keyColumn = QStringLiteral("rowid");
        mapping.columns.insert(int(Field::Timestamp), {QStringLiteral("ts")});
        FilterCompiler compiler(mapping);
        QVERIFY(compiler.prepare(db));
        QCOMPARE(int(compiler.timestampStyle().kind), expectedKind);
        EventFilter f;
        f.from = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
        f.to = f.from.addDays(1);
        int expected = 0;
        for (const QVariant &v : stored) {
            const qint64 ms = *Timestamps::parse(v);
            expected += int(ms >= f.from.toMSecsSinceEpoch() && ms < f.to.toMSecsSinceEpoch());
        }
        const SqlCondition c = compiler.compile(f);
        q.prepare(QStringLiteral("SELECT count(*) FROM t WHERE ") + c.sql);
        for (const QVariant &v : c.values)
            q.addBindValue(v);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), expected);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("styles"));
}

QTEST_GUILESS_MAIN(tst_EventFilter)
#include "tst_eventfilter.moc"
