// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace AuditLens {

// A glimpse of a table for the mapping dialog: a few values of each column and the values an
// action column holds. Both read a bounded number of rows, however large the table is.
class TableSample
{
public:
    // Up to maxValues distinct, non-empty values of each column among the first rows.
    static QHash<QString, QStringList> columnSamples(const QSqlDatabase &db, const QString &table,
                                                    int maxValues = 3, QString *error = nullptr);
    // The distinct values of one column among the first scanRows rows, most frequent first.
    static QStringList distinctValues(const QSqlDatabase &db, const QString &table, const QString &column,
                                      int maxValues = 100, int scanRows = 10000, QString *error = nullptr);
};

} // namespace AuditLens
