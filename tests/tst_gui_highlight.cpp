// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entriesmodel.h"
#include "entriestable.h"
#include "filterpanel.h"
#include "highlightdelegate.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace AuditLens;
using Range = HighlightDelegate::Range;

Q_DECLARE_METATYPE(QList<Range>)

namespace {

int highlightPixels(const QImage &image, const QRect &area = {})
{
    const QRect r = area.isNull() ? image.rect() : area;
    const QRgb mark = HighlightDelegate::highlightColor().rgb();
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (mark & 0xffffff);
    }
    return n;
}

// With AUDITLENS_SHOT_DIR set, saves the image for a person to look at.
void saveShot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name));
}

} // namespace

class TestGuiHighlight : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchRanges_findsLiteralCaseInsensitive_data();
    void matchRanges_findsLiteralCaseInsensitive();
    void paint_marksMatchOnly();
    void paint_selectedRow_keepsMark();
    void paint_rightToLeft_marksRightSide();
    void window_search_highlightsTable();

private:
    // One row, one wide column, the delegate on it; grabbed after a paint.
    QImage paintCell(const QString &text, const QString &needle, bool selected = false,
                     Qt::LayoutDirection direction = Qt::LeftToRight);

    QTemporaryDir m_dir;
};

void TestGuiHighlight::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AuditLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_highlight"));
    QVERIFY(m_dir.isValid());
}

void TestGuiHighlight::matchRanges_findsLiteralCaseInsensitive_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<Range>>("expected");
    QTest::newRow("none") << u"hello"_qs << u"x"_qs << QList<Range>{};
    QTest::newRow("empty needle") << u"hello"_qs << QString() << QList<Range>{};
    QTest::newRow("one") << u"hello world"_qs << u"world"_qs << QList<Range>{{6, 5}};
    QTest::newRow("case") << u"Espresso ESPRESSO"_qs << u"espresso"_qs << QList<Range>{{0, 8}, {9, 8}};
    QTest::newRow("no overlap") << u"aaaa"_qs << u"aa"_qs << QList<Range>{{0, 2}, {2, 2}};
    QTest::newRow("percent literal") << u"50% off, 50x"_qs << u"50%"_qs << QList<Range>{{0, 3}};
    QTest::newRow("underscore literal") << u"item_7 itemX7"_qs << u"m_7"_qs << QList<Range>{{3, 3}};
    QTest::newRow("quote and semicolon") << u"O'Brien; x"_qs << u"'brien;"_qs << QList<Range>{{1, 7}};
    QTest::newRow("backslash") << u"C:\\temp"_qs << u"\\t"_qs << QList<Range>{{2, 2}};
    QTest::newRow("non-ascii") << u"Ärger über ÄRGER"_qs << u"ärger"_qs << QList<Range>{{0, 5}, {11, 5}};
}

void TestGuiHighlight::matchRanges_findsLiteralCaseInsensitive()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QList<Range>, expected);
    QCOMPARE(HighlightDelegate::matchRanges(text, needle), expected);
}

QImage TestGuiHighlight::paintCell(const QString &text, const QString &needle, bool selected,
                                   Qt::LayoutDirection direction)
{
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(text));
    QTableView view;
    view.setLayoutDirection(direction);
    view.setModel(&model);
    auto *delegate = new HighlightDelegate(&view);
    delegate->setHighlightText(needle);
    view.setItemDelegateForColumn(0, delegate);
    view.horizontalHeader()->hide();
    view.verticalHeader()->hide();
    view.setColumnWidth(0, 400);
    view.resize(420, 60);
    if (selected)
        view.selectRow(0);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    QImage image = view.viewport()->grab(view.visualRect(model.index(0, 0))).toImage();
    return image;
}

void TestGuiHighlight::paint_marksMatchOnly()
{
    const QImage marked = paintCell(u"Sold one espresso machine"_qs, u"ESPRESSO"_qs);
    saveShot(marked, u"highlight-cell.png"_qs);
    QVERIFY(highlightPixels(marked) > 50);
    QCOMPARE(highlightPixels(paintCell(u"Sold one espresso machine"_qs, u"latte"_qs)), 0);
    QCOMPARE(highlightPixels(paintCell(u"Sold one espresso machine"_qs, QString())), 0);
    // "espresso" is 8 of 25 characters: the mark covers a part of the text, not the cell.
    QVERIFY(highlightPixels(marked) < marked.width() * marked.height() / 3);
}

void TestGuiHighlight::paint_selectedRow_keepsMark()
{
    QVERIFY(highlightPixels(paintCell(u"Sold one espresso machine"_qs, u"espresso"_qs, true)) > 50);
}

void TestGuiHighlight::paint_rightToLeft_marksRightSide()
{
    const QImage image = paintCell(u"espresso"_qs, u"espresso"_qs, false, Qt::RightToLeft);
    const int half = image.width() / 2;
    QVERIFY(highlightPixels(image, QRect(half, 0, image.width() - half, image.height())) > 50);
    QCOMPARE(highlightPixels(image, QRect(0, 0, half, image.height())), 0);
}

void TestGuiHighlight::window_search_highlightsTable()
{
    const QString path = m_dir.filePath(u"demo.db"_qs);
    QVERIFY(TestSupport::writeDemo(path, 3000));
    MainWindow window;
    window.resize(1400, 800);
    // The panel's default range is the last 30 days: the demo's last day is "now".
    window.filterPanel()->setReferenceTime(QDateTime(QDate(2026, 11, 28), QTime(15, 30), Qt::UTC));
    window.show();
    QVERIFY(window.openLocation(path));
    window.filterPanel()->clearAll();
    auto *table = window.findChild<EntriesTable *>(u"entriesTable"_qs);
    auto *text = window.findChild<QLineEdit *>(u"filterText"_qs);
    QVERIFY(table && text);
    QTest::keyClicks(text, u"price"_qs);
    QTest::keyClick(text, Qt::Key_Return);
    auto *delegate = table->findChild<HighlightDelegate *>(u"highlightDelegate"_qs);
    QVERIFY(delegate);
    QCOMPARE(delegate->highlightText(), u"price"_qs);
    QCOMPARE(table->itemDelegateForColumn(EntriesModel::SummaryColumn), delegate);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTest::qWait(200);
    saveShot(window.grab().toImage(), u"highlight-window.png"_qs);
    QTRY_VERIFY(highlightPixels(table->viewport()->grab().toImage()) > 100);
    // Clearing the search removes the marks.
    text->clear();
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_COMPARE(delegate->highlightText(), QString());
    QTRY_COMPARE(highlightPixels(table->viewport()->grab().toImage()), 0);
}

QTEST_MAIN(TestGuiHighlight)
#include "tst_gui_highlight.moc"
