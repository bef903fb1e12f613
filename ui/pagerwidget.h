// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSpinBox;
class QToolButton;

namespace AuditLens {

class EntriesModel;

// First / previous / next / last, "Page X of Y" and a page to jump to, under the table; while a
// search reads its page on a worker, "Searching…" and a Stop button (Esc).
class PagerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PagerWidget(QWidget *parent = nullptr);
    void setModel(EntriesModel *model);

public slots:
    void firstPage();
    void previousPage();
    void nextPage();
    void lastPage();

private:
    void updateState();
    void jump();

    QPointer<EntriesModel> m_model;
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_last;
    QToolButton *m_stop;
    QLabel *m_label;
    QSpinBox *m_jump;
};

} // namespace AuditLens
