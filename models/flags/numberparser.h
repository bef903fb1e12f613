// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QVariant>

#include <optional>

namespace AuditLens::Flags {

// RULES.md's number rule: after trimming, dropping one leading or trailing currency sign
// ($ € £ ¥ or R$) with the white space next to it, and removing every ',', what is left is a
// plain decimal (optional sign, digits, optional fraction) — no exponent, NaN or Infinity.
std::optional<double> parseNumberText(QStringView text);
// A JSON number is a number; JSON null, true, false, a missing side and empty text are not.
std::optional<double> parseNumber(const QVariant &value);

} // namespace AuditLens::Flags
