// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadetector.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

// Resources of a static library are registered by hand (Qt docs: "Using Resources in a Library").
static void initProfileResources()
{
    Q_INIT_RESOURCE(profiles);
}

namespace AuditLens {
namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out << value.toString();
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QString findColumn(const TableInfo &table, const QString &wanted)
{
    for (const QString &c : table.columns) {
        if (c.compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}

bool looksLikeAuditTable(const QString &name)
{
    const QString lower = name.toLower();
    return lower.contains(QLatin1String("audit")) || lower.contains(QLatin1String("log"))
        || lower.contains(QLatin1String("event")) || lower.contains(QLatin1String("history"));
}

QList<TableInfo> listSqliteTables(const QSqlDatabase &db, QString *error)
{
    QList<TableInfo> tables;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        TableInfo t;
        t.name = q.value(0).toString();
        t.hasRowid = !q.value(1).toString().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
        tables << t;
    }
    for (TableInfo &t : tables) {
        QSqlQuery info(db);
        info.setForwardOnly(true);
        if (!info.exec(QStringLiteral("PRAGMA table_info(") + quoteIdentifier(t.name) + u')')) {
            *error = info.lastError().text();
            return {};
        }
        QList<QPair<int, QString>> pk;
        while (info.next()) {
            const QString column = info.value(1).toString();
            t.columns << column;
            t.columnTypes.insert(column.toLower(), info.value(2).toString().toLower());
            if (info.value(5).toInt() > 0)
                pk.append({info.value(5).toInt(), column});
        }
        std::sort(pk.begin(), pk.end());
        for (const auto &p : pk)
            t.primaryKey << p.second;
        // quoteTable() reads a dot as schema.table: a dotted SQLite name is named with its
        // schema, "main", so that "main"."a.b" finds it (found by fuzz_schemadetector).
        if (t.name.contains(u'.'))
            t.name.prepend(QStringLiteral("main."));
    }
    return tables;
}

QList<TableInfo> listPostgresTables(const QSqlDatabase &db, QString *error)
{
    QList<TableInfo> tables;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.table_schema, c.table_name, c.column_name, c.data_type "
            "FROM information_schema.columns c JOIN information_schema.tables t "
            "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
            "WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') "
            "AND t.table_type IN ('BASE TABLE', 'VIEW') "
            "ORDER BY c.table_schema, c.table_name, c.ordinal_position"))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        const QString schema = q.value(0).toString();
        const QString name = schema == QLatin1String("public") ? q.value(1).toString()
                                                                : schema + u'.' + q.value(1).toString();
        if (tables.isEmpty() || tables.last().name != name) {
            TableInfo t;
            t.name = name;
            t.hasRowid = false;
            tables << t;
        }
        tables.last().columns << q.value(2).toString();
        tables.last().columnTypes.insert(q.value(2).toString().toLower(), q.value(3).toString().toLower());
    }
    QSqlQuery pk(db);
    pk.setForwardOnly(true);
    if (pk.exec(QStringLiteral(
            "SELECT k.table_schema, k.table_name, k.column_name FROM information_schema.table_constraints c "
            "JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name "
            "AND k.table_schema = c.table_schema AND k.table_name = c.table_name "
            "WHERE c.constraint_type = 'PRIMARY KEY' ORDER BY k.table_schema, k.table_name, k.ordinal_position"))) {
        while (pk.next()) {
            const QString schema = pk.value(0).toString();
            const QString name = schema == QLatin1String("public") ? pk.value(1).toString()
                                                                    : schema + u'.' + pk.value(1).toString();
            for (TableInfo &t : tables) {
                if (t.name == name)
                    t.primaryKey << pk.value(2).toString();
            }
        }
    }
    return tables;
}

} // namespace

SchemaProfile SchemaProfile::fromJson(const QJsonObject &o)
{
    SchemaProfile p;
    p.name = o.value(QLatin1String("name")).toString();
    p.title = o.value(QLatin1String("title")).toString();
    p.order = o.value(QLatin1String("order")).toInt(50);
    p.tables = toStringList(o.value(QLatin1String("tables")));
    p.required = toStringList(o.value(QLatin1String("required")));
    const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        Field f;
        if (fieldFromName(it.key(), &f))
            p.fields.insert(int(f), toStringList(it.value()));
        else
            qCWarning(lcModels) << "profile" << p.name << "names an unknown field" << it.key();
    }
    for (const QString &name : toStringList(o.value(QLatin1String("required_fields")))) {
        Field f;
        if (fieldFromName(name, &f))
            p.requiredFields << int(f);
    }
    p.rowImages = o.value(QLatin1String("row_images")).toBool();
    const QJsonObject map = o.value(QLatin1String("action_map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        p.actionMap.insert(it.key(), it.value().toString());
    return p;
}

bool SchemaProfile::appliesToTable(const QString &table) const
{
    for (const QString &t : tables) {
        if (t == QLatin1String("*") || t.compare(table, Qt::CaseInsensitive) == 0
            || table.endsWith(u'.' + t, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<SchemaProfile> SchemaDetector::loadProfiles()
{
    initProfileResources();
    QList<SchemaProfile> profiles;
    QStringList files;
    for (const QString &f : QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")}))
        files << QStringLiteral(":/profiles/") + f;
    const QString userDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/profiles");
    for (const QString &f : QDir(userDir).entryList({QStringLiteral("*.json")}))
        files << userDir + u'/' + f;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &err);
        if (!doc.isObject()) {
            qCWarning(lcModels) << "ignoring schema profile" << path << err.errorString();
            continue;
        }
        profiles << SchemaProfile::fromJson(doc.object());
    }
    std::stable_sort(profiles.begin(), profiles.end(),
                     [](const SchemaProfile &a, const SchemaProfile &b) { return a.order < b.order; });
    return profiles;
}

QList<TableInfo> SchemaDetector::listTables(const QSqlDatabase &db, DatabaseKind kind, QString *error)
{
    return kind == DatabaseKind::SQLite ? listSqliteTables(db, error) : listPostgresTables(db, error);
}

SchemaMapping SchemaDetector::map(const TableInfo &table, const SchemaProfile &profile, DatabaseKind kind, int *score)
{
    *score = -1;
    SchemaMapping m;
    for (const QString &req : profile.required) {
        if (findColumn(table, req).isEmpty())
            return m;
    }
    int resolved = 0;
    for (auto it = profile.fields.cbegin(); it != profile.fields.cend(); ++it) {
        QStringList present;
        for (const QString &candidate : it.value()) {
            const QString actual = findColumn(table, candidate);
            if (!actual.isEmpty() && !present.contains(actual))
                present << actual;
        }
        if (!present.isEmpty()) {
            m.columns.insert(it.key(), present);
            ++resolved;
        }
    }
    for (int f : profile.requiredFields) {
        if (!m.has(Field(f)))
            return SchemaMapping();
    }
    if (!m.has(Field::Timestamp))
        return SchemaMapping();
    m.profileName = profile.name;
    m.profileTitle = profile.title;
    m.table = table.name;
    m.tableColumns = table.columns;
    m.columnTypes = table.columnTypes;
    m.actionMap = profile.actionMap;
    m.rowImages = profile.rowImages;
    m.kind = kind;
    if (kind == DatabaseKind::SQLite && table.hasRowid)
        m.keyColumn = QStringLiteral("rowid");
    else if (!table.primaryKey.isEmpty())
        m.keyColumn = table.primaryKey.first();
    else if (m.has(Field::Id))
        m.keyColumn = m.column(Field::Id);
    else
        return SchemaMapping();
    const QString tsType = table.columnTypes.value(m.column(Field::Timestamp).toLower());
    m.timestampIsTyped = kind == DatabaseKind::PostgreSQL
        && (tsType.startsWith(QLatin1String("timestamp")) || tsType == QLatin1String("date"));
    // A profile that names its tables and requires more columns is more specific than one that
    // matches any table; among tables, those named like audit logs win.
    const bool wildcard = profile.tables.contains(QStringLiteral("*"));
    *score = (wildcard ? 0 : 1000) + int(profile.required.size()) * 20 + resolved * 2
        + (looksLikeAuditTable(table.name) ? 5 : 0);
    return m;
}

SchemaMapping SchemaDetector::detect(const QList<TableInfo> &tables, const QList<SchemaProfile> &profiles,
                                     DatabaseKind kind, const QString &onlyTable)
{
    SchemaMapping best;
    int bestScore = -1;
    for (const TableInfo &table : tables) {
        if (!onlyTable.isEmpty() && table.name.compare(onlyTable, Qt::CaseInsensitive) != 0)
            continue;
        for (const SchemaProfile &profile : profiles) {
            if (!profile.appliesToTable(table.name))
                continue;
            int score = -1;
            SchemaMapping m = map(table, profile, kind, &score);
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
    }
    return best;
}

} // namespace AuditLens
