// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfilter.h"

#include "commandline.h"

#include "eventreader.h"
#include "flags/flagrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace AuditLens::CommandLine {
bool parseFilter(const QCommandLineParser &parser, const AuditDatabase &db, EventFilter *filter,
                 FilterCompiler *compiler, QString *error)
{
    if (!FilterOptions::parse(parser, filter, error))
        return false;
    FilterCompiler prepared(db.mapping());
    if (!prepared.prepare(db.database(), error))
        return false;
    *compiler = prepared;
    return true;
}

CommandFlags::CommandFlags(AuditDatabase &db)
    : m_db(db)
{
}

CommandFlags::~CommandFlags() = default;

QString CommandFlags::cachePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("command-line-flags.sqlite"));
}

bool CommandFlags::computeCached()
{
    const QString path = cachePath();
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    auto store = std::make_unique<Flags::FlagStore>(path);
    QString error;
    if (!store->open(&error))
        return false;
    Flags::FlagRunner runner(m_db, Flags::RuleSettings());
    runner.setStore(store.get());
    const Flags::RunResult result = runner.run(Flags::RunMode::Incremental);
    if (!result.ok)
        return false; // busy with another command, say: a throwaway full run serves
    m_store = std::move(store);
    m_result = result;
    return true;
}

bool CommandFlags::compute(QString *error, const OnFlag &onFlag)
{
    // Without a callback (an export) the flags come from the command line's own cache, brought
    // up to date by reading only the events added since the last command.
    if (!onFlag && computeCached())
        return true;
    if (!m_dir.isValid()) {
        *error = tr("No temporary folder for the flags: %1").arg(m_dir.errorString());
        return false;
    }
    m_store = std::make_unique<Flags::FlagStore>(m_dir.filePath(QStringLiteral("flags.sqlite")));
    if (!m_store->open(error))
        return false;
    Flags::FlagRunner runner(m_db, Flags::RuleSettings());
    runner.setStore(m_store.get());
    if (onFlag)
        runner.setOnFlag(onFlag);
    m_result = runner.run(Flags::RunMode::Full);
    if (!m_result.ok)
        *error = m_result.error;
    return m_result.ok;
}

FlagConditionProvider CommandFlags::conditionProvider() const
{
    const Flags::FlagStore *store = m_store.get();
    const QString identity = m_db.location().identity();
    const QString key = EventReader(m_db.mapping()).keyExpression();
    // The command line cannot name a review state: every flagged event counts.
    return [store, identity, key](const QString &) { return store->flaggedCondition(identity, key); };
}

ExportFlagProvider CommandFlags::marks() const
{
    return m_store->flagProvider(m_db.location().identity());
}

ExportFlagSummary CommandFlags::summary() const
{
    const Flags::FlagStore *store = m_store.get();
    const QString identity = m_db.location().identity();
    return [store, identity] {
        const QHash<QString, qint64> counts = store->countsByRule(identity);
        QList<QPair<QString, qint64>> out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.append({it.key(), it.value()});
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        return out;
    };
}

} // namespace AuditLens::CommandLine
