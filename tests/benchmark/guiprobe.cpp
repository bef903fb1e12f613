// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiprobe.h"

#include "eventfilter.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "pagerwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

namespace AuditLens::GuiProbe {

QList<Figure> run(const QString &path)
{
    MainWindow window;
    window.show();
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last - 5);
        last = now;
    });
    probe.start();
    QTest::qWait(50);
    last = clock.elapsed();
    worst = 0;
    QElapsedTimer open;
    open.start();
    window.openLocation(path);
    const double openMs = open.nsecsElapsed() / 1e6;
    QTest::qWait(200);
    const qint64 openStall = worst;
    worst = 0;
    auto *pager = window.findChild<PagerWidget *>(QStringLiteral("pager"));
    auto *panel = window.findChild<FilterPanel *>(QStringLiteral("filterPanel"));
    for (int i = 0; i < 20; ++i) {
        pager->nextPage();
        QTest::qWait(10);
    }
    EventFilter f;
    f.users = {QStringLiteral("bob")};
    panel->setFilter(f);
    QTest::qWait(100);
    f.actions = {QStringLiteral("UPDATE")};
    panel->setFilter(f);
    QTest::qWait(100);
    panel->setFilter(EventFilter());
    QTest::qWait(2000); // counts, statistics and charts arrive from their workers
    return {Figure{QStringLiteral("GUI: open window on database"), openMs, -1, QStringLiteral("first page ≤ 300 ms")},
            Figure{QStringLiteral("GUI: longest stall while opening"), double(openStall), -1, QStringLiteral("≤ 50 ms")},
            Figure{QStringLiteral("GUI: longest stall paging, filtering"), double(worst), -1, QStringLiteral("≤ 50 ms")}};
}

} // namespace AuditLens::GuiProbe
