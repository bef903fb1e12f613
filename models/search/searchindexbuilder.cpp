// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexbuilder.h"

#include "logging.h"

namespace AuditLens {

SearchIndexBuilder::SearchIndexBuilder(QObject *parent)
    : QObject(parent)
    , m_build([this](const SearchIndexJob::Result &r) { useResult(r); },
              [this](int percent) { emit progressChanged(percent); })
{
}

void SearchIndexBuilder::useResult(const SearchIndexJob::Result &r)
{
    m_state.ready = r.outcome == SearchIndexJob::Result::Complete;
    m_state.coveredKey = r.coveredKey;
    m_state.indexPath = m_indexPath;
    // 0.5% of the events (at least 2,000): the scan finds a page of such a term in a few
    // thousand rows of the time index.
    m_state.commonLimit = std::max<qint64>(2000, r.coveredKey / 200);
    if (!r.error.isEmpty())
        qCWarning(lcModels) << "search index:" << r.error;
    emit finished(m_state, r.outcome == SearchIndexJob::Result::Failed ? r.error : QString());
}

void SearchIndexBuilder::start(const DatabaseLocation &location, const SchemaMapping &mapping)
{
    m_state = {};
    if (!SearchIndex::isSupported(location)) {
        m_build.cancelAndWait();
        m_indexPath.clear();
        emit finished(m_state, QString()); // no local index: the server searches
        return;
    }
    m_indexPath = SearchIndex::pathFor(location);
    m_build.start([location, mapping, path = m_indexPath, batchSize = m_batchSize](
                      QueryCanceller *canceller, const Build::Progress &progress) {
        SearchIndexJob job(location, mapping, path);
        job.setBatchSize(batchSize);
        job.setProgressCallback(progress);
        return job.run(canceller);
    });
}

void SearchIndexBuilder::cancel()
{
    m_build.cancel();
}

} // namespace AuditLens
