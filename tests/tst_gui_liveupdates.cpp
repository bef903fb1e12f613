// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"
#include "databasewatcher.h"
#include "entriesmodel.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "flags/flagrunner.h"
#include "flags/flagstore.h"
#include "flagscontroller.h"
#include "liveupdates.h"
#include "mainwindow.h"
#include "neweventsbanner.h"
#include "roles.h"
#include "statisticsbar.h"
#include "testsupport.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

// Live updates in the real window (issue 10, item 4): a writer appends while the owner reads
// page 3; the banner counts the new events, the page stays, Show goes to them, and a failed
// login burst among them is flagged as it arrives.
class TestGuiLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writerAppends_bannerCountsThem_pageStays();
    void show_goesToTheNewEvents_flaggedAndCounted();

private:
    EntriesModel *model() const { return m_window->session()->entries(); }
    NewEventsBanner *banner() const { return m_window->findChild<NewEventsBanner *>(QStringLiteral("newEventsBanner")); }
    FlagsController *flags() const { return m_window->findChild<FlagsController *>(QStringLiteral("flagsController")); }
    StatisticsBar *statisticsBar() const { return m_window->statisticsBar(); }
    QHash<QString, QStringList> referenceFlags() const;

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_oldMaxKey = 0;
    qint64 m_oldTotal = 0;
    qint64 m_oldWeekTotal = 0;
    QList<qint64> m_burstKeys; // the failed logins, in the order written
};

void TestGuiLiveUpdates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(Flags::FlagStore::defaultPath() + suffix);
    m_db = m_dir.filePath(QStringLiteral("live.db"));
    DemoGenerator::Options options;
    options.rows = 2000;
    options.endDate = QDate::currentDate().addDays(-3); // the new rows, written now, are the newest
    QString error;
    QVERIFY2(DemoGenerator::write(m_db, options, &error), qPrintable(error));
    {
        Sql sql(m_db, QStringLiteral("setup"));
        QCOMPARE(sql.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(), QStringLiteral("wal"));
        m_oldMaxKey = sql.scalar(QStringLiteral("SELECT max(rowid) FROM audit_logs")).toLongLong();
        m_oldTotal = sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong();
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(m_window->openLocation(m_db));
    m_window->filterPanel()->setFilter(EventFilter()); // all time, not the last 30 days
    QTRY_VERIFY(model()->totalCount() >= 0);
    model()->setPageSize(100);
    QTRY_VERIFY_WITH_TIMEOUT(!flags()->isRunning(), 60000);
    QTRY_VERIFY(statisticsBar()->snapshot().valid);
    QCOMPARE(model()->totalCount(), m_oldTotal);
    m_oldWeekTotal = statisticsBar()->snapshot().total;
}

void TestGuiLiveUpdates::cleanupTestCase()
{
    m_window.reset();
}

void TestGuiLiveUpdates::writerAppends_bannerCountsThem_pageStays()
{
    QVERIFY(model()->goToPage(2));
    QCOMPARE(model()->pageIndex(), 2);
    const QVariant firstKey = model()->eventAt(0).key;
    const int rows = model()->rowCount();
    QVERIFY(banner()->isHidden());

    // 120 events in one transaction, ten minutes ago up to now: seven failed logins by one
    // user one second apart among them.
    {
        Sql writer(m_db, QStringLiteral("writer"));
        QVERIFY(writer.exec(QStringLiteral("BEGIN")));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (int i = 0; i < 120; ++i) {
            const bool failed = i >= 50 && i < 57;
            QVERIFY(writer.exec(QStringLiteral("INSERT INTO audit_logs (timestamp, username, action, entity, ip_address, status) "
                                               "VALUES (?, ?, ?, 'users', '203.0.113.66', ?)"),
                                {start.addSecs(i).toString(Qt::ISODateWithMs),
                                 failed ? QStringLiteral("mallory") : QStringLiteral("writer"),
                                 failed ? QStringLiteral("LOGIN_FAILED") : QStringLiteral("UPDATE"),
                                 failed ? QStringLiteral("failure") : QStringLiteral("success")}));
            if (failed)
                m_burstKeys << writer.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        }
        QVERIFY(writer.exec(QStringLiteral("COMMIT")));
    }

    QTRY_VERIFY(banner()->isVisible());
    QTRY_COMPARE(banner()->count(), 120);
    const QString text = banner()->findChild<QLabel *>(QStringLiteral("newEventsText"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("120 new event")), qPrintable(text));
    // The pager's total follows; the page the owner reads does not move.
    QTRY_COMPARE(model()->totalCount(), m_oldTotal + 120);
    QCOMPARE(model()->pageIndex(), 2);
    QCOMPARE(model()->rowCount(), rows);
    QCOMPARE(model()->eventAt(0).key, firstKey);
}

void TestGuiLiveUpdates::show_goesToTheNewEvents_flaggedAndCounted()
{
    auto *show = banner()->findChild<QPushButton *>(QStringLiteral("newEventsShow"));
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(model()->pageIndex(), 0);
    QVERIFY(banner()->isHidden());
    QCOMPARE(model()->eventAt(0).key.toLongLong(), m_oldMaxKey + 120); // the newest first
    QCOMPARE(model()->rowCount(), 100);
    for (int row = 0; row < model()->rowCount(); ++row)
        QVERIFY(model()->eventAt(row).key.toLongLong() > m_oldMaxKey);

    // The burst is flagged by the incremental run the new events started, as a full run over
    // the grown database flags it (the command line's way, without the store).
    const auto rulesOf = [this](qint64 key) {
        const int row = model()->rowOfKey(key);
        return row < 0 ? QStringList{QStringLiteral("not on the page")}
                       : model()->data(model()->index(row, EntriesModel::FlagColumn), FlagRulesRole).toStringList();
    };
    const QString rule = QStringLiteral("failed_logins");
    QTRY_VERIFY_WITH_TIMEOUT(rulesOf(m_burstKeys.last()).contains(rule), 30000);
    const QHash<QString, QStringList> expected = referenceFlags();
    for (qint64 key : std::as_const(m_burstKeys))
        QCOMPARE(rulesOf(key).contains(rule), expected.value(QString::number(key)).contains(rule));
    QVERIFY(!rulesOf(m_burstKeys.first()).contains(rule)); // one failed login is no burst
    QTRY_VERIFY(!flags()->isRunning());
    QVERIFY(flags()->lastResult().ok);
    QVERIFY(!flags()->lastResult().ranFull);
    // The statistics count the new events (all of them in the last week).
    QTRY_COMPARE(statisticsBar()->snapshot().total, m_oldWeekTotal + 120);
}

QHash<QString, QStringList> TestGuiLiveUpdates::referenceFlags() const
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_db), &error);
    QHash<QString, QStringList> out;
    if (!db)
        return out;
    Flags::FlagRunner runner(*db, Flags::RuleSettings());
    runner.setOnFlag([&out](const AuditEvent &e, const Flags::FlagMatch &match) { out.insert(e.keyText(), match.rules); });
    runner.run(Flags::RunMode::Full);
    return out;
}

QTEST_MAIN(TestGuiLiveUpdates)
#include "tst_gui_liveupdates.moc"
