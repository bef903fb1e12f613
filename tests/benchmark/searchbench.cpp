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
#include <QSqlDatabase>
#include <QSqlQuery>
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

// The first page of a text search, as the window runs it: the compile (with the index's probe
// of how common the text is) and the page's read both on workers, the count on another. The
// figure is the time until the first page is shown; beside it, what the GUI thread itself spent.
void searches(const QString &how, EntriesModel *model, FilterCompiler *compiler, const SqlFloor &floor, FigureTable &out)
{
    for (const auto &[name, term] : kTerms) {
        EventFilter f;
        f.text = term;
        QSignalSpy counted(model, &EntriesModel::totalCountChanged);
        QElapsedTimer t;
        t.start();
        const SqlCondition condition = compiler->compile(f);
        QElapsedTimer gui;
        gui.start();
        model->setCondition(condition);
        const double guiMs = gui.nsecsElapsed() / 1e6;
        QSignalSpy loaded(model, &EntriesModel::loadingChanged);
        while (model->isLoading())
            loaded.wait(3600000);
        const double ms = t.nsecsElapsed() / 1e6;
        if (counted.isEmpty())
            counted.wait(3600000);
        out << Figure{QStringLiteral("search, %1 (%2)").arg(name, how), ms, floor.time(model->lastStatement(), 1),
                      QStringLiteral("≤ 150 ms")};
        out << Figure{QStringLiteral("GUI thread: search, %1 (%2)").arg(name, how), guiMs, -1,
                      QStringLiteral("the page is read on a worker")};
    }
    model->setCondition({});
}

// The rows a stored index covers (its meta table), read-only; -1 when there is none.
qint64 storedCoveredKey(const QString &indexPath)
{
    if (!QFileInfo::exists(indexPath))
        return -1;
    const QString name = QStringLiteral("auditlens-bench-index-meta");
    qint64 covered = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(roUri(indexPath));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'covered_key'")) && q.next())
                covered = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return covered;
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

void run(AuditDatabase *db, EntriesModel *model, FilterCompiler *compiler, bool rebuildIndex, FigureTable &out)
{
    const QString path = db->location().path;
    SqlFloor floor(path);
    searches(QStringLiteral("scan, no index"), model, compiler, floor, out);

    // The index as the GUI builds it: batches on a worker, resuming from what a complete or
    // interrupted earlier build committed.
    const QString indexPath = SearchIndex::pathFor(db->location());
    if (rebuildIndex) {
        QFile::remove(indexPath);
        QFile::remove(indexPath + QStringLiteral("-journal"));
    }
    const qint64 coveredBefore = storedCoveredKey(indexPath);
    SearchIndexBuilder builder;
    QSignalSpy finished(&builder, &SearchIndexBuilder::finished);
    QElapsedTimer t;
    t.start();
    builder.start(db->location(), db->mapping());
    finished.wait(24 * 3600 * 1000);
    const double buildMs = t.nsecsElapsed() / 1e6;
    const SearchIndexState state = builder.state();
    const double sizeMb = QFileInfo(indexPath).size() / 1048576.0;
    if (state.ready && coveredBefore >= 0 && state.coveredKey == coveredBefore) {
        out << Figure{QStringLiteral("search index build: reused"), -1, -1,
                      QStringLiteral("built before; --rebuild-index times a build")};
    } else {
        // A resumed build indexed only the rows after an earlier one: no floor to set it beside.
        const bool resumed = coveredBefore > 0;
        out << Figure{resumed ? QStringLiteral("search index build (resumed)") : QStringLiteral("search index build"),
                      buildMs, resumed ? -1 : buildFloor(path, db->mapping()), QStringLiteral("background")};
    }
    out << Figure{QStringLiteral("search index size (MB)"), sizeMb, -1, QString()};
    if (!state.ready || !SearchIndex::attachIfPresent(db->database(), db->location()))
        return;
    compiler->setSearchIndex(state);
    floor.setSetup(QStringLiteral("ATTACH '%1' AS %2;\n").arg(roUri(indexPath), QLatin1String(SearchIndex::kAlias)));
    searches(QStringLiteral("index built"), model, compiler, floor, out);
    compiler->setSearchIndex({});
}

} // namespace AuditLens::SearchBench
