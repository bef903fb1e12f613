// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailfixture.h"

#include "changestable.h"
#include "databasesession.h"
#include "detaildock.h"
#include "entriesmodel.h"
#include "eventdetails.h"
#include "jsonview.h"
#include "longtextview.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "relatedeventsview.h"
#include "roles.h"
#include "timestampparser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace AuditLens;

class TestDetailDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void priceUpdate_showsEveryFieldAndMoneyChange();
    void failedLogin_showsStatusAndNoChanges();
    void deleteEvent_showsRemovedValues();
    void nullRow_showsEmptyFieldsAndNullColumns();
    void keyboard_followsCurrentRow();
    void history_newestFirstAndActivatesEvent();
    void brokenJson_shownRawWithNotice();
    void hugeValue_cutWithShowAll();
    void invalidUtf8_shownWithReplacementCharacters();
    void userLink_emitsFilterToUser();
    void copyJson_holdsCanonicalFields();
    void filterChange_dockFollowsThePage();
    void escape_closesAndActionReopens();

private:
    void select(qint64 key);
    QSqlRecord sqlRow(qint64 key);
    void compareWithSql(qint64 key);
    JsonView *jsonView(const QString &column) const;
    void shoot(const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
    DetailDock *m_dock = nullptr;
    QTableView *m_table = nullptr;
    EntriesModel *m_model = nullptr;
};

void TestDetailDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("audit.db"));
    QString error;
    QVERIFY2(DetailFixture::write(m_path, &error), qPrintable(error));
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openLocation(m_path));
    m_dock = m_window->findChild<DetailDock *>(QStringLiteral("detailDock"));
    m_table = m_window->findChild<QTableView *>(QStringLiteral("entriesTable"));
    QVERIFY(m_dock && m_table);
    m_model = m_window->session()->entries();
    // The fixture spans years and has rows without a time: look at all of it, not the last 30 days.
    m_window->findChild<FilterPanel *>(QStringLiteral("filterPanel"))->setFilter(EventFilter());
    m_table->setCurrentIndex(m_model->index(0, EntriesModel::TimeColumn));
    m_dock->show();
    // Opening shows the newest event rather than an empty dock.
    QCOMPARE(m_dock->shownEvent().key.toLongLong(), qint64(DetailFixture::FarAway));
}

void TestDetailDock::cleanupTestCase()
{
    delete m_window;
}

void TestDetailDock::select(qint64 key)
{
    QVERIFY(m_model->goToKey(key));
    const int row = m_model->rowOfKey(key);
    QVERIFY(row >= 0);
    m_table->scrollTo(m_model->index(row, 0));
    // A filter change may have left this row current already; the click below must change it.
    m_table->setCurrentIndex(QModelIndex());
    const int reads = m_dock->rawReadCount();
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualRect(m_model->index(row, 0)).center());
    QCOMPARE(m_dock->shownEvent().key.toLongLong(), key);
    QCOMPARE(m_dock->rawReadCount(), reads + 1); // the row is read once per selection
}

QSqlRecord TestDetailDock::sqlRow(qint64 key)
{
    QSqlQuery q(m_window->session()->database()->database());
    q.prepare(QStringLiteral("SELECT * FROM audit_logs WHERE id = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.record();
}

// Every field the dock shows, against the row as SQL returns it.
void TestDetailDock::compareWithSql(qint64 key)
{
    const QSqlRecord r = sqlRow(key);
    QVERIFY(!r.isEmpty());
    auto text = [&](const char *column) {
        const QString t = EventDetails::valueText(r.value(QLatin1String(column)));
        return t.isEmpty() ? QStringLiteral("—") : DisplayText::cut(t, DisplayText::kLabelLimit);
    };
    QCOMPARE(m_dock->fieldText(QStringLiteral("entity")), text("entity"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("entity_id")), text("entity_id"));
    const QString user = EventDetails::valueText(r.value(QStringLiteral("username")));
    QCOMPARE(m_dock->fieldText(QStringLiteral("actor")),
             user.isEmpty() ? text("user_id") : user);
    QCOMPARE(m_dock->fieldText(QStringLiteral("user_id")), text("user_id"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("summary")), text("summary"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("severity")), text("severity"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("ip")), text("ip_address"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("user_agent")), text("user_agent"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("session")), text("session_id"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("id")), text("id"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("action")), text("action"));
    const QString status = EventDetails::valueText(r.value(QStringLiteral("status")));
    QCOMPARE(m_dock->fieldText(QStringLiteral("status")),
             status.isEmpty() ? QStringLiteral("—") : Actions::statusName(Actions::normalizeStatus(status)));
    const auto ts = Timestamps::parse(r.value(QStringLiteral("timestamp")));
    if (ts) {
        QVERIFY(m_dock->fieldText(QStringLiteral("utc")).startsWith(Timestamps::toIsoUtc(*ts)));
        const QDateTime local = Timestamps::toUtc(*ts).toLocalTime();
        QVERIFY(m_dock->fieldText(QStringLiteral("time")).contains(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        QVERIFY(m_dock->fieldText(QStringLiteral("time")).contains(QStringLiteral("UTC")));
    } else {
        QCOMPARE(m_dock->fieldText(QStringLiteral("utc")), QStringLiteral("—"));
    }
    // Every raw column, in table order, nothing hidden.
    auto *columns = m_dock->findChild<QTableWidget *>(QStringLiteral("detailColumns"));
    QVERIFY(columns);
    QCOMPARE(columns->rowCount(), r.count());
    for (int i = 0; i < r.count(); ++i) {
        QCOMPARE(columns->item(i, 0)->text(), r.fieldName(i));
        const QVariant v = r.value(i);
        QCOMPARE(columns->item(i, 2)->text(), v.isNull() ? QStringLiteral("NULL")
                                                         : DisplayText::oneLine(EventDetails::valueText(v)));
    }
}

JsonView *TestDetailDock::jsonView(const QString &column) const
{
    return m_dock->findChild<JsonView *>(QStringLiteral("detailJson_") + column);
}

// With AUDITLENS_SHOT_DIR set, saves the window for a person to look at.
void TestDetailDock::shoot(const QString &name)
{
    const QString dir = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (!dir.isEmpty())
        m_window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

void TestDetailDock::priceUpdate_showsEveryFieldAndMoneyChange()
{
    select(DetailFixture::PriceUpdate);
    compareWithSql(DetailFixture::PriceUpdate);
    QCOMPARE(m_dock->fieldText(QStringLiteral("category")), Actions::categoryName(Category::Update));
    auto *changes = m_dock->findChild<ChangesTable *>(QStringLiteral("detailChanges"));
    QVERIFY(changes && changes->isVisible());
    QCOMPARE(changes->rowCount(), 2);
    int priceRow = -1;
    for (int row = 0; row < changes->rowCount(); ++row) {
        if (changes->item(row, ChangesTable::FieldColumn)->text() == QLatin1String("price"))
            priceRow = row;
    }
    QVERIFY(priceRow >= 0);
    QCOMPARE(changes->item(priceRow, ChangesTable::BeforeColumn)->text(), QStringLiteral("100"));
    QCOMPARE(changes->item(priceRow, ChangesTable::AfterColumn)->text(), QStringLiteral("130"));
    QCOMPARE(changes->item(priceRow, ChangesTable::DeltaColumn)->text(), QStringLiteral("+30 %"));
    QVERIFY(changes->item(priceRow, ChangesTable::FieldColumn)->background().style() != Qt::NoBrush);
    const int nameRow = 1 - priceRow;
    QCOMPARE(changes->item(nameRow, ChangesTable::DeltaColumn)->text(), QString());
    QCOMPARE(changes->item(nameRow, ChangesTable::FieldColumn)->background().style(), Qt::NoBrush);
    // The JSON metadata is a coloured tree.
    JsonView *meta = jsonView(QStringLiteral("metadata"));
    QVERIFY(meta && meta->isTree());
    QCOMPARE(meta->tree()->topLevelItemCount(), 3);
    QTRY_VERIFY(!m_dock->isLoadingRelated());
    shoot(QStringLiteral("detail-price-update"));
}

void TestDetailDock::failedLogin_showsStatusAndNoChanges()
{
    select(DetailFixture::FailedLogin);
    compareWithSql(DetailFixture::FailedLogin);
    QCOMPARE(m_dock->fieldText(QStringLiteral("status")), Actions::statusName(Status::Failure));
    QCOMPARE(m_dock->fieldText(QStringLiteral("category")), Actions::categoryName(Category::Auth));
    QVERIFY(!m_dock->findChild<ChangesTable *>(QStringLiteral("detailChanges"))->isVisibleTo(m_dock));
    QVERIFY(jsonView(QStringLiteral("metadata"))->isTree());
    QTRY_VERIFY(!m_dock->isLoadingRelated());
    shoot(QStringLiteral("detail-failed-login"));
}

void TestDetailDock::deleteEvent_showsRemovedValues()
{
    select(DetailFixture::Delete);
    compareWithSql(DetailFixture::Delete);
    auto *changes = m_dock->findChild<ChangesTable *>(QStringLiteral("detailChanges"));
    QCOMPARE(changes->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(changes->item(row, ChangesTable::AfterColumn)->text(), QStringLiteral("—"));
    for (int row = 0; row < 2; ++row) {
        const QString field = changes->item(row, ChangesTable::FieldColumn)->text();
        QCOMPARE(changes->item(row, ChangesTable::BeforeColumn)->text(),
                 field == QLatin1String("total") ? QStringLiteral("59.9") : QStringLiteral("Acme"));
    }
}

void TestDetailDock::nullRow_showsEmptyFieldsAndNullColumns()
{
    select(DetailFixture::Nulls);
    compareWithSql(DetailFixture::Nulls);
    QCOMPARE(m_dock->fieldText(QStringLiteral("time")), QStringLiteral("No time recorded"));
    QCOMPARE(m_dock->fieldText(QStringLiteral("actor")), QStringLiteral("—"));
    QVERIFY(!m_dock->findChild<ChangesTable *>(QStringLiteral("detailChanges"))->isVisibleTo(m_dock));
}

void TestDetailDock::keyboard_followsCurrentRow()
{
    select(DetailFixture::FarAway); // the newest row
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Down);
    const QVariant next = m_model->eventAt(m_table->currentIndex().row()).key;
    QCOMPARE(m_dock->shownEvent().key, next);
    QVERIFY(next.toLongLong() != qint64(DetailFixture::FarAway));
    compareWithSql(next.toLongLong());
}

void TestDetailDock::history_newestFirstAndActivatesEvent()
{
    select(DetailFixture::OlderUpdate);
    QSignalSpy loaded(m_dock, &DetailDock::relatedLoaded);
    QVERIFY(loaded.wait(5000));
    RelatedEventsView *related = m_dock->relatedView();
    QTreeWidgetItem *history = related->historyGroup();
    QCOMPARE(history->childCount(), 2);
    QCOMPARE(history->child(0)->data(0, RelatedEventsView::KeyRole).toLongLong(), qint64(DetailFixture::PriceUpdate));
    QCOMPARE(history->child(1)->data(0, RelatedEventsView::KeyRole).toLongLong(), qint64(DetailFixture::OlderUpdate));
    QVERIFY(history->child(0)->text(RelatedEventsView::DetailColumn).contains(QStringLiteral("price: 100 → 130")));
    QVERIFY(history->child(1)->text(RelatedEventsView::DetailColumn).contains(QStringLiteral("price: 90 → 100")));
    QCOMPARE(related->activityGroup()->childCount(), 1); // bob did nothing else that hour
    // Clicking the newer state moves the table (and so the dock) to it.
    QSignalSpy activated(m_dock, &DetailDock::relatedEventActivated);
    auto *tabs = m_dock->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setCurrentIndex(DetailDock::RelatedTab);
    shoot(QStringLiteral("detail-history"));
    related->scrollToItem(history->child(0));
    QTest::mouseClick(related->viewport(), Qt::LeftButton, {}, related->visualItemRect(history->child(0)).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(m_model->eventAt(m_table->currentIndex().row()).key.toLongLong(), qint64(DetailFixture::PriceUpdate));
    QCOMPARE(m_dock->shownEvent().key.toLongLong(), qint64(DetailFixture::PriceUpdate));
    // The failed login's user activity: alice ±30 minutes, newest first, not the 12:00 logout.
    select(DetailFixture::FailedLogin);
    QVERIFY(loaded.wait(5000));
    QTreeWidgetItem *activity = m_dock->relatedView()->activityGroup();
    QCOMPARE(activity->childCount(), 3);
    QCOMPARE(activity->child(0)->data(0, RelatedEventsView::KeyRole).toLongLong(), qint64(DetailFixture::BrokenJson));
    QCOMPARE(activity->child(2)->data(0, RelatedEventsView::KeyRole).toLongLong(), qint64(DetailFixture::PriceUpdate));
    tabs->setCurrentIndex(DetailDock::OverviewTab);
}

void TestDetailDock::brokenJson_shownRawWithNotice()
{
    select(DetailFixture::BrokenJson);
    compareWithSql(DetailFixture::BrokenJson);
    for (const char *column : {"metadata", "old_values"}) {
        JsonView *view = jsonView(QLatin1String(column));
        QVERIFY2(view, column);
        QVERIFY(!view->isTree());
        QVERIFY(view->notice().contains(QStringLiteral("Not valid JSON")));
        QCOMPARE(view->rawView()->shownText(), EventDetails::valueText(sqlRow(DetailFixture::BrokenJson).value(QLatin1String(column))));
    }
    QVERIFY(jsonView(QStringLiteral("new_values"))->isTree());
    auto *tabs = m_dock->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setCurrentIndex(DetailDock::JsonTab);
    QTRY_VERIFY(!m_dock->isLoadingRelated());
    shoot(QStringLiteral("detail-broken-json"));
    tabs->setCurrentIndex(DetailDock::OverviewTab);
}

void TestDetailDock::hugeValue_cutWithShowAll()
{
    QElapsedTimer timer;
    timer.start();
    select(DetailFixture::Huge);
    QVERIFY2(timer.elapsed() < 5000, "selecting a row with 10 MB fields must stay quick");
    compareWithSql(DetailFixture::Huge);
    QVERIFY(m_dock->fieldText(QStringLiteral("user_agent")).size() <= DisplayText::kLabelLimit + 1);
    JsonView *meta = jsonView(QStringLiteral("metadata"));
    QVERIFY(meta && !meta->isTree());
    QVERIFY(meta->notice().contains(QStringLiteral("Too large")));
    LongTextView *raw = meta->rawView();
    QVERIFY(raw->isCut());
    QVERIFY(raw->shownText().size() < 70 * 1024);
    auto *showAll = raw->findChild<QPushButton *>(QStringLiteral("longTextShowAll"));
    QVERIFY(showAll && !showAll->isHidden());
    timer.restart();
    raw->showAll();
    QVERIFY(!raw->isCut());
    QVERIFY(raw->shownText().size() >= DetailFixture::kHugeBytes);
    QVERIFY2(timer.elapsed() < 10000, "Show all of 10 MB must not hang");
    QCOMPARE(raw->text(), DetailFixture::hugeMetadata());
}

void TestDetailDock::invalidUtf8_shownWithReplacementCharacters()
{
    select(DetailFixture::InvalidUtf8);
    compareWithSql(DetailFixture::InvalidUtf8);
    QVERIFY(m_dock->fieldText(QStringLiteral("summary")).contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(m_dock->fieldText(QStringLiteral("summary")).startsWith(QStringLiteral("caf")));
    QVERIFY(m_dock->fieldText(QStringLiteral("user_agent")).startsWith(QStringLiteral("Agent")));
}

void TestDetailDock::userLink_emitsFilterToUser()
{
    select(DetailFixture::PriceUpdate);
    QSignalSpy spy(m_dock, &DetailDock::filterToUser);
    auto *link = m_dock->findChild<QLabel *>(QStringLiteral("detail_actor"));
    QVERIFY(link && link->text().contains(QStringLiteral("href")));
    emit link->linkActivated(QStringLiteral("user"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("alice"));
    // The window narrows the filter to alice; undo for the tests after this one.
    auto *panel = m_window->findChild<FilterPanel *>(QStringLiteral("filterPanel"));
    QCOMPARE(panel->filter().users, QStringList{QStringLiteral("alice")});
    QVERIFY(m_model->condition().values.contains(QStringLiteral("alice")));
    panel->setFilter(EventFilter());
}

void TestDetailDock::copyJson_holdsCanonicalFields()
{
    select(DetailFixture::PriceUpdate);
    QApplication::clipboard()->clear();
    auto *button = m_dock->findChild<QToolButton *>(QStringLiteral("detailCopyJson"));
    QVERIFY(button);
    button->click();
    const QJsonObject o = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
    QCOMPARE(o.value(QStringLiteral("entity_id")).toString(), QStringLiteral("777"));
    QCOMPARE(o.value(QStringLiteral("columns")).toObject().size(), sqlRow(DetailFixture::PriceUpdate).count());
}

void TestDetailDock::filterChange_dockFollowsThePage()
{
    auto *panel = m_window->findChild<FilterPanel *>(QStringLiteral("filterPanel"));
    select(DetailFixture::PriceUpdate);
    EventFilter f;
    // The new page still holds the event shown: it stays.
    f.users = {QStringLiteral("alice")};
    panel->setFilter(f);
    QCOMPARE(m_dock->shownEvent().key.toLongLong(), qint64(DetailFixture::PriceUpdate));
    QCOMPARE(m_table->currentIndex().row(), m_model->rowOfKey(DetailFixture::PriceUpdate));
    // It does not: the page's first event is shown instead of one the filter hides.
    f.users = {QStringLiteral("carol")};
    panel->setFilter(f);
    QVERIFY(m_model->rowCount() > 0);
    QCOMPARE(m_dock->shownEvent().key, m_model->index(0, 0).data(AuditLens::EventKeyRole));
    QCOMPARE(m_dock->shownEvent().actor, QStringLiteral("carol"));
    // Nothing matches: the dock is empty, also when the search ran on a worker.
    auto *copy = m_dock->findChild<QToolButton *>(QStringLiteral("detailCopyJson"));
    QVERIFY(copy && copy->isEnabled());
    f.users = {QStringLiteral("nobody")};
    panel->setFilter(f);
    QVERIFY(!m_dock->shownEvent().key.isValid());
    QVERIFY(!copy->isEnabled()); // nothing to copy
    panel->setFilter(EventFilter());
    select(DetailFixture::PriceUpdate);
    f = EventFilter();
    f.text = QStringLiteral("no event says this");
    panel->setFilter(f);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 30000);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_dock->shownEvent().key.isValid());
    panel->setFilter(EventFilter());
}

void TestDetailDock::escape_closesAndActionReopens()
{
    m_dock->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *tabs = m_dock->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setFocus();
    QTest::keyClick(tabs, Qt::Key_Escape);
    QTRY_VERIFY(m_dock->isHidden());
    QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("actionToggleDetails"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    toggle->trigger();
    QVERIFY(m_dock->isVisible());
}

QTEST_MAIN(TestDetailDock)
#include "tst_gui_detaildock.moc"
