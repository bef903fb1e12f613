// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace AuditLens {

class HighlightDelegate;

// The entries table: badge and flag delegates, movable and hideable columns whose layout
// survives a restart, sorting that asks the database.
class EntriesTable : public QTableView
{
    Q_OBJECT
public:
    explicit EntriesTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    // Marks the filter's search text in the Summary, User, IP and Record cells; empty for none.
    void setHighlightText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void applyDefaultWidths();

    HighlightDelegate *m_highlight = nullptr;
};

} // namespace AuditLens
