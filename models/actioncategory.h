// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace AuditLens {

// The categories of RULES.md, in the order in which its table is matched.
enum class Category { Auth, Delete, Create, Update, Sync, Read, Other };

enum class Status { Success, Failure, Error, Unknown };

namespace Actions {

Category categorize(QStringView action);
QString categoryName(Category category);
Category categoryFromName(QStringView name, bool *ok = nullptr);

Status normalizeStatus(QStringView raw);
// The lower-case spellings normalizeStatus() reads as the status (none for Unknown).
QStringList statusSpellings(Status status);
QString statusName(Status status);
// The names above in the user's language, for display (the keys stay for JSON, filters and exports).
QString categoryTitle(Category category);
QString statusTitle(Status status);

// True when one of the action's words (split at _ . - : and spaces) equals word, case-insensitively.
bool hasWord(QStringView action, QStringView word);

bool isFailedLogin(QStringView action, Category category, Status status);
bool isSuccessfulLogin(QStringView action, Category category, Status status);

} // namespace Actions
} // namespace AuditLens
