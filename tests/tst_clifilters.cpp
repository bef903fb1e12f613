// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AuditLens::TestSupport;

// FILTERS of `auditlens export` and `auditlens flags`, run through the built binary and
// checked against SQL written independently of the filter compiler.
class TestCliFilters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void export_filterMatchesSqlCount_data();
    void export_filterMatchesSqlCount();
    void export_dateOnly_isWholeUtcDay();
    void export_searchMetacharacters_matchLiterally_data();
    void export_searchMetacharacters_matchLiterally();
    void export_flaggedOnly_equalsFlagsCommand();
    void flags_userFilter_printsThatUsersFlagsOfUnfilteredRun();
    void badValue_exit2WithOneLineAndNoFile_data();
    void badValue_exit2WithOneLineAndNoFile();
    void pdf_containsFilterDescription();

private:
    ProcessResult run(const QStringList &arguments);
    QStringList exportCsv(const QStringList &filters, QString *error = nullptr);
    qint64 sqlCount(const QString &where, const QVariantList &values = {});
    QStringList flagLines(const QStringList &filters);

    QTemporaryDir m_dir;
    QString m_db;
    int m_outputs = 0;
};

ProcessResult TestCliFilters::run(const QStringList &arguments)
{
    return runAuditLens(arguments, 120000, m_dir.path());
}

// The data lines of a CSV export (no demo value holds a line break, so records are lines).
QStringList TestCliFilters::exportCsv(const QStringList &filters, QString *error)
{
    const QString out = m_dir.filePath(QStringLiteral("out%1.csv").arg(++m_outputs));
    const ProcessResult r = run(QStringList{QStringLiteral("export"), m_db, QStringLiteral("--format"),
                                            QStringLiteral("csv"), QStringLiteral("--no-bom"),
                                            QStringLiteral("--output"), out}
                                + filters);
    if (r.exitCode != 0) {
        if (error)
            *error = QString::fromUtf8(r.err);
        return {QStringLiteral("<failed>")};
    }
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("<unreadable>")};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    lines.removeFirst(); // the header
    return lines;
}

qint64 TestCliFilters::sqlCount(const QString &where, const QVariantList &values)
{
    Sql sql(m_db, QStringLiteral("reference"));
    return sql.scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE ") + where, values).toLongLong();
}

QStringList TestCliFilters::flagLines(const QStringList &filters)
{
    const ProcessResult r = run(QStringList{QStringLiteral("flags"), m_db, QStringLiteral("--json")} + filters);
    if (r.exitCode != 0)
        return {QString::fromUtf8(r.err)};
    return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
}

void TestCliFilters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_db, 1500));
    // Values made of SQL's metacharacters, and decoys that a wildcard would also match.
    Sql sql(m_db, QStringLiteral("fixtures"));
    const QStringList summaries = {
        QStringLiteral("Price cut 50% on item_7"),  QStringLiteral("Price cut 50x on itemX7"),
        QStringLiteral("Renamed O'Brien; notes"),   QStringLiteral("Path C:\\temp\\x saved"),
        QStringLiteral("Path C:/temp/x saved"),     QStringLiteral("'; DROP TABLE audit_logs; --"),
    };
    for (const QString &s : summaries) {
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO audit_logs (timestamp, username, action, entity, entity_id, "
                                        "summary, status) VALUES ('2026-11-27T10:00:00.000Z', 'zed', 'UPDATE', "
                                        "'products', '7', ?, 'success')"),
                         {s}));
    }
}

void TestCliFilters::export_filterMatchesSqlCount_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("values");
    const auto row = [](const char *name, const QStringList &filters, const QString &where,
                        const QVariantList &values = {}) { QTest::newRow(name) << filters << where << values; };
    row("none", {}, QStringLiteral("1"));
    row("from", {u"--from"_qs, u"2026-11-01"_qs}, u"timestamp >= '2026-11-01'"_qs);
    row("to date", {u"--to"_qs, u"2026-10-15"_qs}, u"timestamp < '2026-10-16'"_qs);
    row("from date-time", {u"--from"_qs, u"2026-11-20T12:30:00Z"_qs}, u"timestamp >= '2026-11-20T12:30:00'"_qs);
    row("from offset", {u"--from"_qs, u"2026-11-20T14:30:00+02:00"_qs}, u"timestamp >= '2026-11-20T12:30:00'"_qs);
    row("action", {u"--action"_qs, u"LOGIN"_qs}, u"action = 'LOGIN'"_qs);
    row("actions", {u"--action"_qs, u"LOGIN,LOGOUT"_qs}, u"action IN ('LOGIN', 'LOGOUT')"_qs);
    row("table", {u"--table"_qs, u"inventory"_qs}, u"entity = 'inventory'"_qs);
    row("tables repeated", {u"--table"_qs, u"users"_qs, u"--table"_qs, u"customers"_qs},
        u"entity IN ('users', 'customers')"_qs);
    row("user", {u"--user"_qs, u"bob"_qs}, u"username = 'bob'"_qs);
    row("status", {u"--status"_qs, u"failure"_qs}, u"status = 'failure'"_qs);
    row("ip", {u"--ip"_qs, u"127.0.0.1"_qs}, u"ip_address = '127.0.0.1'"_qs);
    row("ip prefix", {u"--ip"_qs, u"192.168.1.*"_qs}, u"ip_address LIKE '192.168.1.%'"_qs);
    row("search", {u"--search"_qs, u"Espresso"_qs}, u"instr(lower(coalesce(summary, '') || '|' || coalesce(old_values, '') "
                                               u"|| '|' || coalesce(new_values, '') || '|' || coalesce(metadata, '') "
                                               u"|| '|' || id || '|' || coalesce(entity_id, '') || '|' || "
                                               u"coalesce(username, '') || '|' || coalesce(ip_address, '') || '|' || "
                                               u"coalesce(user_agent, '')), 'espresso') > 0"_qs);
    row("combined", {u"--user"_qs, u"alice,bob"_qs, u"--action"_qs, u"LOGIN"_qs, u"--from"_qs, u"2026-10-01"_qs},
        u"username IN ('alice', 'bob') AND action = 'LOGIN' AND timestamp >= '2026-10-01'"_qs);
}

void TestCliFilters::export_filterMatchesSqlCount()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, where);
    QFETCH(QVariantList, values);
    QString error;
    const QStringList lines = exportCsv(filters, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 expected = sqlCount(where, values);
    QVERIFY(expected > 0);
    QCOMPARE(qint64(lines.size()), expected);
}

void TestCliFilters::export_dateOnly_isWholeUtcDay()
{
    const QStringList lines = exportCsv({u"--from"_qs, u"2026-11-25"_qs, u"--to"_qs, u"2026-11-25"_qs});
    QCOMPARE(qint64(lines.size()), sqlCount(u"timestamp >= '2026-11-25' AND timestamp < '2026-11-26'"_qs));
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.section(u',', 1, 1).startsWith(u"2026-11-25T"_qs), qPrintable(line));
    // --from alone: the day starts at 00:00 UTC, so the first of the day's events is in.
    const QStringList from = exportCsv({u"--from"_qs, u"2026-11-25"_qs});
    QCOMPARE(qint64(from.size()), sqlCount(u"timestamp >= '2026-11-25T00:00:00'"_qs));
}

void TestCliFilters::export_searchMetacharacters_matchLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("percent") << u"50%"_qs << 1;
    QTest::newRow("underscore") << u"item_7"_qs << 1;
    QTest::newRow("quote") << u"O'Brien"_qs << 1;
    QTest::newRow("backslash") << u"C:\\temp\\x"_qs << 1;
    QTest::newRow("semicolon") << u"Brien; notes"_qs << 1;
    QTest::newRow("injection") << u"'; DROP TABLE audit_logs; --"_qs << 1;
    QTest::newRow("case") << u"o'brien"_qs << 1;
}

void TestCliFilters::export_searchMetacharacters_matchLiterally()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QString error;
    const QStringList lines = exportCsv({u"--search"_qs, text}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lines.size(), expected);
    QVERIFY2(lines.first().contains(text, Qt::CaseInsensitive), qPrintable(lines.first()));
    QVERIFY(sqlCount(u"1"_qs) > 1500); // and the table is still there
}

void TestCliFilters::export_flaggedOnly_equalsFlagsCommand()
{
    QStringList flaggedIds;
    for (const QString &line : flagLines({}))
        flaggedIds << QJsonDocument::fromJson(line.toUtf8()).object().value(u"id"_qs).toString();
    QVERIFY(flaggedIds.size() > 5);
    QStringList exported;
    const QStringList lines = exportCsv({u"--flagged-only"_qs});
    for (const QString &line : lines) {
        exported << line.section(u',', 0, 0);
        QVERIFY2(!line.endsWith(u',') && !line.endsWith(u"\"\""_qs), qPrintable(line)); // the Flags column is filled
    }
    flaggedIds.sort();
    exported.sort();
    QCOMPARE(exported, flaggedIds);
    // --no-flags: every row, and no Flags column filled.
    const QStringList unflagged = exportCsv({u"--no-flags"_qs});
    QCOMPARE(qint64(unflagged.size()), sqlCount(u"1"_qs));
    for (const QString &line : unflagged)
        QVERIFY2(line.endsWith(u','), qPrintable(line));
    // --flagged-only combines with the other filters.
    const QStringList bob = exportCsv({u"--flagged-only"_qs, u"--user"_qs, u"bob"_qs});
    QVERIFY(bob.size() < lines.size());
    for (const QString &line : bob)
        QCOMPARE(line.section(u',', 2, 2), u"bob"_qs);
}

void TestCliFilters::flags_userFilter_printsThatUsersFlagsOfUnfilteredRun()
{
    QStringList expected;
    for (const QString &line : flagLines({})) {
        if (QJsonDocument::fromJson(line.toUtf8()).object().value(u"actor"_qs).toString() == u"bob"_qs)
            expected << line;
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(flagLines({u"--user"_qs, u"bob"_qs}), expected);
    // A filter the flagged events miss prints nothing, and a date filter keeps stream order.
    QCOMPARE(flagLines({u"--user"_qs, u"nobody"_qs}), QStringList());
    QStringList late;
    for (const QString &line : flagLines({})) {
        if (QJsonDocument::fromJson(line.toUtf8()).object().value(u"timestamp"_qs).toString() >= u"2026-11-20"_qs)
            late << line;
    }
    QCOMPARE(flagLines({u"--from"_qs, u"2026-11-20"_qs}), late);
}

void TestCliFilters::badValue_exit2WithOneLineAndNoFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("filters");
    QTest::newRow("export no-flags with flagged-only")
        << u"export"_qs << QStringList{u"--no-flags"_qs, u"--flagged-only"_qs};
    for (const char *command : {"export", "flags"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("%s from", command) << c << QStringList{u"--from"_qs, u"2026-13-45"_qs};
        QTest::addRow("%s to", command) << c << QStringList{u"--to"_qs, u"yesterday"_qs};
        QTest::addRow("%s epoch", command) << c << QStringList{u"--from"_qs, u"1700000000"_qs};
        QTest::addRow("%s reversed", command)
            << c << QStringList{u"--from"_qs, u"2026-11-26"_qs, u"--to"_qs, u"2026-11-25"_qs};
        QTest::addRow("%s status", command) << c << QStringList{u"--status"_qs, u"ok"_qs};
        QTest::addRow("%s ip", command) << c << QStringList{u"--ip"_qs, u"1.2.3.4'; --"_qs};
    }
}

void TestCliFilters::badValue_exit2WithOneLineAndNoFile()
{
    QFETCH(QString, command);
    QFETCH(QStringList, filters);
    const QString out = m_dir.filePath(QStringLiteral("bad.csv"));
    QStringList arguments{command, m_db};
    if (command == u"export"_qs)
        arguments << u"--format"_qs << u"csv"_qs << u"--output"_qs << out;
    const ProcessResult r = run(arguments + filters);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("auditlens: "));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(m_dir.path()).entryList({u"bad*"_qs}, QDir::Files | QDir::Hidden), QStringList());
}

void TestCliFilters::pdf_containsFilterDescription()
{
    const QString out = m_dir.filePath(QStringLiteral("filtered.pdf"));
    const ProcessResult r = run({u"export"_qs, m_db, u"--format"_qs, u"pdf"_qs, u"--output"_qs, out, u"--user"_qs,
                                 u"bob"_qs, u"--from"_qs, u"2026-11-01"_qs, u"--to"_qs, u"2026-11-28"_qs,
                                 u"--status"_qs, u"success"_qs});
    QCOMPARE(r.exitCode, 0);
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_qs, {u"-layout"_qs, out, u"-"_qs});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(u"from 2026-11-01 to 2026-11-28 (UTC); user bob; status success"_qs), qPrintable(text.left(800)));
    // The report's summary by rule comes from the flags the command computed.
    QVERIFY(!text.contains(u"flag rules were not evaluated"_qs));
}

QTEST_GUILESS_MAIN(TestCliFilters)
#include "tst_clifilters.moc"
