// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flagengine.h"

#include <QByteArray>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace AuditLens::Flags {

// Adds flags to the store's flags table through SQLite's own API, one statement prepared once.
// A full run over ten million events may add four million flags: the Qt driver's QVariant
// binding and QJsonDocument cost more per flag than SQLite's insert (perf, issue 8).
class FlagInserter
{
public:
    explicit FlagInserter(const QSqlDatabase &store);
    ~FlagInserter();
    FlagInserter(const FlagInserter &) = delete;
    FlagInserter &operator=(const FlagInserter &) = delete;

    bool add(const QString &identity, const QVariant &key, qint64 timestamp, qint64 seq, const FlagMatch &match);
    QString error() const;

private:
    bool bindKey(const QVariant &key);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_identity; // bound once: SQLite keeps a binding across resets
    QByteArray m_text;  // reused for the key and JSON texts
};

// ["a","b"] as QJsonDocument writes it compactly, without building a document.
void appendJsonStringArray(QByteArray &out, const QStringList &list);

} // namespace AuditLens::Flags
