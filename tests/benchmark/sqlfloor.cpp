// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfloor.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace AuditLens {
namespace {

QString literal(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
        return v.toString();
    QString s = v.toString();
    s.replace(u'\'', QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

} // namespace

namespace {

// Runs the shell on a script; returns its wall time in ms and its output.
double runShell(const QString &path, const QString &script, QByteArray *output)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(3600000))
        return -1;
    const double ms = t.nsecsElapsed() / 1e6;
    if (output)
        *output = p.readAllStandardOutput();
    return ms;
}

} // namespace

double SqlFloor::time(const SqlCondition &statement, int repeat) const
{
    // "?" placeholders are numbered ?1, ?2 … in order, as SQLite itself numbers them.
    QString sql;
    int n = 0;
    for (const QChar c : statement.sql)
        sql += c == u'?' ? QStringLiteral("?%1").arg(++n) : QString(c);
    QString prologue = m_setup;
    for (int i = 0; i < statement.values.size(); ++i)
        prologue += QStringLiteral(".parameter set ?%1 %2\n").arg(i + 1).arg(literal(statement.values.at(i)));
    prologue += QStringLiteral(".output /dev/null\n");
    if (repeat > 1) {
        // The shell's timer reads whole milliseconds; a page query takes less. So: the wall time
        // of `repeat` runs, less the wall time of starting the shell, over `repeat`.
        QString body;
        for (int i = 0; i < repeat * 10; ++i)
            body += sql + QStringLiteral(";\n");
        QList<double> samples;
        for (int round = 0; round < 3; ++round) {
            const double base = runShell(m_path, prologue + QStringLiteral("SELECT 1;\n"), nullptr);
            const double all = runShell(m_path, prologue + body, nullptr);
            samples << std::max(0.0, (all - base) / (repeat * 10));
        }
        std::sort(samples.begin(), samples.end());
        return samples.at(1);
    }
    QByteArray output;
    // The timer starts after the setup, so its first reading is the statement's.
    runShell(m_path, prologue + QStringLiteral(".timer on\n") + sql + QStringLiteral(";\n"), &output);
    static const QRegularExpression re(QStringLiteral("Run Time: real ([0-9.]+)"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(1).toDouble() * 1000.0 : -1;
}

double SqlFloor::timeCsv(const QString &sql, const QString &outputPath) const
{
    QProcess p;
    p.setStandardOutputFile(outputPath);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), QStringLiteral("-csv"), QStringLiteral("-header"), m_path, sql});
    if (!p.waitForFinished(3600000))
        return -1;
    return t.nsecsElapsed() / 1e6;
}

} // namespace AuditLens
