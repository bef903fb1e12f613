// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"
#include "eventfilter.h"
#include "quickfilters.h"

#include <QFrame>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace AuditLens {

class FlowLayout;

// The collapsible filter panel of seeds 000, 002 and 003: its widgets edit an EventFilter that
// is applied (filterApplied) on Search, Enter, a quick filter, a chip or Clear all.
class FilterPanel : public QFrame
{
    Q_OBJECT
public:
    // Relative date ranges are kept as presets, so a saved "last 30 days" moves with the clock.
    enum Preset { Custom, Today, Last24Hours, Last7Days, Last30Days, ThisMonth, AllTime };
    Q_ENUM(Preset)

    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    // Reads the distinct actions, tables and users on a worker with its own connection.
    void loadChoices(const DatabaseLocation &location, const SchemaMapping &mapping);
    void setChoices(const QStringList &actions, const QStringList &tables, const QStringList &users);
    void setReferenceTime(const QDateTime &now) { m_now = now; } // tests; invalid = the clock

    EventFilter filter() const { return m_applied; }
    Preset preset() const;
    // Shows the filter in the widgets and applies it.
    void setFilter(const EventFilter &filter, Preset preset = Custom);
    // The panel's persistent state ({filter, preset}) and back.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

public slots:
    void apply();
    // Puts the keyboard in the search text with its text selected (Ctrl+F).
    void focusSearch();
    void clearAll();
    void applyQuickFilter(AuditLens::QuickFilters::Kind kind);

signals:
    void filterApplied(const AuditLens::EventFilter &filter);

private:
    struct Choices {
        QStringList actions, tables, users;
    };
    QWidget *createFields();
    QWidget *createDateRow();
    QWidget *createButtonRow();
    void applyPreset(int index);
    EventFilter readWidgets() const;
    void showFilter(const EventFilter &filter);
    void updateIndicator();
    void addChip(const QString &text, const std::function<void(EventFilter &)> &remove);
    QDateTime now() const;
    void setComboData(QComboBox *combo, const QVariant &data);

    EventFilter m_applied;
    QStringList m_knownActions;
    QDateTime m_now;
    QComboBox *m_eventType;
    QStandardItemModel *m_eventTypeModel;
    QComboBox *m_table;
    QComboBox *m_user;
    QComboBox *m_status;
    QLineEdit *m_ip;
    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_text;
    QCheckBox *m_flagged;
    QPushButton *m_search;
    QPushButton *m_clear;
    QLabel *m_indicator;
    FlowLayout *m_chips;
    bool m_settingWidgets = false;
    QFutureWatcher<Choices> *m_choicesWatcher;
};

} // namespace AuditLens
