// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace AuditLens {

// Writes a deterministic, realistic demo database in AuditLens's native schema: a dozen users
// with their usual IPs and user agents plus `system`, the tables and actions the source
// documents name, timestamps over the 90 days before `endDate` weighted to business hours,
// and planted activity that each rule of RULES.md flags. The same rows, seed and end date
// always give the same file contents.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::DemoGenerator)
public:
    struct Options {
        qint64 rows = 20000;
        quint32 seed = 1;
        QDate endDate = QDate::currentDate(); // the last day of activity (UTC)
    };

    // The native schema's DDL, documented in the README.
    static QString schemaSql();
    static QStringList indexSql();

    // Writes to a temporary file next to path and renames it into place, so a failure never
    // leaves half a database behind. progress(done, total) is called now and then.
    static bool write(const QString &path, const Options &options, QString *error,
                      const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace AuditLens
