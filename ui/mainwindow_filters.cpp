// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of MainWindow that assemble the filter panel, the statistics bar and the charts:
// kept apart from mainwindow.cpp so that the detail dock and exports merge without conflict.
#include "mainwindow.h"

#include "chartsdock.h"
#include "databasesession.h"
#include "detaildock.h"
#include "entriesmodel.h"
#include "entriestable.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "mainactions.h"
#include "search/searchindexbuilder.h"
#include "searchindexindicator.h"
#include "settings.h"
#include "statistics.h"
#include "statisticsbar.h"
#include "theme.h"
#include "workers.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPointer>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QVBoxLayout>

namespace AuditLens {
namespace {

const QString kPanelKey = QStringLiteral("panel");
const QString kVisibleKey = QStringLiteral("visible");

QVariantMap stateOf(const QString &identity)
{
    return Settings::value(Settings::FilterStates).toMap().value(identity).toMap();
}

} // namespace

void MainWindow::setupFilters(QWidget *central)
{
    auto *layout = qobject_cast<QVBoxLayout *>(central->layout());
    m_filterPanel = new FilterPanel(central);
    m_statisticsBar = new StatisticsBar(central);
    m_statistics = new StatisticsService(this);
    layout->addWidget(m_filterPanel);
    layout->addWidget(m_statisticsBar);
    const bool visible = Settings::value(Settings::FilterPanelVisible).toBool();
    m_filterPanel->setVisible(visible);
    m_actions->toggleFilters->setChecked(visible);
    connect(m_actions->toggleFilters, &QAction::toggled, m_filterPanel, &QWidget::setVisible);
    connect(m_actions->toggleFilters, &QAction::toggled, this, [](bool on) {
        Settings::setValue(Settings::FilterPanelVisible, on); // the default for databases not seen yet
    });
    connect(m_filterPanel, &FilterPanel::filterApplied, this, &MainWindow::applyFilter);
    setupSearchIndex();
    connect(m_statisticsBar, &StatisticsBar::filterRequested, this,
            [this](const EventFilter &f) { m_filterPanel->setFilter(f); });
    connect(m_statistics, &StatisticsService::statisticsReady, m_statisticsBar, &StatisticsBar::setSnapshot);
    connect(m_actions->reload, &QAction::triggered, m_statistics, &StatisticsService::refreshStatistics);
    // The audit log grows while it is open; the worker's indexed counts are cheap to repeat.
    auto *timer = new QTimer(this);
    timer->setObjectName(QStringLiteral("statisticsRefreshTimer"));
    connect(timer, &QTimer::timeout, this, [this] {
        if (m_session && !m_statistics->isBusy())
            m_statistics->refreshStatistics();
    });
    timer->start(std::chrono::seconds(30));
}

void MainWindow::setupCharts()
{
    m_chartsDock = new ChartsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    resizeDocks({m_chartsDock}, {260}, Qt::Vertical); // the table stays the main view; a saved state overrides
    // Hidden until asked for, so a first start shows a full page of events; a saved state overrides.
    m_chartsDock->hide();
    QAction *toggle = m_chartsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionToggleCharts"));
    toggle->setText(tr("&Charts"));
    toggle->setToolTip(tr("Show or hide the charts"));
    toggle->setStatusTip(tr("Show or hide the charts"));
    // Into the View menu, found by the action it holds rather than by its translated title.
    for (QAction *menuAction : menuBar()->actions()) {
        if (menuAction->menu() && menuAction->menu()->actions().contains(m_actions->toggleFilters))
            menuAction->menu()->insertAction(m_actions->reload, toggle);
    }
    toggle->setIcon(Theme::icon(QStringLiteral("charts")));
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        bar->insertAction(bar->actions().value(2), toggle);
    connect(m_statistics, &StatisticsService::chartsReady, m_chartsDock, &ChartsDock::setData);
    connect(m_chartsDock, &ChartsDock::dayClicked, this, [this](const QDate &day) {
        EventFilter f = m_filterPanel->filter();
        f.from = QDateTime(day, QTime(0, 0), Qt::UTC);
        f.to = f.from.addDays(1);
        m_filterPanel->setFilter(f);
    });
}

void MainWindow::attachFilters()
{
    AuditDatabase *db = m_session->database();
    m_compiler = std::make_unique<FilterCompiler>(db->mapping());
    attachFlags(); // the flagged-only condition, before the statistics copy the compiler
    // Two sampled rows and the distinct actions and statuses (index seeks): quick enough here,
    // and every filter applied afterwards depends on them.
    m_compiler->prepare(db->database());
    m_statistics->setDatabase(db->location(), *m_compiler);
    m_searchIndex->start(db->location(), db->mapping()); // resumes, or finds it up to date at once
    m_filterPanel->loadChoices(db->location(), db->mapping());
    const QVariantMap state = stateOf(db->location().identity());
    const bool visible = state.value(kVisibleKey, Settings::value(Settings::FilterPanelVisible)).toBool();
    m_actions->toggleFilters->setChecked(visible);
    m_filterPanel->restoreState(QJsonDocument::fromJson(state.value(kPanelKey).toByteArray()).object());
    m_statistics->refreshStatistics();
}

void MainWindow::applyFilter(const EventFilter &filter)
{
    if (!m_session || !m_compiler)
        return;
    const quint64 generation = ++m_filterGeneration;
    m_selectAfterFilter = true;
    if (filter.text.isEmpty() || !m_compiler->searchIndex().ready) {
        m_session->entries()->setCondition(m_compiler->compile(filter));
    } else {
        // Through the index the compiler first asks it how common the text is (a read of the
        // index file): on a worker, and a newer filter drops this one's answer.
        auto *compiled = new QFutureWatcher<SqlCondition>(this);
        connect(compiled, &QFutureWatcherBase::finished, this,
                [this, compiled, generation, model = QPointer<EntriesModel>(m_session->entries())] {
                    compiled->deleteLater();
                    if (generation == m_filterGeneration && model)
                        model->setCondition(compiled->result());
                });
        compiled->setFuture(Workers::runInteractive([compiler = *m_compiler, filter] { return compiler.compile(filter); }));
        m_session->entries()->awaitCondition();
    }
    m_table->setHighlightText(filter.text);
    m_statisticsBar->setCurrentFilter(filter);
    m_statistics->refreshCharts(filter);
}

// Once a new filter's first page is shown, the detail dock keeps its event if the page has it,
// shows the page's first event otherwise, and nothing when no event matches.
void MainWindow::selectAfterFilter()
{
    EntriesModel *model = m_session ? m_session->entries() : nullptr;
    if (!m_selectAfterFilter || !model || model->isLoading())
        return;
    m_selectAfterFilter = false;
    const QVariant shown = m_detail->shownEvent().key;
    const int row = shown.isValid() ? model->rowOfKey(shown) : -1;
    if (row >= 0 || model->rowCount() > 0)
        m_table->setCurrentIndex(model->index(std::max(row, 0), EntriesModel::TimeColumn));
    else
        m_detail->clear();
}

void MainWindow::setupSearchIndex()
{
    m_searchIndex = new SearchIndexBuilder(this);
    statusBar()->addPermanentWidget(new SearchIndexIndicator(m_searchIndex, this));
    connect(m_searchIndex, &SearchIndexBuilder::finished, this, &MainWindow::useSearchIndex);
}

void MainWindow::useSearchIndex(const SearchIndexState &state)
{
    // Until now searches scanned; from here the compiler names the index, so the page's own
    // connection needs it attached first (workers opened from now on attach it themselves).
    if (!m_session || !m_compiler || !state.ready
        || !SearchIndex::attachIfPresent(m_session->database()->database(), m_session->location()))
        return;
    m_compiler->setSearchIndex(state);
    m_statistics->setDatabase(m_session->location(), *m_compiler);
    if (!m_filterPanel->filter().text.isEmpty())
        applyFilter(m_filterPanel->filter());
}

void MainWindow::saveFilterState()
{
    if (!m_session || !m_filterPanel)
        return;
    QVariantMap all = Settings::value(Settings::FilterStates).toMap();
    QVariantMap state;
    state.insert(kPanelKey, QJsonDocument(m_filterPanel->saveState()).toJson(QJsonDocument::Compact));
    state.insert(kVisibleKey, m_actions->toggleFilters->isChecked());
    all.insert(m_session->location().identity(), state);
    Settings::setValue(Settings::FilterStates, all);
}

} // namespace AuditLens
