// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include "flowlayout.h"
#include "workers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPushButton>
#include <QStandardItemModel>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace AuditLens {
namespace {

const QDateTime kOpenBound(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC); // shown as the special value

QString categoryTitle(Category c)
{
    switch (c) {
    case Category::Auth: return FilterPanel::tr("Authentication");
    case Category::Create: return FilterPanel::tr("Data: create");
    case Category::Update: return FilterPanel::tr("Data: update");
    case Category::Delete: return FilterPanel::tr("Data: delete");
    case Category::Sync: return FilterPanel::tr("Synchronisation");
    case Category::Read: return FilterPanel::tr("Read and export");
    case Category::Other: return FilterPanel::tr("Other");
    }
    return {};
}

QString statusTitle(Status s)
{
    switch (s) {
    case Status::Success: return FilterPanel::tr("Success");
    case Status::Failure: return FilterPanel::tr("Failure");
    case Status::Error: return FilterPanel::tr("Error");
    case Status::Unknown: return FilterPanel::tr("Unknown");
    }
    return {};
}

template<typename W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QFrame(parent)
    , m_choicesWatcher(new QFutureWatcher<Choices>(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    setAccessibleName(tr("Filters"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(createFields());
    layout->addWidget(createDateRow());
    layout->addWidget(createButtonRow());
    connect(m_choicesWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Choices c = m_choicesWatcher->result();
        setChoices(c.actions, c.tables, c.users);
    });
    setChoices({}, {}, {});
    applyPreset(m_preset->findData(Last30Days));
    updateIndicator();
}

FilterPanel::~FilterPanel()
{
    m_choicesWatcher->waitForFinished();
}

QWidget *FilterPanel::createFields()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_eventTypeModel = new QStandardItemModel(this);
    m_eventType = named(new QComboBox(box), "filterEventType", tr("Event type"));
    m_eventType->setModel(m_eventTypeModel);
    m_table = named(new QComboBox(box), "filterTable", tr("Table"));
    m_user = named(new QComboBox(box), "filterUser", tr("User"));
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->lineEdit()->setPlaceholderText(tr("All users"));
    m_user->lineEdit()->setClearButtonEnabled(true);
    m_user->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_user->completer()->setFilterMode(Qt::MatchContains);
    m_user->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_status = named(new QComboBox(box), "filterStatus", tr("Status"));
    m_status->addItem(tr("All statuses"));
    for (Status s : {Status::Success, Status::Failure, Status::Error, Status::Unknown})
        m_status->addItem(statusTitle(s), int(s));
    // Long action or table names must not widen the window: the lists show them in full.
    for (QComboBox *combo : {m_eventType, m_table, m_user, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_ip = named(new QLineEdit(box), "filterIp", tr("IP address"));
    m_ip->setPlaceholderText(tr("e.g. 192.168.1.10 or 10.0.*"));
    m_ip->setClearButtonEnabled(true);
    const QList<QPair<QString, QWidget *>> fields = {
        {tr("&Event type"), m_eventType}, {tr("T&able"), m_table}, {tr("&User"), m_user},
        {tr("S&tatus"), m_status}, {tr("&IP address"), m_ip}};
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields[i].first, box);
        label->setBuddy(fields[i].second);
        grid->addWidget(label, 0, i);
        grid->addWidget(fields[i].second, 1, i);
        grid->setColumnStretch(i, 1);
    }
    connect(m_ip, &QLineEdit::returnPressed, this, &FilterPanel::apply);
    connect(m_user->lineEdit(), &QLineEdit::returnPressed, this, &FilterPanel::apply);
    return box;
}

QWidget *FilterPanel::createDateRow()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_preset = named(new QComboBox(box), "filterDatePreset", tr("Date range"));
    const QList<QPair<QString, Preset>> presets = {
        {tr("Today"), Today}, {tr("Last 24 hours"), Last24Hours}, {tr("Last 7 days"), Last7Days},
        {tr("Last 30 days"), Last30Days}, {tr("This month"), ThisMonth}, {tr("All time"), AllTime},
        {tr("Custom"), Custom}};
    for (const auto &[title, preset] : presets)
        m_preset->addItem(title, int(preset));
    const auto makeEdit = [box](const char *name, const QString &accessible, const QString &openText) {
        auto *edit = named(new QDateTimeEdit(box), name, accessible);
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setMinimumDateTime(kOpenBound);
        // The minimum stands for an open bound.
        edit->setSpecialValueText(openText);
        return edit;
    };
    m_from = makeEdit("filterFrom", tr("From (UTC)"), tr("Any time"));
    m_to = makeEdit("filterTo", tr("To (UTC)"), tr("Now"));
    m_text = named(new QLineEdit(box), "filterText", tr("Search text"));
    m_text->setPlaceholderText(tr("Summary, values, record id, user, IP, user agent…"));
    m_text->setClearButtonEnabled(true);
    m_flagged = named(new QCheckBox(tr("&Flagged only"), box), "filterFlaggedOnly", tr("Flagged only"));
    const QList<QPair<QString, QWidget *>> fields = {
        {tr("&Date range"), m_preset}, {tr("F&rom (UTC)"), m_from}, {tr("T&o (UTC)"), m_to}, {tr("&Search"), m_text}};
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields[i].first, box);
        label->setBuddy(fields[i].second);
        grid->addWidget(label, 0, i);
        grid->addWidget(fields[i].second, 1, i);
    }
    grid->addWidget(m_flagged, 1, int(fields.size()));
    grid->setColumnStretch(3, 3);
    connect(m_preset, &QComboBox::activated, this, &FilterPanel::applyPreset);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_settingWidgets)
                setComboData(m_preset, int(Custom)); // an edited date is no longer a preset
        });
    }
    connect(m_text, &QLineEdit::returnPressed, this, &FilterPanel::apply);
    return box;
}

QWidget *FilterPanel::createButtonRow()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 2, 0, 0);
    row->addWidget(new QLabel(tr("Quick filters:"), box));
    const QList<std::tuple<const char *, QString, QuickFilters::Kind>> quick = {
        {"quickToday", tr("Today's activity"), QuickFilters::TodaysActivity},
        {"quickThisWeek", tr("This week"), QuickFilters::ThisWeek},
        {"quickFailedLogins", tr("Failed logins"), QuickFilters::FailedLogins},
        {"quickDataChanges", tr("Data changes only"), QuickFilters::DataChanges}};
    for (const auto &[name, title, kind] : quick) {
        auto *b = named(new QToolButton(box), name, title);
        b->setText(title);
        b->setAutoRaise(false);
        connect(b, &QToolButton::clicked, this, [this, kind = kind] { applyQuickFilter(kind); });
        row->addWidget(b);
    }
    row->addSpacing(12);
    m_indicator = named(new QLabel(box), "filterActiveCount", tr("Active filters"));
    row->addWidget(m_indicator);
    // The chips wrap onto more lines rather than widen the window.
    auto *chipBox = new QWidget(box);
    chipBox->setObjectName(QStringLiteral("filterChips"));
    m_chips = new FlowLayout(chipBox);
    row->addWidget(chipBox, 1);
    m_clear = named(new QPushButton(tr("C&lear all"), box), "filterClearAll", tr("Clear all filters"));
    m_search = named(new QPushButton(tr("Searc&h"), box), "filterSearch", tr("Search"));
    m_search->setDefault(true);
    row->addWidget(m_clear);
    row->addWidget(m_search);
    connect(m_search, &QPushButton::clicked, this, &FilterPanel::apply);
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clearAll);
    return box;
}

void FilterPanel::loadChoices(const DatabaseLocation &location, const SchemaMapping &mapping)
{
    m_choicesWatcher->setFuture(Workers::run([location, mapping] {
        Choices c;
        QString error;
        std::unique_ptr<AuditDatabase> db = AuditDatabase::openWith(location, mapping, &error);
        if (!db)
            return c;
        for (const QString &raw : distinctValues(db->database(), mapping, Field::Action)) {
            const QString mapped = mapping.actionMap.value(raw.trimmed());
            c.actions << (mapped.isEmpty() ? raw : mapped);
        }
        c.actions.removeDuplicates();
        c.tables = distinctValues(db->database(), mapping, Field::Entity);
        c.users = distinctValues(db->database(), mapping, Field::Actor);
        return c;
    }));
}

void FilterPanel::setChoices(const QStringList &actions, const QStringList &tables, const QStringList &users)
{
    m_settingWidgets = true;
    m_knownActions = actions;
    m_eventTypeModel->clear();
    m_eventTypeModel->appendRow(new QStandardItem(tr("All event types")));
    // Grouped by category (RULES.md): the header selects the whole category.
    for (Category c : {Category::Auth, Category::Create, Category::Update, Category::Delete, Category::Sync,
                       Category::Read, Category::Other}) {
        QStringList inCategory;
        for (const QString &a : actions) {
            if (Actions::categorize(a) == c)
                inCategory << a;
        }
        if (inCategory.isEmpty())
            continue;
        auto *header = new QStandardItem(tr("%1 (all)").arg(categoryTitle(c)));
        header->setData(QString(QStringLiteral("category:") + Actions::categoryName(c)), Qt::UserRole);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        m_eventTypeModel->appendRow(header);
        for (const QString &a : std::as_const(inCategory)) {
            auto *item = new QStandardItem(QStringLiteral("    ") + a);
            item->setData(QString(QStringLiteral("action:") + a), Qt::UserRole);
            m_eventTypeModel->appendRow(item);
        }
    }
    m_table->clear();
    m_table->addItem(tr("All tables"));
    for (const QString &t : tables)
        m_table->addItem(t, t);
    m_user->clear();
    m_user->addItem(QString());
    m_user->addItems(users);
    m_settingWidgets = false;
    showFilter(m_applied);
}

QDateTime FilterPanel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

FilterPanel::Preset FilterPanel::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void FilterPanel::setComboData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterPanel::applyPreset(int index)
{
    const Preset p = Preset(m_preset->itemData(index).toInt());
    const QDateTime n = now();
    const QDate today = n.date();
    QDateTime from;
    switch (p) {
    case Today: from = QDateTime(today, QTime(0, 0), Qt::UTC); break;
    case Last24Hours: from = n.addSecs(-24 * 3600); break;
    case Last7Days: from = n.addDays(-7); break;
    case Last30Days: from = n.addDays(-30); break;
    case ThisMonth: from = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC); break;
    case AllTime: break;
    case Custom: return;
    }
    m_settingWidgets = true;
    m_preset->setCurrentIndex(index);
    m_from->setDateTime(from.isValid() ? from : kOpenBound);
    m_to->setDateTime(kOpenBound);
    m_settingWidgets = false;
}

EventFilter FilterPanel::readWidgets() const
{
    EventFilter f;
    if (m_from->dateTime() > kOpenBound)
        f.from = m_from->dateTime().toUTC();
    if (m_to->dateTime() > kOpenBound)
        f.to = m_to->dateTime().toUTC();
    const QString type = m_eventType->currentData(Qt::UserRole).toString();
    if (type.startsWith(QLatin1String("category:"))) {
        bool ok = false;
        const Category c = Actions::categoryFromName(QStringView(type).mid(9), &ok);
        if (ok)
            f.categories = {c};
    } else if (type.startsWith(QLatin1String("action:"))) {
        f.actions = {type.mid(7)};
    }
    if (m_table->currentIndex() > 0)
        f.tables = {m_table->currentData().toString()};
    const QString user = m_user->currentText().trimmed();
    if (!user.isEmpty())
        f.users = {user};
    if (m_status->currentIndex() > 0)
        f.statuses = {Status(m_status->currentData().toInt())};
    f.ip = m_ip->text().trimmed();
    f.text = m_text->text();
    f.flaggedOnly = m_flagged->isChecked();
    f.reviewState = m_applied.reviewState; // set by the flag views, not by this panel
    return f;
}

void FilterPanel::showFilter(const EventFilter &f)
{
    m_settingWidgets = true;
    m_from->setDateTime(f.from.isValid() ? f.from : kOpenBound);
    m_to->setDateTime(f.to.isValid() ? f.to : kOpenBound);
    QString type;
    if (f.actions.size() == 1 && f.categories.isEmpty())
        type = QStringLiteral("action:") + f.actions.first();
    else if (f.categories.size() == 1 && f.actions.isEmpty())
        type = QStringLiteral("category:") + Actions::categoryName(f.categories.first());
    int row = 0;
    for (int i = 0; i < m_eventTypeModel->rowCount(); ++i) {
        if (!type.isEmpty()
            && m_eventTypeModel->item(i)->data(Qt::UserRole).toString().compare(type, Qt::CaseInsensitive) == 0)
            row = i;
    }
    m_eventType->setCurrentIndex(row);
    setComboData(m_table, f.tables.size() == 1 ? QVariant(f.tables.first()) : QVariant());
    m_user->setEditText(f.users.size() == 1 ? f.users.first() : QString());
    setComboData(m_status, f.statuses.size() == 1 ? QVariant(int(f.statuses.first())) : QVariant());
    m_ip->setText(f.ip);
    m_text->setText(f.text);
    m_flagged->setChecked(f.flaggedOnly);
    m_settingWidgets = false;
}

void FilterPanel::apply()
{
    // A preset is relative to the moment of the search, not to when it was picked.
    if (preset() != Custom)
        applyPreset(m_preset->currentIndex());
    m_applied = readWidgets();
    updateIndicator();
    emit filterApplied(m_applied);
}

void FilterPanel::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterPanel::setFilter(const EventFilter &filter, Preset preset)
{
    // A badge, a chart or a user link that leaves the dates alone leaves their preset too.
    if (preset == Custom && filter.from == m_applied.from && filter.to == m_applied.to)
        preset = this->preset();
    m_applied = filter;
    showFilter(filter);
    m_settingWidgets = true;
    setComboData(m_preset, int(preset == Custom && !filter.from.isValid() && !filter.to.isValid() ? AllTime : preset));
    m_settingWidgets = false;
    updateIndicator();
    emit filterApplied(m_applied);
}

void FilterPanel::clearAll()
{
    setFilter(EventFilter(), AllTime);
}

void FilterPanel::applyQuickFilter(QuickFilters::Kind kind)
{
    const EventFilter f = QuickFilters::make(kind, now(), m_knownActions);
    setFilter(f, kind == QuickFilters::TodaysActivity ? Today : Custom);
}

QJsonObject FilterPanel::saveState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("filter"), m_applied.toJson());
    o.insert(QStringLiteral("preset"), QLatin1String(QMetaEnum::fromType<Preset>().valueToKey(preset())));
    return o;
}

void FilterPanel::restoreState(const QJsonObject &state)
{
    EventFilter f = EventFilter::fromJson(state.value(QStringLiteral("filter")).toObject());
    bool ok = false;
    const int p = QMetaEnum::fromType<Preset>().keyToValue(
        state.value(QStringLiteral("preset")).toString(QStringLiteral("Last30Days")).toLatin1().constData(), &ok);
    const Preset preset = ok ? Preset(p) : Last30Days;
    if (preset != Custom) {
        // A relative range is recomputed from today's clock, not restored as stale dates.
        applyPreset(m_preset->findData(int(preset)));
        f.from = m_from->dateTime() > kOpenBound ? m_from->dateTime().toUTC() : QDateTime();
        f.to = QDateTime();
    }
    setFilter(f, preset);
}

void FilterPanel::addChip(const QString &text, const std::function<void(EventFilter &)> &remove)
{
    auto *chip = new QToolButton(m_chips->parentWidget());
    chip->setObjectName(QStringLiteral("filterChip"));
    chip->setAccessibleName(tr("Remove filter %1").arg(text));
    // A long list of users or tables is cut short on the chip; its tooltip has it whole.
    constexpr int longest = 48;
    const QString shown = text.size() > longest ? text.left(longest - 1) + u'…' : text;
    chip->setToolTip(shown == text ? tr("Remove this filter") : tr("Remove this filter: %1").arg(text));
    chip->setText(shown + QStringLiteral("  ✕"));
    chip->setAutoRaise(false);
    chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                                       "padding: 1px 8px; background: palette(alternate-base); }"));
    connect(chip, &QToolButton::clicked, this, [this, remove] {
        EventFilter f = m_applied;
        remove(f);
        const bool datesKept = f.from == m_applied.from && f.to == m_applied.to;
        setFilter(f, datesKept ? preset() : AllTime);
    });
    // Made after the panel, a chip would be last in the window's tab order: it goes after the
    // quick filters and the chips before it, and before Clear all and Search.
    QWidget *previous = m_chips->count() > 0 ? m_chips->itemAt(m_chips->count() - 1)->widget()
                                             : findChild<QToolButton *>(QStringLiteral("quickDataChanges"));
    m_chips->addWidget(chip);
    QWidget::setTabOrder(previous, chip);
    QWidget::setTabOrder(chip, m_clear);
    QWidget::setTabOrder(m_clear, m_search);
}

void FilterPanel::updateIndicator()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const EventFilter &f = m_applied;
    const int n = f.activeCount();
    m_indicator->setText(n == 0 ? tr("No active filters") : tr("%n active filter(s):", nullptr, n));
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    if (f.from.isValid() || f.to.isValid()) {
        const QString range = f.to.isValid()
            ? tr("%1 – %2").arg(f.from.isValid() ? f.from.toString(fmt) : tr("…"), f.to.toString(fmt))
            : tr("since %1").arg(f.from.toString(fmt));
        addChip(tr("Date: %1").arg(range), [](EventFilter &e) { e.from = e.to = QDateTime(); });
    }
    if (!f.actions.isEmpty())
        addChip(tr("Action: %1").arg(f.actions.join(QStringLiteral(", "))), [](EventFilter &e) { e.actions.clear(); });
    if (!f.categories.isEmpty()) {
        QStringList names;
        for (Category c : f.categories)
            names << categoryTitle(c);
        addChip(tr("Type: %1").arg(names.join(QStringLiteral(", "))), [](EventFilter &e) { e.categories.clear(); });
    }
    if (!f.tables.isEmpty())
        addChip(tr("Table: %1").arg(f.tables.join(QStringLiteral(", "))), [](EventFilter &e) { e.tables.clear(); });
    if (!f.users.isEmpty())
        addChip(tr("User: %1").arg(f.users.join(QStringLiteral(", "))), [](EventFilter &e) { e.users.clear(); });
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (Status s : f.statuses)
            names << statusTitle(s);
        addChip(tr("Status: %1").arg(names.join(QStringLiteral(", "))), [](EventFilter &e) { e.statuses.clear(); });
    }
    if (!f.ip.isEmpty())
        addChip(tr("IP: %1").arg(f.ip), [](EventFilter &e) { e.ip.clear(); });
    if (!f.text.isEmpty())
        addChip(tr("Text: “%1”").arg(f.text.left(30)), [](EventFilter &e) { e.text.clear(); });
    if (f.flaggedOnly || !f.reviewState.isEmpty())
        addChip(tr("Flagged only"), [](EventFilter &e) {
            e.flaggedOnly = false;
            e.reviewState.clear();
        });
}

} // namespace AuditLens
