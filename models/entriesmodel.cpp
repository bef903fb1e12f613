// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entriesmodel.h"

#include "eventfilter.h"
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

// Rows a page query may sort without an index in well under a frame.
constexpr qint64 kSmallTable = 50000;

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
    m_pageGeneration.cancel();
    if (m_countWatcher)
        m_countWatcher->waitForFinished();
    if (m_pageWatcher)
        m_pageWatcher->waitForFinished();
}

QString EntriesModel::sortSql(int column) const
{
    if (column == FlagColumn || column < 0 || column >= ColumnCount)
        return {};
    return m_reader.sqlColumn(fieldOfColumn(column));
}

PageReader EntriesModel::pageReader() const
{
    return PageReader(m_reader, m_condition, sortSql(m_sortColumn), m_sortOrder);
}

void EntriesModel::trimTo(Page &page, int size)
{
    page.hasNext = page.rows.size() > size;
    if (page.hasNext)
        page.rows.removeLast();
}

EntriesModel::Page EntriesModel::firstOf(PageReader &reader, int size)
{
    Page page;
    page.ok = true;
    page.rows = reader.fetch(std::nullopt, size + 1, true, &page.ok);
    trimTo(page, size);
    return page;
}

bool EntriesModel::readsOnWorker()
{
    if (m_condition.mayScan)
        return true;
    // Ordered by a column no index leads with, even the first page sorts the whole table: quick
    // for a small table, not for a large one.
    auto it = m_sortIndexed.find(m_sortColumn);
    if (it == m_sortIndexed.end()) {
        const SchemaMapping &mapping = m_database->mapping();
        bool quick = m_sortColumn == TimeColumn; // a server's time column is expected to be indexed
        if (mapping.kind == DatabaseKind::PostgreSQL && !quick) {
            // The planner's estimate of the rows; -1 while the table was never analyzed.
            QSqlQuery estimate(m_database->database());
            estimate.prepare(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)"));
            estimate.addBindValue(quoteTable(mapping.table));
            quick = estimate.exec() && estimate.next() && estimate.value(0).toDouble() >= 0
                && estimate.value(0).toDouble() < kSmallTable;
        } else if (mapping.kind == DatabaseKind::SQLite) {
            // The span of rowids bounds the rows: two seeks, each min() or max() alone in its own
            // SELECT (together in one they would scan the table). No answer (WITHOUT ROWID) is large.
            QSqlQuery span(m_database->database());
            const QString table = quoteTable(mapping.table);
            quick = (span.exec(QStringLiteral("SELECT (SELECT max(rowid) FROM %1) - (SELECT min(rowid) FROM %1)").arg(table))
                     && span.next() && (span.value(0).isNull() || span.value(0).toLongLong() < kSmallTable))
                || sqliteIndexLeads(m_database->database(), mapping.table, mapping.column(fieldOfColumn(m_sortColumn)));
        }
        it = m_sortIndexed.insert(m_sortColumn, quick);
    }
    return !it.value();
}

bool EntriesModel::load(const Navigation &navigation, Where where, Shown shown)
{
    if (where == Where::Auto && readsOnWorker()) {
        if (shown == Shown::Clear && !m_rows.isEmpty())
            showPage({}, 0, false); // rows of the last condition would not match this one
        loadOnWorker(navigation);
        return true;
    }
    // Quick on the GUI connection: anything still read on a worker is superseded.
    if (m_loading) {
        m_pageGeneration.cancel();
        setLoading(false);
    }
    PageReader reader = pageReader();
    reader.setConnection(m_database->database(), &m_statements);
    Page page = navigation(reader);
    if (!page.ok && page.error.isEmpty())
        page.error = reader.error();
    page.statement = reader.lastStatement();
    return apply(std::move(page));
}

void EntriesModel::loadOnWorker(const Navigation &navigation)
{
    const QueryGeneration::Ticket ticket = m_pageGeneration.start();
    if (!m_pageWatcher) {
        m_pageWatcher = new QFutureWatcher<Page>(this);
        connect(m_pageWatcher, &QFutureWatcher<Page>::finished, this, [this] {
            if (!m_pageGeneration.isCurrent(m_pageWatcher->property("generation").toULongLong()))
                return; // superseded: a newer request is running or already shown
            setLoading(false);
            apply(m_pageWatcher->result());
        });
    }
    setLoading(true);
    const DatabaseLocation location = m_database->location();
    const SchemaMapping mapping = m_database->mapping();
    const PageReader prepared = pageReader();
    m_pageWatcher->setProperty("generation", ticket.generation);
    m_pageWatcher->setFuture(Workers::runInteractive([location, mapping, prepared, navigation, ticket]() -> Page {
        Page page;
        QString error;
        const auto db = AuditDatabase::openWith(location, mapping, &error);
        if (!db) {
            page.error = error;
            return page;
        }
        QueryCanceller::Scope scope(ticket.canceller.get(), db->database());
        PageReader reader = prepared;
        reader.setConnection(db->database());
        page = navigation(reader);
        if (!page.ok && page.error.isEmpty() && !ticket.canceller->isCancelled())
            page.error = reader.error();
        page.statement = reader.lastStatement();
        return page;
    }));
}

bool EntriesModel::apply(Page page)
{
    // A lookup's answer goes to the request that asked for it; any other page ends that request.
    KeyFound found = std::exchange(m_keyFound, KeyFound());
    if (!page.ok) {
        if (!page.error.isEmpty())
            emit errorOccurred(tr("The audit table cannot be read: %1").arg(page.error));
        if (page.lookup && found)
            found(QVariant());
        return false;
    }
    m_lastStatement = page.statement;
    showPage(std::move(page.rows), page.index, page.hasNext);
    if (page.lookup && found)
        found(page.foundKey);
    return true;
}

void EntriesModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    if (loading)
        m_stopped = false;
    emit loadingChanged(loading);
    emit pageChanged(); // the pager's buttons follow canGo…()
}

void EntriesModel::cancelLoading()
{
    if (!m_loading)
        return;
    m_pageGeneration.cancel();
    m_stopped = true;
    setLoading(false);
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
    return load([size = m_pageSize](PageReader &r) { return firstOf(r, size); }, Where::Auto, Shown::Clear);
}

bool EntriesModel::firstPage()
{
    return load([size = m_pageSize](PageReader &r) { return firstOf(r, size); });
}

bool EntriesModel::nextPage()
{
    if (!canGoNext() || m_rows.isEmpty())
        return false;
    return load([size = m_pageSize, from = m_rows.last().position, index = m_pageIndex + 1](PageReader &r) {
        Page page;
        page.ok = true;
        page.rows = r.fetch(from, size + 1, true, &page.ok);
        if (page.ok && page.rows.isEmpty()) // the rows after ours vanished: start over
            return firstOf(r, size);
        trimTo(page, size);
        page.index = index;
        return page;
    });
}

bool EntriesModel::previousPage()
{
    if (!canGoPrevious() || m_rows.isEmpty())
        return false;
    return load([size = m_pageSize, from = m_rows.first().position, index = m_pageIndex - 1](PageReader &r) {
        Page page;
        page.ok = true;
        page.rows = r.fetch(from, size, false, &page.ok);
        if (page.ok && page.rows.size() < size) // rows before us vanished or the table was replaced
            return firstOf(r, size);
        page.index = index;
        page.hasNext = true;
        return page;
    });
}

bool EntriesModel::lastPage()
{
    if (m_total < 0 || m_loading)
        return false;
    if (m_total == 0)
        return firstPage();
    const qint64 pages = pageCount();
    const int lastSize = int(m_total - (pages - 1) * m_pageSize);
    return load([lastSize, index = pages - 1](PageReader &r) {
        Page page;
        page.ok = true;
        page.rows = r.fetch(std::nullopt, lastSize, false, &page.ok);
        page.index = index;
        return page;
    });
}

bool EntriesModel::goToPage(qint64 page)
{
    return goToPage(page, Where::Auto);
}

EntriesModel::Page EntriesModel::pageAt(PageReader &r, qint64 page, int size, qint64 total)
{
    bool ok = true;
    const std::optional<PagePosition> before = r.positionAtOffset(page * size - 1, &ok);
    Page out;
    if (!ok)
        return out;
    if (!before) { // past the end: the last page, once its size is known
        if (total <= 0)
            return total == 0 ? firstOf(r, size) : out;
        const qint64 lastIndex = std::max<qint64>(1, (total + size - 1) / size) - 1;
        out.ok = true;
        out.rows = r.fetch(std::nullopt, int(total - lastIndex * size), false, &out.ok);
        out.index = lastIndex;
        return out;
    }
    out.ok = true;
    out.rows = r.fetch(before, size + 1, true, &out.ok);
    trimTo(out, size);
    out.index = page;
    return out;
}

bool EntriesModel::goToPage(qint64 page, Where where)
{
    if (page <= 0)
        return load([size = m_pageSize](PageReader &r) { return firstOf(r, size); }, where);
    if (m_total >= 0)
        page = std::min(page, pageCount() - 1);
    if (where == Where::Auto && page == m_pageIndex + 1)
        return nextPage();
    if (where == Where::Auto && page == m_pageIndex - 1)
        return previousPage();
    return load([size = m_pageSize, page, total = m_total](PageReader &r) {
        return page <= 0 ? firstOf(r, size) : pageAt(r, page, size, total);
    }, where);
}

EntriesModel::Navigation EntriesModel::keyNavigation(const QVariantList &keys) const
{
    return [keys, size = m_pageSize, total = m_total](PageReader &r) {
        for (const QVariant &key : keys) {
            bool found = false;
            const qint64 offset = r.offsetOfKey(key, &found);
            if (!found)
                continue;
            const qint64 page = offset / size;
            Page out = page <= 0 ? firstOf(r, size) : pageAt(r, page, size, total);
            out.lookup = true;
            out.foundKey = key;
            return out;
        }
        Page none; // nothing to show, and nothing went wrong
        none.lookup = true;
        return none;
    };
}

bool EntriesModel::goToKey(const QVariant &key)
{
    if (rowOfKey(key) >= 0)
        return true;
    // Answered at once, on the GUI connection even under a search; a lookup waiting is dropped.
    m_keyFound = {};
    load(keyNavigation({key}), Where::GuiThread);
    return rowOfKey(key) >= 0;
}

void EntriesModel::showFirstKey(const QVariantList &keys, KeyFound done)
{
    if (!keys.isEmpty() && rowOfKey(keys.first()) >= 0) {
        done(keys.first());
        return;
    }
    m_keyFound = std::move(done);
    load(keyNavigation(keys));
}

bool EntriesModel::reloadPage()
{
    if (m_pageIndex == 0 || m_rows.isEmpty())
        return firstPage();
    return load([size = m_pageSize, from = m_rows.first().position, index = m_pageIndex](PageReader &r) {
        // The page starts just after the last row of the page before it.
        Page page;
        page.ok = true;
        const QList<PageRow> before = r.fetch(from, 1, false, &page.ok);
        if (!page.ok)
            return page;
        if (before.isEmpty())
            return firstOf(r, size);
        page.rows = r.fetch(before.first().position, size + 1, true, &page.ok);
        trimTo(page, size);
        page.index = index;
        return page;
    });
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

void EntriesModel::awaitCondition()
{
    m_countGeneration.cancel();
    m_pageGeneration.cancel();
    m_total = -1;
    if (!m_rows.isEmpty())
        showPage({}, 0, false);
    emit totalCountChanged(m_total);
    setLoading(true);
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
    load([size = m_pageSize](PageReader &r) { return firstOf(r, size); }, Where::Auto, Shown::Clear);
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
