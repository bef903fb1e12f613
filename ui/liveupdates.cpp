// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveupdates.h"

#include "databasewatcher.h"
#include "entriesmodel.h"
#include "flagscontroller.h"
#include "logging.h"
#include "neweventsbanner.h"

namespace AuditLens {

LiveUpdates::LiveUpdates(NewEventsBanner *banner, FlagsController *flags, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_flags(flags)
{
    connect(m_banner, &NewEventsBanner::showRequested, this, &LiveUpdates::showNewest);
    connect(m_flags, &FlagsController::runFinished, this, [this] {
        if (m_flagRunPending)
            flagNewEvents();
    });
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::setSession(const DatabaseLocation &location, const SchemaMapping &mapping, EntriesModel *model)
{
    m_watcher.reset();
    m_model = model;
    m_flagRunPending = false;
    m_banner->setCount(0);
    if (!model)
        return;
    m_watcher = std::make_unique<DatabaseWatcher>(location, mapping);
    QString error;
    if (!m_watcher->start(&error)) {
        qCWarning(lcModels) << "live updates off:" << error;
        m_watcher.reset();
        return;
    }
    connect(m_watcher.get(), &DatabaseWatcher::newEvents, this, &LiveUpdates::onNewEvents);
}

void LiveUpdates::onNewEvents(qint64 count)
{
    m_banner->setCount(count);
    if (count <= 0)
        return;
    m_model->refreshCount(); // the pager's total; the page shown stays
    flagNewEvents();
}

void LiveUpdates::flagNewEvents()
{
    if (m_flags->isRunning()) {
        m_flagRunPending = true; // once it ends: a run per check would cancel the one before
        return;
    }
    m_flagRunPending = false;
    if (!m_flags->run(Flags::RunMode::Incremental))
        emit statisticsStale(); // no flags: nothing else refreshes the statistics
}

void LiveUpdates::showNewest()
{
    if (!m_model)
        return;
    if (m_watcher)
        m_watcher->acknowledge();
    m_banner->setCount(0);
    m_model->firstPage();
    m_model->refreshCount();
    emit newestShown();
}

} // namespace AuditLens
