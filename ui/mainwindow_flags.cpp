// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of MainWindow that wire the flags (issue 4): the Flags menu, the background run's
// progress in the status bar, the providers of the table, filter, statistics and exports, the
// review controls of the detail dock and the rules dialog. FlagsController does the work; this
// file only connects it to the window's parts, as mainwindow_filters.cpp does for filters.
#include "mainwindow.h"

#include "databasesession.h"
#include "detaildock.h"
#include "entriestable.h"
#include "eventfilter.h"
#include "exportcontroller.h"
#include "filterpanel.h"
#include "flagscontroller.h"
#include "rulesdialog.h"
#include "statistics.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace AuditLens {

using namespace Flags;

namespace {

constexpr int kMessageMs = 8000;
// F8 tries this many unreviewed flags before saying the filter hides them.
constexpr int kMaxHiddenCandidates = 200;

QAction *flagAction(QObject *parent, const char *name, const QString &text, const QString &tip, const QKeySequence &key = {})
{
    auto *a = new QAction(text, parent);
    a->setObjectName(QLatin1String(name));
    a->setToolTip(tip);
    a->setStatusTip(tip);
    a->setShortcut(key);
    a->setEnabled(false); // until a database is open
    return a;
}

} // namespace

void MainWindow::setupFlags()
{
    m_flags = new FlagsController(this);
    m_flags->setObjectName(QStringLiteral("flagsController"));
    m_nextUnreviewed = flagAction(this, "actionNextUnreviewedFlag", tr("&Next Unreviewed Flag"),
                                  tr("Go to the next flagged event that has not been reviewed"), QKeySequence(Qt::Key_F8));
    m_runFlagging = flagAction(this, "actionRunFlagging", tr("&Run Flagging Again"),
                               tr("Evaluate every rule over the whole database again"));
    m_showUnreviewed = flagAction(this, "actionShowUnreviewedFlags", tr("Show &Unreviewed Flags"),
                                  tr("Show only the flagged events that have not been reviewed"));
    m_editRules = flagAction(this, "actionFlagRules", tr("R&ules…"), tr("Choose the rules that flag events and their thresholds"));
    addAction(m_nextUnreviewed); // the shortcut works while the menu bar is hidden too
    QMenu *menu = new QMenu(tr("Fla&gs"), this);
    menu->setObjectName(QStringLiteral("menuFlags"));
    menu->addActions({m_nextUnreviewed, m_showUnreviewed});
    menu->addSeparator();
    menu->addActions({m_runFlagging, m_editRules});
    // Right after View: the action that follows View's in the menu bar is where Flags goes.
    const QList<QAction *> bar = menuBar()->actions();
    const qsizetype view = bar.indexOf(m_viewMenu->menuAction());
    menuBar()->insertMenu(view >= 0 && view + 1 < bar.size() ? bar.at(view + 1) : nullptr, menu);
    setupFlagStatus();
    connect(m_nextUnreviewed, &QAction::triggered, this, &MainWindow::nextUnreviewedFlag);
    connect(m_runFlagging, &QAction::triggered, this, [this] { m_flags->run(RunMode::Full); });
    connect(m_editRules, &QAction::triggered, this, &MainWindow::showRulesDialog);
    connect(m_showUnreviewed, &QAction::triggered, this, [this] {
        EventFilter f = m_filterPanel->filter();
        f.reviewState = reviewStateName(ReviewState::Unreviewed);
        m_filterPanel->setFilter(f);
    });
    connect(m_detail, &DetailDock::reviewRequested, this, [this](const QVariant &key, const QString &state, const QString &note) {
        if (!m_flags->setReview(key, state, note))
            statusBar()->showMessage(tr("The review could not be saved."), kMessageMs);
    });
    // Queued: a review saved while the dock switches rows must not re-enter the dock.
    connect(m_flags, &FlagsController::flagsChanged, this, &MainWindow::refreshFlagViews, Qt::QueuedConnection);
}

// The run's progress and Cancel sit in the status bar, hidden while no run goes on.
void MainWindow::setupFlagStatus()
{
    auto *label = new QLabel(tr("Flagging…"), this);
    label->setObjectName(QStringLiteral("flagStatus"));
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("flagProgress"));
    progress->setAccessibleName(tr("Flagging progress"));
    progress->setMaximumWidth(160);
    progress->setMaximumHeight(statusBar()->fontMetrics().height() + 4);
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("flagCancel"));
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel flagging"));
    cancel->setToolTip(tr("Stop flagging; the flags stored before stay"));
    m_flagNotApplicable = new QLabel(this);
    m_flagNotApplicable->setObjectName(QStringLiteral("flagNotApplicable"));
    m_flagNotApplicable->hide();
    statusBar()->addPermanentWidget(m_flagNotApplicable);
    const QList<QWidget *> running{label, progress, cancel};
    for (QWidget *w : running) {
        statusBar()->addPermanentWidget(w);
        w->hide();
    }
    connect(cancel, &QToolButton::clicked, m_flags, &FlagsController::cancel);
    connect(m_flags, &FlagsController::runStarted, this, [running, progress] {
        progress->setRange(0, 0);
        for (QWidget *w : running)
            w->show();
    });
    connect(m_flags, &FlagsController::progressChanged, progress, [progress](qint64 done, qint64 total) {
        if (total > 0) {
            progress->setRange(0, 1000); // per mille: 10 million rows do not fit an int progress
            progress->setValue(int(std::min(done, total) * 1000 / total));
        }
    });
    connect(m_flags, &FlagsController::runFinished, this, [this, running](const RunResult &result) {
        for (QWidget *w : running)
            w->hide();
        showFlagRunResult(result);
    });
}

// Called by attachFilters() once the compiler exists, before the saved filter is applied and
// before the statistics take their copy of the compiler.
void MainWindow::attachFlags()
{
    EntriesModel *model = m_session->entries();
    m_flags->attach(m_session->location(), m_session->database()->mapping(), model->reader().keyExpression());
    m_compiler->setFlagConditionProvider(m_flags->conditionProvider());
    model->setFlagProvider(m_flags->entriesProvider()); // the stored flags show at once
    m_export->setFlagSources(m_flags->exportMarks(), m_flags->exportSummary());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showFlagsOfCurrent);
    const bool ok = m_flags->store()->isOpen();
    for (QAction *a : {m_nextUnreviewed, m_runFlagging, m_showUnreviewed, m_editRules})
        a->setEnabled(ok);
    if (!ok)
        statusBar()->showMessage(tr("Flags are not available: %1").arg(m_flags->storeError()), kMessageMs);
    showNotApplicableRules();
}

void MainWindow::showNotApplicableRules()
{
    const QList<QPair<RuleId, QStringList>> missing = m_flags->notApplicable();
    QStringList lines;
    for (const auto &[rule, fields] : missing)
        lines << tr("%1: this database has no %2 field").arg(ruleTitle(rule), fields.join(QStringLiteral(", ")));
    m_flagNotApplicable->setText(tr("⚠ %n rule(s) not applicable", nullptr, int(missing.size())));
    m_flagNotApplicable->setToolTip(lines.join(u'\n'));
    m_flagNotApplicable->setAccessibleName(m_flagNotApplicable->text());
    m_flagNotApplicable->setVisible(!missing.isEmpty());
}

void MainWindow::showFlagRunResult(const RunResult &result)
{
    if (result.canceled) {
        statusBar()->showMessage(tr("Flagging canceled; the flags stored before are kept."), kMessageMs);
    } else if (!result.ok) {
        statusBar()->showMessage(tr("Flagging failed: %1").arg(result.error), kMessageMs);
    } else {
        const qint64 total = m_flags->flaggedCount();
        statusBar()->showMessage(tr("Flagging done: %1 flagged events (%2 events read).")
                                     .arg(QLocale().toString(total), QLocale().toString(result.eventsRead)),
                                 kMessageMs);
    }
}

// The stored flags or reviews changed: the table's dots, the statistics and charts, a
// flag-based filter (its key list) and the dock read them again.
void MainWindow::refreshFlagViews()
{
    if (!m_session)
        return;
    m_session->entries()->refreshFlags();
    m_statistics->refreshStatistics();
    const EventFilter filter = m_filterPanel->filter();
    if (filter.flaggedOnly || !filter.reviewState.isEmpty())
        applyFilter(filter);
    else
        m_statistics->refreshCharts(filter);
    showFlagsOfCurrent();
}

void MainWindow::showFlagsOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_session || !current.isValid())
        return;
    const QVariant key = m_session->entries()->eventAt(current.row()).key;
    m_detail->setFlags(m_flags->detailFlags(key), m_flags->detailReview(key));
}

void MainWindow::nextUnreviewedFlag()
{
    if (!m_session)
        return;
    EntriesModel *model = m_session->entries();
    const QModelIndex current = m_table->currentIndex();
    const AuditEvent event = current.isValid() ? model->eventAt(current.row()) : AuditEvent();
    const QVariantList candidates = m_flags->unreviewedAfter(event.key, event.timestamp.value_or(-1));
    if (candidates.isEmpty()) {
        statusBar()->showMessage(tr("Every flagged event has been reviewed."), kMessageMs);
        return;
    }
    // The first candidate the current filter shows; under a search that is found on a worker.
    model->showFirstKey(candidates.mid(0, kMaxHiddenCandidates), [this, model](const QVariant &found) {
        if (!found.isValid()) {
            statusBar()->showMessage(tr("The unreviewed flagged events are hidden by the current filter."),
                                     kMessageMs);
            return;
        }
        const QModelIndex index = model->index(model->rowOfKey(found), EntriesModel::TimeColumn);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    });
}

void MainWindow::showRulesDialog()
{
    if (!m_session)
        return;
    RulesDialog dialog(m_flags->ruleSettings(), m_session->location(), m_session->database()->mapping(),
                       m_flags->flaggedCount(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_flags->saveRuleSettings(dialog.settings()))
        statusBar()->showMessage(tr("The rules could not be saved."), kMessageMs);
}

} // namespace AuditLens
