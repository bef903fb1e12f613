// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlcondition.h"

#include <QString>

namespace AuditLens {

// The floor of a query: the sqlite3 shell running the same statement, with the same bound
// values (.parameter set), on the same file, read-only; the median of its ".timer" readings.
class SqlFloor
{
public:
    explicit SqlFloor(const QString &path) : m_path(path) {}
    // Statements run before each timed script (not timed apart): e.g. ATTACH of the search index.
    void setSetup(const QString &sql) { m_setup = sql; }
    double time(const SqlCondition &statement, int repeat = 9) const;
    // sqlite3 -csv writing the rows to outputPath, as the export writes its file.
    double timeCsv(const QString &sql, const QString &outputPath) const;

private:
    QString m_path;
    QString m_setup;
};

} // namespace AuditLens
