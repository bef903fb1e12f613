// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "logging.h"
#include "timestampparser.h"

#include <QElapsedTimer>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVector>

#include <sqlite3.h>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <numeric>

namespace AuditLens {
namespace {

struct User {
    const char *name;
    int id;
    const char *ip;
    const char *agent;
};

const std::array<User, 12> kUsers = {{
    {"alice", 1, "192.168.1.10", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0"},
    {"bob", 2, "192.168.1.11", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Safari/605.1"},
    {"carol", 3, "192.168.1.12", "Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0"},
    {"dave", 4, "10.0.0.21", "StoreApp/3.4 (Android 14)"},
    {"erin", 5, "10.0.0.22", "StoreApp/3.4 (iOS 17.2)"},
    {"frank", 6, "192.168.1.15", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edge/120.0"},
    {"grace", 7, "192.168.1.16", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0"},
    {"heidi", 8, "172.16.4.8", "POS-Terminal/2.1"},
    {"ivan", 9, "172.16.4.9", "POS-Terminal/2.1"},
    {"judy", 10, "192.168.1.19", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Chrome/120.0"},
    {"mallory", 11, "192.168.1.20", "Mozilla/5.0 (X11; Linux x86_64) Chrome/119.0"},
    {"oscar", 12, "10.0.0.30", "BackOffice/5.0 (Windows)"},
}};

const std::array<const char *, 10> kTables = {"orders", "ordr", "users", "usrs", "expenses",
                                              "products", "customers", "inventory", "suppliers", "settings"};

struct ActionWeight {
    const char *action;
    int weight;
};

// Roughly what a shop's audit log holds: mostly data changes and stock moves, some sign-ins.
const std::array<ActionWeight, 19> kActions = {{
    {"UPDATE", 260}, {"CREATE", 160}, {"DELETE", 30}, {"LOGIN", 90}, {"LOGOUT", 80},
    {"LOGIN_FAILED", 8}, {"PASSWORD_CHANGE", 3}, {"PASSWORD_RESET", 2}, {"SYNC_PUSH", 60},
    {"STOCK_IN", 70}, {"STOCK_OUT", 80}, {"ADJUSTMENT", 15}, {"JOB_START", 20},
    {"JOB_COMPLETE", 18}, {"JOB_CANCEL", 2}, {"EXPORT", 6}, {"VIEW", 12},
    {"PERMISSION_DENIED", 2}, {"RATE_LIMIT_EXCEEDED", 1},
}};

// Hour-of-day weights (UTC): business hours, a lunch dip, a thin night.
const std::array<int, 24> kHourWeights = {1, 1, 1, 1, 1, 2, 6, 20, 60, 90, 100, 95,
                                          70, 85, 95, 90, 80, 60, 30, 15, 8, 4, 2, 1};

struct Row {
    qint64 ts = 0;
    QString user;
    int userId = 0;
    QString action;
    QString entity;
    QString entityId;
    QString summary;
    QString ip;
    QString agent;
    QString session;
    QString status = QStringLiteral("success");
    QString severity = QStringLiteral("INFO");
    QString oldValues;
    QString newValues;
    QString metadata;
};

class Writer
{
public:
    Writer(const DemoGenerator::Options &o, quint32 seed)
        : m_rng(seed)
        , m_options(o)
    {
        int sum = 0;
        for (const auto &a : kActions)
            sum += a.weight;
        m_actionTotal = sum;
        m_hourTotal = std::accumulate(kHourWeights.begin(), kHourWeights.end(), 0);
        m_end = Timestamps::daysFromCivil(o.endDate.year(), o.endDate.month(), o.endDate.day()) * 86400000LL
            + 86400000LL;
        m_start = m_end - 90LL * 86400000LL;
    }

    qint64 randomTime()
    {
        int hour = 0;
        int pick = int(m_rng.bounded(m_hourTotal));
        for (int h = 0; h < 24; ++h) {
            pick -= kHourWeights[h];
            if (pick < 0) {
                hour = h;
                break;
            }
        }
        // Later days are busier: the shop grows.
        const int day = int(std::sqrt(m_rng.generateDouble()) * 90);
        return m_start + qint64(day) * 86400000LL + qint64(hour) * 3600000LL + qint64(m_rng.bounded(3600000));
    }

    QString pickAction()
    {
        int pick = int(m_rng.bounded(m_actionTotal));
        for (const auto &a : kActions) {
            pick -= a.weight;
            if (pick < 0)
                return QString::fromLatin1(a.action);
        }
        return QStringLiteral("UPDATE");
    }

    Row randomRow(qint64 ts)
    {
        Row r;
        r.ts = ts;
        r.action = pickAction();
        const bool systemJob = r.action.startsWith(QLatin1String("JOB_")) || (r.action == QLatin1String("SYNC_PUSH") && m_rng.bounded(2));
        const User &u = kUsers[m_rng.bounded(int(kUsers.size()))];
        if (systemJob) {
            r.user = QStringLiteral("system");
            r.ip = QStringLiteral("127.0.0.1");
            r.agent = QStringLiteral("auditd-scheduler/1.0");
        } else {
            r.user = QString::fromLatin1(u.name);
            r.userId = u.id;
            r.ip = QString::fromLatin1(u.ip);
            r.agent = QString::fromLatin1(u.agent);
        }
        r.session = QStringLiteral("s-%1-%2").arg(r.userId).arg(ts / 86400000LL, 0, 36);
        const QString table = QString::fromLatin1(kTables[m_rng.bounded(int(kTables.size()))]);
        const int record = 1 + int(m_rng.bounded(5000));
        r.metadata = QStringLiteral("{\"request_id\":\"%1\",\"duration_ms\":%2,\"source\":\"%3\"}")
                         .arg(m_rng.generate(), 8, 16, QLatin1Char('0'))
                         .arg(5 + m_rng.bounded(400))
                         .arg(QLatin1String(u.id % 3 == 0 ? "pos" : (u.id % 3 == 1 ? "web" : "mobile")));
        const QString a = r.action;
        if (a == QLatin1String("UPDATE")) {
            r.entity = table;
            r.entityId = QString::number(record);
            if (table == QLatin1String("products") || table == QLatin1String("inventory")) {
                const double oldPrice = 5 + m_rng.bounded(20000) / 100.0;
                const double newPrice = std::round(oldPrice * (0.9 + m_rng.bounded(200) / 1000.0) * 100) / 100;
                r.oldValues = QStringLiteral("{\"price\":%1,\"name\":\"Item %2\"}").arg(oldPrice, 0, 'f', 2).arg(record);
                r.newValues = QStringLiteral("{\"price\":%1,\"name\":\"Item %2\"}").arg(newPrice, 0, 'f', 2).arg(record);
                r.summary = QStringLiteral("Updated %1 #%2: price %3 → %4").arg(table, r.entityId).arg(oldPrice, 0, 'f', 2).arg(newPrice, 0, 'f', 2);
            } else if (table == QLatin1String("expenses")) {
                const int amount = 10 + int(m_rng.bounded(900));
                r.oldValues = QStringLiteral("{\"amount\":\"$%1.00\",\"category\":\"supplies\"}").arg(amount);
                r.newValues = QStringLiteral("{\"amount\":\"$%1.00\",\"category\":\"supplies\"}").arg(amount + int(m_rng.bounded(5)));
                r.summary = QStringLiteral("Updated expense #%1").arg(r.entityId);
            } else {
                static const char *kStatuses[] = {"pending", "paid", "shipped", "delivered"};
                const int s = int(m_rng.bounded(3));
                r.oldValues = QStringLiteral("{\"status\":\"%1\"}").arg(QLatin1String(kStatuses[s]));
                r.newValues = QStringLiteral("{\"status\":\"%1\"}").arg(QLatin1String(kStatuses[s + 1]));
                r.summary = QStringLiteral("Updated %1 #%2: status %3 → %4").arg(table, r.entityId, QLatin1String(kStatuses[s]), QLatin1String(kStatuses[s + 1]));
            }
            if (m_rng.bounded(500) == 0) {
                r.status = QStringLiteral("error");
                r.severity = QStringLiteral("ERROR");
                r.summary += QStringLiteral(" (constraint violation)");
            }
        } else if (a == QLatin1String("CREATE")) {
            r.entity = table;
            r.entityId = QString::number(record);
            r.newValues = QStringLiteral("{\"id\":%1,\"created_by\":\"%2\",\"total\":%3}").arg(record).arg(r.user).arg(m_rng.bounded(100000) / 100.0, 0, 'f', 2);
            r.summary = QStringLiteral("Created %1 #%2").arg(table, r.entityId);
        } else if (a == QLatin1String("DELETE")) {
            // Deletions from orders, users and expenses are what sensitive_delete watches.
            static const char *kSafe[] = {"products", "customers", "inventory", "suppliers"};
            r.entity = m_rng.bounded(10) == 0 ? table : QString::fromLatin1(kSafe[m_rng.bounded(4)]);
            r.entityId = QString::number(record);
            r.oldValues = QStringLiteral("{\"id\":%1,\"name\":\"Record %1\"}").arg(record);
            r.summary = QStringLiteral("Deleted %1 #%2").arg(r.entity, r.entityId);
        } else if (a == QLatin1String("LOGIN") || a == QLatin1String("LOGOUT")) {
            r.entity = QStringLiteral("users");
            r.entityId = QString::number(r.userId);
            r.summary = a == QLatin1String("LOGIN") ? QStringLiteral("%1 signed in").arg(r.user) : QStringLiteral("%1 signed out").arg(r.user);
        } else if (a == QLatin1String("LOGIN_FAILED")) {
            r.entity = QStringLiteral("users");
            r.entityId = QStringLiteral("0");
            r.status = QStringLiteral("failure");
            r.severity = QStringLiteral("WARNING");
            r.summary = QStringLiteral("Login failed for %1: wrong password").arg(r.user);
        } else if (a.startsWith(QLatin1String("PASSWORD_"))) {
            r.entity = QStringLiteral("users");
            r.entityId = QString::number(r.userId);
            r.summary = a == QLatin1String("PASSWORD_CHANGE") ? QStringLiteral("%1 changed their password").arg(r.user) : QStringLiteral("Password reset e-mail sent to %1").arg(r.user);
        } else if (a == QLatin1String("SYNC_PUSH")) {
            r.entity = QStringLiteral("ordr");
            r.summary = QStringLiteral("Pushed %1 records to the server").arg(1 + m_rng.bounded(40));
        } else if (a.startsWith(QLatin1String("STOCK_")) || a == QLatin1String("ADJUSTMENT")) {
            r.entity = QStringLiteral("inventory");
            r.entityId = QString::number(record);
            const int qty = 1 + int(m_rng.bounded(50));
            r.oldValues = QStringLiteral("{\"quantity\":%1}").arg(qty + 100);
            r.newValues = QStringLiteral("{\"quantity\":%1}").arg(a == QLatin1String("STOCK_IN") ? qty + 100 + qty : 100);
            r.summary = QStringLiteral("%1 of %2 units of SKU-%3").arg(a == QLatin1String("STOCK_IN") ? QStringLiteral("Received") : a == QLatin1String("STOCK_OUT") ? QStringLiteral("Consumed") : QStringLiteral("Corrected stock")).arg(qty).arg(record);
        } else if (a.startsWith(QLatin1String("JOB_"))) {
            r.entity = QStringLiteral("jobs");
            r.entityId = QString::number(1 + m_rng.bounded(300));
            r.summary = QStringLiteral("Production job #%1 %2").arg(r.entityId, a.mid(4).toLower());
        } else if (a == QLatin1String("EXPORT") || a == QLatin1String("VIEW")) {
            r.entity = table;
            r.summary = a == QLatin1String("EXPORT") ? QStringLiteral("Exported %1 to Excel").arg(table) : QStringLiteral("Viewed %1 #%2").arg(table).arg(record);
            r.entityId = a == QLatin1String("VIEW") ? QString::number(record) : QString();
        } else { // PERMISSION_DENIED, RATE_LIMIT_EXCEEDED
            r.entity = QStringLiteral("settings");
            r.status = QStringLiteral("failure");
            r.severity = QStringLiteral("WARNING");
            r.summary = QStringLiteral("%1 was refused: %2").arg(r.user, a.toLower());
        }
        return r;
    }

    // Activity that each rule of RULES.md must flag, on fixed days near the end of the range.
    QVector<Row> plantedRows()
    {
        QVector<Row> out;
        const qint64 day = m_end - 3 * 86400000LL; // three days before the end, 00:00 UTC
        auto base = [&](qint64 ts, const User &u, const char *action) {
            Row r;
            r.ts = ts;
            r.user = QString::fromLatin1(u.name);
            r.userId = u.id;
            r.ip = QString::fromLatin1(u.ip);
            r.agent = QString::fromLatin1(u.agent);
            r.session = QStringLiteral("s-planted-%1").arg(u.id);
            r.action = QString::fromLatin1(action);
            r.metadata = QStringLiteral("{\"source\":\"web\"}");
            return r;
        };
        const qint64 h = 3600000LL;
        const qint64 m = 60000LL;
        // large_value_change: price 100 → 130 (+30%).
        Row price = base(day + 10 * h + 5 * m, kUsers[1], "UPDATE");
        price.entity = QStringLiteral("products");
        price.entityId = QStringLiteral("777");
        price.oldValues = QStringLiteral("{\"price\":100,\"name\":\"Espresso machine\"}");
        price.newValues = QStringLiteral("{\"price\":130,\"name\":\"Espresso machine\"}");
        price.summary = QStringLiteral("Updated products #777: price 100.00 → 130.00");
        out << price;
        // bulk_operations: 25 creates by frank within 2 minutes.
        for (int i = 0; i < 25; ++i) {
            Row r = base(day + 11 * h + i * 4800, kUsers[5], "CREATE");
            r.entity = QStringLiteral("customers");
            r.entityId = QString::number(9000 + i);
            r.newValues = QStringLiteral("{\"id\":%1,\"name\":\"Imported customer %2\"}").arg(9000 + i).arg(i);
            r.summary = QStringLiteral("Created customers #%1 (import)").arg(9000 + i);
            out << r;
        }
        // off_hours: judy edits an expense at 23:14 UTC.
        Row night = base(day + 23 * h + 14 * m, kUsers[9], "UPDATE");
        night.entity = QStringLiteral("expenses");
        night.entityId = QStringLiteral("3141");
        night.oldValues = QStringLiteral("{\"amount\":\"$120.00\"}");
        night.newValues = QStringLiteral("{\"amount\":\"$125.00\"}");
        night.summary = QStringLiteral("Updated expense #3141 late at night");
        out << night;
        // sensitive_delete: mallory deletes an order.
        Row del = base(day + 15 * h + 2 * m, kUsers[10], "DELETE");
        del.entity = QStringLiteral("orders");
        del.entityId = QStringLiteral("5150");
        del.oldValues = QStringLiteral("{\"id\":5150,\"total\":\"$1,250.00\",\"customer\":\"ACME Ltd\"}");
        del.summary = QStringLiteral("Deleted orders #5150");
        out << del;
        // rapid_edits: six edits to products #42 within 8 minutes.
        for (int i = 0; i < 6; ++i) {
            Row r = base(day + 13 * h + i * 90000, kUsers[6], "UPDATE");
            r.entity = QStringLiteral("products");
            r.entityId = QStringLiteral("42");
            r.oldValues = QStringLiteral("{\"stock\":%1}").arg(50 - i);
            r.newValues = QStringLiteral("{\"stock\":%1}").arg(49 - i);
            r.summary = QStringLiteral("Updated products #42: stock %1 → %2").arg(50 - i).arg(49 - i);
            out << r;
        }
        // failed_logins: six failures for bob within 10 minutes, from an unknown address.
        for (int i = 0; i < 6; ++i) {
            Row r = base(day + 9 * h + i * 100000, kUsers[1], "LOGIN_FAILED");
            r.ip = QStringLiteral("203.0.113.50");
            r.entity = QStringLiteral("users");
            r.entityId = QStringLiteral("0");
            r.status = QStringLiteral("failure");
            r.severity = QStringLiteral("WARNING");
            r.summary = QStringLiteral("Login failed for bob: wrong password");
            out << r;
        }
        // new_ip_login: carol signs in from an address she never used.
        Row login = base(day + 8 * h + 31 * m, kUsers[2], "LOGIN");
        login.ip = QStringLiteral("203.0.113.9");
        login.entity = QStringLiteral("users");
        login.entityId = QStringLiteral("3");
        login.summary = QStringLiteral("carol signed in");
        out << login;
        // access_denied: a rejected request.
        Row denied = base(day + 14 * h + 45 * m, kUsers[3], "PERMISSION_DENIED");
        denied.entity = QStringLiteral("settings");
        denied.status = QStringLiteral("failure");
        denied.severity = QStringLiteral("WARNING");
        denied.summary = QStringLiteral("dave may not change tax settings");
        out << denied;
        std::sort(out.begin(), out.end(), [](const Row &a, const Row &b) { return a.ts < b.ts; });
        return out;
    }

    QRandomGenerator m_rng;
    DemoGenerator::Options m_options;
    int m_actionTotal = 0;
    int m_hourTotal = 0;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

} // namespace

QString DemoGenerator::schemaSql()
{
    return QStringLiteral(
        "CREATE TABLE audit_logs (\n"
        "  id          INTEGER PRIMARY KEY,   -- row key and shown id\n"
        "  timestamp   TEXT NOT NULL,         -- ISO-8601 UTC, e.g. 2026-11-28T09:15:02.120Z\n"
        "  user_id     INTEGER,\n"
        "  username    TEXT,                  -- the actor; 'system' for jobs\n"
        "  action      TEXT NOT NULL,         -- LOGIN, UPDATE, STOCK_IN, ...\n"
        "  entity      TEXT,                  -- the table or resource affected\n"
        "  entity_id   TEXT,\n"
        "  summary     TEXT,\n"
        "  ip_address  TEXT,\n"
        "  user_agent  TEXT,\n"
        "  session_id  TEXT,\n"
        "  status      TEXT NOT NULL DEFAULT 'success', -- success | failure | error\n"
        "  severity    TEXT,                  -- INFO | WARNING | ERROR | CRITICAL\n"
        "  old_values  TEXT,                  -- JSON object of the fields before\n"
        "  new_values  TEXT,                  -- JSON object of the fields after\n"
        "  metadata    TEXT                   -- JSON object\n"
        ")");
}

QStringList DemoGenerator::indexSql()
{
    // The filters that narrow the most get an index that also gives the time order. Status and
    // IP are left out: a page of failures is found by walking the time index backwards (they
    // are not rare enough to need more), and each extra index costs a scan of the whole table
    // when the demo is written.
    return {
        QStringLiteral("CREATE INDEX idx_audit_logs_timestamp ON audit_logs(timestamp)"),
        QStringLiteral("CREATE INDEX idx_audit_logs_user ON audit_logs(username, timestamp)"),
        QStringLiteral("CREATE INDEX idx_audit_logs_action ON audit_logs(action, timestamp)"),
        QStringLiteral("CREATE INDEX idx_audit_logs_entity ON audit_logs(entity, timestamp)"),
        QStringLiteral("CREATE INDEX idx_audit_logs_record ON audit_logs(entity, entity_id)"),
    };
}

namespace {

// One row as the UTF-8 text SQLite stores: encoded on the producer thread, so the inserting
// thread only binds bytes (Qt's driver would bind UTF-16 and make SQLite convert every value).
struct EncodedRow {
    qint64 ts = 0;
    int userId = 0;
    std::array<QByteArray, 14> text; // timestamp, username, action, …, metadata; empty = NULL
};

EncodedRow encode(const Row &r)
{
    EncodedRow e;
    e.ts = r.ts;
    e.userId = r.user == QLatin1String("system") ? 0 : r.userId;
    const QString *fields[] = {nullptr, &r.user, &r.action, &r.entity, &r.entityId, &r.summary, &r.ip, &r.agent,
                               &r.session, &r.status, &r.severity, &r.oldValues, &r.newValues, &r.metadata};
    e.text[0] = Timestamps::toIsoUtc(r.ts).toLatin1();
    for (size_t i = 1; i < e.text.size(); ++i)
        e.text[i] = fields[i]->toUtf8();
    return e;
}

class SqliteFile
{
public:
    ~SqliteFile()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    bool open(const QString &path)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
    }
    bool exec(const QString &sql) { return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    bool prepareInsert()
    {
        static const char kSql[] =
            "INSERT INTO audit_logs (timestamp, user_id, username, action, entity, entity_id, summary, ip_address, "
            "user_agent, session_id, status, severity, old_values, new_values, metadata) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
        return sqlite3_prepare_v2(m_db, kSql, -1, &m_insert, nullptr) == SQLITE_OK;
    }
    bool insert(const EncodedRow &e)
    {
        sqlite3_reset(m_insert);
        if (e.userId > 0)
            sqlite3_bind_int(m_insert, 2, e.userId);
        else
            sqlite3_bind_null(m_insert, 2);
        for (size_t i = 0; i < e.text.size(); ++i) {
            const int column = i == 0 ? 1 : int(i) + 2;
            if (e.text[i].isEmpty())
                sqlite3_bind_null(m_insert, column);
            else
                sqlite3_bind_text(m_insert, column, e.text[i].constData(), int(e.text[i].size()), SQLITE_STATIC);
        }
        return sqlite3_step(m_insert) == SQLITE_DONE;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace

bool DemoGenerator::write(const QString &path, const Options &options, QString *error,
                          const std::function<void(qint64, qint64)> &progress)
{
    const QString tmp = path + QStringLiteral(".partial");
    QFile::remove(tmp);
    auto fail = [&](const QString &what) {
        *error = tr("Cannot write the demo database %1: %2").arg(path, what);
        QFile::remove(tmp);
        return false;
    };
    {
        SqliteFile db;
        if (!db.open(tmp))
            return fail(db.error());
        db.exec(QStringLiteral("PRAGMA page_size = 8192"));
        db.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        db.exec(QStringLiteral("PRAGMA threads = 2")); // CREATE INDEX may sort on both cores
        if (!db.exec(schemaSql()) || !db.prepareInsert())
            return fail(db.error());

        QElapsedTimer phase;
        phase.start();
        Writer w(options, options.seed);
        QVector<qint64> times(options.rows);
        for (qint64 &t : times)
            t = w.randomTime();
        std::sort(times.begin(), times.end());
        const QVector<Row> planted = options.rows >= 200 ? w.plantedRows() : QVector<Row>();
        const qint64 total = options.rows + planted.size();
        db.exec(QStringLiteral("BEGIN"));
        // Rows are made by worker threads while this one inserts. Each batch has its own random
        // sequence, seeded from the seed and the batch's number, so the file is the same
        // whichever thread made which batch.
        constexpr qint64 kBatch = 20000;
        constexpr int kInFlight = 3;
        auto makeBatch = [&options, &times](qint64 from) {
            Writer batchWriter(options, options.seed * 2654435761U + quint32(from / kBatch) + 1);
            QVector<EncodedRow> rows;
            const qint64 to = std::min<qint64>(from + kBatch, times.size());
            rows.reserve(to - from);
            for (qint64 i = from; i < to; ++i)
                rows << encode(batchWriter.randomRow(times.at(i)));
            return rows;
        };
        QList<QFuture<QVector<EncodedRow>>> pending;
        qint64 next = 0;
        auto schedule = [&] {
            while (pending.size() < kInFlight && next < options.rows) {
                pending << QtConcurrent::run(makeBatch, next);
                next += kBatch;
            }
        };
        schedule();
        qsizetype p = 0;
        qint64 done = 0;
        while (!pending.isEmpty()) {
            const QVector<EncodedRow> batch = pending.takeFirst().result();
            schedule();
            for (const EncodedRow &row : batch) {
                while (p < planted.size() && planted.at(p).ts <= row.ts) {
                    if (!db.insert(encode(planted.at(p++))))
                        return fail(db.error());
                    ++done;
                }
                if (!db.insert(row))
                    return fail(db.error());
                ++done;
            }
            if (progress)
                progress(done, total);
        }
        while (p < planted.size()) {
            if (!db.insert(encode(planted.at(p++))))
                return fail(db.error());
        }
        if (!db.exec(QStringLiteral("COMMIT")))
            return fail(db.error());
        qCInfo(lcModels) << "demo: rows written in" << phase.restart() << "ms";
        for (const QString &sql : indexSql()) {
            if (!db.exec(sql))
                return fail(db.error());
        }
        qCInfo(lcModels) << "demo: indexes built in" << phase.restart() << "ms";
        db.exec(QStringLiteral("PRAGMA analysis_limit = 1000")); // samples, instead of reading every index
        db.exec(QStringLiteral("ANALYZE"));
        if (progress)
            progress(total, total);
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        *error = tr("Cannot move the demo database into place at %1.").arg(path);
        QFile::remove(tmp);
        return false;
    }
    return true;
}

} // namespace AuditLens
