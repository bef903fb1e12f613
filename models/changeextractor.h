// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"

namespace AuditLens::ChangeExtractor {

// The before/after values of one row, from whichever form its schema uses (RULES.md):
// a {"field": [old, new]} or {"field": {"old": …, "new": …}} dict in changesText; one field
// with old and new text (field_changed / old_value / new_value); or JSON objects of old and
// new values. Values keep their JSON type; a missing side is an invalid QVariant.
QList<Change> extract(const QString &fieldChanged, const QString &oldText, const QString &newText,
                      const QString &changesText);

// A JSON object's text parsed to a QVariantMap-like list of (key, value), or nothing.
bool parseObject(const QString &text, QList<QPair<QString, QVariant>> *out);

} // namespace AuditLens::ChangeExtractor
