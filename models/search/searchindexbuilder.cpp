// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexbuilder.h"

#include "logging.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace AuditLens {

SearchIndexBuilder::SearchIndexBuilder(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<SearchIndexJob::Result>(this))
{
    m_pool.setMaxThreadCount(1);
    connect(m_watcher, &QFutureWatcher<SearchIndexJob::Result>::finished, this, [this] {
        const quint64 generation = m_watcher->property("generation").toULongLong();
        if (!m_generation.isCurrent(generation))
            return;
        const SearchIndexJob::Result r = m_watcher->result();
        m_state.ready = r.outcome == SearchIndexJob::Result::Complete;
        m_state.coveredKey = r.coveredKey;
        m_state.indexPath = m_indexPath;
        // 0.5% of the events (at least 2,000): the scan finds a page of such a term in a few
        // thousand rows of the time index.
        m_state.commonLimit = std::max<qint64>(2000, r.coveredKey / 200);
        if (!r.error.isEmpty())
            qCWarning(lcModels) << "search index:" << r.error;
        emit finished(m_state, r.outcome == SearchIndexJob::Result::Failed ? r.error : QString());
    });
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    m_generation.cancel();
    m_watcher->waitForFinished();
}

void SearchIndexBuilder::start(const DatabaseLocation &location, const SchemaMapping &mapping)
{
    m_state = {};
    const QueryGeneration::Ticket ticket = m_generation.start();
    m_watcher->waitForFinished(); // the superseded build stops at its next step
    if (!SearchIndex::isSupported(location)) {
        m_indexPath.clear();
        emit finished(m_state, QString()); // no local index: the server searches
        return;
    }
    m_indexPath = SearchIndex::pathFor(location);
    const QString path = m_indexPath;
    const int batchSize = m_batchSize;
    QPointer<SearchIndexBuilder> self(this);
    m_watcher->setProperty("generation", ticket.generation);
    m_watcher->setFuture(QtConcurrent::run(&m_pool, [=]() {
        SearchIndexJob job(location, mapping, path);
        job.setBatchSize(batchSize);
        job.setProgressCallback([self, ticket](int percent) {
            QMetaObject::invokeMethod(
                self, [self, percent, g = ticket.generation] {
                    if (self && self->m_generation.isCurrent(g))
                        emit self->progressChanged(percent);
                },
                Qt::QueuedConnection);
        });
        return job.run(ticket.canceller.get());
    }));
}

void SearchIndexBuilder::cancel()
{
    m_generation.cancel();
}

} // namespace AuditLens
