// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace AuditLens::Flags {

// The connection's own sqlite3 handle, for SQLite's API where the Qt driver costs too much;
// null when it is not an SQLite connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace AuditLens::Flags
