// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manageviewsdialog.h"

#include "savedviews.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace AuditLens {

ManageViewsDialog::ManageViewsDialog(SavedViews *views, QWidget *parent)
    : QDialog(parent)
    , m_views(views)
    , m_list(new QListWidget(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("manageViewsDialog"));
    setWindowTitle(tr("Manage Views"));
    m_list->setObjectName(QStringLiteral("viewsList"));
    m_list->setAccessibleName(tr("Saved views"));
    m_rename->setObjectName(QStringLiteral("viewsRename"));
    m_delete->setObjectName(QStringLiteral("viewsDelete"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_rename, &QPushButton::clicked, this, &ManageViewsDialog::askRename);
    connect(m_delete, &QPushButton::clicked, this, &ManageViewsDialog::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ManageViewsDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ManageViewsDialog::askRename);
    refill();
}

void ManageViewsDialog::refill(const QString &current)
{
    m_list->clear();
    m_list->addItems(m_views->names());
    const QList<QListWidgetItem *> found = m_list->findItems(current, Qt::MatchExactly);
    m_list->setCurrentRow(found.isEmpty() ? 0 : m_list->row(found.first()));
    updateButtons();
}

void ManageViewsDialog::updateButtons()
{
    m_rename->setEnabled(m_list->currentItem());
    m_delete->setEnabled(m_list->currentItem());
}

bool ManageViewsDialog::renameCurrent(const QString &name)
{
    if (!m_list->currentItem())
        return false;
    QString error;
    if (!m_views->rename(m_list->currentItem()->text(), name, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    refill(name.trimmed());
    return true;
}

void ManageViewsDialog::askRename()
{
    if (!m_list->currentItem())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename View"), tr("New name:"), QLineEdit::Normal,
                                               m_list->currentItem()->text(), &ok);
    if (ok)
        renameCurrent(name);
}

void ManageViewsDialog::deleteCurrent()
{
    if (!m_list->currentItem())
        return;
    const int row = m_list->currentRow();
    m_views->remove(m_list->currentItem()->text());
    refill();
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

} // namespace AuditLens
