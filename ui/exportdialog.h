// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace AuditLens {

// Chooses what an export holds: format, file, columns, all matching or selected rows, and the
// format's own options. It only fills ExportOptions; ExportController runs the export.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ExportFormat format, qint64 matchingRows, int selectedRows, const QString &suggestedPath,
                 QWidget *parent = nullptr);

    // Format, path, columns, row choice and format options; the caller adds the rest.
    ExportOptions options() const;
    ExportFormat format() const;
    bool selectedRowsOnly() const;

private:
    void setupForm(qint64 matchingRows, int selectedRows);
    QGroupBox *makeColumnsBox();
    QGroupBox *makeOptionsBox();
    void formatChanged();
    void browse();
    void validate();

    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QListWidget *m_columns = nullptr;
    QRadioButton *m_allRows = nullptr;
    QRadioButton *m_selectedRows = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_neutralize = nullptr;
    QComboBox *m_jsonLayout = nullptr;
    QComboBox *m_pageSize = nullptr;
    QGroupBox *m_csvBox = nullptr;
    QGroupBox *m_jsonBox = nullptr;
    QGroupBox *m_pdfBox = nullptr;
};

} // namespace AuditLens
