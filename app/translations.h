// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace AuditLens::Translations {

// The values of the "language" setting: "" follows the system locale, the others force one.
QStringList languages();

// The locale a language setting stands for: the system locale for "" (and for an unknown value).
QLocale localeFor(const QString &language);

// The "language" setting as saved (Settings::language()), "" when none is saved.
QString savedLanguage();

// Makes the language the application's: installs AuditLens's translation (embedded, :/i18n) and
// Qt's own (qtbase_*.qm, for dialog buttons) on app, both owned by app, and sets QLocale's
// default so that dates and numbers follow it. Returns the locale chosen.
QLocale installTranslators(QCoreApplication &app, const QString &language);

} // namespace AuditLens::Translations
