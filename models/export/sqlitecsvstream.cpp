// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecsvstream.h"

#include "csvwriter.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>

namespace AuditLens {
namespace {

constexpr int kFlagBatch = 256;
constexpr qint64 kReportEvery = 500;

bool bindable(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return v.isNull();
    }
}

// As QSQLiteResult::exec() binds them: strings as UTF-16 text, numbers as numbers.
int bind(sqlite3_stmt *stmt, int index, const QVariant &v)
{
    if (v.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong: return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::Double: return sqlite3_bind_double(stmt, index, v.toDouble());
    default: {
        const QString text = v.toString();
        return sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
    }
    }
}

struct Finalizer {
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};

} // namespace

sqlite3 *SqliteCsvStream::handle(const QSqlDatabase &db, const QVariantList &values)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    for (const QVariant &v : values) {
        if (!bindable(v))
            return nullptr;
    }
    // QSQLiteDriver::handle() is documented to hold a sqlite3* (Qt's "SQL Database Drivers").
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteCsvStream::SqliteCsvStream(sqlite3 *db, const EventReader &reader, const ExportOptions &options,
                                 CsvWriter &writer, const Hooks &hooks)
    : m_db(db), m_options(options), m_writer(writer), m_hooks(hooks)
    , m_encoder(reader, options.columns, options.csvNeutralizeFormulas)
    , m_batchFlags(options.flagMarks && options.columns.contains(ExportColumn::Flags))
{
}

bool SqliteCsvStream::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool SqliteCsvStream::run(const SqlCondition &statement)
{
    const QByteArray sql = statement.sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return fail(tr("The audit table cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    const std::unique_ptr<sqlite3_stmt, Finalizer> stmt(raw);
    for (int i = 0; i < statement.values.size(); ++i) {
        if (bind(raw, i + 1, statement.values.at(i)) != SQLITE_OK)
            return fail(tr("The audit table cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    qint64 sinceReport = 0;
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        if (m_hooks.cancelled())
            return false;
        if (!m_batchFlags) {
            m_encoder.append(raw, m_writer.buffer(), nullptr);
            if (!m_writer.commit())
                return fail(tr("The export could not be written."));
            if (++sinceReport == kReportEvery) {
                m_hooks.written(sinceReport);
                sinceReport = 0;
            }
            continue;
        }
        Pending row{m_batch.size(), -1, CsvRowEncoder::value(raw, 0)};
        m_encoder.append(raw, m_batch, &row.flagsAt);
        m_pending.append(row);
        if (m_pending.size() == kFlagBatch && !flushBatch())
            return false;
    }
    if (sinceReport > 0)
        m_hooks.written(sinceReport);
    if (rc != SQLITE_DONE)
        return fail(tr("The audit table cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return flushBatch();
}

bool SqliteCsvStream::flushBatch()
{
    if (m_pending.isEmpty())
        return true;
    QVariantList keys;
    keys.reserve(m_pending.size());
    for (const Pending &p : std::as_const(m_pending))
        keys << p.key;
    const QHash<QString, FlagMarks> marks = m_options.flagMarks(keys);
    QByteArray &out = m_writer.buffer();
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const Pending &p = m_pending.at(i);
        const qsizetype end = i + 1 < m_pending.size() ? m_pending.at(i + 1).begin : m_batch.size();
        out.append(m_batch.constData() + p.begin, p.flagsAt - p.begin);
        const auto it = marks.constFind(p.key.toString());
        if (it != marks.constEnd() && !it->rules.isEmpty())
            CsvWriter::appendField(out, it->rules.join(QStringLiteral("; ")).toUtf8(), m_options.csvNeutralizeFormulas);
        out.append(m_batch.constData() + p.flagsAt, end - p.flagsAt);
    }
    const qint64 rows = m_pending.size();
    m_pending.clear();
    m_batch.truncate(0);
    if (!m_writer.commit())
        return fail(tr("The export could not be written."));
    m_hooks.written(rows);
    return true;
}

} // namespace AuditLens
