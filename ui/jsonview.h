// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QJsonValue;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace AuditLens {

class LongTextView;

// One JSON value as a collapsible tree with syntax colours (keys, strings, numbers, literals).
// Text that does not parse is shown raw with a notice; text too large for a tree is shown cut.
class JsonView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTreeLimitChars = 1024 * 1024; // larger documents are shown as text
    static constexpr int kNodeLimit = 5000;

    explicit JsonView(QWidget *parent = nullptr);

    void setJson(const QString &text);
    QString text() const { return m_text; }
    bool isTree() const { return m_isTree; }
    QString notice() const;
    QTreeWidget *tree() const { return m_tree; }
    LongTextView *rawView() const { return m_raw; }

    static bool looksLikeJson(const QString &text);

private:
    void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, int *budget);
    void showRaw(const QString &notice);

    QString m_text;
    bool m_isTree = false;
    QLabel *m_notice;
    QTreeWidget *m_tree;
    LongTextView *m_raw;
};

} // namespace AuditLens
