// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actioncategory.h"

#include <QColor>

namespace AuditLens::CategoryPalette {

// Badge colours after seed 002: create green, update blue, delete red, read and other gray;
// auth, sync and failures each a colour of their own. White text reads on all of them, in
// light and dark palettes alike.
QColor badgeColor(Category category, Status status);
QColor badgeTextColor();
QColor flagColor();

} // namespace AuditLens::CategoryPalette
