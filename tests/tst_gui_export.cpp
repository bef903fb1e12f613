// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"
#include "demogenerator.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace AuditLens;

// Drives File ▸ Export through the real window, as an owner would.
class TestGuiExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuCsv_exportsAllMatchingRows();
    void selectedRows_exportsOnlyThose();
    void dialogCancel_writesNothing();

private:
    // Answers the export dialog when it opens: sets the path, lets adjust() change the rest, presses a button.
    void answerDialog(const QString &path, const std::function<void(ExportDialog *)> &adjust, bool accept);
    QMessageBox *waitForResult();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString db = m_dir.filePath(QStringLiteral("demo.db"));
    DemoGenerator::Options options;
    options.rows = 600;
    options.endDate = QDate(2026, 11, 28);
    QString error;
    QVERIFY(DemoGenerator::write(db, options, &error));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openLocation(db));
    QTRY_VERIFY(m_window->session()->entries()->totalCount() > 0);
}

void TestGuiExport::answerDialog(const QString &path, const std::function<void(ExportDialog *)> &adjust, bool accept)
{
    QTimer::singleShot(0, this, [=] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            // Never leave a modal loop waiting for an answer that will not come.
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            QFAIL("the export dialog did not open");
        }
        dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
        if (adjust)
            adjust(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("exportButtons"));
        QTest::mouseClick(buttons->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel), Qt::LeftButton);
    });
}

QMessageBox *TestGuiExport::waitForResult()
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = m_window->findChild<QMessageBox *>(QStringLiteral("exportResultMessage"));
        return box && box->isVisible();
    }, 60000);
    return shown ? box : nullptr;
}

void TestGuiExport::menuCsv_exportsAllMatchingRows()
{
    const QString path = m_dir.filePath(QStringLiteral("gui.csv"));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionExportCsv"));
    QVERIFY(action);
    answerDialog(path, {}, true);
    action->trigger();
    QMessageBox *box = waitForResult();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("%1").arg(m_window->session()->entries()->totalCount())));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("exportOpenFolder")));
    box->button(QMessageBox::Ok)->click();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(qint64(bytes.count("\r\n")) - 1, m_window->session()->entries()->totalCount());
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("exportResultMessage")));
}

void TestGuiExport::selectedRows_exportsOnlyThose()
{
    auto *table = m_window->findChild<QTableView *>();
    QVERIFY(table);
    table->selectRow(0);
    const QString firstId = m_window->session()->entries()->eventAt(0).id;
    const QString path = m_dir.filePath(QStringLiteral("selected.json"));
    answerDialog(path, [](ExportDialog *d) {
        d->findChild<QRadioButton *>(QStringLiteral("exportSelectedRows"))->setChecked(true);
    }, true);
    m_window->findChild<QAction *>(QStringLiteral("actionExportJson"))->trigger();
    QMessageBox *box = waitForResult();
    QVERIFY(box);
    box->button(QMessageBox::Ok)->click();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY2(bytes.contains(QStringLiteral("\"id\":\"%1\"").arg(firstId).toUtf8()), bytes.constData());
    QCOMPARE(bytes.count("\"id\":"), 1);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("exportResultMessage")));
}

void TestGuiExport::dialogCancel_writesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("never.pdf"));
    answerDialog(path, {}, false);
    m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
    QTest::qWait(100);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!m_window->findChild<ExportController *>()->isRunning());
}

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
