// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "neweventsbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>
#include <climits>

namespace AuditLens {

NewEventsBanner::NewEventsBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_show(new QPushButton(tr("Show"), this))
{
    setObjectName(QStringLiteral("newEventsBanner"));
    setAccessibleName(tr("New events"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xdc, 0xeb, 0xfc)); // news, not a warning; its own text colour keeps it legible in dark mode
    p.setColor(QPalette::WindowText, QColor(0x0b, 0x35, 0x6b));
    setPalette(p);
    m_text->setObjectName(QStringLiteral("newEventsText"));
    m_show->setObjectName(QStringLiteral("newEventsShow"));
    m_show->setAccessibleName(tr("Show the new events"));
    m_show->setToolTip(tr("Go to the first page, where the newest events are"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    connect(m_show, &QPushButton::clicked, this, &NewEventsBanner::showRequested);
    hide();
}

void NewEventsBanner::setCount(qint64 count)
{
    m_count = std::max<qint64>(count, 0);
    m_text->setText(text());
    m_text->setAccessibleName(text());
    setVisible(m_count > 0);
}

QString NewEventsBanner::text() const
{
    // English has no .ts: the numerus entry's source must read right for every count but one.
    if (m_count == 1)
        return tr("1 new event");
    return tr("%Ln new events", nullptr, int(std::min<qint64>(m_count, INT_MAX)));
}

} // namespace AuditLens
