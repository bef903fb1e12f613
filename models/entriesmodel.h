// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "auditevent.h"
#include "eventreader.h"
#include "pagereader.h"
#include "querycanceller.h"
#include "sqlcondition.h"

#include <QFutureWatcher>
#include <QSqlTableModel>

#include <functional>
#include <optional>

namespace AuditLens {

// The entries table: one page of events, newest first, read-only. It holds only the page
// shown; pages are found by keyset on (sort column, row key) with bound values, never by
// OFFSET and never by QSqlTableModel::select() of the whole table (which fetches 256 rows at
// a time and would hold every row it walked past). The total is counted on a worker thread.
// Under a condition that may read every row (a text search) pages are read on a worker too,
// with their own connection, cancelled and dropped when a newer request supersedes them.
class EntriesModel : public QSqlTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, TableColumn, RecordColumn, SummaryColumn,
                  IpColumn, StatusColumn, FlagColumn, ColumnCount };
    Q_ENUM(Column)

    using FlagProvider = std::function<QHash<QString, FlagMarks>(const QVariantList &keys)>;

    // The database must outlive the model.
    explicit EntriesModel(AuditDatabase *database, QObject *parent = nullptr);
    ~EntriesModel() override;

    // QSqlTableModel: select() loads the first page of the current condition and order.
    bool select() override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setCondition(const SqlCondition &condition);
    // The next condition is being prepared elsewhere (compiled on a worker): until setCondition()
    // brings it, no rows are shown, the pager waits and answers for the last condition are dropped.
    void awaitCondition();
    SqlCondition condition() const { return m_condition; }
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    void setFlagProvider(FlagProvider provider);
    void setTimeInUtc(bool utc);

    bool firstPage();
    bool nextPage();
    bool previousPage();
    bool lastPage();
    bool goToPage(qint64 page);
    // Shows the page that holds the row with this key under the current condition and order;
    // false when no such row passes the condition. Read on the GUI connection, at once.
    bool goToKey(const QVariant &key);
    // Shows the page of the first of these keys (in the order given) whose row passes the
    // condition, then calls done with that key, or with none when no row passes. Under a
    // condition whose pages are read on a worker, so is this, and done comes later; a newer
    // request drops it without a call.
    using KeyFound = std::function<void(const QVariant &key)>;
    void showFirstKey(const QVariantList &keys, KeyFound done);
    // Reads the current page again from its first row (the database may have grown).
    bool reloadPage();
    // Counts the rows again (the database grew) without touching the page shown.
    void refreshCount() { startCount(); }
    void refreshFlags();
    // True while a page is read on a worker; the pager's buttons wait for it.
    bool isLoading() const { return m_loading; }
    // True when the page shown is not the answer: its reading was stopped by cancelLoading().
    bool wasStopped() const { return m_stopped; }
    // Stops the page being read on a worker; the page shown stays.
    void cancelLoading();

    qint64 pageIndex() const { return m_pageIndex; }
    qint64 totalCount() const { return m_total; }        // -1 while counting
    qint64 pageCount() const;                           // -1 while counting
    bool canGoNext() const { return !m_loading && m_hasNext; }
    bool canGoPrevious() const { return !m_loading && m_pageIndex > 0; }
    bool canGoLast() const { return !m_loading && m_total >= 0 && m_pageIndex + 1 < pageCount(); }
    Column sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The last page query run, with its bound values: for the benchmark's sqlite3 floor.
    SqlCondition lastStatement() const { return m_lastStatement; }

    AuditEvent eventAt(int row) const;
    int rowOfKey(const QVariant &key) const;
    const EventReader &reader() const { return m_reader; }
    AuditDatabase *auditDatabase() const { return m_database; }
    // The SQL column a view column sorts by; empty when the schema lacks it.
    QString sortSql(int column) const;

signals:
    void pageChanged();
    void totalCountChanged(qint64 total);
    void errorOccurred(const QString &message);
    void loadingChanged(bool loading);

private:
    // One page to show, read by a navigation on some connection.
    struct Page {
        QList<PageRow> rows;
        qint64 index = 0;
        bool hasNext = false;
        bool ok = false;
        QString error; // empty when nothing is to be shown and nothing went wrong
        SqlCondition statement;
        bool lookup = false; // the answer to showFirstKey(): foundKey, or none
        QVariant foundKey;
    };
    using Navigation = std::function<Page(PageReader &)>;
    enum class Where { Auto, GuiThread };
    enum class Shown { Keep, Clear };

    PageReader pageReader() const;
    bool readsOnWorker();
    bool load(const Navigation &navigation, Where where = Where::Auto, Shown shown = Shown::Keep);
    bool goToPage(qint64 page, Where where);
    void loadOnWorker(const Navigation &navigation);
    bool apply(Page page);
    bool showPage(QList<PageRow> rows, qint64 pageIndex, bool hasNext);
    void setLoading(bool loading);
    void startCount();
    QString displayTime(const AuditEvent &event) const;
    static Page firstOf(PageReader &reader, int size);
    static Page pageAt(PageReader &reader, qint64 page, int size, qint64 total);
    Navigation keyNavigation(const QVariantList &keys) const;
    static void trimTo(Page &page, int size);

    AuditDatabase *m_database;
    EventReader m_reader;
    SqlCondition m_condition;
    QList<PageRow> m_rows;
    int m_pageSize = 50;
    qint64 m_pageIndex = 0;
    bool m_hasNext = false;
    qint64 m_total = -1;
    QueryGeneration m_countGeneration;
    QFutureWatcher<qint64> *m_countWatcher = nullptr;
    QueryGeneration m_pageGeneration;
    QFutureWatcher<Page> *m_pageWatcher = nullptr;
    bool m_loading = false;
    bool m_stopped = false;
    KeyFound m_keyFound; // the showFirstKey() still waiting for its page
    QHash<int, bool> m_sortIndexed; // by view column: whether a page in its order is quick to read
    Column m_sortColumn = TimeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    FlagProvider m_flagProvider;
    SqlCondition m_lastStatement;
    // Page statements prepared once and run again with new bound values: a page turn repeats
    // the same few statements, and preparing one costs as much as running it.
    PageReader::StatementCache m_statements;
    bool m_timeInUtc = false;
};

} // namespace AuditLens
