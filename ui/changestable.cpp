// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changestable.h"

#include "longtextview.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace AuditLens {

ChangesTable::ChangesTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("detailChanges"));
    setAccessibleName(tr("Before and after values"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After"), tr("Change")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(DeltaColumn, QHeaderView::ResizeToContents);
}

QString ChangesTable::displayValue(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("—");
    if (value.typeId() == QMetaType::Nullptr)
        return QStringLiteral("null");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

std::optional<double> ChangesTable::numberOf(const QVariant &value)
{
    // RULES.md: JSON null, true and false are not numbers.
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return value.toDouble();
    case QMetaType::QString: {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

QString ChangesTable::percentChange(const QVariant &oldValue, const QVariant &newValue)
{
    const std::optional<double> before = numberOf(oldValue);
    const std::optional<double> after = numberOf(newValue);
    if (!before || !after || *before == 0.0 || *before == *after)
        return {};
    const double pct = (*after - *before) / std::abs(*before) * 100.0;
    const QString number = QLocale().toString(std::abs(pct), 'f', std::abs(pct) >= 10 ? 0 : 1);
    return (pct > 0 ? QStringLiteral("+") : QStringLiteral("−")) + number + QStringLiteral(" %");
}

bool ChangesTable::isChanged(const Change &c)
{
    const std::optional<double> before = numberOf(c.oldValue);
    const std::optional<double> after = numberOf(c.newValue);
    if (before && after)
        return *before != *after;
    return c.oldValue.isValid() != c.newValue.isValid() || displayValue(c.oldValue) != displayValue(c.newValue)
        || c.oldValue.typeId() != c.newValue.typeId();
}

void ChangesTable::setChanges(const QList<Change> &changes)
{
    clearContents();
    setRowCount(int(changes.size()));
    // A translucent amber reads on light and dark palettes.
    const QColor changedBackground(255, 179, 0, 70);
    for (int row = 0; row < changes.size(); ++row) {
        const Change &c = changes.at(row);
        const bool changed = isChanged(c);
        const QStringList full{c.field, displayValue(c.oldValue), displayValue(c.newValue),
                               percentChange(c.oldValue, c.newValue)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(DisplayText::oneLine(full.at(col)));
            item->setData(FullValueRole, full.at(col));
            if (full.at(col).size() > 80)
                item->setToolTip(DisplayText::cut(full.at(col), DisplayText::kLabelLimit));
            if (changed) {
                item->setBackground(changedBackground);
                if (col == FieldColumn) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
            }
            setItem(row, col, item);
        }
    }
    resizeColumnToContents(FieldColumn);
}

} // namespace AuditLens
