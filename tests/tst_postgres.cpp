// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite suites' checks against a real PostgreSQL server (ctest's postgres_server fixture),
// on the same demo data loaded into native PostgreSQL types.
#include "auditdatabase.h"
#include "entriesmodel.h"
#include "eventdetails.h"
#include "eventfilter.h"
#include "export/exporter.h"
#include "flags/flagrunner.h"
#include "pgsupport.h"
#include "statistics.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void schema_detectsNativeTableWithTypedTime();
    void seedSchemas_openWithoutDialog_data();
    void seedSchemas_openWithoutDialog();
    void paging_walksEveryRowOnceAcrossTies();
    void paging_backwardsMatchesForwards();
    void lastPageAndGoToPage_matchOffsets();
    void sort_matchesOrderBy_data();
    void sort_matchesOrderBy();
    void count_matchesSql();
    void filters_matchSqlAndSqlite_data();
    void filters_matchSqlAndSqlite();
    void statistics_matchSqlite();
    void charts_matchSqlite();
    void flags_equalSqliteFlagsById();
    void csvExport_writesEveryFilteredRow();
    void detail_rawRowAndRelatedEvents();
    void commandLine_schemaFlagsExport();
    void session_refusesWrites();
    void connect_wrongPasswordOrClosedPort_failsWithOneLine_data();
    void connect_wrongPasswordOrClosedPort_failsWithOneLine();
    void connect_passwordFromEnvironmentOrPgpass_data();
    void connect_passwordFromEnvironmentOrPgpass();

private:
    QList<qint64> walkForward(EntriesModel &model);
    QList<qint64> sqlIds(const QString &orderBy, const QString &where = QString());
    QList<EventFilter> sampleFilters() const;

    QTemporaryDir m_dir;
    QString m_sqlitePath;
    std::unique_ptr<PgOwner> m_owner;
    std::unique_ptr<AuditDatabase> m_pg;
    std::unique_ptr<AuditDatabase> m_lite;
    qint64 m_rows = 0;
};

void TestPostgres::initTestCase()
{
    if (testServerUrl().isEmpty())
        QFAIL(missingServerMessage().constData());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sqlitePath = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_sqlitePath, 3000));
    {
        // Ties: groups of up to 7 consecutive rows share one time, so pages break inside a tie.
        Sql sql(m_sqlitePath, QStringLiteral("ties"));
        QVERIFY(sql.exec(QStringLiteral("UPDATE audit_logs SET timestamp = (SELECT t.timestamp FROM audit_logs t "
                                        "WHERE t.id = audit_logs.id - audit_logs.id % 7) WHERE id % 7 <> 0 AND id > 7")));
        m_owner = std::make_unique<PgOwner>();
        QVERIFY2(m_owner->isOpen(), "the owner connection to the test server failed");
        QVERIFY(copyDemoToPostgres(sql.db(), *m_owner, QStringLiteral("audit_logs")));
        // Detection must find the native table alone (the seed tests add and drop their schemas).
        QVERIFY(m_owner->exec(QStringLiteral("DROP SCHEMA IF EXISTS seed001, seed004 CASCADE")));
    }
    QString error;
    m_pg = AuditDatabase::open(DatabaseLocation::parse(testServerUrl()), &error);
    QVERIFY2(m_pg, qPrintable(error));
    m_lite = AuditDatabase::open(DatabaseLocation::parse(m_sqlitePath), &error);
    QVERIFY2(m_lite, qPrintable(error));
    m_rows = m_owner->scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong();
    QVERIFY(m_rows >= 3000);
}

QList<qint64> TestPostgres::sqlIds(const QString &orderBy, const QString &where)
{
    QList<qint64> ids;
    for (const QVariant &v : m_owner->column(QStringLiteral("SELECT id FROM audit_logs %1 ORDER BY %2")
                                                 .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where,
                                                      orderBy)))
        ids << v.toLongLong();
    return ids;
}

QList<qint64> TestPostgres::walkForward(EntriesModel &model)
{
    QList<qint64> ids;
    model.firstPage();
    for (int guard = 0; guard < 1000 && waitForPage(model); ++guard) {
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.eventAt(r).key.toLongLong();
        if (!model.canGoNext() || !model.nextPage())
            break;
    }
    return ids;
}

void TestPostgres::schema_detectsNativeTableWithTypedTime()
{
    const SchemaMapping &m = m_pg->mapping();
    QCOMPARE(m.profileName, QStringLiteral("native"));
    QCOMPARE(m.table, QStringLiteral("audit_logs"));
    QCOMPARE(m.keyColumn, QStringLiteral("id"));
    QCOMPARE(m.kind, DatabaseKind::PostgreSQL);
    QVERIFY(m.timestampIsTyped);
    for (Field f : {Field::Actor, Field::Action, Field::Entity, Field::Status, Field::Ip, Field::Metadata})
        QCOMPARE(m.column(f), m_lite->mapping().column(f));
}

void TestPostgres::seedSchemas_openWithoutDialog_data()
{
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("newestAction");
    QTest::addColumn<QString>("newestSummary");
    // Seed 001 (FastAPI, SQLAlchemy on PostgreSQL): uuid id, jsonb metadata, timestamp without zone.
    QTest::newRow("seed 001") << QStringLiteral(
        "DROP SCHEMA IF EXISTS seed001 CASCADE;\n"
        "CREATE SCHEMA seed001;\n"
        "CREATE TABLE seed001.audit_logs (id uuid PRIMARY KEY, timestamp timestamp NOT NULL, user_id integer, "
        "action_type varchar(50) NOT NULL, resource_type varchar(50), resource_id varchar(255), description text, "
        "ip_address varchar(45), user_agent varchar(500), status varchar(20) NOT NULL, metadata jsonb);\n"
        "CREATE INDEX ON seed001.audit_logs (timestamp);\n"
        "INSERT INTO seed001.audit_logs VALUES ('6f1c0a7e-1d2b-4c3a-9e8f-0a1b2c3d4e5f', '2026-11-20 09:00:00.000001', "
        "3, 'login', 'user', '3', 'User logged in', '10.1.1.1', 'Mozilla/5.0', 'success', '{\"method\": \"password\"}');\n"
        "INSERT INTO seed001.audit_logs VALUES ('7a2d1b8f-2e3c-4d4b-8f90-1b2c3d4e5f60', '2026-11-20 09:05:00.250000', "
        "3, 'update', 'role', '12', 'Role permissions changed', '10.1.1.1', 'Mozilla/5.0', 'success', "
        "'{\"added\": [\"export\"]}');\n"
        "INSERT INTO seed001.audit_logs VALUES ('8b3e2c90-3f4d-4e5c-9012-2c3d4e5f6071', '2026-11-20 09:07:00.000000', "
        "NULL, 'error', 'data_upload', NULL, 'Unhandled exception in import', '10.1.1.2', 'python-requests/2.31', "
        "'error', '{\"severity\": \"ERROR\"}')")
                              << QStringLiteral("fastapi") << QStringLiteral("error")
                              << QStringLiteral("Unhandled exception in import");
    // Seed 004 (Backstitch Inventory): one changed field with its old and new value.
    QTest::newRow("seed 004") << QStringLiteral(
        "DROP SCHEMA IF EXISTS seed004 CASCADE;\n"
        "CREATE SCHEMA seed004;\n"
        "CREATE TABLE seed004.audit_logs (id serial PRIMARY KEY, timestamp timestamp, user_id integer, "
        "username varchar NOT NULL, action varchar NOT NULL, entity varchar NOT NULL, entity_id integer NOT NULL, "
        "field_changed varchar, old_value varchar, new_value varchar);\n"
        "INSERT INTO seed004.audit_logs VALUES (1, '2026-11-22 08:00:00.123456', 0, 'eve@example.com', "
        "'LOGIN_FAILED', 'User', 0, NULL, NULL, 'Login failed: user not found');\n"
        "INSERT INTO seed004.audit_logs VALUES (2, '2026-11-22 08:01:00', 5, 'ann@example.com', 'UPDATE', "
        "'Product', 42, 'price', '100', '130')")
                              << QStringLiteral("backstitch") << QStringLiteral("UPDATE")
                              << QStringLiteral("price: 100 → 130");
}

void TestPostgres::seedSchemas_openWithoutDialog()
{
    QFETCH(QString, ddl);
    QFETCH(QString, profile);
    QFETCH(QString, newestAction);
    QFETCH(QString, newestSummary);
    QVERIFY(m_owner->script(ddl));
    const QString schema = QString::fromLatin1(QTest::currentDataTag()).remove(u' ');
    QVERIFY(m_owner->exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO auditlens").arg(schema)));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(urlWithTable(schema + QStringLiteral(".audit_logs"))),
                                        &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->mapping().profileName, profile);
    QVERIFY(db->mapping().timestampIsTyped);
    EntriesModel model(db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.select());
    QCOMPARE(model.eventAt(0).action, newestAction);
    QCOMPARE(model.eventAt(0).summary, newestSummary);
    QVERIFY(model.eventAt(0).timestamp.has_value());
    // A filter on the typed time and a text search (ILIKE over uuid and jsonb cast to text).
    FilterCompiler compiler(db->mapping());
    QVERIFY(compiler.prepare(db->database()));
    EventFilter f;
    f.from = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    f.text = QStringLiteral("E");
    QSignalSpy counted(&model, &EntriesModel::totalCountChanged);
    model.setCondition(compiler.compile(f));
    QVERIFY(waitForPage(model)); // a text search reads its page on a worker
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.totalCount() >= 0 || counted.wait(20000)); // the count runs on a worker: let it end before the schema goes
    QCOMPARE(model.totalCount(), qint64(model.rowCount()));
    const QList<RawColumn> raw = EventDetails::readRawRow(db->database(), db->mapping(), model.eventAt(0).key, &error);
    QVERIFY2(!raw.isEmpty(), qPrintable(error));
    QVERIFY(m_owner->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)));
}

void TestPostgres::paging_walksEveryRowOnceAcrossTies()
{
    EntriesModel model(m_pg.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(50);
    QVERIFY(model.select());
    QCOMPARE(walkForward(model), sqlIds(QStringLiteral("timestamp DESC, id DESC")));
    QVERIFY(m_owner->scalar(QStringLiteral("SELECT count(*) FROM (SELECT timestamp FROM audit_logs GROUP BY 1 "
                                           "HAVING count(*) > 1) t")).toInt() > 100);
}

void TestPostgres::paging_backwardsMatchesForwards()
{
    EntriesModel model(m_pg.get());
    model.setPageSize(64);
    QVERIFY(model.select());
    QList<QList<qint64>> pages;
    for (;;) {
        QList<qint64> page;
        for (int r = 0; r < model.rowCount(); ++r)
            page << model.eventAt(r).key.toLongLong();
        pages << page;
        if (!model.canGoNext() || !model.nextPage())
            break;
    }
    for (qsizetype p = pages.size() - 2; p >= 0; --p) {
        QVERIFY(model.previousPage());
        QList<qint64> page;
        for (int r = 0; r < model.rowCount(); ++r)
            page << model.eventAt(r).key.toLongLong();
        QCOMPARE(page, pages.at(p));
    }
}

void TestPostgres::lastPageAndGoToPage_matchOffsets()
{
    EntriesModel model(m_pg.get());
    QSignalSpy counted(&model, &EntriesModel::totalCountChanged);
    model.setPageSize(70);
    QVERIFY(model.select());
    QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() >= 0, 20000);
    const QList<qint64> all = sqlIds(QStringLiteral("timestamp DESC, id DESC"));
    QVERIFY(model.goToPage(17));
    QCOMPARE(model.eventAt(0).key.toLongLong(), all.at(17 * 70));
    QVERIFY(model.lastPage());
    QCOMPARE(model.eventAt(model.rowCount() - 1).key.toLongLong(), all.last());
    QCOMPARE(model.rowCount(), int(all.size() - (model.pageCount() - 1) * 70));
    // goToKey finds the page of a row in the middle of a tie.
    QVERIFY(model.goToKey(QVariant(all.at(1234))));
    QCOMPARE(model.pageIndex(), 1234 / 70);
    // reloadPage (used after a reconnect) shows the same rows again.
    const qint64 first = model.eventAt(0).key.toLongLong();
    QVERIFY(model.reloadPage());
    QCOMPARE(model.eventAt(0).key.toLongLong(), first);
}

void TestPostgres::sort_matchesOrderBy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("time asc") << int(EntriesModel::TimeColumn) << int(Qt::AscendingOrder)
                              << QStringLiteral("timestamp ASC, id ASC");
    QTest::newRow("user asc") << int(EntriesModel::UserColumn) << int(Qt::AscendingOrder)
                              << QStringLiteral("username IS NULL, username ASC, id ASC");
    QTest::newRow("action desc") << int(EntriesModel::ActionColumn) << int(Qt::DescendingOrder)
                                 << QStringLiteral("action IS NULL, action DESC, id DESC");
    QTest::newRow("record asc") << int(EntriesModel::RecordColumn) << int(Qt::AscendingOrder)
                                << QStringLiteral("entity_id IS NULL, entity_id ASC, id ASC");
    QTest::newRow("ip desc") << int(EntriesModel::IpColumn) << int(Qt::DescendingOrder)
                             << QStringLiteral("ip_address IS NULL, ip_address DESC, id DESC");
}

void TestPostgres::sort_matchesOrderBy()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, orderBy);
    EntriesModel model(m_pg.get());
    model.setPageSize(200);
    QVERIFY(model.select());
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(walkForward(model), sqlIds(orderBy));
}

void TestPostgres::count_matchesSql()
{
    EntriesModel model(m_pg.get());
    QSignalSpy counted(&model, &EntriesModel::totalCountChanged);
    QVERIFY(model.select());
    QVERIFY(counted.wait(20000));
    QCOMPARE(model.totalCount(), m_rows);
}

QList<EventFilter> TestPostgres::sampleFilters() const
{
    QList<EventFilter> out;
    EventFilter f;
    f.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    f.to = QDateTime(QDate(2026, 11, 15), QTime(12, 0), Qt::UTC);
    out << f;
    f = {};
    f.actions = {QStringLiteral("LOGIN"), QStringLiteral("DELETE")};
    out << f;
    f = {};
    f.categories = {Category::Auth};
    out << f;
    f = {};
    f.tables = {QStringLiteral("products")};
    out << f;
    f = {};
    f.users = {QStringLiteral("system")};
    out << f;
    f = {};
    f.statuses = {Status::Failure, Status::Error};
    out << f;
    f = {};
    f.ip = QStringLiteral("10.*");
    out << f;
    f = {};
    f.text = QStringLiteral("PRICE"); // ILIKE: case-insensitive as on SQLite
    out << f;
    f = {};
    f.text = QStringLiteral("50%_");  // LIKE wildcards match themselves
    out << f;
    return out;
}

void TestPostgres::filters_matchSqlAndSqlite_data()
{
    QTest::addColumn<int>("index");
    const QList<EventFilter> filters = sampleFilters();
    for (int i = 0; i < filters.size(); ++i)
        QTest::addRow("%s", QJsonDocument(filters.at(i).toJson()).toJson(QJsonDocument::Compact).constData()) << i;
}

void TestPostgres::filters_matchSqlAndSqlite()
{
    QFETCH(int, index);
    const EventFilter filter = sampleFilters().at(index);
    FilterCompiler pg(m_pg->mapping());
    QVERIFY(pg.prepare(m_pg->database()));
    FilterCompiler lite(m_lite->mapping());
    QVERIFY(lite.prepare(m_lite->database()));
    const SqlCondition pgWhere = pg.compile(filter);
    const SqlCondition liteWhere = lite.compile(filter);
    const qint64 pgCount = m_owner->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE ") + pgWhere.sql,
                                           pgWhere.values).toLongLong();
    Sql sqlite(m_sqlitePath, QStringLiteral("filters"));
    const qint64 liteCount = sqlite.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE ") + liteWhere.sql,
                                           liteWhere.values).toLongLong();
    QCOMPARE(pgCount, liteCount);
    if (index != 8) // the wildcard text is meant to match nothing
        QVERIFY(pgCount > 0);
    EntriesModel model(m_pg.get());
    QSignalSpy counted(&model, &EntriesModel::totalCountChanged);
    model.setCondition(pgWhere);
    QVERIFY(waitForPage(model));
    QVERIFY(counted.count() > 0 || counted.wait(20000));
    QCOMPARE(model.totalCount(), pgCount);
    QCOMPARE(model.rowCount(), int(std::min<qint64>(pgCount, model.pageSize())));
}

void TestPostgres::statistics_matchSqlite()
{
    const QDateTime now(QDate(2026, 11, 28), QTime(15, 30), Qt::UTC);
    FilterCompiler pg(m_pg->mapping());
    QVERIFY(pg.prepare(m_pg->database()));
    FilterCompiler lite(m_lite->mapping());
    QVERIFY(lite.prepare(m_lite->database()));
    const StatisticsSnapshot a = Statistics::compute(m_pg->database(), pg, now);
    const StatisticsSnapshot b = Statistics::compute(m_lite->database(), lite, now);
    QVERIFY(a.valid);
    QCOMPARE(a.total, b.total);
    QCOMPARE(a.total, m_owner->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE timestamp >= "
                                                     "'2026-11-21T15:30:00Z'")).toLongLong());
    QCOMPARE(a.activeUsers, b.activeUsers);
    QCOMPARE(a.today, b.today);
    QCOMPARE(a.successes, b.successes);
    QCOMPARE(a.failures, b.failures);
    QCOMPARE(a.topActions, b.topActions);
}

void TestPostgres::charts_matchSqlite()
{
    FilterCompiler pg(m_pg->mapping());
    QVERIFY(pg.prepare(m_pg->database()));
    FilterCompiler lite(m_lite->mapping());
    QVERIFY(lite.prepare(m_lite->database()));
    EventFilter f;
    f.from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    const ChartData a = Statistics::computeCharts(m_pg->database(), pg, f);
    const ChartData b = Statistics::computeCharts(m_lite->database(), lite, f);
    QVERIFY(a.valid);
    QCOMPARE(a.perDay, b.perDay);
    QCOMPARE(a.topUsers, b.topUsers);
}

void TestPostgres::flags_equalSqliteFlagsById()
{
    auto flagsOf = [](AuditDatabase &db) {
        QMap<QString, QStringList> out;
        Flags::FlagRunner runner(db, Flags::RuleSettings());
        runner.setOnFlag([&](const AuditEvent &e, const Flags::FlagMatch &m) { out.insert(e.id, m.rules); });
        const Flags::RunResult result = runner.run(Flags::RunMode::Full);
        if (!result.ok)
            qWarning("flag run failed: %s", qPrintable(result.error));
        return out;
    };
    const QMap<QString, QStringList> pg = flagsOf(*m_pg);
    const QMap<QString, QStringList> lite = flagsOf(*m_lite);
    QVERIFY(!lite.isEmpty());
    QCOMPARE(pg.keys(), lite.keys());
    QCOMPARE(pg, lite);
}

void TestPostgres::csvExport_writesEveryFilteredRow()
{
    FilterCompiler pg(m_pg->mapping());
    QVERIFY(pg.prepare(m_pg->database()));
    EventFilter f;
    f.categories = {Category::Update};
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.outputPath = m_dir.filePath(QStringLiteral("pg.csv"));
    options.condition = pg.compile(f);
    const ExportResult result = Exporter::run(*m_pg, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    const qint64 expected = m_owner->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE ")
                                                + options.condition.sql,
                                            options.condition.values).toLongLong();
    QCOMPARE(result.rows, expected);
    QFile file(options.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Multi-line cells are quoted; count records by their leading id instead of by lines.
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.size() > expected);
}

void TestPostgres::detail_rawRowAndRelatedEvents()
{
    QString error;
    const QList<RawColumn> raw = EventDetails::readRawRow(m_pg->database(), m_pg->mapping(), QVariant(qint64(1500)),
                                                          &error);
    QVERIFY2(!raw.isEmpty(), qPrintable(error));
    QCOMPARE(raw.size(), 16);
    QCOMPARE(raw.at(0).name, QStringLiteral("id"));
    QCOMPARE(raw.at(0).value.toLongLong(), 1500);
    const QList<RawColumn> liteRaw = EventDetails::readRawRow(m_lite->database(), m_lite->mapping(),
                                                              QVariant(qint64(1500)), &error);
    QCOMPARE(raw.at(3).value.toString(), liteRaw.at(3).value.toString()); // username
    QVERIFY(raw.at(1).value.toString().contains(QLatin1String(".120456")) || raw.at(1).value.isValid());

    EntriesModel model(m_pg.get());
    QVERIFY(model.select());
    QVERIFY(model.goToKey(QVariant(qint64(1500))));
    const AuditEvent event = model.eventAt(model.rowOfKey(QVariant(qint64(1500))));
    EntriesModel liteModel(m_lite.get());
    QVERIFY(liteModel.select());
    QVERIFY(liteModel.goToKey(QVariant(qint64(1500))));
    const AuditEvent liteEvent = liteModel.eventAt(liteModel.rowOfKey(QVariant(qint64(1500))));
    const RelatedEvents a = EventDetails::loadRelated(m_pg->location(), m_pg->mapping(), event);
    const RelatedEvents b = EventDetails::loadRelated(m_lite->database(), m_lite->mapping(), liteEvent);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    auto ids = [](const QList<AuditEvent> &events) {
        QStringList out;
        for (const AuditEvent &e : events)
            out << e.id;
        return out;
    };
    QCOMPARE(ids(a.history), ids(b.history));
    QCOMPARE(ids(a.activity), ids(b.activity));
    QVERIFY(!a.activity.isEmpty());
}

void TestPostgres::commandLine_schemaFlagsExport()
{
    const ProcessResult schema = runAuditLens({QStringLiteral("schema"), testServerUrl()});
    QVERIFY2(schema.exitCode == 0, schema.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(schema.out).object();
    QCOMPARE(json.value(QLatin1String("table")).toString(), QStringLiteral("audit_logs"));

    const ProcessResult flags = runAuditLens({QStringLiteral("flags"), testServerUrl(), QStringLiteral("--json")});
    QVERIFY2(flags.exitCode == 0, flags.err.constData());
    const ProcessResult liteFlags = runAuditLens({QStringLiteral("flags"), m_sqlitePath, QStringLiteral("--json")});
    QCOMPARE(flags.out.count('\n'), liteFlags.out.count('\n'));
    QVERIFY(flags.out.count('\n') > 0);

    const QString out = m_dir.filePath(QStringLiteral("cli.json"));
    const ProcessResult exported = runAuditLens({QStringLiteral("export"), testServerUrl(), QStringLiteral("--format"),
                                                 QStringLiteral("json"), QStringLiteral("--output"), out});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(QFileInfo(out).size() > 0);

    const ProcessResult bad = runAuditLens({QStringLiteral("schema"),
                                            QStringLiteral("postgresql://auditlens@127.0.0.1:1/nothing")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err.trimmed().count('\n'), 0);
}

void TestPostgres::session_refusesWrites()
{
    QSqlQuery q(m_pg->database());
    QVERIFY(q.exec(QStringLiteral("SHOW default_transaction_read_only")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("on"));
    QVERIFY(q.exec(QStringLiteral("SHOW statement_timeout")) && q.next());
    QVERIFY(q.value(0).toString() != QLatin1String("0"));
    // The owner grants the viewer role every right, so only the read-only session can refuse.
    QVERIFY(m_owner->exec(QStringLiteral("GRANT ALL ON audit_logs TO auditlens")));
    QVERIFY(m_owner->exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO auditlens")));
    for (const QString &sql :
         {QStringLiteral("INSERT INTO audit_logs (timestamp, action) VALUES (now(), 'HACK')"),
          QStringLiteral("UPDATE audit_logs SET action = 'HACK' WHERE id = 1"),
          QStringLiteral("DELETE FROM audit_logs WHERE id = 1"), QStringLiteral("CREATE TABLE hack (x int)")}) {
        QSqlQuery w(m_pg->database());
        QVERIFY2(!w.exec(sql), qPrintable(sql));
        QVERIFY(w.lastError().text().contains(QLatin1String("read-only")));
    }
    QVERIFY(m_owner->exec(QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_logs FROM auditlens")));
    QVERIFY(m_owner->exec(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM auditlens")));
    QCOMPARE(m_owner->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'HACK'")).toInt(), 0);
}

void TestPostgres::connect_wrongPasswordOrClosedPort_failsWithOneLine_data()
{
    const DatabaseLocation loc = DatabaseLocation::parse(testServerUrl());
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password") << QStringLiteral("postgresql://auditlens_pw:wrong@%1:%2/%3")
                                           .arg(loc.host)
                                           .arg(loc.port)
                                           .arg(loc.database)
                                    << QStringLiteral("password");
    QTest::newRow("closed port") << QStringLiteral("postgresql://auditlens@127.0.0.1:1/auditlens_test")
                                 << QStringLiteral("127.0.0.1");
}

void TestPostgres::connect_wrongPasswordOrClosedPort_failsWithOneLine()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(url), &error);
    QVERIFY(!db);
    QVERIFY(timer.elapsed() < 12000);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("wrong")), "the password must not appear in the message");
}

void TestPostgres::connect_passwordFromEnvironmentOrPgpass_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<bool>("viaFile");
    QTest::newRow("PGPASSWORD") << QByteArrayLiteral("PGPASSWORD") << false;
    QTest::newRow("pgpass file") << QByteArrayLiteral("PGPASSFILE") << true;
}

void TestPostgres::connect_passwordFromEnvironmentOrPgpass()
{
    QFETCH(QByteArray, variable);
    QFETCH(bool, viaFile);
    // auditlens_pw needs its password (scram-sha-256); the URL gives none.
    DatabaseLocation loc = DatabaseLocation::parse(testServerUrl());
    loc.user = QStringLiteral("auditlens_pw");
    QString error;
    QVERIFY(!AuditDatabase::open(loc, &error));
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));

    QByteArray value = QByteArrayLiteral("right-password");
    if (viaFile) {
        // libpq reads ~/.pgpass (or PGPASSFILE) itself when no password is set on the driver.
        const QString path = m_dir.filePath(QStringLiteral("pgpass"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("%1:%2:%3:auditlens_pw:right-password\n").arg(loc.host).arg(loc.port).arg(loc.database).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // libpq ignores a shared file
        value = path.toLocal8Bit();
    }
    qputenv(variable.constData(), value);
    const auto db = AuditDatabase::open(loc, &error);
    qunsetenv(variable.constData());
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT current_user")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("auditlens_pw"));
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
