// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"
#include "entriesmodel.h"
#include "entriestable.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "manageviewsdialog.h"
#include "preferencesdialog.h"
#include "savedviews.h"
#include "savedviewscontroller.h"
#include "pagerwidget.h"
#include "roles.h"
#include "settings.h"
#include "testsupport.h"
#include "theme.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestGuiAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFocusableControl_hasAccessibleName();
    void dialogs_haveAccessibleNames();
    void tabOrder_goesPanelTablePagerDock();
    void shortcuts_areShownInMenus_data();
    void shortcuts_areShownInMenus();
    void ctrlF_focusesSearch();
    void pageShortcuts_turnPages();
    void toggleShortcuts_hidePanelAndDock();
    void dialogShortcuts_openTheirDialogs_data();
    void dialogShortcuts_openTheirDialogs();
    void f8_goesToNextUnreviewedFlag();
    void icons_areSvgSharpAtAnyScale();

private:
    QStringList focusChain(QWidget *from) const;
    // The controls under root that take Tab and have no name for assistive technology; *checked counts them all.
    static QStringList unnamedControls(QWidget *root, int *checked);
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo, 900));
}

void TestGuiAccessibility::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openLocation(m_demo));
    m_window->filterPanel()->setFilter(EventFilter());
}

void TestGuiAccessibility::cleanup()
{
    m_window.reset();
}

void TestGuiAccessibility::everyFocusableControl_hasAccessibleName()
{
    m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->show();
    // A chip and a saved filter show their own controls too.
    EventFilter f;
    f.text = QStringLiteral("order");
    m_window->filterPanel()->setFilter(f);
    int checked = 0;
    const QStringList unnamed = unnamedControls(m_window.get(), &checked);
    QVERIFY2(checked > 25, qPrintable(QString::number(checked)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QStringList TestGuiAccessibility::unnamedControls(QWidget *root, int *checked)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root) || w->focusProxy())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        // The name assistive technology reads: accessibleName, else the buddy label or the text.
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(), QLatin1String(w->metaObject()->className()));
        ++*checked;
    }
    return unnamed;
}

void TestGuiAccessibility::dialogs_haveAccessibleNames()
{
    PreferencesDialog preferences(m_window.get());
    preferences.show();
    int checked = 0;
    QStringList unnamed = unnamedControls(&preferences, &checked);
    QVERIFY2(checked >= 7, qPrintable(QString::number(checked)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY(m_window->savedViews()->saveCurrent(QStringLiteral("A view")));
    SavedViews views;
    QVERIFY(views.load());
    ManageViewsDialog manage(&views, m_window.get());
    manage.show();
    checked = 0;
    unnamed = unnamedControls(&manage, &checked);
    QVERIFY2(checked >= 4, qPrintable(QString::number(checked)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QStringList TestGuiAccessibility::focusChain(QWidget *from) const
{
    QStringList names;
    QWidget *w = from;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(m_window.get()) && !w->objectName().isEmpty())
            names << w->objectName();
        w = w->nextInFocusChain();
    } while (w && w != from);
    return names;
}

void TestGuiAccessibility::tabOrder_goesPanelTablePagerDock()
{
    const QStringList chain = focusChain(m_window->findChild<QWidget *>(QStringLiteral("filterEventType")));
    const qsizetype search = chain.indexOf(QStringLiteral("filterSearch"));
    const qsizetype table = chain.indexOf(QStringLiteral("entriesTable"));
    const qsizetype pager = chain.indexOf(QStringLiteral("pagerJump"));
    const qsizetype dock = chain.indexOf(QStringLiteral("detailCopyJson"));
    QVERIFY2(chain.indexOf(QStringLiteral("filterText")) < search, qPrintable(chain.join(u' ')));
    QVERIFY2(search >= 0 && search < table, qPrintable(chain.join(u' ')));
    QVERIFY2(table < pager, qPrintable(chain.join(u' ')));
    QVERIFY2(pager < dock, qPrintable(chain.join(u' ')));
    QVERIFY2(chain.indexOf(QStringLiteral("statCardTotal")) == search + 1, qPrintable(chain.join(u' ')));
    // And with real keys: Tab from Search goes to the statistics cards, Tab from the table to the pager.
    auto *searchButton = m_window->findChild<QPushButton *>(QStringLiteral("filterSearch"));
    searchButton->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(searchButton->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("statCardTotal"));
    auto *entries = m_window->findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    entries->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(entries->hasFocus());
    QTest::keyClick(entries, Qt::Key_Tab);
    auto *pagerWidget = m_window->findChild<PagerWidget *>(QStringLiteral("pager"));
    QTRY_VERIFY(pagerWidget->isAncestorOf(QApplication::focusWidget()));
}

void TestGuiAccessibility::shortcuts_areShownInMenus_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("find") << QStringLiteral("actionFind") << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("next page") << QStringLiteral("actionNextPage") << QKeySequence(Qt::CTRL | Qt::Key_PageDown);
    QTest::newRow("previous page") << QStringLiteral("actionPreviousPage") << QKeySequence(Qt::CTRL | Qt::Key_PageUp);
    QTest::newRow("export") << QStringLiteral("actionExport") << QKeySequence(Qt::CTRL | Qt::Key_E);
    QTest::newRow("next flag") << QStringLiteral("actionNextUnreviewedFlag") << QKeySequence(Qt::Key_F8);
    QTest::newRow("filters") << QStringLiteral("actionToggleFilters") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    QTest::newRow("details") << QStringLiteral("actionToggleDetails") << QKeySequence(Qt::CTRL | Qt::Key_D);
    QTest::newRow("preferences") << QStringLiteral("actionPreferences") << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QTest::newRow("save view") << QStringLiteral("actionSaveView") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
}

void TestGuiAccessibility::shortcuts_areShownInMenus()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, keys);
    QAction *found = nullptr;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == action)
                found = a;
            if (a->menu())
                walk(a->menu());
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu())
            walk(top->menu());
    }
    QVERIFY2(found, qPrintable(action));
    QVERIFY(found->shortcuts().contains(keys));
}

void TestGuiAccessibility::ctrlF_focusesSearch()
{
    m_window->findChild<QAction *>(QStringLiteral("actionToggleFilters"))->setChecked(false);
    QVERIFY(!m_window->filterPanel()->isVisible());
    m_window->findChild<EntriesTable *>(QStringLiteral("entriesTable"))->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QVERIFY(m_window->filterPanel()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterText"));
}

void TestGuiAccessibility::pageShortcuts_turnPages()
{
    EntriesModel *model = m_window->session()->entries();
    QCOMPARE(model->pageIndex(), 0);
    m_window->findChild<EntriesTable *>(QStringLiteral("entriesTable"))->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QTRY_COMPARE(model->pageIndex(), 1);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QTRY_COMPARE(model->pageIndex(), 2);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QTRY_COMPARE(model->pageIndex(), 1);
}

void TestGuiAccessibility::toggleShortcuts_hidePanelAndDock()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY(m_window->filterPanel()->isVisible());
    QVERIFY(dock->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QVERIFY(!m_window->filterPanel()->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QTRY_VERIFY(!dock->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QVERIFY(m_window->filterPanel()->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QTRY_VERIFY(dock->isVisible());
}

void TestGuiAccessibility::dialogShortcuts_openTheirDialogs_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("dialog");
    QTest::newRow("export") << QKeySequence(Qt::CTRL | Qt::Key_E) << QStringLiteral("exportDialog");
    QTest::newRow("preferences") << QKeySequence(Qt::CTRL | Qt::Key_Comma) << QStringLiteral("preferencesDialog");
}

void TestGuiAccessibility::dialogShortcuts_openTheirDialogs()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, dialog);
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        opened = d->objectName();
        d->reject();
    });
    QTest::keySequence(m_window.get(), keys);
    QTRY_COMPARE(opened, dialog);
}

void TestGuiAccessibility::f8_goesToNextUnreviewedFlag()
{
    auto *next = m_window->findChild<QAction *>(QStringLiteral("actionNextUnreviewedFlag"));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30000); // after the flagging run
    auto *table = m_window->findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    EntriesModel *model = m_window->session()->entries();
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QTRY_VERIFY(table->currentIndex().isValid()
                && !model->index(table->currentIndex().row(), EntriesModel::FlagColumn).data(FlagRulesRole).toStringList().isEmpty());
}

void TestGuiAccessibility::icons_areSvgSharpAtAnyScale()
{
    QList<QPair<QString, QIcon>> icons;
    for (const char *name : {"actionToggleFilters", "actionExport", "actionToggleCharts", "actionSaveView"})
        icons.append({QLatin1String(name), m_window->findChild<QAction *>(QLatin1String(name))->icon()});
    for (const char *name : {"pagerFirst", "pagerPrevious", "pagerNext", "pagerLast"})
        icons.append({QLatin1String(name), m_window->findChild<QToolButton *>(QLatin1String(name))->icon()});
    for (const auto &[name, icon] : icons) {
        QVERIFY2(!icon.isNull(), qPrintable(name));
        // Drawn from the SVG at the size asked: a 256-pixel icon has strokes 256/24 × 2 ≈ 21 px
        // wide, with fully opaque pixels in their middle, not an upscaled 24-pixel blur.
        const QImage big = icon.pixmap(QSize(256, 256)).toImage();
        QCOMPARE(big.size(), QSize(256, 256));
        int opaque = 0;
        for (int y = 0; y < big.height(); ++y)
            for (int x = 0; x < big.width(); ++x)
                opaque += qAlpha(big.pixel(x, y)) == 255;
        QVERIFY2(opaque > 2000, qPrintable(QStringLiteral("%1: %2").arg(name).arg(opaque)));
    }
    QVERIFY(Theme::icon(QStringLiteral("no-such-icon")).isNull());
}

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
