// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actioncategory.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace AuditLens {

// One before/after pair. Values keep their JSON type: RULES.md counts a JSON number as a
// number but JSON null, true and false as not numbers.
struct Change {
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

// The canonical event of DESIGN.md, read from whatever schema is open.
struct AuditEvent {
    QVariant key;                 // rowid / primary key: order and identity
    QString id;                   // the table's own id, shown and exported
    std::optional<qint64> timestamp; // UTC milliseconds; empty when the raw value does not parse
    QString rawTimestamp;
    QString actor;
    QString userId;
    QString action;
    Category category = Category::Other;
    QString entity;
    QString entityId;
    QString summary;
    QString ip;
    QString userAgent;
    QString session;
    Status status = Status::Unknown;
    QString rawStatus;
    QString severity;
    QList<Change> changes;
    QString oldValuesText;        // the raw before/after/metadata text, for the detail dock
    QString newValuesText;
    QString metadata;

    QString keyText() const { return key.toString(); }
};

} // namespace AuditLens

Q_DECLARE_METATYPE(AuditLens::AuditEvent)
