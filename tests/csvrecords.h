// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AuditLens::TestSupport {

// A strict RFC 4180 reader (CRLF or LF record ends, "" inside quoted fields): the records of
// the text, or nothing when the text is not valid RFC 4180 (a stray quote, an unclosed field).
inline std::optional<QList<QStringList>> csvRecords(QStringView text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return records;
    while (true) {
        if (i < n && text[i] == u'"') {
            ++i;
            while (true) {
                const qsizetype quote = text.indexOf(u'"', i);
                if (quote < 0)
                    return std::nullopt; // unclosed quoted field
                field += text.mid(i, quote - i);
                i = quote + 1;
                if (i < n && text[i] == u'"') {
                    field += u'"';
                    ++i;
                    continue;
                }
                break;
            }
            if (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n')
                return std::nullopt; // text after the closing quote
        } else {
            const qsizetype start = i;
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"')
                    return std::nullopt; // a quote inside an unquoted field
                ++i;
            }
            field = text.mid(start, i - start).toString();
        }
        record << field;
        field.clear();
        if (i >= n) {
            records << record;
            return records;
        }
        if (text[i] == u',') {
            ++i;
            continue;
        }
        if (text[i] == u'\r') {
            if (i + 1 >= n || text[i + 1] != u'\n')
                return std::nullopt; // a bare CR ends no record
            ++i;
        }
        ++i; // '\n'
        records << record;
        record.clear();
        if (i >= n)
            return records;
    }
}

} // namespace AuditLens::TestSupport
