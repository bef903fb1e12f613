// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace AuditLens {

// Item data roles shared by the models and the delegates that paint them.
enum Role {
    EventKeyRole = Qt::UserRole + 1, // QVariant: the row key
    CategoryRole,                    // int(Category)
    StatusRole,                      // int(Status)
    TimestampMsRole,                 // qint64 UTC ms, or invalid when the raw value does not parse
    RawTimestampRole,                // QString
    FlagRulesRole,                   // QStringList of rule ids
    FlagReasonsRole,                 // QStringList of readable reasons
    EventRole,                       // AuditEvent
    SortSqlRole,                     // header: the column's SQL sort expression, empty if not sortable
};

} // namespace AuditLens
