// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark of DESIGN.md: each figure next to its floor, the sqlite3 shell running the
// same SQL on the same file in the same run. Speed is measured here, never asserted in tests.
#include "auditdatabase.h"
#include "demogenerator.h"
#include "entriesmodel.h"
#include "eventfilter.h"
#include "export/exporter.h"
#include "flags/flagrunner.h"
#include "flags/flagstore.h"
#include "guiprobe.h"
#include "figuretable.h"
#include "searchbench.h"
#include "sqlfloor.h"
#include "stalltracer.h"
#include "statistics.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

using namespace AuditLens;

namespace {


double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Times fn `repeat` times and returns the median in milliseconds.
template<typename Fn>
double timeMedian(int repeat, Fn fn)
{
    QList<double> samples;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        samples << t.nsecsElapsed() / 1e6;
    }
    return median(samples);
}

// The --write-only run: writes the demo database in this process.
bool writeDatabase(const QString &path, qint64 rows, QTextStream &log)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    log << "writing a " << rows << "-event demo database to " << path << " …" << Qt::endl;
    DemoGenerator::Options options;
    options.rows = rows;
    options.endDate = QDate(2026, 11, 28);
    QElapsedTimer t;
    t.start();
    QString error;
    if (!DemoGenerator::write(path, options, &error)) {
        log << error << Qt::endl;
        return false;
    }
    log << "written in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

// A missing database is written by a child run of this executable (--write-only): the
// generator's 64 MB page cache and in-memory index sorts, freed but kept by the allocator,
// would otherwise stay in this process and count in every stage's memory.
QString ensureDatabase(const QString &path, qint64 rows, QTextStream &log)
{
    if (QFileInfo::exists(path))
        return path;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--write-only"), QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--db"), path});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        log << "the demo database could not be written to " << path << Qt::endl;
        return {};
    }
    return path;
}

class Benchmark
{
public:
    // Each figure goes to `figures` as soon as it is measured.
    Benchmark(const QString &path, bool rebuildIndex, FigureTable &figures, QTextStream &log)
        : m_path(path), m_rebuildIndex(rebuildIndex), m_floor(path), m_log(log), m_figures(figures) {}

    bool run()
    {
        if (!measureOpen())
            return false;
        measurePageTurns();
        measureFilters();
        measureSearch();
        measureCount();
        measureStatistics();
        measureFlagging();
        measureExports();
        m_model.reset();
        m_db.reset();
        m_figures << GuiProbe::run(m_path);
        m_figures.addPeakMemory();
        return true;
    }

private:
    bool measureOpen()
    {
        QElapsedTimer t;
        t.start();
        QString error;
        m_db = AuditDatabase::open(DatabaseLocation::parse(m_path), &error);
        if (!m_db) {
            m_log << error << Qt::endl;
            return false;
        }
        m_model = std::make_unique<EntriesModel>(m_db.get());
        m_model->select();
        const double ms = t.nsecsElapsed() / 1e6;
        m_figures << Figure{QStringLiteral("open to first page"), ms, m_floor.time(m_model->lastStatement(), 1),
                            QStringLiteral("≤ 300 ms")};
        QSignalSpy counted(m_model.get(), &EntriesModel::totalCountChanged);
        counted.wait(600000);
        return true;
    }

    void measurePageTurns()
    {
        const qint64 deep = std::max<qint64>(1, m_model->pageCount() * 3 / 4);
        m_model->goToPage(deep);
        const double next = timeMedian(9, [this] { m_model->nextPage(); });
        m_figures << Figure{QStringLiteral("page turn at page %1").arg(deep + 5), next,
                            m_floor.time(m_model->lastStatement()), QStringLiteral("≤ 1.2× floor")};
        const double previous = timeMedian(9, [this] { m_model->previousPage(); });
        m_figures << Figure{QStringLiteral("page back at page %1").arg(deep + 1), previous,
                            m_floor.time(m_model->lastStatement()), QStringLiteral("≤ 1.2× floor")};
    }

    void measureFilter(const QString &name, const SqlCondition &condition)
    {
        m_model->setCondition(condition); // starts the count on a worker, as the GUI does
        QSignalSpy counted(m_model.get(), &EntriesModel::totalCountChanged);
        counted.wait(600000);
        const double ms = timeMedian(9, [this] { m_model->firstPage(); });
        m_figures << Figure{QStringLiteral("filter: ") + name, ms, m_floor.time(m_model->lastStatement()),
                            QStringLiteral("≤ 1.2× floor")};
    }

    void measureFilters()
    {
        // The same typed filter the panel and the command line use, compiled the same way.
        m_compiler = FilterCompiler(m_db->mapping());
        m_compiler.prepare(m_db->database());
        EventFilter user;
        user.users = {QStringLiteral("alice")};
        EventFilter action;
        action.actions = {QStringLiteral("DELETE")};
        EventFilter table;
        table.tables = {QStringLiteral("expenses")};
        EventFilter range;
        range.from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        range.to = range.from.addDays(7);
        EventFilter combined = range;
        combined.users = user.users;
        combined.actions = action.actions;
        measureFilter(QStringLiteral("user"), m_compiler.compile(user));
        measureFilter(QStringLiteral("event type"), m_compiler.compile(action));
        measureFilter(QStringLiteral("table"), m_compiler.compile(table));
        measureFilter(QStringLiteral("date range (7 days)"), m_compiler.compile(range));
        measureFilter(QStringLiteral("user + type + range"), m_compiler.compile(combined));
        m_model->setCondition({});
    }

    void measureSearch()
    {
        SearchBench::run(m_db.get(), m_model.get(), &m_compiler, m_rebuildIndex, m_figures);
    }

    void measureStatistics()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(18, 0), Qt::UTC);
        // The live pass over the week: what the bar runs until its cache is built.
        QElapsedTimer t;
        t.start();
        const StatisticsSnapshot live = Statistics::compute(m_db->database(), m_compiler, now);
        m_figures << Figure{QStringLiteral("statistics bar (7 days, live, no cache yet)"), t.nsecsElapsed() / 1e6, -1,
                            QStringLiteral("until the cache is built")};
        // The one-off build of the aggregate cache (in a temporary own store), next to the same
        // GROUP BY over the whole table in sqlite3; then the bar from the warm cache.
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("stats-cache.sqlite"));
        t.restart();
        const StatsCacheJob::Result built = StatsCacheJob(m_db->location(), m_compiler, cache).run();
        const double buildMs = t.nsecsElapsed() / 1e6;
        const SqlCondition groupBy{QStringLiteral("SELECT substr(timestamp, 1, 13), action, status, count(*) "
                                                  "FROM audit_logs GROUP BY 1, 2, 3"), {}};
        m_figures << Figure{QStringLiteral("statistics cache build, once (%1 rows)").arg(built.rowsRead), buildMs,
                            m_floor.time(groupBy, 1), QStringLiteral("on a worker, resumable")};
        StatisticsSnapshot cached;
        const double warm = timeMedian(9, [&] { cached = Statistics::computeCached(m_db->database(), m_compiler, now, cache); });
        const bool same = cached.valid && cached.total == live.total && cached.activeUsers == live.activeUsers
            && cached.successes == live.successes && cached.failures == live.failures && cached.today == live.today
            && cached.topActions == live.topActions;
        m_figures << Figure{same ? QStringLiteral("statistics bar (7 days, cache warm)")
                                 : QStringLiteral("statistics bar (7 days, cache warm) NOT EQUAL TO LIVE"),
                            warm, -1, QStringLiteral("≤ 100 ms")};
    }

    void measureFlagging()
    {
        // On a copy, so that 1,000 events can be appended for the incremental figure.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("flags.db"));
        QFile::copy(m_path, copy);
        Flags::FlagStore store(dir.filePath(QStringLiteral("store.sqlite")));
        store.open();
        QString error;
        auto db = AuditDatabase::open(DatabaseLocation::parse(copy), &error);
        Flags::FlagRunner runner(*db, Flags::RuleSettings());
        runner.setStore(&store);
        QElapsedTimer t;
        t.start();
        const Flags::RunResult full = runner.run(Flags::RunMode::Full);
        const double fullMs = t.nsecsElapsed() / 1e6;
        // The floor: the sqlite3 shell printing the very rows the runner reads, same columns, same order.
        const SqlCondition scan{runner.fullScanSql(), {}};
        m_figures << Figure{QStringLiteral("flag whole database (%1 flagged)").arg(full.flagged), fullMs, m_floor.time(scan, 1),
                            QStringLiteral("≤ 1.5× plain scan")};
        db.reset();
        appendEvents(copy, 1000);
        db = AuditDatabase::open(DatabaseLocation::parse(copy), &error);
        Flags::FlagRunner incremental(*db, Flags::RuleSettings());
        incremental.setStore(&store);
        t.restart();
        const Flags::RunResult more = incremental.run(Flags::RunMode::Incremental);
        m_figures << Figure{QStringLiteral("flag 1,000 new events (read %1)").arg(more.eventsRead), t.nsecsElapsed() / 1e6, -1,
                            QStringLiteral("incremental")};
    }

    static void appendEvents(const QString &path, int count)
    {
        QSqlDatabase w = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-writer"));
        w.setDatabaseName(path);
        w.open();
        w.transaction();
        QSqlQuery q(w);
        q.prepare(QStringLiteral("INSERT INTO audit_logs (timestamp, username, action, entity, entity_id, summary, status) "
                                 "VALUES (?, 'alice', 'UPDATE', 'products', ?, 'benchmark', 'success')"));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(QStringLiteral("2026-11-29T10:%1:%2.000Z").arg(i / 60 % 60, 2, 10, QLatin1Char('0')).arg(i % 60, 2, 10, QLatin1Char('0')));
            q.addBindValue(QString::number(i));
            q.exec();
        }
        w.commit();
        w.close();
        w = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-writer"));
    }

    void measureExports()
    {
        QTemporaryDir dir;
        const EventReader &r = m_model->reader();
        struct Run { ExportFormat format; qint64 rows; const char *name; };
        for (const Run &run : {Run{ExportFormat::Csv, 1000000, "CSV export"}, Run{ExportFormat::Pdf, 10000, "PDF export"}}) {
            ExportOptions o;
            o.format = run.format;
            o.outputPath = dir.filePath(QStringLiteral("out"));
            // The newest N events: a time bound found once, so that both sides read the same rows.
            QSqlQuery q(m_db->database());
            q.exec(QStringLiteral("SELECT timestamp FROM audit_logs ORDER BY timestamp DESC LIMIT 1 OFFSET %1").arg(run.rows - 1));
            const QVariant bound = q.next() ? q.value(0) : QVariant();
            if (bound.isValid())
                o.condition = {r.sqlColumn(Field::Timestamp) + QStringLiteral(" >= ?"), {bound}};
            o.title = QStringLiteral("Benchmark");
            QElapsedTimer t;
            t.start();
            const ExportResult result = Exporter::run(*m_db, o);
            const double ms = t.nsecsElapsed() / 1e6;
            double floor = -1;
            // The statement the export runs for its rows: the same bound, the same test that a
            // time sorts as a time (EventReader::orderedPredicate), the same order.
            const QString ts = r.sqlColumn(Field::Timestamp);
            if (run.format == ExportFormat::Csv) {
                QFile::remove(o.outputPath); // the disk holds one of the two files at a time
                floor = m_floor.timeCsv(QStringLiteral("SELECT * FROM audit_logs WHERE %1 >= '%2' AND %3 ORDER BY %1 DESC, id DESC")
                                            .arg(ts, bound.toString(), r.orderedPredicate(ts)),
                                        dir.filePath(QStringLiteral("floor.csv")));
                QFile::remove(dir.filePath(QStringLiteral("floor.csv")));
            }
            m_figures << Figure{QStringLiteral("%1 of %2 rows").arg(QLatin1String(run.name)).arg(result.rows), ms, floor,
                                run.format == ExportFormat::Csv ? QStringLiteral("≤ 1.2× sqlite3 -csv") : QStringLiteral("a few seconds")};
        }
    }

    void measureCount()
    {
        QSignalSpy counted(m_model.get(), &EntriesModel::totalCountChanged);
        QElapsedTimer t;
        t.start();
        m_model->select();
        counted.wait(600000);
        const double ms = t.nsecsElapsed() / 1e6;
        m_figures << Figure{QStringLiteral("total count (worker)"), ms,
                            m_floor.time({QStringLiteral("SELECT count(*) FROM ") + quoteTable(m_db->mapping().table), {}}, 3),
                            QStringLiteral("off the GUI thread")};
    }

    QString m_path;
    bool m_rebuildIndex = false;
    SqlFloor m_floor;
    QTextStream &m_log;
    FigureTable &m_figures;
    std::unique_ptr<AuditDatabase> m_db;
    std::unique_ptr<EntriesModel> m_model;
    FilterCompiler m_compiler;
};

} // namespace

int main(int argc, char *argv[])
{
    // The GUI probe needs a real window; offscreen unless a display is chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    StallTracingApplication app(argc, argv);
    // The application's own names (app/main.cpp), so that the search index and the statistics
    // cache are the application's: one built by either is reused by the other.
    QCoreApplication::setOrganizationName(QStringLiteral("AuditLens"));
    QCoreApplication::setApplicationName(QStringLiteral("AuditLens"));
    // But not the owner's settings: the GUI probe's window starts from the defaults (page size,
    // no restored filter) and adds nothing to the owner's recent databases.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AuditLens benchmark: each figure next to its sqlite3 floor."));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Events in the demo database (default 10000000)."),
                                  QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database to use (written when missing)."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption guiOnly(QStringLiteral("gui-only"), QStringLiteral("Run only the GUI probe (to trace stalls)."));
    const QCommandLineOption rebuildIndex(QStringLiteral("rebuild-index"),
                                          QStringLiteral("Build the search index again even when a complete one exists."));
    const QCommandLineOption writeOnly(QStringLiteral("write-only"), QStringLiteral("Only write the demo database, then stop."));
    parser.addOptions({rows, db, json, guiOnly, rebuildIndex, writeOnly});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const qint64 n = parser.value(rows).toLongLong();
    const QString path = parser.isSet(db) ? parser.value(db)
        : QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/auditlens/bench-%1.db").arg(n);
    if (parser.isSet(writeOnly))
        return writeDatabase(path, n, err) ? 0 : 2;
    if (ensureDatabase(path, n, err).isEmpty())
        return 2;
    // The row count is known when the run wrote the database or was told it.
    const QString database = parser.isSet(db) && !parser.isSet(rows) ? path : QStringLiteral("%1 (%2 events)").arg(path).arg(n);
    out << "database: " << database << Qt::endl;
    FigureTable figures(&out, parser.value(json));
    figures.setJsonHeader(path, n);
    if (!figures.writeJson()) {
        err << "cannot write " << parser.value(json) << Qt::endl;
        return 2;
    }
    if (parser.isSet(guiOnly)) {
        figures << GuiProbe::run(path);
        figures.addPeakMemory();
        return 0;
    }
    Benchmark bench(path, parser.isSet(rebuildIndex), figures, err);
    if (!bench.run())
        return 2;
    out << Qt::endl << "database: " << database << Qt::endl;
    FigureTable::print(figures.figures(), out);
    return 0;
}
