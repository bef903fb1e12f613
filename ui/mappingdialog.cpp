// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingdialog.h"

#include "entriesmodel.h"
#include "mappingdialogactions.h"
#include "profilewriter.h"
#include "tablesample.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace AuditLens {
namespace {

enum ColumnsColumn { NameColumn, TypeColumn, SampleColumn };

struct FieldLabel {
    Field field;
    const char *label;
};

// In the order an owner looks for them: what happened, when, by whom, to what.
const FieldLabel kFieldLabels[] = {
    {Field::Timestamp, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Time")},
    {Field::Action, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Action")},
    {Field::Actor, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "User")},
    {Field::UserId, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "User id")},
    {Field::Entity, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Table or resource")},
    {Field::EntityId, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Record id")},
    {Field::Summary, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Summary")},
    {Field::Status, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Status")},
    {Field::Severity, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Severity")},
    {Field::Ip, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "IP address")},
    {Field::UserAgent, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "User agent")},
    {Field::Session, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Session")},
    {Field::OldValues, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Old values")},
    {Field::NewValues, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "New values")},
    {Field::FieldChanged, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Changed field")},
    {Field::Changes, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Changes (JSON)")},
    {Field::Metadata, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Metadata")},
    {Field::Id, QT_TRANSLATE_NOOP("AuditLens::MappingDialog", "Row id")},
};

constexpr int kPreviewRows = 20;

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

MappingDialog::MappingDialog(const DatabaseLocation &location, QWidget *parent)
    : QDialog(parent)
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mappingDialog"));
    setWindowTitle(tr("Map Columns — %1").arg(location.displayName()));
    buildUi();
    // One preview per pause in typing, not one query per key.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &MappingDialog::updatePreview);
    QString error;
    m_db = AuditDatabase::openWith(location, SchemaMapping(), &error);
    if (m_db)
        m_tables = SchemaDetector::listTables(m_db->database(), location.kind, &error);
    if (!error.isEmpty()) {
        showProblem(error);
        return;
    }
    loadTables();
}

MappingDialog::~MappingDialog()
{
    delete m_model; // before the connection it reads
}

void MappingDialog::buildUi()
{
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("mappingReason"));
    m_reason->setWordWrap(true);
    QFont bold = m_reason->font();
    bold.setBold(true);
    m_reason->setFont(bold);
    m_reason->hide();
    m_tableList = new QListWidget(this);
    m_tableList->setObjectName(QStringLiteral("mappingTables"));
    m_tableList->setAccessibleName(tr("Tables"));
    m_columns = new QTableWidget(0, 3, this);
    m_columns->setObjectName(QStringLiteral("mappingColumns"));
    m_columns->setAccessibleName(tr("Columns and sample values"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Sample values")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions = new ActionValueEditor(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setAccessibleName(tr("Preview of the first page"));
    m_preview->verticalHeader()->hide();
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a33;"));
    m_profileName = new QLineEdit(this);
    m_profileName->setObjectName(QStringLiteral("mappingProfileName"));
    m_profileName->setAccessibleName(tr("Profile name"));
    auto *save = new QPushButton(tr("Save as &Profile"), this);
    save->setObjectName(QStringLiteral("mappingSave"));
    save->setToolTip(tr("Write this mapping to your profiles folder: the table then opens with no dialog"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("mappingSaved"));
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("mappingButtons"));
    m_buttons->button(QDialogButtonBox::Open)->setObjectName(QStringLiteral("mappingOpen"));
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false); // until a mapping reads the table

    auto *grid = new QGridLayout;
    grid->addWidget(group(tr("Tables"), m_tableList, this), 0, 0);
    grid->addWidget(group(tr("Columns"), m_columns, this), 0, 1);
    grid->addWidget(group(tr("Canonical fields"), buildFieldForm(), this), 0, 2, 2, 1);
    grid->addWidget(group(tr("Action values"), m_actions, this), 1, 0);
    grid->addWidget(group(tr("Preview"), m_preview, this), 1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 5);
    grid->setColumnStretch(2, 3);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(new QLabel(tr("Profile &name:"), this));
    qobject_cast<QLabel *>(saveRow->itemAt(0)->widget())->setBuddy(m_profileName);
    saveRow->addWidget(m_profileName, 1);
    saveRow->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(grid, 1);
    layout->addWidget(m_problem);
    layout->addLayout(saveRow);
    layout->addWidget(m_saved);
    layout->addWidget(m_buttons);
    resize(1180, 720);

    connect(m_tableList, &QListWidget::currentRowChanged, this, &MappingDialog::showTable);
    connect(m_actions, &ActionValueEditor::actionMapChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(save, &QPushButton::clicked, this, &MappingDialog::saveProfile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget *MappingDialog::buildFieldForm()
{
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    for (const FieldLabel &f : kFieldLabels) {
        auto *combo = new QComboBox(content);
        combo->setObjectName(QStringLiteral("mappingField_") + fieldName(f.field));
        combo->setAccessibleName(tr(f.label));
        form->addRow(tr(f.label) + u':', combo);
        m_fieldBoxes.insert(int(f.field), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field = f.field] {
            if (m_filling)
                return;
            if (field == Field::Action)
                reloadActionValues(m_actions->actionMap());
            m_previewTimer->start();
        });
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void MappingDialog::setReason(const QString &text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

void MappingDialog::loadTables()
{
    for (const TableInfo &t : std::as_const(m_tables))
        m_tableList->addItem(t.name);
    if (m_tables.isEmpty()) {
        showProblem(tr("This database holds no tables."));
        return;
    }
    // Start on the table most like a log: named like one, else the one with the most columns.
    const auto score = [](const TableInfo &t) {
        static const QRegularExpression logLike(QStringLiteral("audit|log|journal|event|history|activit"),
                                                QRegularExpression::CaseInsensitiveOption);
        return (t.name.contains(logLike) ? 1000 : 0) + int(t.columns.size());
    };
    const auto best = std::max_element(m_tables.cbegin(), m_tables.cend(),
                                       [&](const TableInfo &a, const TableInfo &b) { return score(a) < score(b); });
    m_tableList->setCurrentRow(int(best - m_tables.cbegin()));
}

bool MappingDialog::selectTable(const QString &table)
{
    const QList<QListWidgetItem *> found = m_tableList->findItems(table, Qt::MatchFixedString);
    if (found.isEmpty())
        return false;
    m_tableList->setCurrentItem(found.first());
    return true;
}

QString MappingDialog::currentTable() const
{
    const TableInfo *t = tableInfo();
    return t ? t->name : QString();
}

const TableInfo *MappingDialog::tableInfo() const
{
    const int row = m_tableList->currentRow();
    return row >= 0 && row < m_tables.size() ? &m_tables.at(row) : nullptr;
}

bool MappingDialog::setFieldColumn(Field field, const QString &column)
{
    QComboBox *combo = m_fieldBoxes.value(int(field));
    const int index = column.isEmpty() ? 0 : combo->findText(column);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void MappingDialog::showTable()
{
    const TableInfo *table = tableInfo();
    if (!table)
        return;
    QString error;
    const QHash<QString, QStringList> samples = TableSample::columnSamples(m_db->database(), table->name, 3, &error);
    m_columns->setRowCount(int(table->columns.size()));
    for (int row = 0; row < table->columns.size(); ++row) {
        const QString &column = table->columns.at(row);
        m_columns->setItem(row, NameColumn, new QTableWidgetItem(column));
        m_columns->setItem(row, TypeColumn, new QTableWidgetItem(table->columnTypes.value(column.toLower())));
        m_columns->setItem(row, SampleColumn, new QTableWidgetItem(samples.value(column).join(QStringLiteral(" · "))));
    }
    m_columns->resizeColumnsToContents();
    // Start from what the profiles would pick for this table: often most of it is right.
    const SchemaMapping guess =
        SchemaDetector::detect({*table}, SchemaDetector::loadProfiles(), m_db->location().kind, table->name);
    m_filling = true;
    for (auto it = m_fieldBoxes.cbegin(); it != m_fieldBoxes.cend(); ++it) {
        it.value()->clear();
        it.value()->addItem(tr("(none)"));
        it.value()->addItems(table->columns);
        const int index = it.value()->findText(guess.column(Field(it.key())));
        it.value()->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_filling = false;
    reloadActionValues(guess.actionMap);
    m_profileName->setText(ProfileWriter::fileNameFor(QStringLiteral("custom-") + table->name).chopped(5));
    if (!error.isEmpty())
        showProblem(error);
    updatePreview();
}

void MappingDialog::reloadActionValues(const QHash<QString, QString> &keep)
{
    const TableInfo *table = tableInfo();
    const QString column = m_fieldBoxes.value(int(Field::Action))->currentIndex() > 0
        ? m_fieldBoxes.value(int(Field::Action))->currentText()
        : QString();
    if (!table || column.isEmpty()) {
        m_actions->setValues({}, {});
        return;
    }
    m_actions->setValues(TableSample::distinctValues(m_db->database(), table->name, column), keep);
}

SchemaProfile MappingDialog::currentProfile() const
{
    SchemaProfile p;
    const TableInfo *table = tableInfo();
    p.name = m_profileName->text().trimmed();
    p.title = tr("%1 (mapped by hand)").arg(table ? table->name : QString());
    p.order = 10;
    if (table)
        p.tables = {table->name};
    for (auto it = m_fieldBoxes.cbegin(); it != m_fieldBoxes.cend(); ++it) {
        if (it.value()->currentIndex() <= 0)
            continue;
        const QString column = it.value()->currentText();
        p.fields.insert(it.key(), {column});
        if (!p.required.contains(column))
            p.required << column;
    }
    if (p.fields.contains(int(Field::Action)))
        p.actionMap = m_actions->actionMap();
    return p;
}

void MappingDialog::updatePreview()
{
    m_previewTimer->stop();
    const TableInfo *table = tableInfo();
    if (!table)
        return;
    int score = -1;
    m_mapping = SchemaDetector::map(*table, currentProfile(), m_db->location().kind, &score);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_mapping.isValid());
    EntriesModel *old = m_model;
    m_model = nullptr;
    if (!m_mapping.isValid()) {
        m_preview->setModel(nullptr);
        delete old;
        showProblem(m_fieldBoxes.value(int(Field::Timestamp))->currentIndex() <= 0
                        ? tr("Choose the column that holds the time of each event.")
                        : tr("%1 has no primary key: choose the column that identifies each row (Row id).")
                              .arg(table->name));
        return;
    }
    showProblem(QString());
    m_db->setMapping(m_mapping);
    m_model = new EntriesModel(m_db.get(), this);
    m_model->setPageSize(kPreviewRows);
    connect(m_model, &EntriesModel::errorOccurred, this, &MappingDialog::showProblem);
    m_model->select();
    m_preview->setModel(m_model);
    delete old; // only once the view let go of it
    m_preview->setColumnHidden(EntriesModel::FlagColumn, true);
    m_preview->resizeColumnsToContents();
}

void MappingDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString MappingDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void MappingDialog::saveProfile()
{
    updatePreview();
    if (!m_mapping.isValid())
        return; // the problem line says what is missing
    if (m_profileName->text().trimmed().isEmpty()) {
        showProblem(tr("Give the profile a name."));
        return;
    }
    QString error;
    m_savedPath = ProfileWriter::save(currentProfile(), &error);
    if (m_savedPath.isEmpty()) {
        showProblem(error);
        return;
    }
    m_saved->setText(tr("Saved as %1. AuditLens now opens %2 with this mapping, with no dialog.")
                         .arg(QDir::toNativeSeparators(m_savedPath), m_mapping.table));
}

} // namespace AuditLens
