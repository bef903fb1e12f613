// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flagsource.h"
#include "flagstore.h"

#include <QSqlDatabase>

struct sqlite3;

namespace AuditLens::Flags {

// Whether a saved run may be resumed: the rows at or before its last position must still be
// the rows it read, or the windows of later events would differ from a full run's (RULES.md:
// incremental equals full). Each check reads only the new rows or one index seek, except the
// SQLite row count, which walks the smallest index once without decoding a row. PostgreSQL has
// no cheap count of a table, so there the rows up to the position are counted on the index.
// Run it and the scan that follows in one ReadSnapshot: they must see the same rows.
class ResumeCheck
{
public:
    ResumeCheck(const QSqlDatabase &db, const FlagSource &source);

    // True when no row was back-filled at or before the saved position, none was deleted there,
    // and the last row read is still there with its timestamp (a replaced database fails this).
    bool unchanged(const RunState &saved);
    // The rows after the saved position: what the resumed run reads. Set by unchanged().
    qint64 rowsAfter() const { return m_rowsAfter; }
    // Why unchanged() said no, for the log.
    QString reason() const { return m_reason; }

private:
    bool sqliteUnchanged(const RunState &saved, const QVariantList &position);
    qint64 scalar(const QString &sql, const QVariantList &values, bool *ok) const;
    bool fail(const char *reason);

    QSqlDatabase m_db;
    const FlagSource &m_source;
    qint64 m_rowsAfter = -1;
    QString m_reason;
};

// One read transaction on an SQLite connection that is in autocommit mode, so that the
// statements run within it read one snapshot of the file; nothing on other connections.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace AuditLens::Flags
