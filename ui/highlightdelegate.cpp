// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace AuditLens {

QList<HighlightDelegate::Range> HighlightDelegate::matchRanges(const QString &text, const QString &needle)
{
    QList<Range> out;
    if (needle.isEmpty())
        return out;
    qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    while (at >= 0) {
        out.append({int(at), int(needle.size())});
        at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive);
    }
    return out;
}

QColor HighlightDelegate::highlightColor()
{
    // Amber, as find-in-page marks it: dark text reads on it in light and dark palettes, and
    // it stays distinct from the selection's blue.
    return QColor(0xff, 0xc8, 0x1e);
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The model's text is one line; newlines inside a value would otherwise end the layout early.
    const QString text = opt.text.simplified();
    if (m_text.isEmpty() || !text.contains(m_text, Qt::CaseInsensitive)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    paintHighlighted(painter, opt, text);
}

void HighlightDelegate::paintHighlighted(QPainter *painter, const QStyleOptionViewItem &opt, const QString &text) const
{
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem textOpt = opt;
    textOpt.text = text; // the text rectangle depends on there being text
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &textOpt, widget)
                           .adjusted(margin, 0, -margin, 0);
    // Elide first, then find the matches in what is shown: a match cut by the ellipsis is not marked.
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, rect.width());

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                 ? QPalette::Normal
                                                                             : QPalette::Inactive;
    QTextCharFormat mark;
    mark.setBackground(highlightColor());
    mark.setForeground(QColor(Qt::black));
    QList<QTextLayout::FormatRange> formats;
    for (const Range &r : matchRanges(shown, m_text))
        formats.append({r.start, r.length, mark});

    QTextLayout layout(shown, opt.font);
    QTextOption textOption;
    textOption.setTextDirection(opt.direction);
    textOption.setWrapMode(QTextOption::NoWrap);
    // Absolute left inside the line: the cell's alignment is applied below, once.
    textOption.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();

    // Align as the style would: RTL turns a leading alignment into the right edge.
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    const qreal width = line.naturalTextWidth();
    qreal x = rect.left();
    if (align & Qt::AlignRight)
        x = rect.right() + 1 - width;
    else if (align & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - width) / 2;
    const qreal y = rect.top() + (rect.height() - line.height()) / 2;

    painter->save();
    painter->setClipRect(rect);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(x, y));
    painter->restore();
}

} // namespace AuditLens
