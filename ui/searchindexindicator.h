// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace AuditLens {

class SearchIndexBuilder;

// The status bar's "Building search index… N%" while the local search index is built; hidden
// otherwise. Searching keeps working meanwhile (by scanning), which the tooltip says.
class SearchIndexIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit SearchIndexIndicator(SearchIndexBuilder *builder, QWidget *parent = nullptr);

private:
    void showProgress(int percent);
};

} // namespace AuditLens
