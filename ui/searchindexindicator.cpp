// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexindicator.h"

#include "search/searchindexbuilder.h"

namespace AuditLens {

SearchIndexIndicator::SearchIndexIndicator(SearchIndexBuilder *builder, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statusSearchIndex"));
    setToolTip(tr("AuditLens is indexing the events' text on this computer so that searches answer at once. "
                  "Until it is done, searches scan the table."));
    hide();
    connect(builder, &SearchIndexBuilder::progressChanged, this, &SearchIndexIndicator::showProgress);
    connect(builder, &SearchIndexBuilder::finished, this, &QWidget::hide);
}

void SearchIndexIndicator::showProgress(int percent)
{
    if (percent >= 100) {
        hide();
        return;
    }
    setText(tr("Building search index… %1%").arg(percent));
    show();
}

} // namespace AuditLens
