// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "entriesmodel.h"

#include <QObject>

#include <memory>

namespace AuditLens {

// One open audit database and the models that read it; the window holds one at a time.
class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<DatabaseSession> open(const DatabaseLocation &location, QString *error,
                                                 bool *noAuditTable = nullptr);
    // Opens the table with a mapping the owner chose in the mapping dialog, without detection.
    static std::unique_ptr<DatabaseSession> openMapped(const DatabaseLocation &location, const SchemaMapping &mapping,
                                                       QString *error);
    ~DatabaseSession() override;

    AuditDatabase *database() const { return m_database.get(); }
    EntriesModel *entries() const { return m_entries; }
    DatabaseLocation location() const { return m_database->location(); }

private:
    explicit DatabaseSession(std::unique_ptr<AuditDatabase> database);

    std::unique_ptr<AuditDatabase> m_database;
    EntriesModel *m_entries;
};

} // namespace AuditLens
