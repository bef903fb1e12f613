// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgedelegate.h"

#include "categorypalette.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>

namespace AuditLens {

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const auto category = Category(index.data(CategoryRole).toInt());
    const auto status = Status(index.data(StatusRole).toInt());
    const QFontMetrics fm(opt.font);
    const int hPad = 7;
    // One pixel of slack: horizontalAdvance() rounds fractional advances down, and elidedText()
    // would then cut a text that fits.
    const int textWidth = fm.horizontalAdvance(text) + 1;
    const int width = std::min(textWidth + 2 * hPad, opt.rect.width() - 6);
    const int height = std::min(fm.height() + 4, opt.rect.height() - 4);
    QRect badge(0, 0, width, height);
    badge.moveCenter(opt.rect.center());
    badge.moveLeft(opt.direction == Qt::RightToLeft ? opt.rect.right() - 3 - width : opt.rect.left() + 3);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(opt.state & QStyle::State_Selected ? QPen(opt.palette.highlightedText().color(), 1) : Qt::NoPen);
    painter->setBrush(CategoryPalette::badgeColor(category, status));
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setPen(CategoryPalette::badgeTextColor());
    painter->setFont(opt.font); // the width above was measured with this font
    painter->drawText(badge.adjusted(hPad, 0, -hPad, 0), Qt::AlignCenter,
                      textWidth <= badge.width() - 2 * hPad ? text
                                                            : fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * hPad));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 20;
    return size;
}

} // namespace AuditLens
