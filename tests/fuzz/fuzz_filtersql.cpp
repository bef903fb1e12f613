// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The filter-to-SQL compiler: an EventFilter whose every field comes from the input, compiled
// for real tables of each built-in schema; the SQL must always prepare and run.
#include "auditdatabase.h"
#include "demogenerator.h"
#include "eventfilter.h"
#include "eventreader.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstring>
#include <memory>

using namespace AuditLens;

namespace {

struct Target {
    std::unique_ptr<AuditDatabase> db;
    FilterCompiler compiler;
};

// Lives as long as the process: the databases must outlast every input, and a static list
// would be destroyed before LeakSanitizer looks, orphaning its targets.
QList<Target *> &targets()
{
    static auto *list = new QList<Target *>;
    return *list;
}

void addTarget(const QString &path)
{
    QString error;
    auto db = AuditDatabase::open(DatabaseLocation::parse(path), &error);
    if (!db)
        Fuzz::fail("cannot open a fuzz fixture", path + u": "_qs + error);
    auto *t = new Target{std::move(db), FilterCompiler()};
    t->compiler = FilterCompiler(t->db->mapping());
    t->compiler.prepare(t->db->database());
    const QString key = EventReader(t->db->mapping()).keyExpression();
    t->compiler.setFlagConditionProvider([key](const QString &state) {
        return state.isEmpty() ? SqlCondition{key + QStringLiteral(" IN (?, ?)"), {1, QStringLiteral("x")}}
                               : SqlCondition{QStringLiteral("1 = 0"), {}};
    });
    targets() << t;
}

void setUp()
{
    static QTemporaryDir dir;
    DemoGenerator::Options options;
    options.rows = 300;
    const QString demo = dir.filePath(QStringLiteral("demo.db"));
    QString error;
    if (!DemoGenerator::write(demo, options, &error))
        Fuzz::fail("demo", error);
    addTarget(demo);
    // The fixtures of the other profiles (tests/data/schema_*.sql).
    const QDir data(QStringLiteral(AUDITLENS_TEST_DATA));
    for (const QString &name : data.entryList({QStringLiteral("schema_*.sql")})) {
        // The two fixtures with no audit log table: nothing to compile a filter for.
        if (name == u"schema_foreign.sql" || name == u"schema_unmapped.sql")
            continue;
        const QString path = dir.filePath(name + QStringLiteral(".db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(path);
            db.open();
            QFile f(data.filePath(name));
            f.open(QIODevice::ReadOnly);
            for (const QString &s : QString::fromUtf8(f.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
                if (!s.trimmed().isEmpty())
                    QSqlQuery(db).exec(s);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        addTarget(path);
    }
}

qint64 int64At(const QString &s, int at)
{
    const QByteArray b = s.toUtf8();
    qint64 v = 0;
    if (b.size() >= at + 8)
        std::memcpy(&v, b.constData() + at, sizeof v);
    return v;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    if (targets().isEmpty())
        setUp();
    if (size < 4)
        return 0;
    Target &t = *targets().at(data[0] % targets().size());
    const quint8 bits = data[1];
    const quint8 statuses = data[2];
    const QList<QString> p = Fuzz::parts(data + 3, size - 3, 8);

    EventFilter f;
    f.actions = p[0].split(u',', Qt::SkipEmptyParts);
    f.tables = p[1].split(u',', Qt::SkipEmptyParts);
    f.users = p[2].split(u',', Qt::SkipEmptyParts);
    f.ip = p[3];
    f.text = p[4];
    f.reviewState = p[5];
    f.flaggedOnly = bits & 1;
    for (int c = 0; c < 7; ++c) {
        if (bits & (2 << c))
            f.categories << Category(c);
    }
    for (int s = 0; s < 4; ++s) {
        if (statuses & (1 << s))
            f.statuses << Status(s);
    }
    if (statuses & 0x10)
        f.from = QDateTime::fromMSecsSinceEpoch(int64At(p[6], 0) % (400LL * 365 * 86400000), Qt::UTC);
    if (statuses & 0x20)
        f.to = QDateTime::fromMSecsSinceEpoch(int64At(p[7], 0) % (400LL * 365 * 86400000), Qt::UTC);

    const SqlCondition where = t.compiler.compile(f);
    QSqlQuery q(t.db->database());
    const QString sql = QStringLiteral("SELECT count(*) FROM %1%2")
                            .arg(quoteTable(t.db->mapping().table),
                                 where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql);
    if (!q.prepare(sql))
        Fuzz::fail("filter SQL does not prepare", sql + u": "_qs + q.lastError().text());
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        Fuzz::fail("filter SQL does not run", sql + u": "_qs + q.lastError().text());
    return 0;
}
