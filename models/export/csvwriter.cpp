// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace AuditLens {
namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// [+-]digits[.digits][e[+-]digits], or with the digits after the point only.
bool isPlainNumber(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(s[i]))
        ++i, ++digits;
    if (i < n && s[i] == u'.') {
        ++i;
        while (i < n && isDigit(s[i]))
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < n && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        qsizetype exponent = 0;
        while (i < n && isDigit(s[i]))
            ++i, ++exponent;
        if (exponent == 0)
            return false;
    }
    return i == n;
}

} // namespace

bool CsvWriter::needsNeutralizing(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    if (c == u'=' || c == u'@' || c == u'\t' || c == u'\r')
        return true;
    if (c == u'+' || c == u'-')
        return !isPlainNumber(cell);
    return false;
}

QString CsvWriter::field(const QString &value, bool neutralize)
{
    QString out;
    appendField(out, value, neutralize);
    return out;
}

void CsvWriter::appendField(QString &out, QStringView value, bool neutralize)
{
    const bool prefix = neutralize && needsNeutralizing(value);
    bool quote = false;
    for (QChar c : value) {
        if (c == u'"' || c == u',' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (prefix)
            out += u'\'';
        out += value;
        return;
    }
    out += u'"';
    if (prefix)
        out += u'\'';
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'"') {
            out += value.mid(from, i - from + 1);
            out += u'"';
            from = i + 1;
        }
    }
    out += value.mid(from);
    out += u'"';
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
    m_line.clear();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_line += u',';
        appendField(m_line, ExportColumns::text(event, m_columns.at(i), flags), m_neutralize);
    }
    m_line += QLatin1String("\r\n");
    m_buffer.append(m_line.toUtf8());
    return flush(false);
}

bool CsvWriter::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < kFlushBytes))
        return true;
    const bool ok = m_device->write(m_buffer) == m_buffer.size();
    // Keep the allocation: a fresh 256 KiB block per flush is an mmap and page faults each time.
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
