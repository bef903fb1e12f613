// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace AuditLens {

// The canonical fields of DESIGN.md, plus the raw columns that changes come from.
enum class Field {
    Id,
    Timestamp,
    Actor,
    UserId,
    Action,
    Entity,
    EntityId,
    Summary,
    Ip,
    UserAgent,
    Session,
    Status,
    Severity,
    OldValues,    // a column of old values: text, or a JSON object of field -> value
    NewValues,
    FieldChanged, // the name of the one field that changed (seed 004)
    Changes,      // a JSON object {"field": [old, new]} or {"field": {"old":…, "new":…}}
    Metadata,
};
constexpr int kFieldCount = int(Field::Metadata) + 1;

QString fieldName(Field field);
bool fieldFromName(const QString &name, Field *field);

enum class DatabaseKind { SQLite, PostgreSQL };

// How one table of one database maps to the canonical event: the result of schema detection.
struct SchemaMapping {
    QString profileName;
    QString profileTitle;
    QString table;          // unquoted table name (may be schema.table on PostgreSQL)
    QString keyColumn;      // "rowid" in SQLite, else the primary key column
    QHash<int, QStringList> columns; // Field -> present columns, first one preferred
    QHash<QString, QString> actionMap; // raw action value -> canonical name (e.g. "0" -> "create")
    QStringList tableColumns;
    QHash<QString, QString> columnTypes; // lower-case column -> declared type (PostgreSQL's data_type)
    int naiveOffsetSeconds = 0;
    DatabaseKind kind = DatabaseKind::SQLite;
    bool timestampIsTyped = false; // a real timestamp column (PostgreSQL), never text
    bool rowImages = false; // old/new values are whole rows: unchanged fields are no changes

    bool has(Field f) const { return !columns.value(int(f)).isEmpty(); }
    QStringList columnsOf(Field f) const { return columns.value(int(f)); }
    QString column(Field f) const
    {
        const QStringList c = columns.value(int(f));
        return c.isEmpty() ? QString() : c.first();
    }
    bool isValid() const { return !table.isEmpty() && has(Field::Timestamp); }
    QString columnType(const QString &column) const { return columnTypes.value(column.toLower()); }
    QJsonObject toJson() const;
};

QString quoteIdentifier(const QString &name);
// "schema"."table" for a dotted PostgreSQL name, "table" otherwise.
QString quoteTable(const QString &name);

} // namespace AuditLens
