// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesample.h"

#include "schemamapping.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace AuditLens {
namespace {
constexpr int kSampleRows = 50;
constexpr int kMaxSampleLength = 60;
} // namespace

QHash<QString, QStringList> TableSample::columnSamples(const QSqlDatabase &db, const QString &table, int maxValues,
                                                      QString *error)
{
    QHash<QString, QStringList> samples;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 LIMIT %2").arg(quoteTable(table)).arg(kSampleRows))) {
        if (error)
            *error = q.lastError().text();
        return samples;
    }
    const QSqlRecord record = q.record();
    while (q.next()) {
        for (int i = 0; i < record.count(); ++i) {
            QStringList &values = samples[record.fieldName(i)];
            QString text = q.value(i).toString().simplified();
            if (text.size() > kMaxSampleLength)
                text = text.left(kMaxSampleLength - 1) + QChar(0x2026);
            if (values.size() < maxValues && !text.isEmpty() && !values.contains(text))
                values << text;
        }
    }
    return samples;
}

QStringList TableSample::distinctValues(const QSqlDatabase &db, const QString &table, const QString &column,
                                        int maxValues, int scanRows, QString *error)
{
    QStringList values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Text on both engines, so that integer codes (0, 1, 2) read back as the keys a value map uses.
    const QString c = quoteIdentifier(column);
    const QString sql = QStringLiteral("SELECT CAST(v AS TEXT), count(*) FROM (SELECT %1 AS v FROM %2 LIMIT %3) s "
                                       "WHERE v IS NOT NULL GROUP BY v ORDER BY 2 DESC, 1 LIMIT %4")
                            .arg(c, quoteTable(table))
                            .arg(scanRows)
                            .arg(maxValues);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return values;
    }
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace AuditLens
