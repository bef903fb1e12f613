// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detaildock.h"

#include "auditdatabase.h"
#include "categorypalette.h"
#include "changestable.h"
#include "jsonview.h"
#include "longtextview.h"
#include "relatedeventsview.h"
#include "roles.h"
#include "timestampparser.h"
#include "workers.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace AuditLens {
namespace {

const QString kEmpty = QStringLiteral("—");

QString orEmpty(const QString &text)
{
    return text.isEmpty() ? kEmpty : text;
}

QString zoneText(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const QString hhmm = QStringLiteral("%1:%2").arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0')).arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 (UTC%2%3)").arg(local.timeZoneAbbreviation(), sign, hhmm);
}

} // namespace

DetailDock::DetailDock(QWidget *parent)
    : QDockWidget(tr("Event Details"), parent)
    , m_relatedTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("detailDock"));
    setAccessibleName(tr("Event details"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::AllDockWidgetAreas);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createHeader());
    m_placeholder = new QLabel(tr("Select an event to see everything about it."), body);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder, 1);
    m_tabs = new QTabWidget(body);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Detail sections"));
    m_tabs->addTab(createOverviewTab(), tr("Overview"));
    m_tabs->addTab(createJsonTab(), tr("JSON"));
    m_tabs->addTab(createColumnsTab(), tr("All columns"));
    m_related = new RelatedEventsView(m_tabs);
    m_tabs->addTab(m_related, tr("Related"));
    layout->addWidget(m_tabs, 1);
    setWidget(body);
    // Escape closes the dock from anywhere inside it, docked or floating.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    // Keyboard scrolling through the table should not queue one history query per row passed.
    m_relatedTimer->setSingleShot(true);
    m_relatedTimer->setInterval(120);
    connect(m_relatedTimer, &QTimer::timeout, this, &DetailDock::startRelated);
    connect(m_related, &RelatedEventsView::eventActivated, this, &DetailDock::relatedEventActivated);
    connect(m_flags, &FlagsPanel::reviewRequested, this, &DetailDock::reviewRequested);
    clear();
}

DetailDock::~DetailDock()
{
    m_flags->commitPending();
}

QWidget *DetailDock::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("detailHeader"));
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 4);
    m_badge = new QLabel(header);
    m_badge->setObjectName(QStringLiteral("detailAction"));
    m_badge->setAccessibleName(tr("Action"));
    m_category = new QLabel(header);
    m_category->setObjectName(QStringLiteral("detailCategory"));
    m_localTime = new QLabel(header);
    m_localTime->setObjectName(QStringLiteral("detailTime"));
    m_localTime->setAccessibleName(tr("Time"));
    QFont big = m_localTime->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_localTime->setFont(big);
    m_utcTime = new QLabel(header);
    m_utcTime->setObjectName(QStringLiteral("detailUtc"));
    m_utcTime->setAccessibleName(tr("Time in UTC"));
    for (QLabel *l : {m_badge, m_category, m_localTime, m_utcTime})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long times wrap rather than widen the dock past a small screen.
    m_localTime->setWordWrap(true);
    m_utcTime->setWordWrap(true);
    auto *copy = m_copy = new QToolButton(header);
    copy->setEnabled(false);
    copy->setObjectName(QStringLiteral("detailCopyJson"));
    copy->setText(tr("Copy JSON"));
    copy->setAccessibleName(tr("Copy the event as JSON"));
    copy->setToolTip(tr("Copy every field of the event as JSON"));
    connect(copy, &QToolButton::clicked, this, &DetailDock::copyEventJson);
    grid->addWidget(m_badge, 0, 0);
    grid->addWidget(m_category, 0, 1);
    grid->addWidget(copy, 0, 3);
    grid->addWidget(m_localTime, 1, 0, 1, 4);
    grid->addWidget(m_utcTime, 2, 0, 1, 4);
    grid->setColumnStretch(2, 1);
    m_fields.insert(QStringLiteral("action"), m_badge);
    m_fields.insert(QStringLiteral("category"), m_category);
    m_fields.insert(QStringLiteral("time"), m_localTime);
    m_fields.insert(QStringLiteral("utc"), m_utcTime);
    return header;
}

QLabel *DetailDock::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(QStringLiteral("detail_") + name);
    value->setAccessibleName(label);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(value, &QLabel::customContextMenuRequested, this, [this, value, name](const QPoint &pos) {
        showValueMenu(value, pos, value->property("fullText").toString());
    });
    form->addRow(label + u':', value);
    m_fields.insert(name, value);
    return value;
}

QWidget *DetailDock::createOverviewTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailOverview"));
    scroll->setAccessibleName(tr("Event overview"));
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *formHost = page;
    Q_UNUSED(formHost)
    addField(form, QStringLiteral("entity"), tr("Table"));
    addField(form, QStringLiteral("entity_id"), tr("Record"));
    QLabel *user = addField(form, QStringLiteral("actor"), tr("User"));
    user->setTextFormat(Qt::RichText);
    user->setTextInteractionFlags(Qt::TextBrowserInteraction);
    user->setToolTip(tr("Show only this user's events"));
    connect(user, &QLabel::linkActivated, this, [this] {
        if (!m_event.actor.isEmpty())
            emit filterToUser(m_event.actor);
    });
    addField(form, QStringLiteral("user_id"), tr("User id"));
    addField(form, QStringLiteral("summary"), tr("Summary"));
    addField(form, QStringLiteral("status"), tr("Status"));
    addField(form, QStringLiteral("severity"), tr("Severity"));
    addField(form, QStringLiteral("ip"), tr("IP address"));
    addField(form, QStringLiteral("user_agent"), tr("User agent"));
    addField(form, QStringLiteral("session"), tr("Session"));
    addField(form, QStringLiteral("id"), tr("Event id"));
    m_flags = new FlagsPanel(page);
    layout->addWidget(m_flags);
    m_changesTitle = new QLabel(tr("<b>Before and after</b>"), page);
    m_changesTitle->setObjectName(QStringLiteral("detailChangesTitle"));
    layout->addWidget(m_changesTitle);
    m_changes = new ChangesTable(page);
    m_changes->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_changes, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTableWidgetItem *item = m_changes->itemAt(pos);
        if (item)
            showValueMenu(m_changes->viewport(), pos, item->data(ChangesTable::FullValueRole).toString());
    });
    layout->addWidget(m_changes, 1);
    layout->addStretch(0); // keeps the fields at the top when there is no changes table
    scroll->setWidget(page);
    return scroll;
}

QWidget *DetailDock::createJsonTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailJson"));
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    m_jsonLayout = new QVBoxLayout(page);
    scroll->setWidget(page);
    return scroll;
}

QWidget *DetailDock::createColumnsTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailColumnsSplitter"));
    m_columns = new QTableWidget(splitter);
    m_columns->setObjectName(QStringLiteral("detailColumns"));
    m_columns->setAccessibleName(tr("Every column of the row"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Value")});
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->setWordWrap(false);
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_columns, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_columns->rowAt(pos.y());
        if (row >= 0 && row < m_raw.size())
            showValueMenu(m_columns->viewport(), pos, EventDetails::valueText(m_raw.at(row).value));
    });
    connect(m_columns, &QTableWidget::currentCellChanged, this, [this](int row) { showRawValue(row); });
    m_columnValue = new LongTextView(splitter);
    m_columnValue->setObjectName(QStringLiteral("detailColumnValue"));
    splitter->addWidget(m_columns);
    splitter->addWidget(m_columnValue);
    return splitter;
}

void DetailDock::setDatabase(AuditDatabase *database)
{
    m_database = database;
    clear();
}

void DetailDock::setCurrentIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return; // a page turn resets the model: keep showing the last event until a new one is chosen
    setEvent(index.data(EventRole).value<AuditEvent>());
    const QStringList rules = index.data(FlagRulesRole).toStringList();
    const QStringList reasons = index.data(FlagReasonsRole).toStringList();
    QList<DetailFlag> flags;
    for (int i = 0; i < rules.size(); ++i)
        flags.append({rules.at(i), reasons.value(i)});
    setFlags(flags);
}

void DetailDock::clear()
{
    m_flags->commitPending();
    m_hasEvent = false;
    m_copy->setEnabled(false);
    m_event = AuditEvent();
    m_raw.clear();
    m_relatedTimer->stop();
    m_relatedTimerActive = false;
    m_placeholder->show();
    m_tabs->hide();
    for (QLabel *l : std::as_const(m_fields)) {
        l->clear();
        l->setProperty("fullText", QString());
    }
    m_badge->setStyleSheet(QString());
    m_flags->setFlags({}, {}, {});
    m_changes->setChanges({});
    m_columns->setRowCount(0);
    m_columnValue->setText(QString());
    qDeleteAll(m_jsonViews);
    m_jsonViews.clear();
    m_related->clear();
}

void DetailDock::setEvent(const AuditEvent &event)
{
    m_flags->commitPending();
    m_event = event;
    m_hasEvent = true;
    m_copy->setEnabled(true);
    m_raw.clear();
    m_rawError.clear();
    if (m_database) {
        // One keyed SELECT * per selection; every section below reads from m_raw and m_event.
        m_raw = EventDetails::readRawRow(m_database->database(), m_database->mapping(), event.key, &m_rawError);
        ++m_rawReads;
    }
    m_placeholder->hide();
    m_tabs->show();
    showHeader();
    showOverview();
    showJson();
    showColumns();
    requestRelated();
}

void DetailDock::setField(const QString &name, const QString &text, const QString &toolTip)
{
    QLabel *label = m_fields.value(name);
    if (!label)
        return;
    label->setProperty("fullText", text);
    if (label->textFormat() != Qt::RichText)
        label->setText(orEmpty(DisplayText::cut(text, DisplayText::kLabelLimit)));
    label->setToolTip(toolTip.isEmpty() ? QString() : DisplayText::cut(toolTip, DisplayText::kLabelLimit));
}

QString DetailDock::fieldText(const QString &name) const
{
    const QLabel *label = m_fields.value(name);
    if (!label)
        return {};
    return label->textFormat() == Qt::RichText ? orEmpty(label->property("fullText").toString()) : label->text();
}

void DetailDock::setTimeInUtc(bool utc)
{
    m_timeInUtc = utc;
    if (m_event.key.isValid())
        showHeader();
}

void DetailDock::showHeader()
{
    const AuditEvent &e = m_event;
    setField(QStringLiteral("action"), e.action);
    const QColor badge = CategoryPalette::badgeColor(e.category, e.status);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 2px 9px; "
                                          "font-weight: bold; }")
                               .arg(badge.name(), CategoryPalette::badgeTextColor().name()));
    setField(QStringLiteral("category"), Actions::categoryTitle(e.category));
    if (e.timestamp) {
        const QDateTime utc = Timestamps::toUtc(*e.timestamp);
        const QDateTime local = m_timeInUtc ? utc : utc.toLocalTime();
        setField(QStringLiteral("time"), QLocale().toString(local, QStringLiteral("dddd yyyy-MM-dd HH:mm:ss.zzz ")) + zoneText(local),
                 tr("Stored as: %1").arg(e.rawTimestamp));
        setField(QStringLiteral("utc"), Timestamps::toIsoUtc(*e.timestamp) + QStringLiteral(" (UTC)"),
                 tr("Stored as: %1").arg(e.rawTimestamp));
    } else {
        setField(QStringLiteral("time"), e.rawTimestamp.isEmpty() ? tr("No time recorded")
                                                                  : tr("Unreadable time: %1").arg(e.rawTimestamp));
        setField(QStringLiteral("utc"), QString());
    }
}

void DetailDock::showOverview()
{
    const AuditEvent &e = m_event;
    setField(QStringLiteral("entity"), e.entity);
    setField(QStringLiteral("entity_id"), e.entityId);
    QLabel *user = m_fields.value(QStringLiteral("actor"));
    user->setProperty("fullText", e.actor);
    user->setText(e.actor.isEmpty() ? kEmpty
                                    : QStringLiteral("<a href=\"user\">%1</a>")
                                          .arg(DisplayText::cut(e.actor, DisplayText::kCellLimit).toHtmlEscaped()));
    setField(QStringLiteral("user_id"), e.userId);
    setField(QStringLiteral("summary"), e.summary);
    setField(QStringLiteral("status"), e.rawStatus.isEmpty() ? QString() : Actions::statusTitle(e.status),
             e.rawStatus.isEmpty() ? QString() : tr("Stored as: %1").arg(e.rawStatus));
    setField(QStringLiteral("severity"), e.severity);
    setField(QStringLiteral("ip"), e.ip);
    setField(QStringLiteral("user_agent"), e.userAgent);
    setField(QStringLiteral("session"), e.session);
    setField(QStringLiteral("id"), e.id.isEmpty() ? e.keyText() : e.id);
    m_changes->setChanges(e.changes);
    m_changes->setVisible(!e.changes.isEmpty());
    m_changesTitle->setText(e.changes.isEmpty() ? tr("<b>Before and after:</b> no values recorded")
                                                : tr("<b>Before and after</b> (changed fields highlighted)"));
}

void DetailDock::showJson()
{
    qDeleteAll(m_jsonViews);
    m_jsonViews.clear();
    auto *page = m_jsonLayout->parentWidget();
    while (QLayoutItem *item = m_jsonLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const RawColumn &c : std::as_const(m_raw)) {
        const QString text = EventDetails::valueText(c.value);
        if (!JsonView::looksLikeJson(text))
            continue;
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped()), page);
        auto *view = new JsonView(page);
        view->setObjectName(QStringLiteral("detailJson_") + c.name);
        view->setAccessibleName(tr("JSON of column %1").arg(c.name));
        view->setMinimumHeight(160);
        view->setJson(text);
        m_jsonLayout->addWidget(title);
        m_jsonLayout->addWidget(view, 1);
        m_jsonViews << view;
    }
    if (m_jsonViews.isEmpty())
        m_jsonLayout->addWidget(new QLabel(tr("This event holds no JSON."), page));
    m_jsonLayout->addStretch(0);
}

void DetailDock::showColumns()
{
    m_columns->setRowCount(int(m_raw.size()));
    for (int row = 0; row < m_raw.size(); ++row) {
        const RawColumn &c = m_raw.at(row);
        const QString text = EventDetails::valueText(c.value);
        const QString type = EventDetails::typeName(c.value);
        auto *value = new QTableWidgetItem(c.value.isNull() ? QStringLiteral("NULL") : DisplayText::oneLine(text));
        if (c.value.isNull())
            value->setForeground(palette().color(QPalette::PlaceholderText));
        m_columns->setItem(row, 0, new QTableWidgetItem(c.name));
        m_columns->setItem(row, 1, new QTableWidgetItem(type));
        m_columns->setItem(row, 2, value);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->resizeColumnToContents(1);
    m_columnValue->setNotice(m_rawError.isEmpty() ? QString() : tr("The row could not be read: %1").arg(m_rawError));
    m_columnValue->setText(QString());
    if (!m_raw.isEmpty())
        m_columns->setCurrentCell(0, 2);
}

void DetailDock::showRawValue(int row)
{
    if (row < 0 || row >= m_raw.size())
        return;
    const QVariant &v = m_raw.at(row).value;
    m_columnValue->setNotice(tr("%1 (%2, %3)").arg(m_raw.at(row).name, EventDetails::typeName(v),
                                                     DisplayText::sizeText(EventDetails::valueText(v).size())));
    m_columnValue->setText(EventDetails::valueText(v));
}

void DetailDock::setFlags(const QList<DetailFlag> &flags, const DetailReview &review)
{
    m_flags->setFlags(m_event.key, flags, review);
}

void DetailDock::requestRelated()
{
    m_related->setLoading(m_event);
    m_relatedTimerActive = true;
    m_relatedTimer->start();
}

void DetailDock::startRelated()
{
    m_relatedTimerActive = false;
    if (!m_database || !m_hasEvent)
        return;
    const DatabaseLocation location = m_database->location();
    const SchemaMapping mapping = m_database->mapping();
    const AuditEvent event = m_event;
    auto *watcher = new QFutureWatcher<RelatedEvents>(this);
    ++m_pendingRelated;
    connect(watcher, &QFutureWatcher<RelatedEvents>::finished, this, [this, watcher] {
        --m_pendingRelated;
        const RelatedEvents related = watcher->result();
        watcher->deleteLater();
        if (!m_hasEvent || related.forKey != m_event.key)
            return; // the owner has moved on: a newer request answers for the shown event
        m_related->setRelated(related, m_event);
        emit relatedLoaded();
    });
    const QueryGeneration::Ticket ticket = m_relatedGeneration.start();
    watcher->setFuture(Workers::run([location, mapping, event, ticket] {
        return EventDetails::loadRelated(location, mapping, event, EventDetails::kRelatedLimit, ticket.canceller.get());
    }));
}

QString DetailDock::eventJson() const
{
    if (!m_hasEvent)
        return {};
    return QString::fromUtf8(QJsonDocument(EventDetails::toJson(m_event, m_raw)).toJson(QJsonDocument::Indented));
}

void DetailDock::copyEventJson()
{
    if (m_hasEvent)
        QApplication::clipboard()->setText(eventJson());
}

void DetailDock::showValueMenu(QWidget *source, const QPoint &pos, const QString &value)
{
    QMenu menu(source);
    menu.setObjectName(QStringLiteral("detailValueMenu"));
    QAction *copyValue = menu.addAction(tr("Copy Value"));
    copyValue->setObjectName(QStringLiteral("detailCopyValue"));
    connect(copyValue, &QAction::triggered, this, [value] { QApplication::clipboard()->setText(value); });
    QAction *copyJson = menu.addAction(tr("Copy Event as JSON"));
    copyJson->setObjectName(QStringLiteral("detailCopyEventJson"));
    connect(copyJson, &QAction::triggered, this, &DetailDock::copyEventJson);
    menu.exec(source->mapToGlobal(pos));
}

} // namespace AuditLens
