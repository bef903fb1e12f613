// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagdelegate.h"

#include "categorypalette.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>

namespace AuditLens {

void FlagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (index.data(FlagRulesRole).toStringList().isEmpty())
        return;
    const int d = std::min(10, opt.rect.height() - 6);
    QRectF dot(0, 0, d, d);
    dot.moveCenter(QRectF(opt.rect).center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(opt.state & QStyle::State_Selected ? QPen(opt.palette.highlightedText().color(), 1.5) : Qt::NoPen);
    painter->setBrush(CategoryPalette::flagColor());
    painter->drawEllipse(dot);
    painter->restore();
}

} // namespace AuditLens
