// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entriesmodel.h"
#include "entriestable.h"
#include "eventfilter.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "settings.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace AuditLens;
using namespace AuditLens::TestSupport;

namespace {

// lupdate cannot tell a namespace from a class without Q_OBJECT; these namespaces' file-local
// tr() helpers translate in the namespace's own name, which is the context lupdate gives them.
const QStringList kNamespaceContexts = {QStringLiteral("AuditLens::CommandLine"),
                                        QStringLiteral("AuditLens::ExportRegistry"),
                                        QStringLiteral("AuditLens::FilterOptions")};

struct Entry {
    QString context;
    QString source;
    QStringList forms; // one, or every plural form of a numerus entry
    bool unfinished = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QString context;
    bool numerus = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            entries.append({context, {}, {}, false});
        } else if (xml.name() == u"source" && !entries.isEmpty()) {
            entries.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !entries.isEmpty()) {
            // unfinished, vanished or obsolete
            entries.last().unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!numerus)
                entries.last().forms = QStringList{xml.readElementText()};
        } else if (xml.name() == u"numerusform" && !entries.isEmpty()) {
            entries.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

// The placeholders a text uses (%1, %n, %Ln …), each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (!out.contains(p))
            out << p;
    }
    out.sort();
    return out;
}

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void tsFile_isCompleteForCurrentSources_data();
    void tsFile_isCompleteForCurrentSources();
    void window_startsInSavedLanguage_data();
    void window_startsInSavedLanguage();
    void unknownLanguageSetting_followsSystem();
    void command_followsSystemLocale_data();
    void command_followsSystemLocale();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(writeDemo(m_demo, 400));
}

void TestTranslations::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale::c());
    Settings::setValue(Settings::Language, QString());
}

void TestTranslations::tsFile_isCompleteForCurrentSources_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(AUDITLENS_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 2);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

// lupdate over today's sources into a copy: a string added without a translation shows up as new
// or unfinished, a tr() in a context lupdate cannot name as a warning.
void TestTranslations::tsFile_isCompleteForCurrentSources()
{
    QFETCH(QString, path);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(AUDITLENS_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(AUDITLENS_LUPDATE),
                  {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("models"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    static const QRegularExpression found(
        QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new and (\\d+) already existing\\)"));
    const QRegularExpressionMatch m = found.match(output);
    QVERIFY2(m.hasMatch(), qPrintable(output));
    QVERIFY(m.captured(1).toInt() > 500);
    QVERIFY2(m.captured(2).toInt() == 0,
             qPrintable(QStringLiteral("%1 new strings: run scripts/update-translations.sh and translate them")
                            .arg(m.captured(2))));

    static const QRegularExpression noContext(QStringLiteral("Class '([^']+)' lacks Q_OBJECT macro"));
    for (auto it = noContext.globalMatch(output); it.hasNext();) {
        const QString context = it.next().captured(1);
        QVERIFY2(kNamespaceContexts.contains(context),
                 qPrintable(QStringLiteral("tr() in %1, which has no translation context: add "
                                           "Q_DECLARE_TR_FUNCTIONS to the class").arg(context)));
    }

    QString error;
    const QList<Entry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), m.captured(1).toInt());
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": ") + e.source;
        QVERIFY2(!e.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QVERIFY2(!e.forms.isEmpty(), qPrintable(QStringLiteral("no translation: ") + where));
        for (const QString &form : e.forms) {
            QVERIFY2(!form.trimmed().isEmpty() || e.source.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("empty: ") + where));
            QVERIFY2(placeholders(form) == placeholders(e.source),
                     qPrintable(QStringLiteral("placeholders differ: %1 → %2").arg(where, form)));
            QVERIFY2(e.source.contains(u'&') == form.contains(u'&'),
                     qPrintable(QStringLiteral("accelerator lost or added: %1 → %2").arg(where, form)));
        }
    }
}

void TestTranslations::window_startsInSavedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("userHeader");
    QTest::addColumn<QString>("datePattern"); // the table's time column
    QTest::newRow("pt_BR") << "pt_BR" << "&Arquivo" << "Usuário" << "^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} ";
    QTest::newRow("de") << "de" << "&Datei" << "Benutzer" << "^\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2} ";
    QTest::newRow("en") << "en" << "&File" << "User" << "^\\d{1,2}/\\d{1,2}/\\d{4} \\d{2}:\\d{2}:\\d{2} ";
}

void TestTranslations::window_startsInSavedLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, userHeader);
    QFETCH(QString, datePattern);
    Settings::setValue(Settings::Language, language);
    QCOMPARE(Translations::savedLanguage(), language);
    const QLocale locale = Translations::installTranslators(*qApp, Translations::savedLanguage());
    QCOMPARE(QLocale().name(), locale.name());
    QCOMPARE(QLocale().name().left(2), language.left(2));

    MainWindow window;
    window.show();
    QVERIFY(window.openLocation(m_demo));
    window.findChild<FilterPanel *>(QStringLiteral("filterPanel"))->setFilter(EventFilter());
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), fileMenu);

    auto *table = window.findChild<EntriesTable *>(QStringLiteral("entriesTable"));
    QVERIFY(table);
    auto *model = qobject_cast<EntriesModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model->headerData(EntriesModel::UserColumn, Qt::Horizontal).toString(), userHeader);
    QTRY_VERIFY(model->rowCount() > 0);
    const QString time = model->data(model->index(0, EntriesModel::TimeColumn)).toString();
    QVERIFY2(QRegularExpression(datePattern).match(time).hasMatch(), qPrintable(time));
}

void TestTranslations::unknownLanguageSetting_followsSystem()
{
    Settings::setValue(Settings::Language, QStringLiteral("xx_YY"));
    QCOMPARE(Translations::savedLanguage(), QString());
    QCOMPARE(Translations::localeFor(QString()), QLocale::system());
    QCOMPARE(Translations::localeFor(QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(Translations::localeFor(QStringLiteral("pt_BR")).territory(), QLocale::Brazil);
    // Under LC_ALL=C (CTest) the system locale has no translation: the window stays in English.
    Translations::installTranslators(*qApp, Translations::savedLanguage());
    QCOMPARE(QCoreApplication::translate("AuditLens::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::command_followsSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("message");
    QTest::newRow("de") << "de_DE.UTF-8" << "missing.db existiert nicht.";
    QTest::newRow("pt_BR") << "pt_BR.UTF-8" << "missing.db não existe.";
    QTest::newRow("C") << "C.UTF-8" << "missing.db does not exist.";
}

// No language saved: the binary speaks the system locale's language (its own settings folder,
// so the developer's saved language does not count).
void TestTranslations::command_followsSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, message);
    const QByteArray oldLocale = qgetenv("LC_ALL");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("LC_ALL", locale.toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    const ProcessResult r = runAuditLens({QStringLiteral("schema"), QStringLiteral("missing.db")}, 60000, m_dir.path());
    qputenv("LC_ALL", oldLocale);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), QStringLiteral("auditlens: ") + message);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
