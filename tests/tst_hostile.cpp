// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "csvoracle.h"
#include "csvrecords.h"
#include "entriesmodel.h"
#include "eventdetails.h"
#include "export/csvwriter.h"
#include "export/exporter.h"
#include "flags/flagrunner.h"
#include "testsupport.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

// Hostile audit databases (issue 9): each one opens, pages every row, flags and exports every
// row to CSV, JSON and PDF, with no crash, no hang and the right number of rows, and is not
// changed by any of it. The databases are built here at test time from tests/data/hostile/.
class TestHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void corrupted_data();
    void corrupted();
    void deletedWhileOpen();
    void replacedWhileOpen();
    void walWrittenWhileBrowsedFlaggedExported();
    void pdfReport_showsMarkupAsText();

private:
    qint64 make(const QString &kind, const QString &path);
    qint64 pageEveryRow(AuditDatabase &db, int sortColumn, Qt::SortOrder order = Qt::AscendingOrder, qint64 limit = -1);
    void commandLineHandlesEveryRow(const QString &path, qint64 rows);
    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_demoRows = 0; // the demo plants rows for the rules beyond the ones asked for
};

namespace {

const QStringList kTextColumns{u"timestamp"_qs, u"username"_qs, u"action"_qs, u"entity"_qs, u"entity_id"_qs,
                               u"summary"_qs, u"ip_address"_qs, u"user_agent"_qs, u"session_id"_qs, u"status"_qs,
                               u"severity"_qs, u"old_values"_qs, u"new_values"_qs, u"metadata"_qs};

QStringList lines(const QString &name)
{
    QFile f(dataPath(u"hostile/"_qs + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    QStringList out = QString::fromUtf8(f.readAll()).split(u'\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

// One row with the same value in every column but the key; the values are bound, never quoted.
bool insertEverywhere(Sql &sql, const QVariant &value, const QString &cast = {})
{
    QStringList marks;
    QVariantList values;
    for (qsizetype i = 0; i < kTextColumns.size(); ++i) {
        marks << (cast.isEmpty() ? u"?"_qs : u"CAST(? AS %1)"_qs.arg(cast));
        values << value;
    }
    return sql.exec(u"INSERT INTO audit_logs (%1) VALUES (%2)"_qs.arg(kTextColumns.join(u','), marks.join(u',')), values);
}

bool insertRow(Sql &sql, const QVariantMap &row)
{
    QStringList marks;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        marks << u"?"_qs;
        values << it.value();
    }
    return sql.exec(u"INSERT INTO audit_logs (%1) VALUES (%2)"_qs.arg(row.keys().join(u','), marks.join(u',')), values);
}

QString nested(int depth, bool objects)
{
    QString text;
    text.reserve(depth * 8 + 8);
    for (int i = 0; i < depth; ++i)
        text += objects ? u"{\"a\":"_qs : u"["_qs;
    text += u"1"_qs;
    for (int i = 0; i < depth; ++i)
        text += objects ? u'}' : u']';
    return text;
}

// The "Exported N events" line of the command line.
qint64 exportedRows(const ProcessResult &r)
{
    const QString out = QString::fromUtf8(r.out);
    const qsizetype at = out.indexOf(u"Exported "_qs);
    return at < 0 ? -1 : out.mid(at + 9).section(u' ', 0, 0).toLongLong();
}

} // namespace

void TestHostile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.db"_qs);
    QVERIFY(writeDemo(m_demo, 3000));
    m_demoRows = Sql(m_demo, u"count"_qs).scalar(u"SELECT count(*) FROM audit_logs"_qs).toLongLong();
    QVERIFY(m_demoRows >= 3000);
}

// Builds the database of one kind at path; returns its number of rows (-1 on failure).
qint64 TestHostile::make(const QString &kind, const QString &path)
{
    QFile::remove(path);
    Sql sql(path, u"hostile-maker"_qs);
    if (kind == u"duplicate-ids") {
        sql.script(fixtureSql(u"hostile/duplicate_ids.sql"_qs));
        return sql.scalar(u"SELECT count(*) FROM audit_logs"_qs).toLongLong();
    }
    if (!sql.script(fixtureSql(u"hostile/native.sql"_qs)))
        return -1;
    sql.exec(u"BEGIN"_qs);
    if (kind == u"blobs") {
        // Binary data (NUL bytes, a PNG header, random bytes) in every column, as BLOBs.
        QRandomGenerator random(9);
        for (int i = 0; i < 20; ++i) {
            QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
            for (int j = 0; j < 64 * i; ++j)
                bytes += char(random.bounded(256));
            insertEverywhere(sql, bytes);
        }
    } else if (kind == u"nulls") {
        for (int i = 0; i < 20; ++i)
            sql.exec(u"INSERT INTO audit_logs (id) VALUES (NULL)"_qs);
    } else if (kind == u"huge-values") {
        const QString big(10 * 1024 * 1024, u'x');
        insertRow(sql, {{u"timestamp"_qs, u"2026-11-01T10:00:00Z"_qs}, {u"action"_qs, u"UPDATE"_qs}, {u"summary"_qs, big}});
        insertRow(sql, {{u"timestamp"_qs, u"2026-11-01T10:00:01Z"_qs}, {u"action"_qs, big}, {u"username"_qs, big}});
        insertRow(sql, {{u"timestamp"_qs, u"2026-11-01T10:00:02Z"_qs}, {u"action"_qs, u"UPDATE"_qs},
                        {u"old_values"_qs, u"{\"price\":\"%1\"}"_qs.arg(big)}, {u"new_values"_qs, u"{\"price\":1}"_qs},
                        {u"metadata"_qs, u"[\"%1\"]"_qs.arg(big)}});
    } else if (kind == u"invalid-utf8") {
        // Bytes stored as TEXT that are not UTF-8: lone continuation bytes, overlong forms,
        // surrogates, truncated sequences, 0xFF.
        const QList<QByteArray> bad{QByteArray("\xff\xfe\xfd"), QByteArray("\xc3\x28"), QByteArray("\xc0\xaf"),
                                    QByteArray("\xed\xa0\x80"), QByteArray("abc\xe2\x82"), QByteArray("\x80\x80\x80"),
                                    QByteArray("\xf4\x90\x80\x80"), QByteArray("ok\0\xff", 4)};
        for (const QByteArray &b : bad)
            insertEverywhere(sql, b, u"TEXT"_qs);
    } else if (kind == u"naughty-strings") {
        QStringList strings = lines(u"naughty.txt"_qs);
        strings << u"NUL"_qs + QChar(0) + u"inside"_qs << QString(QChar(0)) << u"{\"k\":\"a\\u0000b\"}"_qs;
        for (const QString &s : strings) {
            insertEverywhere(sql, s);
            // The same as JSON keys and values, and with a valid time, so the rules see it.
            QJsonObject object{{s, s}};
            const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            insertRow(sql, {{u"timestamp"_qs, u"2026-11-01T03:00:00Z"_qs}, {u"action"_qs, s}, {u"username"_qs, s},
                            {u"entity"_qs, s}, {u"summary"_qs, s}, {u"status"_qs, s}, {u"ip_address"_qs, s},
                            {u"old_values"_qs, json}, {u"new_values"_qs, json}, {u"metadata"_qs, json}});
        }
    } else if (kind == u"broken-timestamps") {
        for (const QString &t : lines(u"timestamps.txt"_qs))
            insertRow(sql, {{u"timestamp"_qs, t}, {u"action"_qs, u"UPDATE"_qs}, {u"username"_qs, u"ann"_qs}});
        // And as numbers of every storage class.
        const QVariantList numbers{qint64(-1), qint64(0), std::numeric_limits<qint64>::min(),
                                   std::numeric_limits<qint64>::max(), qint64(253402300800000), qint64(-62135596800000),
                                   1e308, -1e308, 0.5, 1700000000.999};
        for (const QVariant &n : numbers)
            insertRow(sql, {{u"timestamp"_qs, n}, {u"action"_qs, u"LOGIN_FAILED"_qs}, {u"username"_qs, u"bob"_qs}});
    } else if (kind == u"many-actions") {
        for (int i = 0; i < 10000; ++i) {
            insertRow(sql, {{u"timestamp"_qs, u"2026-11-%1T%2:00:00Z"_qs.arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                                  .arg(i % 24, 2, 10, QLatin1Char('0'))},
                            {u"action"_qs, u"ACTION_%1_%2"_qs.arg(i).arg(QStringList{u"DELETE"_qs, u"LOGIN"_qs, u"X"_qs}[i % 3])},
                            {u"username"_qs, u"user%1"_qs.arg(i % 50)}, {u"entity"_qs, u"orders"_qs}});
        }
    } else if (kind == u"deep-json") {
        // Ten thousand levels, and just around QJsonDocument's own limit.
        for (int depth : {10000, 1025, 1024, 1023, 1000, 500}) {
            for (bool objects : {false, true}) {
                const QString text = nested(depth, objects);
                insertRow(sql, {{u"timestamp"_qs, u"2026-11-01T10:00:00Z"_qs}, {u"action"_qs, u"UPDATE"_qs},
                                {u"entity"_qs, u"orders"_qs}, {u"old_values"_qs, text}, {u"new_values"_qs, text},
                                {u"metadata"_qs, text}, {u"summary"_qs, text}});
            }
        }
        // Unbalanced: ten thousand openings and no close.
        insertRow(sql, {{u"timestamp"_qs, u"2026-11-01T10:00:00Z"_qs}, {u"action"_qs, u"UPDATE"_qs},
                        {u"old_values"_qs, QString(10000, u'[')}, {u"new_values"_qs, QString(10000, u'{')}});
    } else {
        return -1;
    }
    sql.exec(u"COMMIT"_qs);
    return sql.scalar(u"SELECT count(*) FROM audit_logs"_qs).toLongLong();
}

// Pages through every row in the given order, reading each as the table, the tooltips and
// the detail dock would; returns the number of rows seen.
// With a limit, returns -2 once more rows than that were seen (pages that never end).
qint64 TestHostile::pageEveryRow(AuditDatabase &db, int sortColumn, Qt::SortOrder order, qint64 limit)
{
    EntriesModel model(&db);
    model.setPageSize(200);
    model.sort(sortColumn, order);
    if (!model.select())
        return -1;
    qint64 seen = 0;
    do {
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole)})
                    model.data(model.index(row, column), role);
            }
            const AuditEvent event = model.eventAt(row);
            QString error;
            const auto raw = EventDetails::readRawRow(db.database(), db.mapping(), event.key, &error);
            if (EventDetails::toJson(event, raw).isEmpty())
                return -1;
            if (row == 0) // the dock's related events, once a page
                EventDetails::loadRelated(db.database(), db.mapping(), event);
            ++seen;
        }
        if (limit >= 0 && seen > limit)
            return -2;
    } while (model.nextPage());
    return seen;
}

void TestHostile::commandLineHandlesEveryRow(const QString &path, qint64 rows)
{
    const ProcessResult flags = runAuditLens({u"flags"_qs, path, u"--json"_qs}, 300000);
    QVERIFY2(flags.exitCode == 0, flags.err.constData());

    // The output file names have a space and non-ASCII letters.
    const QString csv = m_dir.filePath(u"export é 日本.csv"_qs);
    ProcessResult r = runAuditLens({u"export"_qs, path, u"--format"_qs, u"csv"_qs, u"--output"_qs, csv}, 300000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(exportedRows(r), rows);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records = csvRecords(QString::fromUtf8(bytes.mid(3))); // after the byte-order mark
    QVERIFY2(records, "the CSV file is RFC 4180");
    QCOMPARE(records->size(), rows + 1);
    // No cell a spreadsheet would run as a formula (OWASP): = + - @ tab CR lead only numbers.
    for (const QStringList &record : std::as_const(*records)) {
        for (const QString &cell : record)
            QVERIFY2(!CsvWriter::needsNeutralizing(cell), qPrintable(cell.left(80)));
    }

    const QString json = m_dir.filePath(u"export é.jsonl"_qs);
    r = runAuditLens({u"export"_qs, path, u"--format"_qs, u"json"_qs, u"--jsonl"_qs, u"--output"_qs, json}, 300000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(exportedRows(r), rows);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    qint64 objects = 0;
    while (!jsonFile.atEnd()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(jsonFile.readLine(), &error);
        // A line may be too deep for QJsonDocument's own limit when the data was; it still counts.
        QVERIFY2(doc.isObject() || error.error == QJsonParseError::DeepNesting, qPrintable(error.errorString()));
        ++objects;
    }
    QCOMPARE(objects, rows);

    const QString pdf = m_dir.filePath(u"report é.pdf"_qs);
    r = runAuditLens({u"export"_qs, path, u"--format"_qs, u"pdf"_qs, u"--output"_qs, pdf}, 300000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(exportedRows(r), rows);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
}

void TestHostile::corpus_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"blobs", "nulls", "huge-values", "invalid-utf8", "naughty-strings", "broken-timestamps",
                             "duplicate-ids", "many-actions", "deep-json"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestHostile::corpus()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(kind + u".db"_qs);
    const qint64 rows = make(kind, path);
    QVERIFY(rows > 0);
    const QByteArray hash = fileHash(path);
    {
        QString error;
        const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(pageEveryRow(*db, EntriesModel::TimeColumn), rows);
        if (kind != u"huge-values") // a second order of the same 30 MB adds time, not coverage
            QCOMPARE(pageEveryRow(*db, EntriesModel::ActionColumn, Qt::DescendingOrder), rows);

        Flags::FlagStore store(m_dir.filePath(kind + u"-flags.sqlite"_qs));
        QVERIFY(store.open(&error));
        Flags::FlagRunner runner(*db, Flags::RuleSettings());
        runner.setStore(&store);
        const Flags::RunResult result = runner.run(Flags::RunMode::Full);
        QVERIFY2(result.ok, qPrintable(result.error));

        const CsvOracle csv(*db);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.rows, rows);
        QVERIFY2(csv.difference().isEmpty(), csv.difference().constData());
    }
    commandLineHandlesEveryRow(path, rows);
    QCOMPARE(fileHash(path), hash);
}

// A real database with bytes flipped in its pages: each gives rows or one clear sentence.
void TestHostile::corrupted_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("length");
    QTest::newRow("first page header") << qint64(100) << 8;
    QTest::newRow("schema page body") << qint64(1000) << 200;
    QTest::newRow("second page") << qint64(8192) << 64;
    QTest::newRow("every page's header") << qint64(-1) << 12;
    QTest::newRow("middle pages") << qint64(-2) << 4096;
    QTest::newRow("last page") << qint64(-3) << 512;
}

void TestHostile::corrupted()
{
    QFETCH(qint64, offset);
    QFETCH(int, length);
    const QString path = m_dir.filePath(u"corrupted.db"_qs);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QList<qint64> offsets;
    if (offset == -1) {
        for (qint64 page = 8192; page < size; page += 8192)
            offsets << page;
    } else if (offset == -2) {
        for (qint64 at = size / 3; at < 2 * size / 3; at += 3 * 8192)
            offsets << at;
    } else {
        offsets << (offset == -3 ? size - length : offset);
    }
    QRandomGenerator random(offset + length);
    for (qint64 at : offsets) {
        f.seek(at);
        QByteArray bytes = f.read(length);
        for (char &c : bytes)
            c = char(c ^ (1 + random.bounded(255)));
        f.seek(at);
        f.write(bytes);
    }
    f.close();

    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    if (!db) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(u'\n'), "one line");
    } else {
        // Rows or a failed page, never a crash and never endless pages. A damaged index may
        // hand SQLite's rows over twice, so the count is not compared.
        const qint64 seen = pageEveryRow(*db, EntriesModel::TimeColumn, Qt::AscendingOrder, 10 * m_demoRows);
        QVERIFY2(seen != -2, "paging never ends");
        qInfo("%lld rows paged of the %lld written before the damage", seen, m_demoRows);
        Flags::FlagStore store(m_dir.filePath(u"corrupted-flags.sqlite"_qs));
        QVERIFY(store.open(&error));
        Flags::FlagRunner runner(*db, Flags::RuleSettings());
        runner.setStore(&store);
        const Flags::RunResult result = runner.run(Flags::RunMode::Full);
        QVERIFY(result.ok || !result.error.isEmpty());
    }
    for (const QString &format : {u"csv"_qs, u"json"_qs, u"pdf"_qs}) {
        const QString out = m_dir.filePath(u"corrupted-out."_qs + format);
        QFile::remove(out);
        const ProcessResult r = runAuditLens({u"export"_qs, path, u"--format"_qs, format, u"--output"_qs, out}, 300000,
                                             m_dir.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2, r.err.constData()); // -1: crashed or hung
        if (r.exitCode == 2) {
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(!QFile::exists(out), "a failed export leaves no file");
        }
    }
}

void TestHostile::deletedWhileOpen()
{
    const QString path = m_dir.filePath(u"deleted.db"_qs);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(db, qPrintable(error));
    EntriesModel model(db.get());
    QVERIFY(model.select());
    QVERIFY(QFile::remove(path));
    // The open file lives on until it is closed: the pages, a reload and an export still read it.
    qint64 seen = model.rowCount();
    while (model.nextPage())
        seen += model.rowCount();
    QCOMPARE(seen, m_demoRows);
    QVERIFY(model.reloadPage());
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.outputPath = m_dir.filePath(u"deleted.csv"_qs);
    const ExportResult result = Exporter::run(*db, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, m_demoRows);
    // A new connection (the count, an export on a worker) says clearly that the file is gone.
    const auto again = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY(!again);
    QVERIFY2(error.contains(u"does not exist"_qs), qPrintable(error));
}

void TestHostile::replacedWhileOpen()
{
    const QString path = m_dir.filePath(u"replaced.db"_qs);
    const QString other = m_dir.filePath(u"replacement.db"_qs);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(make(u"nulls"_qs, other) == 20);
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(db, qPrintable(error));
    EntriesModel model(db.get());
    QVERIFY(model.select());
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
    // The open connection keeps reading the file it opened; a fresh one reads the new file.
    qint64 seen = model.rowCount();
    while (model.nextPage())
        seen += model.rowCount();
    QCOMPARE(seen, m_demoRows);
    const auto fresh = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(fresh, qPrintable(error));
    QCOMPARE(pageEveryRow(*fresh, EntriesModel::TimeColumn), qint64(20));
}

namespace {
// Writes rows into a WAL database at about a thousand a second (ten every ten milliseconds,
// each batch one transaction), from its own thread and connection, as a live application would.
class Writer : public QThread
{
public:
    explicit Writer(const QString &path) : m_path(path) {}
    QAtomicInt stop;
    QAtomicInt written;
    qint64 elapsedMs = 0;

protected:
    void run() override
    {
        Sql sql(m_path, u"live-writer"_qs);
        sql.exec(u"PRAGMA busy_timeout = 5000"_qs);
        QElapsedTimer timer;
        timer.start();
        int i = 0;
        while (!stop.loadRelaxed()) {
            sql.exec(u"BEGIN"_qs);
            for (int j = 0; j < 10; ++j, ++i) {
                sql.exec(u"INSERT INTO audit_logs (timestamp, username, action, entity, summary, status) "
                         "VALUES (?, 'live', 'DELETE', 'orders', 'written while read', 'success')"_qs,
                         {u"2027-01-01T00:%1:%2.000Z"_qs.arg(i / 60000 % 60, 2, 10, QLatin1Char('0'))
                              .arg(i / 1000 % 60, 2, 10, QLatin1Char('0'))});
            }
            if (sql.exec(u"COMMIT"_qs))
                written.fetchAndAddRelaxed(10);
            // Paced by the clock, not by sleeps alone: a thousand rows a second on average.
            const qint64 due = qint64(i) - timer.elapsed();
            if (due > 0)
                msleep(quint64(due));
        }
        elapsedMs = timer.elapsed();
    }

private:
    QString m_path;
};
} // namespace

void TestHostile::walWrittenWhileBrowsedFlaggedExported()
{
    const QString path = m_dir.filePath(u"live.db"_qs);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    {
        Sql sql(path, u"set-wal"_qs);
        QCOMPARE(sql.scalar(u"PRAGMA journal_mode = WAL"_qs).toString(), u"wal"_qs);
    }
    Writer writer(path);
    writer.start();
    QTRY_VERIFY(writer.written.loadRelaxed() >= 100);

    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(db, qPrintable(error));
    for (int round = 0; round < 3; ++round) {
        const qint64 before = m_demoRows + writer.written.loadRelaxed();
        // Newest first, as the window shows it: new rows land behind the pages already read.
        const qint64 seen = pageEveryRow(*db, round == 1 ? EntriesModel::UserColumn : EntriesModel::TimeColumn,
                                         Qt::DescendingOrder);
        QVERIFY2(seen >= before - 10, qPrintable(u"%1 rows seen, %2 committed before"_qs.arg(seen).arg(before)));

        Flags::FlagStore store(m_dir.filePath(u"live-flags.sqlite"_qs));
        QVERIFY(store.open(&error));
        Flags::FlagRunner runner(*db, Flags::RuleSettings());
        runner.setStore(&store);
        const Flags::RunResult flagged = runner.run(round == 0 ? Flags::RunMode::Full : Flags::RunMode::Incremental);
        QVERIFY2(flagged.ok, qPrintable(flagged.error));

        ExportOptions options;
        options.format = round == 2 ? ExportFormat::Json : ExportFormat::Csv;
        options.outputPath = m_dir.filePath(u"live-export"_qs);
        const qint64 committed = m_demoRows + writer.written.loadRelaxed();
        const ExportResult exported = Exporter::run(db->location(), db->mapping(), options);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        QVERIFY(exported.rows >= committed);
        QVERIFY(exported.rows <= m_demoRows + writer.written.loadRelaxed());
    }
    const ProcessResult r = runAuditLens({u"export"_qs, path, u"--format"_qs, u"pdf"_qs, u"--output"_qs,
                                          m_dir.filePath(u"live.pdf"_qs)}, 300000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    writer.stop.storeRelaxed(1);
    writer.wait();
    QVERIFY(writer.written.loadRelaxed() > 0);
    qInfo("writer: %d rows in %lld ms (%.0f rows/s) while browsed, flagged and exported", writer.written.loadRelaxed(),
          writer.elapsedMs, writer.written.loadRelaxed() * 1000.0 / qMax<qint64>(1, writer.elapsedMs));
}

// QPainter draws text as it is: markup in the data is never rendered as markup in the report.
void TestHostile::pdfReport_showsMarkupAsText()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_dir.filePath(u"markup.db"_qs);
    QFile::remove(path);
    {
        Sql sql(path, u"markup"_qs);
        QVERIFY(sql.script(fixtureSql(u"hostile/native.sql"_qs)));
        QVERIFY(insertRow(sql, {{u"timestamp"_qs, u"2026-11-01T10:00:00Z"_qs}, {u"action"_qs, u"<b>x</b>"_qs},
                                {u"username"_qs, u"<i>eve</i>"_qs}, {u"entity"_qs, u"<img src=x>"_qs},
                                {u"summary"_qs, u"<img src=\"file:///etc/passwd\"> &amp; <b>bold</b>"_qs}}));
    }
    const QString pdf = m_dir.filePath(u"markup report.pdf"_qs);
    const ProcessResult r = runAuditLens({u"export"_qs, path, u"--format"_qs, u"pdf"_qs, u"--output"_qs, pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess text;
    text.start(u"pdftotext"_qs, {u"-layout"_qs, pdf, u"-"_qs});
    QVERIFY(text.waitForFinished(60000));
    const QString shown = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &literal : {u"<b>x</b>"_qs, u"<i>eve</i>"_qs, u"<img src=x>"_qs, u"<img src="_qs})
        QVERIFY2(shown.contains(literal), qPrintable(literal + u" missing from:\n"_qs + shown));
}

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
