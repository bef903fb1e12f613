// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"

#include <QFutureWatcher>
#include <QObject>
#include <QVariant>

class QFileSystemWatcher;
class QTimer;

namespace AuditLens {

// Notices that the audit database grew. SQLite: a file watcher on the file, its -wal and the
// folder (the -wal may not exist yet, a file replaced by rename is a new inode to watch again),
// checks at most every debounce interval while a writer keeps writing, and a slow poll because
// inotify misses writes made through mmap. PostgreSQL: the poll alone.
//
// A check runs on a worker with its own short-lived read-only connection: `SELECT max(key)` and
// the count of rows above the baseline (or, for keys that do not order, the total against the
// baseline's). It holds no lock between checks, so a writer is never kept waiting by the viewer.
class DatabaseWatcher : public QObject
{
    Q_OBJECT
public:
    DatabaseWatcher(const DatabaseLocation &location, const SchemaMapping &mapping, QObject *parent = nullptr);
    ~DatabaseWatcher() override; // waits for a check going on

    // Takes the baseline (the rows there now are not new) and starts watching; false with
    // *error set when the database cannot be read.
    bool start(QString *error = nullptr);
    // The owner has seen the new events: what the last check found becomes the baseline.
    void acknowledge();
    // Checks soon (after the debounce interval), or at once.
    void scheduleCheck();
    void checkNow();

    void setPollInterval(int ms);     // default 5 s
    void setDebounceInterval(int ms); // default 300 ms
    int pollInterval() const;

    qint64 pendingCount() const { return m_pending; }
    QVariant newestKey() const { return m_newestKey; }
    QStringList watchedFiles() const;

signals:
    // count: events added since the baseline (not since the last signal); maxKey: the newest key.
    void newEvents(qint64 count, const QVariant &maxKey);
    void checkFailed(const QString &message);

private:
    struct Probe {
        bool ok = false;
        bool ordered = false; // the key orders (integers): counts are by key, else by total
        QVariant maxKey;
        qint64 total = -1;    // every row; -1 when only the rows above the baseline key were counted
        qint64 above = 0;     // rows with a key above the baseline key (all rows without one)
        QString error;
    };
    // baselineOnly: the first look, from the GUI thread; an ordered key needs only its newest
    // value, and a count of every row (seconds at ten million) would be thrown away.
    static Probe probe(const DatabaseLocation &location, const SchemaMapping &mapping, const QVariant &baseKey,
                       bool baselineOnly = false);
    void probeFinished();
    void watchFiles();
    void armFiles();

    DatabaseLocation m_location;
    SchemaMapping m_mapping;
    QFileSystemWatcher *m_files = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<Probe> m_running;
    bool m_again = false;
    bool m_ordered = false;
    QVariant m_baseKey;
    qint64 m_baseTotal = 0;
    QVariant m_newestKey;
    qint64 m_lastTotal = 0;
    qint64 m_pending = 0;
};

} // namespace AuditLens
