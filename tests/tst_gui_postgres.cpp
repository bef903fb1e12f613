// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The connect dialog and the lost-connection banner against ctest's throw-away server.
#include "connectdialog.h"
#include "connectionbanner.h"
#include "databasesession.h"
#include "entriesmodel.h"
#include "mainwindow.h"
#include "pgsupport.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
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

private:
    void fill(ConnectDialog &dialog, int port);
    QTemporaryDir m_dir;
    std::unique_ptr<PgOwner> m_owner;
    DatabaseLocation m_server;
};

void TestGuiPostgres::initTestCase()
{
    if (testServerUrl().isEmpty())
        QFAIL(missingServerMessage().constData());
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
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(QLatin1String("s3cret")));
}

void TestGuiPostgres::serverDropsConnections_bannerShowsThenHidesOnSamePage()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openLocation(testServerUrl()));
    EntriesModel *model = w.session()->entries();
    model->setPageSize(50);
    QVERIFY(model->nextPage());
    QVERIFY(model->nextPage());
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

QTEST_MAIN(TestGuiPostgres)
#include "tst_gui_postgres.moc"
