// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `auditlens flags` on a demo database flags the activity DemoGenerator plants for each rule.
#include "commandline.h"
#include "demogenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AuditLens;

namespace {

struct Output {
    int code = 0;
    QString out;
    QString err;
};

Output runCommand(const QStringList &args)
{
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.code = CommandLine::run(QStringList{u"auditlens"_qs} + args, out, err);
    out.flush();
    err.flush();
    return o;
}

} // namespace

class TestFlagsCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void json_flagsPlantedEvents_data();
    void json_flagsPlantedEvents();
    void json_streamOrderAndShape();
    void table_isReadable();
    void badInput_exitsTwoWithOneLine_data();
    void badInput_exitsTwoWithOneLine();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QList<QJsonObject> m_lines;
};

void TestFlagsCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.db"_qs);
    DemoGenerator::Options options;
    options.rows = 6000;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    QVERIFY2(DemoGenerator::write(m_db, options, &error), qPrintable(error));
    const Output o = runCommand({u"flags"_qs, m_db, u"--json"_qs});
    QCOMPARE(o.code, 0);
    QVERIFY(o.err.isEmpty());
    for (const QString &line : o.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(line));
        m_lines << doc.object();
    }
    QVERIFY(!m_lines.isEmpty());
}

void TestFlagsCommand::json_flagsPlantedEvents_data()
{
    // The planted rows of models/demogenerator.cpp, three days before the end (2026-11-26).
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("reason");
    QTest::newRow("large_value_change") << u"large_value_change"_qs << u"2026-11-26T10:05:00.000Z"_qs << u"bob"_qs
                                        << u"price changed by +30.0% (100 → 130)"_qs;
    QTest::newRow("bulk_operations") << u"bulk_operations"_qs << u"2026-11-26T11:01:36.000Z"_qs << u"frank"_qs
                                     << u"21 operations by frank within 5 min"_qs;
    QTest::newRow("off_hours") << u"off_hours"_qs << u"2026-11-26T23:14:00.000Z"_qs << u"judy"_qs
                               << u"activity at 23:14 UTC"_qs;
    QTest::newRow("sensitive_delete") << u"sensitive_delete"_qs << u"2026-11-26T15:02:00.000Z"_qs << u"mallory"_qs
                                      << u"deleted a record from orders"_qs;
    QTest::newRow("rapid_edits") << u"rapid_edits"_qs << u"2026-11-26T13:06:00.000Z"_qs << u"grace"_qs
                                 << u"5 edits to products #42 within 10 min"_qs;
    QTest::newRow("failed_logins") << u"failed_logins"_qs << u"2026-11-26T09:06:40.000Z"_qs << u"bob"_qs
                                   << u"5 failed logins for bob within 15 min"_qs;
    QTest::newRow("new_ip_login") << u"new_ip_login"_qs << u"2026-11-26T08:31:00.000Z"_qs << u"carol"_qs
                                  << u"first login by carol from 203.0.113.9"_qs;
    QTest::newRow("access_denied") << u"access_denied"_qs << u"2026-11-26T14:45:00.000Z"_qs << u"dave"_qs
                                   << u"request rejected: PERMISSION_DENIED"_qs;
}

void TestFlagsCommand::json_flagsPlantedEvents()
{
    QFETCH(QString, rule);
    QFETCH(QString, timestamp);
    QFETCH(QString, actor);
    QFETCH(QString, reason);
    bool found = false;
    for (const QJsonObject &o : m_lines) {
        if (o.value(u"timestamp"_qs).toString() != timestamp || o.value(u"actor"_qs).toString() != actor)
            continue;
        const QJsonArray rules = o.value(u"rules"_qs).toArray();
        const qsizetype i = rules.toVariantList().indexOf(rule);
        if (i >= 0 && o.value(u"reasons"_qs).toArray().at(i).toString() == reason)
            found = true;
    }
    QVERIFY2(found, qPrintable(u"%1 at %2 by %3 not flagged"_qs.arg(rule, timestamp, actor)));
}

void TestFlagsCommand::json_streamOrderAndShape()
{
    QString previous;
    for (const QJsonObject &o : m_lines) {
        QCOMPARE(o.keys().size(), 6);
        const QString ts = o.value(u"timestamp"_qs).toString();
        QVERIFY(ts.endsWith(u'Z'));
        QVERIFY(previous <= ts); // ISO-8601 UTC with milliseconds sorts as text
        previous = ts;
        QVERIFY(!o.value(u"id"_qs).toString().isEmpty());
        QStringList rules;
        for (const QJsonValue &v : o.value(u"rules"_qs).toArray())
            rules << v.toString();
        QStringList sorted = rules;
        sorted.sort();
        QCOMPARE(rules, sorted);
        QCOMPARE(o.value(u"reasons"_qs).toArray().size(), rules.size());
    }
}

void TestFlagsCommand::table_isReadable()
{
    const Output o = runCommand({u"flags"_qs, m_db});
    QCOMPARE(o.code, 0);
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_lines.size() + 2); // header and total
    QVERIFY(lines.constFirst().startsWith(u"TIMESTAMP"_qs));
    QVERIFY(lines.constLast().contains(u"flagged of"_qs));
}

void TestFlagsCommand::badInput_exitsTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no database") << QStringList{u"flags"_qs};
    QTest::newRow("missing file") << QStringList{u"flags"_qs, u"/nonexistent/audit.db"_qs};
    QTest::newRow("unknown option") << QStringList{u"flags"_qs, u"x.db"_qs, u"--bogus"_qs};
    QTest::newRow("two databases") << QStringList{u"flags"_qs, u"a.db"_qs, u"b.db"_qs};
}

void TestFlagsCommand::badInput_exitsTwoWithOneLine()
{
    QFETCH(QStringList, args);
    const Output o = runCommand(args);
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QCOMPARE(o.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestFlagsCommand)
#include "tst_flagscommand.moc"
