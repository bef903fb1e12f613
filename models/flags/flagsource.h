// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"
#include "eventreader.h"
#include "rowbytes.h"
#include "schemamapping.h"

#include <QSqlQuery>
#include <QVector>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace AuditLens::Flags {

// Reads the fields the rules use (RULES.md "Fields used") in stream order: ORDER BY the
// timestamp column, then the row key — the order an index on the timestamp serves. It reads
// the same canonical values as EventReader but parses the changes of updates only, since
// only large_value_change reads them and JSON parsing dominates a scan of ten million rows.
class FlagSource
{
public:
    explicit FlagSource(const SchemaMapping &mapping);

    // SELECT key, …[, CAST(ts AS TEXT)] FROM table WHERE ts IS NOT NULL [AND (ts, key) > (?, ?)]
    // ORDER BY ts, key; the text column on PostgreSQL only (positionIndex()).
    // A NULL timestamp never parses, so its rows are skipped here as RULES.md skips them.
    QString selectSql(bool afterPosition) const;
    QString countAllSql() const;
    // (ts, key) > (?, ?) when after, else (ts, key) <= (?, ?), binding positionValues(); both
    // are false for a NULL timestamp, so together they split the rows that have one.
    QString positionSql(bool after) const;
    static QVariantList positionValues(const QVariant &rawTimestamp, const QVariant &key);
    QString tableSql() const { return quoteTable(m_mapping.table); }
    QString timestampSql() const { return m_timestampSql; }
    QString keyExpression() const { return m_reader.keyExpression(); }

    // Reads the current row into a canonical event with what the rules read: the entity id
    // of updates only, the IP of sign-in events only, and changes only for updates when
    // wantChanges. complete() adds the rest (id, entity id, IP) for a flagged event.
    AuditEvent read(const QSqlQuery &query, bool wantChanges) const;
    // The same from any cell source with value(i), text(i), interned(i), timestamp(i, offset)
    // and mayContain(i, words): the Qt driver's cache, or SQLite's own statement (SqliteCursor).
    template<typename Cells>
    AuditEvent readCells(const Cells &cells, bool wantChanges) const;
    template<typename Cells>
    void complete(const Cells &cells, AuditEvent &event) const;
    int timestampIndex() const { return m_timestampIndex; }
    // Words one of which a changed field's name must contain to matter (RULES.md monetary
    // fields); rows whose raw change texts contain none of them are not parsed at all.
    void setChangeWords(const QStringList &words);
    // The column that holds the row's stream position exactly: the timestamp, or on PostgreSQL
    // its text (a timestamp's microseconds do not survive QDateTime).
    int positionIndex() const { return m_positionIndex; }
    const QStringList &changeWords() const { return m_changeWords; }
    // Searches raw bytes for the change words when all are ASCII (isValid()).
    const AsciiWordFinder &changeWordFinder() const { return m_changeWordFinder; }

private:
    struct ActionInfo {
        QString action; // after the schema's action map
        Category category = Category::Other;
    };

    template<typename Cells>
    QString text(const Cells &cells, Field field, bool firstNonEmpty = false, bool intern = false) const;
    template<typename Cells>
    bool mayNameChangeWord(const Cells &cells) const;
    const ActionInfo &actionInfo(const QString &rawAction) const;
    Status status(const QString &rawStatus) const;

    SchemaMapping m_mapping;
    EventReader m_reader;
    QString m_timestampSql;
    QStringList m_columns;
    QStringList m_changeWords;
    bool m_filterChanges = false;
    QVector<QVector<int>> m_fieldIndex; // Field -> query positions
    int m_timestampIndex = -1;
    int m_positionIndex = -1;
    AsciiWordFinder m_changeWordFinder;
    // Derived once per distinct raw value; bounded like TextInterner.
    mutable QHash<QString, ActionInfo> m_actions;
    mutable QHash<QString, Status> m_statuses;
};

// The rows of FlagSource::selectSql() through the Qt driver: any database.
class QtCursor
{
public:
    QtCursor(const FlagSource &source, const QSqlDatabase &db);
    bool exec(bool after, const QVariantList &values);
    bool next() { return m_query.next(); }
    AuditEvent read(bool wantChanges);
    void complete(AuditEvent &event) const;
    QVariant lastRawTimestamp() const { return m_lastRaw; }
    QString error() const;

private:
    const FlagSource &m_source;
    QSqlQuery m_query;
    QVariant m_lastRaw;
};

// The same rows through SQLite's own API on the Qt connection's handle, in the same thread.
// The Qt driver turns every cell of every row into a QVariant holding a UTF-16 QString; for a
// scan of ten million rows that costs several times SQLite's own work (DESIGN.md asks for
// flagging within 1.5x a plain scan), so this cursor decodes only the cells a rule reads.
class SqliteCursor
{
public:
    SqliteCursor(const FlagSource &source, const QSqlDatabase &db);
    ~SqliteCursor();
    SqliteCursor(const SqliteCursor &) = delete;
    SqliteCursor &operator=(const SqliteCursor &) = delete;

    // False when the connection is not an SQLite one (then use QtCursor).
    bool isValid() const { return m_db != nullptr; }
    bool exec(bool after, const QVariantList &values);
    bool next();
    AuditEvent read(bool wantChanges);
    void complete(AuditEvent &event);
    QVariant lastRawTimestamp() const;
    QString error() const { return m_error; }

private:
    const FlagSource &m_source;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    TextInterner m_interner;
    std::string m_lastRaw;  // the last row's timestamp cell, reusing one buffer
    QVariant m_lastRawValue; // ... or its number
    int m_lastRawType = 0;
};

} // namespace AuditLens::Flags
