// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestampparser.h"

#include <QTest>

using namespace AuditLens;

class TestTimestampParser : public QObject
{
    Q_OBJECT
private slots:
    void parseText_data();
    void parseText();
    void parseVariant_data();
    void parseVariant();
    void naiveOffset_appliesOnlyWithoutZone();
    void toIsoUtc_roundTrips();
};

// Expected values are written as ISO-8601 UTC with milliseconds, or "" for "does not parse".
void TestTimestampParser::parseText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iso T Z") << "2026-11-28T09:15:02Z" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("iso T millis Z") << "2026-11-28T09:15:02.120Z" << "2026-11-28T09:15:02.120Z";
    QTest::newRow("iso space no zone") << "2026-11-28 09:15:02" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("sqlalchemy micros") << "2026-11-28 09:15:02.123456" << "2026-11-28T09:15:02.123Z";
    QTest::newRow("nine fraction digits") << "2026-11-28T09:15:02.123456789Z" << "2026-11-28T09:15:02.123Z";
    QTest::newRow("one fraction digit") << "2026-11-28T09:15:02.5Z" << "2026-11-28T09:15:02.500Z";
    QTest::newRow("offset +02:00") << "2026-11-28T11:15:02+02:00" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("offset -0530") << "2026-11-28T03:45:02-0530" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("offset +00 (postgres)") << "2026-11-28 09:15:02.5+00" << "2026-11-28T09:15:02.500Z";
    QTest::newRow("offset +14:00") << "2026-11-28T23:15:02+14:00" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("offset -14:00 crosses day") << "2026-11-27T19:15:02-14:00" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("offset +14:01 rejected") << "2026-11-28T09:15:02+14:01" << "";
    QTest::newRow("no seconds") << "2026-11-28T09:15" << "2026-11-28T09:15:00.000Z";
    QTest::newRow("date alone") << "2026-11-28" << "2026-11-28T00:00:00.000Z";
    QTest::newRow("lowercase t and z") << "2026-11-28t09:15:02z" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("trailing UTC") << "2026-11-28 09:15:02 UTC" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("surrounding blanks") << "  2026-11-28T09:15:02Z \n" << "2026-11-28T09:15:02.000Z";
    QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << "2024-02-29T12:00:00.000Z";
    QTest::newRow("epoch seconds text") << "1764321302" << "2025-11-28T09:15:02.000Z";
    QTest::newRow("epoch millis text") << "1764321302120" << "2025-11-28T09:15:02.120Z";
    QTest::newRow("epoch zero") << "0" << "1970-01-01T00:00:00.000Z";
    QTest::newRow("negative epoch") << "-86400" << "1969-12-31T00:00:00.000Z";
    QTest::newRow("year 9999") << "9999-12-31T23:59:59Z" << "9999-12-31T23:59:59.000Z";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("blank") << "   " << "";
    QTest::newRow("words") << "yesterday" << "";
    QTest::newRow("30 February") << "2026-02-30T10:00:00Z" << "";
    QTest::newRow("29 February not leap") << "2026-02-29T10:00:00Z" << "";
    QTest::newRow("hour 25") << "2026-11-28T25:00:00Z" << "";
    QTest::newRow("minute 60") << "2026-11-28T10:60:00Z" << "";
    QTest::newRow("month 13") << "2026-13-01" << "";
    QTest::newRow("year 0") << "0000-01-01T00:00:00Z" << "";
    QTest::newRow("garbage after") << "2026-11-28T09:15:02Zjunk" << "";
    QTest::newRow("slashes") << "2026/11/28 09:15" << "";
    QTest::newRow("huge epoch") << "99999999999999999" << "";
    QTest::newRow("overflowing digits") << "999999999999999999999999" << "";
    QTest::newRow("dot without digits") << "2026-11-28T09:15:02.Z" << "";
}

void TestTimestampParser::parseText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto ms = Timestamps::parseText(input);
    if (expected.isEmpty()) {
        QVERIFY2(!ms, qPrintable(ms ? Timestamps::toIsoUtc(*ms) : QString()));
    } else {
        QVERIFY(ms);
        QCOMPARE(Timestamps::toIsoUtc(*ms), expected);
    }
}

void TestTimestampParser::parseVariant_data()
{
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int seconds") << QVariant(qint64(1764321302)) << "2025-11-28T09:15:02.000Z";
    QTest::newRow("int millis") << QVariant(qint64(1764321302120)) << "2025-11-28T09:15:02.120Z";
    QTest::newRow("double seconds with fraction") << QVariant(1764321302.25) << "2025-11-28T09:15:02.250Z";
    QTest::newRow("utc datetime") << QVariant(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)) << "2026-01-02T03:04:05.006Z";
    QTest::newRow("bytes") << QVariant(QByteArray("2026-11-28 09:15:02")) << "2026-11-28T09:15:02.000Z";
    QTest::newRow("null") << QVariant() << "";
    QTest::newRow("nan") << QVariant(qQNaN()) << "";
    QTest::newRow("bool is not a time") << QVariant(QStringLiteral("true")) << "";
}

void TestTimestampParser::parseVariant()
{
    QFETCH(QVariant, input);
    QFETCH(QString, expected);
    const auto ms = Timestamps::parse(input);
    if (expected.isEmpty()) {
        QVERIFY(!ms);
    } else {
        QVERIFY(ms);
        QCOMPARE(Timestamps::toIsoUtc(*ms), expected);
    }
}

void TestTimestampParser::naiveOffset_appliesOnlyWithoutZone()
{
    // A zone-less value read as UTC+01:00 is one hour earlier in UTC; an explicit zone wins.
    QCOMPARE(Timestamps::toIsoUtc(*Timestamps::parseText(u"2026-11-28 10:00:00", 3600)), QStringLiteral("2026-11-28T09:00:00.000Z"));
    QCOMPARE(Timestamps::toIsoUtc(*Timestamps::parseText(u"2026-11-28T10:00:00Z", 3600)), QStringLiteral("2026-11-28T10:00:00.000Z"));
}

void TestTimestampParser::toIsoUtc_roundTrips()
{
    for (qint64 ms : {qint64(0), qint64(1764321302120), qint64(-1), qint64(951782400000)}) {
        const auto back = Timestamps::parseText(Timestamps::toIsoUtc(ms));
        QVERIFY(back);
        QCOMPARE(*back, ms);
    }
}

QTEST_GUILESS_MAIN(TestTimestampParser)
#include "tst_timestampparser.moc"
