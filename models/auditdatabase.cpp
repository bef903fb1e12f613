// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"

#include "search/searchindex.h"

#include "logging.h"
#include "schemadetector.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace AuditLens {
namespace {

QAtomicInt g_connectionCounter;

// SQLite's own messages are terse ("file is not a database"); say what it means to an owner.
QString explainSqliteError(const QString &path, const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return AuditDatabase::tr("%1 is locked by another program that is writing to it; try again when it has finished.")
            .arg(path);
    if (text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed"))
        || text.contains(QLatin1String("corrupt")))
        return AuditDatabase::tr("%1 is damaged or is not an SQLite database (%2).").arg(path, text);
    return AuditDatabase::tr("Cannot read %1: %2").arg(path, text);
}

QString checkSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return AuditDatabase::tr("%1 does not exist.").arg(path);
    if (!info.isFile())
        return AuditDatabase::tr("%1 is not a file.").arg(path);
    if (!info.isReadable())
        return AuditDatabase::tr("%1 cannot be read: permission denied.").arg(path);
    if (info.size() == 0)
        return AuditDatabase::tr("%1 is empty: it holds no database.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AuditDatabase::tr("%1 cannot be opened: %2").arg(path, file.errorString());
    const QByteArray header = file.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return AuditDatabase::tr("%1 is not an SQLite database.").arg(path);
    if (info.size() < 512)
        return AuditDatabase::tr("%1 is truncated: it is too short to be an SQLite database.").arg(path);
    return {};
}

// libpq's messages span lines ("connection to server at … failed: FATAL: …\n") and Qt appends
// "QPSQL: Unable to connect": keep the server's own words on one line.
QString explainPostgresError(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    text.replace(u'\n', u' ');
    return text.simplified();
}

} // namespace

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation loc;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text);
        loc.kind = DatabaseKind::PostgreSQL;
        loc.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        loc.port = url.port(5432);
        loc.database = url.path().mid(1);
        loc.user = url.userName();
        loc.password = url.password();
        const QUrlQuery query(url);
        loc.table = query.queryItemValue(QStringLiteral("table"));
        loc.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
        return loc;
    }
    loc.kind = DatabaseKind::SQLite;
    loc.path = text.startsWith(QLatin1String("file://")) ? QUrl(text).toLocalFile() : text;
    return loc;
}

QString DatabaseLocation::displayName() const
{
    if (kind == DatabaseKind::SQLite)
        return QFileInfo(path).fileName();
    return QStringLiteral("%1@%2/%3").arg(user, host, database);
}

QString DatabaseLocation::identity() const
{
    if (kind == DatabaseKind::SQLite) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        return QStringLiteral("sqlite:") + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DatabaseLocation::toUrl() const
{
    if (kind == DatabaseKind::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (!table.isEmpty())
        query.addQueryItem(QStringLiteral("table"), table);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

AuditDatabase::~AuditDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase AuditDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool AuditDatabase::connect(QString *error)
{
    m_connectionName = QStringLiteral("auditlens-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    if (m_location.kind == DatabaseKind::SQLite) {
        if (const QString problem = checkSqliteFile(m_location.path); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        // mode=ro, not immutable=1: immutable would skip rows still in a writer's WAL.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(m_location.path).absoluteFilePath());
        uri.setQuery(QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            *error = explainSqliteError(m_location.path, db.lastError());
            return false;
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA query_only = ON"));
        SearchIndex::attachIfPresent(db, m_location);
        return true;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("The PostgreSQL driver for Qt (libqt6sql6-psql) is not installed.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.database);
    db.setUserName(m_location.user);
    QString password = m_location.password;
    if (password.isEmpty())
        password = qEnvironmentVariable("PGPASSWORD");
    if (!password.isEmpty())
        db.setPassword(password);
    // No password here means libpq looks in ~/.pgpass and PGPASSFILE itself: an empty one
    // set on the driver would override that.
    QStringList options{QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds),
                        QStringLiteral("application_name=AuditLens")};
    if (!m_location.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_location.sslMode;
    db.setConnectOptions(options.join(u';'));
    return openConnection(db, error);
}

bool AuditDatabase::openConnection(QSqlDatabase &db, QString *error)
{
    if (!db.open()) {
        *error = tr("Cannot connect to %1: %2").arg(m_location.displayName(), explainPostgresError(db.lastError()));
        return false;
    }
    QSqlQuery session(db);
    // UTC and ISO dates: timestamptz values read back as text (keyset positions) must parse
    // the same whatever the server's or the role's defaults are.
    if (!session.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))
        || !session.exec(QStringLiteral("SET default_transaction_read_only = on"))
        || !session.exec(QStringLiteral("SET statement_timeout = '%1s'").arg(kStatementTimeoutSeconds))
        || !session.exec(QStringLiteral("SET TIME ZONE 'UTC'"))
        || !session.exec(QStringLiteral("SET DateStyle = 'ISO, YMD'"))) {
        *error = tr("Cannot make the session on %1 read-only: %2")
                     .arg(m_location.displayName(), session.lastError().text());
        return false;
    }
    return true;
}

bool AuditDatabase::isAlive() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

bool AuditDatabase::reconnect(QString *error)
{
    QSqlDatabase db = database();
    db.close();
    if (m_location.kind == DatabaseKind::SQLite) {
        if (!db.open()) {
            *error = explainSqliteError(m_location.path, db.lastError());
            return false;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
        SearchIndex::attachIfPresent(db, m_location);
        return true;
    }
    return openConnection(db, error);
}

std::unique_ptr<AuditDatabase> AuditDatabase::open(const DatabaseLocation &location, QString *error, bool *noAuditTable)
{
    if (noAuditTable)
        *noAuditTable = false;
    std::unique_ptr<AuditDatabase> result(new AuditDatabase);
    result->m_location = location;
    if (!result->connect(error))
        return nullptr;
    QString listError;
    const QList<TableInfo> tables = SchemaDetector::listTables(result->database(), location.kind, &listError);
    if (!listError.isEmpty()) {
        *error = location.kind == DatabaseKind::SQLite
            ? explainSqliteError(location.path, QSqlError(listError, listError))
            : tr("Cannot read the tables of %1: %2").arg(location.displayName(), listError);
        return nullptr;
    }
    if (!location.table.isEmpty()) {
        bool found = false;
        for (const TableInfo &t : tables)
            found = found || t.name.compare(location.table, Qt::CaseInsensitive) == 0;
        if (!found) {
            *error = tr("%1 has no table named %2.").arg(location.displayName(), location.table);
            return nullptr;
        }
    }
    result->m_mapping = SchemaDetector::detect(tables, SchemaDetector::loadProfiles(), location.kind, location.table);
    if (!result->m_mapping.isValid()) {
        if (noAuditTable)
            *noAuditTable = !tables.isEmpty();
        *error = tables.isEmpty()
            ? tr("%1 holds no tables.").arg(location.displayName())
            : tr("%1 has no audit log table: none of its %n table(s) has a timestamp and an action column.",
                 nullptr, int(tables.size()))
                  .arg(location.displayName());
        return nullptr;
    }
    // Read one row so that a damaged table or a lock is reported now, not on the first page.
    QSqlQuery probe(result->database());
    probe.setForwardOnly(true);
    if (!probe.exec(QStringLiteral("SELECT * FROM ") + quoteTable(result->m_mapping.table) + QStringLiteral(" LIMIT 1"))) {
        *error = location.kind == DatabaseKind::SQLite
            ? explainSqliteError(location.path, probe.lastError())
            : tr("Cannot read %1: %2").arg(result->m_mapping.table, probe.lastError().text());
        return nullptr;
    }
    qCInfo(lcModels) << "opened" << location.displayName() << "as" << result->m_mapping.profileName
                     << "table" << result->m_mapping.table;
    return result;
}

std::unique_ptr<AuditDatabase> AuditDatabase::openClone(QString *error) const
{
    return openWith(m_location, m_mapping, error);
}

std::unique_ptr<AuditDatabase> AuditDatabase::openWith(const DatabaseLocation &location, const SchemaMapping &mapping,
                                                       QString *error)
{
    std::unique_ptr<AuditDatabase> clone(new AuditDatabase);
    clone->m_location = location;
    clone->m_mapping = mapping;
    if (!clone->connect(error))
        return nullptr;
    return clone;
}

} // namespace AuditLens
