// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace AuditLens {

// One column of the entries table as a saved view keeps it, in the table's visual order.
struct ColumnState {
    QString id;        // "time", "user", "action", … (EntriesModel::Column without "Column")
    bool visible = true;
    int width = 0;     // pixels; 0 = leave the width as it is
    bool operator==(const ColumnState &o) const { return id == o.id && visible == o.visible && width == o.width; }
};

// A named filter and column layout, like Event Viewer's custom views. The JSON form is
// documented in README.md ("Saved views").
struct SavedView {
    QString name;
    EventFilter filter;
    QString preset;              // the filter panel's date preset ("Last7Days", "Custom", …); empty = Custom
    QList<ColumnState> columns;  // empty = the table's columns are left as they are

    QJsonObject toJson() const;
    // False with a one-line *error for a view that is not one.
    static bool fromJson(const QJsonValue &json, SavedView *view, QString *error);
    bool operator==(const SavedView &o) const
    {
        return name == o.name && filter == o.filter && preset == o.preset && columns == o.columns;
    }
};

// The saved views of this user, kept in one JSON file in the config folder (never in the audit
// database), and their export and import as files of the same format to share.
class SavedViews
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::SavedViews)
public:
    static QString defaultPath(); // Settings::configFolder()/views.json
    explicit SavedViews(const QString &path = defaultPath());

    // A missing file is no views; a damaged one is an error and leaves the list empty.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    const QList<SavedView> &views() const { return m_views; }
    QStringList names() const;
    const SavedView *find(const QString &name) const;
    // Adds the view, or replaces the one of the same name.
    void put(const SavedView &view);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name);

    // The documented file format, and its strict reading: any fault names the file's problem.
    static QByteArray toDocument(const QList<SavedView> &views);
    static bool fromDocument(const QByteArray &data, QList<SavedView> *views, QString *error);
    static bool exportTo(const QString &path, const QList<SavedView> &views, QString *error);
    // Reads a shared file and puts its views (same names are replaced); the count on success.
    int importFrom(const QString &path, QString *error);

    // The column ids in EntriesModel::Column order.
    static QStringList columnIds();

private:
    QString m_path;
    QList<SavedView> m_views;
};

} // namespace AuditLens
