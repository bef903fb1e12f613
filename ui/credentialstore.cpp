// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "auditdatabase.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace AuditLens {
namespace {

Q_LOGGING_CATEGORY(lcKeychain, "auditlens.ui.keychain")

const QString kService = QStringLiteral("AuditLens");

// Starts a job and turns its answer into a Result; the job deletes itself when finished.
void run(QKeychain::Job *job, const QString &account, const CredentialStore::Callback &done)
{
    job->setKey(account);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        CredentialStore::Result result;
        switch (finished->error()) {
        case QKeychain::NoError:
            result.outcome = CredentialStore::Outcome::Done;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.password = read->textData();
            break;
        case QKeychain::EntryNotFound:
            result.outcome = CredentialStore::Outcome::NotFound;
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            result.message = CredentialStore::tr("The desktop keychain refused access (%1), so the password is not "
                                                 "remembered.")
                                 .arg(finished->errorString());
            break;
        default:
            // qtkeychain answers "Unknown error" when neither a Secret Service nor KWallet is on D-Bus.
            qCInfo(lcKeychain) << "keychain unavailable:" << finished->error() << finished->errorString();
            result.message = CredentialStore::tr("No desktop keychain is available, so the password cannot be "
                                                 "remembered. AuditLens still uses PGPASSWORD, ~/.pgpass or the "
                                                 "password typed here.");
            break;
        }
        done(result);
    });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::accountFor(const DatabaseLocation &location)
{
    return location.identity();
}

void CredentialStore::read(const QString &account, Callback done)
{
    run(new QKeychain::ReadPasswordJob(kService, this), account, done);
}

void CredentialStore::write(const QString &account, const QString &password, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setTextData(password);
    run(job, account, done);
}

void CredentialStore::remove(const QString &account, Callback done)
{
    run(new QKeychain::DeletePasswordJob(kService, this), account, done);
}

} // namespace AuditLens
