// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTableWidget>

namespace AuditLens {

// The mapping dialog's value map for actions: one row per raw value of the action column, and
// the canonical action it stands for (create, update, delete, login…), empty to keep it as it is.
class ActionValueEditor : public QTableWidget
{
    Q_OBJECT
public:
    explicit ActionValueEditor(QWidget *parent = nullptr);

    // Lists the raw values; a value already mapped in `map` keeps its canonical action.
    void setValues(const QStringList &rawValues, const QHash<QString, QString> &map);
    QHash<QString, QString> actionMap() const;
    // For tests and the keyboard: sets the canonical action of one raw value.
    bool setMappedAction(const QString &rawValue, const QString &action);

signals:
    void actionMapChanged();
};

} // namespace AuditLens
