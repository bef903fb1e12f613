// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "settings.h"

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

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (AuditLens::CommandLine::isCommand(arguments)) {
        // The PDF report lays out text, which needs QGuiApplication's fonts; the command shows
        // no window, so it runs headless on servers too.
        const bool needsGui = arguments.at(1) == QLatin1String("export");
        if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = needsGui ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return AuditLens::CommandLine::run(QCoreApplication::arguments(), out, err);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/auditlens.svg")));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Read-only viewer for audit logs.\n\nCommands:\n"
                "  demo FILE [--rows N] [--seed S]   write a demo database\n"
                "  schema DATABASE                   print the detected table and mapping\n"
                "  export DATABASE --format csv|json|pdf --output FILE\n"
                "                                    export the log (see export --help)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DATABASE"),
                                 QCoreApplication::translate("main", "An SQLite file or a postgresql:// URL."));
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
