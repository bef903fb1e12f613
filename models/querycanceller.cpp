// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycanceller.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace AuditLens {
namespace {

int abortWhenCancelled(void *flag)
{
    return static_cast<std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

template<typename T>
T *driverHandle(const QSqlDatabase &db, std::initializer_list<const char *> typeNames)
{
    // Qt's "SQL Database Drivers" page documents sqlite3* for QSQLITE and PGconn* for QPSQL
    // (whose QVariant names the struct: pg_conn*).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid())
        return nullptr;
    for (const char *name : typeNames) {
        if (qstrcmp(handle.typeName(), name) == 0)
            return *static_cast<T *const *>(handle.constData());
    }
    return nullptr;
}

} // namespace

QueryCanceller::~QueryCanceller()
{
    detach();
}

void QueryCanceller::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_mutex);
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
    if (m_pg) {
        char message[256];
        PQcancel(m_pg, message, sizeof message);
    }
}

void QueryCanceller::attach(const QSqlDatabase &db)
{
    QMutexLocker lock(&m_mutex);
    if (sqlite3 *handle = driverHandle<sqlite3>(db, {"sqlite3*"})) {
        m_sqlite = handle;
        sqlite3_progress_handler(handle, 1000, abortWhenCancelled, &m_cancelled);
    } else if (PGconn *conn = driverHandle<PGconn>(db, {"PGconn*", "pg_conn*"})) {
        m_pg = PQgetCancel(conn);
    }
}

void QueryCanceller::detach()
{
    QMutexLocker lock(&m_mutex);
    if (m_sqlite)
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
    m_sqlite = nullptr;
    if (m_pg)
        PQfreeCancel(m_pg);
    m_pg = nullptr;
}

QueryCanceller::Scope::Scope(QueryCanceller *canceller, const QSqlDatabase &db)
    : m_canceller(canceller)
{
    if (m_canceller)
        m_canceller->attach(db);
}

QueryCanceller::Scope::~Scope()
{
    if (m_canceller)
        m_canceller->detach();
}

bool QueryCanceller::isCancelError(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    // SQLITE_INTERRUPT is 9; PostgreSQL's query_canceled is SQLSTATE 57014.
    return native == QLatin1String("9") || native == QLatin1String("57014")
        || error.databaseText().contains(QLatin1String("interrupted"))
        || error.databaseText().contains(QLatin1String("canceling statement due to user request"));
}

QueryGeneration::Ticket QueryGeneration::start()
{
    cancel();
    m_current = std::make_shared<QueryCanceller>();
    return {++m_generation, m_current};
}

void QueryGeneration::cancel()
{
    if (m_current)
        m_current->cancel();
    m_current.reset();
}

} // namespace AuditLens
