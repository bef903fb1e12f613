// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flaginserter.h"

#include "sqlitehandle.h"

#include <sqlite3.h>

namespace AuditLens::Flags {
namespace {

// JSON's escapes (RFC 8259 section 7), as Qt's JSON writer spells them. UTF-8 continuation
// and lead bytes are all >= 0x80, so escaping byte by byte never splits a character.
void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    static const char kHex[] = "0123456789abcdef";
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != '"' && u != '\\') {
            out += c;
            continue;
        }
        out += '\\';
        switch (u) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:
            out += "u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        }
    }
}

} // namespace

void appendJsonStringArray(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        appendEscaped(out, list.at(i).toUtf8());
        out += '"';
    }
    out += ']';
}

FlagInserter::FlagInserter(const QSqlDatabase &store)
    : m_db(sqliteHandle(store))
{
    static const char kSql[] = "INSERT OR REPLACE INTO flags (db, key, key_value, ts, seq, rules, reasons) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)";
    if (m_db && sqlite3_prepare_v3(m_db, kSql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

FlagInserter::~FlagInserter()
{
    sqlite3_finalize(m_stmt);
}

QString FlagInserter::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not an SQLite connection");
}

// The key as the Qt driver binds a QVariant, so key_value keeps the type it always had.
bool FlagInserter::bindKey(const QVariant &key)
{
    if (key.isNull())
        return sqlite3_bind_null(m_stmt, 3) == SQLITE_OK;
    switch (key.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool: return sqlite3_bind_int64(m_stmt, 3, key.toLongLong()) == SQLITE_OK;
    case QMetaType::Double: return sqlite3_bind_double(m_stmt, 3, key.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = key.toByteArray();
        return sqlite3_bind_blob64(m_stmt, 3, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default: {
        const QByteArray text = key.toString().toUtf8();
        return sqlite3_bind_text64(m_stmt, 3, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8)
            == SQLITE_OK;
    }
    }
}

bool FlagInserter::add(const QString &identity, const QVariant &key, qint64 timestamp, qint64 seq, const FlagMatch &match)
{
    if (!m_stmt)
        return false;
    auto bindText = [this](int index, const QByteArray &text) {
        return sqlite3_bind_text64(m_stmt, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8)
            == SQLITE_OK;
    };
    bool ok = true;
    if (identity != m_identity) {
        ok = bindText(1, identity.toUtf8());
        m_identity = ok ? identity : QString();
    }
    // The key's text as FlagStore looks it up: QVariant::toString(), which for an integer is
    // QString::number().
    const bool integer = key.typeId() == QMetaType::LongLong || key.typeId() == QMetaType::Int;
    ok = ok && bindText(2, integer ? QByteArray::number(key.toLongLong()) : key.toString().toUtf8()) && bindKey(key)
        && sqlite3_bind_int64(m_stmt, 4, timestamp) == SQLITE_OK && sqlite3_bind_int64(m_stmt, 5, seq) == SQLITE_OK;
    m_text.clear();
    appendJsonStringArray(m_text, match.rules);
    ok = ok && bindText(6, m_text);
    m_text.clear();
    appendJsonStringArray(m_text, match.reasons);
    ok = ok && bindText(7, m_text);
    ok = ok && sqlite3_step(m_stmt) == SQLITE_DONE;
    sqlite3_reset(m_stmt);
    return ok;
}

} // namespace AuditLens::Flags
