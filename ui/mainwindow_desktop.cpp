// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of MainWindow that make it a desktop application kept open all day (issue 10): the
// Edit menu with Find and Preferences, the Views menu of saved views, the theme and the tab
// order. PreferencesDialog, SavedViewsController and Theme do the work.
#include "mainwindow.h"

#include "databasesession.h"
#include "detaildock.h"
#include "entriestable.h"
#include "filterpanel.h"
#include "mainactions.h"
#include "pagerwidget.h"
#include "preferencesdialog.h"
#include "savedviewscontroller.h"
#include "settings.h"
#include "statistics.h"
#include "statisticsbar.h"
#include "theme.h"

#include <QMenuBar>
#include <QStatusBar>

namespace AuditLens {

void MainWindow::setupDesktop()
{
    auto *edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_actions->find);
    edit->addSeparator();
    edit->addAction(m_actions->preferences);
    menuBar()->insertMenu(m_viewMenu->menuAction(), edit);
    connect(m_actions->find, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_views = new SavedViewsController(m_filterPanel, m_table, this);
    // Views goes right after View, before the Flags menu.
    const QList<QAction *> bar = menuBar()->actions();
    const qsizetype view = bar.indexOf(m_viewMenu->menuAction());
    menuBar()->insertMenu(bar.value(view + 1), m_views->menu());
    connect(m_views, &SavedViewsController::viewApplied, this,
            [this](const QString &name) { statusBar()->showMessage(tr("View “%1” applied.").arg(name), 5000); });
    // Shortcuts on the window work while the menu bar is hidden, as F8 does.
    addActions({m_actions->find, m_actions->preferences, m_actions->exportAny, m_actions->toggleFilters});
    setupTabOrder();
    applyPreferences();
}

namespace {

// The controls of container that take Tab, in their current focus-chain order; a control's own
// parts (a combo box's line edit) move with it and are left out.
QList<QWidget *> tabStops(QWidget *container)
{
    QList<QWidget *> stops;
    for (QWidget *w = container->nextInFocusChain(); w && w != container; w = w->nextInFocusChain()) {
        if (!container->isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus) || stops.contains(w))
            continue;
        const bool part = std::any_of(stops.cbegin(), stops.cend(), [w](QWidget *s) { return s->isAncestorOf(w); });
        if (!part)
            stops << w;
    }
    return stops;
}

} // namespace

void MainWindow::setupTabOrder()
{
    // Filter panel, statistics, table, pager, then the detail dock: the order a reader's eye goes.
    // Rows are walked with the arrow keys; Tab leaves the table instead of stepping through cells.
    m_table->setTabKeyNavigation(false);
    const QList<QWidget *> order = tabStops(m_filterPanel) + tabStops(m_statisticsBar) + QList<QWidget *>{m_table}
        + tabStops(m_pager) + tabStops(m_detail);
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
}

void MainWindow::focusSearch()
{
    m_actions->toggleFilters->setChecked(true);
    m_filterPanel->focusSearch();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences();
}

void MainWindow::applyPreferences()
{
    Theme::apply(Settings::theme());
    Theme::styleCharts(this);
    m_detail->setTimeInUtc(Settings::timeInUtc());
    if (!m_session)
        return;
    EntriesModel *model = m_session->entries();
    model->setTimeInUtc(Settings::timeInUtc());
    if (model->pageSize() != Settings::pageSize())
        model->setPageSize(Settings::pageSize());
    m_statistics->refreshCharts(m_filterPanel->filter()); // the chart series take the new theme's colours
}

} // namespace AuditLens
