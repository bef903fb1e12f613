// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilter.h"

#include "timestampparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace AuditLens::FilterOptions {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLens::FilterOptions", text);
}

// Values may be repeated (--action LOGIN --action LOGOUT) or comma-separated.
QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &v : parser.values(name)) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (!t.isEmpty() && !out.contains(t))
                out << t;
        }
    }
    return out;
}

bool parseStatuses(const QStringList &names, QList<Status> *statuses, QString *error)
{
    for (const QString &name : names) {
        bool found = false;
        for (Status s : {Status::Success, Status::Failure, Status::Error, Status::Unknown}) {
            if (name.compare(Actions::statusName(s), Qt::CaseInsensitive) == 0) {
                if (!statuses->contains(s))
                    *statuses << s;
                found = true;
            }
        }
        if (!found) {
            *error = tr("--status: \"%1\" is not one of success, failure, error, unknown.").arg(name);
            return false;
        }
    }
    return true;
}

bool parseBound(const QCommandLineParser &parser, const QString &name, bool isEnd, QDateTime *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name).trimmed();
    bool dateOnly = false;
    if (!parseInstant(text, out, &dateOnly)) {
        *error = tr("--%1: \"%2\" is not an ISO-8601 date or date-time (e.g. 2026-11-28 or 2026-11-28T09:00:00Z).")
                     .arg(name, text);
        return false;
    }
    // A date alone means that whole day: --to is exclusive, so it ends at the next midnight.
    if (isEnd && dateOnly)
        *out = out->addDays(1);
    return true;
}

} // namespace

bool parseInstant(const QString &text, QDateTime *utc, bool *dateOnly)
{
    static const QRegularExpression dateRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    *dateOnly = dateRe.match(text).hasMatch();
    if (*dateOnly) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return false;
        *utc = QDateTime(d, QTime(0, 0), Qt::UTC);
        return true;
    }
    static const QRegularExpression dateTimeRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})"));
    if (!dateTimeRe.match(text).hasMatch())
        return false; // epoch numbers are not accepted on the command line: too easy to mistype
    const std::optional<qint64> ms = Timestamps::parseText(text);
    if (!ms)
        return false;
    *utc = Timestamps::toUtc(*ms);
    return true;
}

void addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("from"), tr("Events at or after T (ISO-8601 date or date-time, UTC unless it has an offset)."),
         QStringLiteral("T")},
        {QStringLiteral("to"), tr("Events before T; a date alone includes that whole day."), QStringLiteral("T")},
        {QStringLiteral("action"), tr("Only these actions (repeat or separate with commas)."), QStringLiteral("A")},
        {QStringLiteral("table"), tr("Only these tables or resource types."), QStringLiteral("T")},
        {QStringLiteral("user"), tr("Only these users."), QStringLiteral("U")},
        {QStringLiteral("status"), tr("Only success, failure, error or unknown."), QStringLiteral("S")},
        {QStringLiteral("ip"), tr("Only this IP address (a trailing * matches a prefix)."), QStringLiteral("IP")},
        {QStringLiteral("search"), tr("Free text in the summary, values, metadata, ids, user, IP and user agent."),
         QStringLiteral("TEXT")},
        {QStringLiteral("flagged-only"), tr("Only events the flag rules mark as suspicious.")},
    });
}

bool parse(const QCommandLineParser &parser, EventFilter *filter, QString *error)
{
    EventFilter f;
    if (!parseBound(parser, QStringLiteral("from"), false, &f.from, error)
        || !parseBound(parser, QStringLiteral("to"), true, &f.to, error))
        return false;
    if (f.from.isValid() && f.to.isValid() && f.from >= f.to) {
        *error = tr("--from must be earlier than --to.");
        return false;
    }
    f.actions = listValues(parser, QStringLiteral("action"));
    f.tables = listValues(parser, QStringLiteral("table"));
    f.users = listValues(parser, QStringLiteral("user"));
    if (!parseStatuses(listValues(parser, QStringLiteral("status")), &f.statuses, error))
        return false;
    f.ip = parser.value(QStringLiteral("ip")).trimmed();
    static const QRegularExpression ipRe(QStringLiteral(R"(^[0-9A-Fa-f:.*]+$)"));
    if (!f.ip.isEmpty() && !ipRe.match(f.ip).hasMatch()) {
        *error = tr("--ip: \"%1\" is not an IP address or prefix.").arg(f.ip);
        return false;
    }
    f.text = parser.value(QStringLiteral("search"));
    f.flaggedOnly = parser.isSet(QStringLiteral("flagged-only"));
    *filter = f;
    return true;
}

} // namespace AuditLens::FilterOptions
