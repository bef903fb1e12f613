// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit tables that frameworks write (tests/data/frameworks/, each fixture citing its source),
// opened with no dialog on SQLite and on the PostgreSQL test server (ctest's postgres_server
// fixture): detected, paged, filtered, flagged, exported, and their before/after values read.
#include "auditdatabase.h"
#include "changeextractor.h"
#include "csvoracle.h"
#include "entriesmodel.h"
#include "eventdetails.h"
#include "eventfilter.h"
#include "export/exporter.h"
#include "flags/flagrunner.h"
#include "pgsupport.h"
#include "structuredtext.h"
#include "testsupport.h"
#include "timestampparser.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

namespace {

// What each fixture holds (the same six rows on both engines; ids 1..6).
struct Framework {
    const char *name;        // fixture base name and profile name
    const char *sqliteTable;
    const char *pgTable;
    int updates;             // rows in the update category
    const char *user;        // a user filter value, and the rows it matches
    int userRows;
    const char *table;       // a table filter value, and the rows it matches
    int tableRows;
    int rowsOn24th;          // rows on 2026-11-24 (UTC)
    // The update row 2: one of its changes. Empty old/new mean "no value" (Django admin).
    const char *field;
    const char *oldValue;
    const char *newValue;
    bool sensitiveDelete;    // row 4 deletes from a table RULES.md calls sensitive ("orders", "Order")
};

const Framework kFrameworks[] = {
    {"django-auditlog", "auditlog_logentry", "auditlog_logentry", 3, "kim@example.com", 3, "9", 1, 3,
     "total", "100.00", "150.00", false},
    {"django-admin-log", "django_admin_log", "django_admin_log", 4, "1", 4, "9", 1, 3, "Price", "", "", false},
    {"laravel-auditing", "audits", "audits", 3, "1", 2, "App\\Models\\Order", 2, 2, "price", "100.00", "150.00",
     false},
    {"spatie-activitylog", "activity_log", "activity_log", 3, "1", 2, "App\\Models\\Order", 1, 3, "price", "100", "150",
     false},
    {"paper-trail", "versions", "versions", 3, "1", 2, "Order", 2, 3, "price", "100", "150", true},
    {"audited", "audits", "audits", 3, "1", 2, "Order", 2, 3, "price", "100", "150", true},
    {"pg-audit-trigger", "logged_actions", "audit.logged_actions", 3, "shop_app", 4, "orders", 2, 3, "price",
     "100.00", "150.00", true},
    {"supa-audit", "record_version", "audit.record_version", 3, "6f1d0c5e-2b7a-4e8e-9a43-5b1c7d2e9f01", 2, "orders",
     2, 3, "price", "100", "150", true},
};
constexpr int kRows = 6;

const Framework &framework(const QString &name)
{
    for (const Framework &f : kFrameworks) {
        if (name == QLatin1String(f.name))
            return f;
    }
    qFatal("no framework %s", qPrintable(name));
}

QString databaseName(const QString &framework)
{
    return QStringLiteral("auditlens_fw_") + QString(framework).replace(u'-', u'_');
}

// Values compare as numbers when both read as numbers ("100.0" = 100), else as text.
bool sameValue(const QVariant &actual, const QString &expected)
{
    if (expected.isEmpty())
        return !actual.isValid();
    bool a = false;
    bool b = false;
    const double x = actual.toString().toDouble(&a);
    const double y = expected.toDouble(&b);
    return a && b ? x == y : actual.toString() == expected;
}

} // namespace

class TestFrameworks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void detect_opensWithNoDialog_data() { engines(); }
    void detect_opensWithNoDialog();
    void paging_everyRowOnceNewestFirst_data() { engines(); }
    void paging_everyRowOnceNewestFirst();
    void filters_categoryUserTableDate_data() { engines(); }
    void filters_categoryUserTableDate();
    void filters_sameRowsOnBothEngines_data();
    void filters_sameRowsOnBothEngines();
    void flags_largeChangeOffHoursSensitiveDelete_data() { engines(); }
    void flags_largeChangeOffHoursSensitiveDelete();
    void export_csvAndJsonHoldEveryRow_data() { engines(); }
    void export_csvAndJsonHoldEveryRow();
    void details_updateRowBeforeAfter_data() { engines(); }
    void details_updateRowBeforeAfter();
    void commandLine_schemaAndFlags_data();
    void commandLine_schemaAndFlags();

    void yaml_readsPsychOutput();
    void yaml_flowFormsQuotesAndTags();
    void yaml_neverCrashesOnGarbage();
    void hstore_quotesEscapesNull();
    void changes_conventions_data();
    void changes_conventions();

private:
    void engines();
    std::unique_ptr<AuditDatabase> open(const QString &name, const QString &engine);
    bool loadPostgres(const QString &name);
    bool asSuperuser(const QStringList &statements);
    QList<qint64> walk(AuditDatabase &db, const SqlCondition &condition, QList<AuditEvent> *events = nullptr);

    QTemporaryDir m_dir;
    QString m_adminConnection;
};

void TestFrameworks::engines()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("engine");
    for (const Framework &f : kFrameworks) {
        for (const char *engine : {"sqlite", "postgresql"})
            QTest::addRow("%s/%s", f.name, engine) << QString::fromLatin1(f.name) << QString::fromLatin1(engine);
    }
}

void TestFrameworks::initTestCase()
{
    if (testServerUrl().isEmpty())
        QFAIL(missingServerMessage().constData());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const Framework &f : kFrameworks) {
        const QString name = QString::fromLatin1(f.name);
        const QString sql = fixtureSql(QStringLiteral("frameworks/%1.sqlite.sql").arg(name));
        QVERIFY2(!sql.isEmpty(), f.name);
        Sql lite(m_dir.filePath(name + QStringLiteral(".db")), QStringLiteral("fixture-") + name);
        QVERIFY2(lite.script(sql), f.name);
        QVERIFY2(loadPostgres(name), f.name);
    }
}

// A database of its own per framework (made by the server's superuser, owned by the test owner),
// so that detection sees what the framework's project database holds and nothing else.
bool TestFrameworks::loadPostgres(const QString &name)
{
    const DatabaseLocation loc = DatabaseLocation::parse(testServerUrl());
    const QString db = databaseName(name);
    if (!asSuperuser({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db),
                      QStringLiteral("CREATE DATABASE %1 OWNER auditlens_owner").arg(db)}))
        return false;
    bool ok = false;
    {
        QSqlDatabase owner = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fw-owner"));
        owner.setHostName(loc.host);
        owner.setPort(loc.port);
        owner.setDatabaseName(db);
        owner.setUserName(QStringLiteral("auditlens_owner"));
        ok = owner.open();
        QSqlQuery q(owner);
        const QString script = fixtureSql(QStringLiteral("frameworks/%1.postgres.sql").arg(name));
        ok = ok && !script.isEmpty();
        for (const QString &statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (ok && !statement.trimmed().isEmpty() && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement.left(200)), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        // The viewer's role reads every schema the framework made, as a read-only reporting role would.
        QSqlQuery schemas(owner);
        ok = ok && schemas.exec(QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname IN ('public', 'audit')"));
        while (ok && schemas.next()) {
            const QString s = schemas.value(0).toString();
            ok = q.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO auditlens").arg(s))
                && q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO auditlens").arg(s));
        }
        owner.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fw-owner"));
    return ok;
}

void TestFrameworks::cleanupTestCase()
{
    if (testServerUrl().isEmpty())
        return;
    QStringList drops;
    for (const Framework &f : kFrameworks)
        drops << QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(databaseName(QString::fromLatin1(f.name)));
    QVERIFY(asSuperuser(drops));
}

// Runs statements as the test server's superuser (trusted on loopback by scripts/pg-test-server.sh).
bool TestFrameworks::asSuperuser(const QStringList &statements)
{
    const DatabaseLocation loc = DatabaseLocation::parse(testServerUrl());
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fw-admin"));
        admin.setHostName(loc.host);
        admin.setPort(loc.port);
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(QStringLiteral("postgres"));
        ok = admin.open();
        if (!ok)
            qWarning("superuser connection failed: %s", qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        for (const QString &statement : statements) {
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fw-admin"));
    return ok;
}

std::unique_ptr<AuditDatabase> TestFrameworks::open(const QString &name, const QString &engine)
{
    QString location = m_dir.filePath(name + QStringLiteral(".db"));
    if (engine == QLatin1String("postgresql")) {
        location = testServerUrl();
        location.replace(QStringLiteral("/auditlens_test"), u'/' + databaseName(name));
    }
    QString error;
    std::unique_ptr<AuditDatabase> db = AuditDatabase::open(DatabaseLocation::parse(location), &error);
    if (!db)
        qWarning("%s: %s", qPrintable(location), qPrintable(error));
    return db;
}

// Every row the condition matches, page by page (pages of 2, so paging is exercised).
QList<qint64> TestFrameworks::walk(AuditDatabase &db, const SqlCondition &condition, QList<AuditEvent> *events)
{
    EntriesModel model(&db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    QSignalSpy counted(&model, &EntriesModel::totalCountChanged);
    QSignalSpy failed(&model, &EntriesModel::errorOccurred);
    model.setCondition(condition);
    QList<qint64> ids;
    model.firstPage();
    for (int guard = 0; guard < 100 && waitForPage(model); ++guard) {
        for (int r = 0; r < model.rowCount(); ++r) {
            const AuditEvent e = model.eventAt(r);
            ids << e.id.toLongLong();
            if (events)
                events->append(e);
        }
        if (!model.canGoNext() || !model.nextPage())
            break;
    }
    // The total is counted on a worker; it must agree with the rows paged.
    if (model.totalCount() < 0)
        counted.wait(20000);
    if (model.totalCount() != ids.size())
        qWarning("total %lld, paged %lld", model.totalCount(), qint64(ids.size()));
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed.first().first().toString()));
    return model.totalCount() == ids.size() && failed.isEmpty() ? ids : QList<qint64>{-1};
}

void TestFrameworks::detect_opensWithNoDialog()
{
    QFETCH(QString, name);
    QFETCH(QString, engine);
    const Framework &f = framework(name);
    const auto db = open(name, engine);
    QVERIFY(db);
    const SchemaMapping &m = db->mapping();
    QCOMPARE(m.profileName, name);
    const bool pg = engine == QLatin1String("postgresql");
    QCOMPARE(m.table, QString::fromLatin1(pg ? f.pgTable : f.sqliteTable));
    QCOMPARE(m.timestampIsTyped, pg);
    QCOMPARE(m.keyColumn, pg ? m.column(Field::Id) : QStringLiteral("rowid"));
    QVERIFY(m.has(Field::Action));
    // The raw row of the newest event, through the schema-qualified, quoted table name.
    EntriesModel model(db.get());
    QVERIFY(model.select());
    QVERIFY(model.rowCount() > 0);
    QString error;
    const QList<RawColumn> raw = EventDetails::readRawRow(db->database(), m, model.eventAt(0).key, &error);
    QVERIFY2(!raw.isEmpty(), qPrintable(error));
    QCOMPARE(raw.size(), m.tableColumns.size());
}

void TestFrameworks::paging_everyRowOnceNewestFirst()
{
    QFETCH(QString, name);
    QFETCH(QString, engine);
    const auto db = open(name, engine);
    QVERIFY(db);
    QList<AuditEvent> events;
    const QList<qint64> ids = walk(*db, {}, &events);
    QCOMPARE(ids.size(), kRows);
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, (QList<qint64>{1, 2, 3, 4, 5, 6}));
    for (int i = 0; i < events.size(); ++i) {
        QVERIFY2(events.at(i).timestamp.has_value(), qPrintable(events.at(i).rawTimestamp));
        if (i > 0)
            QVERIFY(*events.at(i - 1).timestamp >= *events.at(i).timestamp);
    }
    // Row 4 is the delete at 23:14:05 UTC on the 24th in every fixture.
    const auto four = std::find_if(events.begin(), events.end(), [](const AuditEvent &e) { return e.id == u'4'; });
    QVERIFY(four != events.end());
    QCOMPARE(four->category, Category::Delete);
    QCOMPARE(Timestamps::toIsoUtc(*four->timestamp), QStringLiteral("2026-11-24T23:14:05.000Z"));
}

void TestFrameworks::filters_categoryUserTableDate()
{
    QFETCH(QString, name);
    QFETCH(QString, engine);
    const Framework &f = framework(name);
    const auto db = open(name, engine);
    QVERIFY(db);
    FilterCompiler compiler(db->mapping());
    QVERIFY(compiler.prepare(db->database()));

    EventFilter updates;
    updates.categories = {Category::Update};
    QList<AuditEvent> events;
    QCOMPARE(walk(*db, compiler.compile(updates), &events).size(), f.updates);
    for (const AuditEvent &e : std::as_const(events))
        QCOMPARE(e.category, Category::Update);

    EventFilter user;
    user.users = {QString::fromLatin1(f.user)};
    events.clear();
    QCOMPARE(walk(*db, compiler.compile(user), &events).size(), f.userRows);
    for (const AuditEvent &e : std::as_const(events))
        QCOMPARE(e.actor, QString::fromLatin1(f.user));

    EventFilter table;
    table.tables = {QString::fromLatin1(f.table)};
    events.clear();
    QCOMPARE(walk(*db, compiler.compile(table), &events).size(), f.tableRows);
    for (const AuditEvent &e : std::as_const(events))
        QCOMPARE(e.entity, QString::fromLatin1(f.table));

    EventFilter day;
    day.from = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    day.to = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    events.clear();
    QCOMPARE(walk(*db, compiler.compile(day), &events).size(), f.rowsOn24th);
    for (const AuditEvent &e : std::as_const(events))
        QVERIFY(Timestamps::toIsoUtc(*e.timestamp).startsWith(QLatin1String("2026-11-24")));

    // A user no row has, as text, even where the user column is an integer or a uuid.
    EventFilter nothing;
    nothing.users = {QStringLiteral("nobody-at-all")};
    QCOMPARE(walk(*db, compiler.compile(nothing)).size(), 0);
}

// Each filter field, typed as an owner would (names, numbers, addresses, free text), finds the
// same rows on PostgreSQL, whatever the column's type there (integer, uuid, inet, jsonb), as on
// SQLite, where every column compares as text; and no query fails.
void TestFrameworks::filters_sameRowsOnBothEngines_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    for (const Framework &f : kFrameworks) {
        const QList<std::pair<const char *, QString>> filters = {
            {"user", QString::fromLatin1(f.user)}, {"user", QStringLiteral("nobody")}, {"user", QStringLiteral("42")},
            {"user", QStringLiteral("6F1D0C5E")}, {"ip", QStringLiteral("10.0.0.4")}, {"ip", QStringLiteral("10.0.0.*")},
            {"ip", QStringLiteral("nobody")}, {"table", QString::fromLatin1(f.table)}, {"table", QStringLiteral("nobody")},
            {"action", QString()}, {"status", QString()}, {"search", QStringLiteral("10.0.0.5")},
            {"search", QStringLiteral("7")}, {"search", QStringLiteral("PRICE")}, {"search", QStringLiteral("6f1d0c5e")},
            {"search", QStringLiteral("100%")}};
        for (const auto &[field, value] : filters)
            QTest::addRow("%s/%s=%s", f.name, field, qPrintable(value))
                << QString::fromLatin1(f.name) << QString::fromLatin1(field) << value;
    }
}

void TestFrameworks::filters_sameRowsOnBothEngines()
{
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const auto lite = open(name, QStringLiteral("sqlite"));
    const auto pg = open(name, QStringLiteral("postgresql"));
    QVERIFY(lite && pg);
    FilterCompiler liteCompiler(lite->mapping());
    FilterCompiler pgCompiler(pg->mapping());
    QVERIFY(liteCompiler.prepare(lite->database()));
    QVERIFY(pgCompiler.prepare(pg->database()));
    QCOMPARE(pgCompiler.knownActions(), liteCompiler.knownActions());

    // One filter per value: every action and every status in turn when none is given.
    QList<EventFilter> filters;
    EventFilter filter;
    if (field == QLatin1String("action")) {
        for (const QString &action : liteCompiler.knownActions()) {
            filter.actions = {action};
            filters << filter;
        }
    } else if (field == QLatin1String("status")) {
        for (Status s : {Status::Success, Status::Failure, Status::Error, Status::Unknown}) {
            filter.statuses = {s};
            filters << filter;
        }
    } else {
        if (field == QLatin1String("user"))
            filter.users = {value};
        else if (field == QLatin1String("ip"))
            filter.ip = value;
        else if (field == QLatin1String("table"))
            filter.tables = {value};
        else
            filter.text = value;
        filters << filter;
    }
    QVERIFY(!filters.isEmpty());
    int matched = 0;
    for (const EventFilter &f : std::as_const(filters)) {
        QList<qint64> expected = walk(*lite, liteCompiler.compile(f));
        QList<qint64> actual = walk(*pg, pgCompiler.compile(f));
        QVERIFY(!expected.contains(-1));
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
        matched += int(expected.size());
    }
    // The fixtures' own values find rows; names no row has find none.
    const bool present = field == QLatin1String("action") || field == QLatin1String("status")
        || value == QLatin1String(framework(name).user) || value == QLatin1String(framework(name).table)
        || (field == QLatin1String("ip") && value.startsWith(QLatin1String("10.0.0.")) && lite->mapping().has(Field::Ip));
    if (present)
        QVERIFY(matched > 0);
    if (value == QLatin1String("nobody"))
        QCOMPARE(matched, 0);
}

void TestFrameworks::flags_largeChangeOffHoursSensitiveDelete()
{
    QFETCH(QString, name);
    QFETCH(QString, engine);
    const Framework &f = framework(name);
    const auto db = open(name, engine);
    QVERIFY(db);
    QMap<QString, QStringList> flagged;
    Flags::FlagRunner runner(*db, Flags::RuleSettings());
    runner.setOnFlag([&](const AuditEvent &e, const Flags::FlagMatch &m) { flagged.insert(e.id, m.rules); });
    const Flags::RunResult result = runner.run(Flags::RunMode::Full);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.eventsRead, qint64(kRows));
    // Django admin's change_message names fields without values: nothing to measure.
    const bool values = QByteArray(f.oldValue).size() > 0;
    QCOMPARE(flagged.value(QStringLiteral("2")).contains(QLatin1String("large_value_change")), values);
    QVERIFY2(flagged.value(QStringLiteral("4")).contains(QLatin1String("off_hours")),
             qPrintable(flagged.value(QStringLiteral("4")).join(u',')));
    QCOMPARE(flagged.value(QStringLiteral("4")).contains(QLatin1String("sensitive_delete")), f.sensitiveDelete);
    QVERIFY(!flagged.contains(QStringLiteral("3")));
}

void TestFrameworks::export_csvAndJsonHoldEveryRow()
{
    QFETCH(QString, name);
    QFETCH(QString, engine);
    const Framework &f = framework(name);
    const auto db = open(name, engine);
    QVERIFY(db);
    ExportOptions json;
    json.format = ExportFormat::Json;
    json.outputPath = m_dir.filePath(QStringLiteral("%1-%2.json").arg(name, engine));
    const ExportResult jsonResult = Exporter::run(*db, json);
    QVERIFY2(jsonResult.ok, qPrintable(jsonResult.error));
    QCOMPARE(jsonResult.rows, qint64(kRows));
    QFile file(json.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), kRows);
    bool found = false;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QLatin1String("id")).toString() != QLatin1String("2"))
            continue;
        for (const QJsonValue &c : row.toObject().value(QLatin1String("changes")).toArray())
            found = found || c.toObject().value(QLatin1String("field")).toString() == QLatin1String(f.field);
    }
    QVERIFY2(found, "the update row's change is in the JSON export");

    ExportOptions csv;
    csv.format = ExportFormat::Csv;
    csv.outputPath = m_dir.filePath(QStringLiteral("%1-%2.csv").arg(name, engine));
    FilterCompiler compiler(db->mapping());
    QVERIFY(compiler.prepare(db->database()));
    EventFilter updates;
    updates.categories = {Category::Update};
    csv.condition = compiler.compile(updates);
    const ExportResult csvResult = Exporter::run(*db, csv);
    QVERIFY2(csvResult.ok, qPrintable(csvResult.error));
    QCOMPARE(csvResult.rows, qint64(f.updates));
    QFile csvFile(csv.outputPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QVERIFY(text.contains("id,timestamp,actor"));
    QVERIFY(text.contains(QByteArray(f.field)));

    // Every row, byte for byte as the Qt driver and CsvWriter write it (SQLite's own reader).
    const CsvOracle all(*db);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    QCOMPARE(all.rows, qint64(kRows));
    QVERIFY2(all.difference().isEmpty(), all.difference().constData());
}

void TestFrameworks::details_updateRowBeforeAfter()
{
    QFETCH(QString, name);
    QFETCH(QString, engine);
    const Framework &f = framework(name);
    const auto db = open(name, engine);
    QVERIFY(db);
    QList<AuditEvent> events;
    QCOMPARE(walk(*db, {}, &events).size(), kRows);
    const auto two = std::find_if(events.begin(), events.end(), [](const AuditEvent &e) { return e.id == u'2'; });
    QVERIFY(two != events.end());
    QCOMPARE(two->category, Category::Update);
    const auto change = std::find_if(two->changes.begin(), two->changes.end(),
                                     [&](const Change &c) { return c.field == QLatin1String(f.field); });
    QVERIFY2(change != two->changes.end(), qPrintable(two->changes.isEmpty() ? QStringLiteral("no changes")
                                                                              : two->changes.first().field));
    QVERIFY2(sameValue(change->oldValue, QString::fromLatin1(f.oldValue)), qPrintable(change->oldValue.toString()));
    QVERIFY2(sameValue(change->newValue, QString::fromLatin1(f.newValue)), qPrintable(change->newValue.toString()));
    // Row images repeat unchanged fields; they are not changes (supa_audit, audit-trigger).
    for (const Change &c : std::as_const(two->changes))
        QVERIFY2(c.field != QLatin1String("name"), qPrintable(name));
}

void TestFrameworks::commandLine_schemaAndFlags_data()
{
    QTest::addColumn<QString>("name");
    for (const Framework &f : kFrameworks)
        QTest::newRow(f.name) << QString::fromLatin1(f.name);
}

void TestFrameworks::commandLine_schemaAndFlags()
{
    QFETCH(QString, name);
    const Framework &f = framework(name);
    const QString path = m_dir.filePath(name + QStringLiteral(".db"));
    const ProcessResult schema = runAuditLens({QStringLiteral("schema"), path}, 120000, m_dir.path());
    QVERIFY2(schema.exitCode == 0, schema.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(schema.out).object();
    QCOMPARE(json.value(QLatin1String("profile")).toString(), name);
    QCOMPARE(json.value(QLatin1String("table")).toString(), QString::fromLatin1(f.sqliteTable));

    const ProcessResult flags = runAuditLens({QStringLiteral("flags"), path, QStringLiteral("--json")}, 120000,
                                             m_dir.path());
    QVERIFY2(flags.exitCode == 0, flags.err.constData());
    QStringList ids;
    for (const QByteArray &line : flags.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            ids << QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString();
    }
    QVERIFY2(ids.contains(QStringLiteral("4")), flags.out.constData());
}

void TestFrameworks::yaml_readsPsychOutput()
{
    const std::optional<QJsonValue> v = StructuredText::parseYaml(
        u"---\nid:\n- \n- 42\nname:\n- Desk\n- \"Standing \\\"desk\\\"\"\nprice:\n- !ruby/object:BigDecimal 18:0.1e3\n"
        u"- !ruby/object:BigDecimal 18:0.15e3\nsettings: !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n"
        u"  color: oak\n  sizes:\n  - S\n  - M\n:symbol_key: ~\nnote: |-\n  two\n  lines\nwhen: 2026-11-23 09:00:00.120431000 Z\n");
    QVERIFY(v && v->isObject());
    const QJsonObject o = v->toObject();
    QCOMPARE(o.value(QLatin1String("id")).toArray(), (QJsonArray{QJsonValue::Null, 42}));
    QCOMPARE(o.value(QLatin1String("name")).toArray(), (QJsonArray{QStringLiteral("Desk"), QStringLiteral("Standing \"desk\"")}));
    QCOMPARE(o.value(QLatin1String("price")).toArray(), (QJsonArray{100.0, 150.0}));
    QCOMPARE(o.value(QLatin1String("settings")).toObject().value(QLatin1String("sizes")).toArray(),
             (QJsonArray{QStringLiteral("S"), QStringLiteral("M")}));
    QVERIFY(o.value(QLatin1String("symbol_key")).isNull());
    QVERIFY(o.contains(QLatin1String("symbol_key")));
    QCOMPARE(o.value(QLatin1String("note")).toString(), QStringLiteral("two\nlines"));
    QCOMPARE(o.value(QLatin1String("when")).toString(), QStringLiteral("2026-11-23 09:00:00.120431000 Z"));
    // A sequence of mappings, indented under its key.
    const std::optional<QJsonValue> list = StructuredText::parseYaml(u"---\nitems:\n  - sku: A1\n    qty: 2\n  - sku: B2\n");
    QVERIFY(list);
    QCOMPARE(list->toObject().value(QLatin1String("items")).toArray().size(), 2);
    QCOMPARE(list->toObject().value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("qty")).toInt(), 2);
    // "---" alone is Ruby's nil.
    QVERIFY(StructuredText::parseYaml(u"--- \n")->isNull());
}

void TestFrameworks::yaml_flowFormsQuotesAndTags()
{
    const std::optional<QJsonValue> v = StructuredText::parseYaml(
        u"name: [Desk, 'Standing desk']\ntags: {a: 1, 'b c': [x, \"y, z\"], d: }\nempty: []\ncolon: 'a: b'\n");
    QVERIFY(v && v->isObject());
    const QJsonObject o = v->toObject();
    QCOMPARE(o.value(QLatin1String("name")).toArray(), (QJsonArray{QStringLiteral("Desk"), QStringLiteral("Standing desk")}));
    const QJsonObject tags = o.value(QLatin1String("tags")).toObject();
    QCOMPARE(tags.value(QLatin1String("a")).toInt(), 1);
    QCOMPARE(tags.value(QLatin1String("b c")).toArray(), (QJsonArray{QStringLiteral("x"), QStringLiteral("y, z")}));
    QVERIFY(tags.value(QLatin1String("d")).isNull());
    QCOMPARE(o.value(QLatin1String("empty")).toArray().size(), 0);
    QCOMPARE(o.value(QLatin1String("colon")).toString(), QStringLiteral("a: b"));
    QCOMPARE(StructuredText::parseYaml(u"--- {price: [1, 2]}")->toObject().value(QLatin1String("price")).toArray().size(), 2);
    QCOMPARE(StructuredText::parseYaml(u"flag: true\nn: -3.5\nq: '012'\nbig: 12345678901234567890")->toObject(),
             (QJsonObject{{QStringLiteral("flag"), true}, {QStringLiteral("n"), -3.5}, {QStringLiteral("q"), QStringLiteral("012")},
                          {QStringLiteral("big"), QStringLiteral("12345678901234567890")}}));
    // Broken structure is refused, not guessed.
    QVERIFY(!StructuredText::parseYaml(u"a: [1, 2\nb: 3"));
    QVERIFY(!StructuredText::parseYaml(u"a: 1\n    b: 2"));
}

void TestFrameworks::yaml_neverCrashesOnGarbage()
{
    // Deterministic noise built from YAML's own punctuation, plus deep nesting.
    QRandomGenerator rng(7);
    const QString alphabet = QStringLiteral("-:[]{},'\"!#|>~ \n\tab1.\\");
    int parsed = 0;
    for (int i = 0; i < 3000; ++i) {
        QString s;
        const int n = int(rng.bounded(60));
        for (int j = 0; j < n; ++j)
            s += alphabet.at(int(rng.bounded(alphabet.size())));
        parsed += StructuredText::parseYaml(s).has_value() ? 1 : 0;
        (void)StructuredText::parseHstore(s);
        (void)ChangeExtractor::extract(QString(), s, s, s, Category::Update);
    }
    QVERIFY(parsed > 0);
    QVERIFY(!StructuredText::parseYaml(QString(5000, u'[')).has_value());
    QString deep;
    for (int i = 0; i < 200; ++i)
        deep += QString(i, u' ') + QStringLiteral("k:\n");
    QVERIFY(!StructuredText::parseYaml(deep).has_value());
}

void TestFrameworks::hstore_quotesEscapesNull()
{
    const std::optional<QJsonObject> h = StructuredText::parseHstore(
        uR"("id"=>"42", "note"=>"fits \"XL\" frames", "empty"=>"", "gone"=>NULL, "quoted null"=>"NULL", bare=>word)");
    QVERIFY(h);
    QCOMPARE(h->value(QLatin1String("id")).toString(), QStringLiteral("42"));
    QCOMPARE(h->value(QLatin1String("note")).toString(), QStringLiteral("fits \"XL\" frames"));
    QCOMPARE(h->value(QLatin1String("empty")).toString(), QString());
    QVERIFY(h->value(QLatin1String("gone")).isNull());
    QCOMPARE(h->value(QLatin1String("quoted null")).toString(), QStringLiteral("NULL"));
    QCOMPARE(h->value(QLatin1String("bare")).toString(), QStringLiteral("word"));
    QVERIFY(StructuredText::parseHstore(u"")->isEmpty());
    QVERIFY(!StructuredText::parseHstore(u"\"a\"=>"));
    QVERIFY(!StructuredText::parseHstore(u"\"a\" \"b\""));
    QVERIFY(!StructuredText::parseHstore(u"\"a\"=>\"unterminated"));
}

void TestFrameworks::changes_conventions_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("changesText");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("expected"); // field:old>new;… with ∅ for no value
    QTest::addColumn<bool>("rowImages");

    const int update = int(Category::Update);
    QTest::newRow("json pairs") << QString() << QString() << QStringLiteral(R"({"total": ["1", "2"]})") << update
                                << QStringLiteral("total:1>2") << false;
    QTest::newRow("spatie properties") << QString() << QString()
                                       << QStringLiteral(R"({"attributes": {"price": 150}, "old": {"price": 100}, "ip": "x"})")
                                       << update << QStringLiteral("price:100>150") << false;
    QTest::newRow("spatie deleted attributes") << QString() << QString() << QStringLiteral(R"({"attributes": {"id": 7}})")
                                               << int(Category::Delete) << QStringLiteral("id:7>∅") << false;
    QTest::newRow("spatie custom properties") << QString() << QString() << QStringLiteral(R"({"ip": "10.0.0.9"})")
                                              << int(Category::Other) << QString() << false;
    QTest::newRow("yaml block") << QString() << QString() << QStringLiteral("---\nname:\n- Desk\n- Table\n") << update
                                << QStringLiteral("name:Desk>Table") << false;
    QTest::newRow("yaml flow") << QString() << QString() << QStringLiteral("name: [Desk, Table]") << update
                               << QStringLiteral("name:Desk>Table") << false;
    QTest::newRow("audited create") << QString() << QString() << QStringLiteral("---\nname: Desk\ntags: [a, b]\n")
                                    << int(Category::Create) << QStringLiteral("name:∅>Desk;tags:∅>[\"a\",\"b\"]") << false;
    QTest::newRow("audited destroy") << QString() << QString() << QStringLiteral("---\nname: Desk\n")
                                     << int(Category::Delete) << QStringLiteral("name:Desk>∅") << false;
    QTest::newRow("django admin") << QString() << QString()
                                  << QStringLiteral(R"([{"changed": {"fields": ["Price"]}}, {"added": {"name": "x", "object": "y"}}])")
                                  << update << QStringLiteral("Price:∅>∅") << false;
    QTest::newRow("django admin text") << QString() << QString() << QStringLiteral("Changed price.") << update << QString() << false;
    QTest::newRow("hstore changed_fields") << QStringLiteral(R"("id"=>"1", "price"=>"10", "name"=>"a")")
                                           << QStringLiteral(R"("price"=>"12")") << QString() << update
                                           << QStringLiteral("price:10>12") << false;
    QTest::newRow("hstore insert row") << QStringLiteral(R"("id"=>"1")") << QString() << QString() << int(Category::Create)
                                       << QStringLiteral("id:∅>1") << false;
    QTest::newRow("whole rows") << QStringLiteral(R"({"id": 1, "name": "a", "n": 1})")
                                << QStringLiteral(R"({"id": 1, "name": "b", "n": 1})") << QString() << update
                                << QStringLiteral("name:a>b") << true;
    QTest::newRow("diff with context") << QStringLiteral(R"({"name": "a", "n": 1})")
                                       << QStringLiteral(R"({"name": "b", "n": 1})") << QString() << update
                                       << QStringLiteral("n:1>1;name:a>b") << false;
    QTest::newRow("laravel created") << QStringLiteral("[]") << QStringLiteral(R"({"name":"Desk"})") << QString()
                                     << int(Category::Create) << QStringLiteral("name:∅>Desk") << false;
    QTest::newRow("paper_trail object only") << QStringLiteral("---\nid: 7\n") << QString() << QString()
                                             << int(Category::Delete) << QStringLiteral("id:7>∅") << false;
    QTest::newRow("plain text old value") << QStringLiteral("note: not yaml") << QString() << QString() << update
                                          << QString() << false;
}

void TestFrameworks::changes_conventions()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, changesText);
    QFETCH(int, category);
    QFETCH(QString, expected);
    QFETCH(bool, rowImages);
    const QList<Change> changes = ChangeExtractor::extract(QString(), oldText, newText, changesText, Category(category),
                                                           rowImages);
    QStringList parts;
    const auto show = [](const QVariant &v) { return v.isValid() ? v.toString() : QStringLiteral("∅"); };
    for (const Change &c : changes)
        parts << c.field + u':' + show(c.oldValue) + u'>' + show(c.newValue);
    parts.sort();
    QCOMPARE(parts.join(u';'), expected);
}

QTEST_GUILESS_MAIN(TestFrameworks)
#include "tst_frameworks.moc"
