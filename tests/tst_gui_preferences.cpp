// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsdock.h"
#include "databasesession.h"
#include "detaildock.h"
#include "entriesmodel.h"
#include "entriestable.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "flags/flagstore.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "testsupport.h"
#include "theme.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <ctime>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

class TestGuiPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void dialog_showsCurrentSettings();
    void editMenu_preferencesAppliesPageSizeAndUtc();
    void darkTheme_appliesAppWideAndBack();
    void language_isStoredAndSaysRestart();
    void storeFolder_copiesTheStoreAndIsUsedNext();
    void storeFolder_relativePathIsRefused();
    void geometryDocksAndColumns_surviveRestart();

private:
    // Runs fill on the Preferences dialog once it is up, then presses OK.
    void answerPreferences(const std::function<void(PreferencesDialog *)> &fill);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestGuiPreferences::initTestCase()
{
    // A zone other than UTC, so that local and UTC times differ.
    qputenv("TZ", "America/Sao_Paulo");
    tzset();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo, 600));
}

void TestGuiPreferences::init()
{
    QSettings().clear();
    Theme::apply(QStringLiteral("system"));
}

void TestGuiPreferences::answerPreferences(const std::function<void(PreferencesDialog *)> &fill)
{
    QTimer::singleShot(0, this, [fill] {
        QTRY_VERIFY(qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        fill(dialog);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("prefButtons"))->button(QDialogButtonBox::Ok)->click();
    });
}

void TestGuiPreferences::dialog_showsCurrentSettings()
{
    Settings::setValue(Settings::PageSize, 200);
    Settings::setValue(Settings::TimeInUtc, true);
    Settings::setValue(Settings::Theme, QStringLiteral("dark"));
    Settings::setValue(Settings::Language, QStringLiteral("de"));
    PreferencesDialog dialog;
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("prefPageSize"))->value(), 200);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("prefTime"))->currentData().toBool(), true);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("prefTheme"))->currentData().toString(), QStringLiteral("dark"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("prefLanguage"))->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(QDir::fromNativeSeparators(dialog.findChild<QLineEdit *>(QStringLiteral("prefStoreFolder"))->text()),
             Settings::defaultStoreFolder());
    // Defaults, from the one table.
    QSettings().clear();
    QCOMPARE(Settings::pageSize(), 50);
    QCOMPARE(Settings::timeInUtc(), false);
    QCOMPARE(Settings::theme(), QStringLiteral("system"));
    QCOMPARE(Settings::language(), QString());
}

void TestGuiPreferences::editMenu_preferencesAppliesPageSizeAndUtc()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openLocation(m_demo));
    w.filterPanel()->setFilter(EventFilter());
    EntriesModel *model = w.session()->entries();
    QCOMPARE(model->rowCount(), 50);
    QVERIFY(!model->index(0, EntriesModel::TimeColumn).data().toString().endsWith(QLatin1String("UTC")));
    answerPreferences([](PreferencesDialog *d) {
        d->findChild<QSpinBox *>(QStringLiteral("prefPageSize"))->setValue(25);
        auto *time = d->findChild<QComboBox *>(QStringLiteral("prefTime"));
        time->setCurrentIndex(time->findData(true));
    });
    w.findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    QCOMPARE(Settings::pageSize(), 25);
    QCOMPARE(model->pageSize(), 25);
    QCOMPARE(model->rowCount(), 25);
    QVERIFY(model->index(0, EntriesModel::TimeColumn).data().toString().endsWith(QLatin1String("UTC")));
    auto *table = w.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    table->setCurrentIndex(model->index(1, EntriesModel::TimeColumn));
    auto *dock = w.findChild<DetailDock *>(QStringLiteral("detailDock"));
    QTRY_VERIFY(dock->fieldText(QStringLiteral("time")).contains(QLatin1String("UTC+00:00")));
    QVERIFY(dock->fieldText(QStringLiteral("utc")).endsWith(QLatin1String("(UTC)")));
    // A new window (a restart) reads them too.
    MainWindow again;
    QVERIFY(again.openLocation(m_demo));
    again.filterPanel()->setFilter(EventFilter());
    QCOMPARE(again.session()->entries()->rowCount(), 25);
}

void TestGuiPreferences::darkTheme_appliesAppWideAndBack()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    MainWindow w;
    w.show();
    QVERIFY(w.openLocation(m_demo));
    QVERIFY(!Theme::isDark());
    answerPreferences([](PreferencesDialog *d) {
        auto *theme = d->findChild<QComboBox *>(QStringLiteral("prefTheme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    });
    w.findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    QCOMPARE(Settings::theme(), QStringLiteral("dark"));
    QVERIFY(Theme::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
    QTRY_VERIFY(w.findChild<EntriesTable *>(QStringLiteral("entriesTable"))->palette().color(QPalette::Base).lightness() < 60);
    const auto charts = w.findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    for (QChartView *view : charts)
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
    // Icons are drawn in the palette's ink: light strokes on the dark toolbar.
    const QImage icon = w.findChild<QAction *>(QStringLiteral("actionToggleFilters"))->icon().pixmap(48).toImage();
    int lightInk = 0;
    for (int y = 0; y < icon.height(); ++y)
        for (int x = 0; x < icon.width(); ++x)
            lightInk += icon.pixelColor(x, y).alpha() > 200 && icon.pixelColor(x, y).lightness() > 180;
    QVERIFY(lightInk > 20);

    Settings::setValue(Settings::Theme, QStringLiteral("system"));
    w.applyPreferences();
    QVERIFY(!Theme::isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

void TestGuiPreferences::language_isStoredAndSaysRestart()
{
    PreferencesDialog dialog;
    dialog.show();
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("prefRestartNote"));
    QVERIFY(!note->isVisible());
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("prefLanguage"));
    QCOMPARE(language->count(), 4);
    language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("starts next")));
    QVERIFY(dialog.save());
    QCOMPARE(Settings::language(), QStringLiteral("pt_BR"));
}

void TestGuiPreferences::storeFolder_copiesTheStoreAndIsUsedNext()
{
    {
        Flags::FlagStore store; // the default path: the data folder
        QVERIFY(store.open());
    }
    QVERIFY(QFileInfo::exists(Settings::defaultStoreFolder() + QStringLiteral("/flags.sqlite")));
    const QString folder = m_dir.filePath(QStringLiteral("store elsewhere"));
    PreferencesDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("prefStoreFolder"))->setText(QDir::toNativeSeparators(folder));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("prefRestartNote"))->text().contains(QLatin1String("copied")));
    QVERIFY(dialog.save());
    QCOMPARE(Settings::storeFolder(), folder);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/flags.sqlite")));
    QCOMPARE(Flags::FlagStore::defaultPath(), folder + QStringLiteral("/flags.sqlite"));
    QVERIFY(QFileInfo::exists(Settings::defaultStoreFolder() + QStringLiteral("/flags.sqlite"))); // the old one stays
}

void TestGuiPreferences::storeFolder_relativePathIsRefused()
{
    PreferencesDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("prefStoreFolder"))->setText(QStringLiteral("relative/folder"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        shown = box->text();
        box->accept();
    });
    dialog.accept();
    QVERIFY(shown.contains(QLatin1String("full path")));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Settings::storeFolder(), Settings::defaultStoreFolder());
}

void TestGuiPreferences::geometryDocksAndColumns_surviveRestart()
{
    QSize size;
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openLocation(m_demo));
        w.resize(1111, 777);
        size = w.size();
        w.findChild<QDockWidget *>(QStringLiteral("detailDock"))->hide();
        w.findChild<QDockWidget *>(QStringLiteral("chartsDock"))->show();
        auto *table = w.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
        table->setColumnHidden(EntriesModel::UserColumn, true);
        table->horizontalHeader()->resizeSection(EntriesModel::SummaryColumn, 333);
        w.close();
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLocation(m_demo));
    QCOMPARE(w.size(), size);
    QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("detailDock"))->isVisible());
    QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("chartsDock"))->isVisible());
    auto *table = w.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    QVERIFY(table->isColumnHidden(EntriesModel::UserColumn));
    QCOMPARE(table->horizontalHeader()->sectionSize(EntriesModel::SummaryColumn), 333);
}

QTEST_MAIN(TestGuiPreferences)
#include "tst_gui_preferences.moc"
