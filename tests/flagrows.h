// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Random audit rows for the flag tests, written to an SQLite file in the native schema, and
// one flagging run over such a file.
#pragma once

#include "auditdatabase.h"
#include "demogenerator.h"
#include "flags/flagrunner.h"
#include "flags/flagstore.h"
#include "timestampparser.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace AuditLens::FlagRows {

using namespace AuditLens::Flags;

struct Row {
    QString ts;
    QString user;
    QString action;
    QString entity;
    QString entityId;
    QString ip;
    QString status;
    QString oldValues;
    QString newValues;
};

// Dense random activity: few actors, records and IPs, many equal timestamps, so that every
// windowed rule fires often and splits fall inside windows.
inline QList<Row> randomRows(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const QStringList kActions{u"CREATE"_qs, u"UPDATE"_qs, u"UPDATE"_qs, u"DELETE"_qs, u"LOGIN"_qs,
                                      u"LOGIN_FAILED"_qs, u"VIEW"_qs, u"PERMISSION_DENIED"_qs};
    qint64 t = Timestamps::daysFromCivil(2026, 11, 1) * 86400000LL + 20 * 3600000LL;
    QList<Row> rows;
    for (int i = 0; i < n; ++i) {
        t += rng.bounded(3) == 0 ? 0 : rng.bounded(25000);
        Row r;
        // A few timestamps that do not parse, early on (a leading space sorts them first).
        r.ts = i < n / 10 && rng.bounded(20) == 0 ? u" unknown"_qs : Timestamps::toIsoUtc(t);
        r.user = u"user%1"_qs.arg(rng.bounded(4));
        r.action = kActions.at(rng.bounded(int(kActions.size())));
        r.entity = rng.bounded(2) ? u"orders"_qs : u"products"_qs;
        r.entityId = QString::number(rng.bounded(4));
        r.ip = u"10.0.0.%1"_qs.arg(rng.bounded(8));
        r.status = r.action == u"LOGIN_FAILED"_qs ? u"failure"_qs : u"success"_qs;
        if (r.action == u"UPDATE"_qs) {
            r.oldValues = u"{\"price\": %1}"_qs.arg(100);
            r.newValues = u"{\"price\": \"$%1\"}"_qs.arg(80 + rng.bounded(60));
        }
        rows << r;
    }
    return rows;
}

inline bool writeRows(const QString &path, const QList<Row> &rows, bool create)
{
    const QString name = u"writer-"_qs + path;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        if (ok && create)
            ok = q.exec(DemoGenerator::schemaSql());
        db.transaction();
        q.prepare(u"INSERT INTO audit_logs (timestamp, username, action, entity, entity_id, ip_address, status, "
                  "summary, session_id, old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?, '', 's', ?, ?)"_qs);
        for (const Row &r : rows) {
            if (!ok)
                break;
            for (const QString &v : {r.ts, r.user, r.action, r.entity, r.entityId, r.ip, r.status})
                q.addBindValue(v);
            q.addBindValue(r.oldValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.oldValues));
            q.addBindValue(r.newValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.newValues));
            ok = q.exec();
            if (!ok)
                qWarning() << q.lastError().text();
        }
        ok = db.commit() && ok;
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline RunResult flag(const QString &path, FlagStore &store, RunMode mode)
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    if (!db) {
        RunResult r;
        r.error = error;
        return r;
    }
    FlagRunner runner(*db, RuleSettings());
    runner.setStore(&store);
    return runner.run(mode);
}

inline QString identityOf(const QString &path)
{
    return DatabaseLocation::parse(path).identity();
}

} // namespace AuditLens::FlagRows
