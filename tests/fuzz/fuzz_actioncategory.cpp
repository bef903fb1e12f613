// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The action categoriser and status normaliser: any text, never a crash; the answers are stable.
#include "actioncategory.h"
#include "fuzzsupport.h"

using namespace AuditLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QString> p = Fuzz::parts(data, size, 3);
    const Category category = Actions::categorize(p[0]);
    if (Actions::categorize(p[0]) != category)
        Fuzz::fail("categorize is not deterministic", p[0]);
    bool ok = false;
    if (Actions::categoryFromName(Actions::categoryName(category), &ok) != category || !ok)
        Fuzz::fail("category name does not round-trip", p[0]);
    Actions::categoryFromName(p[1], &ok);
    const Status status = Actions::normalizeStatus(p[1]);
    Actions::statusName(status);
    for (const QString &spelling : Actions::statusSpellings(status)) {
        if (Actions::normalizeStatus(spelling) != status)
            Fuzz::fail("a status spelling normalises to another status", spelling);
    }
    Actions::hasWord(p[0], p[2]);
    Actions::isFailedLogin(p[0], category, status);
    Actions::isSuccessfulLogin(p[0], category, status);
    return 0;
}
