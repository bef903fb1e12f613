// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"
#include "entriesmodel.h"
#include "entriestable.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openDemo_showsNewestPageAndCount();
    void pagerButtons_pageForwardAndBackLikeSql();
    void headerClick_sortsInDatabase();
    void badFile_showsOneDialogAndKeepsCurrentDatabase();
    void columnLayout_survivesRestart();
    void recentMenu_listsOpenedDatabase();

private:
    QStringList shownIds(MainWindow &w) const;
    // Opens the demo and clears the default "last 30 days", so the rows compare with plain SQL.
    bool openAll(MainWindow &w);
    QStringList sqlIds(const QString &orderAndLimit);
    // Answers the next modal message box and returns its text.
    void answerNextDialog(QString *text);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestGuiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo, 2500));
}

bool TestGuiMainWindow::openAll(MainWindow &w)
{
    if (!w.openLocation(m_demo))
        return false;
    w.findChild<FilterPanel *>(QStringLiteral("filterPanel"))->setFilter(EventFilter());
    return true;
}

QStringList TestGuiMainWindow::shownIds(MainWindow &w) const
{
    auto *table = w.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    auto *model = qobject_cast<EntriesModel *>(table->model());
    QStringList ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids << model->eventAt(r).id;
    return ids;
}

QStringList TestGuiMainWindow::sqlIds(const QString &orderAndLimit)
{
    Sql sql(m_demo, QStringLiteral("reference"));
    QStringList ids;
    for (const QVariant &v : sql.column(QStringLiteral("SELECT id FROM audit_logs ") + orderAndLimit))
        ids << v.toString();
    return ids;
}

void TestGuiMainWindow::answerNextDialog(QString *text)
{
    QTimer::singleShot(0, this, [text] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *text = box->text();
        box->accept();
    });
}

void TestGuiMainWindow::openDemo_showsNewestPageAndCount()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openAll(w));
    QCOMPARE(shownIds(w), sqlIds(QStringLiteral("ORDER BY timestamp DESC, id DESC LIMIT 50")));
    auto *count = w.findChild<QLabel *>(QStringLiteral("statusCount"));
    QTRY_VERIFY(count->text().contains(QLatin1String("2,542")));
    auto *pagerLabel = w.findChild<QLabel *>(QStringLiteral("pagerLabel"));
    QTRY_COMPARE(pagerLabel->text(), QStringLiteral("Page 1 of 51"));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("statusDatabase"))->text().contains(QLatin1String("demo.db")));
    QVERIFY(w.windowTitle().contains(QLatin1String("demo.db")));
}

void TestGuiMainWindow::pagerButtons_pageForwardAndBackLikeSql()
{
    MainWindow w;
    w.show();
    QVERIFY(openAll(w));
    auto *next = w.findChild<QToolButton *>(QStringLiteral("pagerNext"));
    auto *previous = w.findChild<QToolButton *>(QStringLiteral("pagerPrevious"));
    auto *last = w.findChild<QToolButton *>(QStringLiteral("pagerLast"));
    QVERIFY(next && previous && last);
    QVERIFY(!previous->isEnabled());
    for (int page = 1; page <= 3; ++page) {
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(shownIds(w), sqlIds(QStringLiteral("ORDER BY timestamp DESC, id DESC LIMIT 50 OFFSET %1").arg(page * 50)));
    }
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(shownIds(w), sqlIds(QStringLiteral("ORDER BY timestamp DESC, id DESC LIMIT 50 OFFSET 100")));
    QTRY_VERIFY(last->isEnabled());
    QTest::mouseClick(last, Qt::LeftButton);
    QCOMPARE(shownIds(w), sqlIds(QStringLiteral("ORDER BY timestamp DESC, id DESC LIMIT 50 OFFSET 2500")));
    QVERIFY(!next->isEnabled());
    // Keyboard: Ctrl+Home goes back to the newest events.
    QTest::keyClick(&w, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(shownIds(w), sqlIds(QStringLiteral("ORDER BY timestamp DESC, id DESC LIMIT 50")));
}

void TestGuiMainWindow::headerClick_sortsInDatabase()
{
    MainWindow w;
    w.show();
    QVERIFY(openAll(w));
    auto *table = w.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    table->horizontalHeader()->setSortIndicator(EntriesModel::UserColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(w), sqlIds(QStringLiteral("ORDER BY username ASC, id ASC LIMIT 50")));
}

void TestGuiMainWindow::badFile_showsOneDialogAndKeepsCurrentDatabase()
{
    MainWindow w;
    w.show();
    QVERIFY(openAll(w));
    const QString text = m_dir.filePath(QStringLiteral("notes.db"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
    }
    QString message;
    answerNextDialog(&message);
    QVERIFY(!w.openLocation(text));
    QVERIFY2(message.contains(QLatin1String("is not an SQLite database")), qPrintable(message));
    QVERIFY(w.session());
    QCOMPARE(w.session()->location().path, m_demo); // what was open stays open
    QCOMPARE(shownIds(w).size(), 50);
}

void TestGuiMainWindow::columnLayout_survivesRestart()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(openAll(w));
        auto *table = w.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
        table->setColumnHidden(EntriesModel::IpColumn, true);
        table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(EntriesModel::SummaryColumn), 1);
        w.close();
    }
    MainWindow w;
    w.show();
    QVERIFY(openAll(w));
    auto *table = w.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    QVERIFY(table->isColumnHidden(EntriesModel::IpColumn));
    QCOMPARE(table->horizontalHeader()->visualIndex(EntriesModel::SummaryColumn), 1);
    table->setColumnHidden(EntriesModel::IpColumn, false);
    w.close();
}

void TestGuiMainWindow::recentMenu_listsOpenedDatabase()
{
    MainWindow w;
    QVERIFY(openAll(w));
    QCOMPARE(Settings::recentDatabases().value(0), m_demo);
    auto *menu = w.findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu && menu->isEnabled());
    QVERIFY(menu->actions().value(0)->text().contains(QLatin1String("demo.db")));
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
