// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagsource.h"

#include "changeextractor.h"
#include "sqlitehandle.h"
#include "timestampparser.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <cstring>

namespace AuditLens::Flags {
namespace {

// The fields the rules read; the rest of the row is never fetched.
constexpr Field kFields[] = {Field::Id, Field::Timestamp, Field::Actor, Field::Action, Field::Entity,
                             Field::EntityId, Field::Ip, Field::Status, Field::OldValues, Field::NewValues,
                             Field::FieldChanged, Field::Changes};

// As EventReader reads a cell: BLOBs decoded with replacement characters, never dropped.
QString valueText(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(v.toByteArray());
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toString(Qt::ISODateWithMs);
    return v.toString();
}

// A field name holds a monetary word only if the raw text does; a backslash could hide one
// in a JSON escape (\u0070rice), so such text is always parsed. Parsing JSON is the dearest
// step of a scan, and most updates change no money.
bool mayContainWord(const QString &text, const QStringList &words)
{
    if (text.contains(u'\\'))
        return true;
    for (const QString &w : words) {
        if (text.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

FlagSource::FlagSource(const SchemaMapping &mapping)
    : m_mapping(mapping)
    , m_reader(mapping)
    , m_timestampSql(m_reader.sqlColumn(Field::Timestamp))
    , m_fieldIndex(kFieldCount)
{
    for (Field f : kFields) {
        for (const QString &column : mapping.columnsOf(f)) {
            qsizetype idx = m_columns.indexOf(column);
            if (idx < 0) {
                m_columns << column;
                idx = m_columns.size() - 1;
            }
            m_fieldIndex[int(f)].append(int(idx) + 1); // position 0 is the key
        }
    }
    if (!m_fieldIndex.at(int(Field::Timestamp)).isEmpty())
        m_timestampIndex = m_fieldIndex.at(int(Field::Timestamp)).first();
    // PostgreSQL's timestamps carry microseconds that the driver's QDateTime rounds to the
    // millisecond: a position off the last row read, and ResumeCheck starts every run over. The
    // column's text is exact (the session is UTC and ISO, AuditDatabase) and, bound back as a
    // literal, the server reads it as the column's own type, as PageReader's keyset positions do.
    // It is selected after the fields.
    m_positionIndex = m_mapping.kind == DatabaseKind::PostgreSQL && m_timestampIndex >= 0 ? int(m_columns.size()) + 1
                                                                                          : m_timestampIndex;
}

QString FlagSource::selectSql(bool afterPosition) const
{
    const QString key = m_reader.keyExpression();
    QStringList parts{key};
    for (const QString &c : m_columns)
        parts << quoteIdentifier(c);
    // Named, so that ORDER BY "timestamp" still means the column and not this copy of it.
    if (m_positionIndex != m_timestampIndex)
        parts << QStringLiteral("CAST(%1 AS TEXT) AS auditlens_position").arg(m_timestampSql);
    QString sql = QStringLiteral("SELECT ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + quoteTable(m_mapping.table) + QStringLiteral(" WHERE ") + m_timestampSql + QStringLiteral(" IS NOT NULL");
    if (afterPosition)
        sql += QStringLiteral(" AND ") + positionSql(true);
    return sql + QStringLiteral(" ORDER BY %1, %2").arg(m_timestampSql, key);
}

QString FlagSource::positionSql(bool after) const
{
    // The plain range first: with bound values SQLite's planner otherwise takes "ts IS NOT NULL"
    // for the index range and filters every older row of the table by the OR.
    return (after ? QStringLiteral("(%1 >= ? AND (%1 > ? OR %2 > ?))") : QStringLiteral("(%1 <= ? AND (%1 < ? OR %2 <= ?))"))
        .arg(m_timestampSql, m_reader.keyExpression());
}

QString FlagSource::countAllSql() const
{
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL").arg(quoteTable(m_mapping.table), m_timestampSql);
}

QVariantList FlagSource::positionValues(const QVariant &rawTimestamp, const QVariant &key)
{
    return {rawTimestamp, rawTimestamp, key};
}

namespace {

// The Qt driver's row, as EventReader reads it.
struct QtCells {
    const QSqlQuery &query;
    QVariant value(int idx) const { return query.value(idx); }
    QString text(int idx) const { return valueText(query.value(idx)); }
    QString interned(int idx) const { return text(idx); }
    std::optional<qint64> timestamp(int idx, int naiveOffsetSeconds) const
    {
        return Timestamps::parse(query.value(idx), naiveOffsetSeconds);
    }
    bool mayContain(int idx, const FlagSource &source) const { return mayContainWord(text(idx), source.changeWords()); }
};

constexpr qsizetype kDerivedLimit = 4096;

} // namespace

template<typename Cells>
QString FlagSource::text(const Cells &cells, Field field, bool firstNonEmpty, bool intern) const
{
    for (int idx : m_fieldIndex.at(int(field))) {
        const QString t = intern ? cells.interned(idx) : cells.text(idx);
        if (!firstNonEmpty)
            return t;
        const QStringView trimmed = QStringView(t).trimmed();
        if (!trimmed.isEmpty())
            return trimmed.size() == t.size() ? t : trimmed.toString();
    }
    return {};
}

AuditEvent FlagSource::read(const QSqlQuery &query, bool wantChanges) const
{
    return readCells(QtCells{query}, wantChanges);
}

const FlagSource::ActionInfo &FlagSource::actionInfo(const QString &rawAction) const
{
    auto it = m_actions.constFind(rawAction);
    if (it != m_actions.cend())
        return it.value();
    if (m_actions.size() >= kDerivedLimit)
        m_actions.clear();
    // The same value map and categories as EventReader::finish, so both agree on every row.
    ActionInfo info;
    const QString mapped = m_mapping.actionMap.value(rawAction.trimmed());
    info.action = mapped.isEmpty() ? rawAction : mapped;
    info.category = Actions::categorize(info.action);
    return m_actions.insert(rawAction, info).value();
}

Status FlagSource::status(const QString &rawStatus) const
{
    auto it = m_statuses.constFind(rawStatus);
    if (it != m_statuses.cend())
        return it.value();
    if (m_statuses.size() >= kDerivedLimit)
        m_statuses.clear();
    return m_statuses.insert(rawStatus, Actions::normalizeStatus(rawStatus)).value();
}

template<typename Cells>
AuditEvent FlagSource::readCells(const Cells &cells, bool wantChanges) const
{
    AuditEvent e;
    e.key = cells.value(0);
    if (m_timestampIndex >= 0)
        e.timestamp = cells.timestamp(m_timestampIndex, m_mapping.naiveOffsetSeconds);
    e.actor = text(cells, Field::Actor, true, true);
    const ActionInfo &action = actionInfo(text(cells, Field::Action, false, true));
    e.action = action.action;
    e.category = action.category;
    e.entity = text(cells, Field::Entity, false, true);
    e.rawStatus = text(cells, Field::Status, false, true);
    e.status = status(e.rawStatus);
    // rapid_edits reads the entity id of updates; failed_logins and new_ip_login the IP of
    // sign-in events (a failed or successful login is always an auth event).
    if (e.category == Category::Update)
        e.entityId = text(cells, Field::EntityId);
    if (e.category == Category::Auth)
        e.ip = text(cells, Field::Ip, false, true);
    if (wantChanges && e.category == Category::Update && mayNameChangeWord(cells)) {
        e.oldValuesText = text(cells, Field::OldValues);
        e.newValuesText = text(cells, Field::NewValues);
        e.changes = ChangeExtractor::extract(text(cells, Field::FieldChanged), e.oldValuesText, e.newValuesText,
                                             text(cells, Field::Changes), e.category, m_mapping.rowImages);
    }
    return e;
}

template<typename Cells>
void FlagSource::complete(const Cells &cells, AuditEvent &e) const
{
    e.id = text(cells, Field::Id);
    e.entityId = text(cells, Field::EntityId);
    e.ip = text(cells, Field::Ip);
}

void FlagSource::setChangeWords(const QStringList &words)
{
    // Trimmed, as FlagEngine compares them; an empty word would match every field.
    m_changeWords.clear();
    for (const QString &w : words) {
        if (!w.trimmed().isEmpty())
            m_changeWords << w.trimmed();
    }
    m_changeWordFinder = AsciiWordFinder(m_changeWords);
    m_filterChanges = true;
}

template<typename Cells>
bool FlagSource::mayNameChangeWord(const Cells &cells) const
{
    if (!m_filterChanges)
        return true;
    for (Field f : {Field::OldValues, Field::NewValues, Field::FieldChanged, Field::Changes}) {
        for (int idx : m_fieldIndex.at(int(f))) {
            if (cells.mayContain(idx, *this))
                return true;
        }
    }
    return false;
}

} // namespace AuditLens::Flags

namespace AuditLens::Flags {

QtCursor::QtCursor(const FlagSource &source, const QSqlDatabase &db)
    : m_source(source)
    , m_query(db)
{
    m_query.setForwardOnly(true);
}

bool QtCursor::exec(bool after, const QVariantList &values)
{
    if (!m_query.prepare(m_source.selectSql(after)))
        return false; // error() tells why, not a later EXECUTE of nothing
    for (const QVariant &v : values)
        m_query.addBindValue(v);
    return m_query.exec();
}

AuditEvent QtCursor::read(bool wantChanges)
{
    m_lastRaw = m_query.value(m_source.positionIndex());
    return m_source.read(m_query, wantChanges);
}

void QtCursor::complete(AuditEvent &event) const
{
    m_source.complete(QtCells{m_query}, event);
}

QString QtCursor::error() const
{
    return m_query.lastError().isValid() ? m_query.lastError().text() : QString();
}

namespace {

// One row of an SQLite statement, read as the Qt driver would read it.
struct SqliteCells {
    sqlite3_stmt *stmt;
    TextInterner *interner = nullptr;

    QVariant value(int idx) const
    {
        switch (sqlite3_column_type(stmt, idx)) {
        case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(stmt, idx)));
        case SQLITE_FLOAT: return QVariant(sqlite3_column_double(stmt, idx));
        case SQLITE_NULL: return QVariant(QMetaType(QMetaType::QString));
        case SQLITE_BLOB:
            return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, idx)),
                                       sqlite3_column_bytes(stmt, idx)));
        default: return QVariant(text(idx));
        }
    }
    QString text(int idx) const
    {
        const int type = sqlite3_column_type(stmt, idx);
        if (type == SQLITE_NULL)
            return {};
        if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
            const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, idx));
            return QString::fromUtf8(data, sqlite3_column_bytes(stmt, idx));
        }
        return valueText(value(idx));
    }
    // Short texts that repeat (actions, actors, statuses) decoded once per distinct value.
    QString interned(int idx) const
    {
        if (sqlite3_column_type(stmt, idx) != SQLITE_TEXT)
            return text(idx);
        return interner->text(reinterpret_cast<const char *>(sqlite3_column_text(stmt, idx)),
                              sqlite3_column_bytes(stmt, idx));
    }
    // Searches the raw bytes when they are ASCII (then ASCII case folding is Unicode's);
    // anything else is decoded and searched as FlagSource has always searched it.
    bool mayContain(int idx, const FlagSource &source) const
    {
        const int type = sqlite3_column_type(stmt, idx);
        if (type == SQLITE_NULL)
            return false;
        if (type == SQLITE_TEXT && source.changeWordFinder().isValid()) {
            const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, idx));
            if (const std::optional<bool> found = source.changeWordFinder().find(data, sqlite3_column_bytes(stmt, idx)))
                return *found;
        }
        return mayContainWord(text(idx), source.changeWords());
    }
    std::optional<qint64> timestamp(int idx, int naiveOffsetSeconds) const
    {
        if (sqlite3_column_type(stmt, idx) != SQLITE_TEXT)
            return Timestamps::parse(value(idx), naiveOffsetSeconds);
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, idx));
        const int size = sqlite3_column_bytes(stmt, idx);
        if (const std::optional<qint64> t = parseUtcTimestampBytes(data, size))
            return t;
        // Other ASCII timestamps are widened on the stack: no allocation.
        QVarLengthArray<char16_t, 64> wide(size);
        for (int i = 0; i < size; ++i) {
            if (static_cast<unsigned char>(data[i]) >= 0x80)
                return Timestamps::parseText(QString::fromUtf8(data, size), naiveOffsetSeconds);
            wide[i] = char16_t(data[i]);
        }
        return Timestamps::parseText(QStringView(wide.constData(), size), naiveOffsetSeconds);
    }
};

} // namespace

SqliteCursor::SqliteCursor(const FlagSource &source, const QSqlDatabase &db)
    : m_source(source)
    , m_db(sqliteHandle(db))
{
}

SqliteCursor::~SqliteCursor()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool SqliteCursor::exec(bool after, const QVariantList &values)
{
    const QByteArray sql = m_source.selectSql(after).toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            rc = sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
        else if (v.isNull())
            rc = sqlite3_bind_null(m_stmt, i + 1);
        else {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
    }
    return true;
}

bool SqliteCursor::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

AuditEvent SqliteCursor::read(bool wantChanges)
{
    const int idx = m_source.timestampIndex();
    m_lastRawType = sqlite3_column_type(m_stmt, idx);
    // Only text is copied as bytes: asking SQLite for the bytes of a number would convert it.
    if (m_lastRawType == SQLITE_TEXT) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, idx));
        m_lastRaw.assign(data, size_t(sqlite3_column_bytes(m_stmt, idx)));
    } else {
        m_lastRawValue = SqliteCells{m_stmt, &m_interner}.value(idx);
    }
    return m_source.readCells(SqliteCells{m_stmt, &m_interner}, wantChanges);
}

void SqliteCursor::complete(AuditEvent &event)
{
    m_source.complete(SqliteCells{m_stmt, &m_interner}, event);
}

QVariant SqliteCursor::lastRawTimestamp() const
{
    // The same QVariant types the Qt driver gives, so a stored position binds alike.
    return m_lastRawType == SQLITE_TEXT ? QVariant(QString::fromUtf8(m_lastRaw.data(), qsizetype(m_lastRaw.size()))) : m_lastRawValue;
}

} // namespace AuditLens::Flags
