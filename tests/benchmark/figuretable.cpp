// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuretable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace AuditLens {
namespace {

QJsonValue orNull(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QString megabytes(double mb)
{
    return mb < 0 ? QStringLiteral("—") : QString::number(mb, 'f', 1);
}

} // namespace

FigureTable::FigureTable(QTextStream *live, const QString &jsonPath)
    : m_live(live)
    , m_jsonPath(jsonPath)
{
    if (m_live)
        printHeader(*m_live);
}

void FigureTable::setJsonHeader(const QString &database, qint64 rows)
{
    m_database = database;
    m_rows = rows;
}

void FigureTable::add(Figure figure, bool endsStage)
{
    if (endsStage) {
        const StageMemory::Stage stage = m_memory.next();
        figure.startMb = stage.startMb;
        figure.peakMb = stage.peakMb;
    }
    m_figures << figure;
    if (m_live)
        printRow(figure, *m_live); // Qt::endl flushes
    writeJson();
}

FigureTable &FigureTable::operator<<(const Figure &figure)
{
    add(figure, true);
    return *this;
}

FigureTable &FigureTable::operator<<(const QList<Figure> &figures)
{
    for (qsizetype i = 0; i < figures.size(); ++i)
        add(figures.at(i), i == 0);
    return *this;
}

void FigureTable::addPeakMemory()
{
    add(Figure{QStringLiteral("peak resident memory (MB)"), m_memory.totalPeakMb(), -1,
               m_memory.resets() ? QStringLiteral("≤ 200 MB")
                                 : QStringLiteral("≤ 200 MB (stage peaks are peaks so far: no reset here)")},
        false);
}

bool FigureTable::writeJson() const
{
    if (m_jsonPath.isEmpty())
        return true;
    QFile f(m_jsonPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QJsonObject doc{{QStringLiteral("database"), m_database}, {QStringLiteral("rows"), m_rows},
                          {QStringLiteral("figures"), toJson(m_figures)}};
    return f.write(QJsonDocument(doc).toJson()) > 0;
}

void FigureTable::printHeader(QTextStream &out)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7").arg(QStringLiteral("figure"), -38).arg(QStringLiteral("AuditLens"), 12)
                .arg(QStringLiteral("floor"), 12).arg(QStringLiteral("ratio"), 7).arg(QStringLiteral("RSS MB"), 7)
                .arg(QStringLiteral("peak MB"), 7).arg(QStringLiteral("target"))
        << Qt::endl;
}

void FigureTable::printRow(const Figure &f, QTextStream &out)
{
    const bool mb = f.name.contains(QLatin1String("(MB)"));
    const bool noValue = f.ms < 0;
    const QString ours = noValue ? QStringLiteral("—")
        : mb ? QString::number(f.ms, 'f', 1) : QString::number(f.ms, 'f', 2) + QStringLiteral(" ms");
    const QString floor = f.floorMs < 0 ? QStringLiteral("—") : QString::number(f.floorMs, 'f', 2) + QStringLiteral(" ms");
    const QString ratio = f.floorMs > 0 && !noValue ? QString::number(f.ms / f.floorMs, 'f', 2) + u'x' : QStringLiteral("—");
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7").arg(f.name, -38).arg(ours, 12).arg(floor, 12).arg(ratio, 7)
                .arg(megabytes(f.startMb), 7).arg(megabytes(f.peakMb), 7).arg(f.target)
        << Qt::endl;
}

void FigureTable::print(const QList<Figure> &figures, QTextStream &out)
{
    printHeader(out);
    for (const Figure &f : figures)
        printRow(f, out);
}

QJsonArray FigureTable::toJson(const QList<Figure> &figures)
{
    QJsonArray array;
    for (const Figure &f : figures)
        array.append(QJsonObject{{QStringLiteral("figure"), f.name},
                                 {QStringLiteral("value"), orNull(f.ms)},
                                 {QStringLiteral("floor"), orNull(f.floorMs)},
                                 {QStringLiteral("target"), f.target},
                                 {QStringLiteral("stage_start_mb"), orNull(f.startMb)},
                                 {QStringLiteral("stage_peak_mb"), orNull(f.peakMb)}});
    return array;
}

} // namespace AuditLens
