// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs the built binary, as a script would.
class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csv_rowCountEqualsSql();
    void json_parsesWithEveryRow();
    void pdf_writesReport();
    void csv_flagCacheFollowsNewEvents();
    void badArguments_exit2WithOneLineAndNoFile_data();
    void badArguments_exit2WithOneLineAndNoFile();

private:
    using Result = AuditLens::TestSupport::ProcessResult;
    Result run(const QStringList &arguments);
    qint64 sqlCount();

    QTemporaryDir m_dir;
    QString m_db;
};

TestExportCommand::Result TestExportCommand::run(const QStringList &arguments)
{
    return AuditLens::TestSupport::runAuditLens(arguments, 120000, m_dir.path());
}

qint64 TestExportCommand::sqlCount()
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT count(*) FROM audit_logs"), db);
            if (q.next())
                count = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

void TestExportCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    const Result r = run({QStringLiteral("demo"), m_db, QStringLiteral("--rows"), QStringLiteral("1500"),
                          QStringLiteral("--end"), QStringLiteral("2026-11-28")});
    QCOMPARE(r.exitCode, 0);
}

void TestExportCommand::csv_rowCountEqualsSql()
{
    const QString out = m_dir.filePath(QStringLiteral("all.csv"));
    const Result r = run({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--output"), out, QStringLiteral("--no-bom")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("id,timestamp,"));
    // No demo value holds a line break, so records are lines here.
    QCOMPARE(qint64(bytes.count("\r\n")) - 1, sqlCount());
}

void TestExportCommand::json_parsesWithEveryRow()
{
    const QString out = m_dir.filePath(QStringLiteral("all.json"));
    const Result r = run({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(qint64(doc.array().size()), sqlCount());
}

// An export keeps its flags in the command line's own cache: the next export reads only the
// new events, and its Flags column equals that of an export computed from nothing.
void TestExportCommand::csv_flagCacheFollowsNewEvents()
{
    const QString grow = m_dir.filePath(QStringLiteral("grow.db"));
    QVERIFY(QFile::copy(m_db, grow));
    const auto exportTo = [&](const QString &name, const QString &workDir) {
        const QString out = m_dir.filePath(name);
        const Result r = AuditLens::TestSupport::runAuditLens(
            {QStringLiteral("export"), grow, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
             out, QStringLiteral("--from"), QStringLiteral("2026-01-01")},
            120000, workDir);
        QFile f(out);
        return r.exitCode == 0 && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = exportTo(QStringLiteral("before.csv"), m_dir.path());
    QVERIFY(!before.isEmpty());
    QDirIterator it(m_dir.filePath(QStringLiteral("cache")), {QStringLiteral("command-line-flags.sqlite")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QVERIFY2(it.hasNext(), "the export left no flag cache");
    const QString cache = it.next();
    {
        // Twenty events late at night, after all others: off-hours flags the cached run has not seen.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("grow"));
        db.setDatabaseName(grow);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO audit_logs (timestamp, user_id, username, action, entity, entity_id, summary, ip_address, "
            "status, old_values, new_values) SELECT printf('2026-11-29T02:%02d:00.000Z', id % 60), user_id, username, "
            "action, entity, entity_id, summary, ip_address, status, old_values, new_values FROM audit_logs "
            "WHERE username NOT IN ('system') ORDER BY id DESC LIMIT 20")));
        QCOMPARE(q.numRowsAffected(), 20);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("grow"));
    const QByteArray after = exportTo(QStringLiteral("after.csv"), m_dir.path());
    const QString freshDir = m_dir.filePath(QStringLiteral("fresh"));
    QVERIFY(QDir().mkpath(freshDir));
    const QByteArray fresh = exportTo(QStringLiteral("fresh.csv"), freshDir);
    QVERIFY(!after.isEmpty());
    QCOMPARE(after.count("off_hours"), before.count("off_hours") + 20);
    QVERIFY(after == fresh);
    QVERIFY(QFileInfo::exists(cache));
}

void TestExportCommand::pdf_writesReport()
{
    const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
    const Result r = run({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 0);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("Audit log report")));
    QVERIFY(text.contains(QStringLiteral("page 1 of ")));
}

void TestExportCommand::badArguments_exit2WithOneLineAndNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("demo.db");
    const QString out = QStringLiteral("bad.out");
    QTest::newRow("no format") << QStringList{QStringLiteral("export"), db, QStringLiteral("--output"), out};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), db, QStringLiteral("--format"),
                                                   QStringLiteral("xml"), QStringLiteral("--output"), out};
    QTest::newRow("no output") << QStringList{QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), db, QStringLiteral("--format"),
                                                   QStringLiteral("csv"), QStringLiteral("--output"), out,
                                                   QStringLiteral("--bogus")};
    QTest::newRow("no database") << QStringList{QStringLiteral("export"), QStringLiteral("missing.db"), QStringLiteral("--format"),
                                                QStringLiteral("csv"), QStringLiteral("--output"), out};
    QTest::newRow("not a database") << QStringList{QStringLiteral("export"), QStringLiteral("runtime"), QStringLiteral("--format"),
                                                   QStringLiteral("json"), QStringLiteral("--output"), out};
    QTest::newRow("unwritable folder") << QStringList{QStringLiteral("export"), db, QStringLiteral("--format"),
                                                      QStringLiteral("pdf"), QStringLiteral("--output"),
                                                      QStringLiteral("no/such/dir/") + out};
    QTest::newRow("output is the database") << QStringList{QStringLiteral("export"), db, QStringLiteral("--format"),
                                                           QStringLiteral("csv"), QStringLiteral("--output"), db};
}

void TestExportCommand::badArguments_exit2WithOneLineAndNoFile()
{
    QFETCH(QStringList, arguments);
    const qint64 before = QFileInfo(m_db).size();
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("auditlens: "));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.out"))));
    QCOMPARE(QFileInfo(m_db).size(), before);
    const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("bad.out*"), QStringLiteral("demo.db.*")},
                                                               QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList());
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
