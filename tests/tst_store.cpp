// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flags/flagstore.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace AuditLens;
using namespace AuditLens::Flags;
using namespace AuditLens::TestSupport;

// AuditLens's own store (flags, reviews, rules): the owner's alone, durable, and never
// overwritten by a version that does not know its format (issue 9).
class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void created_ownerOnly();
    void existingReadableStore_isTightened();
    void newerVersion_isRefusedAndKept();
    void newerVersion_appStartsWithFlagsDisabled();
    void storeWithoutMaxKey_gainsColumnAndKeepsEverything();
    void killedMidWrite_losesNoCommittedNote();

private:
    QTemporaryDir m_dir;
};

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0777;
    return st.st_mode & 0777;
}

} // namespace

void TestStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestStore::created_ownerOnly()
{
    const mode_t old = ::umask(022); // the usual umask would leave the file readable by all
    const QString path = m_dir.filePath(u"new/flags.sqlite"_qs);
    {
        FlagStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.setReview(u"db"_qs, 1, Review{ReviewState::Acknowledged, u"seen"_qs, u"me"_qs, {}}));
        QCOMPARE(modeOf(path), mode_t(0600));
        // SQLite gives its log and shared-memory files the database file's mode.
        QVERIFY(QFile::exists(path + u"-wal"_qs));
        QCOMPARE(modeOf(path + u"-wal"_qs), mode_t(0600));
        QCOMPARE(modeOf(path + u"-shm"_qs), mode_t(0600));
    }
    ::umask(old);
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestStore::existingReadableStore_isTightened()
{
    const QString path = m_dir.filePath(u"old.sqlite"_qs);
    {
        FlagStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.setReview(u"db"_qs, 1, Review{ReviewState::Confirmed, u"kept"_qs, u"me"_qs, {}}));
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    FlagStore store(path);
    QVERIFY(store.open());
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(store.review(u"db"_qs, 1)->note, u"kept"_qs);
}

void TestStore::newerVersion_isRefusedAndKept()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_qs);
    {
        FlagStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.setReview(u"db"_qs, 42, Review{ReviewState::FalsePositive, u"a note from the future"_qs, u"me"_qs, {}}));
    }
    {
        Sql sql(path);
        QVERIFY(sql.exec(u"PRAGMA user_version = 99"_qs));
        QVERIFY(sql.exec(u"CREATE TABLE future_things (x)"_qs));
        QVERIFY(sql.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs));
    }
    const QByteArray hash = fileHash(path);
    FlagStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(u"newer version of AuditLens"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"99"_qs), qPrintable(error));
    QVERIFY(!store.setReview(u"db"_qs, 43, Review{ReviewState::Acknowledged, u"lost?"_qs, u"me"_qs, {}}));
    QCOMPARE(fileHash(path), hash); // nothing written: no data lost
    Sql sql(path, u"check"_qs);
    QCOMPARE(sql.scalar(u"SELECT note FROM reviews WHERE key = '42'"_qs).toString(), u"a note from the future"_qs);
    QCOMPARE(sql.scalar(u"PRAGMA user_version"_qs).toInt(), 99);
}

void TestStore::newerVersion_appStartsWithFlagsDisabled()
{
    // The window's store lives in XDG_DATA_HOME/AuditLens/AuditLens/flags.sqlite.
    const QString home = m_dir.filePath(u"home"_qs);
    const QString storePath = home + u"/AuditLens/AuditLens/flags.sqlite"_qs;
    QVERIFY(QDir().mkpath(QFileInfo(storePath).absolutePath()));
    {
        Sql sql(storePath, u"future"_qs);
        QVERIFY(sql.exec(u"CREATE TABLE reviews (db, key, note)"_qs));
        QVERIFY(sql.exec(u"INSERT INTO reviews VALUES ('x', '1', 'keep me')"_qs));
        QVERIFY(sql.exec(u"PRAGMA user_version = 7"_qs));
    }
    const QByteArray hash = fileHash(storePath);
    const QString demo = m_dir.filePath(u"demo.db"_qs);
    QVERIFY(writeDemo(demo, 500));

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_qs, home);
    env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
    env.insert(u"XDG_CACHE_HOME"_qs, m_dir.filePath(u"cache"_qs));
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(AUDITLENS_BINARY), {demo});
    QVERIFY(app.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += app.readAll()).contains("newer version of AuditLens")
                                 || app.state() == QProcess::NotRunning, 60000);
    output += app.readAll();
    QVERIFY2(output.contains("newer version of AuditLens"), output.constData());
    QCOMPARE(app.state(), QProcess::Running); // the window is up, without flags
    app.kill();
    app.waitForFinished();
    QCOMPARE(fileHash(storePath), hash);
}

// A version-1 store written before runs.max_key existed opens, keeps its reviews and its saved
// run, and gains the column without a new version number an older AuditLens would refuse.
void TestStore::storeWithoutMaxKey_gainsColumnAndKeepsEverything()
{
    const QString path = m_dir.filePath(u"before-max-key.sqlite"_qs);
    {
        Sql sql(path, u"old"_qs);
        QVERIFY(sql.exec(u"CREATE TABLE flags (db TEXT NOT NULL, key TEXT NOT NULL, key_value, ts INTEGER, seq INTEGER, "
                         "rules TEXT, reasons TEXT, PRIMARY KEY (db, key))"_qs));
        QVERIFY(sql.exec(u"CREATE TABLE reviews (db TEXT NOT NULL, key TEXT NOT NULL, state INTEGER, note TEXT, "
                         "reviewer TEXT, reviewed_at INTEGER, PRIMARY KEY (db, key))"_qs));
        QVERIFY(sql.exec(u"CREATE TABLE runs (db TEXT PRIMARY KEY, fingerprint TEXT, last_ts, last_key, rows_read INTEGER, "
                         "state BLOB, finished_at INTEGER)"_qs));
        QVERIFY(sql.exec(u"CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT)"_qs));
        QVERIFY(sql.exec(u"INSERT INTO reviews VALUES ('db', '7', 1, 'kept', 'me', 0)"_qs));
        QVERIFY(sql.exec(u"INSERT INTO runs VALUES ('db', 'f', '2026-11-01T10:00:00Z', 9, 9, x'00', 0)"_qs));
        QVERIFY(sql.exec(u"PRAGMA user_version = 1"_qs));
    }
    FlagStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.review(u"db"_qs, 7)->note, u"kept"_qs);
    const std::optional<RunState> old = store.runState(u"db"_qs);
    QVERIFY(old);
    QCOMPARE(old->rowsRead, 9);
    QVERIFY(old->maxKey.isNull()); // FlagRunner flags such a database from scratch once
    RunState state = *old;
    state.maxKey = 12;
    QVERIFY(store.saveRunState(u"db"_qs, state));
    QCOMPARE(store.runState(u"db"_qs)->maxKey.toLongLong(), 12);
    Sql sql(path, u"check"_qs);
    QCOMPARE(sql.scalar(u"PRAGMA user_version"_qs).toInt(), 1);
}

void TestStore::killedMidWrite_losesNoCommittedNote()
{
    for (int round = 0; round < 3; ++round) {
        const QString path = m_dir.filePath(u"killed-%1.sqlite"_qs.arg(round));
        QProcess writer;
        writer.start(QStringLiteral(AUDITLENS_STORE_WRITER), {path, u"audit.db"_qs});
        QVERIFY(writer.waitForStarted());
        // Killed after a different number of writes each round, wherever it then is.
        QByteArray out;
        const int wanted = 300 + round * 700;
        QTRY_VERIFY_WITH_TIMEOUT((out += writer.readAllStandardOutput()).count("review ") >= wanted, 120000);
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();

        qint64 reviews = -1;
        qint64 runs = -1;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("review "))
                reviews = line.mid(7).toLongLong();
            else if (line.startsWith("run "))
                runs = line.mid(4).toLongLong();
        }
        QVERIFY(reviews >= wanted - 1);

        FlagStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        for (qint64 i = 0; i <= reviews; ++i) {
            const auto review = store.review(u"audit.db"_qs, i);
            QVERIFY2(review, qPrintable(u"review %1 of %2 lost"_qs.arg(i).arg(reviews)));
            QVERIFY(review->note.startsWith(u"note %1: "_qs.arg(i)));
            QCOMPARE(review->note.size(), u"note %1: "_qs.arg(i).size() + int(i % 500));
        }
        // Flag runs are whole or absent: a multiple of a hundred, at least every printed run.
        const qint64 flags = store.flaggedCount(u"audit.db"_qs);
        QCOMPARE(flags % 100, qint64(0));
        QVERIFY(flags >= (runs + 1) * 100);
        Sql sql(path, u"integrity"_qs);
        QCOMPARE(sql.scalar(u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
