// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace AuditLens::Timestamps {

// Milliseconds since the epoch (UTC) of a timestamp as real audit tables store it:
// ISO-8601 with 'T' or a space, with or without fractions (any number of digits, cut to
// milliseconds), 'Z', an offset (+HH, +HHMM, +HH:MM, up to ±14:00) or none; a date alone;
// epoch seconds or milliseconds as integers or digit strings; a QDateTime from the driver.
// A timestamp without a zone is read as UTC shifted by naiveOffsetSeconds.
// Returns nothing for anything else: such a row is shown with its raw text and no rule reads it.
std::optional<qint64> parse(const QVariant &value, int naiveOffsetSeconds = 0);
std::optional<qint64> parseText(QStringView text, int naiveOffsetSeconds = 0);
std::optional<qint64> fromEpochNumber(qint64 number);

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day);

QDateTime toUtc(qint64 msecs);
// "2026-11-28T09:15:02.120Z": the form the native schema stores and the exports write.
QString toIsoUtc(qint64 msecs);

} // namespace AuditLens::Timestamps
