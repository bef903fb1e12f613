// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace AuditLens {

struct DatabaseLocation;

// Server passwords in the desktop keychain (Secret Service or KWallet, through qtkeychain) and
// nowhere else: no plain-text fallback. Every call answers once, asynchronously; without a
// keychain (no D-Bus session, no secret service) the answer says so and nothing is stored.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Done, NotFound, Unavailable };
    struct Result {
        Outcome outcome = Outcome::Unavailable;
        QString password; // read() only
        QString message;  // for Unavailable: one sentence for the owner
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // The keychain entry of a server: user@host:port/database, never the password.
    static QString accountFor(const DatabaseLocation &location);

    void read(const QString &account, Callback done);
    void write(const QString &account, const QString &password, Callback done);
    void remove(const QString &account, Callback done);
};

} // namespace AuditLens
