// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace AuditLens::CommandLine {

// auditlens export DATABASE --format csv|json|pdf --output FILE [--jsonl] [--no-bom] [--no-neutralize]
// Runs the exporter the File ▸ Export menu runs. The PDF needs a QGuiApplication.
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace AuditLens::CommandLine
