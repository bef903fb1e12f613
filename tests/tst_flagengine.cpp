// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of RULES.md at its boundaries, the number rule, and resumable state.
#include "flags/flagengine.h"
#include "flags/numberparser.h"
#include "timestampparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace AuditLens;
using namespace AuditLens::Flags;

namespace {

constexpr qint64 kMin = 60000;
// 2026-11-02 00:00 UTC: a Monday in winter time (Europe/Berlin is UTC+1).
const qint64 kDay = Timestamps::daysFromCivil(2026, 11, 2) * 86400000LL;
const qint64 kNoon = kDay + 12 * 3600000LL;

AuditEvent ev(std::optional<qint64> t, const QString &actor, const QString &action,
                 const QString &status = QStringLiteral("success"))
{
    static qint64 nextKey = 1;
    AuditEvent e;
    e.key = nextKey++;
    e.timestamp = t;
    e.actor = actor;
    e.action = action;
    e.category = Actions::categorize(action);
    e.rawStatus = status;
    e.status = Actions::normalizeStatus(status);
    return e;
}

AuditEvent withRecord(AuditEvent e, const QString &entity, const QString &id = QString())
{
    e.entity = entity;
    e.entityId = id;
    return e;
}

AuditEvent withIp(AuditEvent e, const QString &ip)
{
    e.ip = ip;
    return e;
}

QList<FlagMatch> runAll(const QList<AuditEvent> &events, const RuleSettings &settings = RuleSettings())
{
    FlagEngine engine(settings);
    QList<FlagMatch> out;
    for (const AuditEvent &e : events)
        out << engine.process(e);
    return out;
}

QString reasonFor(const FlagMatch &m, const QString &rule)
{
    const qsizetype i = m.rules.indexOf(rule);
    return i < 0 ? QString() : m.reasons.at(i);
}

// n events spread evenly from t0 over span ms (the last one at t0 + span).
QList<AuditEvent> spread(int n, qint64 t0, qint64 span, const std::function<AuditEvent(qint64)> &make)
{
    QList<AuditEvent> out;
    for (int i = 0; i < n; ++i)
        out << make(n == 1 ? t0 : t0 + span * i / (n - 1));
    return out;
}

} // namespace

class TestFlagEngine : public QObject
{
    Q_OBJECT
private slots:
    void numberText_data();
    void numberText();
    void numberVariant_data();
    void numberVariant();
    void bulkOperations_data();
    void bulkOperations();
    void bulkOperations_tiesByKey();
    void rapidEdits_data();
    void rapidEdits();
    void failedLogins_data();
    void failedLogins();
    void offHours_data();
    void offHours();
    void largeValueChange_data();
    void largeValueChange();
    void sensitiveDelete_data();
    void sensitiveDelete();
    void newIpLogin_data();
    void newIpLogin();
    void accessDenied_data();
    void accessDenied();
    void unparseableTimestamp_neverFlaggedNorCounted();
    void severalRules_sortedWithReasons();
    void disabledRule_neverFlags();
    void schemaWithoutFields_rulesNotApplicable();
    void savedState_resumesExactly();
};

void TestFlagEngine::numberText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isNumber");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << u"12"_qs << true << 12.0;
    QTest::newRow("negative") << u"-40"_qs << true << -40.0;
    QTest::newRow("plus") << u"+3.5"_qs << true << 3.5;
    QTest::newRow("leading dot") << u".5"_qs << true << 0.5;
    QTest::newRow("fraction") << u"1000.00"_qs << true << 1000.0;
    QTest::newRow("spaces") << u"  42 "_qs << true << 42.0;
    QTest::newRow("dollar") << u"$120.00"_qs << true << 120.0;
    QTest::newRow("dollar commas") << u"$1,250.00"_qs << true << 1250.0;
    QTest::newRow("real") << u"R$ 1,200.50"_qs << true << 1200.5;
    QTest::newRow("euro trailing") << u"5 €"_qs << true << 5.0;
    QTest::newRow("pound space") << u"£ 3"_qs << true << 3.0;
    QTest::newRow("yen") << u"¥1,000"_qs << true << 1000.0;
    QTest::newRow("commas anywhere") << u"1,2,3"_qs << true << 123.0;
    QTest::newRow("exponent") << u"1e5"_qs << false << 0.0;
    QTest::newRow("NaN") << u"NaN"_qs << false << 0.0;
    QTest::newRow("Infinity") << u"Infinity"_qs << false << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("blank") << u"   "_qs << false << 0.0;
    QTest::newRow("dot only") << u"."_qs << false << 0.0;
    QTest::newRow("trailing dot") << u"1."_qs << false << 0.0;
    QTest::newRow("two signs") << u"$$5"_qs << false << 0.0;
    QTest::newRow("sign both ends") << u"$5$"_qs << false << 0.0;
    QTest::newRow("word") << u"abc"_qs << false << 0.0;
    QTest::newRow("inner space") << u"1 000"_qs << false << 0.0;
    QTest::newRow("hex") << u"0x10"_qs << false << 0.0;
}

void TestFlagEngine::numberText()
{
    QFETCH(QString, text);
    QFETCH(bool, isNumber);
    QFETCH(double, value);
    const std::optional<double> n = parseNumberText(text);
    QCOMPARE(n.has_value(), isNumber);
    if (isNumber)
        QCOMPARE(*n, value);
}

void TestFlagEngine::numberVariant_data()
{
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("isNumber");
    QTest::newRow("json number") << QVariant(130.0) << true;
    QTest::newRow("json integer") << QVariant(qint64(7)) << true;
    QTest::newRow("json null") << QVariant::fromValue(nullptr) << false;
    QTest::newRow("json true") << QVariant(true) << false;
    QTest::newRow("json false") << QVariant(false) << false;
    QTest::newRow("missing side") << QVariant() << false;
    QTest::newRow("empty text") << QVariant(QString()) << false;
    QTest::newRow("text") << QVariant(u"R$ 1,200.50"_qs) << true;
}

void TestFlagEngine::numberVariant()
{
    QFETCH(QVariant, input);
    QFETCH(bool, isNumber);
    QCOMPARE(parseNumber(input).has_value(), isNumber);
}

void TestFlagEngine::bulkOperations_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<QString>("reason"); // of the last event; empty: not flagged
    QTest::newRow("20 within 2 min") << 20 << 2 * kMin << QString();
    QTest::newRow("21 within 2 min") << 21 << 2 * kMin << u"21 operations by alice within 5 min"_qs;
    QTest::newRow("21, first exactly 5 min before") << 21 << 5 * kMin << QString();
    QTest::newRow("21, first 4:59.999 before") << 21 << 5 * kMin - 1 << u"21 operations by alice within 5 min"_qs;
    QTest::newRow("25 within 2 min") << 25 << 2 * kMin << u"25 operations by alice within 5 min"_qs;
}

void TestFlagEngine::bulkOperations()
{
    QFETCH(int, count);
    QFETCH(qint64, span);
    QFETCH(QString, reason);
    static const QStringList kActions{u"PRODUCT_CREATE"_qs, u"UPDATE"_qs, u"camera_deleted"_qs};
    int i = 0;
    const QList<FlagMatch> m = runAll(spread(count, kNoon, span, [&](qint64 t) {
        return ev(t, u"alice"_qs, kActions.at(i++ % 3));
    }));
    QCOMPARE(reasonFor(m.constLast(), u"bulk_operations"_qs), reason);
    // Reads and other actions are not operations; another actor is another count.
    const QList<FlagMatch> reads = runAll(spread(count, kNoon, span, [](qint64 t) { return ev(t, u"alice"_qs, u"VIEW"_qs); }));
    QVERIFY(!reads.constLast().rules.contains(u"bulk_operations"_qs));
}

void TestFlagEngine::bulkOperations_tiesByKey()
{
    // Equal timestamps: stream order is by key, so the 21st event read is the one flagged.
    QList<AuditEvent> events;
    for (int i = 0; i < 21; ++i)
        events << ev(kNoon, u"bob"_qs, u"CREATE"_qs);
    const QList<FlagMatch> m = runAll(events);
    QVERIFY(!m.at(19).rules.contains(u"bulk_operations"_qs));
    QCOMPARE(reasonFor(m.at(20), u"bulk_operations"_qs), u"21 operations by bob within 5 min"_qs);
    // An unknown actor is never counted.
    QList<AuditEvent> anonymous;
    for (int i = 0; i < 30; ++i)
        anonymous << ev(kNoon, u"  "_qs, u"CREATE"_qs);
    QVERIFY(runAll(anonymous).constLast().isEmpty());
}

void TestFlagEngine::rapidEdits_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<QString>("reason");
    QTest::newRow("4 edits") << 4 << 2 * kMin << QString();
    QTest::newRow("5 edits") << 5 << 8 * kMin << u"5 edits to products #42 within 10 min"_qs;
    QTest::newRow("5 edits over exactly 10 min") << 5 << 10 * kMin << QString();
    QTest::newRow("5 edits over 9:59.999") << 5 << 10 * kMin - 1 << u"5 edits to products #42 within 10 min"_qs;
    QTest::newRow("6 edits") << 6 << 8 * kMin << u"6 edits to products #42 within 10 min"_qs;
}

void TestFlagEngine::rapidEdits()
{
    QFETCH(int, count);
    QFETCH(qint64, span);
    QFETCH(QString, reason);
    int i = 0;
    // Entities compare case-insensitively and trimmed, ids as trimmed text; actors may differ.
    static const QStringList kEntities{u"products"_qs, u"Products "_qs, u"PRODUCTS"_qs};
    const QList<FlagMatch> m = runAll(spread(count, kNoon, span, [&](qint64 t) {
        const QString entity = i == count - 1 ? u"products"_qs : kEntities.at(i % 3); // the reason names e's own text
        return withRecord(ev(t, i++ % 2 ? u"bob"_qs : u"carol"_qs, u"UPDATE"_qs), entity, u" 42"_qs);
    }));
    QCOMPARE(reasonFor(m.constLast(), u"rapid_edits"_qs), reason);
    i = 0;
    const QList<FlagMatch> other = runAll(spread(count, kNoon, span, [&](qint64 t) {
        return withRecord(ev(t, u"bob"_qs, u"UPDATE"_qs), u"products"_qs, QString::number(i++));
    }));
    QVERIFY(!other.constLast().rules.contains(u"rapid_edits"_qs));
}

void TestFlagEngine::failedLogins_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<bool>("sameActor");
    QTest::addColumn<QString>("reason");
    QTest::newRow("4 for bob") << 4 << 5 * kMin << true << QString();
    QTest::newRow("5 for bob") << 5 << 10 * kMin << true << u"5 failed logins for bob within 15 min"_qs;
    QTest::newRow("5 for bob over exactly 15 min") << 5 << 15 * kMin << true << QString();
    QTest::newRow("5 from one IP, many users") << 5 << 10 * kMin << false
                                                << u"5 failed logins from 203.0.113.50 within 15 min"_qs;
    QTest::newRow("5 from one IP over exactly 15 min") << 5 << 15 * kMin << false << QString();
}

void TestFlagEngine::failedLogins()
{
    QFETCH(int, count);
    QFETCH(qint64, span);
    QFETCH(bool, sameActor);
    QFETCH(QString, reason);
    static const QStringList kActions{u"LOGIN_FAILED"_qs, u"failed_login"_qs, u"login"_qs};
    int i = 0;
    const QList<FlagMatch> m = runAll(spread(count, kNoon, span, [&](qint64 t) {
        const QString actor = sameActor ? u"bob"_qs : u"user%1"_qs.arg(i);
        const QString action = kActions.at(i++ % 3);
        // "login" with status failure is a failed login too (RULES.md).
        return withIp(ev(t, actor, action, action == u"login"_qs ? u"failure"_qs : u"success"_qs),
                      sameActor ? u"10.0.0.%1"_qs.arg(i) : u"203.0.113.50"_qs);
    }));
    QCOMPARE(reasonFor(m.constLast(), u"failed_logins"_qs), reason);
}

void TestFlagEngine::offHours_data()
{
    QTest::addColumn<QString>("time"); // HH:mm:ss.zzz UTC on kDay
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("reason");
    QTest::newRow("21:59:59.999") << u"21:59:59.999"_qs << u"judy"_qs << u"UTC"_qs << QString();
    QTest::newRow("22:00") << u"22:00:00.000"_qs << u"judy"_qs << u"UTC"_qs << u"activity at 22:00 UTC"_qs;
    QTest::newRow("23:14") << u"23:14:05.000"_qs << u"judy"_qs << u"UTC"_qs << u"activity at 23:14 UTC"_qs;
    QTest::newRow("00:00") << u"00:00:00.000"_qs << u"judy"_qs << u"UTC"_qs << u"activity at 00:00 UTC"_qs;
    QTest::newRow("05:59") << u"05:59:59.999"_qs << u"judy"_qs << u"UTC"_qs << u"activity at 05:59 UTC"_qs;
    QTest::newRow("06:00") << u"06:00:00.000"_qs << u"judy"_qs << u"UTC"_qs << QString();
    QTest::newRow("system excluded") << u"23:00:00.000"_qs << u"system"_qs << u"UTC"_qs << QString();
    QTest::newRow("SYSTEM excluded") << u"23:00:00.000"_qs << u" SYSTEM "_qs << u"UTC"_qs << QString();
    QTest::newRow("unknown actor") << u"23:00:00.000"_qs << QString() << u"UTC"_qs << QString();
    QTest::newRow("Berlin 21:30 UTC is 22:30") << u"21:30:00.000"_qs << u"judy"_qs << u"Europe/Berlin"_qs
                                              << u"activity at 22:30 CET"_qs;
    QTest::newRow("Berlin 05:30 UTC is 06:30") << u"05:30:00.000"_qs << u"judy"_qs << u"Europe/Berlin"_qs << QString();
}

void TestFlagEngine::offHours()
{
    QFETCH(QString, time);
    QFETCH(QString, actor);
    QFETCH(QString, zone);
    QFETCH(QString, reason);
    RuleSettings settings;
    if (zone != u"UTC"_qs)
        settings.timeZone = QTimeZone(zone.toLatin1());
    QVERIFY(settings.timeZone.isValid());
    const qint64 t = kDay + QTime::fromString(time, u"HH:mm:ss.zzz"_qs).msecsSinceStartOfDay();
    const QList<FlagMatch> m = runAll({ev(t, actor, u"UPDATE"_qs)}, settings);
    QCOMPARE(reasonFor(m.constFirst(), u"off_hours"_qs), reason);
}

void TestFlagEngine::largeValueChange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("before");
    QTest::addColumn<QVariant>("after");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    const QString up = u"UPDATE"_qs;
    QTest::newRow("+30%") << u"price"_qs << QVariant(100.0) << QVariant(130.0) << up
                          << u"price changed by +30.0% (100 → 130)"_qs;
    QTest::newRow("exactly 25%") << u"price"_qs << QVariant(100.0) << QVariant(125.0) << up << QString();
    QTest::newRow("25.1%") << u"price"_qs << QVariant(100.0) << QVariant(125.1) << up
                           << u"price changed by +25.1% (100 → 125.1)"_qs;
    QTest::newRow("-25% of 80") << u"amount"_qs << QVariant(80.0) << QVariant(60.0) << up << QString();
    QTest::newRow("-30%") << u"Total_Amount"_qs << QVariant(-100.0) << QVariant(-130.0) << up
                          << u"Total_Amount changed by -30.0% (-100 → -130)"_qs;
    QTest::newRow("from zero") << u"fee"_qs << QVariant(0.0) << QVariant(5.0) << up << u"fee changed from 0 to 5"_qs;
    QTest::newRow("zero to zero") << u"fee"_qs << QVariant(0.0) << QVariant(0.0) << up << QString();
    QTest::newRow("real text") << u"salary"_qs << QVariant(u"R$ 1,200.50"_qs) << QVariant(u"R$ 1,600.00"_qs) << up
                               << u"salary changed by +33.3% (R$ 1,200.50 → R$ 1,600.00)"_qs;
    QTest::newRow("exponent text") << u"price"_qs << QVariant(u"1e5"_qs) << QVariant(u"9e5"_qs) << up << QString();
    QTest::newRow("NaN text") << u"price"_qs << QVariant(u"NaN"_qs) << QVariant(u"5"_qs) << up << QString();
    QTest::newRow("json null") << u"price"_qs << QVariant::fromValue(nullptr) << QVariant(5.0) << up << QString();
    QTest::newRow("json true") << u"price"_qs << QVariant(true) << QVariant(5.0) << up << QString();
    QTest::newRow("missing side") << u"price"_qs << QVariant() << QVariant(5.0) << up << QString();
    QTest::newRow("not monetary") << u"stock"_qs << QVariant(10.0) << QVariant(100.0) << up << QString();
    QTest::newRow("not an update") << u"price"_qs << QVariant(100.0) << QVariant(200.0) << u"CREATE"_qs << QString();
    QTest::newRow("settings_changed") << u"tax_rate"_qs << QVariant(u".5"_qs) << QVariant(u"+3.5"_qs)
                                      << u"settings_changed"_qs << u"tax_rate changed by +600.0% (.5 → +3.5)"_qs;
}

void TestFlagEngine::largeValueChange()
{
    QFETCH(QString, field);
    QFETCH(QVariant, before);
    QFETCH(QVariant, after);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    AuditEvent e = ev(kNoon, u"bob"_qs, action);
    e.changes = {Change{u"name"_qs, u"a"_qs, u"b"_qs}, Change{field, before, after}};
    QCOMPARE(reasonFor(runAll({e}).constFirst(), u"large_value_change"_qs), reason);
}

void TestFlagEngine::sensitiveDelete_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("reason");
    QTest::newRow("orders") << u"DELETE"_qs << u"orders"_qs << u"deleted a record from orders"_qs;
    QTest::newRow("Orders, spaces") << u"delete"_qs << u" Orders "_qs << u"deleted a record from Orders"_qs;
    QTest::newRow("camera_deleted users") << u"camera_deleted"_qs << u"usrs"_qs << u"deleted a record from usrs"_qs;
    QTest::newRow("D expense") << u"D"_qs << u"expense"_qs << u"deleted a record from expense"_qs;
    QTest::newRow("products") << u"DELETE"_qs << u"products"_qs << QString();
    QTest::newRow("update orders") << u"UPDATE"_qs << u"orders"_qs << QString();
}

void TestFlagEngine::sensitiveDelete()
{
    QFETCH(QString, action);
    QFETCH(QString, entity);
    QFETCH(QString, reason);
    const QList<FlagMatch> m = runAll({withRecord(ev(kNoon, u"mallory"_qs, action), entity, u"5150"_qs)});
    QCOMPARE(reasonFor(m.constFirst(), u"sensitive_delete"_qs), reason);
}

void TestFlagEngine::newIpLogin_data()
{
    // Earlier events as "action/status/ip", then carol's login from 203.0.113.9.
    QTest::addColumn<QStringList>("history");
    QTest::addColumn<QString>("reason");
    const QString flagged = u"first login by carol from 203.0.113.9"_qs;
    const QString a = u"LOGIN/success/192.168.1.12"_qs;
    QTest::newRow("3 earlier") << QStringList{a, a, a} << flagged;
    QTest::newRow("2 earlier") << QStringList{a, a} << QString();
    QTest::newRow("one without IP counts") << QStringList{a, a, u"LOGIN/success/"_qs} << flagged;
    QTest::newRow("unknown status counts") << QStringList{a, a, u"signin//10.1.1.1"_qs} << flagged;
    QTest::newRow("failed logins do not count") << QStringList{a, a, u"LOGIN_FAILED/failure/10.1.1.1"_qs} << QString();
    QTest::newRow("error status does not count") << QStringList{a, a, u"LOGIN/error/10.1.1.1"_qs} << QString();
    QTest::newRow("logout does not count") << QStringList{a, a, u"LOGOUT/success/10.1.1.1"_qs} << QString();
    QTest::newRow("seen before") << QStringList{a, a, u"LOGIN/success/203.0.113.9"_qs} << QString();
}

void TestFlagEngine::newIpLogin()
{
    QFETCH(QStringList, history);
    QFETCH(QString, reason);
    QList<AuditEvent> events;
    qint64 t = kNoon - 10 * 86400000LL;
    for (const QString &h : history) {
        const QStringList p = h.split(u'/');
        events << withIp(ev(t, u"carol"_qs, p.at(0), p.at(1)), p.at(2));
        t += 86400000LL;
    }
    events << withIp(ev(kNoon, u"carol"_qs, u"LOGIN"_qs), u"203.0.113.9"_qs);
    QCOMPARE(reasonFor(runAll(events).constLast(), u"new_ip_login"_qs), reason);
}

void TestFlagEngine::accessDenied_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("rate limit") << u"RATE_LIMIT_EXCEEDED"_qs << u"success"_qs
                                << u"request rejected: RATE_LIMIT_EXCEEDED"_qs;
    QTest::newRow("lower case") << u"permission_denied"_qs << QString() << u"request rejected: permission_denied"_qs;
    QTest::newRow("failed update") << u"UPDATE"_qs << u"failure"_qs << u"request rejected: UPDATE (failure)"_qs;
    QTest::newRow("LOGIN_FAILED is a failed login") << u"LOGIN_FAILED"_qs << u"failure"_qs << QString();
    QTest::newRow("login failure is a failed login") << u"user.login"_qs << u"failed"_qs << QString();
    QTest::newRow("error is not failure") << u"UPDATE"_qs << u"error"_qs << QString();
}

void TestFlagEngine::accessDenied()
{
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QCOMPARE(reasonFor(runAll({ev(kNoon, u"dave"_qs, action, status)}).constFirst(), u"access_denied"_qs), reason);
}

void TestFlagEngine::unparseableTimestamp_neverFlaggedNorCounted()
{
    QList<AuditEvent> events;
    for (int i = 0; i < 20; ++i)
        events << ev(kNoon + i, u"alice"_qs, u"CREATE"_qs);
    events.insert(10, ev(std::nullopt, u"alice"_qs, u"RATE_LIMIT_EXCEEDED"_qs, u"failure"_qs));
    const QList<FlagMatch> m = runAll(events);
    QVERIFY(m.at(10).isEmpty());
    QVERIFY(m.constLast().isEmpty()); // 20 counted, not 21
}

void TestFlagEngine::severalRules_sortedWithReasons()
{
    const AuditEvent e = withRecord(ev(kDay + 23 * 3600000LL, u"mallory"_qs, u"DELETE"_qs, u"failure"_qs),
                                    u"orders"_qs, u"1"_qs);
    const FlagMatch m = runAll({e}).constFirst();
    QCOMPARE(m.rules, (QStringList{u"access_denied"_qs, u"off_hours"_qs, u"sensitive_delete"_qs}));
    QCOMPARE(m.reasons, (QStringList{u"request rejected: DELETE (failure)"_qs, u"activity at 23:00 UTC"_qs,
                                     u"deleted a record from orders"_qs}));
}

void TestFlagEngine::disabledRule_neverFlags()
{
    RuleSettings s;
    s.setEnabled(RuleId::SensitiveDelete, false);
    const FlagMatch m = runAll({withRecord(ev(kNoon, u"m"_qs, u"DELETE"_qs), u"orders"_qs)}, s).constFirst();
    QVERIFY(m.isEmpty());
    QCOMPARE(RuleSettings::fromJson(s.toJson()).fingerprint(), s.fingerprint());
    QVERIFY(s != RuleSettings());
}

void TestFlagEngine::schemaWithoutFields_rulesNotApplicable()
{
    SchemaMapping mapping;
    mapping.table = u"log"_qs;
    mapping.columns[int(Field::Timestamp)] = {u"ts"_qs};
    mapping.columns[int(Field::Action)] = {u"action"_qs};
    mapping.columns[int(Field::Actor)] = {u"user"_qs};
    mapping.columns[int(Field::Entity)] = {u"tbl"_qs};
    const QList<RuleId> rules = applicableRules(mapping);
    QVERIFY(!rules.contains(RuleId::NewIpLogin));
    QVERIFY(!rules.contains(RuleId::RapidEdits));
    QVERIFY(!rules.contains(RuleId::LargeValueChange));
    QVERIFY(rules.contains(RuleId::SensitiveDelete));
    QCOMPARE(missingFields(RuleId::NewIpLogin, mapping), QStringList{fieldName(Field::Ip)});
    mapping.columns[int(Field::FieldChanged)] = {u"field"_qs};
    mapping.columns[int(Field::OldValues)] = {u"old_value"_qs};
    mapping.columns[int(Field::NewValues)] = {u"new_value"_qs};
    QVERIFY(ruleApplies(RuleId::LargeValueChange, mapping));

    // A restricted engine never evaluates what does not apply.
    FlagEngine engine;
    engine.restrictTo(rules);
    QList<AuditEvent> logins;
    for (int i = 0; i < 4; ++i)
        logins << withIp(ev(kNoon + i, u"carol"_qs, u"LOGIN"_qs), i < 3 ? u"a"_qs : u"b"_qs);
    FlagMatch last;
    for (const AuditEvent &e : logins)
        last = engine.process(e);
    QVERIFY(last.isEmpty());
}

void TestFlagEngine::savedState_resumesExactly()
{
    QList<AuditEvent> events;
    QRandomGenerator rng(7);
    static const QStringList kActions{u"CREATE"_qs, u"UPDATE"_qs, u"DELETE"_qs, u"LOGIN"_qs, u"LOGIN_FAILED"_qs};
    qint64 t = kNoon;
    for (int i = 0; i < 3000; ++i) {
        t += rng.bounded(20000);
        const QString action = kActions.at(rng.bounded(int(kActions.size())));
        AuditEvent e = ev(t, u"u%1"_qs.arg(rng.bounded(3)), action,
                             action == u"LOGIN_FAILED"_qs ? u"failure"_qs : u"success"_qs);
        events << withIp(withRecord(e, u"orders"_qs, QString::number(rng.bounded(5))), u"ip%1"_qs.arg(rng.bounded(6)));
    }
    const QList<FlagMatch> full = runAll(events);
    for (int split : {1, 500, 1499, 2999}) {
        FlagEngine first;
        QList<FlagMatch> parts;
        for (int i = 0; i < split; ++i)
            parts << first.process(events.at(i));
        FlagEngine second;
        QVERIFY(second.restoreState(first.saveState()));
        for (int i = split; i < events.size(); ++i)
            parts << second.process(events.at(i));
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(parts.at(i).rules, full.at(i).rules);
            QCOMPARE(parts.at(i).reasons, full.at(i).reasons);
        }
    }
    // A state saved under other settings is refused rather than misapplied.
    RuleSettings other;
    other.bulkThreshold = 3;
    FlagEngine stranger(other);
    QVERIFY(!stranger.restoreState(FlagEngine().saveState()));
}

QTEST_GUILESS_MAIN(TestFlagEngine)
#include "tst_flagengine.moc"
