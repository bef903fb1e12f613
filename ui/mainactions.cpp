// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include "theme.h"

#include <QCoreApplication>

namespace AuditLens {
namespace {

QAction *make(QObject *parent, const char *name, const QString &text, const QString &tip,
              const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(QLatin1String(name));
    a->setToolTip(tip);
    a->setStatusTip(tip);
    a->setShortcuts(keys);
    return a;
}

} // namespace

MainActions::MainActions(QObject *parent)
    : open(make(parent, "actionOpen", tr("&Open…"), tr("Open an audit database"), QKeySequence::keyBindings(QKeySequence::Open)))
    , connectServer(make(parent, "actionConnectServer", tr("&Connect to Server…"),
                         tr("Open an audit log on a PostgreSQL server"), {}))
    , mapColumns(make(parent, "actionMapColumns", tr("&Map Columns…"),
                      tr("Choose which columns of a table hold each part of an event"), {}))
    , quit(make(parent, "actionQuit", tr("&Quit"), tr("Quit AuditLens"), QKeySequence::keyBindings(QKeySequence::Quit)))
    , about(make(parent, "actionAbout", tr("&About AuditLens"), tr("Version and licence"), {}))
    , toggleFilters(make(parent, "actionToggleFilters", tr("&Filters"), tr("Show or hide the filter panel"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}))
    , firstPage(make(parent, "actionFirstPage", tr("First Page"), tr("Go to the newest events"), {QKeySequence(Qt::CTRL | Qt::Key_Home)}))
    , previousPage(make(parent, "actionPreviousPage", tr("Previous Page"), tr("Go to the previous page"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}))
    , nextPage(make(parent, "actionNextPage", tr("Next Page"), tr("Go to the next page"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}))
    , lastPage(make(parent, "actionLastPage", tr("Last Page"), tr("Go to the oldest events"), {QKeySequence(Qt::CTRL | Qt::Key_End)}))
    , reload(make(parent, "actionReload", tr("&Reload"), tr("Read the current page again"), QKeySequence::keyBindings(QKeySequence::Refresh)))
    , exportCsv(make(parent, "actionExportCsv", tr("&CSV…"), tr("Export the matching entries to a CSV file"), {}))
    , exportJson(make(parent, "actionExportJson", tr("&JSON…"), tr("Export the matching entries to a JSON file"), {}))
    , exportPdf(make(parent, "actionExportPdf", tr("&PDF Report…"), tr("Export the matching entries as a PDF compliance report"), {}))
    , exportAny(make(parent, "actionExport", tr("&Export…"), tr("Export the matching entries to CSV, JSON or PDF"),
                     {QKeySequence(Qt::CTRL | Qt::Key_E)}))
    , find(make(parent, "actionFind", tr("&Find…"), tr("Search the events' text in the filter panel"),
                QKeySequence::keyBindings(QKeySequence::Find)))
    , preferences(make(parent, "actionPreferences", tr("&Preferences…"),
                       tr("Time zone, page size, theme, language and the local store folder"),
                       {QKeySequence(Qt::CTRL | Qt::Key_Comma)}))
{
    if (quit->shortcuts().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    toggleFilters->setCheckable(true);
    toggleFilters->setIcon(Theme::icon(QStringLiteral("filter")));
    exportAny->setIcon(Theme::icon(QStringLiteral("export")));
    preferences->setMenuRole(QAction::PreferencesRole);
    about->setMenuRole(QAction::AboutRole);
    quit->setMenuRole(QAction::QuitRole);
}

} // namespace AuditLens
