// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagereader.h"

#include <QSqlError>

#include <algorithm>

namespace AuditLens {

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

PageReader::PageReader(const EventReader &reader, const SqlCondition &condition, const QString &sortSql,
                       Qt::SortOrder order)
    : m_reader(reader)
    , m_condition(condition)
    , m_sortSql(sortSql)
    , m_order(order)
{
}

void PageReader::setConnection(const QSqlDatabase &db, StatementCache *statements)
{
    m_db = db;
    m_statements = statements ? statements : &m_local;
}

QString PageReader::table() const
{
    return quoteTable(m_reader.mapping().table);
}

QString PageReader::segmentPredicate(Segment segment) const
{
    const QString ordered = m_reader.orderedPredicate(m_sortSql);
    return segment == Segment::Ordered ? ordered : QStringLiteral("NOT ") + ordered;
}

QString PageReader::positionSql() const
{
    // A keyset position must hold the sort value exactly. PostgreSQL's timestamps and numerics
    // carry microseconds and digits that QDateTime and double lose, so read them as text; bound
    // back as a literal, PostgreSQL reads it as the column's own type.
    // Named, so that ORDER BY "timestamp" still means the column and not this copy of it.
    return (m_reader.mapping().kind == DatabaseKind::PostgreSQL ? QStringLiteral("CAST(%1 AS TEXT)").arg(m_sortSql)
                                                                : m_sortSql)
        + QStringLiteral(" AS auditlens_position");
}

QSqlQuery *PageReader::statement(const QString &sql)
{
    auto it = m_statements->find(sql);
    if (it != m_statements->end())
        return &it.value();
    if (m_statements->size() >= 16) // conditions and orders come and go: keep the recent few
        m_statements->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return nullptr;
    }
    return &m_statements->insert(sql, q).value();
}

QList<PageRow> PageReader::query(Segment segment, const std::optional<PagePosition> &after, int limit,
                                 bool descending, bool *ok)
{
    const QString key = m_reader.keyExpression();
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    SqlCondition where = m_condition && SqlCondition{segmentPredicate(segment), {}};
    if (after) {
        const QString lt = descending ? QStringLiteral("<") : QStringLiteral(">");
        if (segment == Segment::Ordered) {
            // "c <= v AND (c < v OR key < k)": the first half gives the index a range.
            where = where && SqlCondition{QStringLiteral("%1 %2= ? AND (%1 %2 ? OR %3 %2 ?)").arg(m_sortSql, lt, key),
                                          {after->value, after->value, after->key}};
        } else {
            where = where && SqlCondition{QStringLiteral("%1 %2 ?").arg(key, lt), {after->key}};
        }
    }
    const QString order = segment == Segment::Ordered ? QStringLiteral("%1 %2, %3 %2").arg(m_sortSql, dir, key)
                                                      : QStringLiteral("%1 %2").arg(key, dir);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5 LIMIT %6")
                            .arg(m_reader.selectList(), positionSql(), table(), where.sql, order)
                            .arg(limit);
    QList<PageRow> rows;
    m_lastStatement = {sql, where.values};
    QSqlQuery *q = statement(sql);
    if (q) {
        bindAll(*q, where.values);
        if (!q->exec()) { // a reconnect finalizes prepared statements: prepare once more
            m_statements->remove(sql);
            q = statement(sql);
            if (q)
                bindAll(*q, where.values);
        }
    }
    if (q && !q->isActive() && !q->exec()) {
        m_error = q->lastError().text();
        m_statements->remove(sql);
        q = nullptr;
    }
    if (!q) {
        *ok = false;
        return rows;
    }
    const int sortIndex = m_reader.columnCount();
    while (q->next()) {
        PageRow row;
        row.event = m_reader.read(*q);
        row.position = {segment, q->value(sortIndex), row.event.key};
        rows << row;
    }
    q->finish(); // no statement left open between pages: it would keep a read snapshot
    return rows;
}

QList<PageRow> PageReader::fetch(const std::optional<PagePosition> &from, int limit, bool forward, bool *ok)
{
    // The whole order is [Ordered rows by (value, key)] then [Rest rows by key]; walking
    // backwards visits the two segments in the opposite order.
    const bool descending = (m_order == Qt::DescendingOrder) == forward;
    const Segment first = forward ? Segment::Ordered : Segment::Rest;
    const Segment second = forward ? Segment::Rest : Segment::Ordered;
    QList<PageRow> rows;
    if (!from || from->segment == first) {
        rows = query(first, from, limit, descending, ok);
        if (*ok && rows.size() < limit)
            rows += query(second, std::nullopt, limit - int(rows.size()), descending, ok);
    } else {
        rows = query(second, from, limit, descending, ok);
    }
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

std::optional<PagePosition> PageReader::positionAtOffset(qint64 offset, bool *ok)
{
    // Jumping to a page far away needs the row at that offset; an index-only walk of the keys
    // finds it without reading the rows in between. Page turns stay on keyset.
    const QString key = m_reader.keyExpression();
    const QString dir = m_order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    for (Segment segment : {Segment::Ordered, Segment::Rest}) {
        const SqlCondition where = m_condition && SqlCondition{segmentPredicate(segment), {}};
        const QString order = segment == Segment::Ordered ? QStringLiteral("%1 %2, %3 %2").arg(m_sortSql, dir, key)
                                                          : QStringLiteral("%1 %2").arg(key, dir);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5 LIMIT 1 OFFSET %6")
                      .arg(positionSql(), key, table(), where.sql, order)
                      .arg(offset));
        bindAll(q, where.values);
        if (!q.exec()) {
            *ok = false;
            m_error = q.lastError().text();
            return std::nullopt;
        }
        if (q.next())
            return PagePosition{segment, q.value(0), q.value(1)};
        if (segment == Segment::Ordered) {
            QSqlQuery count(m_db);
            count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table(), where.sql));
            bindAll(count, where.values);
            if (!count.exec() || !count.next()) {
                *ok = false;
                m_error = count.lastError().text();
                return std::nullopt;
            }
            offset -= count.value(0).toLongLong();
        }
    }
    return std::nullopt;
}

qint64 PageReader::offsetOfKey(const QVariant &key, bool *found)
{
    *found = false;
    const QString keyExpr = m_reader.keyExpression();
    const QString ordered = segmentPredicate(Segment::Ordered);
    const SqlCondition where = m_condition && SqlCondition{QStringLiteral("%1 = ?").arg(keyExpr), {key}};
    QSqlQuery row(m_db);
    row.setForwardOnly(true);
    row.prepare(QStringLiteral("SELECT %1, CASE WHEN %2 THEN 1 ELSE 0 END FROM %3 WHERE %4")
                    .arg(positionSql(), ordered, table(), where.sql));
    bindAll(row, where.values);
    if (!row.exec() || !row.next())
        return 0;
    const QVariant value = row.value(0);
    const bool inOrdered = row.value(1).toInt() == 1;
    // Rows before it in the shown order: the same comparisons the keyset pages use, as separate
    // counts. One count of "a OR b" with bound values makes SQLite's planner take a multi-index
    // OR, which holds every counted rowid in memory (about 240 MB at ten million rows).
    const QString before = m_order == Qt::DescendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    QList<SqlCondition> parts;
    if (inOrdered) {
        parts << (m_condition && SqlCondition{ordered, {}}
                  && SqlCondition{QStringLiteral("%1 %2 ?").arg(m_sortSql, before), {value}});
        parts << (m_condition && SqlCondition{ordered, {}}
                  && SqlCondition{QStringLiteral("%1 = ? AND %2 %3 ?").arg(m_sortSql, keyExpr, before), {value, key}});
    } else {
        parts << (m_condition && SqlCondition{ordered, {}});
        parts << (m_condition && SqlCondition{QStringLiteral("NOT %1 AND %2 %3 ?").arg(ordered, keyExpr, before), {key}});
    }
    qint64 total = 0;
    for (const SqlCondition &part : std::as_const(parts)) {
        QSqlQuery count(m_db);
        count.setForwardOnly(true);
        count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table(), part.sql));
        bindAll(count, part.values);
        if (!count.exec() || !count.next())
            return 0;
        total += count.value(0).toLongLong();
    }
    *found = true;
    return total;
}

} // namespace AuditLens
