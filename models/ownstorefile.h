// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The files AuditLens keeps beside the flag store (the search index, the statistics cache):
// the owner's alone, opened read-write with the audit database attached read-only.
namespace AuditLens::OwnStoreFile {

// Creates the file empty with mode 0600 before SQLite opens it (SQLite gives its journal the
// same mode), and narrows a file an earlier version created readable by others.
void prepare(const QString &path);

// A named connection, closed and removed when it goes out of scope, on every path.
struct Connection {
    QString name;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();
};

// Opens `path` on the connection `connection` and attaches `auditPath` as "audit", mode=ro.
bool openWithAudit(const QString &connection, const QString &path, const QString &auditPath, QString *error);

} // namespace AuditLens::OwnStoreFile
