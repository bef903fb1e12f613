// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "entriesmodel.h"
#include "testsupport.h"

#include <QAtomicInt>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unreadable_data();
    void unreadable();
    void unreadable_commandLineExitsTwo_data() { unreadable_data(); }
    void unreadable_commandLineExitsTwo();
    void lockedByWriter_saysLocked();
    void walBeingAppended_isBrowsed();

private:
    QString make(const QString &kind);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo, 3000));
}

// Builds the bad file of each kind; returns its path.
QString TestBadInput::make(const QString &kind)
{
    const QString path = m_dir.filePath(kind + QStringLiteral(".db"));
    QFile::remove(path);
    if (kind == QLatin1String("missing"))
        return path;
    QFile f(path);
    if (kind == QLatin1String("empty")) {
        f.open(QIODevice::WriteOnly);
    } else if (kind == QLatin1String("text")) {
        f.open(QIODevice::WriteOnly);
        f.write("order_id,total\n1,20.00\nthis is a CSV file, not a database\n");
    } else if (kind == QLatin1String("truncated")) {
        QFile demo(m_demo);
        demo.open(QIODevice::ReadOnly);
        f.open(QIODevice::WriteOnly);
        f.write(demo.read(8192)); // a valid header, most pages gone
    } else if (kind == QLatin1String("header-only")) {
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(80, '\xff'));
    } else if (kind == QLatin1String("foreign")) {
        Sql sql(path);
        sql.script(fixtureSql(QStringLiteral("schema_foreign.sql")));
    } else if (kind == QLatin1String("no-tables")) {
        Sql sql(path);
        sql.exec(QStringLiteral("PRAGMA user_version = 3"));
    }
    return path;
}

void TestBadInput::unreadable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << "missing" << "does not exist";
    QTest::newRow("empty file") << "empty" << "is empty";
    QTest::newRow("text file named .db") << "text" << "is not an SQLite database";
    QTest::newRow("truncated sqlite") << "truncated" << "damaged";
    QTest::newRow("header only") << "header-only" << "truncated";
    QTest::newRow("no audit table") << "foreign" << "no audit log table";
    QTest::newRow("no tables") << "no-tables" << "holds no tables";
}

void TestBadInput::unreadable()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = make(kind);
    const QByteArray before = fileHash(path);
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), "one line");
    QCOMPARE(fileHash(path), before); // nothing written, nothing created
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QCOMPARE(QFile::exists(path), kind != QLatin1String("missing"));
}

void TestBadInput::unreadable_commandLineExitsTwo()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = make(kind);
    const ProcessResult r = runAuditLens({QStringLiteral("schema"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestBadInput::lockedByWriter_saysLocked()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    QVERIFY(QFile::copy(m_demo, path));
    Sql writer(path, QStringLiteral("writer"));
    QVERIFY(writer.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    QVERIFY(writer.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(writer.exec(QStringLiteral("UPDATE audit_logs SET summary = 'x' WHERE id = 1")));
    QString error;
    QElapsedTimer timer;
    timer.start();
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
    QVERIFY2(timer.elapsed() >= 2500, "waited for the busy timeout before giving up");
    QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
    // Once the writer is done, the same file opens.
    const auto again = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(again, qPrintable(error));
}

namespace {
// Appends rows to a WAL database from its own thread and connection, as a live application would.
class Appender : public QThread
{
public:
    explicit Appender(const QString &path) : m_path(path) {}
    QAtomicInt stop;
    QAtomicInt written;

protected:
    void run() override
    {
        Sql sql(m_path, QStringLiteral("appender"));
        int i = 0;
        while (!stop.loadRelaxed()) {
            sql.exec(QStringLiteral("INSERT INTO audit_logs (timestamp, username, action, summary, status) "
                                    "VALUES (?, 'live', 'CREATE', 'appended', 'success')"),
                     {QStringLiteral("2027-01-01T00:00:%1.000Z").arg(i % 60, 2, 10, QLatin1Char('0'))});
            written.fetchAndAddRelaxed(1);
            ++i;
            msleep(2);
        }
    }

private:
    QString m_path;
};
} // namespace

void TestBadInput::walBeingAppended_isBrowsed()
{
    const QString path = m_dir.filePath(QStringLiteral("wal.db"));
    QVERIFY(QFile::copy(m_demo, path));
    {
        Sql sql(path, QStringLiteral("setwal"));
        QCOMPARE(sql.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(), QStringLiteral("wal"));
    }
    Appender appender(path);
    appender.start();
    QTRY_VERIFY(appender.written.loadRelaxed() > 20);
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    QVERIFY2(db, qPrintable(error));
    EntriesModel model(db.get());
    QVERIFY(model.select());
    QCOMPARE(model.eventAt(0).actor, QStringLiteral("live")); // rows still in the WAL are seen
    int pages = 1;
    while (model.nextPage())
        ++pages;
    QVERIFY(pages >= 60);
    QTRY_VERIFY(model.totalCount() >= 3000);
    appender.stop.storeRelaxed(1);
    appender.wait();
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
