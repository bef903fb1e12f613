// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics.h"

#include <QDockWidget>

class QAbstractAxis;
class QChart;
class QChartView;
class QTabWidget;
class QValueAxis;

namespace AuditLens {

class HeatMapWidget;
class TopUsersWidget;

// The charts of issue 3 in a dock: events per day stacked by category (flagged counts in the
// tooltip), an hour-of-day × weekday heat map and the most active users (both painted: Qt
// Charts has no heat map and elides bar names). All chart code lives here and in chartsdock.cpp, fed only by ChartData, so moving to Qt Graphs (Qt Charts
// is deprecated from 6.10) touches nothing else.
class ChartsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ChartsDock(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    QList<QDate> days() const { return m_days; }

signals:
    // A bar was clicked: narrow the date range to that UTC day.
    void dayClicked(const QDate &day);

private:
    void buildPerDay();
    void addFlaggedLine(QChart *chart, QAbstractAxis *x, QValueAxis *y);
    void buildTopUsers();

    ChartData m_data;
    QList<QDate> m_days;
    QTabWidget *m_tabs;
    QChartView *m_perDayView;
    HeatMapWidget *m_heatMap;
    TopUsersWidget *m_topUsers;
};

} // namespace AuditLens
