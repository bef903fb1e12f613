// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiprobe.h"

#include "databasesession.h"
#include "entriesmodel.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "pagerwidget.h"
#include "stalltracer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace AuditLens::GuiProbe {
namespace {

// Runs the event loop for ms. Not QTest::qWait: it sleeps 10 ms between batches of events,
// and on a loaded machine such a sleep alone lasts longer than the 50 ms being measured.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The longest gap between two 5 ms ticks of a timer: how long the event loop was kept busy.
class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_clock.start();
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last - 5);
            m_last = now;
        });
        m_timer.start();
    }
    // The worst stall since the last call.
    qint64 take()
    {
        const qint64 worst = m_worst;
        m_worst = 0;
        m_last = m_clock.elapsed();
        return worst;
    }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

void pageAndFilter(MainWindow &window)
{
    auto *pager = window.findChild<PagerWidget *>(QStringLiteral("pager"));
    auto *panel = window.findChild<FilterPanel *>(QStringLiteral("filterPanel"));
    for (int i = 0; i < 20; ++i) {
        pager->nextPage();
        spin(10);
    }
    EventFilter f;
    f.users = {QStringLiteral("bob")};
    panel->setFilter(f);
    spin(100);
    f.actions = {QStringLiteral("UPDATE")};
    panel->setFilter(f);
    spin(100);
    // A text search and an order no index serves read their pages on workers.
    f = EventFilter();
    f.text = QStringLiteral("Espresso machine");
    panel->setFilter(f);
    spin(500);
    window.session()->entries()->sort(EntriesModel::IpColumn, Qt::AscendingOrder);
    spin(500);
    window.session()->entries()->sort(EntriesModel::TimeColumn, Qt::DescendingOrder);
    panel->setFilter(EventFilter());
    spin(2000); // counts, statistics and charts arrive from their workers
}

} // namespace

QList<Figure> run(const QString &path)
{
    // The floor: the same probe over an idle window for as long. On a machine shared with
    // other work, the scheduler alone delays a timer; what AuditLens adds is the difference.
    qint64 idle = 0;
    {
        MainWindow empty;
        empty.show();
        LatencyProbe probe;
        spin(50);
        probe.take();
        spin(3000);
        idle = probe.take();
    }
    MainWindow window;
    window.show();
    LatencyProbe probe;
    spin(50);
    probe.take();
    // Wall time is what the owner sees; the GUI thread's CPU time is what AuditLens itself
    // spent, apart from the waits a loaded machine adds (they show in the idle floor too).
    StallTracingApplication *app = StallTracingApplication::instance();
    if (app)
        app->takeLongestCpuNs();
    QElapsedTimer open;
    open.start();
    const qint64 openCpu = threadCpuNs();
    window.openLocation(path);
    const double openMs = open.nsecsElapsed() / 1e6;
    const double openCpuMs = (threadCpuNs() - openCpu) / 1e6;
    spin(200);
    const qint64 openStall = probe.take();
    const double openEventCpuMs = app ? app->takeLongestCpuNs() / 1e6 : -1;
    pageAndFilter(window);
    const qint64 worst = probe.take();
    const double worstCpuMs = app ? app->takeLongestCpuNs() / 1e6 : -1;
    return {Figure{QStringLiteral("GUI: open window on database"), openMs, -1, QStringLiteral("first page ≤ 300 ms")},
            Figure{QStringLiteral("GUI: longest stall while opening"), double(openStall), double(idle), QStringLiteral("≤ 50 ms")},
            Figure{QStringLiteral("GUI: longest stall paging, filtering"), double(worst), double(idle), QStringLiteral("≤ 50 ms")},
            Figure{QStringLiteral("GUI CPU: the open call"), openCpuMs, -1, QStringLiteral("the GUI thread's own work")},
            Figure{QStringLiteral("GUI CPU: longest event after open"), openEventCpuMs, -1, QStringLiteral("the GUI thread's own work")},
            Figure{QStringLiteral("GUI CPU: longest event paging, filtering"), worstCpuMs, -1,
                   QStringLiteral("the GUI thread's own work")}};
}

} // namespace AuditLens::GuiProbe
