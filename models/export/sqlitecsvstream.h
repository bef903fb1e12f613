// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvrowencoder.h"
#include "sqlcondition.h"

#include <QSqlDatabase>

#include <functional>

struct sqlite3;

namespace AuditLens {

class CsvWriter;

// A CSV export's rows read with SQLite's own API on the Qt connection's handle and encoded
// straight into the writer's buffer (CsvRowEncoder): no QVariant or QString per cell. The flag
// marks, when asked for, are fetched for a batch of rows at a time, as the exporter does.
class SqliteCsvStream
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::Exporter)
public:
    struct Hooks {
        std::function<bool()> cancelled;
        std::function<void(qint64 rows)> written; // rows now in the writer's buffer
    };

    // Null unless the connection is SQLite's and every bound value has an SQLite form.
    static sqlite3 *handle(const QSqlDatabase &db, const QVariantList &values);

    SqliteCsvStream(sqlite3 *db, const EventReader &reader, const ExportOptions &options, CsvWriter &writer,
                    const Hooks &hooks);

    // Runs the statement and writes every row; false with error() set on failure or cancel.
    bool run(const SqlCondition &statement);
    QString error() const { return m_error; }

private:
    bool flushBatch();
    bool fail(const QString &message);

    struct Pending {
        qsizetype begin;
        qsizetype flagsAt;
        QVariant key;
    };

    sqlite3 *m_db;
    const ExportOptions &m_options;
    CsvWriter &m_writer;
    const Hooks &m_hooks;
    CsvRowEncoder m_encoder;
    bool m_batchFlags = false;
    QByteArray m_batch;
    QList<Pending> m_pending;
    QString m_error;
};

} // namespace AuditLens
