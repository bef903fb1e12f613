// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The connect dialog and the lost-connection banner against ctest's throw-away server.
#include "connectdialog.h"
#include "connectionbanner.h"
#include "databasesession.h"
#include "entriesmodel.h"
#include "mainwindow.h"
#include "mappingdialog.h"
#include "mappingdialogactions.h"
#include "pgsupport.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestGuiPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connectDialog_closedPort_showsErrorAndStaysOpen();
    void connectDialog_rightServer_accepts();
    void openDatabase_recentListHoldsNoPassword();
    void serverDropsConnections_bannerShowsThenHidesOnSamePage();
    void serverStoppedAndStarted_bannerReconnectsToSamePage();
    void connectDialog_fields_buildLocationAndUrlWithoutPassword();
    void connectDialog_noKeychain_saysSoAndStillConnects();
    void mappingDialog_serverTable_previewsThroughChosenColumns();

private:
    void fill(ConnectDialog &dialog, int port);
    // Opens the test server in the window and goes to page `page` of `pageSize` events.
    static EntriesModel *openOnPage(MainWindow &w, int pageSize, int page);
    // True when any setting, a list or a single value, holds the text.
    static bool settingsContain(const QString &text);
    QTemporaryDir m_dir;
    std::unique_ptr<PgOwner> m_owner;
    DatabaseLocation m_server;
};

void TestGuiPostgres::initTestCase()
{
    if (testServerUrl().isEmpty())
        QFAIL(missingServerMessage().constData());
    // No desktop keychain, as on CI: a session bus that does not exist (qtkeychain connects lazily).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/auditlens-test-bus");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(demo, 600));
    m_owner = std::make_unique<PgOwner>();
    QVERIFY(m_owner->isOpen());
    Sql sqlite(demo);
    QVERIFY(copyDemoToPostgres(sqlite.db(), *m_owner, QStringLiteral("audit_logs")));
    m_server = DatabaseLocation::parse(testServerUrl());
}

void TestGuiPostgres::fill(ConnectDialog &dialog, int port)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("connectHost"))->setText(m_server.host);
    dialog.findChild<QSpinBox *>(QStringLiteral("connectPort"))->setValue(port);
    dialog.findChild<QLineEdit *>(QStringLiteral("connectDatabase"))->setText(m_server.database);
    dialog.findChild<QLineEdit *>(QStringLiteral("connectUser"))->setText(m_server.user);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("connectPassword")));
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("connectSslMode")));
    dialog.findChild<QComboBox *>(QStringLiteral("connectSslMode"))->setCurrentText(QStringLiteral("disable"));
    dialog.findChild<QLineEdit *>(QStringLiteral("connectTable"))->setText(QStringLiteral("audit_logs"));
}

EntriesModel *TestGuiPostgres::openOnPage(MainWindow &w, int pageSize, int page)
{
    w.show();
    if (!w.openLocation(testServerUrl()))
        return nullptr;
    EntriesModel *model = w.session()->entries();
    model->setPageSize(pageSize);
    return model->goToPage(page) && model->pageIndex() == page ? model : nullptr;
}

bool TestGuiPostgres::settingsContain(const QString &text)
{
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        if (value.toString().contains(text) || value.toStringList().join(u' ').contains(text))
            return true;
    }
    return false;
}

void TestGuiPostgres::connectDialog_closedPort_showsErrorAndStaysOpen()
{
    ConnectDialog dialog;
    dialog.show();
    fill(dialog, 1);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(button->isEnabled());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("connectHost"))->accessibleName(), QStringLiteral("Host"));
    QTest::mouseClick(button, Qt::LeftButton);
    // The attempt runs on a worker: the busy bar shows and the form is disabled meanwhile.
    QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("connectBusy"))->isVisible()
            || !dialog.errorText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
    QVERIFY2(dialog.errorText().contains(QLatin1String("Cannot connect")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("connectHost"))->isEnabled());
}

void TestGuiPostgres::connectDialog_rightServer_accepts()
{
    ConnectDialog dialog;
    dialog.show();
    fill(dialog, m_server.port);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
    const DatabaseLocation loc = dialog.location();
    QCOMPARE(loc.port, m_server.port);
    QCOMPARE(loc.sslMode, QStringLiteral("disable"));
    QCOMPARE(loc.table, QStringLiteral("audit_logs"));
}

void TestGuiPostgres::openDatabase_recentListHoldsNoPassword()
{
    MainWindow w;
    DatabaseLocation loc = m_server;
    loc.password = QStringLiteral("s3cret-typed-in-dialog"); // trust auth ignores it
    QVERIFY(w.openDatabase(loc));
    const QStringList recent = Settings::recentDatabases();
    QVERIFY(!recent.isEmpty());
    QVERIFY2(!recent.first().contains(QLatin1String("s3cret")), qPrintable(recent.first()));
    QCOMPARE(DatabaseLocation::parse(recent.first()).identity(), m_server.identity());
    QVERIFY(settingsContain(QStringLiteral("auditlens_test"))); // the check below can see the recent list
    QVERIFY(!settingsContain(QStringLiteral("s3cret")));
}

void TestGuiPostgres::serverDropsConnections_bannerShowsThenHidesOnSamePage()
{
    MainWindow w;
    EntriesModel *model = openOnPage(w, 50, 2);
    QVERIFY(model);
    const QVariant firstKey = model->eventAt(0).key;
    auto *banner = w.findChild<ConnectionBanner *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // The server ends every AuditLens session, as a restart or an administrator would.
    QVERIFY(m_owner->exec(QStringLiteral(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'AuditLens'")));
    QVERIFY(!model->reloadPage()); // the next page read fails…
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000); // …and the banner says so
    QVERIFY(banner->findChild<QLabel *>()->text().contains(QLatin1String("lost")));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000); // reconnected with back-off
    QCOMPARE(model->pageIndex(), 2);
    QCOMPARE(model->eventAt(0).key, firstKey);
    QVERIFY(w.session()->database()->isAlive());
}

void TestGuiPostgres::serverStoppedAndStarted_bannerReconnectsToSamePage()
{
    MainWindow w;
    EntriesModel *model = openOnPage(w, 40, 3);
    QVERIFY(model);
    const QVariant firstKey = model->eventAt(0).key;
    auto *banner = w.connectionBanner();

    QVERIFY(controlTestServer(QStringLiteral("pause"))); // the whole server goes away
    QVERIFY(!model->reloadPage());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY(banner->isLost());
    // While it is down, the retries fail and the delay grows (1, 2, 4 … s).
    QTRY_VERIFY_WITH_TIMEOUT(banner->retryDelaySeconds() >= 2, 15000);
    QVERIFY(banner->isVisible());
    const bool resumed = controlTestServer(QStringLiteral("resume"));
    QVERIFY(resumed);
    m_owner.reset(); // the restart ended the owner's session too
    m_owner = std::make_unique<PgOwner>();
    QVERIFY(m_owner->isOpen());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 40000);
    QVERIFY(!banner->isLost());
    QCOMPARE(model->pageIndex(), 3);
    QCOMPARE(model->eventAt(0).key, firstKey);
    QCOMPARE(model->rowCount(), 40);
    QVERIFY(w.session()->database()->isAlive());
}

void TestGuiPostgres::connectDialog_fields_buildLocationAndUrlWithoutPassword()
{
    ConnectDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("connectHost"))->setText(QStringLiteral(" db.example.org "));
    dialog.findChild<QSpinBox *>(QStringLiteral("connectPort"))->setValue(6543);
    dialog.findChild<QLineEdit *>(QStringLiteral("connectDatabase"))->setText(QStringLiteral("shop"));
    dialog.findChild<QLineEdit *>(QStringLiteral("connectUser"))->setText(QStringLiteral("auditor"));
    dialog.findChild<QLineEdit *>(QStringLiteral("connectPassword"))->setText(QStringLiteral("pa ss"));
    dialog.findChild<QComboBox *>(QStringLiteral("connectSslMode"))->setCurrentText(QStringLiteral("verify-full"));
    dialog.findChild<QLineEdit *>(QStringLiteral("connectTable"))->setText(QStringLiteral("audit.logged_actions"));
    const DatabaseLocation loc = dialog.location();
    QCOMPARE(loc.kind, DatabaseKind::PostgreSQL);
    QCOMPARE(loc.host, QStringLiteral("db.example.org"));
    QCOMPARE(loc.port, 6543);
    QCOMPARE(loc.database, QStringLiteral("shop"));
    QCOMPARE(loc.user, QStringLiteral("auditor"));
    QCOMPARE(loc.password, QStringLiteral("pa ss"));
    QCOMPARE(loc.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(loc.table, QStringLiteral("audit.logged_actions"));
    QCOMPARE(loc.toUrl(),
             QStringLiteral("postgresql://auditor@db.example.org:6543/shop?table=audit.logged_actions&sslmode=verify-full"));
    // The URL reads back as the same server, and a dialog filled from it shows the same fields.
    ConnectDialog again;
    again.setLocation(DatabaseLocation::parse(loc.toUrl()));
    QCOMPARE(again.location().identity(), loc.identity());
    QCOMPARE(again.location().table, loc.table);
    QCOMPARE(again.location().sslMode, loc.sslMode);
    QVERIFY(again.location().password.isEmpty());
}

void TestGuiPostgres::connectDialog_noKeychain_saysSoAndStillConnects()
{
    QSettings().clear();
    ConnectDialog dialog;
    dialog.show();
    fill(dialog, m_server.port);
    dialog.findChild<QLineEdit *>(QStringLiteral("connectUser"))->setText(QStringLiteral("auditlens_pw"));
    dialog.findChild<QLineEdit *>(QStringLiteral("connectPassword"))->setText(QStringLiteral("right-password"));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("connectRememberPassword"));
    QVERIFY(remember);
    remember->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keychainAnswered(), 10000);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("connectKeychainNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("No desktop keychain")), qPrintable(note->text()));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
    QCOMPARE(dialog.location().password, QStringLiteral("right-password"));
    MainWindow w;
    QVERIFY(w.openDatabase(dialog.location()));
    QVERIFY(settingsContain(QStringLiteral("auditlens_pw@"))); // the recent list, without the password
    QVERIFY(!settingsContain(QStringLiteral("right-password")));
}

void TestGuiPostgres::mappingDialog_serverTable_previewsThroughChosenColumns()
{
    QVERIFY(m_owner->exec(QStringLiteral("DROP TABLE IF EXISTS journal")));
    QVERIFY(m_owner->exec(QStringLiteral("CREATE TABLE journal (entry_no bigserial PRIMARY KEY, happened timestamptz "
                                         "NOT NULL, who text, op_code integer NOT NULL)")));
    QVERIFY(m_owner->exec(QStringLiteral(
        "INSERT INTO journal (happened, who, op_code) SELECT timestamptz '2026-11-01 08:00:00+00' + i * "
        "interval '37 minutes', 'user' || (i % 3), i % 3 FROM generate_series(1, 45) i")));
    MappingDialog dialog(m_server);
    dialog.show();
    QVERIFY(dialog.selectTable(QStringLiteral("journal")));
    QVERIFY(dialog.setFieldColumn(Field::Timestamp, QStringLiteral("happened")));
    QVERIFY(dialog.setFieldColumn(Field::Action, QStringLiteral("op_code")));
    QVERIFY(dialog.setFieldColumn(Field::Actor, QStringLiteral("who")));
    // The viewer role sees no primary keys in information_schema (only the owner does): the row id
    // is chosen by hand, as the dialog's problem line asks.
    QVERIFY(dialog.setFieldColumn(Field::Id, QStringLiteral("entry_no")));
    QTRY_COMPARE(dialog.mapping().column(Field::Actor), QStringLiteral("who"));
    QCOMPARE(dialog.mapping().keyColumn, QStringLiteral("entry_no"));
    QVERIFY(dialog.mapping().timestampIsTyped);
    // Integer action codes read back as the text keys of the value map.
    QCOMPARE(dialog.actionEditor()->rowCount(), 3);
    QVERIFY(dialog.actionEditor()->setMappedAction(QStringLiteral("2"), QStringLiteral("delete")));
    QTRY_COMPARE(dialog.mapping().actionMap.value(QStringLiteral("2")), QStringLiteral("delete"));
    EntriesModel *preview = dialog.previewModel();
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 20);
    QCOMPARE(preview->eventAt(0).key.toLongLong(), 45);
    QCOMPARE(preview->eventAt(0).action, QStringLiteral("0"));
    QCOMPARE(preview->eventAt(1).action, QStringLiteral("delete")); // entry 44: code 2
    QCOMPARE(preview->eventAt(1).actor, QStringLiteral("user2"));
    QVERIFY(m_owner->exec(QStringLiteral("DROP TABLE journal")));
}

QTEST_MAIN(TestGuiPostgres)
#include "tst_gui_postgres.moc"
