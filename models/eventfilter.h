// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actioncategory.h"
#include "schemamapping.h"
#include "search/searchindex.h"
#include "sqlcondition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace AuditLens {

// One typed filter: the GUI, the command line, the statistics and the exports all use it.
// Fields combine with AND; values within one field combine with OR. Empty means "any".
struct EventFilter {
    QDateTime from;          // UTC, inclusive; invalid = open
    QDateTime to;            // UTC, exclusive; invalid = open
    QStringList actions;     // action names as shown (mapped through the profile's action map)
    QList<Category> categories;
    QStringList tables;
    QStringList users;
    QList<Status> statuses;
    QString ip;              // exact, or a prefix pattern with '*' (192.168.1.*)
    QString text;            // free text over summary, values, metadata, ids, user, IP, user agent
    bool flaggedOnly = false;
    QString reviewState;     // a review state of the flag store; implies flagged events

    bool isEmpty() const { return activeCount() == 0; }
    // How many fields are set (the panel's indicator): a date range counts once.
    int activeCount() const;
    // One translated line for people (the PDF report's "Filters"): the period, then each field.
    // Empty when no field is set. Implemented in filterdescription.cpp.
    QString describe() const;
    QJsonObject toJson() const;
    static EventFilter fromJson(const QJsonObject &json);
    bool operator==(const EventFilter &other) const;
    bool operator!=(const EventFilter &other) const { return !(*this == other); }
    Q_DECLARE_TR_FUNCTIONS(AuditLens::EventFilter)
};

// How a schema stores its timestamps, found by sampling values; bounds are bound in that form
// so that the index on the timestamp column serves a date range.
struct TimestampStyle {
    enum Kind { IsoText, EpochSeconds, EpochMillis, EpochReal, Typed, Unknown };
    Kind kind = Unknown;
    QChar separator = u'T';  // IsoText: 'T' or ' '
    int fractionDigits = -1; // IsoText: fixed digits when a suffix follows, -1 = variable
    QString suffix;          // IsoText: "Z", "+00:00" or none

    static TimestampStyle detect(const QVariant &sample);
};

// Supplied by the flag store: the events flagged (in the given review state, or any when empty)
// as a condition on the audit table's raw columns.
using FlagConditionProvider = std::function<SqlCondition(const QString &reviewState)>;

// Compiles EventFilter to SQL against the raw columns of one open schema. prepare() samples the
// stored timestamp form and reads the distinct action and status values, which map categories
// and canonical statuses to the raw values that an index can seek to. Copyable: a worker thread
// takes a prepared copy.
class FilterCompiler
{
public:
    explicit FilterCompiler(const SchemaMapping &mapping = {});

    bool prepare(const QSqlDatabase &db, QString *error = nullptr);
    void setKnownActions(const QStringList &rawActions) { m_knownActions = rawActions; }
    void setKnownStatuses(const QStringList &rawStatuses) { m_knownStatuses = rawStatuses; }
    void setTimestampStyle(const TimestampStyle &style) { m_style = style; }
    void setFlagConditionProvider(FlagConditionProvider provider) { m_flags = std::move(provider); }
    // Once the local search index is built (and attached to the connections that run the
    // compiled SQL), text of three characters or more is found through it.
    void setSearchIndex(const SearchIndexState &state) { m_searchIndex = state; }
    const SearchIndexState &searchIndex() const { return m_searchIndex; }

    const SchemaMapping &mapping() const { return m_mapping; }
    const TimestampStyle &timestampStyle() const { return m_style; }
    const QStringList &knownActions() const { return m_knownActions; }

    SqlCondition compile(const EventFilter &filter) const;
    // The bound value for one instant in the column's own form (exposed for tests).
    QVariant timestampBound(qint64 utcMsecs) const;
    // The raw action values a category covers (from the known actions).
    QStringList rawActionsOf(Category category) const;

private:
    SqlCondition dateRange(const EventFilter &filter) const;
    SqlCondition inList(Field field, const QStringList &values) const;
    SqlCondition equalsAny(const QString &column, const QStringList &values) const;
    SqlCondition actionCondition(const EventFilter &filter) const;
    SqlCondition categoryCondition(const EventFilter &filter) const;
    SqlCondition userCondition(const QStringList &users) const;
    SqlCondition statusByText(const QList<Status> &statuses) const;
    SqlCondition statusCondition(const QList<Status> &statuses) const;
    SqlCondition ipCondition(const QString &ip) const;
    SqlCondition textCondition(const QString &text) const;
    SqlCondition indexedText(const QString &text) const;
    SqlCondition flagCondition(const EventFilter &filter) const;
    QString likeOperator() const;
    QString textOf(const QString &column) const;
    bool isIntegerColumn(const QString &column) const;
    QString mappedAction(const QString &raw) const;

    SchemaMapping m_mapping;
    TimestampStyle m_style;
    QStringList m_knownActions;
    QStringList m_knownStatuses;
    bool m_statusesKnown = true;        // prepare() read the raw statuses (an index made it cheap)
    bool m_firstActorAlwaysSet = false; // found by prepare(): the first actor column is never empty
    FlagConditionProvider m_flags;
    SearchIndexState m_searchIndex;
};

// The columns the free-text search matches: summary, values, metadata, ids, user, IP, user agent.
QStringList searchableColumns(const SchemaMapping &mapping);

// "%text%" with \ % _ escaped, for LIKE … ESCAPE '\'.
QString likeContainsPattern(const QString &text);

// The distinct values of a field's first column (actions, tables, users for the panel), at most
// limit of them, sorted. On SQLite an index that starts with the column is walked value by
// value, so a 10-million-row table answers in milliseconds.
QStringList distinctValues(const QSqlDatabase &db, const SchemaMapping &mapping, Field field, int limit = 5000);

// True when an SQLite index of the table starts with the column: then its distinct values can be
// walked by seeks, and rows read in its order without sorting the table.
bool sqliteIndexLeads(const QSqlDatabase &db, const QString &table, const QString &column);

// The filter options of DESIGN.md's command line: --from --to --action --table --user --status
// --ip --search --flagged-only.
namespace FilterOptions {
void addTo(QCommandLineParser &parser);
// Fills *filter from the parsed options; on a bad value returns false and sets *error to one line.
bool parse(const QCommandLineParser &parser, EventFilter *filter, QString *error);
// An ISO-8601 date or date-time as UTC; a date alone starts that day. *dateOnly tells which.
bool parseInstant(const QString &text, QDateTime *utc, bool *dateOnly);
} // namespace FilterOptions

} // namespace AuditLens
