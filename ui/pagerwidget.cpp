// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerwidget.h"

#include "theme.h"

#include "entriesmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>

namespace AuditLens {
namespace {

QToolButton *makeButton(QWidget *parent, const char *name, const char *icon, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setIcon(Theme::icon(QLatin1String(icon))); // SVG in the palette's ink: legible in the dark theme
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

PagerWidget::PagerWidget(QWidget *parent)
    : QWidget(parent)
    , m_first(makeButton(this, "pagerFirst", "page-first", tr("First page (Ctrl+Home)")))
    , m_previous(makeButton(this, "pagerPrevious", "page-previous", tr("Previous page (Ctrl+PgUp)")))
    , m_next(makeButton(this, "pagerNext", "page-next", tr("Next page (Ctrl+PgDown)")))
    , m_last(makeButton(this, "pagerLast", "page-last", tr("Last page (Ctrl+End)")))
    , m_stop(new QToolButton(this))
    , m_label(new QLabel(this))
    , m_jump(new QSpinBox(this))
{
    m_label->setObjectName(QStringLiteral("pagerLabel"));
    m_stop->setObjectName(QStringLiteral("pagerStop"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop the search (Esc)"));
    m_stop->setAccessibleName(tr("Stop the search"));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setVisible(false);
    m_jump->setObjectName(QStringLiteral("pagerJump"));
    m_jump->setAccessibleName(tr("Go to page"));
    m_jump->setToolTip(tr("Type a page number and press Enter"));
    m_jump->setKeyboardTracking(false);
    m_jump->setRange(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addWidget(m_last);
    layout->addWidget(m_stop);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Go to page:"), this));
    layout->addWidget(m_jump);
    layout->addStretch();
    connect(m_first, &QToolButton::clicked, this, &PagerWidget::firstPage);
    connect(m_previous, &QToolButton::clicked, this, &PagerWidget::previousPage);
    connect(m_next, &QToolButton::clicked, this, &PagerWidget::nextPage);
    connect(m_last, &QToolButton::clicked, this, &PagerWidget::lastPage);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->cancelLoading();
    });
    connect(m_jump, &QSpinBox::editingFinished, this, &PagerWidget::jump);
    updateState();
}

void PagerWidget::setModel(EntriesModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &EntriesModel::pageChanged, this, &PagerWidget::updateState);
        connect(m_model, &EntriesModel::totalCountChanged, this, &PagerWidget::updateState);
    }
    updateState();
}

void PagerWidget::firstPage()
{
    if (m_model)
        m_model->firstPage();
}

void PagerWidget::previousPage()
{
    if (m_model)
        m_model->previousPage();
}

void PagerWidget::nextPage()
{
    if (m_model)
        m_model->nextPage();
}

void PagerWidget::lastPage()
{
    if (m_model)
        m_model->lastPage();
}

void PagerWidget::jump()
{
    if (m_model && m_jump->value() - 1 != m_model->pageIndex())
        m_model->goToPage(m_jump->value() - 1);
}

void PagerWidget::updateState()
{
    const bool has = !m_model.isNull();
    m_first->setEnabled(has && m_model->canGoPrevious());
    m_previous->setEnabled(has && m_model->canGoPrevious());
    m_next->setEnabled(has && m_model->canGoNext());
    m_last->setEnabled(has && m_model->canGoLast());
    const bool loading = has && m_model->isLoading();
    m_stop->setVisible(loading);
    m_stop->setEnabled(loading); // Esc belongs to the rest of the window otherwise
    if (!has) {
        m_label->setText(tr("No database"));
        m_jump->setEnabled(false);
        return;
    }
    const QLocale locale;
    const qint64 page = m_model->pageIndex() + 1;
    const qint64 pages = m_model->pageCount();
    if (loading)
        m_label->setText(tr("Searching…"));
    else
        m_label->setText(pages < 0 ? tr("Page %1 of … (counting)").arg(locale.toString(page))
                                   : tr("Page %1 of %2").arg(locale.toString(page), locale.toString(pages)));
    const QSignalBlocker block(m_jump);
    m_jump->setEnabled(pages > 1);
    m_jump->setRange(1, int(std::clamp<qint64>(pages < 0 ? page : pages, 1, INT_MAX)));
    m_jump->setValue(int(std::min<qint64>(page, INT_MAX)));
}

} // namespace AuditLens
