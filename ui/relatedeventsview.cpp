// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedeventsview.h"

#include "categorypalette.h"
#include "changestable.h"
#include "longtextview.h"
#include "timestampparser.h"

#include <QHeaderView>

namespace AuditLens {
namespace {

QString timeText(const AuditEvent &e)
{
    if (!e.timestamp)
        return e.rawTimestamp;
    return Timestamps::toUtc(*e.timestamp).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "price 90 → 100, name …": the values the record passed through at this event.
QString valuesText(const AuditEvent &e)
{
    QStringList parts;
    for (const Change &c : e.changes) {
        if (!ChangesTable::isChanged(c))
            continue;
        parts << QStringLiteral("%1: %2 → %3").arg(c.field, DisplayText::oneLine(ChangesTable::displayValue(c.oldValue), 60),
                                                  DisplayText::oneLine(ChangesTable::displayValue(c.newValue), 60));
    }
    return parts.isEmpty() ? DisplayText::oneLine(e.summary) : parts.join(QStringLiteral("; "));
}

} // namespace

RelatedEventsView::RelatedEventsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("detailRelated"));
    setAccessibleName(tr("Related events"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Time"), tr("Action"), tr("User"), tr("Values / summary")});
    setUniformRowHeights(true);
    setRootIsDecorated(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, &RelatedEventsView::onItemActivated);
    connect(this, &QTreeWidget::itemClicked, this, &RelatedEventsView::onItemActivated);
}

void RelatedEventsView::setLoading(const AuditEvent &)
{
    clear();
    auto *loading = new QTreeWidgetItem(this, {tr("Loading…")});
    loading->setFlags(Qt::ItemIsEnabled);
}

void RelatedEventsView::setRelated(const RelatedEvents &related, const AuditEvent &event)
{
    clear();
    const QString record = event.entityId.isEmpty()
        ? tr("no record id")
        : QStringLiteral("%1 #%2").arg(event.entity.isEmpty() ? tr("record") : event.entity, event.entityId);
    auto *history = new QTreeWidgetItem(this, {tr("History of %1 (newest first; events: %n)", nullptr,
                                                  int(related.history.size())).arg(record)});
    auto *activity = new QTreeWidgetItem(
        this, {event.actor.isEmpty() ? tr("No user to follow")
                                     : tr("%1 from 30 minutes before to 30 minutes after (events: %n)", nullptr,
                                          int(related.activity.size()))
                                           .arg(event.actor)});
    for (QTreeWidgetItem *group : {history, activity}) {
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
    }
    for (const AuditEvent &e : related.history)
        addEvent(history, e, event.key, true);
    for (const AuditEvent &e : related.activity)
        addEvent(activity, e, event.key, false);
    if (!related.error.isEmpty()) {
        auto *error = new QTreeWidgetItem(this, {tr("Related events could not be read: %1").arg(related.error)});
        error->setFirstColumnSpanned(true);
    }
    expandAll();
    for (int c = 0; c < DetailColumn; ++c)
        resizeColumnToContents(c);
}

void RelatedEventsView::addEvent(QTreeWidgetItem *group, const AuditEvent &e, const QVariant &currentKey, bool withValues)
{
    auto *item = new QTreeWidgetItem(group, {timeText(e), e.action, e.actor,
                                             withValues ? valuesText(e) : DisplayText::oneLine(e.summary)});
    item->setData(0, KeyRole, e.key);
    item->setData(0, TimestampRole, e.timestamp ? QVariant(*e.timestamp) : QVariant());
    item->setForeground(ActionColumn, CategoryPalette::badgeColor(e.category, e.status));
    item->setToolTip(DetailColumn, DisplayText::cut(e.summary, DisplayText::kLabelLimit));
    if (e.key == currentKey) {
        QFont f = item->font(0);
        f.setBold(true);
        for (int c = 0; c < ColumnCount; ++c)
            item->setFont(c, f);
        item->setToolTip(TimeColumn, tr("The event shown above"));
    }
}

void RelatedEventsView::onItemActivated(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, KeyRole).isValid())
        return;
    const QVariant ts = item->data(0, TimestampRole);
    emit eventActivated(item->data(0, KeyRole), ts.isValid() ? ts.toLongLong() : -1);
}

} // namespace AuditLens
