// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace AuditLens {

// Text cut for display: a 10 MB audit field must never be laid out whole by a label or cell.
namespace DisplayText {
constexpr int kViewLimit = 64 * 1024;  // what a text view shows before "Show all"
constexpr int kLabelLimit = 2000;      // what a label or a tooltip shows
constexpr int kCellLimit = 300;        // what a table cell shows, on one line
QString cut(const QString &text, int limit);
QString oneLine(const QString &text, int limit = kCellLimit);
QString sizeText(qint64 characters);
} // namespace DisplayText

// Read-only text that shows the first 64 KB of a long value with a notice and a "Show all"
// button; the full value stays available to copy.
class LongTextView : public QWidget
{
    Q_OBJECT
public:
    explicit LongTextView(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    QString shownText() const;
    bool isCut() const { return m_cut; }
    void showAll();
    void setNotice(const QString &notice);

private:
    void updateNotice();

    QString m_text;
    QString m_extraNotice;
    bool m_cut = false;
    QLabel *m_notice;
    QPushButton *m_showAll;
    QPlainTextEdit *m_edit;
};

} // namespace AuditLens
