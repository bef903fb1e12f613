// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace AuditLens {

// Edit ▸ Preferences: time zone of the table and dock, page size, theme, language and the
// folder of the local store. It shows Settings and writes them back on OK; the window applies them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Writes the choices to Settings; false (with the reason shown) when the store cannot move.
    bool save();
    void accept() override;

private:
    QWidget *createStoreRow();
    void chooseStoreFolder();
    void updateRestartNote();

    QComboBox *m_time;
    QSpinBox *m_pageSize;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLineEdit *m_store;
    QLabel *m_restartNote;
};

} // namespace AuditLens
