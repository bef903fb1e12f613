// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"
#include "eventdetails.h"
#include "flagspanel.h"
#include "querycanceller.h"

#include <QDockWidget>
#include <QHash>

class QFormLayout;
class QLabel;
class QToolButton;
class QModelIndex;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace AuditLens {

class AuditDatabase;
class ChangesTable;
class JsonView;
class LongTextView;
class RelatedEventsView;

// Everything about one event: time in the local zone and UTC, action, record, user, where
// from, flags and review, the before/after values, JSON pretty-printed, every raw column, and
// the related events (loaded on a worker). It reads the row once per selection.
class DetailDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, JsonTab, ColumnsTab, RelatedTab };

    explicit DetailDock(QWidget *parent = nullptr);
    ~DetailDock() override;

    // The database whose rows are shown; it must outlive the dock or be replaced first.
    void setDatabase(AuditDatabase *database);
    // Follows the current row of the entries table (EventRole, FlagRulesRole, FlagReasonsRole).
    void setCurrentIndex(const QModelIndex &index);
    void setEvent(const AuditEvent &event);
    void clear();
    // Inputs from the flag engine for the shown event; empty hides the flags section.
    void setFlags(const QList<DetailFlag> &flags, const DetailReview &review = {});
    // The header's main time in UTC rather than local time (Preferences); the UTC line stays.
    void setTimeInUtc(bool utc);

    const AuditEvent &shownEvent() const { return m_event; }
    const QList<RawColumn> &rawColumns() const { return m_raw; }
    QString eventJson() const;
    // The text a field shows, by its canonical name ("actor", "summary", …), for tests and copying.
    QString fieldText(const QString &name) const;
    int rawReadCount() const { return m_rawReads; }
    RelatedEventsView *relatedView() const { return m_related; }
    bool isLoadingRelated() const { return m_pendingRelated > 0 || m_relatedTimerActive; }

public slots:
    void copyEventJson();

signals:
    void filterToUser(const QString &user);
    void relatedEventActivated(const QVariant &key, qint64 timestampMs);
    void reviewRequested(const QVariant &key, const QString &state, const QString &note);
    void relatedLoaded();

private:
    QWidget *createHeader();
    QWidget *createOverviewTab();
    QWidget *createJsonTab();
    QWidget *createColumnsTab();
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);
    void setField(const QString &name, const QString &text, const QString &toolTip = {});
    void showHeader();
    void showOverview();
    void showJson();
    void showColumns();
    void showRawValue(int row);
    void requestRelated();
    void startRelated();
    void showValueMenu(QWidget *source, const QPoint &pos, const QString &value);

    AuditDatabase *m_database = nullptr;
    AuditEvent m_event;
    bool m_timeInUtc = false;
    bool m_hasEvent = false;
    QList<RawColumn> m_raw;
    QString m_rawError;
    int m_rawReads = 0;
    int m_pendingRelated = 0;
    QueryGeneration m_relatedGeneration; // a newer event cancels the history still loading
    bool m_relatedTimerActive = false;

    QLabel *m_badge = nullptr;
    QToolButton *m_copy = nullptr; // enabled while an event is shown
    QLabel *m_category = nullptr;
    QLabel *m_localTime = nullptr;
    QLabel *m_utcTime = nullptr;
    QLabel *m_placeholder = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLabel *> m_fields;
    FlagsPanel *m_flags = nullptr;
    ChangesTable *m_changes = nullptr;
    QLabel *m_changesTitle = nullptr;
    QVBoxLayout *m_jsonLayout = nullptr;
    QList<JsonView *> m_jsonViews;
    QTableWidget *m_columns = nullptr;
    LongTextView *m_columnValue = nullptr;
    RelatedEventsView *m_related = nullptr;
    QTimer *m_relatedTimer = nullptr;
};

} // namespace AuditLens
