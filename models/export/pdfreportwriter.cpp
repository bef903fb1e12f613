// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreportwriter.h"

#include "categorypalette.h"

#include "timestampparser.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPdfWriter>

#include <cmath>

namespace AuditLens {
namespace {

constexpr int kResolution = 300;
constexpr int kMaxRuleLines = 12;

const QColor kRuleColor(0xc0, 0xc4, 0xc8);
const QColor kStripeColor(0xf3, 0xf5, 0xf7);
const QColor kMutedText(0x55, 0x5b, 0x61);

// Relative widths; a report with fewer columns spreads them over the page.
qreal weight(ExportColumn c)
{
    switch (c) {
    case ExportColumn::Timestamp: return 15;
    case ExportColumn::Summary: return 30;
    case ExportColumn::Actor: case ExportColumn::UserAgent: return 14;
    case ExportColumn::Action: return 13;
    case ExportColumn::OldValues: case ExportColumn::NewValues: case ExportColumn::Changes:
    case ExportColumn::Metadata: return 16;
    case ExportColumn::Flags: case ExportColumn::Ip: return 10;
    case ExportColumn::Entity: case ExportColumn::Session: case ExportColumn::UserId: return 9;
    default: return 7;
    }
}

QString displayText(const AuditEvent &e, ExportColumn c, const FlagMarks &flags)
{
    if (c == ExportColumn::Timestamp && e.timestamp)
        return Timestamps::toUtc(*e.timestamp).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // One line per row: line breaks and tabs from the database become spaces. A cell shows a
    // line at most, so a 10 MB value is cut first: eliding shapes every character it is given.
    constexpr qsizetype kMaxCellText = 2000;
    QString text = ExportColumns::text(e, c, flags);
    if (text.size() > kMaxCellText) {
        text.truncate(kMaxCellText);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text += QChar(0x2026);
    }
    return text.simplified();
}

// A summary key (category or status name) in the reader's language.
QString countTitle(const QString &name, bool category)
{
    if (category)
        return Actions::categoryTitle(Actions::categoryFromName(name));
    for (Status s : {Status::Success, Status::Failure, Status::Error, Status::Unknown}) {
        if (Actions::statusName(s) == name)
            return Actions::statusTitle(s);
    }
    return name;
}

} // namespace

PdfReportWriter::PdfReportWriter() = default;

PdfReportWriter::~PdfReportWriter()
{
    if (m_painter.isActive())
        m_painter.end();
}

QPageLayout PdfReportWriter::pageLayout(QPageSize::PageSizeId size)
{
    return QPageLayout(QPageSize(size), QPageLayout::Landscape, QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
}

qreal PdfReportWriter::mm(qreal millimetres) const
{
    return millimetres * kResolution / 25.4;
}

bool PdfReportWriter::begin(QIODevice *device, const ExportOptions &options, const ExportSummary &summary, QString *error)
{
    m_options = options;
    m_summary = summary;
    m_pdf = std::make_unique<QPdfWriter>(device);
    m_pdf->setResolution(kResolution);
    m_pdf->setPageLayout(pageLayout(options.pageSize));
    m_pdf->setTitle(options.title);
    m_pdf->setCreator(QStringLiteral("AuditLens"));
    if (!m_painter.begin(m_pdf.get())) {
        *error = tr("The PDF could not be started.");
        return false;
    }
    m_content = QRectF(QPointF(0, 0), QSizeF(m_pdf->pageLayout().paintRectPixels(kResolution).size()));
    m_font = QFont(QStringLiteral("DejaVu Sans"));
    m_font.setPointSizeF(7.5);
    m_bold = m_font;
    m_bold.setBold(true);
    m_title = m_font;
    m_title.setPointSizeF(14);
    m_title.setBold(true);
    m_rowHeight = std::ceil(QFontMetricsF(m_font, m_pdf.get()).height() * 1.7);
    layoutColumns();

    drawPageHeader();
    qreal y = drawFrontMatter(m_content.top() + mm(14));
    y = drawSummary(y + mm(3));
    m_y = y + mm(4);
    m_pageCount = pagesForRows(summary.rows, m_y);
    drawTableHeader();
    if (summary.rows == 0) {
        m_painter.setFont(m_font);
        m_painter.setPen(kMutedText);
        m_painter.drawText(QRectF(m_content.left(), m_y, m_content.width(), m_rowHeight), Qt::AlignVCenter,
                           tr("No entries match."));
    }
    return true;
}

int PdfReportWriter::pagesForRows(qint64 rows, qreal firstPageTop)
{
    const qreal bottom = m_content.bottom() - mm(8);
    const auto fits = [&](qreal top) { return qint64(std::max<qreal>(1, std::floor((bottom - top - m_rowHeight) / m_rowHeight))); };
    m_firstPageRows = fits(firstPageTop);
    m_pageRows = fits(m_tableTop);
    if (rows <= m_firstPageRows)
        return 1;
    return int(1 + (rows - m_firstPageRows + m_pageRows - 1) / m_pageRows);
}

void PdfReportWriter::layoutColumns()
{
    qreal total = 0;
    for (ExportColumn c : std::as_const(m_options.columns))
        total += weight(c);
    qreal x = m_content.left();
    for (ExportColumn c : std::as_const(m_options.columns)) {
        const qreal w = m_content.width() * weight(c) / std::max<qreal>(total, 1);
        m_columns.append({c, x, w});
        x += w;
    }
    m_tableTop = m_content.top() + mm(14);
}

void PdfReportWriter::drawPageHeader()
{
    const QRectF band(m_content.left(), m_content.top(), m_content.width(), mm(9));
    m_painter.setPen(Qt::black);
    m_painter.setFont(m_title);
    m_painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                       QFontMetricsF(m_title, m_pdf.get()).elidedText(m_options.title, Qt::ElideRight, band.width() * 0.6));
    m_painter.setFont(m_font);
    m_painter.setPen(kMutedText);
    m_painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                       QFontMetricsF(m_font, m_pdf.get()).elidedText(m_options.databaseName, Qt::ElideMiddle, band.width() * 0.38));
    m_painter.setPen(QPen(kRuleColor, mm(0.3)));
    m_painter.drawLine(QPointF(band.left(), band.bottom() + mm(1)), QPointF(band.right(), band.bottom() + mm(1)));
}

void PdfReportWriter::drawFooter()
{
    const QRectF band(m_content.left(), m_content.bottom() - mm(5), m_content.width(), mm(5));
    m_painter.setFont(m_font);
    m_painter.setPen(kMutedText);
    const QString generated = tr("Generated by %1 on %2 with AuditLens")
                                  .arg(m_options.generatedBy, QLocale().toString(m_options.generatedAt, QLocale::ShortFormat));
    m_painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, generated);
    m_painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                       tr("page %1 of %2").arg(m_page).arg(m_pageCount));
}

qreal PdfReportWriter::drawFrontMatter(qreal y)
{
    const QList<QPair<QString, QString>> lines{
        {tr("Database"), m_options.databaseName},
        {tr("Filters"), m_options.filterDescription.isEmpty() ? tr("none: all entries") : m_options.filterDescription},
        {tr("Generated by"), m_options.generatedBy},
        {tr("Generated at"), QLocale().toString(m_options.generatedAt, QLocale::LongFormat)
                                 + QStringLiteral(" (%1)").arg(ExportColumns::isoUtc(m_options.generatedAt.toMSecsSinceEpoch()))},
        {tr("Entries"), QLocale().toString(m_summary.rows)},
    };
    const QFontMetricsF metrics(m_font, m_pdf.get());
    const qreal labelWidth = mm(30);
    for (const auto &[label, value] : lines) {
        const QRectF row(m_content.left(), y, m_content.width(), m_rowHeight);
        m_painter.setFont(m_bold);
        m_painter.setPen(Qt::black);
        m_painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, label);
        m_painter.setFont(m_font);
        m_painter.drawText(row.adjusted(labelWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                           metrics.elidedText(value.simplified(), Qt::ElideRight, row.width() - labelWidth));
        y += m_rowHeight;
    }
    return y;
}

qreal PdfReportWriter::drawCountLine(qreal y, const QString &label, const QList<QPair<QString, qint64>> &counts, bool badges)
{
    const QFontMetricsF metrics(m_font, m_pdf.get());
    m_painter.setFont(m_bold);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_content.left(), y, mm(30), m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
    m_painter.setFont(m_font);
    qreal x = m_content.left() + mm(30);
    for (const auto &[name, count] : counts) {
        const QString text = QStringLiteral("%1 %2").arg(countTitle(name, badges), QLocale().toString(count));
        const qreal w = metrics.horizontalAdvance(text) + mm(3);
        if (x + w > m_content.right())
            break; // seven categories and four statuses always fit a landscape line
        const QRectF chip(x, y + m_rowHeight * 0.12, w, m_rowHeight * 0.76);
        if (badges) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(CategoryPalette::badgeColor(Actions::categoryFromName(name), Status::Success));
            m_painter.drawRoundedRect(chip, mm(1), mm(1));
            m_painter.setPen(Qt::white);
        } else {
            m_painter.setPen(Qt::black);
        }
        m_painter.drawText(chip, Qt::AlignCenter | Qt::TextSingleLine, text);
        x += w + mm(2);
    }
    m_painter.setBrush(Qt::NoBrush);
    return y + m_rowHeight;
}

qreal PdfReportWriter::drawSummary(qreal y)
{
    m_painter.setFont(m_bold);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_content.left(), y, m_content.width(), m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("Summary"));
    y += m_rowHeight;
    y = drawCountLine(y, tr("By category"), m_summary.byCategory, true);
    y = drawCountLine(y, tr("By status"), m_summary.byStatus, false);
    m_painter.setFont(m_bold);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_content.left(), y, mm(30), m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("Flagged by rule"));
    m_painter.setFont(m_font);
    const QRectF valueRect(m_content.left() + mm(30), y, m_content.width() - mm(30), m_rowHeight);
    if (!m_options.flagSummary) {
        m_painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, tr("flag rules were not evaluated"));
        return y + m_rowHeight;
    }
    if (m_summary.byRule.isEmpty()) {
        m_painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, tr("no events flagged"));
        return y + m_rowHeight;
    }
    int shown = 0;
    for (const auto &[rule, count] : std::as_const(m_summary.byRule)) {
        const bool last = ++shown == kMaxRuleLines && m_summary.byRule.size() > kMaxRuleLines;
        const QString text = last ? tr("… and %1 more rules").arg(m_summary.byRule.size() - kMaxRuleLines + 1)
                                  : QStringLiteral("%1: %2").arg(rule, QLocale().toString(count));
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(valueRect.left(), y, valueRect.width(), m_rowHeight),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        y += m_rowHeight;
        if (last)
            break;
    }
    return y;
}

void PdfReportWriter::drawTableHeader()
{
    const QRectF band(m_content.left(), m_y, m_content.width(), m_rowHeight);
    m_painter.fillRect(band, QColor(0xe3, 0xe7, 0xeb));
    m_painter.setFont(m_bold);
    m_painter.setPen(Qt::black);
    for (const TableColumn &c : std::as_const(m_columns)) {
        m_painter.drawText(QRectF(c.x + mm(1), m_y, c.width - mm(2), m_rowHeight),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, ExportColumns::title(c.column));
    }
    m_y += m_rowHeight;
}

void PdfReportWriter::newPage()
{
    drawFooter();
    m_pdf->newPage();
    ++m_page;
    drawPageHeader();
    m_y = m_tableTop;
    drawTableHeader();
}

void PdfReportWriter::drawCell(const TableColumn &c, const AuditEvent &e, const FlagMarks &flags, const QRectF &cell)
{
    const QFontMetricsF metrics(m_font, m_pdf.get());
    const QRectF inner = cell.adjusted(mm(1), 0, -mm(1), 0);
    const QString text = displayText(e, c.column, flags);
    if (c.column == ExportColumn::Action && !text.isEmpty()) {
        const QString shown = metrics.elidedText(text, Qt::ElideRight, inner.width() - mm(2.4));
        const QRectF badge(inner.left(), cell.top() + cell.height() * 0.14,
                           metrics.horizontalAdvance(shown) + mm(2.4), cell.height() * 0.72);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(CategoryPalette::badgeColor(e.category, e.status));
        m_painter.drawRoundedRect(badge, mm(0.8), mm(0.8));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setPen(Qt::white);
        m_painter.drawText(badge, Qt::AlignCenter | Qt::TextSingleLine, shown);
        return;
    }
    qreal left = inner.left();
    if (c.column == ExportColumn::Flags && !flags.rules.isEmpty()) {
        const qreal d = mm(2);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(CategoryPalette::flagColor());
        m_painter.drawEllipse(QRectF(left, cell.center().y() - d / 2, d, d));
        m_painter.setBrush(Qt::NoBrush);
        left += d + mm(1);
    }
    const bool failed = e.status == Status::Failure || e.status == Status::Error;
    // Refused or broken events stand out in the status column as they do in the window.
    m_painter.setPen(c.column == ExportColumn::Status && failed ? CategoryPalette::badgeColor(e.category, e.status) : QColor(Qt::black));
    const QRectF textRect(left, cell.top(), inner.right() - left, cell.height());
    m_painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                       metrics.elidedText(text, Qt::ElideRight, textRect.width()));
}

bool PdfReportWriter::write(const AuditEvent &event, const FlagMarks &flags)
{
    // The same capacities that counted the pages decide the breaks, so "of Y" is always right.
    if (m_rowsOnPage >= (m_page == 1 ? m_firstPageRows : m_pageRows)) {
        newPage();
        m_rowsOnPage = 0;
    }
    const QRectF band(m_content.left(), m_y, m_content.width(), m_rowHeight);
    if (m_row % 2 == 1)
        m_painter.fillRect(band, kStripeColor);
    m_painter.setFont(m_font);
    for (const TableColumn &c : std::as_const(m_columns))
        drawCell(c, event, flags, QRectF(c.x, m_y, c.width, m_rowHeight));
    m_y += m_rowHeight;
    ++m_row;
    ++m_rowsOnPage;
    return true;
}

bool PdfReportWriter::finish(QString *error)
{
    drawFooter();
    if (!m_painter.end()) {
        *error = tr("The PDF could not be finished.");
        return false;
    }
    return true;
}

} // namespace AuditLens
