// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowbytes.h"

#include "timestampparser.h"

#include <algorithm>

namespace AuditLens::Flags {
namespace {

// n ASCII digits at p, or -1.
int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned c = unsigned(p[i]) - '0';
        if (c > 9)
            return -1;
        v = v * 10 + int(c);
    }
    return v;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

} // namespace

std::optional<qint64> parseUtcTimestampBytes(const char *p, qsizetype size)
{
    // 2026-11-28T09:15:02Z (20) or 2026-11-28T09:15:02.120Z (24)
    if ((size != 20 && size != 24) || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != ' ') || p[13] != ':'
        || p[16] != ':' || p[size - 1] != 'Z' || (size == 24 && p[19] != '.'))
        return std::nullopt;
    const int year = digits(p, 4);
    const int month = digits(p + 5, 2);
    const int day = digits(p + 8, 2);
    const int hour = digits(p + 11, 2);
    const int minute = digits(p + 14, 2);
    const int second = digits(p + 17, 2);
    const int millis = size == 24 ? digits(p + 20, 3) : 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || millis < 0 || day > daysInMonth(year, month))
        return std::nullopt;
    const qint64 days = Timestamps::daysFromCivil(year, month, day);
    return (days * 86400 + hour * 3600 + minute * 60 + second) * 1000 + millis;
}

QString TextInterner::text(const char *data, qsizetype size)
{
    if (size > m_longest)
        return QString::fromUtf8(data, size);
    const auto it = m_texts.constFind(QByteArray::fromRawData(data, size));
    if (it != m_texts.cend())
        return it.value();
    QString decoded = QString::fromUtf8(data, size);
    if (m_texts.size() < m_limit)
        m_texts.insert(QByteArray(data, size), decoded);
    return decoded;
}

AsciiWordFinder::AsciiWordFinder(const QStringList &words)
{
    m_valid = true;
    for (const QString &w : words) {
        const bool ascii = std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (w.isEmpty() || !ascii) {
            m_valid = false;
            return;
        }
        m_words << w.toLower().toLatin1();
        m_first[int(m_words.last().at(0))] = true;
    }
}

std::optional<bool> AsciiWordFinder::find(const char *data, qsizetype size) const
{
    bool found = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if ((c & 0x80) != 0 || c == '\\')
            return std::nullopt;
        if (found || !m_first[int(lowerAscii(c))])
            continue;
        for (const QByteArray &w : m_words) {
            const qsizetype n = w.size();
            if (w.at(0) != lowerAscii(c) || i + n > size)
                continue;
            qsizetype j = 1;
            while (j < n && lowerAscii(data[i + j]) == w.at(j))
                ++j;
            if (j == n) {
                found = true;
                break;
            }
        }
    }
    return found;
}

} // namespace AuditLens::Flags
