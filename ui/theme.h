// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace AuditLens::Theme {

// Applies Settings' theme app-wide: "light" and "dark" are Fusion with a palette of their own,
// "system" gives back the style and palette the application started with.
void apply(const QString &theme);
bool isDark();
// Qt Charts keeps a theme of its own: the chart views under root follow the palette.
void styleCharts(QWidget *root);
// An icon of resources/icons drawn from its SVG at every size asked for, its strokes in the
// palette's text colour at the moment it is painted, so it stays sharp and legible in both themes.
QIcon icon(const QString &name);

} // namespace AuditLens::Theme
