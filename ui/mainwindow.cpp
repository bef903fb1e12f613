// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "connectdialog.h"
#include "connectionbanner.h"

#include "databasesession.h"
#include "detaildock.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "entriestable.h"
#include "exportcontroller.h"
#include "liveupdates.h"
#include "mainactions.h"
#include "neweventsbanner.h"
#include "mappingdialog.h"
#include "pagerwidget.h"
#include "settings.h"
#include "statistics.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>
#include <QScreen>
#include <QVBoxLayout>

static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace AuditLens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initIconResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AuditLens"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/auditlens.svg")));
    setAcceptDrops(true);
    setupActions();
    setupMenus();
    setupToolBar();
    setupCentralWidget();
    setupCharts();
    setupStatusBar();
    setupDetailDock();
    setupFlags();
    setupLiveUpdates();
    setupDesktop();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    m_actions = std::make_unique<MainActions>(this);
    addActions({m_actions->firstPage, m_actions->previousPage, m_actions->nextPage, m_actions->lastPage});
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_actions->connectServer, &QAction::triggered, this, &MainWindow::chooseServer);
    connect(m_actions->mapColumns, &QAction::triggered, this, [this] {
        if (m_session)
            mapColumns(m_session->location());
        else
            statusBar()->showMessage(tr("Open a database first: its tables are what you map."), 5000);
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    m_export = new ExportController(this);
    connect(m_actions->exportCsv, &QAction::triggered, this, [this] { exportEntries(int(ExportFormat::Csv)); });
    connect(m_actions->exportJson, &QAction::triggered, this, [this] { exportEntries(int(ExportFormat::Json)); });
    connect(m_actions->exportPdf, &QAction::triggered, this, [this] { exportEntries(int(ExportFormat::Pdf)); });
    connect(m_actions->exportAny, &QAction::triggered, this, [this] { exportEntries(int(ExportFormat::Csv)); });
}

void MainWindow::exportEntries(int format)
{
    if (!m_session)
        return;
    EntriesModel *model = m_session->entries();
    QVariantList keys;
    if (m_table->selectionModel()) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            keys << model->eventAt(index.row()).key;
    }
    m_export->exportFrom(ExportFormat(format), model, keys);
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->open);
    file->addAction(m_actions->connectServer);
    file->addAction(m_actions->mapColumns);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->addAction(m_actions->exportAny);
    exportMenu->addSeparator();
    exportMenu->addActions({m_actions->exportCsv, m_actions->exportJson, m_actions->exportPdf});
    file->addSeparator();
    file->addAction(m_actions->quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->toggleFilters);
    view->addAction(m_actions->reload);
    m_viewMenu = view;
    view->addSeparator();
    view->addActions({m_actions->firstPage, m_actions->previousPage, m_actions->nextPage, m_actions->lastPage});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
    rebuildRecentMenu();
}

void MainWindow::setupToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    auto *title = new QLabel(tr("Audit Log"), bar);
    title->setObjectName(QStringLiteral("screenTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    title->setFont(f);
    title->setContentsMargins(8, 0, 16, 0);
    bar->addWidget(title);
    bar->addAction(m_actions->toggleFilters);
    bar->addAction(m_actions->exportAny);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void MainWindow::setupCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_table = new EntriesTable(central);
    m_pager = new PagerWidget(central);
    m_pager->setObjectName(QStringLiteral("pager"));
    setupFilters(central);
    m_banner = new ConnectionBanner(central);
    m_newEvents = new NewEventsBanner(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_newEvents);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pager);
    setCentralWidget(central);
    connect(m_actions->firstPage, &QAction::triggered, m_pager, &PagerWidget::firstPage);
    connect(m_actions->previousPage, &QAction::triggered, m_pager, &PagerWidget::previousPage);
    connect(m_actions->nextPage, &QAction::triggered, m_pager, &PagerWidget::nextPage);
    connect(m_actions->lastPage, &QAction::triggered, m_pager, &PagerWidget::lastPage);
    connect(m_actions->reload, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->entries()->reloadPage();
    });
}

void MainWindow::setupStatusBar()
{
    m_databaseLabel = new QLabel(tr("No database open"), this);
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::setupDetailDock()
{
    m_detail = new DetailDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_detail);
    resizeDocks({m_detail}, {420}, Qt::Horizontal); // wide enough for its labels; a saved state overrides
    QAction *toggle = m_detail->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionToggleDetails"));
    toggle->setText(tr("Event &Details"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    toggle->setStatusTip(tr("Show or hide the details of the selected event"));
    m_viewMenu->insertAction(m_actions->reload, toggle);
    connect(m_detail, &DetailDock::relatedEventActivated, this, &MainWindow::showRelatedEvent);
    // The user link narrows the filter panel's filter to that user, keeping the rest.
    connect(m_detail, &DetailDock::filterToUser, this, [this](const QString &user) {
        EventFilter filter = m_filterPanel->filter();
        filter.users = {user};
        m_filterPanel->setFilter(filter); // emits filterApplied, which re-queries
    });
}

// The database grows while it is open: the banner above the table, the count, flags and statistics.
void MainWindow::setupLiveUpdates()
{
    m_live = new LiveUpdates(m_newEvents, m_flags, this);
    m_live->setObjectName(QStringLiteral("liveUpdates"));
    connect(m_live, &LiveUpdates::statisticsStale, m_statistics, &StatisticsService::refreshStatistics);
    connect(m_live, &LiveUpdates::newestShown, this, [this] {
        m_table->scrollToTop();
        if (m_session && m_session->entries()->rowCount() > 0)
            m_table->setCurrentIndex(m_session->entries()->index(0, EntriesModel::TimeColumn));
    });
}

void MainWindow::showRelatedEvent(const QVariant &key)
{
    if (!m_session)
        return;
    EntriesModel *model = m_session->entries();
    model->showFirstKey({key}, [this, model](const QVariant &found) {
        if (!found.isValid()) {
            statusBar()->showMessage(tr("That event is hidden by the current filter."), 5000);
            return;
        }
        m_table->setCurrentIndex(model->index(model->rowOfKey(found), EntriesModel::TimeColumn));
        m_table->scrollTo(m_table->currentIndex());
    });
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(Settings::value(Settings::WindowGeometry).toByteArray())) {
        // A first start fills most of a small screen and no more than 1440 × 900 of a large one.
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1440, 900);
        resize(std::min(1440, screen.width() * 9 / 10), std::min(900, screen.height() * 9 / 10));
    }
    restoreState(Settings::value(Settings::WindowState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(Settings::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::WindowState, saveState());
    saveFilterState();
    if (m_session)
        Settings::setValue(Settings::TableHeaderState, m_table->saveLayout());
    event->accept();
}

bool MainWindow::openLocation(const QString &location)
{
    return openDatabase(DatabaseLocation::parse(location));
}

bool MainWindow::openDatabase(const DatabaseLocation &location, const SchemaMapping *mapping)
{
    QString error;
    bool noAuditTable = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<DatabaseSession> session = mapping ? DatabaseSession::openMapped(location, *mapping, &error)
                                                       : DatabaseSession::open(location, &error, &noAuditTable);
    QApplication::restoreOverrideCursor();
    if (!session && noAuditTable) // a table no profile fits: the owner says which columns are which
        return mapColumns(location, error + u' ' + tr("Choose the table and the columns that hold its events."));
    if (!session) {
        showError(error);
        return false;
    }
    if (m_session) {
        saveFilterState();
        Settings::setValue(Settings::TableHeaderState, m_table->saveLayout());
    }
    EntriesModel *model = session->entries();
    model->setPageSize(Settings::pageSize());
    model->setTimeInUtc(Settings::timeInUtc());
    connect(model, &EntriesModel::errorOccurred, this, &MainWindow::handleModelError);
    connect(model, &EntriesModel::totalCountChanged, this, &MainWindow::updateStatus);
    m_table->setModel(model);
    m_table->restoreLayout(Settings::value(Settings::TableHeaderState).toByteArray());
    m_pager->setModel(model);
    m_detail->setDatabase(session->database());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_detail, &DetailDock::setCurrentIndex);
    connect(model, &EntriesModel::pageChanged, this, &MainWindow::selectAfterFilter);
    m_banner->setSession(session->database(), model);
    m_session = std::move(session); // the old session (and its model) goes only after the view let go
    m_selectAfterFilter = true; // the dock shows the newest event rather than an empty pane
    attachFilters(); // applies the saved filter, which selects the first page
    m_live->setSession(m_session->location(), m_session->database()->mapping(), model);
    selectAfterFilter();
    Settings::addRecentDatabase(location.toUrl()); // never with the password
    rebuildRecentMenu();
    setWindowTitle(tr("%1 — AuditLens").arg(m_session->location().displayName()));
    updateStatus();
    return true;
}

bool MainWindow::mapColumns(const DatabaseLocation &location, const QString &reason)
{
    MappingDialog dialog(location, this);
    dialog.setReason(reason);
    if (m_session && m_session->location().identity() == location.identity())
        dialog.selectTable(m_session->database()->mapping().table);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const SchemaMapping mapping = dialog.mapping();
    return openDatabase(location, &mapping);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Audit Database"), Settings::value(Settings::LastOpenDirectory).toString(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::LastOpenDirectory, QFileInfo(path).absolutePath());
    openLocation(path);
}

void MainWindow::chooseServer()
{
    ConnectDialog dialog(this);
    if (m_session && m_session->location().kind == DatabaseKind::PostgreSQL)
        dialog.setLocation(m_session->location());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.keychainMessage().isEmpty())
        statusBar()->showMessage(dialog.keychainMessage(), 10000);
    openDatabase(dialog.location());
}

void MainWindow::handleModelError(const QString &message)
{
    // A server that went away gets the banner and its retries, not a dialog per failed page.
    if (!m_banner->handleQueryFailure())
        showError(message);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentDatabases();
    for (const QString &location : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(location));
        connect(a, &QAction::triggered, this, [this, location] { openLocation(location); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
            Settings::setValue(Settings::RecentDatabases, QStringList());
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_databaseLabel->setText(tr("No database open"));
        m_countLabel->clear();
        return;
    }
    const DatabaseLocation loc = m_session->location();
    const SchemaMapping &mapping = m_session->database()->mapping();
    m_databaseLabel->setText(tr("%1 — table %2 (%3), read-only")
                                 .arg(loc.kind == DatabaseKind::SQLite ? QDir::toNativeSeparators(loc.path) : loc.displayName(),
                                      mapping.table, mapping.profileTitle));
    const qint64 total = m_session->entries()->totalCount();
    m_countLabel->setText(total < 0 ? tr("Counting events…") : tr("%n event(s)", nullptr, int(std::min<qint64>(total, INT_MAX))).replace(QString::number(total), QLocale().toString(total)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AuditLens"),
                       tr("<h3>AuditLens %1</h3><p>A read-only desktop viewer for the audit logs of your "
                          "business systems.</p><p>It never writes to the audit database.</p>")
                           .arg(QStringLiteral(AUDITLENS_VERSION)));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("AuditLens"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openLocation(urls.first().toLocalFile());
    }
}

} // namespace AuditLens
