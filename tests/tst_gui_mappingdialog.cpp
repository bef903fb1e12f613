// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The mapping dialog on a table no schema profile fits: choosing columns, the live preview, the
// value map for actions, "Save as Profile", and the table opening with no dialog afterwards.
#include "databasesession.h"
#include "entriesmodel.h"
#include "mainwindow.h"
#include "mappingdialog.h"
#include "mappingdialogactions.h"
#include "profilewriter.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestGuiMappingDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openUnmappedDatabase_showsMappingDialog_thenOpensWithChosenColumns();
    void chooseColumns_previewShowsFirstPage();
    void actionValueMap_changesShownActionsAndCategories();
    void saveAsProfile_writesJsonTheDetectorReads();
    void reopenAfterSave_opensWithNoDialog();
    void mapColumnsAction_preselectsOpenTable();
    void unreadableDatabase_saysWhyAndCannotOpen();
    void profileFileName_staysInTheProfilesFolder_data();
    void profileFileName_staysInTheProfilesFolder();

private:
    // Runs `drive` on the mapping dialog once it is shown modally; rejects it if still open after.
    void whenMappingDialogShows(std::function<void(MappingDialog *)> drive);
    void chooseJournalColumns(MappingDialog &dialog);

    QTemporaryDir m_dir;
    QString m_path;
    bool m_dialogSeen = false;
};

void TestGuiMappingDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(ProfileWriter::userProfileDir()).removeRecursively();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("journal.db"));
    Sql sql(m_path);
    QVERIFY(sql.script(fixtureSql(QStringLiteral("schema_unmapped.sql"))));
}

void TestGuiMappingDialog::whenMappingDialogShows(std::function<void(MappingDialog *)> drive)
{
    m_dialogSeen = false;
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [this, poll, drive] {
        auto *dialog = qobject_cast<MappingDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->deleteLater();
        poll->stop();
        m_dialogSeen = true;
        drive(dialog);
        if (dialog->isVisible())
            dialog->reject(); // a failed check inside drive() must not leave the test waiting
    });
    poll->start();
}

void TestGuiMappingDialog::chooseJournalColumns(MappingDialog &dialog)
{
    QVERIFY(dialog.selectTable(QStringLiteral("journal")));
    QVERIFY(dialog.setFieldColumn(Field::Timestamp, QStringLiteral("happened")));
    QVERIFY(dialog.setFieldColumn(Field::Action, QStringLiteral("op_code")));
    QVERIFY(dialog.setFieldColumn(Field::Actor, QStringLiteral("who")));
    QVERIFY(dialog.setFieldColumn(Field::Entity, QStringLiteral("target")));
    QVERIFY(dialog.setFieldColumn(Field::EntityId, QStringLiteral("target_key")));
    QVERIFY(dialog.setFieldColumn(Field::Summary, QStringLiteral("note")));
    QVERIFY(!dialog.setFieldColumn(Field::Ip, QStringLiteral("no_such_column")));
    // The preview follows a short pause after the last choice: wait for the one with every column.
    QTRY_COMPARE(dialog.mapping().column(Field::Summary), QStringLiteral("note"));
    QVERIFY(dialog.mapping().isValid() && dialog.previewModel());
}

void TestGuiMappingDialog::openUnmappedDatabase_showsMappingDialog_thenOpensWithChosenColumns()
{
    MainWindow w;
    w.show();
    QString reason;
    whenMappingDialogShows([&](MappingDialog *dialog) {
        reason = dialog->findChild<QLabel *>(QStringLiteral("mappingReason"))->text();
        chooseJournalColumns(*dialog);
        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("mappingOpen"));
        QTRY_VERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
    });
    QVERIFY(w.openLocation(m_path));
    QVERIFY(m_dialogSeen);
    QVERIFY2(reason.contains(QLatin1String("no audit log table")), qPrintable(reason));
    QVERIFY(w.session());
    const SchemaMapping &mapping = w.session()->database()->mapping();
    QCOMPARE(mapping.table, QStringLiteral("journal"));
    QCOMPARE(mapping.column(Field::Timestamp), QStringLiteral("happened"));
    QCOMPARE(mapping.keyColumn, QStringLiteral("rowid"));
    QCOMPARE(w.session()->database()->mapping().profileTitle, QStringLiteral("journal (mapped by hand)"));
    EntriesModel *model = w.session()->entries();
    model->setCondition({}); // the filter panel's default last 30 days would hide the fixed dates
    QVERIFY(model->select());
    QCOMPARE(model->eventAt(0).key.toLongLong(), 45);
    QCOMPARE(model->eventAt(0).actor, QStringLiteral("ann"));
}

void TestGuiMappingDialog::chooseColumns_previewShowsFirstPage()
{
    MappingDialog dialog(DatabaseLocation::parse(m_path));
    dialog.show();
    QVERIFY(dialog.selectTable(QStringLiteral("journal")));
    // The columns with their sample values.
    auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("mappingColumns"));
    QCOMPARE(columns->rowCount(), 7);
    QCOMPARE(columns->item(1, 0)->text(), QStringLiteral("happened"));
    QVERIFY2(columns->item(1, 2)->text().contains(QLatin1String("2026-11-01T08:37:00Z")),
             qPrintable(columns->item(1, 2)->text()));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("mappingTables"))->count(), 2);
    // Nothing fits yet: no time column, so no preview and no Open.
    QVERIFY(!dialog.mapping().isValid());
    QVERIFY2(dialog.problemText().contains(QLatin1String("time")), qPrintable(dialog.problemText()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mappingOpen"))->isEnabled());

    // Choosing through the combo boxes, as the owner does.
    auto *time = dialog.findChild<QComboBox *>(QStringLiteral("mappingField_timestamp"));
    QVERIFY(time);
    time->setCurrentText(QStringLiteral("happened"));
    QTRY_VERIFY(dialog.previewModel());
    chooseJournalColumns(dialog);
    EntriesModel *preview = dialog.previewModel();
    QAbstractItemModelTester tester(preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.findChild<QTableView *>(QStringLiteral("mappingPreview"))->model(), preview);
    QCOMPARE(preview->rowCount(), 20);
    // Newest first: entry 45 at 11:45 on the 2nd.
    const AuditEvent newest = preview->eventAt(0);
    QCOMPARE(newest.key.toLongLong(), 45);
    QCOMPARE(newest.actor, QStringLiteral("ann"));
    QCOMPARE(newest.action, QStringLiteral("M"));
    QCOMPARE(newest.summary, QStringLiteral("journal entry 45"));
    QVERIFY(newest.timestamp.has_value());
    QCOMPARE(*newest.timestamp, QDateTime(QDate(2026, 11, 2), QTime(11, 45), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("mappingOpen"))->isEnabled());
    QVERIFY(dialog.problemText().isEmpty());
}

void TestGuiMappingDialog::actionValueMap_changesShownActionsAndCategories()
{
    MappingDialog dialog(DatabaseLocation::parse(m_path));
    dialog.show();
    chooseJournalColumns(dialog);
    ActionValueEditor *actions = dialog.actionEditor();
    // The raw values of op_code, most frequent first.
    QCOMPARE(actions->rowCount(), 3);
    QCOMPARE(actions->item(0, 0)->text(), QStringLiteral("M"));
    QVERIFY(actions->setMappedAction(QStringLiteral("N"), QStringLiteral("create")));
    QVERIFY(actions->setMappedAction(QStringLiteral("M"), QStringLiteral("update")));
    QVERIFY(actions->setMappedAction(QStringLiteral("X"), QStringLiteral("delete")));
    QTRY_COMPARE(dialog.mapping().actionMap.value(QStringLiteral("X")), QStringLiteral("delete"));
    QTRY_VERIFY(dialog.previewModel() && dialog.previewModel()->eventAt(0).action == QLatin1String("update"));
    const AuditEvent removed = dialog.previewModel()->eventAt(2); // entry 43: X
    QCOMPARE(removed.key.toLongLong(), 43);
    QCOMPARE(removed.action, QStringLiteral("delete"));
    QCOMPARE(removed.category, Category::Delete);
    QCOMPARE(dialog.previewModel()->index(2, EntriesModel::ActionColumn).data().toString(), QStringLiteral("delete"));
}

void TestGuiMappingDialog::saveAsProfile_writesJsonTheDetectorReads()
{
    MappingDialog dialog(DatabaseLocation::parse(m_path));
    dialog.show();
    chooseJournalColumns(dialog);
    QVERIFY(dialog.actionEditor()->setMappedAction(QStringLiteral("X"), QStringLiteral("delete")));
    dialog.findChild<QLineEdit *>(QStringLiteral("mappingProfileName"))->setText(QStringLiteral("Shop journal"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("mappingSave")), Qt::LeftButton);
    const QString path = dialog.savedProfilePath();
    QCOMPARE(path, ProfileWriter::userProfileDir() + QStringLiteral("/Shop-journal.json"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mappingSaved"))->text().contains(QLatin1String("Shop-journal.json")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("Shop journal"));
    QCOMPARE(json.value(QLatin1String("tables")).toArray(), QJsonArray{QStringLiteral("journal")});
    const QJsonObject fields = json.value(QLatin1String("fields")).toObject();
    QCOMPARE(fields.value(QLatin1String("timestamp")).toString(), QStringLiteral("happened"));
    QCOMPARE(fields.value(QLatin1String("action")).toString(), QStringLiteral("op_code"));
    QVERIFY(!fields.contains(QLatin1String("ip")));
    QCOMPARE(json.value(QLatin1String("action_map")).toObject().value(QLatin1String("X")).toString(),
             QStringLiteral("delete"));
    // Read back, it maps the table exactly as the dialog did.
    const SchemaProfile profile = SchemaProfile::fromJson(json);
    QCOMPARE(profile.fields.value(int(Field::Summary)), QStringList{QStringLiteral("note")});
    QVERIFY(profile.appliesToTable(QStringLiteral("journal")));
    QVERIFY(!profile.appliesToTable(QStringLiteral("customers")));
}

void TestGuiMappingDialog::reopenAfterSave_opensWithNoDialog()
{
    MainWindow w;
    w.show();
    whenMappingDialogShows([](MappingDialog *) {}); // fails the test below rather than hanging
    QVERIFY(w.openLocation(m_path));
    QVERIFY2(!m_dialogSeen, "the saved profile should have opened the table with no dialog");
    const SchemaMapping &mapping = w.session()->database()->mapping();
    QCOMPARE(mapping.profileName, QStringLiteral("Shop journal"));
    QCOMPARE(mapping.table, QStringLiteral("journal"));
    QCOMPARE(mapping.column(Field::Actor), QStringLiteral("who"));
    QCOMPARE(mapping.actionMap.value(QStringLiteral("X")), QStringLiteral("delete"));
    // The window shows the journal through it (its dates lie outside the default 30-day filter).
    EntriesModel *model = w.session()->entries();
    model->setCondition({});
    QVERIFY(model->select());
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->eventAt(0).key.toLongLong(), 45);
    qDeleteAll(findChildren<QTimer *>()); // the watch for a dialog that never came
}

void TestGuiMappingDialog::mapColumnsAction_preselectsOpenTable()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openLocation(m_path));
    QString table;
    QString timeColumn;
    whenMappingDialogShows([&](MappingDialog *dialog) {
        table = dialog->currentTable();
        timeColumn = dialog->findChild<QComboBox *>(QStringLiteral("mappingField_timestamp"))->currentText();
        dialog->reject();
    });
    w.findChild<QAction *>(QStringLiteral("actionMapColumns"))->trigger();
    QVERIFY(m_dialogSeen);
    QCOMPARE(table, QStringLiteral("journal"));
    QCOMPARE(timeColumn, QStringLiteral("happened")); // from the saved profile
    QCOMPARE(w.session()->database()->mapping().profileName, QStringLiteral("Shop journal")); // unchanged
}

void TestGuiMappingDialog::unreadableDatabase_saysWhyAndCannotOpen()
{
    MappingDialog dialog(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("missing.db"))));
    dialog.show();
    QVERIFY2(dialog.problemText().contains(QLatin1String("does not exist")), qPrintable(dialog.problemText()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mappingOpen"))->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("mappingSave")), Qt::LeftButton);
    QVERIFY(dialog.savedProfilePath().isEmpty());
}

void TestGuiMappingDialog::profileFileName_staysInTheProfilesFolder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("spaces") << QStringLiteral("Shop journal") << QStringLiteral("Shop-journal.json");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd.json");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("profile.json");
    QTest::newRow("accents") << QStringLiteral("Café_log-2") << QStringLiteral("Café_log-2.json");
}

void TestGuiMappingDialog::profileFileName_staysInTheProfilesFolder()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QCOMPARE(ProfileWriter::fileNameFor(name), file);
}

QTEST_MAIN(TestGuiMappingDialog)
#include "tst_gui_mappingdialog.moc"
