// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace AuditLens {

// The one typed facade over QSettings: every key and its default are in settings.cpp's table.
class Settings
{
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
        KeyCount
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    static QStringList recentDatabases() { return value(RecentDatabases).toStringList(); }
    static void addRecentDatabase(const QString &location);
    static int pageSize() { return value(PageSize).toInt(); }
    static QString demoDatabasePath();

private:
    static QSettings &store();
};

} // namespace AuditLens
