// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagscommand.h"

#include "auditdatabase.h"
#include "commandline.h"
#include "flags/flagrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>

namespace AuditLens::CommandLine {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLens::CommandLine", text);
}

int fail(QTextStream &err, const QString &message)
{
    err << "auditlens: " << message << Qt::endl;
    return BadInput;
}

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

} // namespace

int runFlags(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the events that the rules of RULES.md flag, in stream order."));
    parser.addPositionalArgument(QStringLiteral("flags"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a postgresql:// URL."));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object a line."));
    parser.addOption(json);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 2)
        return fail(err, tr("usage: auditlens flags DATABASE [--json]"));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(parser.positionalArguments().at(1)), &error);
    if (!db)
        return fail(err, error);
    const bool asJson = parser.isSet(json);
    if (!asJson)
        out << tr("TIMESTAMP                 ID        ACTOR         ACTION              RULES                           REASONS")
            << '\n';
    Flags::FlagRunner runner(*db, Flags::RuleSettings());
    runner.setOnFlag([&](const AuditEvent &e, const Flags::FlagMatch &m) {
        out << (asJson ? jsonLine(e, m) : tableLine(e, m)) << '\n';
    });
    const Flags::RunResult result = runner.run(Flags::RunMode::Full);
    out.flush();
    if (!result.ok)
        return fail(err, result.error);
    if (!asJson) {
        out << tr("%1 flagged of %2 events").arg(result.flagged).arg(result.eventsRead) << '\n';
        QStringList na;
        for (Flags::RuleId r : result.notApplicable)
            na << Flags::ruleIdName(r);
        if (!na.isEmpty())
            out << tr("not applicable to this schema: %1").arg(na.join(QStringLiteral(", "))) << '\n';
    }
    return Ok;
}

} // namespace AuditLens::CommandLine
