// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>

#include <memory>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuditLens"));
    QCoreApplication::setApplicationName(QStringLiteral("AuditLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUDITLENS_VERSION));
}

// The window opens on the demo database when no database is named; it is written on first use.
QString ensureDemoDatabase(QString *error)
{
    const QString path = AuditLens::Settings::demoDatabasePath();
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    AuditLens::DemoGenerator::Options options;
    options.rows = 20000;
    if (!AuditLens::DemoGenerator::write(path, options, error))
        return {};
    return path;
}

void configureParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Read-only viewer for audit logs.\n\nCommands:\n"
                "  demo FILE [--rows N] [--seed S] [--end DATE]   write a demo database\n"
                "  schema DATABASE                                print the detected table and mapping\n"
                "  flags DATABASE [--json] [FILTERS]              list flagged events in stream order\n"
                "  export DATABASE --format csv|json|pdf --output FILE [FILTERS]\n"
                "                                                 export the log\n"
                "FILTERS: --from T --to T --action A --table T --user U --status S --ip IP\n"
                "         --search TEXT --flagged-only (T: ISO-8601 date or date-time, UTC;\n"
                "         a date alone means that whole day)\n"
                "Run \"auditlens COMMAND --help\" for a command's options."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DATABASE"),
                                 QCoreApplication::translate("main", "An SQLite file or a postgresql:// URL."));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands, --version and --help need no display: they run on a QCoreApplication.
    const bool informational = arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))
        || arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (informational && !AuditLens::CommandLine::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        AuditLens::Translations::installTranslators(app, AuditLens::Translations::savedLanguage());
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    if (AuditLens::CommandLine::isCommand(arguments)) {
        // The PDF report lays out text, which needs QGuiApplication's fonts; the command shows
        // no window, so it runs headless on servers too.
        const bool needsGui = arguments.at(1) == QLatin1String("export");
        if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = needsGui ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
        setIdentity();
        AuditLens::Translations::installTranslators(*app, AuditLens::Translations::savedLanguage());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return AuditLens::CommandLine::run(QCoreApplication::arguments(), out, err);
    }

    QApplication app(argc, argv);
    setIdentity();
    // The language follows the system locale unless the "language" setting names one.
    AuditLens::Translations::installTranslators(app, AuditLens::Translations::savedLanguage());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/auditlens.svg")));
    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    QString location = parser.positionalArguments().value(0);
    if (location.isEmpty()) {
        QString error;
        location = ensureDemoDatabase(&error);
        if (location.isEmpty()) {
            QMessageBox::critical(nullptr, QStringLiteral("AuditLens"), error);
            return AuditLens::CommandLine::Failure;
        }
    }
    AuditLens::MainWindow window;
    window.show();
    window.openLocation(location);
    return app.exec();
}
