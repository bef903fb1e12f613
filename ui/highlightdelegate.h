// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

namespace AuditLens {

// Paints a text cell with the matches of the text search marked (issue 3: "matches highlighted
// in the table"): the same literal, case-insensitive match as the SQL filter's LIKE.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Range {
        int start = 0;
        int length = 0;
        bool operator==(const Range &other) const { return start == other.start && length == other.length; }
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void setHighlightText(const QString &text) { m_text = text; }
    QString highlightText() const { return m_text; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where needle occurs in text, left to right, not overlapping; none for an empty needle.
    static QList<Range> matchRanges(const QString &text, const QString &needle);
    static QColor highlightColor();

private:
    void paintHighlighted(QPainter *painter, const QStyleOptionViewItem &opt, const QString &text) const;

    QString m_text;
};

} // namespace AuditLens
