// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "auditdatabase.h"
#include "commandfilter.h"
#include "commandline.h"
#include "export/exporter.h"
#include "export/exportregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>

namespace AuditLens::CommandLine {
namespace {

// The rows and the report's "Filters" line from FILTERS. The flags are computed whatever the
// filter, so that the Flags column and the report's summary by rule are always true, and
// --flagged-only selects by the same flags; --no-flags skips the rules (a fifth of the time of
// a plain CSV export) and leaves the Flags column empty.
bool applyFilter(const QCommandLineParser &parser, bool withFlags, AuditDatabase &db, CommandFlags &flags,
                 ExportOptions *options, QString *error)
{
    EventFilter filter;
    FilterCompiler compiler;
    if (!parseFilter(parser, db, &filter, &compiler, error))
        return false;
    if (!withFlags) {
        if (filter.flaggedOnly) {
            *error = tr("--flagged-only needs the flag rules: leave out --no-flags.");
            return false;
        }
        options->condition = compiler.compile(filter);
        options->filterDescription = filter.describe();
        return true;
    }
    if (!flags.compute(error))
        return false;
    compiler.setFlagConditionProvider(flags.conditionProvider());
    options->condition = compiler.compile(filter);
    options->filterDescription = filter.describe();
    options->flagMarks = flags.marks();
    options->flagSummary = flags.summary();
    return true;
}

} // namespace

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the audit log to CSV, JSON or a PDF report."));
    parser.addPositionalArgument(QStringLiteral("export"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a postgresql:// URL."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, json or pdf."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"), tr("JSON Lines: one object a line instead of an array."));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), tr("CSV without a UTF-8 byte-order mark."));
    const QCommandLineOption noNeutralize(QStringLiteral("no-neutralize"),
                                          tr("Keep CSV cells that start with = + - @ as they are (formula risk)."));
    const QCommandLineOption noFlags(QStringLiteral("no-flags"),
                                     tr("Do not run the flag rules: faster, with an empty Flags column."));
    parser.addOptions({format, output, jsonl, noBom, noNeutralize, noFlags});
    FilterOptions::addTo(parser);
    const QString usage = tr("usage: auditlens export DATABASE --format csv|json|pdf --output FILE [FILTERS]");
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(format) || parser.value(output).isEmpty())
        return fail(err, usage);
    const ExportFormatInfo *info = ExportRegistry::find(parser.value(format));
    if (!info)
        return fail(err, tr("--format must be csv, json or pdf, not \"%1\".").arg(parser.value(format)));
    if (info->format == ExportFormat::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(err, tr("The PDF report needs the graphical application object."));

    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(parser.positionalArguments().at(1)), &error);
    if (!db)
        return fail(err, error);
    ExportOptions options;
    CommandFlags flags(*db); // the store it holds serves the export below
    if (!applyFilter(parser, !parser.isSet(noFlags), *db, flags, &options, &error))
        return fail(err, error);
    options.format = info->format;
    options.outputPath = QDir::current().absoluteFilePath(parser.value(output));
    options.csvByteOrderMark = !parser.isSet(noBom);
    options.csvNeutralizeFormulas = !parser.isSet(noNeutralize);
    options.jsonLines = parser.isSet(jsonl);
    options.pageSize = ExportOptions::defaultPageSize();
    options.title = tr("Audit log report");
    options.databaseName = db->location().displayName();
    options.generatedBy = ExportOptions::currentUserName();
    options.generatedAt = QDateTime::currentDateTime();
    if (info->format == ExportFormat::Pdf)
        options.columns = ExportColumns::reportDefaults();
    const ExportResult result = Exporter::run(*db, options);
    if (!result.ok)
        return fail(err, result.error);
    out << tr("Exported %1 events to %2").arg(result.rows).arg(QDir::toNativeSeparators(options.outputPath)) << Qt::endl;
    return Ok;
}

} // namespace AuditLens::CommandLine
