// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportwriter.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPainter>

#include <memory>

class QPdfWriter;

namespace AuditLens {

// A compliance report drawn with QPainter on QPdfWriter, one row at a time: front matter and
// summary on page 1, then the entries with coloured action badges and flag marks. Rows have a
// fixed height, so the page count is known from the row count before the first row is drawn.
// Every string from the database is drawn with drawText() as plain text, never as markup.
class PdfReportWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::PdfReportWriter)
public:
    PdfReportWriter();
    ~PdfReportWriter() override;

    bool needsSummary() const override { return true; }
    bool begin(QIODevice *device, const ExportOptions &options, const ExportSummary &summary, QString *error) override;
    bool write(const AuditEvent &event, const FlagMarks &flags) override;
    bool finish(QString *error) override;

    // Landscape A4 or Letter.
    static QPageLayout pageLayout(QPageSize::PageSizeId size);

private:
    struct TableColumn {
        ExportColumn column;
        qreal x;
        qreal width;
    };

    qreal mm(qreal millimetres) const;
    void layoutColumns();
    void drawPageHeader();
    void drawFooter();
    qreal drawFrontMatter(qreal y);
    qreal drawSummary(qreal y);
    qreal drawCountLine(qreal y, const QString &label, const QList<QPair<QString, qint64>> &counts, bool badges);
    void drawTableHeader();
    void drawCell(const TableColumn &c, const AuditEvent &event, const FlagMarks &flags, const QRectF &cell);
    void newPage();
    int pagesForRows(qint64 rows, qreal firstPageTop);

    std::unique_ptr<QPdfWriter> m_pdf;
    QPainter m_painter;
    ExportOptions m_options;
    ExportSummary m_summary;
    QList<TableColumn> m_columns;
    QFont m_font;
    QFont m_bold;
    QFont m_title;
    QRectF m_content;   // inside the margins
    qreal m_tableTop = 0; // first row of a page after the first
    qreal m_rowHeight = 0;
    qreal m_y = 0;
    int m_page = 1;
    int m_pageCount = 1;
    qint64 m_row = 0;
    qint64 m_rowsOnPage = 0;
    qint64 m_firstPageRows = 1;
    qint64 m_pageRows = 1;
};

} // namespace AuditLens
