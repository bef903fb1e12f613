// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"

namespace AuditLens {

DatabaseSession::DatabaseSession(std::unique_ptr<AuditDatabase> database)
    : m_database(std::move(database))
    , m_entries(new EntriesModel(m_database.get(), this))
{
}

DatabaseSession::~DatabaseSession()
{
    delete m_entries; // before the connection it reads
}

std::unique_ptr<DatabaseSession> DatabaseSession::open(const DatabaseLocation &location, QString *error,
                                                       bool *noAuditTable)
{
    auto database = AuditDatabase::open(location, error, noAuditTable);
    if (!database)
        return nullptr;
    return std::unique_ptr<DatabaseSession>(new DatabaseSession(std::move(database)));
}

std::unique_ptr<DatabaseSession> DatabaseSession::openMapped(const DatabaseLocation &location,
                                                             const SchemaMapping &mapping, QString *error)
{
    auto database = AuditDatabase::openWith(location, mapping, error);
    if (!database)
        return nullptr;
    return std::unique_ptr<DatabaseSession>(new DatabaseSession(std::move(database)));
}

} // namespace AuditLens
