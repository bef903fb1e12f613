// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>

#include <atomic>
#include <memory>

struct sqlite3;
struct pg_cancel;

namespace AuditLens {

// Stops the statement running on one connection from another thread. Qt's cancelQuery is not
// implemented by QSQLITE or QPSQL, so this reaches the driver's handle: on SQLite a progress
// handler that aborts once cancel() was called (it also catches a statement that starts just
// after, which sqlite3_interrupt alone would miss) plus sqlite3_interrupt; on PostgreSQL
// PQcancel. The worker attaches its connection (Scope) around its statements; cancel() may
// come from any thread, before, during or after them.
class QueryCanceller
{
public:
    QueryCanceller() = default;
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // Attaches a connection for the scope's lifetime; call on the connection's own thread.
    class Scope
    {
    public:
        Scope(QueryCanceller *canceller, const QSqlDatabase &db);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QueryCanceller *m_canceller;
    };

    // True when a statement failed because it was cancelled (SQLite "interrupted", PostgreSQL
    // "canceling statement due to user request").
    static bool isCancelError(const QSqlError &error);

private:
    void attach(const QSqlDatabase &db);
    void detach();

    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex;
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_pg = nullptr;
};

// One kind of background query (the count, the statistics, a history …). start() supersedes the
// previous run: its statement is cancelled and its generation is no longer current, so a late
// answer from it is dropped by the caller's isCurrent() check. Used on the owner's thread.
class QueryGeneration
{
public:
    struct Ticket {
        quint64 generation = 0;
        std::shared_ptr<QueryCanceller> canceller;
    };

    ~QueryGeneration() { cancel(); }
    Ticket start();
    // Cancels the current run; its answer is stale from now on.
    void cancel();
    bool isCurrent(quint64 generation) const { return generation == m_generation && m_current; }
    quint64 current() const { return m_generation; }

private:
    quint64 m_generation = 0;
    std::shared_ptr<QueryCanceller> m_current;
};

} // namespace AuditLens
