// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingdialogactions.h"

#include <QComboBox>
#include <QHeaderView>

namespace AuditLens {
namespace {
enum Column { RawColumn, ActionColumn };
// The spellings the action categories of RULES.md recognise, offered as suggestions.
const char *const kSuggestions[] = {"create", "update", "delete", "read", "login", "logout", "login_failed", "sync"};
} // namespace

ActionValueEditor::ActionValueEditor(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setObjectName(QStringLiteral("mappingActions"));
    setAccessibleName(tr("Action values"));
    setHorizontalHeaderLabels({tr("Value"), tr("Shown as")});
    horizontalHeader()->setSectionResizeMode(RawColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
}

void ActionValueEditor::setValues(const QStringList &rawValues, const QHash<QString, QString> &map)
{
    setRowCount(0);
    setRowCount(int(rawValues.size()));
    for (int row = 0; row < rawValues.size(); ++row) {
        auto *raw = new QTableWidgetItem(rawValues.at(row));
        raw->setFlags(Qt::ItemIsEnabled);
        setItem(row, RawColumn, raw);
        auto *combo = new QComboBox(this);
        combo->setEditable(true);
        combo->addItem(QString());
        for (const char *s : kSuggestions)
            combo->addItem(QString::fromLatin1(s));
        combo->setCurrentText(map.value(rawValues.at(row)));
        combo->setAccessibleName(tr("Action shown for %1").arg(rawValues.at(row)));
        combo->setToolTip(tr("Empty keeps the value as it is"));
        connect(combo, &QComboBox::currentTextChanged, this, &ActionValueEditor::actionMapChanged);
        setCellWidget(row, ActionColumn, combo);
    }
}

QHash<QString, QString> ActionValueEditor::actionMap() const
{
    QHash<QString, QString> map;
    for (int row = 0; row < rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(cellWidget(row, ActionColumn));
        const QString action = combo ? combo->currentText().trimmed() : QString();
        if (!action.isEmpty())
            map.insert(item(row, RawColumn)->text(), action);
    }
    return map;
}

bool ActionValueEditor::setMappedAction(const QString &rawValue, const QString &action)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, RawColumn)->text() == rawValue) {
            qobject_cast<QComboBox *>(cellWidget(row, ActionColumn))->setCurrentText(action);
            return true;
        }
    }
    return false;
}

} // namespace AuditLens
