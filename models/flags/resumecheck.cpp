// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumecheck.h"

#include "logging.h"
#include "sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace AuditLens::Flags {

ResumeCheck::ResumeCheck(const QSqlDatabase &db, const FlagSource &source)
    : m_db(db)
    , m_source(source)
{
}

qint64 ResumeCheck::scalar(const QString &sql, const QVariantList &values, bool *ok) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    *ok = q.exec() && q.next();
    if (!*ok)
        qCWarning(lcModels) << "flags: resume check:" << q.lastError().text();
    return *ok ? q.value(0).toLongLong() : -1;
}

bool ResumeCheck::fail(const char *reason)
{
    m_reason = QString::fromLatin1(reason);
    return false;
}

bool ResumeCheck::unchanged(const RunState &saved)
{
    const QVariantList position = FlagSource::positionValues(saved.lastRawTimestamp, saved.lastKey);
    const QString table = m_source.tableSql();
    bool ok = false;
    // On the timestamp index, a range over the new rows only.
    m_rowsAfter = scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, m_source.positionSql(true)),
                         position, &ok);
    if (!ok)
        return fail("the new rows cannot be counted");
    if (sqliteHandle(m_db))
        return sqliteUnchanged(saved, position);
    const qint64 upTo = scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, m_source.positionSql(false)),
                               position, &ok);
    return ok && upTo == saved.rowsRead ? true : fail("rows were added or deleted at or before the last position");
}

bool ResumeCheck::sqliteUnchanged(const RunState &saved, const QVariantList &position)
{
    const QString table = m_source.tableSql();
    const QString ts = m_source.timestampSql();
    bool ok = false;
    // The last row read, found by its key: gone or moved when it was deleted or the file replaced.
    const qint64 anchor = scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? AND %3 = ?")
                                     .arg(table, m_source.keyExpression(), ts),
                                 {saved.lastKey, saved.lastRawTimestamp}, &ok);
    if (!ok || anchor != 1)
        return fail("the last row read is gone or has another timestamp");
    if (m_source.keyExpression() == QLatin1String("rowid")) {
        // Rows get rowids above the largest one, so a back-filled row is among those above the
        // largest read. NOT INDEXED keeps the planner on that rowid range: on the timestamp
        // index it would walk every older row.
        if (saved.maxKey.isNull())
            return fail("the saved state predates the rowid check");
        const qint64 backfilled = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 NOT INDEXED WHERE rowid > ? AND %2)")
                                             .arg(table, m_source.positionSql(false)),
                                         QVariantList{saved.maxKey} + position, &ok);
        if (!ok || backfilled != 0)
            return fail("a row was back-filled at or before the last position");
    }
    // Deleted rows, and back-filled ones with a lower rowid: the rows up to the position are all
    // rows less those without a timestamp and those after the position. count(*) without WHERE
    // counts the smallest index's cells page by page, several times faster than counting the
    // old rows on the timestamp index.
    const qint64 all = scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, &ok);
    const qint64 noTime =
        ok ? scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(table, ts), {}, &ok) : 0;
    if (!ok || all - noTime - m_rowsAfter != saved.rowsRead)
        return fail("rows were added or deleted at or before the last position");
    return true;
}

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    // Not within a transaction the caller opened: that one already holds a snapshot.
    if (handle && sqlite3_get_autocommit(handle) && sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_db = handle;
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_db && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace AuditLens::Flags
