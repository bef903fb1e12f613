// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark's table: each figure carries the resident memory of the stage that measured it.
#include "figuretable.h"
#include "stagememory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/mman.h>

#include <cstring>

using namespace AuditLens;

namespace {

constexpr size_t kTouched = 64u << 20; // 64 MB made resident, then given back

// Maps 64 MB, writes every page and unmaps it: the resident set rises by 64 MB and falls back.
bool touchAndRelease()
{
    void *p = mmap(nullptr, kTouched, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return false;
    std::memset(p, 1, kTouched);
    return munmap(p, kTouched) == 0;
}

QJsonArray writtenFigures(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("figures")).toArray();
}

} // namespace

class TestBenchmarkFigures : public QObject
{
    Q_OBJECT

private slots:
    void stagePeakIsItsOwn()
    {
        StageMemory memory;
        if (!memory.resets())
            QSKIP("this kernel does not restart the high-water mark (/proc/self/clear_refs)");
        memory.next();
        QVERIFY(touchAndRelease());
        const StageMemory::Stage busy = memory.next();
        QVERIFY2(busy.peakMb >= busy.startMb + 60, qPrintable(QStringLiteral("%1 → %2").arg(busy.startMb).arg(busy.peakMb)));
        // The next stage starts from the resident set after the release, not from the old peak.
        const StageMemory::Stage idle = memory.next();
        QVERIFY2(idle.peakMb < busy.peakMb - 50, qPrintable(QStringLiteral("%1 after %2").arg(idle.peakMb).arg(busy.peakMb)));
        QVERIFY(memory.totalPeakMb() >= busy.peakMb);
    }

    void figuresCarryTheirStage()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("figures.json"));
        QString printed;
        QTextStream live(&printed);
        FigureTable table(&live, json);
        table << Figure{QStringLiteral("one"), 1.5, 1.0, QStringLiteral("≤ 2 ms")};
        QVERIFY(touchAndRelease());
        table << QList<Figure>{Figure{QStringLiteral("two"), 2, -1, QString()}, Figure{QStringLiteral("three"), 3, -1, QString()}};
        table.addPeakMemory();

        const QJsonArray figures = writtenFigures(json);
        QCOMPARE(figures.size(), 4);
        const QJsonObject one = figures.at(0).toObject();
        QVERIFY(one.value(QStringLiteral("stage_start_mb")).toDouble() > 0);
        QVERIFY(one.value(QStringLiteral("stage_peak_mb")).toDouble() > 0);
        // A list is one stage, on its first figure: the 64 MB are there and nowhere else.
        const QJsonObject two = figures.at(1).toObject();
        QVERIFY(two.value(QStringLiteral("stage_peak_mb")).toDouble() >= two.value(QStringLiteral("stage_start_mb")).toDouble() + 60);
        QVERIFY(figures.at(2).toObject().value(QStringLiteral("stage_peak_mb")).isNull());
        const QJsonObject total = figures.at(3).toObject();
        QCOMPARE(total.value(QStringLiteral("figure")).toString(), QStringLiteral("peak resident memory (MB)"));
        QVERIFY(total.value(QStringLiteral("value")).toDouble() >= two.value(QStringLiteral("stage_peak_mb")).toDouble());
        QVERIFY(total.value(QStringLiteral("stage_peak_mb")).isNull());

        // The printed table has the two memory columns; a figure with no stage shows dashes.
        const QStringList lines = printed.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).contains(QLatin1String("RSS MB")) && lines.at(0).contains(QLatin1String("peak MB")));
        QVERIFY(lines.at(3).startsWith(QLatin1String("three")));
        QCOMPARE(lines.at(3).count(QStringLiteral("—")), 4); // floor, ratio, RSS, peak
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkFigures)
#include "tst_benchmarkfigures.moc"
