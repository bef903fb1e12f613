// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace AuditLens::CommandLine {

// Exit statuses of DESIGN.md: 0 on success, 2 for bad arguments or an unreadable database.
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

// The translated text of a command's message (context "AuditLens::CommandLine").
QString tr(const char *text);
// Writes "auditlens: message" as the one line on stderr and returns the exit code.
int fail(QTextStream &err, const QString &message, int code = BadInput);

// Adds --help and parses: returns the exit status when the command ends here (its help was
// printed, or the arguments did not parse), nothing when it goes on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err);

// True when the arguments name a command (demo, schema, flags, export) rather than the window.
bool isCommand(const QStringList &arguments);

// Runs a command. arguments[0] is the program name. Output goes to out, one-line errors to err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace AuditLens::CommandLine
