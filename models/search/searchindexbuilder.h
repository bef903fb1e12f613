// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundbuild.h"
#include "search/searchindex.h"
#include "search/searchindexjob.h"

#include <QObject>

namespace AuditLens {

// Runs SearchIndexJob on a worker for the open database and reports progress; the GUI's
// status bar shows it and the filter compiler switches to the index when it is ready.
// Starting again (another database) or cancel() stops the running build at once; its answer
// is then stale and dropped. The next start resumes from what was committed.
class SearchIndexBuilder : public QObject
{
    Q_OBJECT
public:
    explicit SearchIndexBuilder(QObject *parent = nullptr);

    // Brings the index of this database up to date; does nothing for PostgreSQL.
    void start(const DatabaseLocation &location, const SchemaMapping &mapping);
    void cancel();
    bool isBuilding() const { return m_build.isRunning(); }
    SearchIndexState state() const { return m_state; }
    // The index file of the database last started (tests, the benchmark).
    QString indexPath() const { return m_indexPath; }
    void setBatchSize(int rows) { m_batchSize = rows; }

signals:
    void progressChanged(int percent);
    // The index covers the database (ready) or stays unused (cancelled, failed: the scan serves).
    void finished(const AuditLens::SearchIndexState &state, const QString &error);

private:
    using Build = BackgroundBuild<SearchIndexJob::Result>;
    void useResult(const SearchIndexJob::Result &result);

    SearchIndexState m_state;
    QString m_indexPath;
    int m_batchSize = 50000;
    Build m_build; // last, so destroyed first: its job ends before the rest goes
};

} // namespace AuditLens
