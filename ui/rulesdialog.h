// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "flags/flagrunner.h"
#include "flags/rulesettings.h"

#include <QDialog>
#include <QFutureWatcher>

#include <array>
#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace AuditLens {

// Flags ▸ Rules…: every rule of RULES.md with its thresholds, windows, hours, time zone and
// lists; rules the open schema cannot evaluate are marked with the fields it lacks. Preview
// runs the edited rules on a worker over a connection of its own (no store is written) and
// compares the count with what is flagged now. The caller saves settings() when accepted.
class RulesDialog : public QDialog
{
    Q_OBJECT
public:
    RulesDialog(const Flags::RuleSettings &settings, const DatabaseLocation &location, const SchemaMapping &mapping,
                qint64 flaggedNow, QWidget *parent = nullptr);
    ~RulesDialog() override; // cancels a preview and waits for its worker

    Flags::RuleSettings settings() const;
    void setSettings(const Flags::RuleSettings &settings);

    void startPreview();
    bool isPreviewRunning() const { return m_preview.isRunning(); }
    // Events the edited rules flagged in the last finished preview; -1 before one finished.
    qint64 previewCount() const { return m_previewCount; }

signals:
    void previewFinished(qint64 flagged);

private:
    QWidget *createRules();
    QGroupBox *createRuleBox(Flags::RuleId rule, QWidget *parent);
    void addValueChanges(QGroupBox *box);
    void addBulkOperations(QGroupBox *box);
    void addOffHours(QGroupBox *box);
    void addSensitiveDelete(QGroupBox *box);
    void addRapidEdits(QGroupBox *box);
    void addFailedLogins(QGroupBox *box);
    void addNewIpLogin(QGroupBox *box);
    void addAccessDenied(QGroupBox *box);
    QWidget *createPreview();
    QSpinBox *countSpin(const char *name, const QString &accessibleName);
    QDoubleSpinBox *windowSpin(const char *name, const QString &accessibleName);
    QLineEdit *listEdit(const char *name, const QString &accessibleName);
    void watchEdits();
    void markPreviewStale();
    void showPreviewProgress(qint64 done, qint64 total);
    void onPreviewFinished();

    DatabaseLocation m_location;
    SchemaMapping m_mapping;
    qint64 m_flaggedNow = 0;

    std::array<QGroupBox *, Flags::kRuleCount> m_boxes{};
    QDoubleSpinBox *m_largePercent = nullptr;
    QLineEdit *m_monetaryWords = nullptr;
    QSpinBox *m_bulkThreshold = nullptr;
    QDoubleSpinBox *m_bulkWindow = nullptr;
    QTimeEdit *m_offStart = nullptr;
    QTimeEdit *m_offEnd = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_excludedActors = nullptr;
    QLineEdit *m_sensitiveTables = nullptr;
    QSpinBox *m_rapidThreshold = nullptr;
    QDoubleSpinBox *m_rapidWindow = nullptr;
    QSpinBox *m_failedThreshold = nullptr;
    QDoubleSpinBox *m_failedWindow = nullptr;
    QSpinBox *m_newIpLogins = nullptr;
    QLineEdit *m_deniedActions = nullptr;

    QPushButton *m_previewButton = nullptr;
    QProgressBar *m_previewProgress = nullptr;
    QLabel *m_previewResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QFutureWatcher<Flags::RunResult> m_preview;
    std::shared_ptr<std::atomic_bool> m_previewCancel;
    qint64 m_previewCount = -1;
    bool m_previewShown = false;
};

} // namespace AuditLens
