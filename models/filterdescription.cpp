// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilter.h"

#include <QCoreApplication>

namespace AuditLens {
namespace {

bool isMidnight(const QDateTime &t)
{
    return t.toUTC().time() == QTime(0, 0);
}

QString instant(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return utc.toString(isMidnight(utc) ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Whole days read as dates with the last day included, since that is how the owner chose
// them (the panel's calendar, or --to 2026-11-28); `to` itself is exclusive.
QString period(const QDateTime &from, const QDateTime &to)
{
    const bool wholeDays = (!from.isValid() || isMidnight(from)) && (!to.isValid() || isMidnight(to));
    const QDateTime last = wholeDays && to.isValid() ? to.addDays(-1) : to;
    if (from.isValid() && to.isValid()) {
        if (wholeDays && from.toUTC().date() == last.toUTC().date())
            return EventFilter::tr("on %1 (UTC)").arg(instant(from));
        return wholeDays ? EventFilter::tr("from %1 to %2 (UTC)").arg(instant(from), instant(last))
                         : EventFilter::tr("from %1 to before %2 (UTC)").arg(instant(from), instant(to));
    }
    if (from.isValid())
        return EventFilter::tr("from %1 (UTC)").arg(instant(from));
    if (to.isValid())
        return wholeDays ? EventFilter::tr("until %1 (UTC)").arg(instant(last))
                         : EventFilter::tr("before %1 (UTC)").arg(instant(to));
    return {};
}

} // namespace

QString EventFilter::describe() const
{
    QStringList parts;
    if (const QString p = period(from, to); !p.isEmpty())
        parts << p;
    if (!actions.isEmpty())
        parts << tr("action %1").arg(actions.join(QStringLiteral(", ")));
    if (!categories.isEmpty()) {
        QStringList names;
        for (Category c : categories)
            names << Actions::categoryTitle(c);
        parts << tr("category %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!tables.isEmpty())
        parts << tr("table %1").arg(tables.join(QStringLiteral(", ")));
    if (!users.isEmpty())
        parts << tr("user %1").arg(users.join(QStringLiteral(", ")));
    if (!statuses.isEmpty()) {
        QStringList names;
        for (Status s : statuses)
            names << Actions::statusTitle(s);
        parts << tr("status %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!ip.isEmpty())
        parts << tr("IP %1").arg(ip);
    if (!text.isEmpty())
        parts << tr("text contains \"%1\"").arg(text);
    if (flaggedOnly && reviewState.isEmpty())
        parts << tr("flagged events only");
    if (!reviewState.isEmpty())
        parts << tr("flagged events in review state %1").arg(reviewState);
    return parts.join(QStringLiteral("; "));
}

} // namespace AuditLens
