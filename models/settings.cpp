// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        {"view/theme", QStringLiteral("system")},
        {"general/language", QString()},
        {"files/storeFolder", QString()},
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

QString Settings::defaultStoreFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Settings::storeFolder()
{
    const QString chosen = value(StoreFolder).toString();
    return chosen.isEmpty() ? defaultStoreFolder() : chosen;
}

bool Settings::moveStore(const QString &folder, QString *error)
{
    const QString target = QDir::cleanPath(folder);
    const QString current = QDir::cleanPath(storeFolder());
    if (target == current)
        return true;
    if (!QDir().mkpath(target) || !QFileInfo(target).isWritable()) {
        *error = tr("The folder %1 cannot be written to.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QString store = QStringLiteral("flags.sqlite");
    if (!QFileInfo::exists(target + u'/' + store)) {
        // The write-ahead log holds the latest reviews until SQLite checkpoints it: it goes too.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QString from = current + u'/' + store + suffix;
            if (QFileInfo::exists(from) && !QFile::copy(from, target + u'/' + store + suffix)) {
                *error = tr("The local store cannot be copied to %1.").arg(QDir::toNativeSeparators(target));
                return false;
            }
        }
    }
    setValue(StoreFolder, target == QDir::cleanPath(defaultStoreFolder()) ? QString() : target);
    return true;
}

QString Settings::configFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString Settings::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.db");
}

} // namespace AuditLens
