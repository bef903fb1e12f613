// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownstorefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

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

} // namespace AuditLens::OwnStoreFile
