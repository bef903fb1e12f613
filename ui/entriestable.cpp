// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entriestable.h"

#include "badgedelegate.h"
#include "entriesmodel.h"
#include "flagdelegate.h"
#include "highlightdelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>

#include <algorithm>

namespace AuditLens {

EntriesTable::EntriesTable(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("entriesTable"));
    setAccessibleName(tr("Audit events"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &EntriesTable::showHeaderMenu);
    setItemDelegateForColumn(EntriesModel::ActionColumn, new BadgeDelegate(this));
    setItemDelegateForColumn(EntriesModel::FlagColumn, new FlagDelegate(this));
    m_highlight = new HighlightDelegate(this);
    m_highlight->setObjectName(QStringLiteral("highlightDelegate"));
    for (int column : {EntriesModel::SummaryColumn, EntriesModel::UserColumn, EntriesModel::IpColumn,
                       EntriesModel::RecordColumn})
        setItemDelegateForColumn(column, m_highlight);
}

void EntriesTable::setHighlightText(const QString &text)
{
    if (text == m_highlight->highlightText())
        return;
    m_highlight->setHighlightText(text);
    viewport()->update();
}

void EntriesTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (auto *entries = qobject_cast<EntriesModel *>(model)) {
        horizontalHeader()->setSortIndicator(entries->sortColumn(), entries->sortOrder());
        connect(entries, &EntriesModel::loadingChanged, viewport(), qOverload<>(&QWidget::update));
    }
    applyDefaultWidths();
}

void EntriesTable::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const auto *entries = qobject_cast<const EntriesModel *>(model());
    if (!entries || entries->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     entries->isLoading()    ? tr("Searching…")
                     : entries->wasStopped() ? tr("Search stopped. Press Search to run it again.")
                                             : tr("No events match the current filter."));
}

void EntriesTable::applyDefaultWidths()
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[EntriesModel::ColumnCount] = {17 * em, 7 * em, 12 * em, 7 * em, 5 * em, 30 * em, 9 * em, 6 * em, 3 * em};
    // At least the header's text, which a translation may lengthen (Datensatz); the flag column
    // stays narrow for its dot, its header's tooltip names it.
    const QFontMetrics header = horizontalHeader()->fontMetrics();
    for (int c = 0; c < EntriesModel::ColumnCount; ++c) {
        const int title = model() && c != EntriesModel::FlagColumn
            ? header.horizontalAdvance(model()->headerData(c, Qt::Horizontal).toString()) + 2 * em
            : 0;
        setColumnWidth(c, std::max(widths[c], title));
    }
}

QByteArray EntriesTable::saveLayout() const
{
    return horizontalHeader()->saveState();
}

void EntriesTable::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void EntriesTable::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *a = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, [this] {
        for (int c = 0; c < model()->columnCount(); ++c) {
            setColumnHidden(c, false);
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(c), c);
        }
        applyDefaultWidths();
    });
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}

} // namespace AuditLens
