// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagscontroller.h"

#include "logging.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <atomic>

namespace AuditLens {

using namespace Flags;

// What the exports read on their worker: every flag of the database, loaded once per change
// of the store through a connection the worker opens and closes itself. An export asks for
// marks 256 rows at a time; opening the store for each batch would cost more than the export.
struct FlagsController::ExportCache {
    QString path;
    QString identity;
    std::atomic<quint64> generation{1};
    QMutex mutex;
    quint64 loaded = 0;
    QHash<QString, FlagMarks> marks;
    QList<QPair<QString, qint64>> byRule;

    void ensureLoaded() // with mutex held
    {
        const quint64 wanted = generation.load();
        if (loaded == wanted)
            return;
        marks.clear();
        byRule.clear();
        FlagStore store(path);
        if (store.open()) {
            QHash<QString, qint64> counts;
            for (const StoredFlag &f : store.flags(identity)) {
                marks.insert(f.key.toString(), FlagMarks{f.rules, f.reasons});
                for (const QString &rule : f.rules)
                    ++counts[rule];
            }
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                byRule.append({it.key(), it.value()});
            std::sort(byRule.begin(), byRule.end(), [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
        }
        loaded = wanted;
    }
};

FlagsController::FlagsController(QObject *parent, const QString &storePath)
    : QObject(parent)
    , m_storePath(storePath)
    , m_store(std::make_unique<FlagStore>(storePath))
    , m_exportCache(std::make_shared<ExportCache>())
{
    m_exportCache->path = storePath;
    if (!m_store->open(&m_storeError))
        qCWarning(lcModels) << "flags:" << m_storeError;
}

FlagsController::~FlagsController()
{
    delete m_job; // cancels and waits: the worker writes to the store
}

bool FlagsController::attach(const DatabaseLocation &location, const SchemaMapping &mapping,
                             const QString &keyExpression)
{
    delete m_job; // a run of the previous database has nothing to report any more
    m_job = nullptr;
    m_running = false;
    m_location = location;
    m_mapping = mapping;
    m_identity = location.identity();
    m_keyExpression = keyExpression;
    m_lastResult = {};
    {
        QMutexLocker lock(&m_exportCache->mutex);
        m_exportCache->identity = m_identity;
        ++m_exportCache->generation;
    }
    // A first run is a full run: FlagRunner falls back when there is no state to resume.
    return run(RunMode::Incremental);
}

bool FlagsController::run(RunMode mode)
{
    if (!isAttached() || !m_store->isOpen())
        return false;
    delete m_job; // cancels a run going on and waits for it (it checks every 16,384 rows)
    m_running = false;
    m_job = new FlagJob(this);
    connect(m_job, &FlagJob::progressChanged, this, &FlagsController::progressChanged);
    connect(m_job, &FlagJob::finished, this, &FlagsController::onFinished);
    if (!m_job->start(m_location, m_mapping, m_store->ruleSettings(), mode, m_storePath))
        return false;
    m_runTimer.start();
    m_running = true;
    emit runStarted(mode);
    return true;
}

void FlagsController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void FlagsController::onFinished(const RunResult &result)
{
    m_lastResult = result;
    m_running = false;
    // The closing figures of issue 4 ask how long flagging takes: the log says it.
    qCInfo(lcModels).nospace() << "flags: " << (result.ranFull ? "full" : "incremental") << " run read "
                               << result.eventsRead << " events, flagged " << result.flagged << " in "
                               << m_runTimer.elapsed() << " ms" << (result.canceled ? " (canceled)" : "");
    ++m_exportCache->generation;
    emit runFinished(result);
    if (result.ok)
        emit flagsChanged();
}

QList<QPair<RuleId, QStringList>> FlagsController::notApplicable() const
{
    QList<QPair<RuleId, QStringList>> out;
    for (RuleId rule : allRules()) {
        const QStringList missing = missingFields(rule, m_mapping);
        if (!missing.isEmpty())
            out.append({rule, missing});
    }
    return out;
}

RuleSettings FlagsController::ruleSettings() const
{
    return m_store->ruleSettings();
}

bool FlagsController::saveRuleSettings(const RuleSettings &settings)
{
    if (!m_store->saveRuleSettings(settings))
        return false;
    // The engine state of the old rules cannot be resumed under new ones: start from scratch.
    return !isAttached() || run(RunMode::Full);
}

EntriesModel::FlagProvider FlagsController::entriesProvider() const
{
    return m_store->flagProvider(m_identity);
}

FlagConditionProvider FlagsController::conditionProvider() const
{
    // Compiled on the GUI thread and on the statistics worker: a connection of its own each time.
    return [path = m_storePath, identity = m_identity, key = m_keyExpression](const QString &reviewState) {
        FlagStore store(path);
        if (!store.open())
            return SqlCondition{QStringLiteral("1 = 0"), {}};
        return store.flaggedCondition(identity, key, reviewState);
    };
}

ExportFlagProvider FlagsController::exportMarks() const
{
    return [cache = m_exportCache](const QVariantList &keys) {
        QMutexLocker lock(&cache->mutex);
        cache->ensureLoaded();
        QHash<QString, FlagMarks> out;
        for (const QVariant &k : keys) {
            const auto it = cache->marks.constFind(k.toString());
            if (it != cache->marks.cend())
                out.insert(it.key(), it.value());
        }
        return out;
    };
}

ExportFlagSummary FlagsController::exportSummary() const
{
    return [cache = m_exportCache] {
        QMutexLocker lock(&cache->mutex);
        cache->ensureLoaded();
        return cache->byRule;
    };
}

qint64 FlagsController::flaggedCount() const
{
    return isAttached() ? m_store->flaggedCount(m_identity) : 0;
}

QList<DetailFlag> FlagsController::detailFlags(const QVariant &key) const
{
    QList<DetailFlag> out;
    const std::optional<StoredFlag> flag = isAttached() ? m_store->flag(m_identity, key) : std::nullopt;
    if (!flag)
        return out;
    for (qsizetype i = 0; i < flag->rules.size(); ++i) {
        RuleId rule = RuleId::LargeValueChange;
        const QString title = ruleFromIdName(flag->rules.at(i), &rule) ? ruleTitle(rule) : flag->rules.at(i);
        out.append({title, flag->reasons.value(i)});
    }
    return out;
}

DetailReview FlagsController::detailReview(const QVariant &key) const
{
    const std::optional<Review> review = isAttached() ? m_store->review(m_identity, key) : std::nullopt;
    if (!review)
        return {reviewStateName(ReviewState::Unreviewed), {}, {}, {}};
    return {reviewStateName(review->state), review->note, review->reviewer, review->reviewedAt};
}

bool FlagsController::setReview(const QVariant &key, const QString &stateName, const QString &note)
{
    ReviewState state = ReviewState::Unreviewed;
    if (!isAttached() || !reviewStateFromName(stateName, &state))
        return false;
    const Review review{state, note, ExportOptions::currentUserName(), QDateTime::currentDateTimeUtc()};
    if (!m_store->setReview(m_identity, key, review))
        return false;
    emit flagsChanged();
    return true;
}

QVariantList FlagsController::unreviewedAfter(const QVariant &key, qint64 timestamp) const
{
    if (!isAttached())
        return {};
    const QVariantList unreviewed = m_store->unreviewedKeys(m_identity);
    QSet<QString> open;
    for (const QVariant &k : unreviewed)
        open.insert(k.toString());
    // Every flag in stream order, to find where the current event stands among them.
    const QList<StoredFlag> all = m_store->flags(m_identity);
    const QString current = key.toString();
    qsizetype start = 0;
    const auto at = std::find_if(all.cbegin(), all.cend(), [&](const StoredFlag &f) { return f.key.toString() == current; });
    if (at != all.cend()) {
        start = (at - all.cbegin()) + 1;
    } else {
        const auto later = std::find_if(all.cbegin(), all.cend(), [&](const StoredFlag &f) { return f.timestamp > timestamp; });
        start = later - all.cbegin();
    }
    QVariantList out;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const StoredFlag &f = all.at((start + i) % all.size());
        if (open.contains(f.key.toString()))
            out << f.key;
    }
    return out;
}

} // namespace AuditLens
