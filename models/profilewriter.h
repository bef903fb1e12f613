// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemadetector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace AuditLens {

// Writes a schema profile as the JSON that SchemaProfile::fromJson() reads back, into the
// owner's profiles folder, where SchemaDetector::loadProfiles() finds it on the next open.
class ProfileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditLens::ProfileWriter)

public:
    // The folder of the owner's profiles: AppConfigLocation/profiles.
    static QString userProfileDir();
    static QJsonObject toJson(const SchemaProfile &profile);
    // A file name made of the profile name's letters, digits, '-' and '_' (never a path).
    static QString fileNameFor(const QString &profileName);
    // Writes the profile atomically; returns the file's path, or an empty string and *error.
    static QString save(const SchemaProfile &profile, QString *error);
};

} // namespace AuditLens
