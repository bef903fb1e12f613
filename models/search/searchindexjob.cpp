// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexjob.h"

#include "eventfilter.h"
#include "querycanceller.h"
#include "search/searchindex.h"
#include "ownstorefile.h"

#include <QAtomicInt>
#include <algorithm>
#include <utility>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace AuditLens {
namespace {

QAtomicInt g_jobCounter;

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {}, bool *ok = nullptr)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool done = q.exec();
    if (ok)
        *ok = done;
    return done && q.next() ? q.value(0) : QVariant();
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

SearchIndexJob::SearchIndexJob(const DatabaseLocation &location, const SchemaMapping &mapping,
                               const QString &indexPath)
    : m_location(location)
    , m_mapping(mapping)
    , m_indexPath(indexPath)
    , m_table(QStringLiteral("audit.") + quoteIdentifier(mapping.table))
    , m_columns(searchableColumns(mapping).join(u','))
{
}

SearchIndexJob::Result SearchIndexJob::run(QueryCanceller *canceller)
{
    Result result = runOnce(canceller);
    // The index is ours and can always be made again: a damaged file (a crash, a full disk)
    // is removed and indexed from the start rather than failing on every open.
    static const QStringList damaged{QStringLiteral("malformed"), QStringLiteral("not a database")};
    if (result.outcome == Result::Failed
        && std::any_of(damaged.cbegin(), damaged.cend(), [&](const QString &m) { return result.error.contains(m); })) {
        QFile::remove(m_indexPath);
        QFile::remove(m_indexPath + QStringLiteral("-journal"));
        result = runOnce(canceller);
        result.rebuilt = true;
    }
    return result;
}

SearchIndexJob::Result SearchIndexJob::runOnce(QueryCanceller *canceller)
{
    Result result;
    if (!SearchIndex::isSupported(m_location)) {
        result.error = QObject::tr("Only SQLite databases have a local search index.");
        return result;
    }
    OwnStoreFile::prepare(m_indexPath); // the index holds the events' text: the owner's alone
    SearchIndex::setComplete(m_indexPath, false); // connections opened from now on leave it alone
    const OwnStoreFile::Connection guard{
        QStringLiteral("auditlens-search-index-%1").arg(g_jobCounter.fetchAndAddRelaxed(1))};
    {
        if (!OwnStoreFile::openWithAudit(guard.name, m_indexPath, m_location.path, &result.error))
            return result;
        result = build(guard.name, canceller);
    }
    SearchIndex::setComplete(m_indexPath, result.outcome == Result::Complete);
    return result;
}

bool SearchIndexJob::prepareSchema(const QString &connection, Result *result)
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    const QString fts = QLatin1String(SearchIndex::kTable);
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value)"), {}, &result->error))
        return false;
    QHash<QString, QVariant> stored;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name, value FROM meta"))) {
        while (q.next())
            stored.insert(q.value(0).toString(), q.value(1));
    }
    // The row last indexed must still be there, unchanged: else the file was replaced.
    bool same = stored.value(QStringLiteral("identity")).toString() == m_location.identity()
        && stored.value(QStringLiteral("table")).toString() == m_mapping.table
        && stored.value(QStringLiteral("columns")).toString() == m_columns;
    const qint64 sampleKey = stored.value(QStringLiteral("sample_key")).toLongLong();
    if (same && sampleKey > 0) {
        bool ok = false;
        const QVariant now = scalar(db, QStringLiteral("SELECT CAST(%1 AS TEXT) FROM %2 WHERE rowid = ?")
                                            .arg(quoteIdentifier(m_mapping.column(Field::Timestamp)), m_table),
                                    {sampleKey}, &ok);
        same = ok && now.isValid() && now.toString() == stored.value(QStringLiteral("sample")).toString();
    }
    result->coveredKey = same ? stored.value(QStringLiteral("covered_key")).toLongLong() : 0;
    result->rebuilt = !same && !stored.isEmpty();
    if (!same) {
        if (!exec(db, QStringLiteral("DROP TABLE IF EXISTS ") + fts, {}, &result->error)
            || !exec(db, QStringLiteral("DELETE FROM meta"), {}, &result->error))
            return false;
    }
    const QString create = QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING "
                                          "fts5(body, content='', columnsize=0, tokenize='trigram')")
                               .arg(fts);
    if (!exec(db, create, {}, &result->error))
        return false;
    const QList<QPair<QString, QVariant>> identity{{QStringLiteral("identity"), m_location.identity()},
                                                   {QStringLiteral("table"), m_mapping.table},
                                                   {QStringLiteral("columns"), m_columns}};
    for (const auto &[name, value] : identity) {
        if (!exec(db, QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?, ?)"), {name, value}, &result->error))
            return false;
    }
    return true;
}

bool SearchIndexJob::batch(const QString &connection, qint64 from, qint64 to, Result *result)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    const QString ts = quoteIdentifier(m_mapping.column(Field::Timestamp));
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO %1(rowid, body) SELECT rowid, %2 FROM %3 WHERE rowid > ? AND rowid <= ?")
                       .arg(QLatin1String(SearchIndex::kTable), SearchIndex::documentSql(searchableColumns(m_mapping)),
                            m_table));
    insert.addBindValue(from);
    insert.addBindValue(to);
    bool ok = insert.exec();
    QSqlError error = insert.lastError();
    if (ok) {
        QSqlQuery last(db);
        last.prepare(QStringLiteral("SELECT rowid, CAST(%1 AS TEXT) FROM %2 WHERE rowid <= ? ORDER BY rowid DESC LIMIT 1")
                         .arg(ts, m_table));
        last.addBindValue(to);
        ok = last.exec();
        QVariantList values{QStringLiteral("covered_key"), to};
        if (ok && last.next()) {
            values << QStringLiteral("sample_key") << last.value(0) << QStringLiteral("sample") << last.value(1);
        }
        QSqlQuery meta(db);
        for (qsizetype i = 0; ok && i < values.size(); i += 2) {
            meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?, ?)"));
            meta.addBindValue(values.at(i));
            meta.addBindValue(values.at(i + 1));
            ok = meta.exec();
            error = meta.lastError();
        }
        // sqlite3_changes() does not count rows inserted into a virtual table.
        result->indexedRows += ok ? scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE rowid > ? AND rowid <= ?")
                                                    .arg(m_table),
                                                {from, to})
                                        .toLongLong()
                                  : 0;
    }
    if (!ok || !db.commit()) {
        db.rollback();
        result->error = error.text();
        result->outcome = QueryCanceller::isCancelError(error) ? Result::Cancelled : Result::Failed;
        return false;
    }
    result->coveredKey = to;
    return true;
}

SearchIndexJob::Result SearchIndexJob::build(const QString &connection, QueryCanceller *canceller)
{
    Result result;
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    QueryCanceller::Scope scope(canceller, db);
    if (!m_mapping.isValid() || m_columns.isEmpty()) {
        result.error = QObject::tr("The table has no columns to search.");
        return result;
    }
    bool ok = false;
    scalar(db, QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(m_table), {}, &ok);
    if (!ok) {
        result.error = QObject::tr("The table %1 has no rowid; searches scan it instead.").arg(m_mapping.table);
        return result;
    }
    if (!prepareSchema(connection, &result))
        return result;
    std::pair<qint64, qint64> range;
    bool started = false;
    const auto report = [&](qint64 done) {
        if (m_progress)
            m_progress(int(100.0 * double(done - range.first + 1) / double(std::max<qint64>(1, range.second - range.first + 1))));
    };
    const OwnStoreFile::Walk walk = OwnStoreFile::walkRowids(db, m_table, result.coveredKey, m_batchSize, canceller,
        [&](qint64 from, qint64 to) {
            if (!std::exchange(started, true))
                report(from); // where a resumed build starts, before its first batch
            if (!batch(connection, from, to, &result))
                return false;
            report(to);
            return true;
        }, &range);
    if (walk == OwnStoreFile::Walk::Cancelled)
        result.outcome = Result::Cancelled;
    if (walk != OwnStoreFile::Walk::Done)
        return result;
    result.coveredKey = std::max(result.coveredKey, range.second);
    result.outcome = Result::Complete;
    return result;
}

} // namespace AuditLens
