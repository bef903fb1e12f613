// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "eventreader.h"
#include "export/csvwriter.h"
#include "export/exporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace AuditLens::TestSupport {

// The CSV export of every row by key, and the same lines made the slow way: each row read
// through the Qt driver into an AuditEvent (EventReader::read) and written by CsvWriter.
// The exporter reads SQLite's bytes itself (SqliteCsvStream); the two must agree byte for byte.
struct CsvOracle {
    QByteArray exported;
    QByteArray expected;
    qint64 rows = 0;
    QString error;

    explicit CsvOracle(AuditDatabase &db, bool neutralize = true)
    {
        const EventReader reader(db.mapping());
        QTemporaryDir dir;
        ExportOptions options;
        options.outputPath = dir.filePath(QStringLiteral("out.csv"));
        options.sortSql = reader.keyExpression();
        options.descending = false;
        options.csvByteOrderMark = false;
        options.csvNeutralizeFormulas = neutralize;
        const ExportResult result = Exporter::run(db, options);
        error = result.error;
        QFile file(options.outputPath);
        if (file.open(QIODevice::ReadOnly))
            exported = file.readAll();

        QStringList header;
        for (ExportColumn c : std::as_const(options.columns))
            header << ExportColumns::name(c);
        expected = header.join(u',').toUtf8() + "\r\n";
        QSqlQuery q(db.database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                   .arg(reader.selectList(), quoteTable(db.mapping().table), reader.keyExpression()));
        while (q.next()) {
            CsvWriter::appendLine(expected, reader.read(q), options.columns, neutralize, nullptr);
            ++rows;
        }
    }

    // Empty when the two agree; else where they part, with a little of each.
    QByteArray difference() const
    {
        if (exported == expected)
            return {};
        qsizetype at = 0;
        while (at < exported.size() && at < expected.size() && exported.at(at) == expected.at(at))
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 40);
        return "byte " + QByteArray::number(at) + ": exported …" + exported.mid(from, 120).toPercentEncoding(" ,\"{}:")
            + "… expected …" + expected.mid(from, 120).toPercentEncoding(" ,\"{}:") + "…";
    }
};

} // namespace AuditLens::TestSupport
