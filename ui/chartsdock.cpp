// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsdock.h"

#include "categorypalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPainter>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QToolTip>
#include <QValueAxis>

namespace AuditLens {

// Qt Charts has no heat map; a 7 × 24 grid painted by hand reads better than a bubble chart.
class HeatMapWidget : public QWidget
{
public:
    explicit HeatMapWidget(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("chartHeatMap"));
        setAccessibleName(ChartsDock::tr("Events by hour of day and weekday (UTC)"));
        setMinimumSize(420, 180);
    }
    void setCounts(const std::array<std::array<qint64, 24>, 7> &counts)
    {
        m_counts = counts;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        qint64 max = 1;
        for (const auto &day : m_counts)
            for (qint64 n : day)
                max = std::max(max, n);
        const int left = 44;
        const int top = 8;
        const int bottom = 22;
        const double cw = double(width() - left - 8) / 24.0;
        const double ch = double(height() - top - bottom) / 7.0;
        const QColor hot = CategoryPalette::badgeColor(Category::Update, Status::Success);
        for (int d = 0; d < 7; ++d) {
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRectF(0, top + d * ch, left - 6, ch), Qt::AlignRight | Qt::AlignVCenter,
                       QLocale().dayName(d + 1, QLocale::ShortFormat));
            for (int h = 0; h < 24; ++h) {
                QColor c = hot;
                c.setAlphaF(0.06 + 0.94 * double(m_counts[size_t(d)][size_t(h)]) / double(max));
                // Off-hours (22:00–06:00 UTC, seed 000) get a frame so they stand out at a glance.
                const bool offHours = h >= 22 || h < 6;
                p.setPen(offHours ? QPen(CategoryPalette::flagColor(), 1) : QPen(palette().color(QPalette::Base)));
                p.setBrush(c);
                p.drawRect(QRectF(left + h * cw + 1, top + d * ch + 1, cw - 2, ch - 2));
            }
        }
        p.setPen(palette().color(QPalette::WindowText));
        for (int h = 0; h < 24; h += 3)
            p.drawText(QRectF(left + h * cw, height() - bottom, cw * 3, bottom), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    }

private:
    std::array<std::array<qint64, 24>, 7> m_counts{};
};

// Horizontal bars with the whole name beside them: Qt Charts elides category labels to a
// fraction of the chart's width, which leaves "..." for every user in a short dock.
class TopUsersWidget : public QWidget
{
public:
    explicit TopUsersWidget(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("chartTopUsers"));
        setAccessibleName(ChartsDock::tr("Most active users"));
        setMinimumSize(320, 160);
    }
    void setCounts(const NamedCounts &counts)
    {
        m_counts = counts;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        if (m_counts.isEmpty())
            return;
        const QFontMetrics fm = fontMetrics();
        int nameWidth = 0;
        for (const auto &c : std::as_const(m_counts))
            nameWidth = std::max(nameWidth, fm.horizontalAdvance(c.first));
        nameWidth = std::min(nameWidth + 12, width() / 3);
        const int countWidth = fm.horizontalAdvance(QLocale().toString(m_counts.first().second)) + 12;
        const double rowHeight = std::min(24.0, double(height() - 8) / double(m_counts.size()));
        const double barSpace = width() - nameWidth - countWidth - 8;
        const double max = double(std::max<qint64>(1, m_counts.first().second));
        for (int i = 0; i < m_counts.size(); ++i) {
            const double y = 4 + i * rowHeight;
            const QRectF nameRect(4, y, nameWidth - 8, rowHeight);
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(m_counts[i].first, Qt::ElideMiddle, int(nameRect.width())));
            const double w = barSpace * double(m_counts[i].second) / max;
            p.fillRect(QRectF(nameWidth, y + 3, w, rowHeight - 6), CategoryPalette::badgeColor(Category::Update, Status::Success));
            p.drawText(QRectF(nameWidth + w + 6, y, countWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QLocale().toString(m_counts[i].second));
        }
    }

private:
    NamedCounts m_counts;
};

namespace {

QChartView *makeView(QWidget *parent, const char *name, const QString &accessible)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(QLatin1String(name));
    view->setAccessibleName(accessible);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

QString categoryLabel(Category c)
{
    switch (c) {
    case Category::Auth: return ChartsDock::tr("Auth");
    case Category::Create: return ChartsDock::tr("Create");
    case Category::Update: return ChartsDock::tr("Update");
    case Category::Delete: return ChartsDock::tr("Delete");
    case Category::Sync: return ChartsDock::tr("Sync");
    case Category::Read: return ChartsDock::tr("Read");
    case Category::Other: return ChartsDock::tr("Other");
    }
    return {};
}

} // namespace

ChartsDock::ChartsDock(QWidget *parent)
    : QDockWidget(tr("Charts"), parent)
{
    setObjectName(QStringLiteral("chartsDock"));
    setAccessibleName(tr("Charts"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setAccessibleName(tr("Charts"));
    m_perDayView = makeView(m_tabs, "chartPerDay", tr("Events per day by category"));
    m_heatMap = new HeatMapWidget(m_tabs);
    m_topUsers = new TopUsersWidget(m_tabs);
    m_tabs->addTab(m_perDayView, tr("Events per day"));
    m_tabs->addTab(m_heatMap, tr("Hour × weekday"));
    m_tabs->addTab(m_topUsers, tr("Top users"));
    setWidget(m_tabs);
}

void ChartsDock::setData(const ChartData &data)
{
    m_data = data;
    buildPerDay();
    m_heatMap->setCounts(data.heat);
    buildTopUsers();
}

void ChartsDock::buildPerDay()
{
    QChart *chart = m_perDayView->chart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to the caller: it is ours to delete.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_days.clear();
    if (!m_data.perDay.isEmpty()) {
        // Every day in the range, including empty ones, so the bars keep a true time scale.
        for (QDate d = m_data.perDay.firstKey(); d <= m_data.perDay.lastKey(); d = d.addDays(1))
            m_days << d;
    }
    auto *series = new QStackedBarSeries;
    for (Category c : {Category::Create, Category::Update, Category::Delete, Category::Auth, Category::Sync,
                       Category::Read, Category::Other}) {
        auto *set = new QBarSet(categoryLabel(c));
        // The badge palette gives Read and Other near-identical greys; a chart needs them apart.
        set->setColor(c == Category::Other ? QColor(0xb0, 0xb4, 0xb8) : CategoryPalette::badgeColor(c, Status::Success));
        qint64 sum = 0;
        for (const QDate &d : std::as_const(m_days)) {
            const qint64 n = m_data.perDay.value(d)[size_t(c)];
            set->append(double(n));
            sum += n;
        }
        if (sum > 0)
            series->append(set);
        else
            delete set;
    }
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    QStringList labels;
    // Labels must be unique: a range over a year needs the year to tell days apart.
    const QString format = m_days.size() > 360 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd");
    for (const QDate &d : std::as_const(m_days))
        labels << d.toString(format);
    x->append(labels);
    x->setGridLineVisible(false);
    // Category labels are elided to one bar's width, so a long range names its ends instead.
    x->setLabelsVisible(m_days.size() <= 14);
    if (!m_days.isEmpty())
        chart->setTitle(tr("%1 – %2 (UTC); click a day to narrow the range")
                            .arg(m_days.first().toString(Qt::ISODate), m_days.last().toString(Qt::ISODate)));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers(); // integer ticks: "%d" on 2.5 would print 2
    addFlaggedLine(chart, x, y);
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_days.size())
            emit dayClicked(m_days.at(index));
    });
    connect(series, &QStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (!on || index < 0 || index >= m_days.size())
            return QToolTip::hideText();
        const QDate d = m_days.at(index);
        qint64 total = 0;
        for (qint64 n : m_data.perDay.value(d))
            total += n;
        QToolTip::showText(QCursor::pos(), tr("%1: %2 events, %3 flagged")
                                               .arg(QLocale().toString(d, QLocale::ShortFormat))
                                               .arg(total)
                                               .arg(m_data.flaggedPerDay.value(d)));
    });
}

void ChartsDock::addFlaggedLine(QChart *chart, QAbstractAxis *x, QValueAxis *y)
{
    // Flagged events per day as a red line over the bars (Qt Charts' line-and-bar form: the
    // line's x is the bar's index on the category axis).
    qint64 any = 0;
    for (qint64 n : std::as_const(m_data.flaggedPerDay))
        any += n;
    if (any == 0)
        return;
    auto *line = new QLineSeries;
    line->setName(tr("Flagged"));
    line->setColor(CategoryPalette::flagColor());
    line->setPointsVisible(true);
    QPen pen(CategoryPalette::flagColor());
    pen.setWidth(2);
    line->setPen(pen);
    for (int i = 0; i < m_days.size(); ++i)
        line->append(i, double(m_data.flaggedPerDay.value(m_days.at(i))));
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
}

void ChartsDock::buildTopUsers()
{
    m_topUsers->setCounts(m_data.topUsers);
}

} // namespace AuditLens
