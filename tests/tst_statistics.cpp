// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdatabase.h"
#include "demogenerator.h"
#include "statistics.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace AuditLens;

namespace {

qint64 sqlCount(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class tst_Statistics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void snapshot_everyNumberMatchesSql();
    void snapshot_flaggedUsesFlagCondition();
    void charts_matchSql();
    void service_deliversOnWorkerBySignal();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditDatabase> m_db;
    FilterCompiler m_compiler;
    // Mid-afternoon on the demo's last day: "today" holds part of a day.
    const QDateTime m_now{QDate(2026, 11, 28), QTime(15, 30), Qt::UTC};
    const QString m_weekStart = QStringLiteral("'2026-11-21T15:30:00.000Z'");
};

void tst_Statistics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    DemoGenerator::Options options;
    options.rows = 5000;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    DatabaseLocation location;
    location.path = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY2(DemoGenerator::write(location.path, options, &error), qPrintable(error));
    m_db = AuditDatabase::open(location, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_compiler = FilterCompiler(m_db->mapping());
    QVERIFY(m_compiler.prepare(m_db->database()));
}

void tst_Statistics::snapshot_everyNumberMatchesSql()
{
    const QSqlDatabase db = m_db->database();
    const StatisticsSnapshot s = Statistics::compute(db, m_compiler, m_now);
    QVERIFY(s.valid);
    const QString week = QStringLiteral("timestamp >= ") + m_weekStart;
    QCOMPARE(s.total, sqlCount(db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE ") + week));
    QVERIFY(s.total > 0);
    QCOMPARE(s.flagged, 0);
    QCOMPARE(s.activeUsers, sqlCount(db, QStringLiteral("SELECT count(DISTINCT username) FROM audit_logs WHERE ") + week));
    QCOMPARE(s.today, sqlCount(db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE timestamp >= '2026-11-28'")));
    QVERIFY(s.today > 0);
    QCOMPARE(s.successes, sqlCount(db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE status = 'success' AND ") + week));
    QCOMPARE(s.failures, sqlCount(db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE status IN ('failure', 'error') AND ") + week));
    QVERIFY(s.failures > 0);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT action, count(*) AS n FROM audit_logs WHERE ") + week
                   + QStringLiteral(" GROUP BY action ORDER BY n DESC, action LIMIT 10")));
    NamedCounts expected;
    while (q.next())
        expected.append({q.value(0).toString(), q.value(1).toLongLong()});
    QCOMPARE(s.topActions.size(), 10);
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(s.topActions.at(i).second, expected.at(i).second);
}

void tst_Statistics::snapshot_flaggedUsesFlagCondition()
{
    FilterCompiler compiler = m_compiler;
    compiler.setFlagConditionProvider([](const QString &) {
        return SqlCondition{QStringLiteral("action = ?"), {QStringLiteral("DELETE")}};
    });
    const StatisticsSnapshot s = Statistics::compute(m_db->database(), compiler, m_now);
    QCOMPARE(s.flagged, sqlCount(m_db->database(), QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = "
                                                                  "'DELETE' AND timestamp >= ") + m_weekStart));
    QVERIFY(s.flagged > 0);
}

void tst_Statistics::charts_matchSql()
{
    const QSqlDatabase db = m_db->database();
    EventFilter filter;
    filter.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    filter.to = QDateTime(QDate(2026, 11, 15), QTime(0, 0), Qt::UTC);
    const ChartData d = Statistics::computeCharts(db, m_compiler, filter);
    QVERIFY(d.valid);
    QCOMPARE(d.perDay.size(), 14);
    const QString range = QStringLiteral(" timestamp >= '2026-11-01' AND timestamp < '2026-11-15'");
    qint64 sum = 0;
    for (const auto &day : d.perDay)
        for (qint64 n : day)
            sum += n;
    QCOMPARE(sum, sqlCount(db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE") + range));
    QCOMPARE(d.perDay.value(QDate(2026, 11, 3))[size_t(Category::Delete)],
             sqlCount(db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'DELETE' AND "
                                         "substr(timestamp, 1, 10) = '2026-11-03'")));
    QCOMPARE(d.perDay.value(QDate(2026, 11, 3))[size_t(Category::Auth)],
             sqlCount(db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action IN ('LOGIN', 'LOGOUT', "
                                         "'LOGIN_FAILED', 'PASSWORD_CHANGE', 'PASSWORD_RESET') AND "
                                         "substr(timestamp, 1, 10) = '2026-11-03'")));
    // 2026-11-02 is a Monday: weekday 0; hour 10.
    QCOMPARE(d.heat[0][10], sqlCount(db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE "
                                                        "substr(timestamp, 1, 13) IN ('2026-11-02T10', '2026-11-09T10')")));
    QVERIFY(!d.topUsers.isEmpty());
    QCOMPARE(d.topUsers.first().second,
             sqlCount(db, QStringLiteral("SELECT count(*) AS n FROM audit_logs WHERE") + range
                          + QStringLiteral(" GROUP BY username ORDER BY n DESC LIMIT 1")));
    QVERIFY(d.flaggedPerDay.isEmpty());
}

void tst_Statistics::service_deliversOnWorkerBySignal()
{
    StatisticsService service;
    service.setDatabase(m_db->location(), m_compiler);
    service.setReferenceTime(m_now);
    QSignalSpy stats(&service, &StatisticsService::statisticsReady);
    QSignalSpy charts(&service, &StatisticsService::chartsReady);
    service.refreshStatistics();
    service.refreshCharts(EventFilter());
    // A second snapshot follows when the statistics cache finishes its first build (its numbers
    // are the same): one at least; the last is checked.
    QTRY_VERIFY(stats.count() >= 1);
    QTRY_COMPARE(charts.count(), 1);
    const auto s = stats.last().first().value<StatisticsSnapshot>();
    QCOMPARE(s.total, Statistics::compute(m_db->database(), m_compiler, m_now).total);
    const auto d = charts.first().first().value<ChartData>();
    QVERIFY(d.perDay.size() >= 80);
}

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_statistics.moc"
