// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbench.h"

#include "auditdatabase.h"
#include "entriesmodel.h"
#include "eventfilter.h"
#include "search/searchindex.h"
#include "search/searchindexbuilder.h"
#include "sqlfloor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

namespace AuditLens::SearchBench {
namespace {

const QList<std::pair<QString, QString>> kTerms{{QStringLiteral("rare term"), QStringLiteral("Espresso machine")},
                                                {QStringLiteral("common term"), QStringLiteral("signed in")}};

QString roUri(const QString &path)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro"));
    return uri.toString(QUrl::FullyEncoded);
}

// The first page of a text search, as the GUI runs it (the count goes on in a worker).
QList<Figure> searches(const QString &how, AuditDatabase *db, EntriesModel *model, FilterCompiler *compiler,
                       const SqlFloor &floor)
{
    QList<Figure> out;
    for (const auto &[name, term] : kTerms) {
        EventFilter f;
        f.text = term;
        QElapsedTimer t;
        t.start();
        model->setCondition(compiler->compile(f)); // the compile includes the index's probe
        const double ms = t.nsecsElapsed() / 1e6;
        QSignalSpy counted(model, &EntriesModel::totalCountChanged);
        counted.wait(3600000);
        out << Figure{QStringLiteral("search, %1 (%2)").arg(name, how), ms, floor.time(model->lastStatement(), 1),
                      QStringLiteral("≤ 150 ms")};
    }
    model->setCondition({});
    Q_UNUSED(db)
    return out;
}

// The shell filling the same contentless trigram table from the same columns, in one statement.
double buildFloor(const QString &auditPath, const SchemaMapping &mapping)
{
    QTemporaryDir dir;
    const QString script = QStringLiteral(
        "ATTACH '%1' AS audit;\n"
        "CREATE VIRTUAL TABLE events_fts USING fts5(body, content='', columnsize=0, tokenize='trigram');\n"
        "INSERT INTO events_fts(rowid, body) SELECT rowid, %2 FROM audit.%3;\n")
        .arg(roUri(auditPath), SearchIndex::documentSql(searchableColumns(mapping)), quoteIdentifier(mapping.table));
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("floor.sqlite"))});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    return p.waitForFinished(-1) && p.exitCode() == 0 ? t.nsecsElapsed() / 1e6 : -1;
}

} // namespace

QList<Figure> run(AuditDatabase *db, EntriesModel *model, FilterCompiler *compiler)
{
    const QString path = db->location().path;
    SqlFloor floor(path);
    QList<Figure> out = searches(QStringLiteral("scan, no index"), db, model, compiler, floor);

    // A fresh index, built as the GUI builds it: batches on a worker.
    const QString indexPath = SearchIndex::pathFor(db->location());
    QFile::remove(indexPath);
    SearchIndexBuilder builder;
    QSignalSpy finished(&builder, &SearchIndexBuilder::finished);
    QElapsedTimer t;
    t.start();
    builder.start(db->location(), db->mapping());
    finished.wait(24 * 3600 * 1000);
    const double buildMs = t.nsecsElapsed() / 1e6;
    out << Figure{QStringLiteral("search index build"), buildMs, buildFloor(path, db->mapping()),
                  QStringLiteral("background")};
    out << Figure{QStringLiteral("search index size (MB)"), QFileInfo(indexPath).size() / 1048576.0, -1, QString()};
    if (!builder.state().ready || !SearchIndex::attachIfPresent(db->database(), db->location()))
        return out;
    compiler->setSearchIndex(builder.state());
    floor.setSetup(QStringLiteral("ATTACH '%1' AS %2;\n").arg(roUri(indexPath), QLatin1String(SearchIndex::kAlias)));
    out += searches(QStringLiteral("index built"), db, model, compiler, floor);
    compiler->setSearchIndex({});
    return out;
}

} // namespace AuditLens::SearchBench
