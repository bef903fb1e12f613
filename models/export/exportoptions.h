// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"
#include "entriesmodel.h"
#include "sqlcondition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPageSize>
#include <QPair>
#include <QString>
#include <QVariantList>

#include <functional>

namespace AuditLens {

enum class ExportFormat { Csv, Json, Pdf };

// The canonical fields an export can hold, in their default order.
enum class ExportColumn { Id, Timestamp, Actor, UserId, Action, Category, Entity, EntityId, Summary, Ip, UserAgent,
                          Session, Status, Severity, OldValues, NewValues, Changes, Metadata, Flags };

namespace ExportColumns {
QList<ExportColumn> all();
// The columns of the entries table, which fit a landscape PDF page.
QList<ExportColumn> reportDefaults();
// The canonical name: the CSV header and the JSON key ("user_id", "old_values", …).
QString name(ExportColumn column);
// A translated title for the dialog and the PDF table header.
QString title(ExportColumn column);
bool fromName(QStringView name, ExportColumn *column);
// "2026-11-28T09:15:02.120Z"
QString isoUtc(qint64 msecs);
// The cell text of a CSV or PDF export (timestamps ISO-8601 UTC, flags joined by "; ").
QString text(const AuditEvent &event, ExportColumn column, const FlagMarks &flags);
} // namespace ExportColumns

// Flag marks for a batch of row keys (keyText -> marks); supplied by the flag engine when present.
using ExportFlagProvider = std::function<QHash<QString, FlagMarks>(const QVariantList &keys)>;
// Flagged events per rule for the PDF summary, most first.
using ExportFlagSummary = std::function<QList<QPair<QString, qint64>>()>;

struct ExportOptions {
    ExportFormat format = ExportFormat::Csv;
    QString outputPath;
    QList<ExportColumn> columns = ExportColumns::all();

    // Which rows: those the condition matches, or only the given keys (selected rows).
    SqlCondition condition;
    bool onlyKeys = false;
    QVariantList keys;
    // Order: a quoted SQL column (EntriesModel::sortSql), empty for the timestamp; ties by key.
    QString sortSql;
    bool descending = true;

    bool csvByteOrderMark = true;     // spreadsheet programs read UTF-8 only with it
    bool csvNeutralizeFormulas = true; // OWASP CSV injection advice
    bool jsonLines = false;
    QPageSize::PageSizeId pageSize = QPageSize::A4;

    // The PDF report's front matter.
    QString title;
    QString databaseName;
    QString filterDescription;
    QString generatedBy;
    QDateTime generatedAt;

    ExportFlagProvider flagMarks;
    ExportFlagSummary flagSummary;

    // Letter in the US and Canada, A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();
    // The user name from the environment (USER, USERNAME, LOGNAME).
    static QString currentUserName();
    Q_DECLARE_TR_FUNCTIONS(AuditLens::ExportOptions)
};

// Counts for the PDF summary, read before the rows so that "page X of Y" is known up front.
struct ExportSummary {
    qint64 rows = 0;
    QList<QPair<QString, qint64>> byCategory;
    QList<QPair<QString, qint64>> byStatus;
    QList<QPair<QString, qint64>> byRule;
};

struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString error; // one sentence when !ok
};

} // namespace AuditLens
