// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberparser.h"

#include <QString>

#include <cmath>

namespace AuditLens::Flags {
namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Removes one currency sign at the front or, failing that, at the back (RULES.md: "one").
QStringView dropCurrency(QStringView s)
{
    static const char16_t *const kSigns[] = {u"R$", u"$", u"€", u"£", u"¥"};
    for (const char16_t *sign : kSigns) {
        const QStringView v(sign);
        if (s.startsWith(v))
            return s.mid(v.size()).trimmed();
    }
    for (const char16_t *sign : kSigns) {
        const QStringView v(sign);
        if (s.endsWith(v))
            return s.chopped(v.size()).trimmed();
    }
    return s;
}

// [+-]? ( digits ( '.' digits )? | '.' digits ): the "plain decimal" of RULES.md.
bool isPlainDecimal(const QString &s)
{
    qsizetype i = 0;
    if (i < s.size() && (s.at(i) == u'+' || s.at(i) == u'-'))
        ++i;
    qsizetype intDigits = 0;
    while (i < s.size() && isDigit(s.at(i))) {
        ++i;
        ++intDigits;
    }
    if (i < s.size() && s.at(i) == u'.') {
        ++i;
        qsizetype fracDigits = 0;
        while (i < s.size() && isDigit(s.at(i))) {
            ++i;
            ++fracDigits;
        }
        if (fracDigits == 0)
            return false;
    } else if (intDigits == 0) {
        return false;
    }
    return i == s.size();
}

} // namespace

std::optional<double> parseNumberText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QString plain = dropCurrency(trimmed).toString();
    plain.remove(u',');
    if (!isPlainDecimal(plain))
        return std::nullopt;
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    case QMetaType::QString:
        return parseNumberText(value.toString());
    case QMetaType::QByteArray:
        return parseNumberText(QString::fromUtf8(value.toByteArray()));
    default:
        // Invalid (a missing side), nullptr (JSON null), bool (JSON true/false): not numbers.
        return std::nullopt;
    }
}

} // namespace AuditLens::Flags
