// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace AuditLens::CommandLine {

// `auditlens flags DATABASE [--json]`: the flagged events in stream order (RULES.md), under
// the default rules; with --json one object a line:
// {"id","timestamp","actor","action","rules":[...],"reasons":[...]}.
int runFlags(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace AuditLens::CommandLine
