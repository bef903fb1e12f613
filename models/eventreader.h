// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"
#include "schemamapping.h"

#include <QSqlQuery>
#include <QVector>

#include <functional>

namespace AuditLens {

// Turns rows of a mapped table into canonical events. The select list it gives starts with
// the row key, then every column the mapping uses, each once.
class EventReader
{
public:
    explicit EventReader(const SchemaMapping &mapping);

    const SchemaMapping &mapping() const { return m_mapping; }
    QString selectList() const;
    int columnCount() const { return int(m_columns.size()) + 1; }
    QString keyExpression() const;
    // The quoted column that holds the field, for filters and sorting; empty when absent.
    QString sqlColumn(Field field) const;

    // The rows that sort by their value in `sortColumn` (the rest follow, by key): rows whose
    // time is not a date or a number, or whose value is NULL, never come first. Shared by the
    // entries table and the exports, so a file lists rows in the order the owner saw them.
    QString orderedPredicate(const QString &sortColumn) const;

    // Reads the current row of a query whose select list starts with selectList().
    AuditEvent read(const QSqlQuery &query, int offset = 0) const;
    // The same from any source of the select list's values (position 0 is the row key), each
    // of the type the Qt driver gives.
    AuditEvent read(const std::function<QVariant(int)> &value) const;
    // The positions in selectList() of the columns that hold the field, in mapping order.
    QVector<int> selectPositions(Field field) const;

    // Fills the derived fields (category, status, changes, summary) of an event whose raw
    // fields are set; also used by tests and the demo generator.
    void finish(AuditEvent &event, const QString &fieldChanged, const QString &changesText) const;

private:
    QString text(const std::function<QVariant(int)> &value, Field field, bool firstNonEmpty = false) const;

    SchemaMapping m_mapping;
    QStringList m_columns;             // distinct columns in select order
    QVector<QVector<int>> m_fieldIndex; // Field -> indices into m_columns
};

} // namespace AuditLens
