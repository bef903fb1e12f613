// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"
#include "entriesmodel.h"
#include "entriestable.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "manageviewsdialog.h"
#include "savedviews.h"
#include "savedviewscontroller.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestGuiSavedViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void saveFromMenu_listsViewAndAppliesFilterAndColumns();
    void manageDialog_renamesAndDeletes();
    void exportThenImport_bringsViewsBack();
    void importBadFile_showsReasonAndKeepsViews();
    void damagedStore_isReportedAndKeptAside();

private:
    QStringList viewTitles(MainWindow &w) const;
    static EventFilter sampleFilter();
    // Answers the next modal message box with OK and keeps its text.
    void answerMessage(QString *text);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestGuiSavedViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo, 600));
}

void TestGuiSavedViews::init()
{
    QSettings().clear();
    QFile::remove(SavedViews::defaultPath());
}

QStringList TestGuiSavedViews::viewTitles(MainWindow &w) const
{
    QStringList titles;
    for (QAction *a : w.findChild<QMenu *>(QStringLiteral("menuViews"))->actions()) {
        if (a->objectName() == QLatin1String("savedView"))
            titles << a->text();
    }
    return titles;
}

EventFilter TestGuiSavedViews::sampleFilter()
{
    EventFilter f;
    f.statuses = {Status::Failure};
    f.text = QStringLiteral("order");
    return f;
}

void TestGuiSavedViews::answerMessage(QString *text)
{
    QTimer::singleShot(0, this, [text] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        *text = box->text();
        box->accept();
    });
}

void TestGuiSavedViews::saveFromMenu_listsViewAndAppliesFilterAndColumns()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openLocation(m_demo));
    w.filterPanel()->setFilter(sampleFilter());
    auto *table = w.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    table->setColumnHidden(EntriesModel::IpColumn, true);
    table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(EntriesModel::SummaryColumn), 0);
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        input->setTextValue(QStringLiteral("Failed orders"));
        input->accept();
    });
    w.findChild<QAction *>(QStringLiteral("actionSaveView"))->trigger();
    QCOMPARE(viewTitles(w), QStringList({QStringLiteral("Failed orders")}));
    QVERIFY(QFileInfo::exists(SavedViews::defaultPath()));

    // Something else, then the view again from the menu.
    w.filterPanel()->clearAll();
    table->setColumnHidden(EntriesModel::IpColumn, false);
    table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(EntriesModel::SummaryColumn), 5);
    QTRY_VERIFY(w.session()->entries()->totalCount() >= 0);
    const qint64 all = w.session()->entries()->totalCount();
    QMenu *menu = w.findChild<QMenu *>(QStringLiteral("menuViews"));
    for (QAction *a : menu->actions()) {
        if (a->text() == QLatin1String("Failed orders"))
            a->trigger();
    }
    QCOMPARE(w.filterPanel()->filter(), sampleFilter());
    QVERIFY(table->isColumnHidden(EntriesModel::IpColumn));
    QCOMPARE(table->horizontalHeader()->visualIndex(EntriesModel::SummaryColumn), 0);
    QTRY_VERIFY(w.session()->entries()->totalCount() >= 0 && w.session()->entries()->totalCount() < all);

    // A restart lists it, and Ctrl+1 applies the first view.
    MainWindow again;
    again.show();
    QApplication::setActiveWindow(&again);
    QVERIFY(QTest::qWaitForWindowActive(&again));
    QVERIFY(again.openLocation(m_demo));
    again.filterPanel()->clearAll();
    QCOMPARE(viewTitles(again), QStringList({QStringLiteral("Failed orders")}));
    QTest::keySequence(&again, QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(again.filterPanel()->filter(), sampleFilter());
}

void TestGuiSavedViews::manageDialog_renamesAndDeletes()
{
    MainWindow w;
    QVERIFY(w.openLocation(m_demo));
    SavedViewsController *views = w.savedViews();
    QVERIFY(views->saveCurrent(QStringLiteral("One")));
    QVERIFY(views->saveCurrent(QStringLiteral("Two")));
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<ManageViewsDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<ManageViewsDialog *>(QApplication::activeModalWidget());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("viewsList"));
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0);
        QVERIFY(dialog->renameCurrent(QStringLiteral("First")));
        list->setCurrentRow(1);
        dialog->deleteCurrent();
        QCOMPARE(list->count(), 1);
        dialog->accept();
    });
    w.findChild<QAction *>(QStringLiteral("actionManageViews"))->trigger();
    QCOMPARE(viewTitles(w), QStringList({QStringLiteral("First")}));
    SavedViews stored;
    QVERIFY(stored.load());
    QCOMPARE(stored.names(), QStringList({QStringLiteral("First")}));
}

void TestGuiSavedViews::exportThenImport_bringsViewsBack()
{
    const QString shared = m_dir.filePath(QStringLiteral("shared-views.json"));
    {
        MainWindow w;
        QVERIFY(w.openLocation(m_demo));
        w.filterPanel()->setFilter(sampleFilter());
        QVERIFY(w.savedViews()->saveCurrent(QStringLiteral("To share")));
        QVERIFY(w.savedViews()->exportAll(shared));
    }
    QFile::remove(SavedViews::defaultPath());
    MainWindow w;
    QVERIFY(w.openLocation(m_demo));
    QVERIFY(viewTitles(w).isEmpty());
    QCOMPARE(w.savedViews()->importFrom(shared), 1);
    QCOMPARE(viewTitles(w), QStringList({QStringLiteral("To share")}));
    QVERIFY(w.savedViews()->apply(QStringLiteral("To share")));
    QCOMPARE(w.filterPanel()->filter(), sampleFilter());
}

void TestGuiSavedViews::importBadFile_showsReasonAndKeepsViews()
{
    const QString bad = m_dir.filePath(QStringLiteral("not-views.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"auditlens-views","version":1,"views":[{"name":"x","columns":[{"id":"shoe size"}]}]})");
    f.close();
    MainWindow w;
    QVERIFY(w.openLocation(m_demo));
    QVERIFY(w.savedViews()->saveCurrent(QStringLiteral("Mine")));
    QString shown;
    answerMessage(&shown);
    QCOMPARE(w.savedViews()->importFrom(bad), -1);
    QVERIFY2(shown.contains(QLatin1String("not-views.json")) && shown.contains(QLatin1String("shoe size")), qPrintable(shown));
    QCOMPARE(viewTitles(w), QStringList({QStringLiteral("Mine")}));
}

void TestGuiSavedViews::damagedStore_isReportedAndKeptAside()
{
    QDir().mkpath(QFileInfo(SavedViews::defaultPath()).absolutePath());
    QFile f(SavedViews::defaultPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"auditlens-views\", \"views\": [");
    f.close();
    QFile::remove(SavedViews::defaultPath() + QStringLiteral(".damaged"));
    MainWindow w;
    QString shown;
    answerMessage(&shown);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QLatin1String("views.json")) && shown.contains(QLatin1String("not valid JSON")), qPrintable(shown));
    QVERIFY(QFileInfo::exists(SavedViews::defaultPath() + QStringLiteral(".damaged")));
    QVERIFY(viewTitles(w).isEmpty());
    // A new view is saved; the damaged copy stays for the owner to look at.
    QVERIFY(w.savedViews()->saveCurrent(QStringLiteral("Fresh")));
    QVERIFY(QFileInfo::exists(SavedViews::defaultPath() + QStringLiteral(".damaged")));
}

QTEST_MAIN(TestGuiSavedViews)
#include "tst_gui_savedviews.moc"
