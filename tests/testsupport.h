// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demogenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace AuditLens::TestSupport {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(AUDITLENS_TEST_DATA "/") + name;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// A plain read-write connection for the test's own fixtures and its reference queries.
class Sql
{
public:
    explicit Sql(const QString &path, const QString &name = QStringLiteral("test-sql"))
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~Sql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        // Without values, no prepare: Qt would read ":15" in a comment as a placeholder.
        bool ok = false;
        if (values.isEmpty()) {
            ok = q.exec(sql);
        } else {
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = q.exec();
        }
        if (!ok) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    // Runs a script of statements separated by ";\n".
    bool script(const QString &text)
    {
        for (const QString &statement : text.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty() && !exec(statement))
                return false;
        }
        return true;
    }
    QVariantList column(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVariantList out;
        if (!q.exec())
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next())
            out << q.value(0);
        return out;
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        return column(sql, values).value(0);
    }

protected:
    // For connections to other servers: the subclass adds and opens the connection itself.
    struct Unopened {};
    Sql(Unopened, const QString &name) : m_name(name) {}

private:
    QString m_name;
};

// Waits until the page a model reads on a worker (under a text search) is shown; true at once
// for a page read on the spot.
template<typename Model>
bool waitForPage(const Model &model, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, timeoutMs);
}

inline bool writeDemo(const QString &path, qint64 rows, quint32 seed = 7)
{
    DemoGenerator::Options options;
    options.rows = rows;
    options.seed = seed;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    const bool ok = DemoGenerator::write(path, options, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

inline QString fixtureSql(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built binary. With a working folder, it runs there with a runtime folder of its
// own (XDG_RUNTIME_DIR), so that Qt has nothing to warn about on stderr.
inline ProcessResult runAuditLens(const QStringList &arguments, int timeoutMs = 120000, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty()) {
        const QString runtime = workDir + QStringLiteral("/runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), workDir + QStringLiteral("/cache")); // the command line's flag cache
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(workDir);
    }
    p.start(QStringLiteral(AUDITLENS_BINARY), arguments);
    p.closeWriteChannel();
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace AuditLens::TestSupport
