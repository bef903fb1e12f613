// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagspanel.h"

#include "longtextview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace AuditLens {

FlagsPanel::FlagsPanel(QWidget *parent)
    : QGroupBox(tr("Flagged as suspicious"), parent)
    , m_rules(new QLabel(this))
    , m_reviewed(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save review"), this))
{
    setObjectName(QStringLiteral("detailFlags"));
    m_rules->setObjectName(QStringLiteral("detailFlagRules"));
    m_rules->setWordWrap(true);
    m_rules->setTextFormat(Qt::RichText);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("detailReviewState"));
    m_state->setAccessibleName(tr("Review state"));
    m_state->addItem(tr("Not reviewed"), QStringLiteral("unreviewed"));
    m_state->addItem(tr("Acknowledged"), QStringLiteral("acknowledged"));
    m_state->addItem(tr("False positive"), QStringLiteral("false_positive"));
    m_state->addItem(tr("Confirmed"), QStringLiteral("confirmed"));
    m_reviewed->setObjectName(QStringLiteral("detailReviewedBy"));
    m_reviewed->setWordWrap(true);
    m_reviewed->setForegroundRole(QPalette::PlaceholderText);
    m_note->setObjectName(QStringLiteral("detailReviewNote"));
    m_note->setAccessibleName(tr("Review note"));
    m_note->setPlaceholderText(tr("Why this event is or is not a problem…"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4 + 12);
    m_save->setObjectName(QStringLiteral("detailReviewSave"));
    m_save->setAccessibleName(tr("Save review"));
    auto *form = new QFormLayout(this);
    form->addRow(m_rules);
    form->addRow(tr("Review:"), m_state);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_reviewed);
    form->addRow(QString(), m_save);
    connect(m_save, &QPushButton::clicked, this, &FlagsPanel::save);
    hide();
}

void FlagsPanel::setFlags(const QVariant &key, const QList<DetailFlag> &flags, const DetailReview &review)
{
    commitPending();
    m_key = key;
    m_flags = flags;
    m_review = review;
    QStringList lines;
    for (const DetailFlag &f : flags) {
        lines << QStringLiteral("<b>%1</b> — %2").arg(f.rule.toHtmlEscaped(),
                                                      DisplayText::cut(f.reason, DisplayText::kLabelLimit).toHtmlEscaped());
    }
    m_rules->setText(lines.join(QStringLiteral("<br>")));
    const int state = m_state->findData(review.state.isEmpty() ? QStringLiteral("unreviewed") : review.state);
    m_state->setCurrentIndex(std::max(0, state));
    m_note->setPlainText(review.note);
    m_note->document()->setModified(false);
    m_reviewed->setText(review.reviewer.isEmpty() && !review.reviewedAt.isValid()
                            ? QString()
                            : tr("Reviewed by %1 on %2")
                                  .arg(review.reviewer.isEmpty() ? tr("unknown") : review.reviewer,
                                       QLocale().toString(review.reviewedAt.toLocalTime(), QLocale::ShortFormat)));
    m_reviewed->setVisible(!m_reviewed->text().isEmpty());
    setVisible(!flags.isEmpty());
}

void FlagsPanel::commitPending()
{
    if (!m_flags.isEmpty() && m_note->document()->isModified())
        save();
}

void FlagsPanel::save()
{
    m_review.state = m_state->currentData().toString();
    m_review.note = m_note->toPlainText();
    m_note->document()->setModified(false);
    emit reviewRequested(m_key, m_review.state, m_review.note);
}

} // namespace AuditLens
