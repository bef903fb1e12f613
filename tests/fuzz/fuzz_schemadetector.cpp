// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The schema detector on an in-memory SQLite table whose name and columns come from the input
// (first part: the table name; second: column names, one a line; third: a value for every
// column). When a mapping is found, the select it implies must prepare and read the row.
#include "eventreader.h"
#include "fuzzsupport.h"
#include "schemadetector.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace AuditLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static const QList<SchemaProfile> profiles = SchemaDetector::loadProfiles();
    const QList<QString> p = Fuzz::parts(data, size, 3);
    QStringList columns = p[1].split(u'\n', Qt::SkipEmptyParts);
    if (p[0].isEmpty() || columns.isEmpty() || columns.size() > 64)
        return 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
        QSqlQuery q(db);
        QStringList quoted;
        for (const QString &c : columns)
            quoted << quoteIdentifier(c);
        // The name may hold anything, a dot included: SQLite takes it whole when quoted.
        if (q.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(quoteIdentifier(p[0]), quoted.join(u',')))) {
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks << QStringLiteral("?");
            q.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(quoteIdentifier(p[0]), marks.join(u',')));
            for (qsizetype i = 0; i < columns.size(); ++i)
                q.addBindValue(p[2]);
            q.exec();
            QString error;
            const QList<TableInfo> tables = SchemaDetector::listTables(db, DatabaseKind::SQLite, &error);
            const SchemaMapping mapping = SchemaDetector::detect(tables, profiles, DatabaseKind::SQLite);
            if (mapping.isValid()) {
                const EventReader reader(mapping);
                QSqlQuery select(db);
                const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                        .arg(reader.selectList(), quoteTable(mapping.table), reader.keyExpression());
                if (!select.exec(sql))
                    Fuzz::fail("the detected mapping's select fails", sql + u": "_qs + select.lastError().text());
                while (select.next())
                    reader.read(select);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz"));
    return 0;
}
