// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagstore.h"

#include "logging.h"
#include "settings.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

namespace AuditLens::Flags {
namespace {

QAtomicInt g_storeCounter;
// PRAGMA user_version of the store this version writes. A store with a higher number was
// written by a newer AuditLens: it is left untouched and flags are disabled.
constexpr int kStoreVersion = 1;
constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
// SQLite's default limit on bound values (SQLITE_MAX_VARIABLE_NUMBER) since 3.32.
constexpr qsizetype kMaxBoundKeys = 30000;

QStringList fromJsonText(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

QString keyText(const QVariant &key)
{
    return key.toString();
}

bool exec(QSqlQuery &q, const QString &what)
{
    if (q.exec())
        return true;
    qCWarning(lcModels) << "flag store:" << what << q.lastError().text();
    return false;
}

} // namespace

QString reviewStateName(ReviewState state)
{
    static const char *const kNames[] = {"unreviewed", "acknowledged", "false_positive", "confirmed"};
    return QString::fromLatin1(kNames[int(state)]);
}

bool reviewStateFromName(QStringView name, ReviewState *state)
{
    for (int i = 0; i <= int(ReviewState::Confirmed); ++i) {
        if (name == reviewStateName(ReviewState(i))) {
            *state = ReviewState(i);
            return true;
        }
    }
    return false;
}

QString FlagStore::defaultPath()
{
    return Settings::storeFolder() + QStringLiteral("/flags.sqlite");
}

FlagStore::FlagStore(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("auditlens-flagstore-%1").arg(g_storeCounter.fetchAndAddRelaxed(1)))
{
}

FlagStore::~FlagStore()
{
    m_insert.reset();
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        if (d.isOpen())
            d.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase FlagStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool FlagStore::isOpen() const
{
    return db().isOpen();
}

bool FlagStore::open(QString *error)
{
    if (isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Reviews and notes are the owner's: the file is theirs alone (0600). An empty file is a new
    // SQLite database, and SQLite gives its -wal and -shm files the mode of the database file.
    if (!QFile::exists(m_path)) {
        QFile created(m_path);
        if (created.open(QIODevice::WriteOnly))
            created.close();
    }
    constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther;
    if (QFile::exists(m_path) && (QFile::permissions(m_path) & others))
        QFile::setPermissions(m_path, kOwnerOnly); // a store made by an earlier version
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    d.setDatabaseName(m_path);
    // The GUI reads while a worker writes: WAL lets both go on, busy_timeout waits out commits.
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d.open()) {
        if (error)
            *error = QCoreApplication::translate("AuditLens::Flags", "Cannot open the flag store %1: %2")
                         .arg(m_path, d.lastError().text());
        return false;
    }
    if (!createSchema(error)) {
        m_insert.reset();
        d.close();
        return false;
    }
    return true;
}

bool FlagStore::createSchema(QString *error)
{
    QSqlQuery q(db());
    // Read before anything is written: a newer store is refused as it is.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = QCoreApplication::translate("AuditLens::Flags", "Cannot read the flag store %1: %2")
                         .arg(m_path, q.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kStoreVersion) {
        if (error)
            *error = QCoreApplication::translate("AuditLens::Flags",
                                                 "The flag store %1 was written by a newer version of AuditLens "
                                                 "(store version %2, this version knows %3); it is left as it is.")
                         .arg(m_path).arg(version).arg(kStoreVersion);
        return false;
    }
    // A store made by this version has its tables: at most a column to add.
    const QStringList statements = version == kStoreVersion ? QStringList{QStringLiteral("PRAGMA synchronous = NORMAL")}
                                                            : QStringList{
        // WAL: a review is committed once its commit record is in the log, and a process killed
        // mid-write loses at most the transaction it had not committed.
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("BEGIN IMMEDIATE"),
        // key_value keeps the key's own type (integer or text) for the flagged-only filter.
        QStringLiteral("CREATE TABLE IF NOT EXISTS flags (db TEXT NOT NULL, key TEXT NOT NULL, key_value, "
                       "ts INTEGER, seq INTEGER, rules TEXT, reasons TEXT, PRIMARY KEY (db, key))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS flags_seq ON flags (db, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS reviews (db TEXT NOT NULL, key TEXT NOT NULL, state INTEGER, "
                       "note TEXT, reviewer TEXT, reviewed_at INTEGER, PRIMARY KEY (db, key))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS runs (db TEXT PRIMARY KEY, fingerprint TEXT, last_ts, last_key, "
                       "rows_read INTEGER, state BLOB, finished_at INTEGER, max_key)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("PRAGMA user_version = %1").arg(kStoreVersion),
        QStringLiteral("COMMIT"),
    };
    bool ok = true;
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
            ok = false;
            break;
        }
    }
    if (ok && addMissingColumns(&q))
        return true;
    if (error)
        *error = QCoreApplication::translate("AuditLens::Flags", "Cannot prepare the flag store %1: %2")
                     .arg(m_path, q.lastError().text());
    return false;
}

// Columns added within store version 1, so that an older AuditLens still opens the store: it
// writes runs rows without them (INSERT OR REPLACE leaves them NULL), and a NULL max_key makes
// this version flag from scratch once rather than trust a state it cannot check.
bool FlagStore::addMissingColumns(QSqlQuery *q)
{
    if (!q->exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'max_key'")) || !q->next())
        return false;
    const bool present = q->value(0).toInt() > 0;
    q->finish();
    return present || q->exec(QStringLiteral("ALTER TABLE runs ADD COLUMN max_key"));
}

QHash<QString, FlagMarks> FlagStore::marksFor(const QString &identity, const QVariantList &keys) const
{
    QHash<QString, FlagMarks> out;
    if (keys.isEmpty() || !isOpen())
        return out;
    // A page, or an export's batch: one query with the keys bound as one JSON array. A
    // placeholder per key made SQLite's parser look each one up by name (quadratic in the keys).
    QJsonArray texts;
    for (const QVariant &k : keys)
        texts.append(keyText(k));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, rules, reasons FROM flags WHERE db = ? AND key IN (SELECT value FROM json_each(?))"));
    q.addBindValue(identity);
    q.addBindValue(QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact)));
    if (!exec(q, QStringLiteral("marks")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), FlagMarks{fromJsonText(q.value(1).toString()), fromJsonText(q.value(2).toString())});
    return out;
}

std::optional<StoredFlag> FlagStore::flag(const QString &identity, const QVariant &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT key_value, ts, rules, reasons FROM flags WHERE db = ? AND key = ?"));
    q.addBindValue(identity);
    q.addBindValue(keyText(key));
    if (!exec(q, QStringLiteral("flag")) || !q.next())
        return std::nullopt;
    return StoredFlag{q.value(0), q.value(1).toLongLong(), fromJsonText(q.value(2).toString()),
                      fromJsonText(q.value(3).toString())};
}

QList<StoredFlag> FlagStore::flags(const QString &identity) const
{
    QList<StoredFlag> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key_value, ts, rules, reasons FROM flags WHERE db = ? ORDER BY seq"));
    q.addBindValue(identity);
    if (!exec(q, QStringLiteral("flags")))
        return out;
    while (q.next())
        out << StoredFlag{q.value(0), q.value(1).toLongLong(), fromJsonText(q.value(2).toString()),
                          fromJsonText(q.value(3).toString())};
    return out;
}

qint64 FlagStore::flaggedCount(const QString &identity) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT count(*) FROM flags WHERE db = ?"));
    q.addBindValue(identity);
    return exec(q, QStringLiteral("count")) && q.next() ? q.value(0).toLongLong() : 0;
}

QVariantList FlagStore::flaggedKeys(const QString &identity, const QString &reviewState) const
{
    QVariantList out;
    ReviewState state = ReviewState::Unreviewed;
    if (!reviewState.isEmpty() && !reviewStateFromName(reviewState, &state))
        return out; // an unknown state matches nothing rather than every flag
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (reviewState.isEmpty()) {
        q.prepare(QStringLiteral("SELECT key_value FROM flags WHERE db = ? ORDER BY seq"));
    } else {
        // A flag without a review row is unreviewed.
        q.prepare(QStringLiteral("SELECT f.key_value FROM flags f LEFT JOIN reviews r ON r.db = f.db AND r.key = f.key "
                                 "WHERE f.db = ? AND coalesce(r.state, 0) = ? ORDER BY f.seq"));
    }
    q.addBindValue(identity);
    if (!reviewState.isEmpty())
        q.addBindValue(int(state));
    if (exec(q, QStringLiteral("keys"))) {
        while (q.next())
            out << q.value(0);
    }
    return out;
}

QHash<QString, qint64> FlagStore::countsByRule(const QString &identity) const
{
    QHash<QString, qint64> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rules FROM flags WHERE db = ?"));
    q.addBindValue(identity);
    if (exec(q, QStringLiteral("counts"))) {
        while (q.next()) {
            for (const QString &r : fromJsonText(q.value(0).toString()))
                ++out[r];
        }
    }
    return out;
}

// Why a key list and not ATTACH: the condition must work on every connection that runs it —
// EntriesModel counts on a fresh connection of its own (AuditDatabase::openWith on a worker),
// which would not see an ATTACH made on the GUI's connection — and on PostgreSQL, which has
// no ATTACH. Flags are few next to the rows (about 1% on the demo database), so the list stays
// small; beyond SQLite's limit of bound values, integer keys are written as literals, which
// cannot inject anything, and text keys as quoted literals with quotes doubled.
SqlCondition FlagStore::flaggedCondition(const QString &identity, const QString &keyExpression,
                                         const QString &reviewState) const
{
    const QVariantList keys = flaggedKeys(identity, reviewState);
    if (keys.isEmpty())
        return {QStringLiteral("1 = 0"), {}};
    if (keys.size() <= kMaxBoundKeys) {
        QStringList marks;
        marks.reserve(keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i)
            marks << QStringLiteral("?");
        return {keyExpression + QStringLiteral(" IN (") + marks.join(u',') + u')', keys};
    }
    QStringList literals;
    literals.reserve(keys.size());
    for (const QVariant &k : keys) {
        bool isInt = false;
        const qint64 n = k.toLongLong(&isInt);
        if (isInt && k.typeId() != QMetaType::QString)
            literals << QString::number(n);
        else
            literals << u'\'' + k.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
    }
    return {keyExpression + QStringLiteral(" IN (") + literals.join(u',') + u')', {}};
}

EntriesModel::FlagProvider FlagStore::flagProvider(const QString &identity) const
{
    return [this, identity](const QVariantList &keys) { return marksFor(identity, keys); };
}

bool FlagStore::setReview(const QString &identity, const QVariant &key, const Review &review)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO reviews (db, key, state, note, reviewer, reviewed_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(identity);
    q.addBindValue(keyText(key));
    q.addBindValue(int(review.state));
    q.addBindValue(review.note);
    q.addBindValue(review.reviewer);
    const QDateTime at = review.reviewedAt.isValid() ? review.reviewedAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(at.toMSecsSinceEpoch());
    return exec(q, QStringLiteral("review"));
}

std::optional<Review> FlagStore::review(const QString &identity, const QVariant &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT state, note, reviewer, reviewed_at FROM reviews WHERE db = ? AND key = ?"));
    q.addBindValue(identity);
    q.addBindValue(keyText(key));
    if (!exec(q, QStringLiteral("review")) || !q.next())
        return std::nullopt;
    const int state = std::clamp(q.value(0).toInt(), 0, int(ReviewState::Confirmed));
    return Review{ReviewState(state), q.value(1).toString(), q.value(2).toString(),
                  QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc())};
}

QVariantList FlagStore::unreviewedKeys(const QString &identity) const
{
    QVariantList out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.key_value FROM flags f LEFT JOIN reviews r ON r.db = f.db AND r.key = f.key "
                             "WHERE f.db = ? AND (r.state IS NULL OR r.state = 0) ORDER BY f.seq"));
    q.addBindValue(identity);
    if (exec(q, QStringLiteral("unreviewed"))) {
        while (q.next())
            out << q.value(0);
    }
    return out;
}

bool FlagStore::beginWrite()
{
    return db().transaction();
}

bool FlagStore::commitWrite()
{
    return db().commit();
}

void FlagStore::rollbackWrite()
{
    db().rollback();
}

bool FlagStore::clearFlags(const QString &identity)
{
    // Reviews stay: they belong to the event, not to the run that flagged it.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM flags WHERE db = ?"));
    q.addBindValue(identity);
    return exec(q, QStringLiteral("clear"));
}

bool FlagStore::addFlag(const QString &identity, const QVariant &key, qint64 timestamp, qint64 seq,
                        const FlagMatch &match)
{
    if (!m_insert)
        m_insert = std::make_unique<FlagInserter>(db());
    if (m_insert->add(identity, key, timestamp, seq, match))
        return true;
    qCWarning(lcModels) << "flag store: add" << m_insert->error();
    return false;
}

std::optional<RunState> FlagStore::runState(const QString &identity) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT fingerprint, last_ts, last_key, rows_read, state, finished_at, max_key FROM runs "
                             "WHERE db = ?"));
    q.addBindValue(identity);
    if (!exec(q, QStringLiteral("run state")) || !q.next())
        return std::nullopt;
    return RunState{q.value(0).toString(), q.value(1), q.value(2), q.value(3).toLongLong(), q.value(4).toByteArray(),
                    QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc()), q.value(6)};
}

bool FlagStore::saveRunState(const QString &identity, const RunState &state)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO runs (db, fingerprint, last_ts, last_key, rows_read, state, "
                             "finished_at, max_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(identity);
    q.addBindValue(state.fingerprint);
    q.addBindValue(state.lastRawTimestamp);
    q.addBindValue(state.lastKey);
    q.addBindValue(state.rowsRead);
    q.addBindValue(state.engineState);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(state.maxKey);
    return exec(q, QStringLiteral("save run"));
}

bool FlagStore::clearRunState(const QString &identity)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM runs WHERE db = ?"));
    q.addBindValue(identity);
    return exec(q, QStringLiteral("clear run"));
}

RuleSettings FlagStore::ruleSettings() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE name = 'rules'"));
    if (!exec(q, QStringLiteral("rules")) || !q.next())
        return {};
    return RuleSettings::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

bool FlagStore::saveRuleSettings(const RuleSettings &settings)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (name, value) VALUES ('rules', ?)"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
    return exec(q, QStringLiteral("save rules"));
}

} // namespace AuditLens::Flags
