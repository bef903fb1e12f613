// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "auditdatabase.h"
#include "demogenerator.h"
#include "flagscommand.h"
#include "exportcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace AuditLens::CommandLine {
namespace {


int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a realistic demo database in AuditLens's native schema."));
    parser.addPositionalArgument(QStringLiteral("demo"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The SQLite file to write."));
    const QCommandLineOption rows(QStringLiteral("rows"), tr("Number of events (default 20000)."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption end(QStringLiteral("end"), tr("Last day of activity, YYYY-MM-DD (default today, UTC)."), QStringLiteral("DATE"));
    parser.addOptions({rows, seed, end});
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(err, tr("usage: auditlens demo FILE [--rows N] [--seed S] [--end YYYY-MM-DD]"));
    DemoGenerator::Options options;
    bool ok = false;
    options.rows = parser.value(rows).toLongLong(&ok);
    if (!ok || options.rows < 0 || options.rows > 100'000'000)
        return fail(err, tr("--rows must be a number from 0 to 100000000, not \"%1\".").arg(parser.value(rows)));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(err, tr("--seed must be a non-negative number, not \"%1\".").arg(parser.value(seed)));
    options.endDate = QDateTime::currentDateTimeUtc().date();
    if (parser.isSet(end)) {
        options.endDate = QDate::fromString(parser.value(end), Qt::ISODate);
        if (!options.endDate.isValid())
            return fail(err, tr("--end must be a date like 2026-11-28, not \"%1\".").arg(parser.value(end)));
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DemoGenerator::write(positional.at(1), options, &error))
        return fail(err, error, Failure);
    out << tr("Wrote %1 events to %2 in %3 s").arg(options.rows).arg(positional.at(1)).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return Ok;
}

int runSchema(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("schema"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a postgresql:// URL."));
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    if (parser.positionalArguments().size() != 2)
        return fail(err, tr("usage: auditlens schema DATABASE"));
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(parser.positionalArguments().at(1)), &error);
    if (!db)
        return fail(err, error);
    out << QJsonDocument(db->mapping().toJson()).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLens::CommandLine", text);
}

int fail(QTextStream &err, const QString &message, int code)
{
    err << "auditlens: " << message << Qt::endl;
    return code;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    static const QStringList kCommands{QStringLiteral("demo"), QStringLiteral("schema"), QStringLiteral("flags"),
                                       QStringLiteral("export")};
    return kCommands.contains(arguments.at(1));
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("demo"))
        return runDemo(arguments, out, err);
    if (command == QLatin1String("schema"))
        return runSchema(arguments, out, err);
    if (command == QLatin1String("flags"))
        return runFlags(arguments, out, err);
    if (command == QLatin1String("export"))
        return runExport(arguments, out, err);
    return fail(err, tr("unknown command \"%1\"").arg(command));
}

} // namespace AuditLens::CommandLine
