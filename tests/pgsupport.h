// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace AuditLens::TestSupport {

// The viewer's URL of the throw-away server that ctest's postgres_server fixture starts.
inline QString testServerUrl()
{
    return qEnvironmentVariable("AUDITLENS_TEST_PG");
}

inline QByteArray missingServerMessage()
{
    return QByteArrayLiteral("AUDITLENS_TEST_PG is not set: run this test through ctest, whose postgres_server "
                             "fixture (pg_server_start, scripts/pg-test-server.sh) starts the test server");
}

// A read-write connection as the owner of the test tables, for fixtures and reference queries.
class PgOwner : public Sql
{
public:
    explicit PgOwner(const QString &name = QStringLiteral("pg-owner"))
        : Sql(Unopened{}, name)
    {
        const DatabaseLocation loc = DatabaseLocation::parse(testServerUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(loc.host);
        db.setPort(loc.port);
        db.setDatabaseName(loc.database);
        db.setUserName(QStringLiteral("auditlens_owner"));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open())
            qWarning("owner connection failed: %s", qPrintable(db.lastError().text()));
        QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    bool isOpen() const { return db().isOpen(); }
};

// Copies the native audit_logs table of an SQLite demo file into PostgreSQL with native types:
// bigserial id, timestamptz time (with 456 µs added, so that keyset positions must keep
// microseconds; every millisecond comparison is unchanged), and the demo's indexes.
inline bool copyDemoToPostgres(const QSqlDatabase &sqlite, PgOwner &pg, const QString &table)
{
    const QString t = quoteIdentifier(table);
    bool ok = pg.exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(t))
        && pg.exec(QStringLiteral(
                       "CREATE TABLE %1 (id bigserial PRIMARY KEY, timestamp timestamptz NOT NULL, user_id integer, "
                       "username text, action text NOT NULL, entity text, entity_id text, summary text, "
                       "ip_address text, user_agent text, session_id text, status text NOT NULL DEFAULT 'success', "
                       "severity text, old_values text, new_values text, metadata text)")
                       .arg(t));
    const QStringList columns{QStringLiteral("id"),         QStringLiteral("timestamp"),  QStringLiteral("user_id"),
                              QStringLiteral("username"),   QStringLiteral("action"),     QStringLiteral("entity"),
                              QStringLiteral("entity_id"),  QStringLiteral("summary"),    QStringLiteral("ip_address"),
                              QStringLiteral("user_agent"), QStringLiteral("session_id"), QStringLiteral("status"),
                              QStringLiteral("severity"),   QStringLiteral("old_values"), QStringLiteral("new_values"),
                              QStringLiteral("metadata")};
    QSqlQuery src(sqlite);
    src.setForwardOnly(true);
    ok = ok && src.exec(QStringLiteral("SELECT %1 FROM audit_logs ORDER BY id").arg(columns.join(u',')));
    ok = ok && pg.db().transaction();
    QSqlQuery ins(pg.db());
    QStringList marks(columns.size(), QStringLiteral("?"));
    marks[1] = QStringLiteral("CAST(? AS timestamptz) + interval '456 microseconds'");
    ok = ok && ins.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t, columns.join(u','), marks.join(u',')));
    while (ok && src.next()) {
        for (int i = 0; i < columns.size(); ++i)
            ins.addBindValue(src.value(i));
        ok = ins.exec();
        if (!ok)
            qWarning("insert failed: %s", qPrintable(ins.lastError().text()));
    }
    ok = ok && pg.db().commit();
    for (const QString &index :
         {QStringLiteral("(timestamp)"), QStringLiteral("(username, timestamp)"), QStringLiteral("(action, timestamp)"),
          QStringLiteral("(entity, timestamp)"), QStringLiteral("(entity, entity_id)")}) {
        ok = ok && pg.exec(QStringLiteral("CREATE INDEX ON %1 %2").arg(t, index));
    }
    ok = ok && pg.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %2").arg(table, t));
    return ok && pg.exec(QStringLiteral("ANALYZE %1").arg(t));
}

// Stops (pause) or starts again (resume) the fixture's server, as a server that goes away and
// comes back: scripts/pg-test-server.sh on the folder and port ctest gave it.
inline bool controlTestServer(const QString &action)
{
    const QString script = qEnvironmentVariable("AUDITLENS_TEST_PG_SCRIPT");
    const QString dir = qEnvironmentVariable("AUDITLENS_TEST_PG_DIR");
    if (script.isEmpty() || dir.isEmpty())
        return false;
    QProcess p;
    p.start(script, {action, dir, QString::number(DatabaseLocation::parse(testServerUrl()).port)});
    if (!p.waitForFinished(90000) || p.exitCode() != 0) {
        qWarning("pg-test-server.sh %s failed: %s", qPrintable(action), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

inline QString urlWithTable(const QString &table)
{
    return testServerUrl() + QStringLiteral("?table=") + table;
}

} // namespace AuditLens::TestSupport
