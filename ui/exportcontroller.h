// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "export/exportoptions.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>

class QProgressDialog;
class QWidget;

namespace AuditLens {

class EntriesModel;

// Runs exports for the window: asks with ExportDialog, then runs Exporter on a worker thread
// with its own connection while a progress dialog offers Cancel; the window stays usable.
// Ends with a message giving the row count and an "Open Folder" button.
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(QWidget *window);
    ~ExportController() override;

    // The export of what the model shows (its filter and order, all pages) or of the selected keys.
    void exportFrom(ExportFormat format, EntriesModel *model, const QVariantList &selectedKeys);
    // Runs an export without the dialog; false when one is already running.
    bool start(const DatabaseLocation &location, const SchemaMapping &mapping, const ExportOptions &options);
    bool isRunning() const { return m_watcher.isRunning(); }
    // Flag marks and counts for reports; both are called on the worker thread, so must be thread-safe.
    void setFlagSources(ExportFlagProvider marks, ExportFlagSummary summary);

signals:
    void exportFinished(const AuditLens::ExportResult &result, const QString &path);

private:
    void showProgress(qint64 done, qint64 total);
    void onFinished();
    void showResult(const ExportResult &result);
    QString suggestedPath(ExportFormat format) const;

    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<ExportResult> m_watcher;
    std::atomic_bool m_cancel = false;
    QString m_outputPath;
    ExportFlagProvider m_flagMarks;
    ExportFlagSummary m_flagSummary;
};

} // namespace AuditLens
