// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviews.h"

#include "entriesmodel.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>

namespace AuditLens {
namespace {

const QString kFormat = QStringLiteral("auditlens-views");
constexpr int kVersion = 1;
constexpr int kMaxNameLength = 120;

int lineOf(const QByteArray &data, int offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

bool readColumns(const QJsonValue &json, QList<ColumnState> *columns, QString *error)
{
    if (json.isUndefined())
        return true;
    if (!json.isArray()) {
        *error = SavedViews::tr("\"columns\" is not a list");
        return false;
    }
    const QStringList ids = SavedViews::columnIds();
    for (const QJsonValue &v : json.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!ids.contains(id)) {
            *error = SavedViews::tr("unknown column \"%1\" (known: %2)").arg(id, ids.join(QStringLiteral(", ")));
            return false;
        }
        const int width = o.value(QStringLiteral("width")).toInt(0);
        if (width < 0 || width > 5000) {
            *error = SavedViews::tr("column \"%1\" has a width of %2 pixels").arg(id).arg(width);
            return false;
        }
        columns->append({id, o.value(QStringLiteral("visible")).toBool(true), width});
    }
    return true;
}

} // namespace

QStringList SavedViews::columnIds()
{
    static const QStringList ids = [] {
        QStringList list;
        const QMetaEnum e = QMetaEnum::fromType<EntriesModel::Column>();
        for (int c = 0; c < EntriesModel::ColumnCount; ++c)
            list << QString::fromLatin1(e.valueToKey(c)).chopped(int(qstrlen("Column"))).toLower();
        return list;
    }();
    return ids;
}

QJsonObject SavedView::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("filter"), filter.toJson());
    if (!preset.isEmpty())
        o.insert(QStringLiteral("preset"), preset);
    if (!columns.isEmpty()) {
        QJsonArray list;
        for (const ColumnState &c : columns) {
            QJsonObject col{{QStringLiteral("id"), c.id}, {QStringLiteral("visible"), c.visible}};
            if (c.width > 0)
                col.insert(QStringLiteral("width"), c.width);
            list.append(col);
        }
        o.insert(QStringLiteral("columns"), list);
    }
    return o;
}

bool SavedView::fromJson(const QJsonValue &json, SavedView *view, QString *error)
{
    if (!json.isObject()) {
        *error = SavedViews::tr("a view is not a JSON object");
        return false;
    }
    const QJsonObject o = json.toObject();
    SavedView v;
    v.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (v.name.isEmpty() || v.name.size() > kMaxNameLength) {
        *error = SavedViews::tr("a view has no name, or one longer than %1 characters").arg(kMaxNameLength);
        return false;
    }
    const QJsonValue filter = o.value(QStringLiteral("filter"));
    if (!filter.isUndefined() && !filter.isObject()) {
        *error = SavedViews::tr("view \"%1\": \"filter\" is not an object").arg(v.name);
        return false;
    }
    v.filter = EventFilter::fromJson(filter.toObject());
    v.preset = o.value(QStringLiteral("preset")).toString();
    QString columnError;
    if (!readColumns(o.value(QStringLiteral("columns")), &v.columns, &columnError)) {
        *error = SavedViews::tr("view \"%1\": %2").arg(v.name, columnError);
        return false;
    }
    *view = v;
    return true;
}

QString SavedViews::defaultPath()
{
    return Settings::configFolder() + QStringLiteral("/views.json");
}

SavedViews::SavedViews(const QString &path)
    : m_path(path)
{
}

bool SavedViews::load(QString *error)
{
    m_views.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    QString why;
    if (!file.open(QIODevice::ReadOnly))
        why = file.errorString();
    else if (fromDocument(file.readAll(), &m_views, &why))
        return true;
    if (error)
        *error = tr("The saved views in %1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), why);
    return false;
}

bool SavedViews::save(QString *error) const
{
    return exportTo(m_path, m_views, error);
}

QStringList SavedViews::names() const
{
    QStringList list;
    for (const SavedView &v : m_views)
        list << v.name;
    return list;
}

const SavedView *SavedViews::find(const QString &name) const
{
    for (const SavedView &v : m_views) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

void SavedViews::put(const SavedView &view)
{
    for (SavedView &v : m_views) {
        if (v.name == view.name) {
            v = view;
            return;
        }
    }
    m_views.append(view);
}

bool SavedViews::rename(const QString &from, const QString &to, QString *error)
{
    const QString name = to.trimmed();
    QString why;
    if (name.isEmpty() || name.size() > kMaxNameLength)
        why = tr("A view needs a name of 1 to %1 characters.").arg(kMaxNameLength);
    else if (name != from && find(name))
        why = tr("A view named \"%1\" exists already.").arg(name);
    else if (!find(from))
        why = tr("There is no view named \"%1\".").arg(from);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    for (SavedView &v : m_views) {
        if (v.name == from)
            v.name = name;
    }
    return true;
}

bool SavedViews::remove(const QString &name)
{
    return m_views.removeIf([&name](const SavedView &v) { return v.name == name; }) > 0;
}

QByteArray SavedViews::toDocument(const QList<SavedView> &views)
{
    QJsonArray list;
    for (const SavedView &v : views)
        list.append(v.toJson());
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("views"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SavedViews::fromDocument(const QByteArray &data, QList<SavedView> *views, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at line %2)").arg(parse.errorString()).arg(lineOf(data, parse.offset));
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("not an AuditLens views file (\"format\" is not \"%1\")").arg(kFormat);
        return false;
    }
    if (root.value(QStringLiteral("version")).toInt() != kVersion) {
        *error = tr("views file version %1 is not supported (this AuditLens reads version %2)")
                     .arg(root.value(QStringLiteral("version")).toVariant().toString())
                     .arg(kVersion);
        return false;
    }
    if (!root.value(QStringLiteral("views")).isArray()) {
        *error = tr("\"views\" is not a list");
        return false;
    }
    QList<SavedView> read;
    for (const QJsonValue &v : root.value(QStringLiteral("views")).toArray()) {
        SavedView view;
        if (!SavedView::fromJson(v, &view, error))
            return false;
        read.append(view);
    }
    *views = read;
    return true;
}

bool SavedViews::exportTo(const QString &path, const QList<SavedView> &views, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toDocument(views)) >= 0 && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

int SavedViews::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    QString why;
    QList<SavedView> read;
    if (!file.open(QIODevice::ReadOnly))
        why = file.errorString();
    else if (file.size() > 16 * 1024 * 1024)
        why = tr("the file is larger than 16 MB");
    else if (fromDocument(file.readAll(), &read, &why)) {
        for (const SavedView &v : std::as_const(read))
            put(v);
        return int(read.size());
    }
    if (error)
        *error = tr("%1 cannot be imported: %2").arg(QDir::toNativeSeparators(path), why);
    return -1;
}

} // namespace AuditLens
