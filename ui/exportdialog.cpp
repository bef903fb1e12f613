// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/exportregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace AuditLens {

ExportDialog::ExportDialog(ExportFormat format, qint64 matchingRows, int selectedRows, const QString &suggestedPath,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    setupForm(matchingRows, selectedRows);
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_path->setText(suggestedPath);
    formatChanged();
}

void ExportDialog::setupForm(qint64 matchingRows, int selectedRows)
{
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const ExportFormatInfo &info : ExportRegistry::formats())
        m_format->addItem(info.title, int(info.format));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_allRows = new QRadioButton(matchingRows >= 0 ? tr("All %Ln matching rows", nullptr, int(qMin<qint64>(matchingRows, INT_MAX)))
                                                   : tr("All matching rows"), this);
    m_allRows->setObjectName(QStringLiteral("exportAllRows"));
    m_selectedRows = new QRadioButton(tr("Only the %Ln selected rows", nullptr, selectedRows), this);
    m_selectedRows->setObjectName(QStringLiteral("exportSelectedRows"));
    m_selectedRows->setEnabled(selectedRows > 0);
    m_allRows->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *fileLabel = new QLabel(tr("F&ile:"), this); // a row of two widgets gets no buddy by itself
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("Rows:"), m_allRows);
    form->addRow(QString(), m_selectedRows);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("exportButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *side = new QHBoxLayout;
    side->addWidget(makeColumnsBox(), 1);
    side->addWidget(makeOptionsBox(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(side, 1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QGroupBox *ExportDialog::makeColumnsBox()
{
    auto *box = new QGroupBox(tr("Columns"), this);
    m_columns = new QListWidget(box);
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    for (ExportColumn c : ExportColumns::all()) {
        auto *item = new QListWidgetItem(ExportColumns::title(c), m_columns);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // Wide enough for the longest column name in the user's language.
    m_columns->setMinimumWidth(m_columns->sizeHintForColumn(0) + m_columns->verticalScrollBar()->sizeHint().width()
                               + 2 * m_columns->frameWidth());
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_columns);
    return box;
}

QGroupBox *ExportDialog::makeOptionsBox()
{
    auto *box = new QGroupBox(tr("Options"), this);
    m_csvBox = new QGroupBox(tr("CSV"), box);
    m_bom = new QCheckBox(tr("Byte-order mark (for spreadsheet programs)"), m_csvBox);
    m_bom->setObjectName(QStringLiteral("exportCsvBom"));
    m_bom->setChecked(true);
    m_neutralize = new QCheckBox(tr("Neutralise cells a spreadsheet would run as formulas"), m_csvBox);
    m_neutralize->setObjectName(QStringLiteral("exportCsvNeutralize"));
    m_neutralize->setToolTip(tr("Cells starting with = + - @ get a leading ' (OWASP advice against CSV injection)."));
    m_neutralize->setChecked(true);
    auto *csv = new QVBoxLayout(m_csvBox);
    csv->addWidget(m_bom);
    csv->addWidget(m_neutralize);

    m_jsonBox = new QGroupBox(tr("JSON"), box);
    m_jsonLayout = new QComboBox(m_jsonBox);
    m_jsonLayout->setObjectName(QStringLiteral("exportJsonLayout"));
    m_jsonLayout->addItem(tr("An array of objects"), false);
    m_jsonLayout->addItem(tr("JSON Lines (one object a line)"), true);
    (new QVBoxLayout(m_jsonBox))->addWidget(m_jsonLayout);

    m_pdfBox = new QGroupBox(tr("PDF"), box);
    m_pageSize = new QComboBox(m_pdfBox);
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(tr("A4, landscape"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter, landscape"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(ExportOptions::defaultPageSize())));
    (new QVBoxLayout(m_pdfBox))->addWidget(m_pageSize);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_csvBox);
    layout->addWidget(m_jsonBox);
    layout->addWidget(m_pdfBox);
    layout->addStretch(1);
    return box;
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

bool ExportDialog::selectedRowsOnly() const
{
    return m_selectedRows->isChecked();
}

void ExportDialog::formatChanged()
{
    const ExportFormat f = format();
    m_csvBox->setVisible(f == ExportFormat::Csv);
    m_jsonBox->setVisible(f == ExportFormat::Json);
    m_pdfBox->setVisible(f == ExportFormat::Pdf);
    // A PDF page holds the entries table's columns; the files hold every field.
    const QList<ExportColumn> defaults = f == ExportFormat::Pdf ? ExportColumns::reportDefaults() : ExportColumns::all();
    for (int i = 0; i < m_columns->count(); ++i) {
        QListWidgetItem *item = m_columns->item(i);
        item->setCheckState(defaults.contains(ExportColumn(item->data(Qt::UserRole).toInt())) ? Qt::Checked : Qt::Unchecked);
    }
    const QString path = m_path->text();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + ExportRegistry::find(f)->extension));
    }
    validate();
}

void ExportDialog::browse()
{
    const ExportFormatInfo *info = ExportRegistry::find(format());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), info->fileFilter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::validate()
{
    bool anyColumn = false;
    for (int i = 0; i < m_columns->count() && !anyColumn; ++i)
        anyColumn = m_columns->item(i)->checkState() == Qt::Checked;
    auto *buttons = findChild<QDialogButtonBox *>(QStringLiteral("exportButtons"));
    if (buttons)
        buttons->button(QDialogButtonBox::Ok)->setEnabled(anyColumn && !m_path->text().trimmed().isEmpty());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = format();
    o.outputPath = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    o.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            o.columns << ExportColumn(m_columns->item(i)->data(Qt::UserRole).toInt());
    }
    o.onlyKeys = selectedRowsOnly();
    o.csvByteOrderMark = m_bom->isChecked();
    o.csvNeutralizeFormulas = m_neutralize->isChecked();
    o.jsonLines = m_jsonLayout->currentData().toBool();
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    return o;
}

} // namespace AuditLens
