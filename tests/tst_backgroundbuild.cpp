// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundbuild.h"

#include <QDeadlineTimer>
#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace AuditLens;

namespace {

using Build = BackgroundBuild<QString>;

// Runs until its canceller says stop (or 30 seconds pass, so a broken cancel fails the test
// instead of hanging it); answers "cancelled" or "not cancelled".
QString waitForCancel(QueryCanceller *canceller)
{
    QDeadlineTimer deadline(30000);
    while (!canceller->isCancelled() && !deadline.hasExpired())
        QThread::msleep(5);
    return canceller->isCancelled() ? QStringLiteral("cancelled") : QStringLiteral("not cancelled");
}

// What the callbacks saw, on the test's (the owner's) thread.
struct Seen {
    QStringList answers;
    QList<int> progress;
};

std::unique_ptr<Build> makeBuild(Seen *seen)
{
    return std::make_unique<Build>([seen](const QString &answer) { seen->answers << answer; },
                                   [seen](int percent) { seen->progress << percent; });
}

} // namespace

class TestBackgroundBuild : public QObject
{
    Q_OBJECT

private slots:
    void finishedBuild_deliversAnswerAndProgress()
    {
        Seen seen;
        auto build = makeBuild(&seen);
        build->start([](QueryCanceller *, const Build::Progress &progress) {
            progress(50);
            progress(100);
            return QStringLiteral("done");
        });
        QTRY_COMPARE(seen.answers, QStringList{QStringLiteral("done")});
        QCOMPARE(seen.progress, (QList<int>{50, 100}));
        QVERIFY(!build->isRunning());
    }

    void newerStart_dropsOlderAnswerAndProgress()
    {
        Seen seen;
        auto build = makeBuild(&seen);
        QSemaphore reported;
        QString oldSaw;
        build->start([&](QueryCanceller *canceller, const Build::Progress &progress) {
            progress(10); // posted now, delivered only after the newer start
            reported.release();
            oldSaw = waitForCancel(canceller);
            return QStringLiteral("old");
        });
        QVERIFY(reported.tryAcquire(1, 60000));
        QVERIFY(build->isRunning());
        build->start([](QueryCanceller *, const Build::Progress &progress) {
            progress(20);
            return QStringLiteral("new");
        });
        QCOMPARE(oldSaw, QStringLiteral("cancelled")); // start() cancelled it and waited for it
        QTRY_COMPARE(seen.answers, QStringList{QStringLiteral("new")});
        QCoreApplication::processEvents();
        QCOMPARE(seen.answers, QStringList{QStringLiteral("new")});
        QCOMPARE(seen.progress, QList<int>{20});
    }

    void cancel_stopsRunningJobAndDropsItsAnswer()
    {
        Seen seen;
        auto build = makeBuild(&seen);
        QString jobSaw;
        QSemaphore started;
        QSemaphore ended;
        build->start([&](QueryCanceller *canceller, const Build::Progress &progress) {
            started.release();
            jobSaw = waitForCancel(canceller);
            progress(100);
            ended.release();
            return jobSaw;
        });
        QVERIFY(started.tryAcquire(1, 60000));
        build->cancel();
        QVERIFY(ended.tryAcquire(1, 60000));
        QCOMPARE(jobSaw, QStringLiteral("cancelled"));
        // After the wait its answer and progress are posted: they are dropped, not delivered late.
        build->cancelAndWait();
        QVERIFY(!build->isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(seen.answers, QStringList());
        QCOMPARE(seen.progress, QList<int>());
    }

    void destructor_cancelsAndWaitsForRunningJob()
    {
        Seen seen;
        auto build = makeBuild(&seen);
        std::atomic<bool> ended{false};
        QSemaphore started;
        build->start([&](QueryCanceller *canceller, const Build::Progress &progress) {
            started.release();
            const QString saw = waitForCancel(canceller);
            QThread::msleep(200); // still running well after the owner began to go
            progress(100);
            ended = true;
            return saw;
        });
        QVERIFY(started.tryAcquire(1, 60000));
        build.reset();
        QVERIFY(ended);
        QCoreApplication::processEvents();
        QCOMPARE(seen.answers, QStringList());
        QCOMPARE(seen.progress, QList<int>());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundBuild)
#include "tst_backgroundbuild.moc"
