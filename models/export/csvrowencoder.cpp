// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrowencoder.h"

#include "changeextractor.h"
#include "csvwriter.h"
#include "timestampparser.h"

#include <sqlite3.h>

#include <cstring>

namespace AuditLens {
namespace {

constexpr int kCacheLimit = 4096;

// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF): exactly the
// bytes that QString::fromUtf8() and back give unchanged. Eight ASCII bytes at a time.
bool isValidUtf8(const unsigned char *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + extra >= n || s[i + 1] < lo || s[i + 1] > hi)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// "2026-11-28T09:15:02.120Z": parsed and written back it is itself, and when it does not
// parse (a 30th of February) the raw text is written, which is itself too.
bool isCanonicalTimestamp(QByteArrayView t)
{
    static const char kPattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (t.size() != qsizetype(sizeof kPattern - 1))
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char p = kPattern[i];
        if (p == 'd' ? (t[i] < '0' || t[i] > '9') : t[i] != p)
            return false;
    }
    return true;
}

QString text(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}

// The value for a key, made once; valid until the next call on the same cache.
template<typename T, typename Make>
const T &cachedValue(QHash<QByteArray, T> &cache, QByteArrayView key, const Make &make)
{
    const auto it = cache.constFind(QByteArray::fromRawData(key.data(), key.size()));
    if (it != cache.constEnd())
        return *it;
    if (cache.size() >= kCacheLimit)
        cache.clear();
    return *cache.insert(key.toByteArray(), make());
}

} // namespace

CsvRowEncoder::CsvRowEncoder(const EventReader &reader, const QList<ExportColumn> &columns, bool neutralize)
    : m_reader(reader), m_columns(columns), m_neutralize(neutralize), m_positions(kFieldCount)
{
    for (int f = 0; f < kFieldCount; ++f)
        m_positions[f] = reader.selectPositions(Field(f));
}

QVariant CsvRowEncoder::value(sqlite3_stmt *stmt, int position)
{
    // As QSQLiteResult::fetchNext() reads it, so that a row read here equals one read by Qt.
    switch (sqlite3_column_type(stmt, position)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(stmt, position)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(stmt, position));
    case SQLITE_NULL: return QVariant(QMetaType(QMetaType::QString));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, position)),
                                   sqlite3_column_bytes(stmt, position)));
    default:
        return QVariant(QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(stmt, position)),
                                sqlite3_column_bytes16(stmt, position) / int(sizeof(QChar))));
    }
}

void CsvRowEncoder::append(sqlite3_stmt *stmt, QByteArray &out, qsizetype *flagsAt)
{
    m_stmt = stmt;
    const qsizetype start = out.size();
    if (appendFast(out, flagsAt))
        return;
    out.truncate(start);
    const AuditEvent event = m_reader.read([stmt](int position) { return value(stmt, position); });
    CsvWriter::appendLine(out, event, m_columns, m_neutralize, flagsAt);
}

bool CsvRowEncoder::cell(int position, QByteArrayView *text) const
{
    // The text of valueText(): integers as SQLite writes them (Qt's too), text and BLOBs
    // as their bytes when those are UTF-8 that decodes and encodes back unchanged.
    switch (sqlite3_column_type(m_stmt, position)) {
    case SQLITE_NULL:
        *text = {};
        return true;
    case SQLITE_FLOAT:
        return false;
    case SQLITE_INTEGER:
        break;
    default: {
        // A BLOB's bytes as they are: asking for its text would mark it as text for good.
        const auto *data = static_cast<const unsigned char *>(
            sqlite3_column_type(m_stmt, position) == SQLITE_BLOB ? sqlite3_column_blob(m_stmt, position)
                                                                  : sqlite3_column_text(m_stmt, position));
        const int size = sqlite3_column_bytes(m_stmt, position);
        if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
            return false; // a byte-order mark: left to the driver's own decoding
        if (!isValidUtf8(data, size))
            return false;
        *text = QByteArrayView(reinterpret_cast<const char *>(data), size);
        return true;
    }
    }
    *text = QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, position)),
                           sqlite3_column_bytes(m_stmt, position));
    return true;
}

bool CsvRowEncoder::fieldText(Field field, QByteArrayView *text) const
{
    const QVector<int> &positions = m_positions.at(int(field));
    if (positions.isEmpty()) {
        *text = {};
        return true;
    }
    return cell(positions.first(), text);
}

bool CsvRowEncoder::actorText(QByteArrayView *text) const
{
    // The first column that is not blank, trimmed; a non-ASCII edge may be a Unicode space.
    for (int position : m_positions.at(int(Field::Actor))) {
        QByteArrayView t;
        if (!cell(position, &t))
            return false;
        while (!t.isEmpty() && isAsciiSpace(t.front()))
            t = t.sliced(1);
        while (!t.isEmpty() && isAsciiSpace(t.back()))
            t.chop(1);
        if (!t.isEmpty() && (uchar(t.front()) >= 0x80 || uchar(t.back()) >= 0x80))
            return false;
        if (!t.isEmpty()) {
            *text = t;
            return true;
        }
    }
    *text = {};
    return true;
}

bool CsvRowEncoder::timestampText(QByteArrayView *text)
{
    const QVector<int> &positions = m_positions.at(int(Field::Timestamp));
    if (positions.isEmpty()) {
        *text = {};
        return true;
    }
    const int position = positions.first();
    const int type = sqlite3_column_type(m_stmt, position);
    if (type == SQLITE_FLOAT)
        return false;
    QByteArrayView raw;
    if (!cell(position, &raw))
        return false;
    if (type == SQLITE_TEXT && isCanonicalTimestamp(raw)) {
        *text = raw;
        return true;
    }
    // The value the driver gives, made from the bytes already read: asking SQLite for UTF-16
    // now would free them.
    QVariant v;
    if (type == SQLITE_INTEGER)
        v = QVariant(qint64(sqlite3_column_int64(m_stmt, position)));
    else if (type == SQLITE_BLOB)
        v = QVariant(raw.toByteArray());
    else if (type == SQLITE_TEXT)
        v = QVariant(QString::fromUtf8(raw));
    const std::optional<qint64> msecs = Timestamps::parse(v, m_reader.mapping().naiveOffsetSeconds);
    if (!msecs) {
        *text = raw;
        return true;
    }
    m_scratch = ExportColumns::isoUtc(*msecs).toUtf8();
    *text = m_scratch;
    return true;
}

Category CsvRowEncoder::category(QByteArrayView action)
{
    return cachedValue(m_categories, action, [&] { return Actions::categorize(text(action)); });
}

QByteArrayView CsvRowEncoder::categoryName(Category category)
{
    QByteArray &name = m_categoryNames[int(category)];
    if (name.isEmpty())
        name = Actions::categoryName(category).toUtf8();
    return name;
}

QByteArrayView CsvRowEncoder::statusName(QByteArrayView raw)
{
    return cachedValue(m_statuses, raw, [&] { return Actions::statusName(Actions::normalizeStatus(text(raw))).toUtf8(); });
}

bool CsvRowEncoder::changesText(Category category, QByteArrayView *out)
{
    QByteArrayView oldText, newText, fieldChanged, changes;
    if (!fieldText(Field::OldValues, &oldText) || !fieldText(Field::NewValues, &newText)
        || !fieldText(Field::FieldChanged, &fieldChanged) || !fieldText(Field::Changes, &changes))
        return false;
    if (oldText.isEmpty() && newText.isEmpty() && fieldChanged.isEmpty() && changes.isEmpty()) {
        *out = {};
        return true;
    }
    AuditEvent e;
    e.changes = ChangeExtractor::extract(text(fieldChanged), text(oldText), text(newText), text(changes),
                                         category, m_reader.mapping().rowImages);
    m_scratch = ExportColumns::text(e, ExportColumn::Changes, {}).toUtf8();
    *out = m_scratch;
    return true;
}

bool CsvRowEncoder::appendFast(QByteArray &out, qsizetype *flagsAt)
{
    const SchemaMapping &mapping = m_reader.mapping();
    if (!mapping.has(Field::Summary))
        return false; // the summary is made up from the changes: EventReader::finish()
    QByteArrayView action;
    if (!fieldText(Field::Action, &action))
        return false;
    if (!mapping.actionMap.isEmpty()) {
        const QString mapped = mapping.actionMap.value(text(action).trimmed());
        if (!mapped.isEmpty()) {
            m_action = mapped.toUtf8();
            action = m_action;
        }
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const char separator = i > 0 ? ',' : 0;
        QByteArrayView t;
        bool ok = true;
        switch (m_columns.at(i)) {
        case ExportColumn::Id: ok = fieldText(Field::Id, &t); break;
        case ExportColumn::Timestamp: ok = timestampText(&t); break;
        case ExportColumn::Actor: ok = actorText(&t); break;
        case ExportColumn::UserId: ok = fieldText(Field::UserId, &t); break;
        case ExportColumn::Action: t = action; break;
        case ExportColumn::Category: t = categoryName(category(action)); break;
        case ExportColumn::Entity: ok = fieldText(Field::Entity, &t); break;
        case ExportColumn::EntityId: ok = fieldText(Field::EntityId, &t); break;
        case ExportColumn::Summary: ok = fieldText(Field::Summary, &t); break;
        case ExportColumn::Ip: ok = fieldText(Field::Ip, &t); break;
        case ExportColumn::UserAgent: ok = fieldText(Field::UserAgent, &t); break;
        case ExportColumn::Session: ok = fieldText(Field::Session, &t); break;
        case ExportColumn::Status: {
            QByteArrayView raw;
            ok = fieldText(Field::Status, &raw);
            if (ok)
                t = statusName(raw);
            break;
        }
        case ExportColumn::Severity: ok = fieldText(Field::Severity, &t); break;
        case ExportColumn::OldValues: ok = fieldText(Field::OldValues, &t); break;
        case ExportColumn::NewValues: ok = fieldText(Field::NewValues, &t); break;
        case ExportColumn::Changes: ok = changesText(category(action), &t); break;
        case ExportColumn::Metadata: ok = fieldText(Field::Metadata, &t); break;
        case ExportColumn::Flags:
            break;
        }
        if (!ok)
            return false;
        const bool flags = m_columns.at(i) == ExportColumn::Flags;
        if (flags && flagsAt) {
            if (separator)
                out += separator;
            *flagsAt = out.size();
            continue;
        }
        CsvWriter::appendField(out, t, m_neutralize, separator);
    }
    out += "\r\n";
    return true;
}

} // namespace AuditLens
