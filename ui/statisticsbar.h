// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfilter.h"
#include "statistics.h"

#include <QFrame>
#include <QHash>
#include <QList>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace AuditLens {

// The statistics cards of seeds 002 and 003 and the top-10 action badges beneath them. A card
// toggles the filter that finds exactly its number; a badge filters to its action.
class StatisticsBar : public QFrame
{
    Q_OBJECT
public:
    enum Card { Total, Flagged, ActiveUsers, Today, Successes, Failures };
    Q_ENUM(Card)

    explicit StatisticsBar(QWidget *parent = nullptr);

    void setSnapshot(const StatisticsSnapshot &snapshot);
    StatisticsSnapshot snapshot() const { return m_snapshot; }
    // The filter applied now: cards and badges show whether they match it.
    void setCurrentFilter(const EventFilter &filter);
    EventFilter filterFor(Card card) const;
    QToolButton *card(Card card) const { return m_cards.value(card); }

signals:
    void filterRequested(const AuditLens::EventFilter &filter);

private:
    QToolButton *makeCard(Card card, const QString &title, const QString &tip);
    void toggleCard(Card card);
    void toggleAction(const QString &action);
    // Badges are updated in place: a refresh while one has focus or is pressed keeps it.
    void updateBadges();
    QToolButton *makeBadge();
    void updateChecks();

    StatisticsSnapshot m_snapshot;
    EventFilter m_current;
    QHash<Card, QToolButton *> m_cards;
    QHash<Card, QString> m_titles;
    QHBoxLayout *m_badges;
    QLabel *m_badgeTitle;
    QList<QToolButton *> m_badgeButtons;
};

} // namespace AuditLens
