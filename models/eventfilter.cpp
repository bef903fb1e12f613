// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilter.h"

#include "logging.h"
#include "timestampparser.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace AuditLens {
namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            out << item.toString();
    }
    return out;
}

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

// The raw status words normalizeStatus() recognises (actioncategory.cpp), in the case forms
// stored in practice; tst_eventfilter checks that each normalizes to its status.
QStringList statusCandidates(Status status)
{
    QStringList out;
    for (const QString &w : Actions::statusSpellings(status)) {
        out << w;
        if (w.at(0).isLetter())
            out << w.toUpper() << w.at(0).toUpper() + w.mid(1);
    }
    return out;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList variants(const QStringList &list)
{
    QVariantList out;
    for (const QString &s : list)
        out << s;
    return out;
}

const SqlCondition kMatchNothing{QStringLiteral("1 = 0"), {}};

} // namespace

// ---- EventFilter -----------------------------------------------------------------------------

int EventFilter::activeCount() const
{
    return int(from.isValid() || to.isValid()) + int(!actions.isEmpty()) + int(!categories.isEmpty())
        + int(!tables.isEmpty()) + int(!users.isEmpty()) + int(!statuses.isEmpty()) + int(!ip.isEmpty())
        + int(!text.isEmpty()) + int(flaggedOnly || !reviewState.isEmpty());
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject o;
    if (from.isValid())
        o.insert(QStringLiteral("from"), isoUtc(from));
    if (to.isValid())
        o.insert(QStringLiteral("to"), isoUtc(to));
    if (!actions.isEmpty())
        o.insert(QStringLiteral("actions"), toArray(actions));
    if (!categories.isEmpty()) {
        QStringList names;
        for (Category c : categories)
            names << Actions::categoryName(c);
        o.insert(QStringLiteral("categories"), toArray(names));
    }
    if (!tables.isEmpty())
        o.insert(QStringLiteral("tables"), toArray(tables));
    if (!users.isEmpty())
        o.insert(QStringLiteral("users"), toArray(users));
    if (!statuses.isEmpty()) {
        QStringList names;
        for (Status s : statuses)
            names << Actions::statusName(s);
        o.insert(QStringLiteral("statuses"), toArray(names));
    }
    if (!ip.isEmpty())
        o.insert(QStringLiteral("ip"), ip);
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (flaggedOnly)
        o.insert(QStringLiteral("flaggedOnly"), true);
    if (!reviewState.isEmpty())
        o.insert(QStringLiteral("reviewState"), reviewState);
    return o;
}

EventFilter EventFilter::fromJson(const QJsonObject &o)
{
    // Saved views outlive versions: unknown names are dropped, never guessed.
    EventFilter f;
    f.from = fromIso(o.value(QStringLiteral("from")));
    f.to = fromIso(o.value(QStringLiteral("to")));
    f.actions = stringList(o.value(QStringLiteral("actions")));
    for (const QString &name : stringList(o.value(QStringLiteral("categories")))) {
        bool ok = false;
        const Category c = Actions::categoryFromName(name, &ok);
        if (ok && !f.categories.contains(c))
            f.categories << c;
    }
    f.tables = stringList(o.value(QStringLiteral("tables")));
    f.users = stringList(o.value(QStringLiteral("users")));
    for (const QString &name : stringList(o.value(QStringLiteral("statuses")))) {
        for (Status s : {Status::Success, Status::Failure, Status::Error, Status::Unknown}) {
            if (name.compare(Actions::statusName(s), Qt::CaseInsensitive) == 0 && !f.statuses.contains(s))
                f.statuses << s;
        }
    }
    f.ip = o.value(QStringLiteral("ip")).toString();
    f.text = o.value(QStringLiteral("text")).toString();
    f.flaggedOnly = o.value(QStringLiteral("flaggedOnly")).toBool();
    f.reviewState = o.value(QStringLiteral("reviewState")).toString();
    return f;
}

bool EventFilter::operator==(const EventFilter &o) const
{
    return from == o.from && to == o.to && actions == o.actions && categories == o.categories && tables == o.tables
        && users == o.users && statuses == o.statuses && ip == o.ip && text == o.text && flaggedOnly == o.flaggedOnly
        && reviewState == o.reviewState;
}

// ---- TimestampStyle ------------------------------------------------------------------------

TimestampStyle TimestampStyle::detect(const QVariant &sample)
{
    TimestampStyle s;
    const int type = sample.typeId();
    if (type == QMetaType::QDateTime || type == QMetaType::QDate) {
        s.kind = Typed;
        return s;
    }
    if (type == QMetaType::Double) {
        s.kind = EpochReal;
        return s;
    }
    if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong
        || type == QMetaType::UInt) {
        // Seconds reach 1e11 only in the year 5138; milliseconds pass it in 1973.
        s.kind = std::llabs(sample.toLongLong()) >= 100000000000LL ? EpochMillis : EpochSeconds;
        return s;
    }
    static const QRegularExpression iso(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}([T ])\d{2}:\d{2}:\d{2}(?:\.(\d{1,9}))?(Z|[+-]00:?00)?$)"));
    const QRegularExpressionMatch m = iso.match(sample.toString());
    if (!m.hasMatch())
        return s; // offsets other than UTC or free forms: compared as parsed instants instead
    s.kind = IsoText;
    s.separator = m.captured(1).at(0);
    s.suffix = m.captured(3);
    // A suffix after the fraction breaks text order unless every value has the same digits
    // (".12Z" > ".120Z"); without a suffix, bounds drop trailing zeros and order stays right.
    s.fractionDigits = s.suffix.isEmpty() ? -1 : int(m.capturedLength(2));
    return s;
}

// ---- FilterCompiler --------------------------------------------------------------------------

FilterCompiler::FilterCompiler(const SchemaMapping &mapping)
    : m_mapping(mapping)
{
    if (mapping.timestampIsTyped)
        m_style.kind = TimestampStyle::Typed;
}

bool FilterCompiler::prepare(const QSqlDatabase &db, QString *error)
{
    if (!m_mapping.isValid())
        return true;
    if (!m_mapping.timestampIsTyped) {
        // Sample the newest and oldest rows: both must agree, or the bounds cannot be text.
        const QString ts = quoteIdentifier(m_mapping.column(Field::Timestamp));
        const QString key = m_mapping.keyColumn == QLatin1String("rowid") ? m_mapping.keyColumn
                                                                            : quoteIdentifier(m_mapping.keyColumn);
        TimestampStyle styles[2];
        int i = 0;
        for (const QString &dir : {QStringLiteral("DESC"), QStringLiteral("ASC")}) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY %3 %4 LIMIT 1")
                            .arg(ts, quoteTable(m_mapping.table), key, dir))) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
            if (q.next())
                styles[i] = TimestampStyle::detect(q.value(0));
            ++i;
        }
        const bool same = styles[0].kind == styles[1].kind && styles[0].separator == styles[1].separator
            && styles[0].suffix == styles[1].suffix && styles[0].fractionDigits == styles[1].fractionDigits;
        m_style = same ? styles[0] : TimestampStyle{};
    }
    m_knownActions = distinctValues(db, m_mapping, Field::Action);
    // The raw statuses present are read only when an index makes that a few seeks; without
    // one it is a scan of the whole table (seconds at ten million rows, on the GUI thread), and
    // the status filter instead compares the normalised text with every spelling it knows.
    m_statusesKnown = !m_mapping.has(Field::Status)
        || (m_mapping.kind == DatabaseKind::SQLite
            && sqliteIndexLeads(db, m_mapping.table, m_mapping.column(Field::Status)));
    m_knownStatuses = m_statusesKnown && m_mapping.has(Field::Status) ? distinctValues(db, m_mapping, Field::Status)
                                                                      : QStringList();
    const QStringList actors = m_mapping.columnsOf(Field::Actor);
    m_firstActorAlwaysSet = false;
    if (actors.size() > 1) {
        // When every row names its user in the first column (one index seek tells), the user
        // filter is that column alone, and its index gives the rows already in time order.
        QSqlQuery q(db);
        m_firstActorAlwaysSet = q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE %2 IS NULL OR %3 = '' LIMIT 1")
                                           .arg(quoteTable(m_mapping.table), quoteIdentifier(actors.first()),
                                                textOf(actors.first())))
            && !q.next();
    }
    return true;
}

QVariant FilterCompiler::timestampBound(qint64 ms) const
{
    const qint64 naive = ms + qint64(m_mapping.naiveOffsetSeconds) * 1000;
    switch (m_style.kind) {
    case TimestampStyle::Typed:
        return Timestamps::toUtc(ms);
    case TimestampStyle::EpochSeconds:
        // s * 1000 >= ms  <=>  s >= ceil(ms / 1000); the same holds for "<".
        return qint64(std::ceil(double(ms) / 1000.0));
    case TimestampStyle::EpochMillis:
        return ms;
    case TimestampStyle::EpochReal:
        return double(ms) / 1000.0;
    case TimestampStyle::IsoText: {
        const QDateTime dt = Timestamps::toUtc(naive);
        QString text = dt.toString(QStringLiteral("yyyy-MM-dd")) + m_style.separator
            + dt.toString(QStringLiteral("HH:mm:ss"));
        QString fraction = QStringLiteral("%1").arg(dt.time().msec(), 3, 10, QLatin1Char('0'));
        if (m_style.fractionDigits >= 0) {
            fraction = QString(fraction + QString(9, u'0')).left(m_style.fractionDigits);
        } else {
            while (fraction.endsWith(u'0'))
                fraction.chop(1);
        }
        if (!fraction.isEmpty())
            text += u'.' + fraction;
        return QString(text + m_style.suffix);
    }
    case TimestampStyle::Unknown:
        break;
    }
    return Timestamps::toIsoUtc(ms);
}

SqlCondition FilterCompiler::dateRange(const EventFilter &f) const
{
    const QString c = quoteIdentifier(m_mapping.column(Field::Timestamp));
    SqlCondition out;
    for (int i = 0; i < 2; ++i) {
        const QDateTime &bound = i == 0 ? f.from : f.to;
        if (!bound.isValid())
            continue;
        const QString op = i == 0 ? QStringLiteral(">=") : QStringLiteral("<");
        const qint64 ms = bound.toMSecsSinceEpoch();
        if (m_style.kind != TimestampStyle::Unknown) {
            out = out && SqlCondition{QStringLiteral("%1 %2 ?").arg(c, op), {timestampBound(ms)}};
        } else if (m_mapping.kind == DatabaseKind::SQLite) {
            // Mixed or offset forms cannot be compared as text; julianday() reads them all.
            // Correct, though no index serves it.
            out = out && SqlCondition{QStringLiteral("julianday(%1) %2 julianday(?)").arg(c, op),
                                      {Timestamps::toIsoUtc(ms)}};
        } else {
            out = out && SqlCondition{QStringLiteral("CAST(%1 AS timestamptz) %2 CAST(? AS timestamptz)").arg(c, op),
                                      {Timestamps::toIsoUtc(ms)}};
        }
    }
    return out;
}

SqlCondition FilterCompiler::inList(Field field, const QStringList &values) const
{
    if (values.isEmpty())
        return {};
    if (!m_mapping.has(field))
        return kMatchNothing; // the schema has no such column: nothing can match
    return equalsAny(m_mapping.column(field), values);
}

SqlCondition FilterCompiler::equalsAny(const QString &column, const QStringList &values) const
{
    QVariantList bound = variants(values);
    QString c = textOf(column);
    if (isIntegerColumn(column)) {
        // Bound as numbers, the column's own index serves the comparison. Text that is not an
        // integer's own spelling ("alice", "042") is not how the column reads, so it matches nothing.
        bound.clear();
        for (const QString &v : values) {
            bool ok = false;
            const qlonglong n = v.toLongLong(&ok);
            if (ok && QString::number(n) == v)
                bound << n;
        }
        if (bound.isEmpty())
            return kMatchNothing;
        c = quoteIdentifier(column);
    }
    if (bound.size() == 1)
        return {QStringLiteral("%1 = ?").arg(c), bound};
    return {QStringLiteral("%1 IN (%2)").arg(c, placeholders(bound.size())), bound};
}

QString FilterCompiler::mappedAction(const QString &raw) const
{
    const QString mapped = m_mapping.actionMap.value(raw.trimmed());
    return mapped.isEmpty() ? raw : mapped;
}

SqlCondition FilterCompiler::actionCondition(const EventFilter &f) const
{
    if (f.actions.isEmpty())
        return {};
    // Names are matched as shown, case-insensitively, then bound as the raw values stored so
    // that the index on the action column seeks to them.
    QStringList raw;
    for (const QString &wanted : f.actions) {
        bool found = false;
        for (const QString &known : m_knownActions) {
            if (mappedAction(known).compare(wanted, Qt::CaseInsensitive) == 0
                || known.compare(wanted, Qt::CaseInsensitive) == 0) {
                raw << known;
                found = true;
            }
        }
        if (!found)
            raw << wanted;
    }
    raw.removeDuplicates();
    return inList(Field::Action, raw);
}

QStringList FilterCompiler::rawActionsOf(Category category) const
{
    QStringList out;
    for (const QString &known : m_knownActions) {
        if (Actions::categorize(mappedAction(known)) == category)
            out << known;
    }
    return out;
}

SqlCondition FilterCompiler::categoryCondition(const EventFilter &f) const
{
    if (f.categories.isEmpty())
        return {};
    QStringList raw;
    for (Category c : f.categories)
        raw += rawActionsOf(c);
    // No known action in these categories: nothing in the table can be in them.
    return raw.isEmpty() ? kMatchNothing : inList(Field::Action, raw);
}

SqlCondition FilterCompiler::userCondition(const QStringList &users) const
{
    if (users.isEmpty())
        return {};
    const QStringList cols = m_mapping.columnsOf(Field::Actor);
    if (cols.isEmpty())
        return kMatchNothing;
    SqlCondition out = inList(Field::Actor, users);
    if (cols.size() < 2 || m_firstActorAlwaysSet)
        return out;
    // The reader shows the first non-empty actor column. Each OR term is written so that an
    // index on the first column serves it, and SQLite answers the whole as a union of seeks.
    const QString first = quoteIdentifier(cols.first());
    const QString firstText = textOf(cols.first());
    const SqlCondition second = equalsAny(cols.at(1), users);
    out.sql = QStringLiteral("(%1) OR (%2 IS NULL AND (%3)) OR (%4 = '' AND (%3))")
                  .arg(out.sql, first, second.sql, firstText);
    out.values += second.values + second.values;
    return out;
}

SqlCondition FilterCompiler::statusByText(const QList<Status> &statuses) const
{
    // lower(trim(status)) against every spelling normalizeStatus() reads: exact, index-free.
    const QString c = textOf(m_mapping.column(Field::Status));
    const QString normalised = QStringLiteral("lower(trim(%1))").arg(c);
    QStringList spellings;
    for (Status s : statuses)
        spellings += Actions::statusSpellings(s);
    QStringList parts;
    SqlCondition out;
    if (!spellings.isEmpty()) {
        parts << QStringLiteral("%1 IN (%2)").arg(normalised, placeholders(spellings.size()));
        out.values += variants(spellings);
    }
    if (statuses.contains(Status::Unknown)) {
        QStringList all;
        for (Status s : {Status::Success, Status::Failure, Status::Error})
            all += Actions::statusSpellings(s);
        parts << QStringLiteral("%1 IS NULL OR %2 NOT IN (%3)").arg(c, normalised, placeholders(all.size()));
        out.values += variants(all);
    }
    out.sql = parts.join(QStringLiteral(" OR "));
    return out;
}

SqlCondition FilterCompiler::statusCondition(const QList<Status> &statuses) const
{
    if (statuses.isEmpty())
        return {};
    if (!m_mapping.has(Field::Status))
        return statuses.contains(Status::Unknown) ? SqlCondition{} : kMatchNothing;
    if (!m_statusesKnown)
        return statusByText(statuses);
    QStringList raw;
    bool unknown = false;
    for (Status s : statuses) {
        if (s == Status::Unknown) {
            unknown = true;
            continue;
        }
        raw += statusCandidates(s);
        for (const QString &known : m_knownStatuses) {
            if (Actions::normalizeStatus(known) == s)
                raw << known;
        }
    }
    if (unknown) {
        for (const QString &known : m_knownStatuses) {
            if (Actions::normalizeStatus(known) == Status::Unknown)
                raw << known;
        }
    }
    raw.removeDuplicates();
    const QString column = m_mapping.column(Field::Status);
    SqlCondition out = raw.isEmpty() ? kMatchNothing : equalsAny(column, raw);
    if (unknown)
        out.sql = QStringLiteral("(%1) OR %2 IS NULL").arg(out.sql, quoteIdentifier(column));
    return out;
}

QString FilterCompiler::likeOperator() const
{
    // PostgreSQL's LIKE is case-sensitive; SQLite's ignores ASCII case already.
    return m_mapping.kind == DatabaseKind::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString FilterCompiler::textOf(const QString &column) const
{
    // The column as the text the reader shows, for comparing with what the owner typed.
    // PostgreSQL has no implicit cast from integer, uuid or jsonb columns to text; text columns
    // stay bare so that their index serves "=". An inet's text form carries "/32"; host() is the
    // address alone, as shown.
    const QString quoted = quoteIdentifier(column);
    if (m_mapping.kind != DatabaseKind::PostgreSQL)
        return quoted;
    const QString type = m_mapping.columnType(column);
    if (type == QLatin1String("text") || type == QLatin1String("character varying"))
        return quoted;
    if (type == QLatin1String("inet"))
        return QStringLiteral("host(%1)").arg(quoted);
    return QStringLiteral("CAST(%1 AS TEXT)").arg(quoted);
}

bool FilterCompiler::isIntegerColumn(const QString &column) const
{
    const QString type = m_mapping.columnType(column);
    return m_mapping.kind == DatabaseKind::PostgreSQL
        && (type == QLatin1String("integer") || type == QLatin1String("bigint") || type == QLatin1String("smallint"));
}

SqlCondition FilterCompiler::ipCondition(const QString &ip) const
{
    if (ip.isEmpty())
        return {};
    if (!m_mapping.has(Field::Ip))
        return kMatchNothing;
    const QString c = textOf(m_mapping.column(Field::Ip));
    if (!ip.contains(u'*'))
        return {QStringLiteral("%1 = ?").arg(c), {ip}};
    QString pattern = likeContainsPattern(ip).mid(1);
    pattern.chop(1);
    pattern.replace(u'*', u'%');
    return {QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(c, likeOperator()), {pattern}, true};
}

QStringList searchableColumns(const SchemaMapping &mapping)
{
    QStringList columns;
    for (Field f : {Field::Summary, Field::OldValues, Field::NewValues, Field::Changes, Field::FieldChanged,
                    Field::Metadata, Field::Id, Field::EntityId, Field::Actor, Field::Ip, Field::UserAgent}) {
        for (const QString &c : mapping.columnsOf(f)) {
            if (!columns.contains(c))
                columns << c;
        }
    }
    return columns;
}

SqlCondition FilterCompiler::textCondition(const QString &text) const
{
    if (text.isEmpty())
        return {};
    const QStringList columns = searchableColumns(m_mapping);
    if (columns.isEmpty())
        return kMatchNothing;
    // The owner's text is only ever a bound value; ESCAPE makes % _ \ match themselves.
    const QString pattern = likeContainsPattern(text);
    QStringList terms;
    QVariantList values;
    for (const QString &c : std::as_const(columns)) {
        terms << QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(textOf(c), likeOperator());
        values << pattern;
    }
    const SqlCondition scan{terms.join(QStringLiteral(" OR ")), values, true};
    return indexedText(text) && scan;
}

SqlCondition FilterCompiler::indexedText(const QString &text) const
{
    // The trigram tokenizer needs three characters; shorter text, PostgreSQL and an index still
    // being built leave the scan alone. The index's candidates (it also folds non-ASCII case and
    // may match across two fields) are then checked by the exact LIKE above, so both give the
    // same rows; rows appended after the index was built come in by rowid.
    if (!m_searchIndex.ready || m_mapping.kind != DatabaseKind::SQLite || text.toUcs4().size() < 3)
        return {};
    if (m_searchIndex.commonLimit > 0) {
        const qint64 n = SearchIndex::candidateCount(m_searchIndex.indexPath, text, m_searchIndex.commonLimit);
        if (n < 0 || n >= m_searchIndex.commonLimit)
            return {};
    }
    return {QStringLiteral("rowid IN (SELECT rowid FROM %1.%2 WHERE %2 MATCH ? UNION ALL SELECT rowid FROM %3 "
                           "WHERE rowid > ?)")
                .arg(QLatin1String(SearchIndex::kAlias), QLatin1String(SearchIndex::kTable),
                     quoteTable(m_mapping.table)),
            {SearchIndex::phrase(text), m_searchIndex.coveredKey}};
}

SqlCondition FilterCompiler::flagCondition(const EventFilter &f) const
{
    if (!f.flaggedOnly && f.reviewState.isEmpty())
        return {};
    // Flags live in the local store, not in the audit table. Until the flag store supplies
    // its condition no event is known to be flagged, so "flagged only" matches nothing rather
    // than silently showing every event.
    if (!m_flags)
        return kMatchNothing;
    const SqlCondition c = m_flags(f.reviewState);
    return c.isEmpty() ? kMatchNothing : c;
}

SqlCondition FilterCompiler::compile(const EventFilter &f) const
{
    SqlCondition out = dateRange(f);
    for (const SqlCondition &part :
         {actionCondition(f), categoryCondition(f), inList(Field::Entity, f.tables), userCondition(f.users),
          statusCondition(f.statuses), ipCondition(f.ip), textCondition(f.text), flagCondition(f)}) {
        out = out && part;
    }
    return out;
}

QString likeContainsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace AuditLens

namespace AuditLens {

bool sqliteIndexLeads(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery list(db);
    if (!list.exec(QStringLiteral("PRAGMA index_list(%1)").arg(quoteTable(table))))
        return false;
    QStringList indexes;
    while (list.next())
        indexes << list.value(1).toString();
    for (const QString &index : std::as_const(indexes)) {
        QSqlQuery info(db);
        if (info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(quoteIdentifier(index))) && info.next()
            && info.value(0).toInt() == 0 && info.value(2).toString().compare(column, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList distinctValues(const QSqlDatabase &db, const SchemaMapping &mapping, Field field, int limit)
{
    QStringList out;
    if (!mapping.has(field))
        return out;
    const QString column = mapping.column(field);
    const QString c = quoteIdentifier(column);
    const QString table = quoteTable(mapping.table);
    QString sql;
    if (mapping.kind == DatabaseKind::SQLite && sqliteIndexLeads(db, mapping.table, column)) {
        // SQLite has no skip-scan for DISTINCT: a plain SELECT DISTINCT reads the whole index
        // (seconds at 10 million rows). This loose index scan seeks once per distinct value.
        sql = QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM %2 UNION ALL "
                             "SELECT (SELECT min(%1) FROM %2 WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL) "
                             "SELECT x FROM v WHERE x IS NOT NULL LIMIT %3")
                  .arg(c, table)
                  .arg(limit);
    } else {
        sql = QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL LIMIT %3").arg(c, table).arg(limit);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        qCWarning(lcModels) << "distinct values of" << column << "failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        const QString v = q.value(0).toString();
        if (!v.trimmed().isEmpty())
            out << v;
    }
    out.removeDuplicates();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace AuditLens
