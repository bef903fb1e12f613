// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "logging.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace AuditLens::SearchIndex {
namespace {

QMutex g_completeMutex;
QSet<QString> g_complete; // index files a finished build left complete, in this process

bool isComplete(const QString &indexPath)
{
    QMutexLocker lock(&g_completeMutex);
    return g_complete.contains(indexPath);
}

} // namespace

void setComplete(const QString &indexPath, bool complete)
{
    QMutexLocker lock(&g_completeMutex);
    if (complete)
        g_complete.insert(indexPath);
    else
        g_complete.remove(indexPath);
}

QString pathFor(const DatabaseLocation &location)
{
    const QByteArray digest =
        QCryptographicHash::hash(location.identity().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/search-index/")
        + QString::fromLatin1(digest) + QStringLiteral(".sqlite");
}

bool isSupported(const DatabaseLocation &location)
{
    return location.kind == DatabaseKind::SQLite;
}

bool attachIfPresent(const QSqlDatabase &db, const DatabaseLocation &location)
{
    if (!isSupported(location) || db.driverName() != QLatin1String("QSQLITE"))
        return false;
    QSqlQuery list(db);
    if (list.exec(QStringLiteral("PRAGMA database_list"))) {
        while (list.next()) {
            if (list.value(1).toString() == QLatin1String(kAlias))
                return true;
        }
    }
    const QString path = pathFor(location);
    if (!isComplete(path) || !QFileInfo::exists(path))
        return false;
    // The audit connection is opened with SQLITE_OPEN_URI, so ATTACH reads this URI: read-only,
    // and the audit database itself is not touched by an ATTACH.
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("mode=ro"));
    QSqlQuery attach(db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS ") + QLatin1String(kAlias));
    attach.addBindValue(uri.toString(QUrl::FullyEncoded));
    if (!attach.exec()) {
        qCWarning(lcModels) << "search index not attached:" << attach.lastError().text();
        return false;
    }
    return true;
}

QString documentSql(const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("coalesce(CAST(%1 AS TEXT), '')").arg(quoteIdentifier(c));
    // A line break between fields; a phrase spanning two fields is removed again by the exact
    // LIKE check the compiler keeps next to the index match.
    return parts.isEmpty() ? QStringLiteral("''") : parts.join(QStringLiteral(" || char(10) || "));
}

QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

qint64 candidateCount(const QString &indexPath, const QString &text, qint64 limit)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("auditlens-search-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl uri = QUrl::fromLocalFile(indexPath);
        uri.setQuery(QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT ?)")
                          .arg(QLatin1String(kTable)));
            q.addBindValue(phrase(text));
            q.addBindValue(limit);
            if (q.exec() && q.next())
                count = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace AuditLens::SearchIndex
