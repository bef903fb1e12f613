// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "entriesmodel.h"
#include "export/exporter.h"
#include "export/exportregistry.h"
#include "exportdialog.h"
#include "workers.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace AuditLens {

ExportController::ExportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("exportController"));
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportController::onFinished);
}

ExportController::~ExportController()
{
    // The worker reports to this object; it must end before the object goes.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ExportController::setFlagSources(ExportFlagProvider marks, ExportFlagSummary summary)
{
    m_flagMarks = std::move(marks);
    m_flagSummary = std::move(summary);
}

QString ExportController::suggestedPath(ExportFormat format) const
{
    QString folder = m_outputPath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_outputPath).absolutePath();
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = tr("audit-log-%1").arg(QDate::currentDate().toString(Qt::ISODate));
    return QDir(folder).filePath(name + u'.' + ExportRegistry::find(format)->extension);
}

void ExportController::exportFrom(ExportFormat format, EntriesModel *model, const QVariantList &selectedKeys)
{
    if (isRunning()) {
        QMessageBox::information(m_window, tr("Export"), tr("An export is already running."));
        return;
    }
    ExportDialog dialog(format, model->totalCount(), int(selectedKeys.size()), suggestedPath(format), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportOptions options = dialog.options();
    options.condition = model->condition();
    options.keys = selectedKeys;
    options.sortSql = model->sortSql(model->sortColumn());
    options.descending = model->sortOrder() == Qt::DescendingOrder;
    AuditDatabase *db = model->auditDatabase();
    options.title = tr("Audit log report");
    options.databaseName = db->location().displayName();
    // The typed filter will describe itself here; until then say whether one applies.
    if (options.onlyKeys)
        options.filterDescription = tr("%n rows selected in the window", nullptr, int(selectedKeys.size()));
    else if (!options.condition.isEmpty())
        options.filterDescription = tr("the filter set in the window");
    start(db->location(), db->mapping(), options);
}

bool ExportController::start(const DatabaseLocation &location, const SchemaMapping &mapping, const ExportOptions &given)
{
    if (isRunning())
        return false;
    ExportOptions options = given;
    if (options.generatedBy.isEmpty())
        options.generatedBy = ExportOptions::currentUserName();
    if (!options.generatedAt.isValid())
        options.generatedAt = QDateTime::currentDateTime();
    if (!options.flagMarks)
        options.flagMarks = m_flagMarks;
    if (!options.flagSummary)
        options.flagSummary = m_flagSummary;
    m_outputPath = options.outputPath;
    m_cancel = false;

    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(options.outputPath).fileName()), tr("Cancel"),
                                     0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::NonModal); // the window stays usable while the worker writes
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    const auto progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(Workers::run([location, mapping, options, progress, cancel = &m_cancel] {
        return Exporter::run(location, mapping, options, progress, cancel);
    }));
    return true;
}

void ExportController::showProgress(qint64 done, qint64 total)
{
    if (!m_progress || m_cancel)
        return;
    // QProgressDialog takes int; scale to per mille so 10 million rows fit.
    m_progress->setMaximum(total > 0 ? 1000 : 0);
    m_progress->setValue(total > 0 ? int(qMin<qint64>(done, total) * 1000 / total) : 0);
    m_progress->setLabelText(tr("Exported %1 of %2 rows…").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExportController::onFinished()
{
    const ExportResult result = m_watcher.result();
    if (m_progress)
        m_progress->deleteLater();
    showResult(result);
    emit exportFinished(result, m_outputPath);
}

void ExportController::showResult(const ExportResult &result)
{
    if (result.cancelled)
        return;
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("exportResultMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Export"));
    if (!result.ok) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("The export failed. No file was written."));
        box->setInformativeText(result.error);
        box->open();
        return;
    }
    box->setIcon(QMessageBox::Information);
    box->setText(tr("Exported %Ln rows.", nullptr, int(qMin<qint64>(result.rows, INT_MAX))));
    box->setInformativeText(QDir::toNativeSeparators(m_outputPath));
    QPushButton *open = box->addButton(tr("Open Folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("exportOpenFolder"));
    box->addButton(QMessageBox::Ok);
    box->setEscapeButton(QMessageBox::Ok); // with two buttons Qt picks none, and Esc would do nothing
    const QString folder = QFileInfo(m_outputPath).absolutePath();
    connect(open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->open();
}

} // namespace AuditLens
