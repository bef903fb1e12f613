// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilewriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace AuditLens {
namespace {

QJsonValue stringOrArray(const QStringList &values)
{
    return values.size() == 1 ? QJsonValue(values.first()) : QJsonValue(QJsonArray::fromStringList(values));
}

} // namespace

QString ProfileWriter::userProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles");
}

QJsonObject ProfileWriter::toJson(const SchemaProfile &profile)
{
    QJsonObject fields;
    for (auto it = profile.fields.cbegin(); it != profile.fields.cend(); ++it) {
        if (!it.value().isEmpty())
            fields.insert(fieldName(Field(it.key())), stringOrArray(it.value()));
    }
    QJsonObject o{
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("title"), profile.title},
        {QStringLiteral("order"), profile.order},
        {QStringLiteral("tables"), QJsonArray::fromStringList(profile.tables)},
        {QStringLiteral("required"), QJsonArray::fromStringList(profile.required)},
        {QStringLiteral("fields"), fields},
    };
    if (!profile.requiredFields.isEmpty()) {
        QJsonArray required;
        for (int f : profile.requiredFields)
            required.append(fieldName(Field(f)));
        o.insert(QStringLiteral("required_fields"), required);
    }
    if (!profile.actionMap.isEmpty()) {
        QJsonObject map;
        for (auto it = profile.actionMap.cbegin(); it != profile.actionMap.cend(); ++it)
            map.insert(it.key(), it.value());
        o.insert(QStringLiteral("action_map"), map);
    }
    return o;
}

QString ProfileWriter::fileNameFor(const QString &profileName)
{
    QString base;
    for (const QChar c : profileName.trimmed()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            base += c;
        else if (!base.endsWith(u'-'))
            base += u'-';
    }
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    return (base.isEmpty() ? QStringLiteral("profile") : base) + QStringLiteral(".json");
}

QString ProfileWriter::save(const SchemaProfile &profile, QString *error)
{
    const QString dir = userProfileDir();
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the profiles folder %1.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QString path = dir + u'/' + fileNameFor(profile.name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    file.write(QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return path;
}

} // namespace AuditLens
