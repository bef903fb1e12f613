// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"

namespace AuditLens::ChangeExtractor {

// The before/after values of one row, from whichever form its schema uses (RULES.md, and the
// frameworks of the README's profile table). Values keep their type; a missing side is an
// invalid QVariant.
//
// changesText, when set, is one of:
//  - a {"field": [old, new]} or {"field": {"old": …, "new": …}} dict (django-auditlog), in JSON,
//    or in YAML (paper_trail's object_changes, audited's audited_changes, block or flow form);
//    a dict of plain values (audited on create and destroy) gives the new values of a create
//    and the old values of a delete;
//  - spatie activitylog's properties: {"attributes": {…new…}, "old": {…}};
//  - Django admin's change_message: [{"changed": {"fields": ["Price"]}}] (names, no values).
// Else one field with old and new text (field_changed / old_value / new_value), or row images
// of old and new values: JSON objects, YAML mappings (paper_trail's object) or hstore text
// (audit-trigger's row_data and changed_fields). When the new image names only some of the old
// one's fields (changed_fields) only those are changes; with rowImages (whole rows written by a
// trigger) fields equal on both sides are not changes; an image with no counterpart holds the
// new values of a create and the old values of anything else.
QList<Change> extract(const QString &fieldChanged, const QString &oldText, const QString &newText,
                      const QString &changesText, Category category = Category::Update, bool rowImages = false);

// A JSON object's text parsed to a QVariantMap-like list of (key, value), or nothing.
bool parseObject(const QString &text, QList<QPair<QString, QVariant>> *out);

} // namespace AuditLens::ChangeExtractor
