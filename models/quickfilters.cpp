// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickfilters.h"

namespace AuditLens::QuickFilters {

EventFilter make(Kind kind, const QDateTime &now, const QStringList &knownActions)
{
    EventFilter f;
    const QDate today = now.toUTC().date();
    switch (kind) {
    case TodaysActivity:
        f.from = QDateTime(today, QTime(0, 0), Qt::UTC);
        break;
    case ThisWeek:
        // ISO weeks start on Monday.
        f.from = QDateTime(today.addDays(1 - today.dayOfWeek()), QTime(0, 0), Qt::UTC);
        break;
    case FailedLogins: {
        // A schema that names failed logins (LOGIN_FAILED) records them by action whatever its
        // status column says; one that does not records a LOGIN whose status is a failure.
        QStringList named;
        QStringList logins;
        for (const QString &a : knownActions) {
            const Category c = Actions::categorize(a);
            if (Actions::isFailedLogin(a, c, Status::Success))
                named << a;
            else if (Actions::isFailedLogin(a, c, Status::Failure))
                logins << a;
        }
        if (!named.isEmpty()) {
            f.actions = named;
        } else {
            f.actions = logins.isEmpty() ? QStringList{QStringLiteral("LOGIN")} : logins;
            f.statuses = {Status::Failure};
        }
        break;
    }
    case DataChanges:
        f.categories = {Category::Create, Category::Update, Category::Delete};
        break;
    }
    return f;
}

} // namespace AuditLens::QuickFilters
