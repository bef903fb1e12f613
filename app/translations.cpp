// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace AuditLens::Translations {

QStringList languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("de")};
}

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (!language.isEmpty() && languages().contains(language))
        return QLocale(language);
    return QLocale::system();
}

QString savedLanguage()
{
    const QString language = Settings::language();
    return languages().contains(language) ? language : QString();
}

QLocale installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // load(QLocale, …) tries each of the locale's UI languages (de_AT, then de): an Austrian
    // system gets the German translation. English needs none.
    auto *qt = new QTranslator(&app);
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("auditlens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return locale;
}

} // namespace AuditLens::Translations
