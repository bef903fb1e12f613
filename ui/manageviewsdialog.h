// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace AuditLens {

class SavedViews;

// Views ▸ Manage Views: the saved views in a list, renamed or deleted in place.
class ManageViewsDialog : public QDialog
{
    Q_OBJECT
public:
    ManageViewsDialog(SavedViews *views, QWidget *parent = nullptr);

    // The same steps as the buttons, without the questions (tests, and the buttons themselves).
    bool renameCurrent(const QString &name);
    void deleteCurrent();

private:
    void refill(const QString &current = {});
    void askRename();
    void updateButtons();

    SavedViews *m_views;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace AuditLens
