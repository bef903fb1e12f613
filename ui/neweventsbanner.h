// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace AuditLens {

// The strip above the table that says how many events arrived since the owner last looked,
// with a Show button that goes to them. Hidden while there are none.
class NewEventsBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NewEventsBanner(QWidget *parent = nullptr);

    void setCount(qint64 count);
    qint64 count() const { return m_count; }
    QString text() const;

signals:
    void showRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_show = nullptr;
    qint64 m_count = 0;
};

} // namespace AuditLens
