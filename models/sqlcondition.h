// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace AuditLens {

// A WHERE fragment with positional (?) bound values; text from the owner never enters sql.
struct SqlCondition {
    QString sql;
    QVariantList values;
    // The condition may have to read every row (a text search, a pattern): its pages are read
    // on a worker rather than on the GUI thread.
    bool mayScan = false;

    bool isEmpty() const { return sql.isEmpty(); }
    SqlCondition operator&&(const SqlCondition &other) const
    {
        if (isEmpty())
            return other;
        if (other.isEmpty())
            return *this;
        return {u'(' + sql + QStringLiteral(") AND (") + other.sql + u')', values + other.values,
                mayScan || other.mayScan};
    }
};

} // namespace AuditLens
