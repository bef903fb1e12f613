// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace AuditLens::Flags {

// Parses the commonest stored timestamp, "YYYY-MM-DDTHH:MM:SS[.fff]Z" (T or a space), straight
// from UTF-8 bytes. Empty when the text has another form: then Timestamps::parseText decides,
// and for every text this accepts it gives the same instant.
std::optional<qint64> parseUtcTimestampBytes(const char *data, qsizetype size);

// One QString per distinct short text (actions, actors, entities, statuses): a scan of ten
// million rows sees a few hundred distinct values in those columns, so it decodes each once
// and hands out shared copies. Bounded: past the limit, texts are decoded without being kept.
class TextInterner
{
public:
    explicit TextInterner(qsizetype limit = 4096, qsizetype longest = 128)
        : m_limit(limit)
        , m_longest(longest)
    {
    }
    QString text(const char *data, qsizetype size);
    qsizetype size() const { return m_texts.size(); }

private:
    QHash<QByteArray, QString> m_texts;
    qsizetype m_limit;
    qsizetype m_longest;
};

// Finds any of a few ASCII words in raw bytes, ignoring ASCII case, in one pass.
class AsciiWordFinder
{
public:
    // Empty (isValid() false) when a word is empty or not ASCII.
    explicit AsciiWordFinder(const QStringList &words = {});
    bool isValid() const { return m_valid; }
    // Empty when the bytes hold a non-ASCII byte or a backslash (a JSON escape could spell a
    // word): only decoded text can answer then. Otherwise whether a word occurs.
    std::optional<bool> find(const char *data, qsizetype size) const;

private:
    QList<QByteArray> m_words; // lower case
    bool m_first[128] = {};    // first letters of the words
    bool m_valid = false;
};

} // namespace AuditLens::Flags
