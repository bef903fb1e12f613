// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The timestamp parser: any text or number, never a crash; what parses prints and parses back.
#include "fuzzsupport.h"
#include "timestampparser.h"

#include <cstring>

using namespace AuditLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    int offset = 0;
    if (size >= 2)
        offset = (int(data[0]) - 128) * 60 * 7; // naive offsets up to about ±15 hours
    if (const auto ms = Timestamps::parseText(text, offset)) {
        const QString iso = Timestamps::toIsoUtc(*ms);
        const auto again = Timestamps::parseText(iso);
        if (!iso.isEmpty() && again && *again != *ms)
            Fuzz::fail("ISO text does not parse back to the same instant", text + u" -> "_qs + iso);
        Timestamps::toUtc(*ms);
    }
    if (size >= 8) {
        qint64 number = 0;
        std::memcpy(&number, data, sizeof number);
        Timestamps::fromEpochNumber(number);
        Timestamps::parse(QVariant(number));
        double real = 0;
        std::memcpy(&real, data, sizeof real);
        Timestamps::parse(QVariant(real));
    }
    if (size >= 12) {
        int ymd[3];
        std::memcpy(ymd, data, sizeof ymd);
        // Within its contract: the callers pass a valid date (QDate's or a parsed one).
        Timestamps::daysFromCivil(ymd[0] % 1000000, 1 + unsigned(ymd[1]) % 12, 1 + unsigned(ymd[2]) % 31);
    }
    return 0;
}
