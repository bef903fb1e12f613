// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "databasesession.h"
#include "detaildock.h"
#include "entriesmodel.h"
#include "entriestable.h"
#include "eventfilter.h"
#include "exportdialog.h"
#include "filterpanel.h"
#include "flagscontroller.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

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
    void commandLine_leavesFileUnchanged_data();
    void commandLine_leavesFileUnchanged();
    void guiSession_leavesFileUnchanged();

private:
    QStringList siblings() const;
    void exportFromWindow(MainWindow &w, const char *action, const QString &path);
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

void TestReadOnly::commandLine_leavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QDir::tempPath() + u"/auditlens-readonly-%1"_qs.arg(QCoreApplication::applicationPid());
    // "demo" writes another file; every other command reads the audit database (@DB).
    QTest::newRow("demo on another file") << QStringList{u"demo"_qs, out + u"-demo.db"_qs, u"--rows"_qs, u"300"_qs};
    QTest::newRow("schema") << QStringList{u"schema"_qs, u"@DB"_qs};
    QTest::newRow("flags") << QStringList{u"flags"_qs, u"@DB"_qs};
    QTest::newRow("flags --json filtered") << QStringList{u"flags"_qs, u"@DB"_qs, u"--json"_qs, u"--user"_qs, u"system"_qs};
    QTest::newRow("export csv") << QStringList{u"export"_qs, u"@DB"_qs, u"--format"_qs, u"csv"_qs, u"--output"_qs, out + u".csv"_qs};
    QTest::newRow("export json") << QStringList{u"export"_qs, u"@DB"_qs, u"--format"_qs, u"json"_qs, u"--output"_qs, out + u".json"_qs};
    QTest::newRow("export jsonl flagged") << QStringList{u"export"_qs, u"@DB"_qs, u"--format"_qs, u"json"_qs, u"--jsonl"_qs,
                                                         u"--flagged-only"_qs, u"--output"_qs, out + u".jsonl"_qs};
    QTest::newRow("export pdf") << QStringList{u"export"_qs, u"@DB"_qs, u"--format"_qs, u"pdf"_qs, u"--output"_qs, out + u".pdf"_qs};
    QTest::newRow("bad arguments") << QStringList{u"export"_qs, u"@DB"_qs, u"--format"_qs, u"xls"_qs};
}

void TestReadOnly::commandLine_leavesFileUnchanged()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(u"@DB"_qs, m_demo);
    const QByteArray hash = fileHash(m_demo);
    const QDateTime modified = QFileInfo(m_demo).lastModified();
    const QStringList files = siblings();
    const ProcessResult r = runAuditLens(arguments);
    QVERIFY2(r.exitCode == 0 || arguments.contains(u"xls"_qs), r.err.constData());
    QCOMPARE(fileHash(m_demo), hash);
    QCOMPARE(QFileInfo(m_demo).lastModified(), modified);
    QCOMPARE(siblings(), files); // no -journal, -wal or -shm left behind
    for (const QString &a : std::as_const(arguments)) {
        if (a.startsWith(QDir::tempPath() + u"/auditlens-readonly-"_qs))
            QFile::remove(a);
    }
}

void TestReadOnly::exportFromWindow(MainWindow &w, const char *action, const QString &path)
{
    QTimer::singleShot(0, this, [=] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        dialog->findChild<QLineEdit *>(u"exportPath"_qs)->setText(path);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"exportButtons"_qs)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    w.findChild<QAction *>(QString::fromLatin1(action))->trigger();
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        box = w.findChild<QMessageBox *>(u"exportResultMessage"_qs);
        return box && box->isVisible();
    }, 60000));
    box->close();
    QTRY_VERIFY(!w.findChild<QMessageBox *>(u"exportResultMessage"_qs) || !box->isVisible());
    QVERIFY(QFile::exists(path));
}

// The owner's whole routine in the real window: open, page, filter, sort, select rows, open
// the detail, flag, review, export. The audit database and its folder stay as they were.
void TestReadOnly::guiSession_leavesFileUnchanged()
{
    const QByteArray hash = fileHash(m_demo);
    const QDateTime modified = QFileInfo(m_demo).lastModified();
    const QStringList files = siblings();
    const QString out = QDir::tempPath() + u"/auditlens-readonly-gui-%1"_qs.arg(QCoreApplication::applicationPid());
    {
        MainWindow w;
        w.show();
        QString dialogText;
        QTimer::singleShot(0, this, [&] { // an error dialog would wait for an answer forever
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                dialogText = box->text() + u' ' + box->informativeText();
                box->close();
            }
        });
        QVERIFY2(w.openLocation(m_demo), qPrintable(dialogText));
        auto *controller = w.findChild<FlagsController *>(u"flagsController"_qs);
        QVERIFY(QTest::qWaitFor([&] { return !controller->isRunning(); }, 60000));
        auto *panel = w.findChild<FilterPanel *>(u"filterPanel"_qs);
        panel->setFilter(EventFilter());
        EntriesModel *model = w.session()->entries();
        const qint64 rows = Sql(m_demo, u"count"_qs).scalar(u"SELECT count(*) FROM audit_logs"_qs).toLongLong();
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), rows, 60000);
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_Home, Qt::ControlModifier);
        EventFilter filter;
        filter.users = QStringList{u"system"_qs};
        panel->setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() >= 0, 60000);
        panel->setFilter(EventFilter());
        model->sort(EntriesModel::UserColumn, Qt::AscendingOrder);
        model->sort(EntriesModel::TimeColumn, Qt::DescendingOrder);
        auto *table = w.findChild<EntriesTable *>();
        table->selectRow(0);
        table->setCurrentIndex(model->index(3, EntriesModel::ActionColumn));
        QCOMPARE(siblings(), files); // nothing beside the database while it is open

        // Review a flagged event in the detail dock.
        const QVariantList flagged = controller->store()->flaggedKeys(w.session()->location().identity());
        QVERIFY(!flagged.isEmpty());
        QVERIFY(model->goToKey(flagged.first()));
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->eventAt(r).key == flagged.first())
                table->setCurrentIndex(model->index(r, EntriesModel::TimeColumn));
        }
        auto *dock = w.findChild<DetailDock *>(u"detailDock"_qs);
        QVERIFY(dock);
        auto *flagBox = dock->findChild<QWidget *>(u"detailFlags"_qs);
        QTRY_VERIFY(flagBox && flagBox->isVisible());
        auto *state = flagBox->findChild<QComboBox *>(u"detailReviewState"_qs);
        state->setCurrentIndex(state->findData(u"acknowledged"_qs));
        flagBox->findChild<QPlainTextEdit *>(u"detailReviewNote"_qs)->setPlainText(u"checked, fine"_qs);
        QTest::mouseClick(flagBox->findChild<QPushButton *>(u"detailReviewSave"_qs), Qt::LeftButton);
        QTRY_VERIFY(controller->store()->review(w.session()->location().identity(), flagged.first()).has_value());

        exportFromWindow(w, "actionExportCsv", out + u".csv"_qs);
        exportFromWindow(w, "actionExportJson", out + u".json"_qs);
        exportFromWindow(w, "actionExportPdf", out + u".pdf"_qs);
        QCOMPARE(siblings(), files);
    }
    for (const char *suffix : {".csv", ".json", ".pdf"})
        QFile::remove(out + QString::fromLatin1(suffix));
    QCOMPARE(fileHash(m_demo), hash);
    QCOMPARE(QFileInfo(m_demo).lastModified(), modified);
    QCOMPARE(siblings(), files);
}

QTEST_MAIN(TestReadOnly)
#include "tst_readonly.moc"
