// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagrunner.h"

#include "flagsource.h"
#include "logging.h"
#include "resumecheck.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace AuditLens::Flags {
namespace {

constexpr qint64 kReportEvery = 16384;

} // namespace

FlagRunner::FlagRunner(AuditDatabase &database, const RuleSettings &settings)
    : m_database(database)
    , m_settings(settings)
    , m_applicable(applicableRules(database.mapping()))
{
}

QString FlagRunner::fingerprint() const
{
    QStringList ids;
    for (RuleId r : m_applicable)
        ids << ruleIdName(r);
    return m_settings.fingerprint() + u'/' + ids.join(u',');
}

QString FlagRunner::fullScanSql() const
{
    return FlagSource(m_database.mapping()).selectSql(false);
}

qint64 FlagRunner::countRows(const QString &sql, const QVariantList &values, bool *ok)
{
    QSqlQuery q(m_database.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    *ok = q.exec() && q.next();
    return *ok ? q.value(0).toLongLong() : -1;
}

// Resumes from the stored state when it is safe: same settings and schema, and the rows up to
// the last position are the ones read then (ResumeCheck). *rowsAfter: what is left to read.
bool FlagRunner::prepareIncremental(FlagEngine &engine, RunState *state, RunResult *result, qint64 *rowsAfter)
{
    const std::optional<RunState> saved = m_store ? m_store->runState(m_database.location().identity()) : std::nullopt;
    if (!saved || saved->fingerprint != fingerprint() || !engine.restoreState(saved->engineState))
        return false;
    if (saved->rowsRead == 0)
        return false;
    const FlagSource source(m_database.mapping());
    ResumeCheck check(m_database.database(), source);
    if (!check.unchanged(*saved)) {
        qCInfo(lcModels) << "flags: flagging from scratch:" << check.reason();
        engine.reset();
        return false;
    }
    *state = *saved;
    *rowsAfter = check.rowsAfter();
    result->ranFull = false;
    return true;
}

RunResult FlagRunner::run(RunMode mode)
{
    RunResult result;
    for (RuleId r : allRules()) {
        if (!m_applicable.contains(r))
            result.notApplicable << r;
    }
    FlagEngine engine(m_settings);
    engine.restrictTo(m_applicable);
    RunState state;
    state.fingerprint = fingerprint();
    result.ranFull = true;
    // The checks and the scan read one snapshot: a row back-filled between them would be missed.
    const ReadSnapshot snapshot(m_database.database());
    qint64 rowsAfter = -1;
    const bool resume = mode == RunMode::Incremental && prepareIncremental(engine, &state, &result, &rowsAfter);
    const QString identity = m_database.location().identity();
    if (m_store && !m_store->beginWrite()) {
        result.error = tr("Cannot write to the flag store.");
        return result;
    }
    // A full run replaces every earlier flag of this database; reviews are kept.
    if (m_store && !resume && !m_store->clearFlags(identity)) {
        m_store->rollbackWrite();
        result.error = tr("Cannot write to the flag store.");
        return result;
    }
    if (!scan(engine, &state, resume, rowsAfter, &result)) {
        if (m_store)
            m_store->rollbackWrite();
        return result;
    }
    state.engineState = engine.saveState();
    if (m_store && (!m_store->saveRunState(identity, state) || !m_store->commitWrite())) {
        m_store->rollbackWrite();
        result.error = tr("Cannot write to the flag store.");
        return result;
    }
    result.ok = true;
    return result;
}

bool FlagRunner::scan(FlagEngine &engine, RunState *state, bool after, qint64 rowsAfter, RunResult *result)
{
    FlagSource source(m_database.mapping());
    source.setChangeWords(m_settings.monetaryWords);
    qint64 total = after ? rowsAfter : -1;
    if (m_progress && !after) {
        bool ok = false;
        total = countRows(source.countAllSql(), {}, &ok);
    }
    const QVariantList position = after ? FlagSource::positionValues(state->lastRawTimestamp, state->lastKey)
                                        : QVariantList();
    // SQLite's own API where it can be had; the Qt driver otherwise (PostgreSQL).
    SqliteCursor sqlite(source, m_database.database());
    if (sqlite.isValid()) {
        if (!sqlite.exec(after, position)) {
            result->error = tr("Cannot read the audit table: %1").arg(sqlite.error());
            return false;
        }
        return scanRows(sqlite, engine, state, result, total);
    }
    QtCursor cursor(source, m_database.database());
    if (!cursor.exec(after, position)) {
        result->error = tr("Cannot read the audit table: %1").arg(cursor.error());
        return false;
    }
    return scanRows(cursor, engine, state, result, total);
}

template<typename Cursor>
bool FlagRunner::scanRows(Cursor &cursor, FlagEngine &engine, RunState *state, RunResult *result, qint64 total)
{
    const QString identity = m_database.location().identity();
    const bool wantChanges = engine.isActive(RuleId::LargeValueChange);
    // The largest rowid read, for ResumeCheck's look for back-filled rows (SQLite rowids only).
    const bool trackMaxKey = m_database.mapping().keyColumn == QLatin1String("rowid");
    qint64 maxKey = state->maxKey.isNull() ? std::numeric_limits<qint64>::min() : state->maxKey.toLongLong();
    bool any = false;
    while (cursor.next()) {
        AuditEvent e = cursor.read(wantChanges);
        any = true;
        const FlagMatch match = engine.process(e);
        ++state->rowsRead;
        ++result->eventsRead;
        if (!match.isEmpty()) {
            ++result->flagged;
            if (m_store && !m_store->addFlag(identity, e.key, e.timestamp.value_or(0), state->rowsRead, match)) {
                result->error = tr("Cannot write to the flag store.");
                return false;
            }
            if (m_onFlag) {
                cursor.complete(e); // the fields the rules did not need, for whoever shows the flag
                m_onFlag(e, match);
            }
        }
        state->lastKey = e.key;
        if (trackMaxKey)
            maxKey = std::max(maxKey, e.key.toLongLong());
        if (result->eventsRead % kReportEvery == 0) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                result->canceled = true;
                return false;
            }
            if (m_progress)
                m_progress(result->eventsRead, total);
        }
    }
    if (!cursor.error().isEmpty()) {
        result->error = tr("Cannot read the audit table: %1").arg(cursor.error());
        return false;
    }
    // The stream position is the raw column value: the next run continues after it in SQL.
    if (any)
        state->lastRawTimestamp = cursor.lastRawTimestamp();
    if (any && trackMaxKey)
        state->maxKey = maxKey;
    if (m_progress)
        m_progress(result->eventsRead, std::max(total, result->eventsRead));
    return true;
}

} // namespace AuditLens::Flags
