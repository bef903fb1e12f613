// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace AuditLens {

class DatabaseWatcher;
class EntriesModel;
class FlagsController;
class NewEventsBanner;
struct DatabaseLocation;
struct SchemaMapping;

// Follows the open database as it grows: the watcher's count goes to the banner, the table's
// total is counted again (its page stays where the owner is reading), and the new events are
// flagged by an incremental run, one at a time, however fast they arrive. Show goes to the
// first page, where the newest are.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    LiveUpdates(NewEventsBanner *banner, FlagsController *flags, QObject *parent = nullptr);
    ~LiveUpdates() override;

    // Starts watching the session's database; a null model stops watching.
    void setSession(const DatabaseLocation &location, const SchemaMapping &mapping, EntriesModel *model);
    DatabaseWatcher *watcher() const { return m_watcher.get(); }
    void showNewest();

signals:
    // The statistics are stale and no flag run will refresh them.
    void statisticsStale();
    void newestShown();

private:
    void onNewEvents(qint64 count);
    void flagNewEvents();

    NewEventsBanner *m_banner;
    FlagsController *m_flags;
    EntriesModel *m_model = nullptr;
    std::unique_ptr<DatabaseWatcher> m_watcher;
    bool m_flagRunPending = false;
};

} // namespace AuditLens
