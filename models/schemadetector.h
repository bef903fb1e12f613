// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemamapping.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace AuditLens {

// A schema profile (resources/profiles/*.json, or a user profile in the config folder):
// the tables it applies to, the columns that must exist, and for each canonical field the
// columns that may hold it, best first.
struct SchemaProfile {
    QString name;
    QString title;
    int order = 0;
    QStringList tables;        // "*" matches any table
    QStringList required;      // column names
    QList<int> requiredFields; // canonical fields that some candidate column must give
    QHash<int, QStringList> fields;
    QHash<QString, QString> actionMap;
    bool rowImages = false; // "row_images": old/new values are whole rows (trigger-written logs)

    static SchemaProfile fromJson(const QJsonObject &object);
    bool appliesToTable(const QString &table) const;
};

struct TableInfo {
    QString name;
    QStringList columns;       // as spelled in the database
    QStringList primaryKey;
    bool hasRowid = true;
    bool timestampTyped = false;
    QHash<QString, QString> columnTypes; // lower-case column name -> declared type
};

class SchemaDetector
{
public:
    // The built-in profiles plus the user's (QStandardPaths::AppConfigLocation/profiles/*.json).
    static QList<SchemaProfile> loadProfiles();

    // Lists the tables of the database; sets *error when the catalogue cannot be read.
    static QList<TableInfo> listTables(const QSqlDatabase &db, DatabaseKind kind, QString *error);

    // Scores every profile against every table and returns the best mapping, or an invalid one.
    // When onlyTable is set, only that table is considered.
    static SchemaMapping detect(const QList<TableInfo> &tables, const QList<SchemaProfile> &profiles,
                                DatabaseKind kind, const QString &onlyTable = QString());

    static SchemaMapping map(const TableInfo &table, const SchemaProfile &profile, DatabaseKind kind, int *score);
};

} // namespace AuditLens
