// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QGroupBox>
#include <QVariant>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace AuditLens {

// One rule that flagged an event, as the flag engine reports it.
struct DetailFlag {
    QString rule;
    QString reason;
};

// The review of a flagged event: its state as the flag store names it ("unreviewed",
// "acknowledged", "false_positive", "confirmed"), the note, who reviewed it and when (UTC).
struct DetailReview {
    QString state;
    QString note;
    QString reviewer;
    QDateTime reviewedAt;
};

// The rules that flagged the shown event with their reasons, and its review. Hidden when the
// event has no flags. The flag engine owns the reviews: this only asks it to save one.
class FlagsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit FlagsPanel(QWidget *parent = nullptr);

    void setFlags(const QVariant &key, const QList<DetailFlag> &flags, const DetailReview &review);
    QList<DetailFlag> flags() const { return m_flags; }
    // Saves a note typed and not yet saved, so nothing the owner typed is lost on a row change.
    void commitPending();

signals:
    void reviewRequested(const QVariant &key, const QString &state, const QString &note);

private:
    void save();

    QVariant m_key;
    QList<DetailFlag> m_flags;
    DetailReview m_review;
    QLabel *m_rules;
    QLabel *m_reviewed;
    QComboBox *m_state;
    QPlainTextEdit *m_note;
    QPushButton *m_save;
};

} // namespace AuditLens
