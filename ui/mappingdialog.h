// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "schemadetector.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace AuditLens {

class ActionValueEditor;
class EntriesModel;

// File ▸ Map Columns…, and what opens when no schema profile fits a database: the tables, the
// chosen table's columns with sample values, a column for each canonical field, a value map for
// actions, and the first page read through that mapping, live. "Save as Profile" writes it to
// the owner's profiles folder, so the table opens with no dialog next time.
class MappingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MappingDialog(const DatabaseLocation &location, QWidget *parent = nullptr);
    ~MappingDialog() override;

    // Why the dialog opened (e.g. "… has no audit log table"), shown above the form.
    void setReason(const QString &text);
    bool selectTable(const QString &table);
    QString currentTable() const;
    // Sets the column of one canonical field ("" for none), as choosing it in its combo does.
    bool setFieldColumn(Field field, const QString &column);
    ActionValueEditor *actionEditor() const { return m_actions; }
    // The mapping shown in the preview; invalid while a required choice is missing.
    SchemaMapping mapping() const { return m_mapping; }
    EntriesModel *previewModel() const { return m_model; }
    QString problemText() const;
    QString savedProfilePath() const { return m_savedPath; }

public slots:
    void saveProfile();

private:
    void buildUi();
    QWidget *buildFieldForm();
    void loadTables();
    void showTable();
    void reloadActionValues(const QHash<QString, QString> &keep);
    void updatePreview();
    void showProblem(const QString &text);
    SchemaProfile currentProfile() const;
    const TableInfo *tableInfo() const;

    std::unique_ptr<AuditDatabase> m_db;
    QList<TableInfo> m_tables;
    SchemaMapping m_mapping;
    EntriesModel *m_model = nullptr;
    QString m_savedPath;
    bool m_filling = false;

    QLabel *m_reason = nullptr;
    QListWidget *m_tableList = nullptr;
    QTableWidget *m_columns = nullptr;
    QHash<int, QComboBox *> m_fieldBoxes;
    ActionValueEditor *m_actions = nullptr;
    QTableView *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_profileName = nullptr;
    QLabel *m_saved = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace AuditLens
