// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"

#include <QTableWidget>

#include <optional>

namespace AuditLens {

// The before/after values of one event, field by field: changed fields highlighted, numeric
// changes with their percentage.
class ChangesTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, DeltaColumn, ColumnCount };
    static constexpr int FullValueRole = Qt::UserRole + 1;

    explicit ChangesTable(QWidget *parent = nullptr);

    void setChanges(const QList<Change> &changes);

    // How a value is shown: absent as an em dash, JSON null as null, text as is.
    static QString displayValue(const QVariant &value);
    // A JSON number, or text that is wholly a number (field_changed / old_value / new_value).
    static std::optional<double> numberOf(const QVariant &value);
    // "+30 %", "−12.5 %", or empty when either side is not a number or the old one is 0.
    static QString percentChange(const QVariant &oldValue, const QVariant &newValue);
    static bool isChanged(const Change &change);
};

} // namespace AuditLens
