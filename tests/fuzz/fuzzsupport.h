// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace AuditLens::Fuzz {

// The fuzz input as texts: split at NUL bytes, each part read as UTF-8.
inline QList<QString> parts(const uint8_t *data, size_t size, int count)
{
    QList<QString> out;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> split = bytes.split('\0');
    for (int i = 0; i < count; ++i)
        out << (i < split.size() ? QString::fromUtf8(split.at(i)) : QString());
    return out;
}

// Qt's SQL drivers want an application object; one for the whole run.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

// A property that failed: report it and stop, so libFuzzer saves the input.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz property failed: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace AuditLens::Fuzz
