// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "auditevent.h"
#include "eventreader.h"
#include "sqlcondition.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace AuditLens {

// Binds a condition's values to a prepared query, in order.
void bindAll(QSqlQuery &q, const QVariantList &values);

// Flag marks for one event, supplied by the flag store.
struct FlagMarks {
    QStringList rules;
    QStringList reasons;
};

// Where a row stands in the shown order: rows with a sort value (by value, then key), then
// rows without one (by key).
struct PagePosition {
    enum class Segment { Ordered, Rest };
    Segment segment = Segment::Ordered;
    QVariant value;
    QVariant key;
};

struct PageRow {
    AuditEvent event;
    PagePosition position;
    FlagMarks flags;
};

// Reads pages of one condition in one order by keyset on (sort column, row key) with bound
// values, never by OFFSET. Copyable and free of model state, so that the same reads run on the
// GUI connection or on a worker's own connection. Errors are kept in error() untranslated.
class PageReader
{
public:
    using StatementCache = QHash<QString, QSqlQuery>;

    PageReader(const EventReader &reader, const SqlCondition &condition, const QString &sortSql,
               Qt::SortOrder order);

    // The connection to read on, and a cache of its prepared statements kept between calls
    // (null: prepare each time). Both must outlive the reads.
    void setConnection(const QSqlDatabase &db, StatementCache *statements = nullptr);

    // limit rows from (after) a position, forward in the shown order or backward; the rows come
    // back in shown order either way.
    QList<PageRow> fetch(const std::optional<PagePosition> &from, int limit, bool forward, bool *ok);
    // The position of the row at this offset in the shown order; none past the end.
    std::optional<PagePosition> positionAtOffset(qint64 offset, bool *ok);
    // How many rows come before the row with this key; found is false when it is not shown.
    qint64 offsetOfKey(const QVariant &key, bool *found);

    QString error() const { return m_error; }
    // The last page query run, with its bound values: for the benchmark's sqlite3 floor.
    SqlCondition lastStatement() const { return m_lastStatement; }

private:
    using Segment = PagePosition::Segment;
    QList<PageRow> query(Segment segment, const std::optional<PagePosition> &after, int limit, bool descending,
                         bool *ok);
    QSqlQuery *statement(const QString &sql);
    QString segmentPredicate(Segment segment) const;
    QString positionSql() const;
    QString table() const;

    EventReader m_reader;
    SqlCondition m_condition;
    QString m_sortSql;
    Qt::SortOrder m_order;
    QSqlDatabase m_db;
    StatementCache *m_statements = nullptr;
    StatementCache m_local;
    SqlCondition m_lastStatement;
    QString m_error;
};

} // namespace AuditLens
