// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticsbar.h"

#include "categorypalette.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QLabel>
#include <QLocale>
#include <QMetaEnum>
#include <QToolButton>

namespace AuditLens {
namespace {

const char kCardStyle[] =
    "QToolButton { border: 1px solid palette(mid); border-radius: 6px; padding: 4px 12px; "
    "background: palette(base); text-align: left; }"
    "QToolButton:checked { border: 2px solid palette(highlight); background: palette(alternate-base); }";

} // namespace

StatisticsBar::StatisticsBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("statisticsBar"));
    setAccessibleName(tr("Statistics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(8);
    const QList<std::tuple<Card, QString, QString>> specs = {
        {Total, tr("Events, last 7 days"), tr("Show the events of the last 7 days")},
        {Flagged, tr("Flagged, last 7 days"), tr("Show the flagged events of the last 7 days")},
        {ActiveUsers, tr("Active users, 7 days"), tr("Show the events of the last 7 days")},
        {Today, tr("Events today"), tr("Show today's events (UTC)")},
        {Successes, tr("Successful, 7 days"), tr("Show the successful operations of the last 7 days")},
        {Failures, tr("Failed, 7 days"), tr("Show the failed operations of the last 7 days")}};
    for (const auto &[card, title, tip] : specs)
        cards->addWidget(makeCard(card, title, tip), 1);
    layout->addLayout(cards);
    // Ten badges are wider than a small window: they scroll sideways instead of widening it.
    auto *badgeHolder = new QWidget(this);
    m_badges = new QHBoxLayout(badgeHolder);
    m_badges->setContentsMargins(0, 0, 0, 0);
    m_badges->setSpacing(4);
    m_badgeTitle = new QLabel(tr("Top actions, 7 days:"), badgeHolder);
    m_badgeTitle->setObjectName(QStringLiteral("topActionsTitle"));
    m_badges->addWidget(m_badgeTitle);
    m_badges->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("topActionsScroll"));
    scroll->setAccessibleName(tr("Top actions, 7 days"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    scroll->setWidget(badgeHolder);
    scroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Tall enough for a badge (filled in later) and the scroll bar that appears when they overflow.
    scroll->setFixedHeight(std::max(badgeHolder->sizeHint().height(), fontMetrics().height() * 2 + 4)
                           + scroll->horizontalScrollBar()->sizeHint().height());
    layout->addWidget(scroll);
}

QToolButton *StatisticsBar::makeCard(Card card, const QString &title, const QString &tip)
{
    auto *b = new QToolButton(this);
    b->setObjectName(QStringLiteral("statCard%1").arg(QLatin1String(QMetaEnum::fromType<Card>().valueToKey(card))));
    b->setAccessibleName(title);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    b->setStyleSheet(QLatin1String(kCardStyle));
    b->setText(tr("%1\n…").arg(title));
    connect(b, &QToolButton::clicked, this, [this, card] { toggleCard(card); });
    m_cards.insert(card, b);
    m_titles.insert(card, title);
    return b;
}

void StatisticsBar::setSnapshot(const StatisticsSnapshot &s)
{
    m_snapshot = s;
    const QLocale locale;
    const QHash<Card, qint64> values = {{Total, s.total}, {Flagged, s.flagged}, {ActiveUsers, s.activeUsers},
                                        {Today, s.today}, {Successes, s.successes}, {Failures, s.failures}};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QToolButton *b = m_cards.value(it.key());
        const QString number = locale.toString(it.value());
        b->setText(m_titles.value(it.key()) + u'\n' + number);
        b->setAccessibleDescription(number);
    }
    updateBadges();
    updateChecks();
}

EventFilter StatisticsBar::filterFor(Card card) const
{
    EventFilter f;
    const QDateTime now = m_snapshot.now.isValid() ? m_snapshot.now : QDateTime::currentDateTimeUtc();
    f.from = card == Today ? StatisticsSnapshot::todayStart(now) : StatisticsSnapshot::weekStart(now);
    if (card == Flagged)
        f.flaggedOnly = true;
    else if (card == Successes)
        f.statuses = {Status::Success};
    else if (card == Failures)
        f.statuses = StatisticsSnapshot::failureStatuses();
    return f;
}

void StatisticsBar::toggleCard(Card card)
{
    // Seed 002: a click applies the card's filter, a second click clears it again.
    const EventFilter f = filterFor(card);
    emit filterRequested(m_current == f ? EventFilter() : f);
}

void StatisticsBar::toggleAction(const QString &action)
{
    EventFilter f = m_current;
    const bool active = f.actions == QStringList{action};
    f.actions = active ? QStringList() : QStringList{action};
    f.categories.clear();
    emit filterRequested(f);
}

void StatisticsBar::setCurrentFilter(const EventFilter &filter)
{
    m_current = filter;
    updateChecks();
}

void StatisticsBar::updateChecks()
{
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        it.value()->setChecked(m_current == filterFor(it.key()) && (it.key() != ActiveUsers));
    for (QToolButton *b : std::as_const(m_badgeButtons))
        b->setChecked(m_current.actions == QStringList{b->property("action").toString()});
}

QToolButton *StatisticsBar::makeBadge()
{
    auto *b = new QToolButton(this);
    b->setCheckable(true);
    connect(b, &QToolButton::clicked, this, [this, b] { toggleAction(b->property("action").toString()); });
    // Before the stretch that keeps the badges to the left.
    m_badges->insertWidget(m_badges->count() - 1, b);
    m_badgeButtons.append(b);
    return b;
}

void StatisticsBar::updateBadges()
{
    const QLocale locale;
    const auto &actions = m_snapshot.topActions;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const auto &[action, count] = actions.at(i);
        QToolButton *b = i < m_badgeButtons.size() ? m_badgeButtons.at(i) : makeBadge();
        b->setObjectName(QStringLiteral("actionBadge_") + action);
        b->setAccessibleName(tr("Filter to action %1 (%2 events)").arg(action, locale.toString(count)));
        b->setToolTip(tr("Show only %1 events").arg(action));
        b->setText(QStringLiteral("%1  %2").arg(action, locale.toString(count)));
        b->setProperty("action", action);
        // Every refresh, as before: the colours follow a theme changed since the last one.
        const QColor bg = CategoryPalette::badgeColor(Actions::categorize(action), Status::Success);
        b->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border-radius: 9px; "
                                        "padding: 1px 8px; border: 1px solid %1; }"
                                        "QToolButton:checked { border: 2px solid palette(highlight); }")
                             .arg(bg.name(), CategoryPalette::badgeTextColor().name()));
        b->show();
    }
    // Fewer actions than before: the spare badges wait hidden for a later refresh.
    for (qsizetype i = actions.size(); i < m_badgeButtons.size(); ++i) {
        m_badgeButtons.at(i)->hide();
        m_badgeButtons.at(i)->setObjectName(QString());
        m_badgeButtons.at(i)->setProperty("action", QString());
    }
}

} // namespace AuditLens
