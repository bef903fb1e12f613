// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "demogenerator.h"
#include "eventreader.h"
#include "csvoracle.h"
#include "export/csvwriter.h"
#include "export/exporter.h"
#include "export/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace AuditLens;
using AuditLens::TestSupport::CsvOracle;

namespace {

// A strict RFC 4180 reader: the test's own, so a writer bug cannot hide behind a shared parser.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

struct TrickyRow {
    QString user;
    QString summary;
    QString oldValues;
};

const QList<TrickyRow> &trickyRows()
{
    static const QList<TrickyRow> rows{
        {QStringLiteral("alice"), QStringLiteral("said \"hi\", then left"), QStringLiteral("{\"a\":1}")},
        {QStringLiteral("bob"), QStringLiteral("line one\nline two\r\nline three"), QStringLiteral("not json {")},
        {QStringLiteral("carol 😀"), QStringLiteral("emoji 👍🏽 and CJK 漢字"), QString()},
        {QStringLiteral("دانيال"), QStringLiteral("نص من اليمين إلى اليسار"), QStringLiteral("[1,2,3]")},
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("<b>x</b> & <i>markup</i>"), QStringLiteral("-5")},
    };
    return rows;
}

} // namespace

class TestExportWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvField_neutralizesFormulas_data();
    void csvField_neutralizesFormulas();
    void isoUtc_matchesQDateTime_data();
    void isoUtc_matchesQDateTime();
    void changesColumn_isJsonOfTheChanges();
    void csvRoundTrip_keepsEveryValue();
    void csvByteOrderMark_onAndOff();
    void csvCondition_matchesSqlRowByRow();
    void csvSelectedKeys_exportsOnlyThoseInOrder();
    void csvZeroRows_writesHeaderOnly();
    void csvSqliteReader_matchesDriverRows_data();
    void csvSqliteReader_matchesDriverRows();
    void jsonArray_parsesBackWithEmbeddedJson();
    void jsonLines_oneObjectPerLine();
    void pdf_textIsExtractableWithPageNumbers();
    void pdfZeroRows_stillAReport();
    void flagCallbacks_markRowsAndSummary();
    void cancel_leavesNoFile();
    void unwritableFolder_failsWithoutFile();
    void outputIsDatabase_refused();

private:
    ExportResult exportTo(const QString &path, ExportFormat format, const std::function<void(ExportOptions &)> &tweak = {},
                          const QString &database = {});
    QString readText(const QString &path);

    QTemporaryDir m_dir;
    QString m_tricky;
    QString m_demo;
};

void TestExportWriters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    DemoGenerator::Options options;
    options.rows = 3000;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    QVERIFY2(DemoGenerator::write(m_demo, options, &error), qPrintable(error));

    m_tricky = m_dir.filePath(QStringLiteral("tricky.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tricky"));
        db.setDatabaseName(m_tricky);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(DemoGenerator::schemaSql()), qPrintable(q.lastError().text()));
        int i = 0;
        for (const TrickyRow &r : trickyRows()) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO audit_logs (timestamp, username, action, entity, summary, "
                                             "status, old_values, metadata) VALUES (?, ?, 'UPDATE', 'orders', ?, 'success', ?, ?)")));
            q.addBindValue(QStringLiteral("2026-11-2%1T10:00:00.000Z").arg(i++));
            q.addBindValue(r.user);
            q.addBindValue(r.summary);
            q.addBindValue(r.oldValues.isNull() ? QVariant() : QVariant(r.oldValues));
            q.addBindValue(QStringLiteral("{\"k\":{\"n\":[true,null]}}"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tricky"));
}

ExportResult TestExportWriters::exportTo(const QString &path, ExportFormat format,
                                         const std::function<void(ExportOptions &)> &tweak, const QString &database)
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(database.isEmpty() ? m_tricky : database), &error);
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(error));
    ExportOptions options;
    options.format = format;
    options.outputPath = path;
    options.title = QStringLiteral("Audit log report");
    options.databaseName = QStringLiteral("tricky.db");
    options.filterDescription = QStringLiteral("action is UPDATE");
    options.generatedBy = QStringLiteral("tester");
    options.generatedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    if (tweak)
        tweak(options);
    return Exporter::run(*db, options);
}

QString TestExportWriters::readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void TestExportWriters::csvField_neutralizesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("neutralized");
    QTest::addColumn<QString>("plain");
    QTest::newRow("formula") << "=1+1" << "'=1+1" << "=1+1";
    QTest::newRow("negative number") << "-5" << "-5" << "-5";
    QTest::newRow("positive exponent") << "+1.5e3" << "+1.5e3" << "+1.5e3";
    QTest::newRow("decimal") << "-.5" << "-.5" << "-.5";
    QTest::newRow("plus formula") << "+A1*2" << "'+A1*2" << "+A1*2";
    QTest::newRow("minus formula") << "-2+3" << "'-2+3" << "-2+3";
    QTest::newRow("dash alone") << "-" << "'-" << "-";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)" << "@SUM(A1)";
    QTest::newRow("tab") << "\tx" << "'\tx" << "\tx";
    QTest::newRow("carriage return") << "\rx" << "\"'\rx\"" << "\"\rx\"";
    QTest::newRow("dde with comma") << "=HYPERLINK(\"a\",1)" << "\"'=HYPERLINK(\"\"a\"\",1)\""
                                    << "\"=HYPERLINK(\"\"a\"\",1)\"";
    QTest::newRow("ordinary") << "hello" << "hello" << "hello";
    QTest::newRow("equals inside") << "a=b" << "a=b" << "a=b";
    QTest::newRow("empty") << "" << "" << "";
}

void TestExportWriters::csvField_neutralizesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, neutralized);
    QFETCH(QString, plain);
    QCOMPARE(CsvWriter::field(cell, true), neutralized);
    QCOMPARE(CsvWriter::field(cell, false), plain);
}

void TestExportWriters::isoUtc_matchesQDateTime_data()
{
    QTest::addColumn<QString>("iso");
    for (const char *text : {"1970-01-01T00:00:00.000Z", "2026-11-28T09:15:02.120Z", "1969-12-31T23:59:59.999Z",
                             "2000-02-29T12:00:00.001Z", "1900-03-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
                             "2024-12-31T23:59:59.000Z"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestExportWriters::isoUtc_matchesQDateTime()
{
    QFETCH(QString, iso);
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    QVERIFY(dt.isValid());
    QCOMPARE(ExportColumns::isoUtc(dt.toMSecsSinceEpoch()), iso);
}

void TestExportWriters::changesColumn_isJsonOfTheChanges()
{
    AuditEvent e;
    e.changes = {{QStringLiteral("name \"q\"\n"), QVariant(), QStringLiteral("é😀")},
                 {QStringLiteral("n"), 1.5, qlonglong(7)},
                 {QStringLiteral("b"), true, QVariant::fromValue(nullptr)},
                 {QStringLiteral("o"), QVariantMap{{QStringLiteral("k"), 1}}, QVariantList{1, QStringLiteral("x")}}};
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(ExportColumns::text(e, ExportColumn::Changes, {}).toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 4);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("name \"q\"\n"));
    QVERIFY(array.at(0).toObject().value(QStringLiteral("old")).isNull());
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("new")).toString(), QStringLiteral("é😀"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("old")).toDouble(), 1.5);
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("new")).toInt(), 7);
    QCOMPARE(array.at(2).toObject().value(QStringLiteral("old")).toBool(), true);
    QVERIFY(array.at(2).toObject().value(QStringLiteral("new")).isNull());
    QCOMPARE(array.at(3).toObject().value(QStringLiteral("old")).toObject().value(QStringLiteral("k")).toInt(), 1);
    QCOMPARE(array.at(3).toObject().value(QStringLiteral("new")).toArray().size(), 2);
}

void TestExportWriters::csvRoundTrip_keepsEveryValue()
{
    const QString path = m_dir.filePath(QStringLiteral("round.csv"));
    const ExportResult result = exportTo(path, ExportFormat::Csv, [](ExportOptions &o) { o.csvNeutralizeFormulas = false; });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, qint64(trickyRows().size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), trickyRows().size() + 1);
    const QStringList header = rows.first();
    const qsizetype actor = header.indexOf(QStringLiteral("actor"));
    const qsizetype summary = header.indexOf(QStringLiteral("summary"));
    const qsizetype oldValues = header.indexOf(QStringLiteral("old_values"));
    const qsizetype timestamp = header.indexOf(QStringLiteral("timestamp"));
    QVERIFY(actor >= 0 && summary >= 0 && oldValues >= 0);
    // Newest first: the last inserted row comes first.
    for (int i = 0; i < trickyRows().size(); ++i) {
        const TrickyRow &expected = trickyRows().at(trickyRows().size() - 1 - i);
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(actor), expected.user);
        QCOMPARE(row.at(summary), expected.summary);
        QCOMPARE(row.at(oldValues), expected.oldValues);
        QCOMPARE(row.at(timestamp), QStringLiteral("2026-11-2%1T10:00:00.000Z").arg(trickyRows().size() - 1 - i));
    }
}

void TestExportWriters::csvByteOrderMark_onAndOff()
{
    const QString with = m_dir.filePath(QStringLiteral("bom.csv"));
    const QString without = m_dir.filePath(QStringLiteral("nobom.csv"));
    QVERIFY(exportTo(with, ExportFormat::Csv).ok);
    QVERIFY(exportTo(without, ExportFormat::Csv, [](ExportOptions &o) { o.csvByteOrderMark = false; }).ok);
    QFile a(with), b(without);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray withBytes = a.readAll();
    const QByteArray withoutBytes = b.readAll();
    QVERIFY(withBytes.startsWith("\xEF\xBB\xBF" "id,timestamp,"));
    QVERIFY(withoutBytes.startsWith("id,timestamp,"));
    QCOMPARE(withBytes.mid(3), withoutBytes);
    // Neutralised by default: the formula user name gets its quote.
    QVERIFY(withoutBytes.contains(",'=cmd|' /C calc'!A0,"));
}

void TestExportWriters::csvCondition_matchesSqlRowByRow()
{
    const QString path = m_dir.filePath(QStringLiteral("login.csv"));
    const SqlCondition condition{QStringLiteral("\"action\" = ?"), {QStringLiteral("LOGIN")}};
    const ExportResult result = exportTo(path, ExportFormat::Csv, [&](ExportOptions &o) {
        o.condition = condition;
        o.columns = {ExportColumn::Id, ExportColumn::Action};
        o.csvByteOrderMark = false;
    }, m_demo);
    QVERIFY2(result.ok, qPrintable(result.error));
    QStringList expected;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_demo);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM audit_logs WHERE action = 'LOGIN' ORDER BY timestamp DESC, id DESC")));
        while (q.next())
            expected << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QVERIFY(expected.size() > 10);
    const QList<QStringList> rows = parseCsv(readText(path));
    QCOMPARE(rows.size(), expected.size() + 1);
    QCOMPARE(result.rows, qint64(expected.size()));
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(rows.at(i + 1).at(0), expected.at(i));
        QCOMPARE(rows.at(i + 1).at(1), QStringLiteral("LOGIN"));
    }
}

void TestExportWriters::csvSelectedKeys_exportsOnlyThoseInOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("selected.csv"));
    const ExportResult result = exportTo(path, ExportFormat::Csv, [](ExportOptions &o) {
        o.onlyKeys = true;
        o.keys = {2, 4};
        o.columns = {ExportColumn::Id};
        o.csvByteOrderMark = false;
    });
    QVERIFY(result.ok);
    QCOMPARE(readText(path), QStringLiteral("id\r\n4\r\n2\r\n"));
}

void TestExportWriters::csvSqliteReader_matchesDriverRows_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("neutralize");
    const QString zoo = m_dir.filePath(QStringLiteral("zoo.db"));
    {
        // Every storage class in every column, JSON of every kind, and times the exporter
        // rewrites (offsets, epoch numbers) next to those it copies.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("zoo"));
        db.setDatabaseName(zoo);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(DemoGenerator::schemaSql()));
        const QVariantList times{QStringLiteral("2026-11-28T09:15:02.120Z"), QStringLiteral("2026-02-30T09:15:02.120Z"),
                                 QStringLiteral("2026-11-28 09:15:02+02:00"), QStringLiteral("2026-11-28T09:15:02.1Z"),
                                 qint64(1700000000), 1700000000.5, QStringLiteral(" 2026-11-28"), QStringLiteral("")};
        const QVariantList cells{QStringLiteral("plain"), qint64(-42), 3.25, 1e300, QByteArray("blob\0bytes", 10),
                                 QStringLiteral("  padded  "), QStringLiteral("\u00a0nbsp"), QStringLiteral("=1+2"),
                                 QStringLiteral("-5"), QStringLiteral("a,\"b\"\r\nc"), QString(), QVariant()};
        const QStringList json{QStringLiteral("{\"price\":31.66,\"name\":\"x\"}"), QStringLiteral("{\"price\":1e2,\"b\":true}"),
                               QStringLiteral("{\"z\":1,\"a\":[1,{\"k\":null}],\"s\":\"t\\u00e9\\n\"}"),
                               QStringLiteral(" {\"dup\":1,\"dup\":2} "), QStringLiteral("{bad"), QStringLiteral("--- \nprice: 3\n"),
                               QStringLiteral("\"a\"=>\"1\""), QString()};
        const QStringList actions{QStringLiteral("UPDATE"), QStringLiteral("create"), QStringLiteral(" DELETE "),
                                  QStringLiteral("LOGIN_FAILED"), QStringLiteral("+cmd")};
        for (int i = 0; i < 400; ++i) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO audit_logs (timestamp, user_id, username, action, entity, entity_id, "
                                             "summary, ip_address, status, old_values, new_values, metadata) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
            q.addBindValue(times.at(i % times.size()));
            q.addBindValue(cells.at(i % cells.size()));
            q.addBindValue(cells.at((i / 3) % cells.size()));
            q.addBindValue(actions.at(i % actions.size()));
            q.addBindValue(cells.at((i / 5) % cells.size()));
            q.addBindValue(cells.at((i / 7) % cells.size()));
            q.addBindValue(cells.at((i / 11) % cells.size()));
            q.addBindValue(cells.at((i / 13) % cells.size()));
            q.addBindValue(i % 4 ? QVariant(QStringLiteral("failure")) : cells.at(i % 10)); // NOT NULL
            q.addBindValue(json.at(i % json.size()));
            q.addBindValue(json.at((i / 2) % json.size()));
            q.addBindValue(json.at((i / 3) % json.size()));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("zoo"));
    for (bool neutralize : {true, false}) {
        const char *mode = neutralize ? "neutralized" : "plain";
        QTest::addRow("demo/%s", mode) << m_demo << neutralize;
        QTest::addRow("tricky/%s", mode) << m_tricky << neutralize;
        QTest::addRow("zoo/%s", mode) << zoo << neutralize;
    }
}

void TestExportWriters::csvSqliteReader_matchesDriverRows()
{
    QFETCH(QString, database);
    QFETCH(bool, neutralize);
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(database), &error);
    QVERIFY2(db, qPrintable(error));
    const CsvOracle csv(*db, neutralize);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QVERIFY(csv.rows > 0);
    QVERIFY2(csv.difference().isEmpty(), csv.difference().constData());
}

void TestExportWriters::csvZeroRows_writesHeaderOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("zero.csv"));
    const ExportResult result = exportTo(path, ExportFormat::Csv, [](ExportOptions &o) {
        o.condition = {QStringLiteral("0"), {}};
        o.columns = {ExportColumn::Id, ExportColumn::Summary};
        o.csvByteOrderMark = false;
    });
    QVERIFY(result.ok);
    QCOMPARE(result.rows, 0);
    QCOMPARE(readText(path), QStringLiteral("id,summary\r\n"));
}

void TestExportWriters::jsonArray_parsesBackWithEmbeddedJson()
{
    const QString path = m_dir.filePath(QStringLiteral("out.json"));
    QVERIFY(exportTo(path, ExportFormat::Json).ok);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), trickyRows().size());
    // Newest first, so trickyRows() in reverse.
    const QJsonObject formula = array.at(0).toObject();
    QCOMPARE(formula.value(QStringLiteral("actor")).toString(), trickyRows().at(4).user);
    QCOMPARE(formula.value(QStringLiteral("old_values")).toString(), QStringLiteral("-5"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("old_values")).toArray(), QJsonArray({1, 2, 3}));
    QVERIFY(array.at(2).toObject().value(QStringLiteral("old_values")).isNull());
    QCOMPARE(array.at(3).toObject().value(QStringLiteral("old_values")).toString(), QStringLiteral("not json {"));
    QCOMPARE(array.at(3).toObject().value(QStringLiteral("summary")).toString(), trickyRows().at(1).summary);
    QCOMPARE(array.at(4).toObject().value(QStringLiteral("old_values")).toObject().value(QStringLiteral("a")).toInt(), 1);
    const QJsonObject metadata = array.at(4).toObject().value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("k")).toObject().value(QStringLiteral("n")).toArray().size(), 2);
    QCOMPARE(array.at(4).toObject().value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-20T10:00:00.000Z"));
}

void TestExportWriters::jsonLines_oneObjectPerLine()
{
    const QString path = m_dir.filePath(QStringLiteral("out.jsonl"));
    QVERIFY(exportTo(path, ExportFormat::Json, [](ExportOptions &o) { o.jsonLines = true; }).ok);
    const QStringList lines = readText(path).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), trickyRows().size());
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("summary")).toString(), trickyRows().at(trickyRows().size() - 1 - i).summary);
    }
}

void TestExportWriters::pdf_textIsExtractableWithPageNumbers()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    const ExportResult result = exportTo(path, ExportFormat::Pdf, [](ExportOptions &o) {
        o.columns = ExportColumns::reportDefaults();
    }, m_demo);
    QVERIFY2(result.ok, qPrintable(result.error));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    const qsizetype pages = text.count(u'\f');
    QVERIFY(pages > 50);
    QVERIFY(text.contains(QStringLiteral("Audit log report")));
    QVERIFY(text.contains(QStringLiteral("action is UPDATE")));
    QVERIFY(text.contains(QStringLiteral("tester")));
    QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Time (UTC)")));
    QVERIFY(text.contains(QStringLiteral("3,000")) || text.contains(QStringLiteral("3000")) || result.rows != 3000);

    // Markup in the data is drawn as text.
    const QString tricky = m_dir.filePath(QStringLiteral("tricky.pdf"));
    QVERIFY(exportTo(tricky, ExportFormat::Pdf, [](ExportOptions &o) { o.columns = ExportColumns::reportDefaults(); }).ok);
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), tricky, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString trickyText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(trickyText.contains(QStringLiteral("<b>x</b> & <i>markup</i>")), qPrintable(trickyText));
    QVERIFY(trickyText.contains(QStringLiteral("page 1 of 1")));
}

void TestExportWriters::pdfZeroRows_stillAReport()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    const ExportResult result = exportTo(path, ExportFormat::Pdf, [](ExportOptions &o) { o.condition = {QStringLiteral("0"), {}}; });
    QVERIFY(result.ok);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("No entries match.")));
    QVERIFY(text.contains(QStringLiteral("page 1 of 1")));
}

void TestExportWriters::flagCallbacks_markRowsAndSummary()
{
    // The flag engine lives elsewhere; here a stand-in flags every row whose key is even.
    const auto marks = [](const QVariantList &keys) {
        QHash<QString, FlagMarks> result;
        for (const QVariant &k : keys) {
            if (k.toLongLong() % 2 == 0)
                result.insert(k.toString(), FlagMarks{{QStringLiteral("even-key")}, {QStringLiteral("the key is even")}});
        }
        return result;
    };
    const auto summary = [] { return QList<QPair<QString, qint64>>{{QStringLiteral("even-key"), 2}}; };
    const QString csv = m_dir.filePath(QStringLiteral("flags.csv"));
    QVERIFY(exportTo(csv, ExportFormat::Csv, [&](ExportOptions &o) {
        o.columns = {ExportColumn::Id, ExportColumn::Flags};
        o.csvByteOrderMark = false;
        o.flagMarks = marks;
    }).ok);
    QCOMPARE(readText(csv), QStringLiteral("id,flags\r\n5,\r\n4,even-key\r\n3,\r\n2,even-key\r\n1,\r\n"));
    const QString pdf = m_dir.filePath(QStringLiteral("flags.pdf"));
    QVERIFY(exportTo(pdf, ExportFormat::Pdf, [&](ExportOptions &o) {
        o.columns = ExportColumns::reportDefaults();
        o.flagMarks = marks;
        o.flagSummary = summary;
    }).ok);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("even-key: 2")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("even-key")), 3);

    // A filtered report counts the flags of its own rows, not the whole database's.
    const QString filtered = m_dir.filePath(QStringLiteral("flags-filtered.pdf"));
    QVERIFY(exportTo(filtered, ExportFormat::Pdf, [&](ExportOptions &o) {
        o.columns = ExportColumns::reportDefaults();
        o.condition = {QStringLiteral("rowid <= ?"), {3}};
        o.flagMarks = marks;
        o.flagSummary = summary;
    }).ok);
    QProcess filteredText;
    filteredText.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), filtered, QStringLiteral("-")});
    QVERIFY(filteredText.waitForFinished(60000));
    const QString ftext = QString::fromUtf8(filteredText.readAllStandardOutput());
    QVERIFY2(ftext.contains(QStringLiteral("even-key: 1")), qPrintable(ftext));
}

void TestExportWriters::cancel_leavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Json, ExportFormat::Pdf}) {
        std::atomic_bool cancel = false;
        QString error;
        const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
        QVERIFY(db);
        ExportOptions options;
        options.format = format;
        options.outputPath = path;
        qint64 calls = 0;
        const ExportResult result = Exporter::run(*db, options, [&](qint64, qint64) {
            ++calls;
            cancel = true; // the owner presses Cancel at the first progress report
        }, &cancel);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(calls >= 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
}

void TestExportWriters::unwritableFolder_failsWithoutFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    const ExportResult result = exportTo(path, ExportFormat::Csv);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(result.error.contains(QStringLiteral("out.csv")));
    QVERIFY(!QFile::exists(path));
}

void TestExportWriters::outputIsDatabase_refused()
{
    const QFileInfo before(m_tricky);
    const ExportResult result = exportTo(m_tricky, ExportFormat::Csv);
    QVERIFY(!result.ok);
    QCOMPARE(QFileInfo(m_tricky).size(), before.size());
    QString error;
    QVERIFY(AuditDatabase::open(DatabaseLocation::parse(m_tricky), &error));
}

QTEST_MAIN(TestExportWriters)
#include "tst_exportwriters.moc"
