// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace AuditLens {

class ChartsDock;
class ConnectionBanner;
struct DatabaseLocation;
struct SchemaMapping;
class DatabaseSession;
class DetailDock;
class EntriesTable;
class FilterCompiler;
class FilterPanel;
class FlagsController;
class LiveUpdates;
class NewEventsBanner;
class StatisticsBar;
class StatisticsService;
struct EventFilter;
class ExportController;
class PagerWidget;
class SearchIndexBuilder;
struct SearchIndexState;
struct MainActions;
class SavedViewsController;
namespace Flags {
struct RunResult;
}

// Assembles the window's parts and hands work to the objects that own it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file path or postgresql:// URL; on failure shows why and keeps what was open.
    bool openLocation(const QString &location);
    // The same, with a password that must never reach the recent list (the connect dialog), and
    // with the mapping the owner chose in the mapping dialog instead of detection.
    bool openDatabase(const DatabaseLocation &location, const SchemaMapping *mapping = nullptr);
    // The mapping dialog on a database; opens it with the chosen mapping when accepted.
    bool mapColumns(const DatabaseLocation &location, const QString &reason = QString());
    ConnectionBanner *connectionBanner() const { return m_banner; }
    DatabaseSession *session() const { return m_session.get(); }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    StatisticsBar *statisticsBar() const { return m_statisticsBar; }
    ChartsDock *chartsDock() const { return m_chartsDock; }
    StatisticsService *statistics() const { return m_statistics; }
    SavedViewsController *savedViews() const { return m_views; }
    // Applies the Preferences in Settings to the open window (page size, time, theme).
    void applyPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupMenus();
    void setupToolBar();
    void setupCentralWidget();
    void setupStatusBar();
    void setupDetailDock();
    void setupLiveUpdates();
    void showRelatedEvent(const QVariant &key);
    void restoreWindowState();
    // mainwindow_filters.cpp: the filter panel, statistics bar and charts.
    void setupFilters(QWidget *central);
    void setupCharts();
    void attachFilters();
    void applyFilter(const EventFilter &filter);
    void setupSearchIndex();
    void useSearchIndex(const SearchIndexState &state);
    void selectAfterFilter();
    void saveFilterState();
    // mainwindow_flags.cpp: the Flags menu, the flagging run, reviews and the rules dialog.
    void setupFlags();
    void setupFlagStatus();
    void attachFlags();
    void showNotApplicableRules();
    void showFlagRunResult(const Flags::RunResult &result);
    void refreshFlagViews();
    void showFlagsOfCurrent();
    void nextUnreviewedFlag();
    void showRulesDialog();
    // mainwindow_desktop.cpp: the Edit and Views menus, preferences, theme and tab order.
    void setupDesktop();
    void setupTabOrder();
    void showPreferences();
    void focusSearch();
    void chooseFile();
    void chooseServer();
    void handleModelError(const QString &message);
    void rebuildRecentMenu();
    void updateStatus();
    void showAbout();
    void showError(const QString &message);
    void exportEntries(int format);

    std::unique_ptr<MainActions> m_actions;
    std::unique_ptr<DatabaseSession> m_session;
    EntriesTable *m_table = nullptr;
    PagerWidget *m_pager = nullptr;
    DetailDock *m_detail = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    ExportController *m_export = nullptr;
    QLabel *m_databaseLabel = nullptr;
    ConnectionBanner *m_banner = nullptr;
    NewEventsBanner *m_newEvents = nullptr;
    LiveUpdates *m_live = nullptr;
    QLabel *m_countLabel = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    StatisticsBar *m_statisticsBar = nullptr;
    ChartsDock *m_chartsDock = nullptr;
    StatisticsService *m_statistics = nullptr;
    SearchIndexBuilder *m_searchIndex = nullptr;
    std::unique_ptr<FilterCompiler> m_compiler;
    quint64 m_filterGeneration = 0; // the newest filter applied; a compile of an older one is dropped
    bool m_selectAfterFilter = false; // the first page of a new filter picks the dock's event
    FlagsController *m_flags = nullptr;
    QAction *m_nextUnreviewed = nullptr;
    QAction *m_runFlagging = nullptr;
    QAction *m_showUnreviewed = nullptr;
    QAction *m_editRules = nullptr;
    QLabel *m_flagNotApplicable = nullptr;
    SavedViewsController *m_views = nullptr;
};

} // namespace AuditLens
