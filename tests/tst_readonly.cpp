// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "entriesmodel.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

// The audit database is evidence: opening, paging and closing must not change a byte of it.
class TestReadOnly : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openPageClose_leavesFileUnchanged();
    void connection_refusesWrites();
    void commandLine_leavesFileUnchanged();

private:
    QStringList siblings() const;
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReadOnly::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo, 2000));
}

QStringList TestReadOnly::siblings() const
{
    return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
}

void TestReadOnly::openPageClose_leavesFileUnchanged()
{
    const QByteArray hash = fileHash(m_demo);
    const QDateTime modified = QFileInfo(m_demo).lastModified();
    const QStringList files = siblings();
    {
        QString error;
        const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
        QVERIFY2(db, qPrintable(error));
        EntriesModel model(db.get());
        QVERIFY(model.select());
        while (model.nextPage()) {
        }
        model.sort(EntriesModel::UserColumn, Qt::AscendingOrder);
        QTRY_VERIFY(model.totalCount() > 0);
        QVERIFY(model.lastPage());
        QVERIFY(model.goToPage(7));
        QCOMPARE(siblings(), files); // no -journal, -wal or -shm while open
    }
    QCOMPARE(fileHash(m_demo), hash);
    QCOMPARE(QFileInfo(m_demo).lastModified(), modified);
    QCOMPARE(siblings(), files);
}

void TestReadOnly::connection_refusesWrites()
{
    const QByteArray hash = fileHash(m_demo);
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_demo), &error);
    QVERIFY(db);
    QSqlQuery q(db->database());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_logs")));
    QVERIFY(!q.exec(QStringLiteral("CREATE TABLE intruder (x)")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_logs SET summary = 'changed'")));
    QCOMPARE(fileHash(m_demo), hash);
}

void TestReadOnly::commandLine_leavesFileUnchanged()
{
    const QByteArray hash = fileHash(m_demo);
    const QDateTime modified = QFileInfo(m_demo).lastModified();
    const QStringList files = siblings();
    const ProcessResult r = runAuditLens({QStringLiteral("schema"), m_demo});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileHash(m_demo), hash);
    QCOMPARE(QFileInfo(m_demo).lastModified(), modified);
    QCOMPARE(siblings(), files);
}

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
