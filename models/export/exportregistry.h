// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportwriter.h"

#include <functional>
#include <memory>

namespace AuditLens {

// The export formats, listed once: adding one touches this registry and its own unit.
struct ExportFormatInfo {
    ExportFormat format;
    QString id;        // "csv", the --format value
    QString title;     // "CSV", for menus
    QString extension; // "csv"
    QString fileFilter;
    std::function<std::unique_ptr<ExportWriter>()> create;
};

namespace ExportRegistry {
const QList<ExportFormatInfo> &formats();
const ExportFormatInfo *find(ExportFormat format);
const ExportFormatInfo *find(QStringView id);
} // namespace ExportRegistry

} // namespace AuditLens
