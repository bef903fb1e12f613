// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "auditevent.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QVariant>

namespace AuditLens {

class QueryCanceller;

// One column of a table row exactly as the database holds it (NULL stays an invalid-null QVariant).
struct RawColumn {
    QString name;
    QVariant value;
};

// The related events of one event: the history of its record and its user's activity around it.
struct RelatedEvents {
    QVariant forKey;            // the event these were loaded for, to drop stale answers
    QList<AuditEvent> history;  // same entity and entity id, newest first
    QList<AuditEvent> activity; // same actor, from 30 minutes before to 30 minutes after
    QString error;
};

namespace EventDetails {

constexpr qint64 kActivityWindowMs = 30 * 60 * 1000;
constexpr int kRelatedLimit = 200;

// Every column of the row with this key: one SELECT * on the given connection.
QList<RawColumn> readRawRow(const QSqlDatabase &db, const SchemaMapping &mapping, const QVariant &key,
                            QString *error);

// A raw value as text: BLOBs and invalid UTF-8 decoded with replacement characters, NULL as empty.
QString valueText(const QVariant &value);
QString typeName(const QVariant &value);

// The canonical event with every field, plus the raw columns when given, for "Copy as JSON".
QJsonObject toJson(const AuditEvent &event, const QList<RawColumn> &raw = {});

// Runs on any thread: opens its own connection from a copy of the location and mapping; the
// canceller (optional) stops its queries when the owner moves on.
RelatedEvents loadRelated(const DatabaseLocation &location, const SchemaMapping &mapping, const AuditEvent &event,
                          int limit = kRelatedLimit, QueryCanceller *canceller = nullptr);
// The same on an open connection (tests, and callers already on a worker).
RelatedEvents loadRelated(const QSqlDatabase &db, const SchemaMapping &mapping, const AuditEvent &event,
                          int limit = kRelatedLimit);

} // namespace EventDetails
} // namespace AuditLens

Q_DECLARE_METATYPE(AuditLens::RelatedEvents)
