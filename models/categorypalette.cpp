// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorypalette.h"

namespace AuditLens::CategoryPalette {

QColor badgeColor(Category category, Status status)
{
    if (status == Status::Failure || status == Status::Error)
        return QColor(0xb2, 0x4a, 0x00); // amber-brown: something was refused or broke
    switch (category) {
    case Category::Create: return QColor(0x2e, 0x7d, 0x32);
    case Category::Update: return QColor(0x15, 0x65, 0xc0);
    case Category::Delete: return QColor(0xc6, 0x28, 0x28);
    case Category::Auth: return QColor(0x6a, 0x1b, 0x9a);
    case Category::Sync: return QColor(0x00, 0x6d, 0x77);
    case Category::Read: return QColor(0x5f, 0x63, 0x68);
    case Category::Other: break;
    }
    return QColor(0x6b, 0x70, 0x75);
}

QColor badgeTextColor()
{
    return QColor(Qt::white);
}

QColor flagColor()
{
    return QColor(0xe5, 0x39, 0x35);
}

} // namespace AuditLens::CategoryPalette
