// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagscommand.h"

#include "auditdatabase.h"
#include "commandfilter.h"
#include "commandline.h"
#include "eventreader.h"
#include "flags/flagrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace AuditLens::CommandLine {
namespace {

// QJsonObject sorts its keys; the line is written by hand to keep the documented order.
QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString jsonString(const QString &text)
{
    const QString array = jsonArray({text});
    return array.mid(1, array.size() - 2);
}

QString eventId(const AuditEvent &e)
{
    // The table's id as text, its row key where it has none (issue 4).
    return e.id.isEmpty() ? e.keyText() : e.id;
}

// "2026-11-28T09:15:02.120Z": ISO-8601 UTC with milliseconds, as issue 4 asks.
QString isoUtc(const AuditEvent &e)
{
    // Qt::UTC, not QTimeZone::utc(): only the former is written with "Z" rather than "+00:00".
    return QDateTime::fromMSecsSinceEpoch(e.timestamp.value_or(0), Qt::UTC).toString(Qt::ISODateWithMs);
}

QString jsonLine(const AuditEvent &e, const Flags::FlagMatch &m)
{
    return QStringLiteral("{\"id\":%1,\"timestamp\":%2,\"actor\":%3,\"action\":%4,\"rules\":%5,\"reasons\":%6}")
        .arg(jsonString(eventId(e)), jsonString(isoUtc(e)), jsonString(e.actor),
             jsonString(e.action), jsonArray(m.rules), jsonArray(m.reasons));
}

QString tableLine(const AuditEvent &e, const Flags::FlagMatch &m)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(isoUtc(e), eventId(e).leftJustified(8), e.actor.leftJustified(12),
             e.action.leftJustified(18), m.rules.join(u',').leftJustified(30), m.reasons.join(QStringLiteral("; ")));
}

using Flagged = QList<QPair<AuditEvent, Flags::FlagMatch>>;

// The keys among the flagged events that the filter matches: one query of the compiled filter
// restricted to the flagged keys, so the answer is as small as the flag list and uses the same
// SQL as the window rather than a second evaluation of the filter in C++.
bool matchingKeys(const AuditDatabase &db, FilterCompiler compiler, EventFilter filter, const CommandFlags &flags,
                  QSet<QString> *keys, QString *error)
{
    compiler.setFlagConditionProvider(flags.conditionProvider());
    filter.flaggedOnly = true;
    const SqlCondition where = compiler.compile(filter);
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                  .arg(EventReader(db.mapping()).keyExpression(), quoteTable(db.mapping().table), where.sql));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("The audit table cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        keys->insert(q.value(0).toString());
    return true;
}

void printSummary(QTextStream &out, const Flags::RunResult &result, qint64 printed, bool filtered)
{
    if (filtered)
        out << tr("%1 flagged events match the filter; %2 flagged of %3 events")
                   .arg(printed).arg(result.flagged).arg(result.eventsRead) << '\n';
    else
        out << tr("%1 flagged of %2 events").arg(result.flagged).arg(result.eventsRead) << '\n';
    QStringList na;
    for (Flags::RuleId r : result.notApplicable)
        na << Flags::ruleIdName(r);
    if (!na.isEmpty())
        out << tr("not applicable to this schema: %1").arg(na.join(QStringLiteral(", "))) << '\n';
}

} // namespace

int runFlags(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the events that the rules of RULES.md flag, in stream order."));
    parser.addPositionalArgument(QStringLiteral("flags"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a postgresql:// URL."));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object a line."));
    parser.addOption(json);
    FilterOptions::addTo(parser);
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    if (parser.positionalArguments().size() != 2)
        return fail(err, tr("usage: auditlens flags DATABASE [--json] [FILTERS]"));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(parser.positionalArguments().at(1)), &error);
    if (!db)
        return fail(err, error);
    EventFilter filter;
    FilterCompiler compiler;
    if (!parseFilter(parser, *db, &filter, &compiler, &error))
        return fail(err, error);
    // Every printed event is flagged: --flagged-only adds nothing here.
    filter.flaggedOnly = false;
    const bool filtered = !filter.isEmpty();
    const bool asJson = parser.isSet(json);
    const auto print = [&](const AuditEvent &e, const Flags::FlagMatch &m) {
        out << (asJson ? jsonLine(e, m) : tableLine(e, m)) << '\n';
    };
    // The rules read the whole stream; a filter only chooses which flagged events are printed,
    // so those are held until the run ends and the filter's query has named them.
    if (!asJson)
        out << tr("TIMESTAMP                 ID        ACTOR         ACTION              RULES                           REASONS")
            << '\n';
    Flagged held;
    CommandFlags flags(*db);
    const bool ran = flags.compute(&error, [&](const AuditEvent &e, const Flags::FlagMatch &m) {
        if (filtered)
            held.append({e, m});
        else
            print(e, m);
    });
    QSet<QString> keys;
    if (!ran || (filtered && !matchingKeys(*db, compiler, filter, flags, &keys, &error))) {
        out.flush();
        return fail(err, error);
    }
    qint64 printed = 0;
    for (const auto &[e, m] : std::as_const(held)) {
        if (keys.contains(e.keyText())) {
            print(e, m);
            ++printed;
        }
    }
    if (!asJson)
        printSummary(out, flags.result(), printed, filtered);
    out.flush();
    return Ok;
}

} // namespace AuditLens::CommandLine
