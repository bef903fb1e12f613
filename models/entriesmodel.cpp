// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entriesmodel.h"

#include "flags/rulesettings.h"
#include "logging.h"
#include "roles.h"
#include "timestampparser.h"
#include "workers.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace AuditLens {

// "Off-hours activity: activity at 23:14 UTC", one line per rule that flagged the event.
static QString flagToolTip(const FlagMarks &marks)
{
    QStringList lines;
    for (qsizetype i = 0; i < marks.rules.size(); ++i) {
        Flags::RuleId rule = Flags::RuleId::LargeValueChange;
        const QString title = Flags::ruleFromIdName(marks.rules.at(i), &rule) ? Flags::ruleTitle(rule) : marks.rules.at(i);
        lines << title + QStringLiteral(": ") + marks.reasons.value(i);
    }
    return lines.join(u'\n');
}

namespace {

Field fieldOfColumn(int column)
{
    switch (column) {
    case EntriesModel::TimeColumn: return Field::Timestamp;
    case EntriesModel::UserColumn: return Field::Actor;
    case EntriesModel::ActionColumn: return Field::Action;
    case EntriesModel::TableColumn: return Field::Entity;
    case EntriesModel::RecordColumn: return Field::EntityId;
    case EntriesModel::SummaryColumn: return Field::Summary;
    case EntriesModel::IpColumn: return Field::Ip;
    case EntriesModel::StatusColumn: return Field::Status;
    default: return Field::Metadata; // never sorted by
    }
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

EntriesModel::EntriesModel(AuditDatabase *database, QObject *parent)
    : QSqlTableModel(parent, database->database())
    , m_database(database)
    , m_reader(database->mapping())
{
    setTable(database->mapping().table);
    setEditStrategy(QSqlTableModel::OnManualSubmit);
}

EntriesModel::~EntriesModel()
{
    m_countGeneration.cancel();
    if (m_countWatcher)
        m_countWatcher->waitForFinished();
}

QString EntriesModel::sortSql(int column) const
{
    if (column == FlagColumn || column < 0 || column >= ColumnCount)
        return {};
    return m_reader.sqlColumn(fieldOfColumn(column));
}

QString EntriesModel::segmentPredicate(Segment segment) const
{
    const QString ordered = m_reader.orderedPredicate(sortSql(m_sortColumn));
    return segment == Segment::Ordered ? ordered : QStringLiteral("NOT ") + ordered;
}

QString EntriesModel::positionSql() const
{
    // A keyset position must hold the sort value exactly. PostgreSQL's timestamps and numerics
    // carry microseconds and digits that QDateTime and double lose, so read them as text; bound
    // back as a literal, PostgreSQL reads it as the column's own type.
    const QString c = sortSql(m_sortColumn);
    // Named, so that ORDER BY "timestamp" still means the column and not this copy of it.
    return (m_database->mapping().kind == DatabaseKind::PostgreSQL ? QStringLiteral("CAST(%1 AS TEXT)").arg(c) : c)
        + QStringLiteral(" AS auditlens_position");
}

QList<EntriesModel::PageRow> EntriesModel::query(Segment segment, const std::optional<Position> &after, int limit,
                                                 bool descending, bool *ok)
{
    const QString key = m_reader.keyExpression();
    const QString sortColumn = sortSql(m_sortColumn);
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    SqlCondition where = m_condition && SqlCondition{segmentPredicate(segment), {}};
    if (after) {
        const QString lt = descending ? QStringLiteral("<") : QStringLiteral(">");
        if (segment == Segment::Ordered) {
            // "c <= v AND (c < v OR key < k)": the first half gives the index a range.
            where = where && SqlCondition{QStringLiteral("%1 %2= ? AND (%1 %2 ? OR %3 %2 ?)").arg(sortColumn, lt, key),
                                          {after->value, after->value, after->key}};
        } else {
            where = where && SqlCondition{QStringLiteral("%1 %2 ?").arg(key, lt), {after->key}};
        }
    }
    const QString order = segment == Segment::Ordered
        ? QStringLiteral("%1 %2, %3 %2").arg(sortColumn, dir, key)
        : QStringLiteral("%1 %2").arg(key, dir);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5 LIMIT %6")
                            .arg(m_reader.selectList(), positionSql(), quoteTable(m_database->mapping().table),
                                 where.sql, order)
                            .arg(limit);
    QList<PageRow> rows;
    m_lastStatement = {sql, where.values};
    QString error;
    QSqlQuery *q = statement(sql, &error);
    if (q) {
        bindAll(*q, where.values);
        if (!q->exec()) { // a reconnect finalizes prepared statements: prepare once more
            m_statements.remove(sql);
            q = statement(sql, &error);
            if (q)
                bindAll(*q, where.values);
        }
    }
    if (q && !q->isActive() && !q->exec()) {
        error = q->lastError().text();
        m_statements.remove(sql);
        q = nullptr;
    }
    if (!q) {
        *ok = false;
        emit errorOccurred(tr("The audit table cannot be read: %1").arg(error));
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

QSqlQuery *EntriesModel::statement(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return &it.value();
    if (m_statements.size() >= 16) // conditions and orders come and go: keep the recent few
        m_statements.clear();
    QSqlQuery q(m_database->database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return nullptr;
    }
    return &m_statements.insert(sql, q).value();
}

QList<EntriesModel::PageRow> EntriesModel::fetch(const std::optional<Position> &from, int limit, bool forward, bool *ok)
{
    // The whole order is [Ordered rows by (value, key)] then [Rest rows by key]; walking
    // backwards visits the two segments in the opposite order.
    const bool descending = (m_sortOrder == Qt::DescendingOrder) == forward;
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

std::optional<EntriesModel::Position> EntriesModel::positionAtOffset(qint64 offset, bool *ok)
{
    // Jumping to a page far away needs the row at that offset; an index-only walk of the keys
    // finds it without reading the rows in between. Page turns stay on keyset.
    const QString key = m_reader.keyExpression();
    const QString sortColumn = sortSql(m_sortColumn);
    const QString dir = m_sortOrder == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString table = quoteTable(m_database->mapping().table);
    for (Segment segment : {Segment::Ordered, Segment::Rest}) {
        const SqlCondition where = m_condition && SqlCondition{segmentPredicate(segment), {}};
        const QString order = segment == Segment::Ordered ? QStringLiteral("%1 %2, %3 %2").arg(sortColumn, dir, key)
                                                          : QStringLiteral("%1 %2").arg(key, dir);
        QSqlQuery q(m_database->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5 LIMIT 1 OFFSET %6")
                      .arg(positionSql(), key, table, where.sql, order)
                      .arg(offset));
        bindAll(q, where.values);
        if (!q.exec()) {
            *ok = false;
            emit errorOccurred(tr("The audit table cannot be read: %1").arg(q.lastError().text()));
            return std::nullopt;
        }
        if (q.next())
            return Position{segment, q.value(0), q.value(1)};
        if (segment == Segment::Ordered) {
            QSqlQuery count(m_database->database());
            count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where.sql));
            bindAll(count, where.values);
            if (!count.exec() || !count.next()) {
                *ok = false;
                return std::nullopt;
            }
            offset -= count.value(0).toLongLong();
        }
    }
    return std::nullopt;
}

bool EntriesModel::showPage(QList<PageRow> rows, qint64 pageIndex, bool hasNext)
{
    if (m_flagProvider && !rows.isEmpty()) {
        QVariantList keys;
        for (const PageRow &r : rows)
            keys << r.event.key;
        const QHash<QString, FlagMarks> marks = m_flagProvider(keys);
        for (PageRow &r : rows)
            r.flags = marks.value(r.event.keyText());
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_pageIndex = pageIndex;
    m_hasNext = hasNext;
    endResetModel();
    emit pageChanged();
    return true;
}

bool EntriesModel::select()
{
    m_total = -1;
    startCount();
    return firstPage();
}

bool EntriesModel::firstPage()
{
    bool ok = true;
    QList<PageRow> rows = fetch(std::nullopt, m_pageSize + 1, true, &ok);
    if (!ok)
        return false;
    const bool more = rows.size() > m_pageSize;
    if (more)
        rows.removeLast();
    return showPage(std::move(rows), 0, more);
}

bool EntriesModel::nextPage()
{
    if (!m_hasNext || m_rows.isEmpty())
        return false;
    bool ok = true;
    QList<PageRow> rows = fetch(m_rows.last().position, m_pageSize + 1, true, &ok);
    if (!ok)
        return false;
    if (rows.isEmpty())
        return firstPage();
    const bool more = rows.size() > m_pageSize;
    if (more)
        rows.removeLast();
    return showPage(std::move(rows), m_pageIndex + 1, more);
}

bool EntriesModel::previousPage()
{
    if (m_pageIndex <= 0 || m_rows.isEmpty())
        return false;
    bool ok = true;
    QList<PageRow> rows = fetch(m_rows.first().position, m_pageSize, false, &ok);
    if (!ok)
        return false;
    if (rows.size() < m_pageSize) // rows before us vanished or the table was replaced: start over
        return firstPage();
    return showPage(std::move(rows), m_pageIndex - 1, true);
}

bool EntriesModel::lastPage()
{
    if (m_total < 0)
        return false;
    const qint64 pages = pageCount();
    const int lastSize = int(m_total - (pages - 1) * m_pageSize);
    if (m_total == 0)
        return firstPage();
    bool ok = true;
    QList<PageRow> rows = fetch(std::nullopt, lastSize, false, &ok);
    if (!ok)
        return false;
    return showPage(std::move(rows), pages - 1, false);
}

bool EntriesModel::goToPage(qint64 page)
{
    if (page <= 0)
        return firstPage();
    if (m_total >= 0)
        page = std::min(page, pageCount() - 1);
    if (page == m_pageIndex + 1)
        return nextPage();
    if (page == m_pageIndex - 1)
        return previousPage();
    bool ok = true;
    const std::optional<Position> before = positionAtOffset(page * m_pageSize - 1, &ok);
    if (!ok || !before)
        return ok && lastPage();
    QList<PageRow> rows = fetch(before, m_pageSize + 1, true, &ok);
    if (!ok)
        return false;
    const bool more = rows.size() > m_pageSize;
    if (more)
        rows.removeLast();
    return showPage(std::move(rows), page, more);
}

qint64 EntriesModel::offsetOfKey(const QVariant &key, bool *found)
{
    *found = false;
    const QString keyExpr = m_reader.keyExpression();
    const QString sortColumn = sortSql(m_sortColumn);
    const QString table = quoteTable(m_database->mapping().table);
    const QString ordered = segmentPredicate(Segment::Ordered);
    const SqlCondition where = m_condition && SqlCondition{QStringLiteral("%1 = ?").arg(keyExpr), {key}};
    QSqlQuery row(m_database->database());
    row.setForwardOnly(true);
    row.prepare(QStringLiteral("SELECT %1, CASE WHEN %2 THEN 1 ELSE 0 END FROM %3 WHERE %4")
                    .arg(positionSql(), ordered, table, where.sql));
    bindAll(row, where.values);
    if (!row.exec() || !row.next())
        return 0;
    const QVariant value = row.value(0);
    const bool inOrdered = row.value(1).toInt() == 1;
    // Rows before it in the shown order: the same comparisons the keyset pages use.
    const QString before = m_sortOrder == Qt::DescendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    SqlCondition earlier = m_condition;
    if (inOrdered) {
        earlier = earlier && SqlCondition{ordered, {}}
            && SqlCondition{QStringLiteral("(%1 %2 ? OR (%1 = ? AND %3 %2 ?))").arg(sortColumn, before, keyExpr),
                            {value, value, key}};
    } else {
        earlier = earlier && SqlCondition{QStringLiteral("(%1 OR %2 %3 ?)").arg(ordered, keyExpr, before), {key}};
    }
    QSqlQuery count(m_database->database());
    count.setForwardOnly(true);
    count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, earlier.sql));
    bindAll(count, earlier.values);
    if (!count.exec() || !count.next())
        return 0;
    *found = true;
    return count.value(0).toLongLong();
}

bool EntriesModel::goToKey(const QVariant &key)
{
    if (rowOfKey(key) >= 0)
        return true;
    bool found = false;
    const qint64 offset = offsetOfKey(key, &found);
    if (!found)
        return false;
    goToPage(offset / m_pageSize);
    return rowOfKey(key) >= 0;
}

bool EntriesModel::reloadPage()
{
    if (m_pageIndex == 0 || m_rows.isEmpty())
        return firstPage();
    bool ok = true;
    // The page starts just after the last row of the page before it.
    QList<PageRow> before = fetch(m_rows.first().position, 1, false, &ok);
    if (!ok)
        return false;
    if (before.isEmpty())
        return firstPage();
    QList<PageRow> rows = fetch(before.first().position, m_pageSize + 1, true, &ok);
    if (!ok)
        return false;
    const bool more = rows.size() > m_pageSize;
    if (more)
        rows.removeLast();
    return showPage(std::move(rows), m_pageIndex, more);
}

void EntriesModel::refreshFlags()
{
    if (!m_flagProvider || m_rows.isEmpty())
        return;
    QVariantList keys;
    for (const PageRow &r : std::as_const(m_rows))
        keys << r.event.key;
    const QHash<QString, FlagMarks> marks = m_flagProvider(keys);
    for (PageRow &r : m_rows)
        r.flags = marks.value(r.event.keyText());
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EntriesModel::startCount()
{
    // A new condition supersedes the count still running: its statement is cancelled and its
    // generation is stale, so its answer (if any) is dropped.
    const QueryGeneration::Ticket ticket = m_countGeneration.start();
    if (!m_countWatcher) {
        m_countWatcher = new QFutureWatcher<qint64>(this);
        connect(m_countWatcher, &QFutureWatcher<qint64>::finished, this, [this] {
            const qint64 total = m_countWatcher->result();
            if (!m_countGeneration.isCurrent(m_countWatcher->property("generation").toULongLong()) || total < 0)
                return;
            m_total = total;
            if (m_pageIndex * m_pageSize >= m_total && m_pageIndex > 0) // rows vanished under us
                firstPage();
            emit totalCountChanged(m_total);
            emit pageChanged();
        });
    }
    const DatabaseLocation location = m_database->location();
    const SchemaMapping mapping = m_database->mapping();
    const SqlCondition condition = m_condition;
    m_countWatcher->setProperty("generation", ticket.generation);
    m_countWatcher->setFuture(Workers::run([location, mapping, condition, ticket]() -> qint64 {
        QString error;
        const auto db = AuditDatabase::openWith(location, mapping, &error);
        if (!db) {
            qCWarning(lcModels) << "count:" << error;
            return -1;
        }
        QueryCanceller::Scope scope(ticket.canceller.get(), db->database());
        QSqlQuery q(db->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*) FROM ") + quoteTable(mapping.table)
                  + (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.sql));
        bindAll(q, condition.values);
        if (!q.exec() || !q.next()) {
            if (!QueryCanceller::isCancelError(q.lastError()))
                qCWarning(lcModels) << "count:" << q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }));
}

qint64 EntriesModel::pageCount() const
{
    if (m_total < 0)
        return -1;
    return std::max<qint64>(1, (m_total + m_pageSize - 1) / m_pageSize);
}

void EntriesModel::setCondition(const SqlCondition &condition)
{
    m_condition = condition;
    select();
}

void EntriesModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 10, 1000);
    firstPage();
    emit pageChanged();
}

void EntriesModel::setFlagProvider(FlagProvider provider)
{
    m_flagProvider = std::move(provider);
    refreshFlags();
}

void EntriesModel::setTimeInUtc(bool utc)
{
    m_timeInUtc = utc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void EntriesModel::sort(int column, Qt::SortOrder order)
{
    if (sortSql(column).isEmpty())
        return;
    m_sortColumn = Column(column);
    m_sortOrder = order;
    firstPage();
}

int EntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AuditEvent EntriesModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).event : AuditEvent();
}

int EntriesModel::rowOfKey(const QVariant &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).event.key == key)
            return i;
    }
    return -1;
}

// The locale's short date with a four-digit year and the time to the second; ISO in the C locale.
static QString localeDateTimeFormat(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd HH:mm:ss");
    static const QRegularExpression year(QStringLiteral("y+"));
    return locale.dateFormat(QLocale::ShortFormat).replace(year, QStringLiteral("yyyy")) + QStringLiteral(" HH:mm:ss");
}

QString EntriesModel::displayTime(const AuditEvent &e) const
{
    if (!e.timestamp)
        return e.rawTimestamp.isEmpty() ? tr("(no time)") : e.rawTimestamp;
    const QDateTime utc = Timestamps::toUtc(*e.timestamp);
    const QLocale locale;
    if (m_timeInUtc)
        return locale.toString(utc, localeDateTimeFormat(locale) + QStringLiteral(" 'UTC'"));
    return locale.toString(utc.toLocalTime(), localeDateTimeFormat(locale) + QStringLiteral(" t"));
}

QVariant EntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PageRow &row = m_rows.at(index.row());
    const AuditEvent &e = row.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return displayTime(e);
        case UserColumn: return e.actor;
        case ActionColumn: return e.action;
        case TableColumn: return e.entity;
        case RecordColumn: return e.entityId;
        case SummaryColumn: {
            QString line = e.summary.left(300);
            line.replace(u'\n', u' ');
            return line;
        }
        case IpColumn: return e.ip;
        case StatusColumn: return e.rawStatus.isEmpty() ? QString() : Actions::statusTitle(e.status);
        case FlagColumn: return QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return e.timestamp ? Timestamps::toIsoUtc(*e.timestamp) : tr("Unreadable time: %1").arg(e.rawTimestamp);
        if (index.column() == FlagColumn && !row.flags.rules.isEmpty())
            return flagToolTip(row.flags);
        if (index.column() == SummaryColumn && e.summary.size() > 80)
            return e.summary.left(2000);
        if (index.column() == StatusColumn)
            return e.rawStatus;
        break;
    case EventKeyRole: return e.key;
    case CategoryRole: return int(e.category);
    case StatusRole: return int(e.status);
    case TimestampMsRole: return e.timestamp ? QVariant(*e.timestamp) : QVariant();
    case RawTimestampRole: return e.rawTimestamp;
    case FlagRulesRole: return row.flags.rules;
    case FlagReasonsRole: return row.flags.reasons;
    case EventRole: return QVariant::fromValue(e);
    default: break;
    }
    return {};
}

QVariant EntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == SortSqlRole)
        return sortSql(section);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case TableColumn: return tr("Table");
    case RecordColumn: return tr("Record");
    case SummaryColumn: return tr("Summary");
    case IpColumn: return tr("IP address");
    case StatusColumn: return tr("Status");
    case FlagColumn: return role == Qt::ToolTipRole ? tr("Flagged as suspicious") : tr("Flag");
    }
    return {};
}

Qt::ItemFlags EntriesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

bool EntriesModel::setData(const QModelIndex &, const QVariant &, int)
{
    return false; // the audit database is evidence: never written
}

bool EntriesModel::insertRows(int, int, const QModelIndex &)
{
    return false;
}

bool EntriesModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}

bool EntriesModel::canFetchMore(const QModelIndex &) const
{
    return false;
}

} // namespace AuditLens
