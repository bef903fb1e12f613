// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesdialog.h"
#include "workers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cstdlib>

namespace AuditLens {

using namespace Flags;

namespace {

constexpr double kMinuteMs = 60000.0;

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

QTime timeOfMinute(int minute)
{
    return QTime(minute / 60, minute % 60);
}

int minuteOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

QFormLayout *formOf(QGroupBox *box)
{
    return qobject_cast<QFormLayout *>(box->layout());
}

} // namespace

RulesDialog::RulesDialog(const RuleSettings &settings, const DatabaseLocation &location, const SchemaMapping &mapping,
                         qint64 flaggedNow, QWidget *parent)
    : QDialog(parent)
    , m_location(location)
    , m_mapping(mapping)
    , m_flaggedNow(flaggedNow)
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Flag Rules"));
    setAccessibleName(tr("Flag rules"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Events that match an enabled rule get a red dot in the table. Rules are "
                                "evaluated on this computer; the audit database is never changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rulesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createRules());
    layout->addWidget(scroll, 1);
    layout->addWidget(createPreview());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->setObjectName(QStringLiteral("rulesButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the rules and flag the database again"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(RuleSettings()); });
    connect(&m_preview, &QFutureWatcher<RunResult>::finished, this, &RulesDialog::onPreviewFinished);
    setSettings(settings);
    watchEdits();
    resize(920, 600); // every rule visible without scrolling at the default font
}

RulesDialog::~RulesDialog()
{
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_preview.waitForFinished();
}

QWidget *RulesDialog::createRules()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    using Add = void (RulesDialog::*)(QGroupBox *);
    const std::array<Add, kRuleCount> adders{&RulesDialog::addValueChanges, &RulesDialog::addBulkOperations,
                                             &RulesDialog::addOffHours,      &RulesDialog::addSensitiveDelete,
                                             &RulesDialog::addRapidEdits,    &RulesDialog::addFailedLogins,
                                             &RulesDialog::addNewIpLogin,    &RulesDialog::addAccessDenied};
    for (RuleId rule : allRules()) {
        QGroupBox *box = createRuleBox(rule, page);
        (this->*adders.at(size_t(rule)))(box);
        const int i = int(rule);
        grid->addWidget(box, i / 2, i % 2);
    }
    grid->setRowStretch(kRuleCount / 2, 1);
    return page;
}

// A checkable box per rule: unchecking it disables the rule and greys out its settings.
QGroupBox *RulesDialog::createRuleBox(RuleId rule, QWidget *parent)
{
    const QStringList missing = missingFields(rule, m_mapping);
    QString title = ruleTitle(rule);
    if (!missing.isEmpty())
        title = tr("%1 (not applicable)").arg(title);
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(QStringLiteral("rule_") + ruleIdName(rule));
    box->setAccessibleName(ruleTitle(rule));
    box->setCheckable(true);
    box->setToolTip(tr("Rule id: %1").arg(ruleIdName(rule)));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!missing.isEmpty()) {
        // RULES.md: a rule the schema lacks fields for is shown as not applicable, never passed silently.
        auto *note = new QLabel(tr("Not applicable to this database: it has no %1 field.")
                                    .arg(missing.join(tr(", ", "list of fields"))),
                                box);
        note->setObjectName(QStringLiteral("notApplicable_") + ruleIdName(rule));
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #b3261e;"));
        form->addRow(note);
    }
    m_boxes.at(size_t(rule)) = box;
    return box;
}

QSpinBox *RulesDialog::countSpin(const char *name, const QString &accessibleName)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QLatin1String(name));
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, 1000000);
    return spin;
}

QDoubleSpinBox *RulesDialog::windowSpin(const char *name, const QString &accessibleName)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(QLatin1String(name));
    spin->setAccessibleName(accessibleName);
    spin->setDecimals(2);
    spin->setRange(0.01, 7 * 24 * 60);
    spin->setSuffix(tr(" min"));
    return spin;
}

QLineEdit *RulesDialog::listEdit(const char *name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(tr("comma-separated"));
    edit->setToolTip(tr("A comma-separated list"));
    return edit;
}

void RulesDialog::addValueChanges(QGroupBox *box)
{
    m_largePercent = new QDoubleSpinBox(this);
    m_largePercent->setObjectName(QStringLiteral("largeChangePercent"));
    m_largePercent->setAccessibleName(tr("Large change threshold in percent"));
    m_largePercent->setRange(0, 1e6);
    m_largePercent->setDecimals(1);
    m_largePercent->setSuffix(tr(" %"));
    m_monetaryWords = listEdit("monetaryWords", tr("Monetary field words"));
    formOf(box)->addRow(tr("Change of more than:"), m_largePercent);
    formOf(box)->addRow(tr("Fields whose name contains:"), m_monetaryWords);
}

void RulesDialog::addBulkOperations(QGroupBox *box)
{
    m_bulkThreshold = countSpin("bulkThreshold", tr("Bulk operations threshold"));
    m_bulkWindow = windowSpin("bulkWindow", tr("Bulk operations window in minutes"));
    formOf(box)->addRow(tr("More than (operations):"), m_bulkThreshold);
    formOf(box)->addRow(tr("Within:"), m_bulkWindow);
}

void RulesDialog::addOffHours(QGroupBox *box)
{
    m_offStart = new QTimeEdit(this);
    m_offStart->setObjectName(QStringLiteral("offHoursStart"));
    m_offStart->setAccessibleName(tr("Off hours start"));
    m_offStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_offEnd = new QTimeEdit(this);
    m_offEnd->setObjectName(QStringLiteral("offHoursEnd"));
    m_offEnd->setAccessibleName(tr("Off hours end"));
    m_offEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("offHoursTimeZone"));
    m_timeZone->setAccessibleName(tr("Off hours time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    if (m_timeZone->findText(QStringLiteral("UTC")) < 0)
        m_timeZone->insertItem(0, QStringLiteral("UTC"));
    m_excludedActors = listEdit("excludedActors", tr("Excluded users"));
    formOf(box)->addRow(tr("From (inclusive):"), m_offStart);
    formOf(box)->addRow(tr("Until (exclusive):"), m_offEnd);
    formOf(box)->addRow(tr("Time zone:"), m_timeZone);
    formOf(box)->addRow(tr("Except users:"), m_excludedActors);
}

void RulesDialog::addSensitiveDelete(QGroupBox *box)
{
    m_sensitiveTables = listEdit("sensitiveTables", tr("Sensitive tables"));
    formOf(box)->addRow(tr("Tables:"), m_sensitiveTables);
}

void RulesDialog::addRapidEdits(QGroupBox *box)
{
    m_rapidThreshold = countSpin("rapidEditThreshold", tr("Rapid edits threshold"));
    m_rapidWindow = windowSpin("rapidEditWindow", tr("Rapid edits window in minutes"));
    formOf(box)->addRow(tr("At least (edits to one record):"), m_rapidThreshold);
    formOf(box)->addRow(tr("Within:"), m_rapidWindow);
}

void RulesDialog::addFailedLogins(QGroupBox *box)
{
    m_failedThreshold = countSpin("failedLoginThreshold", tr("Failed logins threshold"));
    m_failedWindow = windowSpin("failedLoginWindow", tr("Failed logins window in minutes"));
    formOf(box)->addRow(tr("At least (per user or IP):"), m_failedThreshold);
    formOf(box)->addRow(tr("Within:"), m_failedWindow);
}

void RulesDialog::addNewIpLogin(QGroupBox *box)
{
    m_newIpLogins = countSpin("newIpMinLogins", tr("Earlier logins needed"));
    formOf(box)->addRow(tr("After at least (earlier logins):"), m_newIpLogins);
}

void RulesDialog::addAccessDenied(QGroupBox *box)
{
    m_deniedActions = listEdit("deniedActions", tr("Denied actions"));
    formOf(box)->addRow(tr("Failed events, and actions:"), m_deniedActions);
}

QWidget *RulesDialog::createPreview()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_previewButton = new QPushButton(tr("&Preview"), row);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Count the events the edited rules would flag, without saving"));
    m_previewProgress = new QProgressBar(row);
    m_previewProgress->setObjectName(QStringLiteral("previewProgress"));
    m_previewProgress->setAccessibleName(tr("Preview progress"));
    m_previewProgress->setMaximumWidth(180);
    m_previewProgress->hide();
    m_previewResult = new QLabel(tr("Flagged now: %1").arg(QLocale().toString(m_flaggedNow)), row);
    m_previewResult->setObjectName(QStringLiteral("previewResult"));
    m_previewResult->setAccessibleName(tr("Preview result"));
    layout->addWidget(m_previewButton);
    layout->addWidget(m_previewProgress);
    layout->addWidget(m_previewResult, 1);
    connect(m_previewButton, &QPushButton::clicked, this, &RulesDialog::startPreview);
    return row;
}

RuleSettings RulesDialog::settings() const
{
    RuleSettings s;
    for (RuleId rule : allRules())
        s.setEnabled(rule, m_boxes.at(size_t(rule))->isChecked());
    s.largeChangePercent = m_largePercent->value();
    s.monetaryWords = splitList(m_monetaryWords->text());
    s.bulkThreshold = m_bulkThreshold->value();
    s.bulkWindowMs = qRound64(m_bulkWindow->value() * kMinuteMs);
    s.offHoursStartMinute = minuteOf(m_offStart->time());
    s.offHoursEndMinute = minuteOf(m_offEnd->time());
    const QByteArray zone = m_timeZone->currentText().toUtf8();
    s.timeZone = zone == "UTC" ? QTimeZone::utc() : QTimeZone(zone);
    s.excludedActors = splitList(m_excludedActors->text());
    s.sensitiveTables = splitList(m_sensitiveTables->text());
    s.rapidEditThreshold = m_rapidThreshold->value();
    s.rapidEditWindowMs = qRound64(m_rapidWindow->value() * kMinuteMs);
    s.failedLoginThreshold = m_failedThreshold->value();
    s.failedLoginWindowMs = qRound64(m_failedWindow->value() * kMinuteMs);
    s.newIpMinLogins = m_newIpLogins->value();
    s.deniedActions = splitList(m_deniedActions->text());
    return s;
}

void RulesDialog::setSettings(const RuleSettings &s)
{
    const QString separator = QStringLiteral(", ");
    for (RuleId rule : allRules())
        m_boxes.at(size_t(rule))->setChecked(s.isEnabled(rule));
    m_largePercent->setValue(s.largeChangePercent);
    m_monetaryWords->setText(s.monetaryWords.join(separator));
    m_bulkThreshold->setValue(s.bulkThreshold);
    m_bulkWindow->setValue(double(s.bulkWindowMs) / kMinuteMs);
    m_offStart->setTime(timeOfMinute(s.offHoursStartMinute));
    m_offEnd->setTime(timeOfMinute(s.offHoursEndMinute));
    const int zone = m_timeZone->findText(QString::fromUtf8(s.timeZone.id()));
    m_timeZone->setCurrentIndex(zone >= 0 ? zone : m_timeZone->findText(QStringLiteral("UTC")));
    m_excludedActors->setText(s.excludedActors.join(separator));
    m_sensitiveTables->setText(s.sensitiveTables.join(separator));
    m_rapidThreshold->setValue(s.rapidEditThreshold);
    m_rapidWindow->setValue(double(s.rapidEditWindowMs) / kMinuteMs);
    m_failedThreshold->setValue(s.failedLoginThreshold);
    m_failedWindow->setValue(double(s.failedLoginWindowMs) / kMinuteMs);
    m_newIpLogins->setValue(s.newIpMinLogins);
    m_deniedActions->setText(s.deniedActions.join(separator));
}

// A shown preview result no longer describes the rules once they are edited.
void RulesDialog::watchEdits()
{
    for (QGroupBox *box : m_boxes)
        connect(box, &QGroupBox::toggled, this, &RulesDialog::markPreviewStale);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &RulesDialog::markPreviewStale);
    for (QAbstractSpinBox *spin : findChildren<QAbstractSpinBox *>())
        connect(spin, &QAbstractSpinBox::editingFinished, this, &RulesDialog::markPreviewStale);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &RulesDialog::markPreviewStale);
}

void RulesDialog::markPreviewStale()
{
    if (m_previewShown && !isPreviewRunning())
        m_previewResult->setText(tr("Flagged now: %1 — press Preview to count with the edited rules")
                                     .arg(QLocale().toString(m_flaggedNow)));
    m_previewShown = false;
}

void RulesDialog::startPreview()
{
    if (isPreviewRunning())
        return;
    m_previewCancel = std::make_shared<std::atomic_bool>(false);
    m_previewProgress->setRange(0, 0);
    m_previewProgress->show();
    m_previewButton->setEnabled(false);
    m_previewResult->setText(tr("Counting with the edited rules…"));
    QPointer<RulesDialog> self(this);
    // Everything is copied in; the worker opens its own connection and writes no store.
    m_preview.setFuture(Workers::run([self, location = m_location, mapping = m_mapping, settings = settings(),
                                           cancel = m_previewCancel]() -> RunResult {
        QString error;
        const auto db = AuditDatabase::openWith(location, mapping, &error);
        if (!db) {
            RunResult failed;
            failed.error = error;
            return failed;
        }
        FlagRunner runner(*db, settings);
        runner.setCancelFlag(cancel.get());
        runner.setProgress([self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    self->showPreviewProgress(done, total);
            }, Qt::QueuedConnection);
        });
        return runner.run(RunMode::Full);
    }));
}

void RulesDialog::showPreviewProgress(qint64 done, qint64 total)
{
    if (!isPreviewRunning() || total <= 0)
        return;
    m_previewProgress->setRange(0, 1000);
    m_previewProgress->setValue(int(std::min(done, total) * 1000 / total));
}

void RulesDialog::onPreviewFinished()
{
    m_previewProgress->hide();
    m_previewButton->setEnabled(true);
    const RunResult result = m_preview.future().resultCount() > 0 ? m_preview.result() : RunResult{};
    if (!result.ok) {
        m_previewResult->setText(result.canceled ? tr("Preview canceled.")
                                                 : tr("Preview failed: %1").arg(result.error));
        return;
    }
    m_previewCount = result.flagged;
    m_previewShown = true;
    const qint64 delta = result.flagged - m_flaggedNow;
    const QString change = delta == 0 ? tr("no change")
                                      : (delta > 0 ? tr("%1 more") : tr("%1 fewer")).arg(QLocale().toString(std::abs(delta)));
    m_previewResult->setText(tr("With these rules: <b>%1</b> flagged events — now %2 (%3)")
                                 .arg(QLocale().toString(result.flagged), QLocale().toString(m_flaggedNow), change));
    emit previewFinished(result.flagged);
}

} // namespace AuditLens
