// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonview.h"

#include "longtextview.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AuditLens {
namespace {

// Mid-tone colours that read on light and dark palettes alike.
QColor stringColor() { return QColor(0x2e, 0x9d, 0x4f); }
QColor numberColor() { return QColor(0x3d, 0x7e, 0xdb); }
QColor literalColor() { return QColor(0xa3, 0x4e, 0xc9); }

} // namespace

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_raw(new LongTextView(this))
{
    m_notice->setObjectName(QStringLiteral("jsonNotice"));
    m_notice->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setAccessibleName(tr("JSON tree"));
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_raw->setObjectName(QStringLiteral("jsonRaw"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_raw, 1);
    setJson(QString());
}

bool JsonView::looksLikeJson(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return c == u'{' || c == u'[';
    }
    return false;
}

QString JsonView::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void JsonView::showRaw(const QString &notice)
{
    m_isTree = false;
    m_tree->clear();
    m_tree->hide();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_raw->setText(m_text);
    m_raw->show();
}

void JsonView::setJson(const QString &text)
{
    m_text = text;
    m_tree->clear();
    if (text.size() > kTreeLimitChars) {
        showRaw(tr("Too large to show as a tree (%1): shown as text.").arg(DisplayText::sizeText(text.size())));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray())) {
        showRaw(text.trimmed().isEmpty() ? QString()
                                         : tr("⚠ Not valid JSON (%1 at character %2): shown as stored.")
                                               .arg(error.errorString())
                                               .arg(error.offset));
        return;
    }
    m_isTree = true;
    m_raw->hide();
    m_raw->setText(QString());
    m_notice->hide();
    m_tree->show();
    int budget = kNodeLimit;
    auto *root = m_tree->invisibleRootItem();
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            addValue(root, it.key(), it.value(), &budget);
    } else {
        const QJsonArray a = doc.array();
        for (qsizetype i = 0; i < a.size(); ++i)
            addValue(root, QStringLiteral("[%1]").arg(i), a.at(i), &budget);
    }
    if (budget < 0) {
        m_notice->setText(tr("Only the first %n value(s) are shown.", nullptr, kNodeLimit));
        m_notice->show();
    }
    m_tree->expandToDepth(1);
}

void JsonView::addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, int *budget)
{
    if (--*budget < 0)
        return;
    auto *item = new QTreeWidgetItem(parent, {key});
    QFont keyFont = item->font(0);
    keyFont.setBold(true);
    item->setFont(0, keyFont);
    QString shown;
    QColor colour;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        shown = tr("{%n key(s)}", nullptr, int(o.size()));
        for (auto it = o.begin(); it != o.end(); ++it)
            addValue(item, it.key(), it.value(), budget);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        shown = tr("[%n item(s)]", nullptr, int(a.size()));
        for (qsizetype i = 0; i < a.size(); ++i)
            addValue(item, QStringLiteral("[%1]").arg(i), a.at(i), budget);
    } else if (value.isString()) {
        shown = u'"' + DisplayText::oneLine(value.toString()) + u'"';
        colour = stringColor();
        item->setData(1, Qt::UserRole, value.toString()); // the whole value, for copying
    } else if (value.isDouble()) {
        shown = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        colour = numberColor();
    } else if (value.isBool()) {
        shown = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        colour = literalColor();
    } else {
        shown = QStringLiteral("null");
        colour = literalColor();
    }
    item->setText(1, shown);
    if (colour.isValid())
        item->setForeground(1, colour);
    if (!item->data(1, Qt::UserRole).isValid())
        item->setData(1, Qt::UserRole, shown);
}

} // namespace AuditLens
