// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemamapping.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace AuditLens {

// Seconds libpq waits for a server to answer, and the longest one statement may run.
constexpr int kConnectTimeoutSeconds = 10;
constexpr int kStatementTimeoutSeconds = 60;

// Where an audit log lives: an SQLite file, or a table on a PostgreSQL server.
struct DatabaseLocation {
    DatabaseKind kind = DatabaseKind::SQLite;
    QString path;      // SQLite
    QString host;      // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode;
    QString table;     // optional: the table to open, else detected

    // A file path, or postgresql://user[:password]@host[:port]/dbname?table=audit_logs&sslmode=…
    static DatabaseLocation parse(const QString &text);
    QString displayName() const;
    // The location as text, never with the password: for the recent list and settings.
    QString toUrl() const;
    // Stable identity for the local store: the canonical file path, or user@host:port/db.
    QString identity() const;
};

// One read-only connection to an audit database, with its detected schema. Each thread opens
// its own (QSqlDatabase connections must stay in the thread that made them) with openClone().
class AuditDatabase
{
public:
    ~AuditDatabase();
    AuditDatabase(const AuditDatabase &) = delete;
    AuditDatabase &operator=(const AuditDatabase &) = delete;

    // Opens and detects the schema. On failure returns null and sets *error to one clear sentence;
    // *noAuditTable tells a database that answers but has no table a profile fits (the mapping
    // dialog's case) from one that cannot be read.
    static std::unique_ptr<AuditDatabase> open(const DatabaseLocation &location, QString *error,
                                               bool *noAuditTable = nullptr);
    // A second connection to the same database with the same mapping, for another thread.
    std::unique_ptr<AuditDatabase> openClone(QString *error) const;
    // The same, from a copy of the location and mapping: safe to call from any thread.
    static std::unique_ptr<AuditDatabase> openWith(const DatabaseLocation &location, const SchemaMapping &mapping,
                                                   QString *error);

    QSqlDatabase database() const;
    const SchemaMapping &mapping() const { return m_mapping; }
    const DatabaseLocation &location() const { return m_location; }
    QString connectionName() const { return m_connectionName; }
    // True when the connection still answers (a server that went away fails this).
    bool isAlive() const;
    // Opens the same connection again after the server went away, with the same session settings.
    bool reconnect(QString *error);
    // Overrides detection with a mapping the owner chose (mapping dialog, ?table=).
    void setMapping(const SchemaMapping &mapping) { m_mapping = mapping; }

    Q_DECLARE_TR_FUNCTIONS(AuditLens::AuditDatabase)

private:
    AuditDatabase() = default;
    bool connect(QString *error);
    bool openConnection(QSqlDatabase &db, QString *error);

    DatabaseLocation m_location;
    SchemaMapping m_mapping;
    QString m_connectionName;
};

} // namespace AuditLens
