// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasewatcher.h"
#include "workers.h"

#include "eventreader.h"
#include "logging.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace AuditLens {

namespace {

constexpr int kServerPollMs = 5000;
constexpr int kFilePollMs = 10000; // only for writes inotify did not report
constexpr int kDebounceMs = 300;

bool isOrderedKey(const QVariant &key)
{
    bool ok = false;
    key.toLongLong(&ok);
    return ok && key.typeId() != QMetaType::QString;
}

} // namespace

DatabaseWatcher::DatabaseWatcher(const DatabaseLocation &location, const SchemaMapping &mapping, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_mapping(mapping)
    , m_poll(new QTimer(this))
    , m_debounce(new QTimer(this))
{
    const bool file = location.kind == DatabaseKind::SQLite;
    m_poll->setInterval(file ? kFilePollMs : kServerPollMs);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_poll, &QTimer::timeout, this, &DatabaseWatcher::checkNow);
    connect(m_debounce, &QTimer::timeout, this, &DatabaseWatcher::checkNow);
    connect(&m_running, &QFutureWatcher<Probe>::finished, this, &DatabaseWatcher::probeFinished);
}

DatabaseWatcher::~DatabaseWatcher()
{
    m_running.waitForFinished();
}

void DatabaseWatcher::setPollInterval(int ms)
{
    m_poll->setInterval(std::max(ms, 100));
}

void DatabaseWatcher::setDebounceInterval(int ms)
{
    m_debounce->setInterval(std::max(ms, 0));
}

int DatabaseWatcher::pollInterval() const
{
    return m_poll->interval();
}

QStringList DatabaseWatcher::watchedFiles() const
{
    return m_files ? m_files->files() : QStringList();
}

bool DatabaseWatcher::start(QString *error)
{
    const Probe base = probe(m_location, m_mapping, QVariant(), true);
    if (!base.ok) {
        if (error)
            *error = base.error;
        return false;
    }
    m_ordered = base.ordered;
    m_baseKey = m_newestKey = base.maxKey;
    m_baseTotal = m_lastTotal = base.total;
    m_pending = 0;
    if (m_location.kind == DatabaseKind::SQLite)
        watchFiles();
    m_poll->start();
    return true;
}

void DatabaseWatcher::watchFiles()
{
    m_files = new QFileSystemWatcher(this);
    // The folder tells when the -wal appears and when a file is replaced by rename.
    m_files->addPath(QFileInfo(m_location.path).absolutePath());
    armFiles();
    connect(m_files, &QFileSystemWatcher::fileChanged, this, [this] {
        armFiles();
        scheduleCheck();
    });
    connect(m_files, &QFileSystemWatcher::directoryChanged, this, [this] {
        armFiles();
        scheduleCheck();
    });
}

// Watches the database and its -wal where they exist: a path drops out of the watch when its
// file is deleted or replaced, and the -wal comes and goes with the writers.
void DatabaseWatcher::armFiles()
{
    const QStringList watched = m_files->files();
    for (const QString &path : QStringList{m_location.path, m_location.path + QStringLiteral("-wal")}) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            m_files->addPath(path);
    }
}

void DatabaseWatcher::scheduleCheck()
{
    // Not restarted by each write: a writer that never pauses still gets a check per interval.
    if (!m_debounce->isActive())
        m_debounce->start();
}

void DatabaseWatcher::checkNow()
{
    if (m_running.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    const QVariant base = m_ordered ? m_baseKey : QVariant();
    m_running.setProperty("baseKey", base);
    m_running.setFuture(Workers::run([location = m_location, mapping = m_mapping, base] { return DatabaseWatcher::probe(location, mapping, base); }));
}

void DatabaseWatcher::acknowledge()
{
    m_baseKey = m_newestKey;
    m_baseTotal = m_lastTotal;
    if (m_running.isRunning())
        m_again = true; // that check counts from the old baseline
    if (m_pending != 0) {
        m_pending = 0;
        emit newEvents(0, m_newestKey);
    }
}

void DatabaseWatcher::probeFinished()
{
    const Probe p = m_running.result();
    const bool stale = m_running.property("baseKey") != (m_ordered ? m_baseKey : QVariant());
    if (m_again || stale) {
        checkNow();
        return;
    }
    if (!p.ok) {
        qCWarning(lcModels) << "watch:" << p.error;
        emit checkFailed(p.error);
        return;
    }
    m_newestKey = p.maxKey;
    m_lastTotal = p.total;
    qint64 pending = 0;
    if (m_ordered && p.ordered && (m_baseKey.isNull() || p.maxKey.toLongLong() >= m_baseKey.toLongLong())) {
        pending = p.above;
    } else if (m_ordered) {
        // The newest key went down: the file was replaced or rows were deleted. Start over from here.
        m_baseKey = p.maxKey;
        m_baseTotal = p.total;
    } else {
        if (p.total < m_baseTotal)
            m_baseTotal = p.total;
        pending = p.total - m_baseTotal;
    }
    if (pending != m_pending) {
        m_pending = pending;
        emit newEvents(pending, m_newestKey);
    }
}

DatabaseWatcher::Probe DatabaseWatcher::probe(const DatabaseLocation &location, const SchemaMapping &mapping,
                                              const QVariant &baseKey, bool baselineOnly)
{
    Probe p;
    const auto db = AuditDatabase::openWith(location, mapping, &p.error);
    if (!db)
        return p;
    const QString table = quoteTable(mapping.table);
    const QString key = EventReader(mapping).keyExpression();
    QSqlQuery q(db->database());
    q.setForwardOnly(true);
    // A key that does not order (a UUID) has no max() on PostgreSQL: then the total counts.
    if (q.exec(QStringLiteral("SELECT max(%1) FROM %2").arg(key, table)) && q.next()) {
        p.maxKey = q.value(0);
        p.ordered = isOrderedKey(p.maxKey);
    }
    q.finish();
    if (baselineOnly && p.ordered) {
        p.ok = true;
        return p;
    }
    if (p.ordered && isOrderedKey(baseKey)) {
        // Only the rows above the baseline are read (a range of the primary key).
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 > ?").arg(table, key));
        q.addBindValue(baseKey);
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }
    if (!q.exec() || !q.next()) {
        p.error = q.lastError().text();
        return p;
    }
    p.above = q.value(0).toLongLong();
    p.total = p.ordered && isOrderedKey(baseKey) ? -1 : p.above;
    p.ok = true;
    return p;
}

} // namespace AuditLens
