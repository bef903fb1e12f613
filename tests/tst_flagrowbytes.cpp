// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The byte-level helpers of the SQLite flag scan must answer as the QString code they stand in for.
#include "flags/rowbytes.h"
#include "timestampparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace AuditLens;
using namespace AuditLens::Flags;

class TestFlagRowBytes : public QObject
{
    Q_OBJECT
private slots:
    void timestamp_data();
    void timestamp();
    void timestamp_randomAgreesWithParser();
    void interner_sharesAndStaysBounded();
    void wordFinder_data();
    void wordFinder();
    void wordFinder_nonAsciiWordsAreNotSearchedAsBytes();
};

void TestFlagRowBytes::timestamp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("fast"); // the byte parser answers it (else the general parser does)
    QTest::newRow("millis") << QByteArray("2026-11-28T09:15:02.120Z") << true;
    QTest::newRow("seconds") << QByteArray("2026-11-28T09:15:02Z") << true;
    QTest::newRow("space") << QByteArray("2026-11-28 09:15:02.120Z") << true;
    QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00.000Z") << true;
    QTest::newRow("year one") << QByteArray("0001-01-01T00:00:00Z") << true;
    QTest::newRow("not a leap day") << QByteArray("2026-02-29T00:00:00.000Z") << false;
    QTest::newRow("month 13") << QByteArray("2026-13-01T00:00:00.000Z") << false;
    QTest::newRow("hour 24") << QByteArray("2026-11-28T24:00:00.000Z") << false;
    QTest::newRow("second 60") << QByteArray("2026-11-28T23:59:60Z") << false;
    QTest::newRow("year zero") << QByteArray("0000-01-01T00:00:00Z") << false;
    QTest::newRow("offset") << QByteArray("2026-11-28T09:15:02+01:00") << false;
    QTest::newRow("lower z") << QByteArray("2026-11-28T09:15:02.120z") << false;
    QTest::newRow("no zone") << QByteArray("2026-11-28T09:15:02.120") << false;
    QTest::newRow("two millis digits") << QByteArray("2026-11-28T09:15:02.12Z") << false;
    QTest::newRow("letter in digits") << QByteArray("2026-1a-28T09:15:02.120Z") << false;
    QTest::newRow("sign in digits") << QByteArray("2026-11-+8T09:15:02.120Z") << false;
    QTest::newRow("high byte") << QByteArray("2026-11-28T09:15:02.12\xc3\xa9") << false;
}

void TestFlagRowBytes::timestamp()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, fast);
    const std::optional<qint64> bytes = parseUtcTimestampBytes(text.constData(), text.size());
    QCOMPARE(bytes.has_value(), fast);
    if (fast)
        QCOMPARE(bytes, Timestamps::parseText(QString::fromUtf8(text), 3600));
}

void TestFlagRowBytes::timestamp_randomAgreesWithParser()
{
    // Every field over and past its range: whatever the byte parser accepts, the parser reads alike.
    QRandomGenerator rng(8);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray text = QByteArray::number(rng.bounded(0, 10000)).rightJustified(4, '0') + '-'
            + QByteArray::number(rng.bounded(0, 14)).rightJustified(2, '0') + '-'
            + QByteArray::number(rng.bounded(0, 33)).rightJustified(2, '0') + (rng.bounded(2) ? 'T' : ' ')
            + QByteArray::number(rng.bounded(0, 26)).rightJustified(2, '0') + ':'
            + QByteArray::number(rng.bounded(0, 61)).rightJustified(2, '0') + ':'
            + QByteArray::number(rng.bounded(0, 61)).rightJustified(2, '0')
            + (rng.bounded(2) ? '.' + QByteArray::number(rng.bounded(0, 1000)).rightJustified(3, '0') : QByteArray()) + 'Z';
        const std::optional<qint64> bytes = parseUtcTimestampBytes(text.constData(), text.size());
        const std::optional<qint64> parsed = Timestamps::parseText(QString::fromLatin1(text));
        QVERIFY2(!bytes || bytes == parsed, text.constData());
        QVERIFY2(bytes.has_value() == parsed.has_value(), text.constData());
        accepted += bytes ? 1 : 0;
    }
    QVERIFY(accepted > 1000);
}

void TestFlagRowBytes::interner_sharesAndStaysBounded()
{
    TextInterner interner(3, 8);
    const QByteArray login("LOGIN");
    const QString first = interner.text(login.constData(), login.size());
    const QString again = interner.text(login.constData(), login.size());
    QCOMPARE(first, u"LOGIN"_qs);
    QVERIFY(first.isSharedWith(again));
    const QByteArray utf8("caf\xc3\xa9");
    QCOMPARE(interner.text(utf8.constData(), utf8.size()), u"café"_qs);
    for (const char *t : {"a", "b", "c", "d"})
        QCOMPARE(interner.text(t, qsizetype(strlen(t))), QString::fromLatin1(t));
    QCOMPARE(interner.size(), 3); // the limit
    const QByteArray longText("longer than eight");
    QCOMPARE(interner.text(longText.constData(), longText.size()), QString::fromLatin1(longText));
    QCOMPARE(interner.size(), 3);
}

void TestFlagRowBytes::wordFinder_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expected"); // 1 found, 0 not found, -1 cannot tell from bytes
    QTest::newRow("word") << QByteArray(R"({"price":"10.00"})") << 1;
    QTest::newRow("upper case") << QByteArray(R"({"UNIT_PRICE":"10.00"})") << 1;
    QTest::newRow("second word") << QByteArray(R"({"tax_rate":1})") << 1;
    QTest::newRow("at the end") << QByteArray("fee") << 1;
    QTest::newRow("cut at the end") << QByteArray("fe") << 0;
    QTest::newRow("none") << QByteArray(R"({"status":"shipped"})") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("escape") << QByteArray(R"({"\u0070rice":1})") << -1;
    QTest::newRow("non-ASCII") << QByteArray("{\"pr\xc3\xaf" "ce\":1}") << -1;
}

void TestFlagRowBytes::wordFinder()
{
    QFETCH(QByteArray, text);
    QFETCH(int, expected);
    const AsciiWordFinder finder({u"price"_qs, u"Tax"_qs, u"fee"_qs});
    QVERIFY(finder.isValid());
    const std::optional<bool> found = finder.find(text.constData(), text.size());
    QCOMPARE(found ? int(*found) : -1, expected);
}

void TestFlagRowBytes::wordFinder_nonAsciiWordsAreNotSearchedAsBytes()
{
    QVERIFY(!AsciiWordFinder({u"price"_qs, u"prix_ttc_€"_qs}).isValid());
    QVERIFY(!AsciiWordFinder({u""_qs}).isValid());
    QVERIFY(AsciiWordFinder(QStringList()).isValid());
}

QTEST_GUILESS_MAIN(TestFlagRowBytes)
#include "tst_flagrowbytes.moc"
