// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestampparser.h"

#include <QTimeZone>

#include <cmath>
#include <cstdio>

namespace AuditLens::Timestamps {
namespace {

// A tiny cursor over the text; parsing by hand keeps flagging ten million rows fast
// (QDateTime::fromString costs microseconds per call).
struct Reader {
    QStringView s;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s.at(pos); }
    bool eat(QChar c)
    {
        if (peek() == c) {
            ++pos;
            return true;
        }
        return false;
    }
    // Exactly n ASCII digits.
    bool digits(int n, int *out)
    {
        int v = 0;
        for (int i = 0; i < n; ++i) {
            if (atEnd())
                return false;
            const char16_t c = s.at(pos).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
            ++pos;
        }
        *out = v;
        return true;
    }
};

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

std::optional<qint64> parseDigitsOnly(QStringView t)
{
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return fromEpochNumber(n);
}

bool allDigits(QStringView t)
{
    qsizetype i = (t.startsWith(u'-') || t.startsWith(u'+')) ? 1 : 0;
    if (i >= t.size())
        return false;
    for (; i < t.size(); ++i) {
        if (!t.at(i).isDigit() || t.at(i).unicode() > 127)
            return false;
    }
    return true;
}

// Parses the zone designator at the reader's position: Z, UTC, GMT, +HH, +HHMM, +HH:MM.
bool parseZone(Reader &r, int *offsetSeconds, bool *hasZone)
{
    *hasZone = false;
    *offsetSeconds = 0;
    r.eat(u' ');
    if (r.atEnd())
        return true;
    const QStringView rest = r.s.mid(r.pos);
    if (rest.compare(u"Z", Qt::CaseInsensitive) == 0 || rest.compare(u"UTC", Qt::CaseInsensitive) == 0
        || rest.compare(u"GMT", Qt::CaseInsensitive) == 0) {
        *hasZone = true;
        r.pos = r.s.size();
        return true;
    }
    const QChar sign = r.peek();
    if (sign != u'+' && sign != u'-')
        return false;
    ++r.pos;
    int hh = 0;
    int mm = 0;
    if (!r.digits(2, &hh))
        return false;
    if (!r.atEnd()) {
        r.eat(u':');
        if (!r.digits(2, &mm))
            return false;
    }
    if (!r.atEnd() || mm > 59 || hh * 60 + mm > 14 * 60)
        return false;
    *hasZone = true;
    *offsetSeconds = (sign == u'-' ? -1 : 1) * (hh * 3600 + mm * 60);
    return true;
}

} // namespace

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<qint64> fromEpochNumber(qint64 n)
{
    // Seconds reach 1e11 only in the year 5138; milliseconds pass it in 1973.
    constexpr qint64 kMillisThreshold = 100'000'000'000LL;
    constexpr qint64 kMaxMillis = 253'402'300'799'999LL; // 9999-12-31T23:59:59.999Z
    const qint64 ms = (n >= kMillisThreshold || n <= -kMillisThreshold) ? n : n * 1000;
    if (ms > kMaxMillis || ms < -62'135'596'800'000LL) // before 0001-01-01
        return std::nullopt;
    return ms;
}

std::optional<qint64> parseText(QStringView text, int naiveOffsetSeconds)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (allDigits(t))
        return parseDigitsOnly(t);

    Reader r{t};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
    if (!r.digits(4, &year) || !r.eat(u'-') || !r.digits(2, &month) || !r.eat(u'-') || !r.digits(2, &day))
        return std::nullopt;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    int offset = 0;
    bool hasZone = false;
    if (!r.atEnd()) {
        if (!r.eat(u'T') && !r.eat(u't') && !r.eat(u' '))
            return std::nullopt;
        if (!r.digits(2, &hour) || !r.eat(u':') || !r.digits(2, &minute))
            return std::nullopt;
        if (r.eat(u':')) {
            if (!r.digits(2, &second))
                return std::nullopt;
            if (r.eat(u'.') || r.eat(u',')) {
                int digitsRead = 0;
                while (!r.atEnd() && r.peek().unicode() >= u'0' && r.peek().unicode() <= u'9') {
                    if (digitsRead < 3)
                        millis = millis * 10 + (r.peek().unicode() - u'0');
                    ++digitsRead;
                    ++r.pos;
                }
                if (digitsRead == 0)
                    return std::nullopt;
                for (int i = digitsRead; i < 3; ++i)
                    millis *= 10;
            }
        }
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
        if (!parseZone(r, &offset, &hasZone))
            return std::nullopt;
    }
    if (!hasZone)
        offset = naiveOffsetSeconds;
    const qint64 days = daysFromCivil(year, month, day);
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offset;
    return secs * 1000 + millis;
}

std::optional<qint64> parse(const QVariant &value, int naiveOffsetSeconds)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid())
            return std::nullopt;
        if (dt.timeSpec() == Qt::LocalTime) {
            // Drivers hand "timestamp without time zone" over as local time; the column holds UTC.
            QDateTime utc(dt.date(), dt.time(), Qt::UTC);
            return utc.toMSecsSinceEpoch() - qint64(naiveOffsetSeconds) * 1000;
        }
        return dt.toMSecsSinceEpoch();
    }
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        if (!d.isValid())
            return std::nullopt;
        return daysFromCivil(d.year(), d.month(), d.day()) * 86400000LL - qint64(naiveOffsetSeconds) * 1000;
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return fromEpochNumber(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 9e15)
            return std::nullopt;
        if (std::fabs(d) >= 1e11)
            return fromEpochNumber(qint64(std::llround(d)));
        const auto base = fromEpochNumber(qint64(std::floor(d)));
        if (!base)
            return std::nullopt;
        return *base + qint64(std::llround((d - std::floor(d)) * 1000.0));
    }
    case QMetaType::QByteArray:
        return parseText(QString::fromUtf8(value.toByteArray()), naiveOffsetSeconds);
    default:
        return parseText(value.toString(), naiveOffsetSeconds);
    }
}

QDateTime toUtc(qint64 msecs)
{
    // Qt::UTC, not QTimeZone::utc(): the latter prints "+00:00" instead of "Z".
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString toIsoUtc(qint64 msecs)
{
    // By hand (H. Hinnant's civil_from_days): exports write millions of these.
    qint64 days = msecs >= 0 ? msecs / 86400000 : -((-msecs + 86399999) / 86400000);
    qint64 rest = msecs - days * 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const int ms = int(rest % 1000);
    rest /= 1000;
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<long long>(year),
                                month, day, int(rest / 3600), int(rest / 60 % 60), int(rest % 60), ms);
    return QString::fromLatin1(buf, n);
}

} // namespace AuditLens::Timestamps
