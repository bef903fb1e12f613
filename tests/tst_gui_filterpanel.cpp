// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsdock.h"
#include "databasesession.h"
#include "demogenerator.h"
#include "filterpanel.h"
#include "flagscontroller.h"
#include "mainwindow.h"
#include "statistics.h"
#include "statisticsbar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace AuditLens;

namespace {
// Mid-afternoon of the demo's last day (a Saturday): "today" and "this week" hold data.
const QDateTime kNow(QDate(2026, 11, 28), QTime(15, 30), Qt::UTC);
const char kAll[] = "1 = 1";
} // namespace

class tst_GuiFilterPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void widgetFilter_matchesSql_data();
    void widgetFilter_matchesSql();
    void quickFilter_matchesSql_data();
    void quickFilter_matchesSql();
    void statisticsCard_togglesItsFilter();
    void actionBadge_filtersToAction();
    void chip_removesItsFilter();
    void chips_wrapInsteadOfWidening();
    void chartDayClick_narrowsRange();
    void toggleAction_hidesPanel_andFilterPersists();

private:
    qint64 sqlCount(const QString &where) const;
    QStringList sqlFirstPage(const QString &where) const;
    void compareWithSql(const QString &where);
    template<typename T> T *find(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    void openWindow();

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_sql;
    std::unique_ptr<MainWindow> m_window;
};

void tst_GuiFilterPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AuditLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_filterpanel"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    DemoGenerator::Options options;
    options.rows = 6000;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    QVERIFY2(DemoGenerator::write(m_path, options, &error), qPrintable(error));
    m_sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("truth"));
    m_sql.setDatabaseName(m_path);
    QVERIFY(m_sql.open());
}

void tst_GuiFilterPanel::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->filterPanel()->setReferenceTime(kNow);
    m_window->statistics()->setReferenceTime(kNow);
    m_window->show();
    QVERIFY(m_window->openLocation(m_path));
}

void tst_GuiFilterPanel::init()
{
    openWindow();
    // Choices load on a worker; wait until the event types are there.
    QTRY_VERIFY(find<QComboBox>("filterEventType")->count() > 5);
    // The background flag run ends by refreshing the statistics: let it finish first so that
    // every test compares against the snapshot of the finished flags.
    auto *flags = m_window->findChild<FlagsController *>(QStringLiteral("flagsController"));
    QTRY_VERIFY_WITH_TIMEOUT(!flags->isRunning(), 60000);
    QCoreApplication::processEvents();
    // A last refresh of our own supersedes the one the run asked for; its snapshot is the last.
    QSignalSpy ready(m_window->statistics(), &StatisticsService::statisticsReady);
    m_window->statistics()->refreshStatistics();
    QTRY_VERIFY(!ready.isEmpty());
    m_window->filterPanel()->clearAll();
}

void tst_GuiFilterPanel::cleanup()
{
    m_window.reset();
}

qint64 tst_GuiFilterPanel::sqlCount(const QString &where) const
{
    QSqlQuery q(m_sql);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_logs WHERE ") + where) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList tst_GuiFilterPanel::sqlFirstPage(const QString &where) const
{
    QSqlQuery q(m_sql);
    q.exec(QStringLiteral("SELECT id FROM audit_logs WHERE %1 ORDER BY timestamp DESC, id DESC LIMIT %2")
               .arg(where)
               .arg(m_window->session()->entries()->pageSize()));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void tst_GuiFilterPanel::compareWithSql(const QString &where)
{
    EntriesModel *model = m_window->session()->entries();
    QTRY_VERIFY(model->totalCount() >= 0);
    QTRY_VERIFY(!model->isLoading()); // a text search reads its page on a worker
    QCOMPARE(model->totalCount(), sqlCount(where));
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->eventAt(row).keyText();
    QCOMPARE(shown, sqlFirstPage(where));
}

void tst_GuiFilterPanel::widgetFilter_matchesSql_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("where");
    QTest::newRow("event-type-action") << "filterEventType" << "action:LOGIN" << "action = 'LOGIN'";
    QTest::newRow("event-type-category") << "filterEventType" << "category:delete" << "action = 'DELETE'";
    QTest::newRow("table") << "filterTable" << "orders" << "entity = 'orders'";
    QTest::newRow("user-typed") << "filterUser" << "alice" << "username = 'alice'";
    QTest::newRow("status") << "filterStatus" << "failure" << "status = 'failure'";
    QTest::newRow("ip") << "filterIp" << "192.168.1.10" << "ip_address = '192.168.1.10'";
    QTest::newRow("dates") << "filterFrom" << "2026-11-20"
                           << "timestamp >= '2026-11-20' AND timestamp < '2026-11-21'";
    QTest::newRow("text") << "filterText" << "espresso" << "summary LIKE '%espresso%' OR old_values LIKE "
                                                           "'%espresso%' OR new_values LIKE '%espresso%'";
    QTest::newRow("text-percent") << "filterText" << "%" << "instr(summary || old_values || new_values || metadata, '%') > 0";
    QTest::newRow("text-injection") << "filterText" << "'; DROP TABLE audit_logs; --" << "0";
    // The flagged keys come from the flag store once the window's run has finished.
    QTest::newRow("flagged-only") << "filterFlaggedOnly" << "on" << "FLAGGED";
}

void tst_GuiFilterPanel::widgetFilter_matchesSql()
{
    QFETCH(QString, widget);
    QFETCH(QString, value);
    QFETCH(QString, where);
    if (where == QLatin1String("FLAGGED")) {
        auto *flags = m_window->findChild<FlagsController *>(QStringLiteral("flagsController"));
        QTRY_VERIFY_WITH_TIMEOUT(!flags->isRunning(), 60000);
        QStringList keys;
        for (const QVariant &k : flags->store()->flaggedKeys(m_window->session()->location().identity()))
            keys << k.toString();
        QVERIFY(!keys.isEmpty());
        where = QStringLiteral("id IN (%1)").arg(keys.join(u','));
    }
    QWidget *w = m_window->findChild<QWidget *>(widget);
    QVERIFY(w);
    QWidget *enterTarget = nullptr;
    if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
        int index = combo->findData(value, Qt::UserRole);
        if (index < 0 && widget == QLatin1String("filterStatus")) {
            for (Status s : {Status::Success, Status::Failure, Status::Error})
                if (Actions::statusName(s) == value)
                    index = combo->findData(int(s));
        }
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
    } else if (auto *editable = qobject_cast<QComboBox *>(w)) {
        QTest::keyClicks(editable->lineEdit(), value);
        enterTarget = editable->lineEdit(); // Enter in the field applies, as Search does
    } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        QTest::keyClicks(line, value);
        enterTarget = line;
    } else if (auto *edit = qobject_cast<QDateTimeEdit *>(w)) {
        const QDateTime from(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC);
        edit->setDateTime(from);
        find<QDateTimeEdit>("filterTo")->setDateTime(from.addDays(1));
    } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
        check->setChecked(true);
    }
    if (enterTarget)
        QTest::keyClick(enterTarget, Qt::Key_Return);
    else
        QTest::mouseClick(find<QPushButton>("filterSearch"), Qt::LeftButton);
    QCOMPARE(m_window->filterPanel()->filter().activeCount(), 1);
    compareWithSql(where);
}

void tst_GuiFilterPanel::quickFilter_matchesSql_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("where");
    QTest::newRow("today") << "quickToday" << "timestamp >= '2026-11-28'";
    QTest::newRow("this-week") << "quickThisWeek" << "timestamp >= '2026-11-23'";
    QTest::newRow("failed-logins") << "quickFailedLogins" << "action = 'LOGIN_FAILED'";
    QTest::newRow("data-changes") << "quickDataChanges" << "action IN ('CREATE', 'UPDATE', 'DELETE')";
}

void tst_GuiFilterPanel::quickFilter_matchesSql()
{
    QFETCH(QString, button);
    QFETCH(QString, where);
    auto *b = m_window->findChild<QToolButton *>(button);
    QVERIFY(b);
    QTest::mouseClick(b, Qt::LeftButton);
    QVERIFY(sqlCount(where) > 0);
    compareWithSql(where);
}

void tst_GuiFilterPanel::statisticsCard_togglesItsFilter()
{
    StatisticsBar *bar = m_window->statisticsBar();
    QTRY_VERIFY(bar->snapshot().valid);
    const QString week = QStringLiteral("timestamp >= '2026-11-21T15:30:00.000Z'");
    QCOMPARE(bar->snapshot().failures, sqlCount(week + QStringLiteral(" AND status IN ('failure', 'error')")));
    QToolButton *failures = bar->card(StatisticsBar::Failures);
    QTest::mouseClick(failures, Qt::LeftButton);
    compareWithSql(week + QStringLiteral(" AND status IN ('failure', 'error')"));
    QCOMPARE(m_window->session()->entries()->totalCount(), bar->snapshot().failures);
    QVERIFY(failures->isChecked());
    QTest::mouseClick(failures, Qt::LeftButton); // a second click clears it
    compareWithSql(QLatin1String(kAll));
    QVERIFY(!failures->isChecked());
    QTest::mouseClick(bar->card(StatisticsBar::Today), Qt::LeftButton);
    compareWithSql(QStringLiteral("timestamp >= '2026-11-28'"));
    QCOMPARE(m_window->session()->entries()->totalCount(), bar->snapshot().today);
}

void tst_GuiFilterPanel::actionBadge_filtersToAction()
{
    QTRY_VERIFY(m_window->statisticsBar()->snapshot().valid);
    auto *preset = find<QComboBox>("filterDatePreset");
    preset->setCurrentIndex(preset->findData(int(FilterPanel::Last30Days)));
    emit preset->activated(preset->currentIndex());
    QTest::mouseClick(find<QPushButton>("filterSearch"), Qt::LeftButton);
    const QString since = m_window->filterPanel()->filter().from.toString(Qt::ISODateWithMs);
    QPointer<QToolButton> badge = m_window->findChild<QToolButton *>(QStringLiteral("actionBadge_LOGIN"));
    QVERIFY(badge);
    QTest::mouseClick(badge, Qt::LeftButton);
    compareWithSql(QStringLiteral("action = 'LOGIN' AND timestamp >= '%1'").arg(since));
    // The badge left the dates alone, so the date range still says what they are.
    QCOMPARE(preset->currentData().toInt(), int(FilterPanel::Last30Days));
    // A statistics refresh (the filter change, a flag run, a growing database) updates the badges
    // in place: the one clicked, perhaps still focused, stays and stays checked.
    QSignalSpy ready(m_window->statistics(), &StatisticsService::statisticsReady);
    m_window->statistics()->refreshStatistics();
    QTRY_VERIFY(!ready.isEmpty());
    QVERIFY(badge);
    QCOMPARE(badge->objectName(), QStringLiteral("actionBadge_LOGIN"));
    QVERIFY(badge->isChecked());
}

void tst_GuiFilterPanel::chip_removesItsFilter()
{
    auto *table = find<QComboBox>("filterTable");
    table->setCurrentIndex(table->findData(QStringLiteral("orders")));
    find<QComboBox>("filterStatus")->setCurrentIndex(find<QComboBox>("filterStatus")->findData(int(Status::Success)));
    QTest::mouseClick(find<QPushButton>("filterSearch"), Qt::LeftButton);
    compareWithSql(QStringLiteral("entity = 'orders' AND status = 'success'"));
    QToolButton *tableChip = nullptr;
    for (auto *chip : m_window->findChildren<QToolButton *>(QStringLiteral("filterChip"))) {
        if (chip->text().contains(QLatin1String("orders")))
            tableChip = chip;
    }
    QVERIFY(tableChip);
    QTest::mouseClick(tableChip, Qt::LeftButton);
    compareWithSql(QStringLiteral("status = 'success'"));
    QTest::mouseClick(find<QPushButton>("filterClearAll"), Qt::LeftButton);
    compareWithSql(QLatin1String(kAll));
    QCOMPARE(m_window->filterPanel()->filter().activeCount(), 0);
}

void tst_GuiFilterPanel::chips_wrapInsteadOfWidening()
{
    FilterPanel *panel = m_window->filterPanel();
    // Shown whatever an earlier run left in the settings: this test is about its layout.
    m_window->findChild<QAction *>(QStringLiteral("actionToggleFilters"))->setChecked(true);
    QVERIFY(panel->isVisible());
    const int bare = panel->minimumSizeHint().width();
    EventFilter f;
    QSqlQuery q(m_sql);
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT username FROM audit_logs WHERE username IS NOT NULL")));
    while (q.next())
        f.users << q.value(0).toString();
    QVERIFY(f.users.size() > 5);
    f.tables = {QStringLiteral("orders"), QStringLiteral("products"), QStringLiteral("customers"),
                QStringLiteral("inventory_adjustments")};
    f.text = QString(200, u'x');
    f.ip = QStringLiteral("192.168.100.200");
    f.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    f.to = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    panel->setFilter(f);
    QCoreApplication::processEvents();
    const QList<QToolButton *> chips = panel->findChildren<QToolButton *>(QStringLiteral("filterChip"));
    QCOMPARE(chips.size(), 5);
    int widest = 0;
    int sideBySide = 0;
    for (QToolButton *chip : chips) {
        widest = std::max(widest, chip->sizeHint().width());
        sideBySide += chip->sizeHint().width();
    }
    // Side by side the chips would widen the window by all of their widths; wrapped, by the widest at most.
    QVERIFY2(panel->minimumSizeHint().width() <= bare + widest,
             qPrintable(QStringLiteral("%1 > %2 + %3 (side by side %4)")
                            .arg(panel->minimumSizeHint().width()).arg(bare).arg(widest).arg(sideBySide)));
    // The long user list is cut on the chip and whole in its tooltip.
    const auto userChip = std::find_if(chips.cbegin(), chips.cend(),
                                       [](QToolButton *c) { return c->text().startsWith(QLatin1String("User:")); });
    QVERIFY(userChip != chips.cend());
    QVERIFY((*userChip)->text().contains(u'…'));
    QVERIFY((*userChip)->toolTip().contains(f.users.last()));
    // At the window's width every chip is shown whole, none on top of another.
    QTRY_VERIFY(chips.first()->isVisible());
    for (int i = 0; i < chips.size(); ++i) {
        const QRect r = chips[i]->geometry();
        QVERIFY(chips[i]->isVisible());
        QCOMPARE(r.size(), chips[i]->sizeHint());
        QVERIFY(chips[i]->parentWidget()->rect().contains(r));
        for (int j = 0; j < i; ++j)
            QVERIFY(!r.intersects(chips[j]->geometry()));
    }
}

void tst_GuiFilterPanel::chartDayClick_narrowsRange()
{
    ChartsDock *dock = m_window->chartsDock();
    QTRY_VERIFY(dock->data().valid && !dock->days().isEmpty());
    emit dock->dayClicked(QDate(2026, 11, 3));
    compareWithSql(QStringLiteral("substr(timestamp, 1, 10) = '2026-11-03'"));
}

void tst_GuiFilterPanel::toggleAction_hidesPanel_andFilterPersists()
{
    QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("actionToggleFilters"));
    QVERIFY(toggle);
    toggle->setChecked(true);
    QVERIFY(m_window->filterPanel()->isVisible());
    toggle->trigger();
    QVERIFY(!m_window->filterPanel()->isVisible());
    auto *table = find<QComboBox>("filterTable");
    table->setCurrentIndex(table->findData(QStringLiteral("orders")));
    m_window->filterPanel()->apply();
    m_window->close();
    m_window.reset();
    openWindow();
    QVERIFY(!m_window->filterPanel()->isVisible());
    QCOMPARE(m_window->filterPanel()->filter().tables, QStringList{QStringLiteral("orders")});
    compareWithSql(QStringLiteral("entity = 'orders'"));
    m_window->findChild<QAction *>(QStringLiteral("actionToggleFilters"))->setChecked(true);
}

QTEST_MAIN(tst_GuiFilterPanel)
#include "tst_gui_filterpanel.moc"
