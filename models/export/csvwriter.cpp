// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace AuditLens {
namespace {

constexpr qsizetype kFlushBytes = 1024 * 1024;

template<typename Char>
bool isDigit(Char c)
{
    return c >= Char('0') && c <= Char('9');
}

// [+-]digits[.digits][e[+-]digits], or with the digits after the point only.
template<typename Char>
bool isPlainNumber(const Char *s, qsizetype n)
{
    qsizetype i = 0;
    if (i < n && (s[i] == Char('+') || s[i] == Char('-')))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(s[i]))
        ++i, ++digits;
    if (i < n && s[i] == Char('.')) {
        ++i;
        while (i < n && isDigit(s[i]))
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < n && (s[i] == Char('e') || s[i] == Char('E'))) {
        ++i;
        if (i < n && (s[i] == Char('+') || s[i] == Char('-')))
            ++i;
        qsizetype exponent = 0;
        while (i < n && isDigit(s[i]))
            ++i, ++exponent;
        if (exponent == 0)
            return false;
    }
    return i == n;
}

// The rule reads ASCII only, so a UTF-16 cell and its UTF-8 bytes get the same answer.
template<typename Char>
bool startsFormula(const Char *s, qsizetype n)
{
    if (n == 0)
        return false;
    const Char c = s[0];
    if (c == Char('=') || c == Char('@') || c == Char('\t') || c == Char('\r'))
        return true;
    if (c == Char('+') || c == Char('-'))
        return !isPlainNumber(s, n);
    return false;
}

} // namespace

bool CsvWriter::needsNeutralizing(QStringView cell)
{
    return startsFormula(cell.utf16(), cell.size());
}

QString CsvWriter::field(const QString &value, bool neutralize)
{
    QByteArray out;
    appendField(out, value.toUtf8(), neutralize);
    return QString::fromUtf8(out);
}

void CsvWriter::appendField(QByteArray &out, QByteArrayView utf8, bool neutralize, char separator)
{
    const char *s = utf8.data();
    const qsizetype n = utf8.size();
    const bool prefix = neutralize && startsFormula(s, n);
    bool quote = false;
    qsizetype quotes = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = s[i];
        if (c == '"')
            ++quotes;
        quote = quote || c == '"' || c == ',' || c == '\n' || c == '\r';
    }
    // One resize and plain stores: appending a character at a time costs more than the copy.
    const qsizetype at = out.size();
    out.resize(at + (separator ? 1 : 0) + (prefix ? 1 : 0) + n + (quote ? 2 + quotes : 0));
    char *d = out.data() + at;
    if (separator)
        *d++ = separator;
    if (quote)
        *d++ = '"';
    if (prefix)
        *d++ = '\'';
    if (quotes == 0) {
        if (n > 0)
            std::memcpy(d, s, size_t(n));
        d += n;
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            *d++ = s[i];
            if (s[i] == '"')
                *d++ = '"';
        }
    }
    if (quote)
        *d++ = '"';
}

void CsvWriter::appendLine(QByteArray &out, const AuditEvent &event, const QList<ExportColumn> &columns, bool neutralize,
                           qsizetype *flagsAt)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const char separator = i > 0 ? ',' : 0;
        const ExportColumn column = columns.at(i);
        if (column == ExportColumn::Flags && flagsAt) {
            if (separator)
                out += separator;
            *flagsAt = out.size();
        } else {
            appendField(out, ExportColumns::text(event, column, {}).toUtf8(), neutralize, separator);
        }
    }
    out += "\r\n";
}

bool CsvWriter::begin(QIODevice *device, const ExportOptions &options, const ExportSummary &, QString *)
{
    m_device = device;
    m_buffer.reserve(kFlushBytes + 64 * 1024);
    m_columns = options.columns;
    m_neutralize = options.csvNeutralizeFormulas;
    if (options.csvByteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    QStringList header;
    for (ExportColumn c : std::as_const(m_columns))
        header << ExportColumns::name(c);
    m_buffer.append(header.join(u',').toUtf8());
    m_buffer.append("\r\n");
    return flush(false);
}

bool CsvWriter::write(const AuditEvent &event, const FlagMarks &flags)
{
    qsizetype flagsAt = -1;
    appendLine(m_buffer, event, m_columns, m_neutralize, &flagsAt);
    if (flagsAt >= 0 && !flags.rules.isEmpty()) {
        QByteArray cell;
        appendField(cell, flags.rules.join(QStringLiteral("; ")).toUtf8(), m_neutralize);
        m_buffer.insert(flagsAt, cell);
    }
    return flush(false);
}

bool CsvWriter::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < kFlushBytes))
        return true;
    const bool ok = m_device->write(m_buffer) == m_buffer.size();
    // Keep the allocation: a fresh block per flush is an mmap and page faults each time.
    m_buffer.truncate(0);
    return ok;
}

bool CsvWriter::finish(QString *error)
{
    if (!flush(true)) {
        *error = m_device->errorString();
        return false;
    }
    return true;
}

} // namespace AuditLens
