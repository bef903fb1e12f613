// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer: events with any text in every column; the file must read back as RFC 4180
// with the same cells, formula-like cells prefixed with a quote when neutralising.
#include "../csvrecords.h"
#include "export/csvwriter.h"
#include "fuzzsupport.h"

#include <QBuffer>

using namespace AuditLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool neutralize = data[0] & 1;
    const bool bom = data[0] & 2;
    const QList<QString> p = Fuzz::parts(data + 1, size - 1, 12);
    QList<AuditEvent> events(2);
    for (int i = 0; i < 2; ++i) {
        AuditEvent &e = events[i];
        e.key = i;
        e.id = p[0 + i];
        e.actor = p[2 + i];
        e.action = p[4];
        e.entity = p[5];
        e.summary = p[6 + i];
        e.ip = p[8];
        e.userAgent = p[9];
        e.rawStatus = p[10];
        e.metadata = p[11];
        e.oldValuesText = p[6];
        e.newValuesText = p[7];
    }
    const QList<ExportColumn> columns{ExportColumn::Id, ExportColumn::Actor, ExportColumn::Action, ExportColumn::Entity,
                                      ExportColumn::Summary, ExportColumn::Ip, ExportColumn::UserAgent,
                                      ExportColumn::Status, ExportColumn::Metadata, ExportColumn::OldValues,
                                      ExportColumn::NewValues, ExportColumn::Flags};
    ExportOptions options;
    options.columns = columns;
    options.csvNeutralizeFormulas = neutralize;
    options.csvByteOrderMark = bom;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer;
    QString error;
    const FlagMarks marks{{p[4]}, {p[5]}};
    if (!writer.begin(&buffer, options, {}, &error) || !writer.write(events[0], marks) || !writer.write(events[1], {})
        || !writer.finish(&error))
        Fuzz::fail("writing to a buffer failed", error);

    QByteArray bytes = buffer.data();
    if (bom) {
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            Fuzz::fail("no byte-order mark");
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    const auto records = TestSupport::csvRecords(text);
    if (!records)
        Fuzz::fail("output is not RFC 4180", text);
    if (records->size() != 3) // header, two events; a final CRLF ends the last record
        Fuzz::fail("wrong number of records", QString::number(records->size()));
    for (int i = 0; i < 2; ++i) {
        const QStringList &cells = records->at(i + 1);
        if (cells.size() != columns.size())
            Fuzz::fail("wrong number of cells", text);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString original = ExportColumns::text(events[i], columns[c], i == 0 ? marks : FlagMarks{});
            const QString expected = neutralize && CsvWriter::needsNeutralizing(original) ? u'\'' + original : original;
            if (cells[c] != expected)
                Fuzz::fail("a cell does not read back", cells[c] + u" != "_qs + expected);
        }
    }
    return 0;
}
