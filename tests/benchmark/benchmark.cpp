// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark of DESIGN.md: each figure next to its floor, the sqlite3 shell running the
// same SQL on the same file in the same run. Speed is measured here, never asserted in tests.
#include "auditdatabase.h"
#include "demogenerator.h"
#include "entriesmodel.h"
#include "sqlfloor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace AuditLens;

namespace {

struct Figure {
    QString name;
    double ms = -1;
    double floorMs = -1;
    QString target; // the figure DESIGN.md asks for
};

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

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QString ensureDatabase(const QString &path, qint64 rows, QTextStream &log)
{
    if (QFileInfo::exists(path))
        return path;
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
        return {};
    }
    log << "written in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    return path;
}

class Benchmark
{
public:
    Benchmark(const QString &path, QTextStream &log) : m_path(path), m_floor(path), m_log(log) {}

    bool run()
    {
        if (!measureOpen())
            return false;
        measurePageTurns();
        measureFilters();
        measureCount();
        m_figures << Figure{QStringLiteral("peak resident memory (MB)"), peakRssMb(), -1, QStringLiteral("≤ 200 MB")};
        return true;
    }
    const QList<Figure> &figures() const { return m_figures; }

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
        const EventReader &r = m_model->reader();
        const QString ts = r.sqlColumn(Field::Timestamp);
        const SqlCondition user{r.sqlColumn(Field::Actor) + QStringLiteral(" = ?"), {QStringLiteral("alice")}};
        const SqlCondition action{r.sqlColumn(Field::Action) + QStringLiteral(" = ?"), {QStringLiteral("DELETE")}};
        const SqlCondition table{r.sqlColumn(Field::Entity) + QStringLiteral(" = ?"), {QStringLiteral("expenses")}};
        const SqlCondition range{ts + QStringLiteral(" >= ? AND ") + ts + QStringLiteral(" < ?"),
                                 {QStringLiteral("2026-10-01T00:00:00.000Z"), QStringLiteral("2026-10-08T00:00:00.000Z")}};
        measureFilter(QStringLiteral("user"), user);
        measureFilter(QStringLiteral("event type"), action);
        measureFilter(QStringLiteral("table"), table);
        measureFilter(QStringLiteral("date range (7 days)"), range);
        measureFilter(QStringLiteral("user + type + range"), user && action && range);
        m_model->setCondition({});
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
    SqlFloor m_floor;
    QTextStream &m_log;
    std::unique_ptr<AuditDatabase> m_db;
    std::unique_ptr<EntriesModel> m_model;
    QList<Figure> m_figures;
};

void printTable(const QList<Figure> &figures, QTextStream &out)
{
    out << QStringLiteral("%1 %2 %3 %4 %5").arg(QStringLiteral("figure"), -34).arg(QStringLiteral("AuditLens"), 12)
                .arg(QStringLiteral("sqlite3"), 12).arg(QStringLiteral("ratio"), 7).arg(QStringLiteral("target"))
        << Qt::endl;
    for (const Figure &f : figures) {
        const bool mb = f.name.contains(QLatin1String("(MB)"));
        const QString ours = mb ? QString::number(f.ms, 'f', 1) : QString::number(f.ms, 'f', 2) + QStringLiteral(" ms");
        const QString floor = f.floorMs < 0 ? QStringLiteral("—") : QString::number(f.floorMs, 'f', 2) + QStringLiteral(" ms");
        const QString ratio = f.floorMs > 0 ? QString::number(f.ms / f.floorMs, 'f', 2) + u'x' : QStringLiteral("—");
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(f.name, -34).arg(ours, 12).arg(floor, 12).arg(ratio, 7).arg(f.target)
            << Qt::endl;
    }
}

QJsonArray toJson(const QList<Figure> &figures)
{
    QJsonArray array;
    for (const Figure &f : figures)
        array.append(QJsonObject{{QStringLiteral("figure"), f.name}, {QStringLiteral("value"), f.ms},
                                 {QStringLiteral("floor"), f.floorMs < 0 ? QJsonValue() : QJsonValue(f.floorMs)},
                                 {QStringLiteral("target"), f.target}});
    return array;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("AuditLens"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AuditLens benchmark: each figure next to its sqlite3 floor."));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Events in the demo database (default 10000000)."),
                                  QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database to use (written when missing)."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to FILE."), QStringLiteral("FILE"));
    parser.addOptions({rows, db, json});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const qint64 n = parser.value(rows).toLongLong();
    const QString path = parser.isSet(db) ? parser.value(db)
        : QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/auditlens/bench-%1.db").arg(n);
    if (ensureDatabase(path, n, err).isEmpty())
        return 2;
    Benchmark bench(path, err);
    if (!bench.run())
        return 2;
    out << "database: " << path << " (" << n << " events)" << Qt::endl;
    printTable(bench.figures(), out);
    if (parser.isSet(json)) {
        QFile f(parser.value(json));
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("database"), path}, {QStringLiteral("rows"), n},
                                          {QStringLiteral("figures"), toJson(bench.figures())}})
                    .toJson());
    }
    return 0;
}
