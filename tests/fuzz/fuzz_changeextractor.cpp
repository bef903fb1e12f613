// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The change extractor: field_changed, old and new values and a changes document of any text
// (JSON nested as deep as the input allows), never a crash.
// Hook: extract() is the one entry the readers call, so the YAML and hstore forms that are
// being added to it are fuzzed here as they land; their seeds are already in the corpus.
#include "changeextractor.h"
#include "fuzzsupport.h"

using namespace AuditLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QString> p = Fuzz::parts(data, size, 4);
    const QList<Change> changes = ChangeExtractor::extract(p[0], p[1], p[2], p[3]);
    for (const Change &c : changes) {
        c.oldValue.toString();
        c.newValue.toString();
    }
    QList<QPair<QString, QVariant>> fields;
    const QString whole = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (ChangeExtractor::parseObject(whole, &fields) && !whole.trimmed().startsWith(u'{'))
        Fuzz::fail("parseObject accepted text that is not an object", whole);
    return 0;
}
