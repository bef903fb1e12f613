// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeextractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AuditLens::ChangeExtractor {
namespace {

QVariant jsonToVariant(const QJsonValue &v)
{
    if (v.isNull())
        return QVariant::fromValue(nullptr);
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant();
}

QJsonObject objectOf(const QString &text, bool *ok)
{
    *ok = false;
    const QStringView t = QStringView(text).trimmed();
    if (!t.startsWith(u'{'))
        return {};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    *ok = true;
    return doc.object();
}

} // namespace

bool parseObject(const QString &text, QList<QPair<QString, QVariant>> *out)
{
    bool ok = false;
    const QJsonObject o = objectOf(text, &ok);
    if (!ok)
        return false;
    for (auto it = o.begin(); it != o.end(); ++it)
        out->append({it.key(), jsonToVariant(it.value())});
    return true;
}

QList<Change> extract(const QString &fieldChanged, const QString &oldText, const QString &newText,
                      const QString &changesText)
{
    QList<Change> changes;
    if (!changesText.isEmpty()) {
        bool ok = false;
        const QJsonObject o = objectOf(changesText, &ok);
        for (auto it = o.begin(); ok && it != o.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isArray() && v.toArray().size() == 2) {
                changes.append({it.key(), jsonToVariant(v.toArray().at(0)), jsonToVariant(v.toArray().at(1))});
            } else if (v.isObject() && (v.toObject().contains(QLatin1String("old")) || v.toObject().contains(QLatin1String("new")))) {
                const QJsonObject pair = v.toObject();
                changes.append({it.key(), pair.contains(QLatin1String("old")) ? jsonToVariant(pair.value(QLatin1String("old"))) : QVariant(),
                                pair.contains(QLatin1String("new")) ? jsonToVariant(pair.value(QLatin1String("new"))) : QVariant()});
            }
        }
        if (ok)
            return changes;
    }
    const QString field = fieldChanged.trimmed();
    if (!field.isEmpty()) {
        changes.append({field, oldText.isNull() ? QVariant() : QVariant(oldText),
                        newText.isNull() ? QVariant() : QVariant(newText)});
        return changes;
    }
    bool oldOk = false;
    bool newOk = false;
    const QJsonObject oldObj = objectOf(oldText, &oldOk);
    const QJsonObject newObj = objectOf(newText, &newOk);
    if (!oldOk && !newOk)
        return changes;
    QStringList keys = newObj.keys();
    for (const QString &k : oldObj.keys()) {
        if (!newObj.contains(k))
            keys << k;
    }
    for (const QString &k : keys) {
        changes.append({k, oldObj.contains(k) ? jsonToVariant(oldObj.value(k)) : QVariant(),
                        newObj.contains(k) ? jsonToVariant(newObj.value(k)) : QVariant()});
    }
    return changes;
}

} // namespace AuditLens::ChangeExtractor
