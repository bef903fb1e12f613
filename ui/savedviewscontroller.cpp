// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewscontroller.h"

#include "filterpanel.h"
#include "manageviewsdialog.h"
#include "settings.h"
#include "theme.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

namespace AuditLens {
namespace {

constexpr int kNumberedViews = 9; // Ctrl+1 … Ctrl+9

QAction *menuAction(QMenu *menu, const char *name, const QString &text, const QString &tip)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(QLatin1String(name));
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

} // namespace

SavedViewsController::SavedViewsController(FilterPanel *panel, QTableView *table, QWidget *window, const QString &path)
    : QObject(window)
    , m_panel(panel)
    , m_table(table)
    , m_window(window)
    , m_views(path)
    , m_menu(new QMenu(tr("Vie&ws"), window))
{
    setObjectName(QStringLiteral("savedViewsController"));
    m_menu->setObjectName(QStringLiteral("menuViews"));
    QAction *save = menuAction(m_menu, "actionSaveView", tr("&Save Current View…"),
                               tr("Save the current filters and columns under a name"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    save->setIcon(Theme::icon(QStringLiteral("views")));
    QAction *manageAction = menuAction(m_menu, "actionManageViews", tr("&Manage Views…"), tr("Rename or delete saved views"));
    QAction *importAction = menuAction(m_menu, "actionImportViews", tr("&Import Views…"), tr("Add the views of a shared JSON file"));
    QAction *exportAction = menuAction(m_menu, "actionExportViews", tr("E&xport Views…"), tr("Write every saved view to a JSON file to share"));
    m_fixed = {save, manageAction, importAction, exportAction, m_menu->addSeparator()};
    connect(save, &QAction::triggered, this, &SavedViewsController::askSave);
    connect(manageAction, &QAction::triggered, this, &SavedViewsController::manage);
    connect(importAction, &QAction::triggered, this, &SavedViewsController::askImport);
    connect(exportAction, &QAction::triggered, this, &SavedViewsController::askExport);
    QString error;
    if (!m_views.load(&error)) {
        // The damaged file is kept aside before the next save replaces it; the owner is told once
        // the window is up.
        QFile::remove(path + QStringLiteral(".damaged"));
        QFile::copy(path, path + QStringLiteral(".damaged"));
        QTimer::singleShot(0, this, [this, error] {
            showError(error + u'\n' + tr("A copy of it is kept as views.json.damaged."));
        });
    }
    rebuildMenu();
}

void SavedViewsController::rebuildMenu()
{
    for (QAction *a : m_menu->actions()) {
        if (!m_fixed.contains(a))
            delete a;
    }
    const QStringList names = m_views.names();
    m_fixed.constLast()->setVisible(!names.isEmpty());
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i);
        QAction *a = m_menu->addAction(name);
        a->setObjectName(QStringLiteral("savedView"));
        a->setStatusTip(tr("Apply the saved view “%1”").arg(name));
        if (i < kNumberedViews) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            m_window->addAction(a); // its shortcut works with the menu closed
        }
        connect(a, &QAction::triggered, this, [this, name] { apply(name); });
    }
    for (QAction *a : m_fixed.mid(1, 3))
        a->setEnabled(a->objectName() == QLatin1String("actionImportViews") || !names.isEmpty());
}

bool SavedViewsController::persist()
{
    QString error;
    if (!m_views.save(&error)) {
        showError(error);
        return false;
    }
    rebuildMenu();
    return true;
}

void SavedViewsController::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Saved Views"), message, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QList<ColumnState> SavedViewsController::currentColumns() const
{
    QList<ColumnState> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    const QStringList ids = SavedViews::columnIds();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || logical >= ids.size())
            continue;
        const bool hidden = header->isSectionHidden(logical);
        columns.append({ids.at(logical), !hidden, hidden ? 0 : header->sectionSize(logical)});
    }
    return columns;
}

void SavedViewsController::applyColumns(const QList<ColumnState> &columns)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QStringList ids = SavedViews::columnIds();
    int position = 0;
    for (const ColumnState &c : columns) {
        const int logical = int(ids.indexOf(c.id));
        if (logical < 0 || logical >= header->count())
            continue;
        header->moveSection(header->visualIndex(logical), position++);
        header->setSectionHidden(logical, !c.visible);
        if (c.visible && c.width > 0)
            header->resizeSection(logical, c.width);
    }
}

bool SavedViewsController::saveCurrent(const QString &name)
{
    SavedView view;
    view.name = name.trimmed();
    if (view.name.isEmpty())
        return false;
    const QJsonObject state = m_panel->saveState();
    view.filter = EventFilter::fromJson(state.value(QStringLiteral("filter")).toObject());
    view.preset = state.value(QStringLiteral("preset")).toString();
    view.columns = currentColumns();
    m_views.put(view);
    return persist();
}

bool SavedViewsController::apply(const QString &name)
{
    const SavedView *view = m_views.find(name);
    if (!view)
        return false;
    if (!view->columns.isEmpty())
        applyColumns(view->columns);
    const QString preset = view->preset.isEmpty() ? QStringLiteral("Custom") : view->preset;
    m_panel->restoreState({{QStringLiteral("filter"), view->filter.toJson()}, {QStringLiteral("preset"), preset}});
    emit viewApplied(name);
    return true;
}

bool SavedViewsController::exportAll(const QString &path)
{
    QString error;
    if (SavedViews::exportTo(path, m_views.views(), &error))
        return true;
    showError(error);
    return false;
}

int SavedViewsController::importFrom(const QString &path)
{
    QString error;
    const int count = m_views.importFrom(path, &error);
    if (count < 0) {
        showError(error);
        return -1;
    }
    return persist() ? count : -1;
}

void SavedViewsController::askSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save Current View"), tr("Name of the view:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (m_views.find(name.trimmed())
        && QMessageBox::question(m_window, tr("Save Current View"),
                                 tr("A view named “%1” exists already. Replace it?").arg(name.trimmed()))
            != QMessageBox::Yes)
        return;
    saveCurrent(name);
}

void SavedViewsController::askImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Views"), Settings::configFolder(),
                                                      tr("AuditLens views (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const int count = importFrom(path);
    if (count >= 0)
        QMessageBox::information(m_window, tr("Import Views"), tr("Views imported: %n.", nullptr, count));
}

void SavedViewsController::askExport()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Views"), QStringLiteral("auditlens-views.json"),
                                                      tr("AuditLens views (*.json)"));
    if (!path.isEmpty())
        exportAll(path);
}

void SavedViewsController::manage()
{
    ManageViewsDialog dialog(&m_views, m_window);
    dialog.exec();
    persist(); // renames and deletions are kept even when the dialog is closed with Escape
}

} // namespace AuditLens
