// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagengine.h"

#include "logging.h"
#include "numberparser.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QStringBuilder>

#include <algorithm>
#include <limits>

namespace AuditLens::Flags {
namespace {

constexpr quint32 kStateMagic = 0x414c4653; // "ALFS"
constexpr quint32 kStateVersion = 1;
constexpr qint64 kDayMs = 86400000;
// Windows whose newest entry left them are dropped this often, bounding memory to the
// actors, IPs and records active in the last window.
constexpr qint64 kPruneEveryMs = 3600000;
constexpr qsizetype kMemoLimit = 4096;

QSet<QString> lowerSet(const QStringList &list)
{
    QSet<QString> out;
    for (const QString &s : list)
        out.insert(s.trimmed().toLower());
    return out;
}

// Rule ids sorted by name: `auditlens flags` prints "rules": [sorted rule ids].
const std::array<RuleId, kRuleCount> &sortedRules()
{
    static const std::array<RuleId, kRuleCount> sorted = [] {
        std::array<RuleId, kRuleCount> a{};
        for (int i = 0; i < kRuleCount; ++i)
            a[size_t(i)] = RuleId(i);
        std::sort(a.begin(), a.end(), [](RuleId x, RuleId y) { return ruleIdName(x) < ruleIdName(y); });
        return a;
    }();
    return sorted;
}

// s.trimmed() without a new string when there is nothing to trim (the commonest case).
QString trimmedText(const QString &s)
{
    const QStringView t = QStringView(s).trimmed();
    return t.size() == s.size() ? s : t.toString();
}

QString displayValue(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? v.toString().trimmed() : v.toString();
}

template<typename Map>
void writeWindows(QDataStream &out, const Map &windows)
{
    out << qint64(windows.size());
    for (auto it = windows.cbegin(); it != windows.cend(); ++it) {
        out << it.key() << qint64(it.value().size());
        for (qint64 t : it.value())
            out << t;
    }
}

template<typename Map>
bool readWindows(QDataStream &in, Map &windows)
{
    qint64 n = 0;
    in >> n;
    for (qint64 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        QString key;
        qint64 size = 0;
        in >> key >> size;
        auto &w = windows[key];
        for (qint64 j = 0; j < size && in.status() == QDataStream::Ok; ++j) {
            qint64 t = 0;
            in >> t;
            w.push_back(t);
        }
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

FlagEngine::FlagEngine(const RuleSettings &settings)
    : m_settings(settings)
    , m_excludedActors(lowerSet(settings.excludedActors))
    , m_sensitiveTables(lowerSet(settings.sensitiveTables))
    , m_deniedActions(lowerSet(settings.deniedActions))
{
    for (const QString &w : settings.monetaryWords) {
        if (!w.trimmed().isEmpty())
            m_monetaryWords << w.trimmed();
    }
    m_active = settings.enabled;
}

void FlagEngine::restrictTo(const QList<RuleId> &applicable)
{
    for (RuleId r : allRules())
        m_active.at(size_t(r)) = m_settings.isEnabled(r) && applicable.contains(r);
}

void FlagEngine::reset()
{
    m_bulk.clear();
    m_edits.clear();
    m_failedByActor.clear();
    m_failedByIp.clear();
    m_logins.clear();
    m_eventsRead = 0;
    m_lastTimestamp.reset();
    m_lastPrune = 0;
}

const FlagEngine::ActionFacts &FlagEngine::actionFacts(const QString &action)
{
    auto it = m_actionFacts.constFind(action);
    if (it != m_actionFacts.cend())
        return it.value();
    if (m_actionFacts.size() >= kMemoLimit)
        m_actionFacts.clear();
    // Actions::isFailedLogin and isSuccessfulLogin, split into the parts that depend on the name.
    ActionFacts facts;
    facts.trimmed = action.trimmed();
    facts.failedLoginName = Actions::isFailedLogin(facts.trimmed, Category::Other, Status::Unknown);
    facts.loginWord = Actions::hasWord(facts.trimmed, u"login") || Actions::hasWord(facts.trimmed, u"signin");
    facts.denied = m_deniedActions.contains(facts.trimmed.toLower());
    return m_actionFacts.insert(action, facts).value();
}

bool FlagEngine::isExcludedActor(const QString &actor)
{
    auto it = m_excludedMemo.constFind(actor);
    if (it != m_excludedMemo.cend())
        return it.value();
    if (m_excludedMemo.size() >= kMemoLimit)
        m_excludedMemo.clear();
    return m_excludedMemo.insert(actor, m_excludedActors.contains(actor.toLower())).value();
}

const QString &FlagEngine::lowerEntity(const QString &entity)
{
    auto it = m_lowerEntities.constFind(entity);
    if (it != m_lowerEntities.cend())
        return it.value();
    if (m_lowerEntities.size() >= kMemoLimit)
        m_lowerEntities.clear();
    return m_lowerEntities.insert(entity, entity.toLower()).value();
}

// Adds t to the key's window, drops what is W or more older (RULES.md: t(e) − t(x) < W)
// and returns the count, which includes e itself.
qsizetype FlagEngine::push(QHash<QString, Window> &windows, const QString &key, qint64 t, qint64 width)
{
    Window &w = windows[key];
    while (!w.empty() && t - w.front() >= width)
        w.pop_front();
    w.push_back(t);
    return qsizetype(w.size());
}

void FlagEngine::pruneWindows(qint64 now)
{
    auto prune = [now](QHash<QString, Window> &windows, qint64 width) {
        for (auto it = windows.begin(); it != windows.end();) {
            if (it.value().empty() || now - it.value().back() >= width)
                it = windows.erase(it);
            else
                ++it;
        }
    };
    prune(m_bulk, m_settings.bulkWindowMs);
    prune(m_edits, m_settings.rapidEditWindowMs);
    prune(m_failedByActor, m_settings.failedLoginWindowMs);
    prune(m_failedByIp, m_settings.failedLoginWindowMs);
    m_lastPrune = now;
}

FlagMatch FlagEngine::process(const AuditEvent &e)
{
    ++m_eventsRead;
    // RULES.md: an event whose timestamp does not parse is neither flagged nor counted.
    if (!e.timestamp)
        return {};
    const qint64 t = *e.timestamp;
    if (m_lastTimestamp && t < *m_lastTimestamp)
        qCWarning(lcModels) << "flags: event" << e.keyText() << "is out of stream order";
    m_lastTimestamp = t;
    if (t - m_lastPrune >= kPruneEveryMs || t < m_lastPrune)
        pruneWindows(t);

    const QString actor = trimmedText(e.actor);
    const ActionFacts &facts = actionFacts(e.action);
    // RULES.md's failed and successful logins (Actions::isFailedLogin, isSuccessfulLogin).
    const bool auth = e.category == Category::Auth;
    const bool failed = facts.failedLoginName || (auth && e.status == Status::Failure && facts.loginWord);
    const bool success = !failed && auth && facts.loginWord && e.status != Status::Failure
        && e.status != Status::Error;
    std::array<std::optional<QString>, kRuleCount> found;
    auto run = [&](RuleId r, auto &&fn) {
        if (isActive(r))
            found[size_t(r)] = fn();
    };
    run(RuleId::LargeValueChange, [&] { return largeValueChange(e); });
    run(RuleId::BulkOperations, [&] { return bulkOperations(e, actor, t); });
    run(RuleId::OffHours, [&] { return offHours(actor, t); });
    run(RuleId::SensitiveDelete, [&] { return sensitiveDelete(e); });
    run(RuleId::RapidEdits, [&] { return rapidEdits(e, t); });
    run(RuleId::FailedLogins, [&] { return failedLogins(e, actor, failed, t); });
    run(RuleId::NewIpLogin, [&] { return newIpLogin(e, actor, success); });
    run(RuleId::AccessDenied, [&] { return accessDenied(e, facts, failed); });

    FlagMatch match;
    for (RuleId r : sortedRules()) {
        if (found[size_t(r)]) {
            match.rules << ruleIdName(r);
            match.reasons << *found[size_t(r)];
        }
    }
    return match;
}

std::optional<QString> FlagEngine::largeValueChange(const AuditEvent &e) const
{
    if (e.category != Category::Update)
        return std::nullopt;
    QStringList reasons;
    for (const Change &c : e.changes) {
        const bool monetary = std::any_of(m_monetaryWords.cbegin(), m_monetaryWords.cend(), [&](const QString &w) {
            return c.field.contains(w, Qt::CaseInsensitive);
        });
        if (!monetary)
            continue;
        const std::optional<double> before = parseNumber(c.oldValue);
        const std::optional<double> after = parseNumber(c.newValue);
        if (!before || !after)
            continue;
        const double diff = *after - *before;
        if (*before == 0) {
            // RULES.md: from zero, any non-zero new value is a large change.
            if (*after != 0)
                reasons << tr("%1 changed from %2 to %3").arg(c.field, displayValue(c.oldValue),
                                                                        displayValue(c.newValue));
            continue;
        }
        // |new − old| / |old| > p%, compared as |new − old| · 100 > p · |old| to keep 25% exact.
        if (std::abs(diff) * 100.0 > m_settings.largeChangePercent * std::abs(*before)) {
            const double percent = diff / std::abs(*before) * 100.0;
            reasons << tr("%1 changed by %2%3% (%4 → %5)")
                           .arg(c.field, percent > 0 ? QStringLiteral("+") : QString())
                           .arg(percent, 0, 'f', 1)
                           .arg(displayValue(c.oldValue), displayValue(c.newValue));
        }
    }
    if (reasons.isEmpty())
        return std::nullopt;
    return reasons.join(QStringLiteral("; "));
}

std::optional<QString> FlagEngine::bulkOperations(const AuditEvent &e, const QString &actor, qint64 t)
{
    const bool write = e.category == Category::Create || e.category == Category::Update
        || e.category == Category::Delete;
    if (!write || actor.isEmpty())
        return std::nullopt;
    const qsizetype count = push(m_bulk, actor, t, m_settings.bulkWindowMs);
    // "more than 20 such events ... within 5 minutes before e": the 21st is flagged.
    if (count <= m_settings.bulkThreshold)
        return std::nullopt;
    return tr("%1 operations by %2 within %3").arg(count).arg(actor, windowText(m_settings.bulkWindowMs));
}

int FlagEngine::offsetSecondsAt(qint64 t)
{
    if (t >= m_offsetFrom && t < m_offsetUntil)
        return m_offsetSeconds;
    // Look the zone up once per stretch between two transitions, not once per event.
    const QTimeZone &zone = m_settings.timeZone;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
    m_offsetSeconds = zone.offsetFromUtc(at);
    const QTimeZone::OffsetData next = zone.nextTransition(at);
    const QTimeZone::OffsetData previous = zone.previousTransition(at.addMSecs(1));
    m_offsetUntil = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    m_offsetFrom = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    if (m_offsetUntil <= t || m_offsetFrom > t) { // a zone without usable transition data
        m_offsetFrom = t;
        m_offsetUntil = t + 1;
    }
    return m_offsetSeconds;
}

std::optional<QString> FlagEngine::offHours(const QString &actor, qint64 t)
{
    if (actor.isEmpty() || isExcludedActor(actor))
        return std::nullopt;
    const qint64 local = t + qint64(offsetSecondsAt(t)) * 1000;
    const qint64 timeOfDay = ((local % kDayMs) + kDayMs) % kDayMs;
    const qint64 start = qint64(m_settings.offHoursStartMinute) * 60000;
    const qint64 end = qint64(m_settings.offHoursEndMinute) * 60000;
    // "at or after 22:00 or before 06:00": a range that wraps midnight when start > end.
    const bool off = start > end ? (timeOfDay >= start || timeOfDay < end) : (timeOfDay >= start && timeOfDay < end);
    if (!off)
        return std::nullopt;
    const QTimeZone &zone = m_settings.timeZone;
    const QString zoneName = zone == QTimeZone::utc()
        ? QStringLiteral("UTC")
        : zone.abbreviation(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()));
    return tr("activity at %1:%2 %3")
        .arg(timeOfDay / 3600000, 2, 10, QLatin1Char('0'))
        .arg(timeOfDay / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(zoneName);
}

std::optional<QString> FlagEngine::sensitiveDelete(const AuditEvent &e)
{
    if (e.category != Category::Delete)
        return std::nullopt;
    const QString entity = trimmedText(e.entity);
    if (!m_sensitiveTables.contains(lowerEntity(entity)))
        return std::nullopt;
    return tr("deleted a record from %1").arg(entity);
}

std::optional<QString> FlagEngine::rapidEdits(const AuditEvent &e, qint64 t)
{
    const QString entity = trimmedText(e.entity);
    const QString id = trimmedText(e.entityId);
    if (e.category != Category::Update || entity.isEmpty() || id.isEmpty())
        return std::nullopt;
    // Entities compare case-insensitively, ids as text (RULES.md).
    const QString key = lowerEntity(entity) % QChar(0x1f) % id;
    const qsizetype count = push(m_edits, key, t, m_settings.rapidEditWindowMs);
    if (count < m_settings.rapidEditThreshold)
        return std::nullopt;
    return tr("%1 edits to %2 #%3 within %4").arg(count).arg(entity, id, windowText(m_settings.rapidEditWindowMs));
}

std::optional<QString> FlagEngine::failedLogins(const AuditEvent &e, const QString &actor, bool failed, qint64 t)
{
    if (!failed)
        return std::nullopt;
    const QString ip = trimmedText(e.ip);
    const qint64 width = m_settings.failedLoginWindowMs;
    const qsizetype byActor = actor.isEmpty() ? 0 : push(m_failedByActor, actor, t, width);
    const qsizetype byIp = ip.isEmpty() ? 0 : push(m_failedByIp, ip, t, width);
    // Either count reaching the threshold flags e; the reason names the actor first.
    if (byActor >= m_settings.failedLoginThreshold && byActor > 0)
        return tr("%1 failed logins for %2 within %3").arg(byActor).arg(actor, windowText(width));
    if (byIp >= m_settings.failedLoginThreshold && byIp > 0)
        return tr("%1 failed logins from %2 within %3").arg(byIp).arg(ip, windowText(width));
    return std::nullopt;
}

std::optional<QString> FlagEngine::newIpLogin(const AuditEvent &e, const QString &actor, bool success)
{
    if (!success || actor.isEmpty())
        return std::nullopt;
    const QString ip = trimmedText(e.ip);
    Logins &logins = m_logins[actor];
    // Only earlier logins count: e is judged first and then joins the actor's history.
    const bool flagged = !ip.isEmpty() && logins.count >= m_settings.newIpMinLogins && !logins.ips.contains(ip);
    ++logins.count;
    if (!ip.isEmpty())
        logins.ips.insert(ip);
    if (!flagged)
        return std::nullopt;
    return tr("first login by %1 from %2").arg(actor, ip);
}

std::optional<QString> FlagEngine::accessDenied(const AuditEvent &e, const ActionFacts &facts, bool failed) const
{
    if (failed)
        return std::nullopt;
    const QString &action = facts.trimmed;
    if (facts.denied)
        return tr("request rejected: %1").arg(action);
    if (e.status == Status::Failure)
        return tr("request rejected: %1 (%2)").arg(action, e.rawStatus.trimmed());
    return std::nullopt;
}

QByteArray FlagEngine::saveState() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMagic << kStateVersion << m_settings.fingerprint() << m_eventsRead << bool(m_lastTimestamp)
        << m_lastTimestamp.value_or(0) << m_lastPrune;
    writeWindows(out, m_bulk);
    writeWindows(out, m_edits);
    writeWindows(out, m_failedByActor);
    writeWindows(out, m_failedByIp);
    out << qint64(m_logins.size());
    for (auto it = m_logins.cbegin(); it != m_logins.cend(); ++it)
        out << it.key() << it.value().count << it.value().ips;
    return data;
}

bool FlagEngine::restoreState(const QByteArray &state)
{
    reset();
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QString fingerprint;
    bool hasLast = false;
    qint64 last = 0;
    in >> magic >> version >> fingerprint >> m_eventsRead >> hasLast >> last >> m_lastPrune;
    // A state saved under other rule settings would not equal a recomputation under these.
    if (magic != kStateMagic || version != kStateVersion || fingerprint != m_settings.fingerprint()) {
        reset();
        return false;
    }
    if (hasLast)
        m_lastTimestamp = last;
    bool ok = readWindows(in, m_bulk) && readWindows(in, m_edits) && readWindows(in, m_failedByActor)
        && readWindows(in, m_failedByIp);
    qint64 n = 0;
    in >> n;
    for (qint64 i = 0; ok && i < n && in.status() == QDataStream::Ok; ++i) {
        QString actor;
        Logins logins;
        in >> actor >> logins.count >> logins.ips;
        m_logins.insert(actor, logins);
    }
    if (!ok || in.status() != QDataStream::Ok) {
        reset();
        return false;
    }
    return true;
}

} // namespace AuditLens::Flags
