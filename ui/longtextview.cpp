// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "longtextview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace AuditLens {

namespace DisplayText {

QString cut(const QString &text, int limit)
{
    return text.size() <= limit ? text : text.left(limit) + QChar(0x2026);
}

QString oneLine(const QString &text, int limit)
{
    QString line = cut(text, limit);
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    return line;
}

QString sizeText(qint64 characters)
{
    return QLocale().formattedDataSize(characters, 1);
}

} // namespace DisplayText

namespace {

// A single line of megabytes makes QPlainTextEdit lay out one enormous block; soft breaks
// every few thousand characters keep "Show all" responsive. Copying uses the real value.
QString withSoftBreaks(const QString &text)
{
    constexpr int kLine = 4000;
    QString out;
    out.reserve(text.size() + text.size() / kLine + 1);
    int run = 0;
    for (const QChar c : text) {
        out.append(c);
        run = c == u'\n' ? 0 : run + 1;
        if (run >= kLine) {
            out.append(u'\n');
            run = 0;
        }
    }
    return out;
}

} // namespace

LongTextView::LongTextView(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all"), this))
    , m_edit(new QPlainTextEdit(this))
{
    m_notice->setObjectName(QStringLiteral("longTextNotice"));
    m_notice->setWordWrap(true);
    m_showAll->setObjectName(QStringLiteral("longTextShowAll"));
    m_showAll->setAccessibleName(tr("Show the whole value"));
    m_edit->setObjectName(QStringLiteral("longTextEdit"));
    m_edit->setAccessibleName(tr("Value"));
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setFont(QFont(QStringLiteral("monospace")));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_notice, 1);
    bar->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);
    connect(m_showAll, &QPushButton::clicked, this, &LongTextView::showAll);
    updateNotice();
}

void LongTextView::setText(const QString &text)
{
    m_text = text;
    m_cut = text.size() > DisplayText::kViewLimit;
    m_edit->setPlainText(m_cut ? withSoftBreaks(text.left(DisplayText::kViewLimit)) : text);
    updateNotice();
}

QString LongTextView::shownText() const
{
    return m_edit->toPlainText();
}

void LongTextView::showAll()
{
    if (!m_cut)
        return;
    m_cut = false;
    m_edit->setPlainText(withSoftBreaks(m_text));
    updateNotice();
}

void LongTextView::setNotice(const QString &notice)
{
    m_extraNotice = notice;
    updateNotice();
}

void LongTextView::updateNotice()
{
    QStringList parts;
    if (!m_extraNotice.isEmpty())
        parts << m_extraNotice;
    if (m_cut)
        parts << tr("Showing the first %1 of %2.").arg(DisplayText::sizeText(DisplayText::kViewLimit),
                                                       DisplayText::sizeText(m_text.size()));
    m_notice->setText(parts.join(u' '));
    m_notice->setVisible(!parts.isEmpty());
    m_showAll->setVisible(m_cut);
}

} // namespace AuditLens
