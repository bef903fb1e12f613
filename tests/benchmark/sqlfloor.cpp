// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfloor.h"

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

double SqlFloor::time(const SqlCondition &statement, int repeat) const
{
    // "?" placeholders are numbered ?1, ?2 … in order, as SQLite itself numbers them.
    QString sql;
    int n = 0;
    for (const QChar c : statement.sql)
        sql += c == u'?' ? QStringLiteral("?%1").arg(++n) : QString(c);
    QString script = QStringLiteral(".timer on\n");
    for (int i = 0; i < statement.values.size(); ++i)
        script += QStringLiteral(".parameter set ?%1 %2\n").arg(i + 1).arg(literal(statement.values.at(i)));
    script += QStringLiteral(".output /dev/null\n");
    for (int i = 0; i < repeat; ++i)
        script += sql + QStringLiteral(";\n");
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), m_path});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000))
        return -1;
    static const QRegularExpression re(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> samples;
    auto it = re.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        samples << it.next().captured(1).toDouble() * 1000.0;
    if (samples.isEmpty())
        return -1;
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace AuditLens
