// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QStringView>

#include <optional>

// Readers for the text forms that audit frameworks store their row images and diffs in, other
// than JSON. Each returns nothing for text it cannot read, and never throws, crashes or loops
// on any input.
namespace AuditLens::StructuredText {

// The YAML that Ruby's Psych writes for paper_trail and audited: a document ("---", optional),
// block mappings and sequences (also a sequence at its key's indent, as Psych writes it), flow
// sequences and mappings ([a, b], {k: v}), plain, single- and double-quoted scalars, literal
// and folded block scalars, null / ~ / empty, booleans and numbers. Tags (!ruby/object:…,
// !ruby/hash:…) are ignored, except that a BigDecimal's "18:0.1e3" is read as its number.
// Anchors, aliases, complex keys and multiple documents are not supported.
std::optional<QJsonValue> parseYaml(QStringView text);

// PostgreSQL's hstore text form: "k"=>"v", "n"=>NULL (backslash escapes in quotes; unquoted
// words allowed). All values are strings or null. Empty text is an empty object.
std::optional<QJsonObject> parseHstore(QStringView text);

} // namespace AuditLens::StructuredText
