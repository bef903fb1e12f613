// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportregistry.h"

#include "csvwriter.h"
#include "jsonwriter.h"
#include "pdfreportwriter.h"

#include <QCoreApplication>

namespace AuditLens::ExportRegistry {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLens::ExportRegistry", text);
}

} // namespace

const QList<ExportFormatInfo> &formats()
{
    static const QList<ExportFormatInfo> kFormats{
        {ExportFormat::Csv, QStringLiteral("csv"), tr("CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"),
         [] { return std::unique_ptr<ExportWriter>(new CsvWriter); }},
        {ExportFormat::Json, QStringLiteral("json"), tr("JSON"), QStringLiteral("json"),
         tr("JSON files (*.json *.jsonl)"), [] { return std::unique_ptr<ExportWriter>(new JsonWriter); }},
        {ExportFormat::Pdf, QStringLiteral("pdf"), tr("PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"),
         [] { return std::unique_ptr<ExportWriter>(new PdfReportWriter); }},
    };
    return kFormats;
}

const ExportFormatInfo *find(ExportFormat format)
{
    for (const ExportFormatInfo &info : formats()) {
        if (info.format == format)
            return &info;
    }
    return nullptr;
}

const ExportFormatInfo *find(QStringView id)
{
    for (const ExportFormatInfo &info : formats()) {
        if (info.id.compare(id, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

} // namespace AuditLens::ExportRegistry
