// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdetails.h"

#include <QTreeWidget>

namespace AuditLens {

// The history of an event's record (newest first, with the values it passed through) and its
// user's activity around it. Activating an entry asks to move the table to that event.
class RelatedEventsView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActionColumn, UserColumn, DetailColumn, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int TimestampRole = Qt::UserRole + 2;

    explicit RelatedEventsView(QWidget *parent = nullptr);

    void setLoading(const AuditEvent &event);
    void setRelated(const RelatedEvents &related, const AuditEvent &event);
    QTreeWidgetItem *historyGroup() const { return topLevelItem(0); }
    QTreeWidgetItem *activityGroup() const { return topLevelItem(1); }

signals:
    void eventActivated(const QVariant &key, qint64 timestampMs);

private:
    void addEvent(QTreeWidgetItem *group, const AuditEvent &e, const QVariant &currentKey, bool withValues);
    void onItemActivated(QTreeWidgetItem *item);
};

} // namespace AuditLens
