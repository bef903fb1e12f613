// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"
#include "eventreader.h"
#include "schemamapping.h"

#include <QSqlQuery>
#include <QVector>

namespace AuditLens::Flags {

// Reads the fields the rules use (RULES.md "Fields used") in stream order: ORDER BY the
// timestamp column, then the row key — the order an index on the timestamp serves. It reads
// the same canonical values as EventReader but parses the changes of updates only, since
// only large_value_change reads them and JSON parsing dominates a scan of ten million rows.
class FlagSource
{
public:
    explicit FlagSource(const SchemaMapping &mapping);

    // SELECT key, … FROM table WHERE ts IS NOT NULL [AND (ts, key) > (?, ?)] ORDER BY ts, key.
    // A NULL timestamp never parses, so its rows are skipped here as RULES.md skips them.
    QString selectSql(bool afterPosition) const;
    // Counts the rows at or before a position: a backfilled row makes it disagree with the
    // count stored after the last run, and then only a full run gives the right answer.
    QString countUpToSql() const;
    QString countAllSql() const;
    static QVariantList positionValues(const QVariant &rawTimestamp, const QVariant &key);

    // Reads the current row into a canonical event (changes only for updates when wantChanges).
    AuditEvent read(const QSqlQuery &query, bool wantChanges) const;
    // Words one of which a changed field's name must contain to matter (RULES.md monetary
    // fields); rows whose raw change texts contain none of them are not parsed at all.
    void setChangeWords(const QStringList &words);
    QVariant rawTimestamp(const QSqlQuery &query) const { return query.value(m_timestampIndex); }

private:
    QString text(const QSqlQuery &query, Field field, bool firstNonEmpty = false) const;
    bool mayNameChangeWord(const QString &a, const QString &b, const QString &c, const QString &d) const;

    SchemaMapping m_mapping;
    EventReader m_reader;
    QString m_timestampSql;
    QStringList m_columns;
    QStringList m_changeWords;
    bool m_filterChanges = false;
    QVector<QVector<int>> m_fieldIndex; // Field -> query positions
    int m_timestampIndex = -1;
};

} // namespace AuditLens::Flags
