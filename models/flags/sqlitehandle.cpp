// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

namespace AuditLens::Flags {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    // QSQLiteDriver::handle() is documented to hold a sqlite3* (Qt's "SQL Database Drivers").
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace AuditLens::Flags
