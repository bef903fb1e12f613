// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedviews.h"

#include <QObject>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace AuditLens {

class FilterPanel;

// The Views menu: saves the filter panel's filter and the table's columns under a name, applies
// a view picked from the menu, manages, exports and imports them (SavedViews does the files).
class SavedViewsController : public QObject
{
    Q_OBJECT
public:
    SavedViewsController(FilterPanel *panel, QTableView *table, QWidget *window,
                         const QString &path = SavedViews::defaultPath());

    QMenu *menu() const { return m_menu; }
    const SavedViews &views() const { return m_views; }

    // The current filter and columns under name, replacing a view of that name; errors are shown.
    bool saveCurrent(const QString &name);
    bool apply(const QString &name);
    bool exportAll(const QString &path);
    int importFrom(const QString &path); // the views read, or -1 after showing why

public slots:
    void askSave();
    void askImport();
    void askExport();
    void manage();

signals:
    void viewApplied(const QString &name);

private:
    void rebuildMenu();
    bool persist();
    void showError(const QString &message);
    QList<ColumnState> currentColumns() const;
    void applyColumns(const QList<ColumnState> &columns);

    FilterPanel *m_panel;
    QTableView *m_table;
    QWidget *m_window;
    SavedViews m_views;
    QMenu *m_menu;
    QList<QAction *> m_fixed;
};

} // namespace AuditLens
