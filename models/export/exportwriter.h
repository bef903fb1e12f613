// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"

class QIODevice;

namespace AuditLens {

// One export format. The exporter calls begin() once, write() for every row in order and
// finish() at the end; a writer holds no more than the row it is writing.
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;
    // True when begin() needs the summary (category, status and rule counts), which costs a scan.
    virtual bool needsSummary() const { return false; }
    virtual bool begin(QIODevice *device, const ExportOptions &options, const ExportSummary &summary, QString *error) = 0;
    virtual bool write(const AuditEvent &event, const FlagMarks &flags) = 0;
    virtual bool finish(QString *error) = 0;
};

} // namespace AuditLens
