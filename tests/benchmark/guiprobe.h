// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QList>

namespace AuditLens::GuiProbe {

// Opens the database in the real main window and works it as an owner would (page turns,
// filters, sorting, search) while a 5 ms timer measures how late the event loop runs.
QList<Figure> run(const QString &path);

} // namespace AuditLens::GuiProbe
