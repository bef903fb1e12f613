// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditdatabase.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QTimer;

namespace AuditLens {

class CredentialStore;

// File ▸ Connect to Server: where a PostgreSQL audit log lives. "Connect" tries the server on a
// worker thread (a connection must stay in its thread, so the worker only proves that the server
// answers and the table opens) while a busy bar runs; the dialog closes only when it worked.
// "Remember password" keeps the password in the desktop keychain, and only there.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields from a location (the password is never prefilled from settings).
    void setLocation(const DatabaseLocation &location);
    // The location typed, with the password when one was typed.
    DatabaseLocation location() const;
    QString errorText() const;
    // What the keychain said, when it could not keep or give the password; empty when all went well.
    QString keychainMessage() const { return m_keychainMessage; }
    // True once the keychain has answered the look-up for the location shown.
    bool keychainAnswered() const { return m_keychainAnswered; }

public slots:
    void accept() override;

private:
    void buildForm();
    void setBusy(bool busy);
    void finishAttempt(const QString &error);
    void updateConnectButton();
    void lookUpPassword();
    void storePasswordThenAccept();
    void showKeychainNote(const QString &text);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_table = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    CredentialStore *m_store = nullptr;
    QString m_keychainAccount; // the account whose password the field holds from the keychain
    QString m_keychainMessage;
    bool m_keychainAnswered = false;
    bool m_keychainUnavailable = false;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_timeout = nullptr;
    QFutureWatcher<QString> *m_attempt = nullptr;
    quint64 m_generation = 0;
};

} // namespace AuditLens
