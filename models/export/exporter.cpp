// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "csvwriter.h"
#include "eventreader.h"
#include "exportregistry.h"
#include "sqlitecsvstream.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace AuditLens {
namespace {

constexpr int kFlagBatch = 256;
constexpr qint64 kProgressEvery = 500;

bool prepareAndExec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QList<QPair<QString, qint64>> sortedCounts(const std::map<QString, qint64> &counts)
{
    QList<QPair<QString, qint64>> list;
    for (const auto &[name, count] : counts)
        list.append({name, count});
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}

// Streams rows into the writer; owns the query state of one export.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::Exporter)
public:
    Run(AuditDatabase &db, const ExportOptions &options, const Exporter::Progress &progress, const std::atomic_bool *cancel)
        : m_db(db), m_options(options), m_reader(db.mapping()), m_progress(progress), m_cancel(cancel)
        , m_table(quoteTable(db.mapping().table)), m_where(Exporter::rowCondition(m_reader, options))
    {
    }

    ExportResult exec();

private:
    bool count();
    bool summarize();
    bool summarizeFlags();
    bool streamSegment(bool ordered);
    bool streamSqliteCsv(sqlite3 *handle, const SqlCondition &statement);
    bool emitRow(const AuditEvent &event);
    bool flushBatch();
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    bool fail(const QString &message)
    {
        if (m_result.error.isEmpty())
            m_result.error = message;
        return false;
    }
    QString segmentPredicate(bool ordered) const;

    AuditDatabase &m_db;
    const ExportOptions &m_options;
    EventReader m_reader;
    const Exporter::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    QString m_table;
    SqlCondition m_where;
    ExportSummary m_summary;
    std::unique_ptr<ExportWriter> m_writer;
    QList<AuditEvent> m_batch;
    ExportResult m_result;
};

bool Run::count()
{
    QSqlQuery q(m_db.database());
    if (!prepareAndExec(q, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_table, m_where.sql), m_where.values)
        || !q.next())
        return fail(tr("The audit table cannot be read: %1").arg(q.lastError().text()));
    m_summary.rows = q.value(0).toLongLong();
    return true;
}

bool Run::summarize()
{
    // Categories and statuses are derived from the raw values in C++ (RULES.md), so group by
    // the raw pair in SQL, where the number of groups stays small.
    const QString action = m_reader.sqlColumn(Field::Action);
    const QString status = m_reader.sqlColumn(Field::Status);
    const QString sql = QStringLiteral("SELECT %1, %2, count(*) FROM %3 WHERE %4 GROUP BY 1, 2")
                            .arg(action.isEmpty() ? QStringLiteral("NULL") : action,
                                 status.isEmpty() ? QStringLiteral("NULL") : status, m_table, m_where.sql);
    QSqlQuery q(m_db.database());
    if (!prepareAndExec(q, sql, m_where.values))
        return fail(tr("The audit table cannot be read: %1").arg(q.lastError().text()));
    std::map<QString, qint64> byCategory;
    std::map<QString, qint64> byStatus;
    while (q.next()) {
        QString raw = q.value(0).toString().trimmed();
        raw = m_db.mapping().actionMap.value(raw, raw);
        const qint64 n = q.value(2).toLongLong();
        byCategory[Actions::categoryName(Actions::categorize(raw))] += n;
        byStatus[Actions::statusName(Actions::normalizeStatus(q.value(1).toString()))] += n;
    }
    m_summary.byCategory = sortedCounts(byCategory);
    m_summary.byStatus = sortedCounts(byStatus);
    if (m_options.flagMarks)
        return summarizeFlags();
    if (m_options.flagSummary)
        m_summary.byRule = m_options.flagSummary();
    return true;
}

bool Run::summarizeFlags()
{
    // The flagged events by rule among the rows exported, not the whole database: the keys the
    // filter matches (an index-only walk) go through the same flag lookup the rows use.
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!prepareAndExec(q, QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(m_reader.keyExpression(), m_table, m_where.sql),
                        m_where.values))
        return fail(tr("The audit table cannot be read: %1").arg(q.lastError().text()));
    std::map<QString, qint64> byRule;
    QVariantList batch;
    auto flush = [&] {
        const QHash<QString, FlagMarks> marks = m_options.flagMarks(batch);
        for (const FlagMarks &m : marks) {
            for (const QString &rule : m.rules)
                ++byRule[rule];
        }
        batch.clear();
    };
    while (q.next()) {
        batch << q.value(0);
        if (batch.size() == 2000)
            flush();
    }
    if (!batch.isEmpty())
        flush();
    m_summary.byRule = sortedCounts(byRule);
    return true;
}

QString Run::segmentPredicate(bool ordered) const
{
    // The same two segments as the entries table: rows with a sortable value by (value, key),
    // then the rest by key, so the file lists rows in the order the owner saw them.
    const QString c = m_options.sortSql.isEmpty() ? m_reader.sqlColumn(Field::Timestamp) : m_options.sortSql;
    const QString predicate = m_reader.orderedPredicate(c);
    return ordered ? predicate : QStringLiteral("NOT ") + predicate;
}

bool Run::streamSegment(bool ordered)
{
    const QString key = m_reader.keyExpression();
    const QString sortColumn = m_options.sortSql.isEmpty() ? m_reader.sqlColumn(Field::Timestamp) : m_options.sortSql;
    const QString dir = m_options.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const SqlCondition where = m_where && SqlCondition{segmentPredicate(ordered), {}};
    // The rest, by key: on SQLite "+key", which keeps the order but not the plan of walking the
    // whole table in key order, so that the filter's index finds the (usually no) rows.
    const bool sqlite = m_db.location().kind == DatabaseKind::SQLite;
    const QString order = ordered ? QStringLiteral("%1 %2, %3 %2").arg(sortColumn, dir, key)
                                  : (sqlite ? QStringLiteral("+") : QString()) + key + u' ' + dir;
    const SqlCondition statement{QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                                     .arg(m_reader.selectList(), m_table, where.sql, order), where.values};
    if (dynamic_cast<CsvWriter *>(m_writer.get())) {
        if (sqlite3 *handle = SqliteCsvStream::handle(m_db.database(), statement.values))
            return streamSqliteCsv(handle, statement);
    }
    QSqlQuery q(m_db.database());
    if (!prepareAndExec(q, statement.sql, statement.values))
        return fail(tr("The audit table cannot be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        if (cancelled())
            return false;
        if (!emitRow(m_reader.read(q)))
            return false;
    }
    if (q.lastError().isValid())
        return fail(tr("The audit table cannot be read: %1").arg(q.lastError().text()));
    return true;
}

bool Run::streamSqliteCsv(sqlite3 *handle, const SqlCondition &statement)
{
    // The rows go from SQLite's bytes into the file's buffer; the flag batch stays with the stream.
    if (!flushBatch())
        return false;
    const SqliteCsvStream::Hooks hooks{[this] { return cancelled(); },
                                       [this](qint64 rows) {
                                           m_result.rows += rows;
                                           if (m_progress)
                                               m_progress(m_result.rows, m_summary.rows);
                                       }};
    SqliteCsvStream stream(handle, m_reader, m_options, *static_cast<CsvWriter *>(m_writer.get()), hooks);
    return stream.run(statement) || (!stream.error().isEmpty() && fail(stream.error()));
}

bool Run::emitRow(const AuditEvent &event)
{
    if (m_options.flagMarks) {
        // The flag engine answers for a batch of keys at a time, as it does for a page.
        m_batch.append(event);
        return m_batch.size() < kFlagBatch || flushBatch();
    }
    if (!m_writer->write(event, {}))
        return fail(tr("The export could not be written."));
    if (++m_result.rows % kProgressEvery == 0 && m_progress)
        m_progress(m_result.rows, m_summary.rows);
    return true;
}

bool Run::flushBatch()
{
    if (m_batch.isEmpty())
        return true;
    QVariantList keys;
    for (const AuditEvent &e : std::as_const(m_batch))
        keys << e.key;
    const QHash<QString, FlagMarks> marks = m_options.flagMarks(keys);
    for (const AuditEvent &e : std::as_const(m_batch)) {
        if (!m_writer->write(e, marks.value(e.keyText())))
            return fail(tr("The export could not be written."));
        ++m_result.rows;
    }
    m_batch.clear();
    if (m_progress)
        m_progress(m_result.rows, m_summary.rows);
    return true;
}

// A file that does not exist (an audit database deleted while open) has no canonical path:
// two such paths are compared as written, never as two empty strings.
bool isSameFile(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    const QString cb = QFileInfo(b).canonicalFilePath();
    if (!ca.isEmpty() && !cb.isEmpty())
        return ca == cb;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

ExportResult Run::exec()
{
    const ExportFormatInfo *format = ExportRegistry::find(m_options.format);
    const DatabaseLocation &location = m_db.location();
    if (location.kind == DatabaseKind::SQLite
        && isSameFile(m_options.outputPath, location.path)) {
        // Renaming the export over the audit database would destroy it.
        fail(tr("The output file is the audit database itself."));
        return m_result;
    }
    if (m_options.outputPath.isEmpty()) {
        fail(tr("No output file was given."));
        return m_result;
    }
    m_writer = format->create();
    if (!count() || (m_writer->needsSummary() && !summarize()))
        return m_result;
    QSaveFile file(m_options.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_options.outputPath), file.errorString()));
        return m_result;
    }
    QString error;
    bool ok = m_writer->begin(&file, m_options, m_summary, &error) || fail(error);
    ok = ok && streamSegment(true) && streamSegment(false) && flushBatch();
    ok = ok && (m_writer->finish(&error) || fail(error));
    if (ok && cancelled())
        ok = false;
    if (!ok) {
        m_result.cancelled = cancelled();
        if (m_result.cancelled)
            m_result.error = tr("The export was cancelled.");
        else if (m_result.error.isEmpty() || file.error() != QFileDevice::NoError)
            m_result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_options.outputPath), file.errorString());
        m_writer.reset(); // a PDF writer ends its painter into the file, which must still be open
        file.cancelWriting();
        return m_result;
    }
    if (!file.commit()) {
        m_result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_options.outputPath), file.errorString());
        return m_result;
    }
    if (m_progress)
        m_progress(m_result.rows, m_summary.rows);
    m_result.ok = true;
    return m_result;
}

} // namespace

SqlCondition Exporter::rowCondition(const EventReader &reader, const ExportOptions &options)
{
    if (!options.onlyKeys)
        return options.condition.isEmpty() ? SqlCondition{QStringLiteral("1 = 1"), {}} : options.condition;
    if (options.keys.isEmpty())
        return {QStringLiteral("1 = 0"), {}};
    QStringList marks;
    marks.fill(QStringLiteral("?"), options.keys.size());
    return SqlCondition{QStringLiteral("%1 IN (%2)").arg(reader.keyExpression(), marks.join(u',')), options.keys};
}

ExportResult Exporter::run(AuditDatabase &database, const ExportOptions &options, const Progress &progress,
                           const std::atomic_bool *cancel)
{
    // No log line on failure: the caller shows the error (a dialog, or the one stderr line).
    Run run(database, options, progress, cancel);
    return run.exec();
}

ExportResult Exporter::run(const DatabaseLocation &location, const SchemaMapping &mapping, const ExportOptions &options,
                           const Progress &progress, const std::atomic_bool *cancel)
{
    QString error;
    const auto db = AuditDatabase::openWith(location, mapping, &error);
    if (!db) {
        ExportResult result;
        result.error = error;
        return result;
    }
    return run(*db, options, progress, cancel);
}

} // namespace AuditLens
