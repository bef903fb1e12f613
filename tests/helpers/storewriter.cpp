// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes reviews and flag runs to a flag store in a loop, printing each one once it is
// committed, until it is killed: tst_store kills it with SIGKILL and checks what survived.
#include "flags/flagstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace AuditLens;
using namespace AuditLens::Flags;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: storewriter STORE IDENTITY\n");
        return 2;
    }
    FlagStore store(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QString identity = QString::fromLocal8Bit(argv[2]);
    for (qint64 i = 0;; ++i) {
        Review review;
        review.state = ReviewState(1 + i % 3);
        review.note = QStringLiteral("note %1: ").arg(i) + QString(int(i % 500), u'n');
        review.reviewer = QStringLiteral("owner");
        if (!store.setReview(identity, i, review))
            return 1;
        std::printf("review %lld\n", i);
        if (i % 10 == 0) {
            // A flag run of a hundred flags, in one transaction, as FlagRunner writes it.
            const qint64 run = i / 10;
            if (!store.beginWrite())
                return 1;
            FlagMatch match;
            match.rules = QStringList{QStringLiteral("bulk_operations")};
            match.reasons = QStringList{QStringLiteral("run %1").arg(run)};
            for (qint64 k = 0; k < 100; ++k)
                store.addFlag(identity, run * 100 + k, k, run * 100 + k, match);
            if (!store.commitWrite())
                return 1;
            std::printf("run %lld\n", run);
        }
        std::fflush(stdout);
    }
}
