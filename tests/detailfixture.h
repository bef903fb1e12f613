// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small audit table in the native schema (without NOT NULL, so a row can be all NULLs),
// written by the tests that need it: each named row below has a fixed key.

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace DetailFixture {

enum Key : qint64 {
    PriceUpdate = 1,   // products #777, alice, price 100 -> 130
    OlderUpdate = 2,   // products #777, bob, price 90 -> 100, a day earlier
    FailedLogin = 3,   // alice, LOGIN_FAILED, failure, WARNING, 10 minutes after PriceUpdate
    Delete = 4,        // orders #42, carol
    Nulls = 5,         // every column NULL but the id
    BrokenJson = 6,    // alice, metadata that does not parse, 20 minutes after PriceUpdate
    InvalidUtf8 = 7,   // summary stored as a BLOB of invalid UTF-8, user agent as invalid text
    Huge = 8,          // a 10 MB metadata value and a 10 MB user agent
    FarAway = 9,       // alice, two hours after PriceUpdate: outside her ±30 minute window
    FirstFiller = 10,  // 30 filler rows, older than all others
};
constexpr int kFillerRows = 30;
constexpr int kHugeBytes = 10 * 1024 * 1024;

inline QString hugeMetadata()
{
    return QStringLiteral("{\"blob\":\"") + QString(kHugeBytes, u'x') + QStringLiteral("\"}");
}

inline bool write(const QString &path, QString *error)
{
    const QString name = QStringLiteral("detail-fixture-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        auto exec = [&](const QString &sql, const QVariantList &values = {}) {
            if (!ok)
                return;
            ok = q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = ok && q.exec();
            if (!ok)
                *error = q.lastError().text() + QStringLiteral(": ") + sql.left(200);
        };
        exec(QStringLiteral("CREATE TABLE audit_logs (id INTEGER PRIMARY KEY, timestamp TEXT, user_id INTEGER, "
                            "username TEXT, action TEXT, entity TEXT, entity_id TEXT, summary TEXT, ip_address TEXT, "
                            "user_agent TEXT, session_id TEXT, status TEXT, severity TEXT, old_values TEXT, "
                            "new_values TEXT, metadata TEXT)"));
        const QString insert = QStringLiteral(
            "INSERT INTO audit_logs (id, timestamp, user_id, username, action, entity, entity_id, summary, "
            "ip_address, user_agent, session_id, status, severity, old_values, new_values, metadata) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QVariant null = QVariant(QMetaType::fromType<QString>());
        exec(insert, {PriceUpdate, QStringLiteral("2026-11-28T10:00:00.000Z"), 1, QStringLiteral("alice"),
                      QStringLiteral("UPDATE"), QStringLiteral("products"), QStringLiteral("777"),
                      QStringLiteral("Updated products #777: price 100.00 → 130.00"), QStringLiteral("192.168.1.10"),
                      QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0"), QStringLiteral("sess-a1"),
                      QStringLiteral("success"), QStringLiteral("INFO"),
                      QStringLiteral("{\"price\":100,\"name\":\"Espresso machine\"}"),
                      QStringLiteral("{\"price\":130,\"name\":\"Espresso machine\"}"),
                      QStringLiteral("{\"request_id\":\"r-1\",\"tags\":[\"pricing\",true,null],\"retries\":0}")});
        exec(insert, {OlderUpdate, QStringLiteral("2026-11-27T10:00:00.000Z"), 2, QStringLiteral("bob"),
                      QStringLiteral("UPDATE"), QStringLiteral("products"), QStringLiteral("777"),
                      QStringLiteral("Updated products #777: price 90.00 → 100.00"), QStringLiteral("192.168.1.11"),
                      QStringLiteral("Safari/605.1"), QStringLiteral("sess-b1"), QStringLiteral("success"),
                      QStringLiteral("INFO"), QStringLiteral("{\"price\":90,\"name\":\"Espresso machine\"}"),
                      QStringLiteral("{\"price\":100,\"name\":\"Espresso machine\"}"), null});
        exec(insert, {FailedLogin, QStringLiteral("2026-11-28T10:10:00.000Z"), 1, QStringLiteral("alice"),
                      QStringLiteral("LOGIN_FAILED"), QStringLiteral("users"), QStringLiteral("1"),
                      QStringLiteral("Failed login for alice: wrong password"), QStringLiteral("203.0.113.9"),
                      QStringLiteral("curl/8.4.0"), null, QStringLiteral("failure"), QStringLiteral("WARNING"), null,
                      null, QStringLiteral("{\"reason\":\"bad_password\",\"attempt\":3}")});
        exec(insert, {Delete, QStringLiteral("2026-11-28T09:00:00.000Z"), 3, QStringLiteral("carol"),
                      QStringLiteral("DELETE"), QStringLiteral("orders"), QStringLiteral("42"),
                      QStringLiteral("Deleted orders #42"), QStringLiteral("192.168.1.12"), QStringLiteral("Firefox/121.0"),
                      QStringLiteral("sess-c1"), QStringLiteral("success"), QStringLiteral("WARNING"),
                      QStringLiteral("{\"total\":59.9,\"customer\":\"Acme\"}"), null, null});
        exec(QStringLiteral("INSERT INTO audit_logs (id) VALUES (?)"), {Nulls});
        exec(insert, {BrokenJson, QStringLiteral("2026-11-28T10:20:00.000Z"), 1, QStringLiteral("alice"),
                      QStringLiteral("UPDATE"), QStringLiteral("settings"), QStringLiteral("tax_rate"),
                      QStringLiteral("Changed tax rate"), QStringLiteral("192.168.1.10"), QStringLiteral("Firefox/121.0"),
                      QStringLiteral("sess-a1"), QStringLiteral("success"), QStringLiteral("INFO"),
                      QStringLiteral("{\"rate\": 0.19"), QStringLiteral("{\"rate\": 0.21}"),
                      QStringLiteral("{\"source\": \"admin panel\", \"note\": unquoted}")});
        exec(insert, {InvalidUtf8, QStringLiteral("2026-11-28T08:00:00.000Z"), 4, QStringLiteral("dave"),
                      QStringLiteral("CREATE"), QStringLiteral("customers"), QStringLiteral("9"),
                      QByteArray("caf\xc3\x28 \xff\xfe bytes"), QStringLiteral("10.0.0.21"), null, null,
                      QStringLiteral("success"), null, null, null, null});
        exec(QStringLiteral("UPDATE audit_logs SET user_agent = CAST(X'4167656E74C328FF' AS TEXT) WHERE id = ?"),
             {InvalidUtf8});
        exec(insert, {Huge, QStringLiteral("2026-11-28T07:00:00.000Z"), 5, QStringLiteral("erin"),
                      QStringLiteral("SYNC_PUSH"), QStringLiteral("inventory"), QStringLiteral("5"),
                      QStringLiteral("Pushed a large payload"), QStringLiteral("10.0.0.22"), QString(kHugeBytes, u'u'),
                      null, QStringLiteral("success"), null, null, null, hugeMetadata()});
        exec(insert, {FarAway, QStringLiteral("2026-11-28T12:00:00.000Z"), 1, QStringLiteral("alice"),
                      QStringLiteral("LOGOUT"), QStringLiteral("users"), QStringLiteral("1"),
                      QStringLiteral("Logged out"), QStringLiteral("192.168.1.10"), null, QStringLiteral("sess-a1"),
                      QStringLiteral("success"), QStringLiteral("INFO"), null, null, null});
        for (int i = 0; i < kFillerRows && ok; ++i) {
            exec(insert, {qint64(FirstFiller) + i, QStringLiteral("2026-10-%1T12:00:00.000Z").arg(i % 28 + 1, 2, 10, QLatin1Char('0')),
                          6, QStringLiteral("zed"), QStringLiteral("VIEW"), QStringLiteral("reports"),
                          QString::number(i), QStringLiteral("Viewed report %1").arg(i), null, null, null,
                          QStringLiteral("success"), null, null, null, null});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace DetailFixture
