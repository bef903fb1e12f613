// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace AuditLens {

// The one typed facade over QSettings: every key and its default are in settings.cpp's table.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::Settings)
public:
    enum Key {
        RecentDatabases,
        LastOpenDirectory,
        PageSize,
        TimeInUtc,
        FilterPanelVisible,
        WindowGeometry,
        WindowState,
        TableHeaderState,
        FilterStates, // per database identity: the filter, date preset and panel visibility
        Theme,        // "system", "light" or "dark"
        Language,     // "" (the system's), "en", "pt_BR" or "de"; read at start-up
        StoreFolder,  // where flags.sqlite lives; empty = the data folder
        KeyCount
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    static QStringList recentDatabases() { return value(RecentDatabases).toStringList(); }
    static void addRecentDatabase(const QString &location);
    static int pageSize() { return value(PageSize).toInt(); }
    static bool timeInUtc() { return value(TimeInUtc).toBool(); }
    static QString theme() { return value(Theme).toString(); }
    static QString language() { return value(Language).toString(); }
    // The folder of the local store (flags.sqlite): the chosen one, or the data folder.
    static QString storeFolder();
    static QString defaultStoreFolder();
    // Makes folder the store folder: copies the store there unless one is there already (the old
    // copy stays, so nothing is lost). AuditLens opens it from the next start. False with *error.
    static bool moveStore(const QString &folder, QString *error);
    // The folder of the configuration files (saved views, user profiles), never the audit DB's.
    static QString configFolder();
    static QString demoDatabasePath();

    // The choices Preferences offers, in the order it shows them.
    static QStringList themes() { return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}; }
    static QStringList languages() { return {QString(), QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("de")}; }
    static constexpr int kMinPageSize = 10;
    static constexpr int kMaxPageSize = 1000;

private:
    static QSettings &store();
};

} // namespace AuditLens
