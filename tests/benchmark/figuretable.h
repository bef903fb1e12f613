// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "stagememory.h"

#include <QJsonArray>
#include <QList>
#include <QString>

class QTextStream;

namespace AuditLens {

// The benchmark's figures as they are measured: each one added is printed at once as a row of
// the table (flushed) and, when a JSON file is named, the file is written again, so a run that
// is stopped still leaves every figure measured so far. The work since the previous figure was
// added is the stage that measured this one: its resident memory at the start and its peak go
// with the figure (a list added at once is one stage, shown on its first figure).
class FigureTable
{
public:
    explicit FigureTable(QTextStream *live = nullptr, const QString &jsonPath = QString());

    void setJsonHeader(const QString &database, qint64 rows);
    FigureTable &operator<<(const Figure &figure);
    FigureTable &operator<<(const QList<Figure> &figures);
    FigureTable &operator+=(const QList<Figure> &figures) { return *this << figures; }
    // Adds the row "peak resident memory (MB)": the most resident since the process started.
    void addPeakMemory();
    const QList<Figure> &figures() const { return m_figures; }
    // Writes the JSON file (when named); false when it cannot be written.
    bool writeJson() const;

    static void printHeader(QTextStream &out);
    static void printRow(const Figure &figure, QTextStream &out);
    static void print(const QList<Figure> &figures, QTextStream &out);
    static QJsonArray toJson(const QList<Figure> &figures);

private:
    void add(Figure figure, bool endsStage);

    StageMemory m_memory;
    QTextStream *m_live;
    QString m_jsonPath;
    QString m_database;
    qint64 m_rows = 0;
    QList<Figure> m_figures;
};

} // namespace AuditLens
