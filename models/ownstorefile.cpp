// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownstorefile.h"

#include "querycanceller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace AuditLens::OwnStoreFile {

void prepare(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!QFile::exists(path)) {
        QFile created(path);
        if (created.open(QIODevice::WriteOnly))
            created.close();
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

Connection::~Connection()
{
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

bool openWithAudit(const QString &connection, const QString &path, const QString &auditPath, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QUrl audit = QUrl::fromLocalFile(QFileInfo(auditPath).absoluteFilePath());
    audit.setQuery(QStringLiteral("mode=ro"));
    QSqlQuery attach(db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS audit"));
    attach.addBindValue(audit.toString(QUrl::FullyEncoded));
    if (!attach.exec()) {
        *error = attach.lastError().text();
        return false;
    }
    return true;
}

namespace {

QVariant firstValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace

Walk walkRowids(const QSqlDatabase &db, const QString &table, qint64 covered, qint64 batchSize,
                const QueryCanceller *canceller, const std::function<bool(qint64 from, qint64 to)> &step,
                std::pair<qint64, qint64> *range)
{
    const qint64 first = firstValue(db, QStringLiteral("SELECT min(rowid) FROM %1").arg(table)).toLongLong();
    const qint64 last = firstValue(db, QStringLiteral("SELECT max(rowid) FROM %1").arg(table)).toLongLong();
    if (range)
        *range = {first, last};
    qint64 from = std::max(covered, first - 1);
    while (from < last) {
        if (canceller && canceller->isCancelled())
            return Walk::Cancelled;
        const qint64 to = std::min(last, from + batchSize);
        if (!step(from, to))
            return Walk::Stopped;
        const QVariant next = firstValue(db, QStringLiteral("SELECT min(rowid) FROM %1 WHERE rowid > ?").arg(table), {to});
        from = next.isNull() ? last : std::max(to, next.toLongLong() - 1);
    }
    return Walk::Done;
}

} // namespace AuditLens::OwnStoreFile
