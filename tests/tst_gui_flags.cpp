// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"
#include "demogenerator.h"
#include "detaildock.h"
#include "entriestable.h"
#include "filterpanel.h"
#include "flags/flagrunner.h"
#include "flagscontroller.h"
#include "mainwindow.h"
#include "roles.h"
#include "rulesdialog.h"
#include "statistics.h"
#include "statisticsbar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace AuditLens;
using namespace AuditLens::Flags;

// Drives flagging, review and the rules dialog through the real window (issue 4, items 2–5).
class TestGuiFlags : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void open_redDotsMatchFlagRunner();
    void flaggedOnlyFilter_countEqualsStore();
    void statisticsCard_countsFlaggedLastWeek();
    void reviewFromDock_persistsAfterReopen();
    void nextUnreviewed_movesToUnreviewedFlag();
    void rulesDialog_disableOffHours_previewEqualsSave();
    void cancel_keepsStoredFlags();

private:
    void openWindow();
    FlagsController *controller() const { return m_window->findChild<FlagsController *>(QStringLiteral("flagsController")); }
    bool waitForFlagging();
    // keyText -> sorted rule ids, as `auditlens flags` computes them (no store).
    QHash<QString, QStringList> reference(const RuleSettings &settings) const;
    void showAllTime();
    QVariant currentKey() const;
    void selectKey(const QVariant &key);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, QStringList> m_expected;
};

void TestGuiFlags::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The store is per test executable (its application name) in the test-mode data folder:
    // start from an empty one, with the default rules.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(FlagStore::defaultPath() + suffix);
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    DemoGenerator::Options options;
    options.rows = 20000; // more than one cancel check (every 16,384 rows) of a run
    options.endDate = QDate(2026, 11, 28);
    QString error;
    QVERIFY2(DemoGenerator::write(m_db, options, &error), qPrintable(error));
    m_expected = reference(RuleSettings());
    QVERIFY(m_expected.size() > 20);
    openWindow();
}

void TestGuiFlags::cleanupTestCase()
{
    m_window.reset();
}

void TestGuiFlags::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openLocation(m_db));
    QVERIFY(waitForFlagging());
    showAllTime();
}

bool TestGuiFlags::waitForFlagging()
{
    if (!QTest::qWaitFor([this] { return !controller()->isRunning(); }, 60000))
        return false;
    QCoreApplication::processEvents(); // the queued refresh of the views
    return controller()->lastResult().ok;
}

QHash<QString, QStringList> TestGuiFlags::reference(const RuleSettings &settings) const
{
    QString error;
    const auto db = AuditDatabase::open(DatabaseLocation::parse(m_db), &error);
    QHash<QString, QStringList> out;
    if (!db)
        return out;
    FlagRunner runner(*db, settings);
    runner.setOnFlag([&out](const AuditEvent &e, const FlagMatch &match) { out.insert(e.keyText(), match.rules); });
    runner.run(RunMode::Full);
    return out;
}

void TestGuiFlags::showAllTime()
{
    // The panel defaults to the last 30 days; the comparisons are over the whole database.
    m_window->findChild<FilterPanel *>(QStringLiteral("filterPanel"))->setFilter(EventFilter());
    QTRY_VERIFY(m_window->session()->entries()->totalCount() >= 0);
}

QVariant TestGuiFlags::currentKey() const
{
    const QModelIndex current = m_window->findChild<EntriesTable *>()->currentIndex();
    return current.isValid() ? m_window->session()->entries()->eventAt(current.row()).key : QVariant();
}

void TestGuiFlags::selectKey(const QVariant &key)
{
    EntriesModel *model = m_window->session()->entries();
    QVERIFY(model->goToKey(key));
    auto *table = m_window->findChild<EntriesTable *>();
    table->setCurrentIndex(model->index(model->rowOfKey(key), EntriesModel::TimeColumn));
    QCOMPARE(currentKey().toString(), key.toString());
}

void TestGuiFlags::open_redDotsMatchFlagRunner()
{
    FlagStore *store = controller()->store();
    const QString identity = m_window->session()->location().identity();
    QHash<QString, QStringList> stored;
    for (const StoredFlag &f : store->flags(identity))
        stored.insert(f.key.toString(), f.rules);
    QCOMPARE(stored, m_expected);
    // Every row of the first pages: a dot (rules) exactly where `auditlens flags` flags.
    EntriesModel *model = m_window->session()->entries();
    int dots = 0;
    for (int page = 0; page < 20; ++page) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex flag = model->index(row, EntriesModel::FlagColumn);
            const QString key = model->eventAt(row).keyText();
            QCOMPARE(flag.data(FlagRulesRole).toStringList(), m_expected.value(key));
            dots += m_expected.contains(key);
        }
        if (!model->nextPage())
            break;
    }
    // And at flagged events further back, with the rule names and reasons in the tooltip.
    int checked = 0;
    for (auto it = m_expected.cbegin(); it != m_expected.cend() && checked < 25; ++it, ++checked) {
        QVERIFY(model->goToKey(it.key()));
        const QModelIndex flag = model->index(model->rowOfKey(it.key()), EntriesModel::FlagColumn);
        QCOMPARE(flag.data(FlagRulesRole).toStringList(), it.value());
        RuleId rule = RuleId::LargeValueChange;
        QVERIFY(ruleFromIdName(it.value().constFirst(), &rule));
        QVERIFY(flag.data(Qt::ToolTipRole).toString().contains(ruleTitle(rule)));
        ++dots;
    }
    QVERIFY(dots > 0);
}

void TestGuiFlags::flaggedOnlyFilter_countEqualsStore()
{
    EventFilter f;
    f.flaggedOnly = true;
    m_window->findChild<FilterPanel *>(QStringLiteral("filterPanel"))->setFilter(f);
    EntriesModel *model = m_window->session()->entries();
    QTRY_COMPARE(model->totalCount(), qint64(m_expected.size()));
    QCOMPARE(controller()->flaggedCount(), qint64(m_expected.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(m_expected.contains(model->eventAt(row).keyText()));
    showAllTime();
}

void TestGuiFlags::statisticsCard_countsFlaggedLastWeek()
{
    const QDateTime now(QDate(2026, 11, 28), QTime(23, 0), Qt::UTC);
    m_window->statistics()->setReferenceTime(now);
    QSignalSpy ready(m_window->statistics(), &StatisticsService::statisticsReady);
    m_window->statistics()->refreshStatistics();
    QTRY_VERIFY(!ready.isEmpty());
    const qint64 weekStart = StatisticsSnapshot::weekStart(now).toMSecsSinceEpoch();
    qint64 expected = 0;
    for (const StoredFlag &f : controller()->store()->flags(m_window->session()->location().identity()))
        expected += f.timestamp >= weekStart;
    QVERIFY(expected > 0);
    QTRY_COMPARE(m_window->statisticsBar()->snapshot().flagged, expected);
    QVERIFY(m_window->statisticsBar()->card(StatisticsBar::Flagged)->text().contains(QLocale().toString(expected)));
}

void TestGuiFlags::reviewFromDock_persistsAfterReopen()
{
    const QVariant key = controller()->store()->flags(m_window->session()->location().identity()).constFirst().key;
    selectKey(key);
    auto *dock = m_window->findChild<DetailDock *>();
    auto *panel = dock->findChild<QGroupBox *>(QStringLiteral("detailFlags"));
    QTRY_VERIFY(panel->isVisible());
    auto *state = panel->findChild<QComboBox *>(QStringLiteral("detailReviewState"));
    state->setCurrentIndex(state->findData(QStringLiteral("false_positive")));
    panel->findChild<QPlainTextEdit *>(QStringLiteral("detailReviewNote"))->setPlainText(QStringLiteral("stock count, agreed"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("detailReviewSave")), Qt::LeftButton);
    const std::optional<Review> saved = controller()->store()->review(m_window->session()->location().identity(), key);
    QVERIFY(saved);
    QCOMPARE(saved->state, ReviewState::FalsePositive);
    QCOMPARE(saved->note, QStringLiteral("stock count, agreed"));

    m_window->close();
    m_window.reset();
    openWindow();
    selectKey(key);
    panel = m_window->findChild<DetailDock *>()->findChild<QGroupBox *>(QStringLiteral("detailFlags"));
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("detailReviewState"))->currentData().toString(),
             QStringLiteral("false_positive"));
    QCOMPARE(panel->findChild<QPlainTextEdit *>(QStringLiteral("detailReviewNote"))->toPlainText(),
             QStringLiteral("stock count, agreed"));
}

void TestGuiFlags::nextUnreviewed_movesToUnreviewedFlag()
{
    const QString identity = m_window->session()->location().identity();
    FlagStore *store = controller()->store();
    auto *next = m_window->findChild<QAction *>(QStringLiteral("actionNextUnreviewedFlag"));
    QVERIFY(next);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    const QVariant first = currentKey();
    QVERIFY(m_expected.contains(first.toString()));
    QVERIFY(!store->review(identity, first));
    // Acknowledge it; F8 walks on to another unreviewed flag.
    QVERIFY(controller()->setReview(first, QStringLiteral("acknowledged"), QString()));
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    const QVariant second = currentKey();
    QVERIFY(second.toString() != first.toString());
    QVERIFY(m_expected.contains(second.toString()));
    QVERIFY(!store->review(identity, second));
    QVERIFY(store->unreviewedKeys(identity).contains(second));
}

void TestGuiFlags::rulesDialog_disableOffHours_previewEqualsSave()
{
    const qint64 before = controller()->flaggedCount();
    qint64 preview = -1;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RulesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("rulesDialog"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("offHoursTimeZone"))->currentText(), QStringLiteral("UTC"));
        dialog->findChild<QGroupBox *>(QStringLiteral("rule_off_hours"))->setChecked(false);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("previewButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->previewCount() >= 0, 60000);
        preview = dialog->previewCount();
        const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
        if (!shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("rulesdialog.png")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("rulesButtons"))->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    m_window->findChild<QAction *>(QStringLiteral("actionFlagRules"))->trigger();
    QVERIFY(waitForFlagging());
    RuleSettings withoutOffHours;
    withoutOffHours.setEnabled(RuleId::OffHours, false);
    QVERIFY(preview >= 0);
    QCOMPARE(controller()->flaggedCount(), preview);
    QVERIFY(preview < before);
    QCOMPARE(preview, qint64(reference(withoutOffHours).size()));
    EventFilter f;
    f.flaggedOnly = true;
    m_window->findChild<FilterPanel *>(QStringLiteral("filterPanel"))->setFilter(f);
    QTRY_COMPARE(m_window->session()->entries()->totalCount(), preview);
    showAllTime();
}

void TestGuiFlags::cancel_keepsStoredFlags()
{
    const qint64 before = controller()->flaggedCount();
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("flagCancel"));
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("flagProgress"));
    QVERIFY(!progress->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("actionRunFlagging"))->trigger();
    QVERIFY(controller()->isRunning());
    QVERIFY(progress->isVisible());
    // At once: the worker looks at the cancel flag after 16,384 of the 20,000 rows.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!waitForFlagging());
    QVERIFY(controller()->lastResult().canceled);
    QVERIFY(!progress->isVisible());
    QCOMPARE(controller()->flaggedCount(), before); // the rolled-back run replaced nothing
}

QTEST_MAIN(TestGuiFlags)
#include "tst_gui_flags.moc"
