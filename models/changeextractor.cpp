// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeextractor.h"

#include "structuredtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

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

std::optional<QJsonDocument> jsonDocument(QStringView t)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

// The first line reads as a YAML key ("name:" or "name: value"): a document without "---".
bool startsWithYamlKey(QStringView t)
{
    const QStringView first = t.left(t.indexOf(u'\n') < 0 ? t.size() : t.indexOf(u'\n'));
    const qsizetype colon = first.indexOf(u':', first.startsWith(u':') ? 1 : 0);
    if (colon <= 0 || (colon + 1 < first.size() && first.at(colon + 1) != u' '))
        return false;
    for (QChar c : first.left(colon)) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u':' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

// A mapping in any of the forms frameworks store: JSON, YAML ("---" documents; bare "key:"
// documents only when bareYaml), or hstore text. Anything else is nothing.
std::optional<QJsonObject> mappingOf(const QString &text, bool bareYaml)
{
    const QStringView t = QStringView(text).trimmed();
    if (t.isEmpty())
        return std::nullopt;
    std::optional<QJsonValue> value;
    if (t.startsWith(u'{')) {
        if (const std::optional<QJsonDocument> doc = jsonDocument(t))
            value = doc->isObject() ? QJsonValue(doc->object()) : QJsonValue();
        else
            value = StructuredText::parseYaml(t); // a YAML flow mapping
    } else if (t.startsWith(QLatin1String("---")) || (bareYaml && startsWithYamlKey(t))) {
        value = StructuredText::parseYaml(t);
    } else if (t.startsWith(u'"') && t.contains(QLatin1String("=>"))) {
        if (const std::optional<QJsonObject> h = StructuredText::parseHstore(t))
            return h;
    }
    if (!value || !value->isObject())
        return std::nullopt;
    return value->toObject();
}

bool isPair(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray().size() == 2;
    const QJsonObject o = v.toObject();
    return v.isObject() && (o.contains(QLatin1String("old")) || o.contains(QLatin1String("new")));
}

Change pairChange(const QString &field, const QJsonValue &v)
{
    if (v.isArray())
        return {field, jsonToVariant(v.toArray().at(0)), jsonToVariant(v.toArray().at(1))};
    const QJsonObject pair = v.toObject();
    const auto side = [&](const char *name) {
        const QString key = QLatin1String(name);
        return pair.contains(key) ? jsonToVariant(pair.value(key)) : QVariant();
    };
    return {field, side("old"), side("new")};
}

// A plain value of a changes dict: the row's value, after a create and before a delete.
Change plainChange(const QString &field, const QJsonValue &v, Category category)
{
    if (category == Category::Delete)
        return {field, jsonToVariant(v), QVariant()};
    return {field, QVariant(), jsonToVariant(v)};
}

// Two row images; either may be missing.
QList<Change> diff(const std::optional<QJsonObject> &oldObj, const std::optional<QJsonObject> &newObj,
                   Category category, bool rowImages = false)
{
    QList<Change> changes;
    if (!oldObj || !newObj) {
        const QJsonObject &only = oldObj ? *oldObj : *newObj;
        const bool asNew = newObj ? category != Category::Delete : category == Category::Create;
        for (auto it = only.begin(); it != only.end(); ++it)
            changes.append(asNew ? Change{it.key(), QVariant(), jsonToVariant(it.value())}
                                 : Change{it.key(), jsonToVariant(it.value()), QVariant()});
        return changes;
    }
    QStringList keys = newObj->keys();
    bool subset = !newObj->isEmpty() && newObj->size() < oldObj->size();
    for (const QString &k : keys)
        subset = subset && oldObj->contains(k);
    if (!subset) {
        for (const QString &k : oldObj->keys()) {
            if (!newObj->contains(k))
                keys << k;
        }
    }
    for (const QString &k : std::as_const(keys)) {
        const bool inOld = oldObj->contains(k);
        const bool inNew = newObj->contains(k);
        if (rowImages && inOld && inNew && oldObj->value(k) == newObj->value(k))
            continue; // a whole row repeats the fields that did not change
        changes.append({k, inOld ? jsonToVariant(oldObj->value(k)) : QVariant(),
                        inNew ? jsonToVariant(newObj->value(k)) : QVariant()});
    }
    return changes;
}

// Django admin's change_message: [{"added": {}}, {"changed": {"fields": [...]}}, {"deleted": {…}}].
QList<Change> adminMessageChanges(const QJsonArray &messages)
{
    QList<Change> changes;
    for (const QJsonValue &m : messages) {
        const QJsonObject changed = m.toObject().value(QLatin1String("changed")).toObject();
        const QString object = changed.value(QLatin1String("object")).toString();
        for (const QJsonValue &f : changed.value(QLatin1String("fields")).toArray()) {
            const QString name = f.toString();
            if (!name.isEmpty())
                changes.append({object.isEmpty() ? name : object + QStringLiteral(": ") + name, QVariant(), QVariant()});
        }
    }
    return changes;
}

std::optional<QList<Change>> fromChangesText(const QString &changesText, Category category)
{
    const QStringView t = QStringView(changesText).trimmed();
    if (t.startsWith(u'[')) {
        const std::optional<QJsonDocument> doc = jsonDocument(t);
        if (!doc || !doc->isArray())
            return std::nullopt;
        return adminMessageChanges(doc->array());
    }
    const std::optional<QJsonObject> o = mappingOf(changesText, true);
    if (!o)
        return std::nullopt;
    const QJsonValue attributes = o->value(QLatin1String("attributes"));
    const QJsonValue old = o->value(QLatin1String("old"));
    if (attributes.isObject() || (old.isObject() && !o->contains(QLatin1String("new")))) {
        // spatie activitylog's properties; other keys of properties are custom properties.
        return diff(old.isObject() ? std::optional<QJsonObject>(old.toObject()) : std::nullopt,
                    attributes.isObject() ? std::optional<QJsonObject>(attributes.toObject()) : std::nullopt,
                    category);
    }
    bool allPairs = true;
    for (auto it = o->begin(); it != o->end(); ++it)
        allPairs = allPairs && isPair(it.value());
    // Plain values are a row only on a create or delete (audited); elsewhere they are other data.
    const bool rowValues = !allPairs && (category == Category::Create || category == Category::Delete);
    QList<Change> changes;
    for (auto it = o->begin(); it != o->end(); ++it) {
        if (rowValues)
            changes.append(plainChange(it.key(), it.value(), category));
        else if (isPair(it.value()))
            changes.append(pairChange(it.key(), it.value()));
    }
    return changes;
}

} // namespace

bool parseObject(const QString &text, QList<QPair<QString, QVariant>> *out)
{
    const QStringView t = QStringView(text).trimmed();
    const std::optional<QJsonDocument> doc = t.startsWith(u'{') ? jsonDocument(t) : std::nullopt;
    if (!doc || !doc->isObject())
        return false;
    const QJsonObject o = doc->object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out->append({it.key(), jsonToVariant(it.value())});
    return true;
}

QList<Change> extract(const QString &fieldChanged, const QString &oldText, const QString &newText,
                      const QString &changesText, Category category, bool rowImages)
{
    if (!changesText.isEmpty()) {
        if (std::optional<QList<Change>> changes = fromChangesText(changesText, category))
            return *changes;
    }
    const QString field = fieldChanged.trimmed();
    if (!field.isEmpty()) {
        return {{field, oldText.isNull() ? QVariant() : QVariant(oldText),
                 newText.isNull() ? QVariant() : QVariant(newText)}};
    }
    const std::optional<QJsonObject> oldObj = mappingOf(oldText, false);
    const std::optional<QJsonObject> newObj = mappingOf(newText, false);
    if (!oldObj && !newObj)
        return {};
    return diff(oldObj, newObj, category, rowImages);
}

} // namespace AuditLens::ChangeExtractor
