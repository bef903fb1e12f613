// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviews.h"
#include "settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AuditLens;

class TestSavedViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void saveAndLoad_roundTripsEveryField();
    void defaultPath_isInTheConfigFolder();
    void columnIds_followTheModelColumns();
    void renameAndRemove_keepNamesUnique();
    void exportThenImport_addsAndReplacesViews();
    void badDocument_isRejectedWithReason_data();
    void badDocument_isRejectedWithReason();
    void damagedStore_loadReportsFileAndLeavesNoViews();
    void missingImportFile_reportsPath();

private:
    static SavedView sample(const QString &name);
    QString write(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};

void TestSavedViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

SavedView TestSavedViews::sample(const QString &name)
{
    SavedView v;
    v.name = name;
    v.filter.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    v.filter.to = QDateTime(QDate(2026, 11, 8), QTime(12, 30), Qt::UTC);
    v.filter.actions = {QStringLiteral("login_failed")};
    v.filter.categories = {Category::Delete};
    v.filter.tables = {QStringLiteral("orders")};
    v.filter.users = {QStringLiteral("maria")};
    v.filter.statuses = {Status::Failure};
    v.filter.ip = QStringLiteral("10.0.*");
    v.filter.text = QStringLiteral("price “quoted”");
    v.filter.flaggedOnly = true;
    v.preset = QStringLiteral("Custom");
    v.columns = {{QStringLiteral("time"), true, 180}, {QStringLiteral("summary"), true, 400},
                 {QStringLiteral("ip"), false, 0}};
    return v;
}

QString TestSavedViews::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

void TestSavedViews::saveAndLoad_roundTripsEveryField()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip/views.json"));
    SavedViews store(path);
    store.put(sample(QStringLiteral("Failed deletes")));
    SavedView second;
    second.name = QStringLiteral("Last week");
    second.preset = QStringLiteral("Last7Days");
    store.put(second);
    QString error;
    QVERIFY2(store.save(&error), qPrintable(error));

    SavedViews again(path);
    QVERIFY2(again.load(&error), qPrintable(error));
    QCOMPARE(again.names(), QStringList({QStringLiteral("Failed deletes"), QStringLiteral("Last week")}));
    QCOMPARE(*again.find(QStringLiteral("Failed deletes")), sample(QStringLiteral("Failed deletes")));
    QCOMPARE(*again.find(QStringLiteral("Last week")), second);
    // The documented top level.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("auditlens-views"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("views")).toArray().size(), 2);
}

void TestSavedViews::defaultPath_isInTheConfigFolder()
{
    QCOMPARE(SavedViews::defaultPath(), Settings::configFolder() + QStringLiteral("/views.json"));
    QVERIFY(!Settings::configFolder().isEmpty());
}

void TestSavedViews::columnIds_followTheModelColumns()
{
    QCOMPARE(SavedViews::columnIds(),
             QStringList({QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"), QStringLiteral("table"),
                          QStringLiteral("record"), QStringLiteral("summary"), QStringLiteral("ip"),
                          QStringLiteral("status"), QStringLiteral("flag")}));
}

void TestSavedViews::renameAndRemove_keepNamesUnique()
{
    SavedViews store(m_dir.filePath(QStringLiteral("rename.json")));
    store.put(sample(QStringLiteral("A")));
    store.put(sample(QStringLiteral("B")));
    QString error;
    QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral("B"), &error));
    QVERIFY(error.contains(QLatin1String("exists already")));
    QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral("   "), &error));
    QVERIFY(!store.rename(QStringLiteral("Z"), QStringLiteral("Y"), &error));
    QVERIFY(store.rename(QStringLiteral("A"), QStringLiteral(" C "), &error));
    QCOMPARE(store.names(), QStringList({QStringLiteral("C"), QStringLiteral("B")}));
    QVERIFY(store.remove(QStringLiteral("B")));
    QVERIFY(!store.remove(QStringLiteral("B")));
    QCOMPARE(store.names(), QStringList({QStringLiteral("C")}));
}

void TestSavedViews::exportThenImport_addsAndReplacesViews()
{
    const QString shared = m_dir.filePath(QStringLiteral("shared.json"));
    SavedView exported = sample(QStringLiteral("Shared"));
    QString error;
    QVERIFY(SavedViews::exportTo(shared, {exported}, &error));

    SavedViews store(m_dir.filePath(QStringLiteral("import.json")));
    SavedView old;
    old.name = QStringLiteral("Shared");
    store.put(old);
    store.put(sample(QStringLiteral("Mine")));
    QCOMPARE(store.importFrom(shared, &error), 1);
    QCOMPARE(store.names(), QStringList({QStringLiteral("Shared"), QStringLiteral("Mine")}));
    QCOMPARE(*store.find(QStringLiteral("Shared")), exported);
}

void TestSavedViews::badDocument_isRejectedWithReason_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\n \"format\": \"auditlens-views\",\n oops }") << QStringLiteral("line 3");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("other format") << QByteArray(R"({"format":"something","version":1,"views":[]})")
                                  << QStringLiteral("not an AuditLens views file");
    QTest::newRow("array root") << QByteArray("[1,2]") << QStringLiteral("not an AuditLens views file");
    QTest::newRow("future version") << QByteArray(R"({"format":"auditlens-views","version":7,"views":[]})")
                                    << QStringLiteral("version 7 is not supported");
    QTest::newRow("views not a list") << QByteArray(R"({"format":"auditlens-views","version":1,"views":{}})")
                                      << QStringLiteral("\"views\" is not a list");
    QTest::newRow("view not object") << QByteArray(R"({"format":"auditlens-views","version":1,"views":[3]})")
                                     << QStringLiteral("not a JSON object");
    QTest::newRow("no name") << QByteArray(R"({"format":"auditlens-views","version":1,"views":[{"filter":{}}]})")
                             << QStringLiteral("no name");
    QTest::newRow("filter not object")
        << QByteArray(R"({"format":"auditlens-views","version":1,"views":[{"name":"x","filter":"all"}]})")
        << QStringLiteral("\"filter\" is not an object");
    QTest::newRow("unknown column")
        << QByteArray(R"({"format":"auditlens-views","version":1,"views":[{"name":"x","columns":[{"id":"colour"}]}]})")
        << QStringLiteral("unknown column \"colour\"");
    QTest::newRow("negative width")
        << QByteArray(R"({"format":"auditlens-views","version":1,"views":[{"name":"x","columns":[{"id":"time","width":-4}]}]})")
        << QStringLiteral("width of -4");
}

void TestSavedViews::badDocument_isRejectedWithReason()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const QString path = write(QStringLiteral("bad.json"), data);
    QVERIFY(!path.isEmpty());
    SavedViews store(m_dir.filePath(QStringLiteral("untouched.json")));
    store.put(sample(QStringLiteral("Kept")));
    QString error;
    QCOMPARE(store.importFrom(path, &error), -1);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("bad.json")), qPrintable(error));
    QCOMPARE(store.names(), QStringList({QStringLiteral("Kept")})); // nothing half-imported
}

void TestSavedViews::damagedStore_loadReportsFileAndLeavesNoViews()
{
    const QString path = write(QStringLiteral("damaged.json"), QByteArray("{\"format\":"));
    SavedViews store(path);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY(error.contains(QLatin1String("damaged.json")));
    QVERIFY(store.views().isEmpty());
    SavedViews missing(m_dir.filePath(QStringLiteral("nothing-here.json")));
    QVERIFY(missing.load(&error)); // no file yet is no views, not an error
    QVERIFY(missing.views().isEmpty());
}

void TestSavedViews::missingImportFile_reportsPath()
{
    SavedViews store(m_dir.filePath(QStringLiteral("x.json")));
    QString error;
    QCOMPARE(store.importFrom(m_dir.filePath(QStringLiteral("absent.json")), &error), -1);
    QVERIFY(error.contains(QLatin1String("absent.json")));
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
