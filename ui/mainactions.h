// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QCoreApplication>

namespace AuditLens {

// Every window action in one place, each with an objectName, a standard shortcut where one
// exists, a tooltip and a status tip. Menus and toolbars only arrange them.
struct MainActions {
    Q_DECLARE_TR_FUNCTIONS(AuditLens::MainActions)
public:
    explicit MainActions(QObject *parent);

    QAction *open;
    QAction *connectServer;
    QAction *mapColumns;
    QAction *quit;
    QAction *about;
    QAction *toggleFilters;
    QAction *firstPage;
    QAction *previousPage;
    QAction *nextPage;
    QAction *lastPage;
    QAction *reload;
    QAction *exportCsv;
    QAction *exportJson;
    QAction *exportPdf;
    QAction *exportAny; // the toolbar's "Export…": the dialog, on the last format
    QAction *find;      // focuses the filter panel's search text
    QAction *preferences;
};

} // namespace AuditLens
