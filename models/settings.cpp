// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QStandardPaths>

#include <array>

namespace AuditLens {
namespace {

struct KeyInfo {
    const char *name;
    QVariant defaultValue;
};

const std::array<KeyInfo, Settings::KeyCount> &keys()
{
    static const std::array<KeyInfo, Settings::KeyCount> table = {{
        {"files/recent", QStringList()},
        {"files/lastDirectory", QString()},
        {"view/pageSize", 50},
        {"view/timeInUtc", false},
        {"view/filterPanelVisible", true},
        {"window/geometry", QByteArray()},
        {"window/state", QByteArray()},
        {"window/tableHeader", QByteArray()},
        {"filters/byDatabase", QVariantMap()},
    }};
    return table;
}

constexpr int kMaxRecent = 10;

} // namespace

QSettings &Settings::store()
{
    static thread_local QSettings settings;
    return settings;
}

QVariant Settings::value(Key key)
{
    const KeyInfo &info = keys().at(key);
    return store().value(QLatin1String(info.name), info.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    store().setValue(QLatin1String(keys().at(key).name), value);
}

void Settings::addRecentDatabase(const QString &location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    setValue(RecentDatabases, recent);
}

QString Settings::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.db");
}

} // namespace AuditLens
