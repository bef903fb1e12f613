// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"
#include "workers.h"

#include "credentialstore.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace AuditLens {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_timeout(new QTimer(this))
    , m_attempt(new QFutureWatcher<QString>(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Server"));
    m_store = new CredentialStore(this);
    buildForm();
    // The last server opened, as a start (its password, if remembered, comes from the keychain).
    const QStringList recent = Settings::recentDatabases();
    const auto server = std::find_if(recent.cbegin(), recent.cend(), [](const QString &url) {
        return DatabaseLocation::parse(url).kind == DatabaseKind::PostgreSQL;
    });
    if (server != recent.cend())
        setLocation(DatabaseLocation::parse(*server));
    else
        lookUpPassword(); // tells early whether a keychain is there at all
    m_timeout->setSingleShot(true);
    // libpq gives up after its connect_timeout; this covers a server that accepts and then hangs.
    m_timeout->setInterval((kConnectTimeoutSeconds + 5) * 1000);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        ++m_generation; // the late answer of this attempt is ignored
        finishAttempt(tr("The server did not answer within %n second(s).", nullptr, kConnectTimeoutSeconds + 5));
    });
    connect(m_attempt, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_attempt->property("generation").toULongLong() == m_generation)
            finishAttempt(m_attempt->result());
    });
}

ConnectDialog::~ConnectDialog()
{
    m_attempt->waitForFinished();
}

void ConnectDialog::buildForm()
{
    auto field = [this](QWidget *w, const char *name, const QString &accessible) {
        w->setObjectName(QString::fromLatin1(name));
        w->setAccessibleName(accessible);
        return w;
    };
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass when empty"));
    m_sslMode = new QComboBox(this);
    for (const char *mode : {"prefer", "disable", "allow", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_table = new QLineEdit(this);
    m_table->setPlaceholderText(tr("detected when empty"));
    m_remember = new QCheckBox(tr("&Remember password in the desktop keychain"), this);
    m_remember->setToolTip(tr("Kept only in the desktop keychain, never in AuditLens's settings"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), field(m_host, "connectHost", tr("Host")));
    form->addRow(tr("&Port:"), field(m_port, "connectPort", tr("Port")));
    form->addRow(tr("&Database:"), field(m_database, "connectDatabase", tr("Database")));
    form->addRow(tr("&User:"), field(m_user, "connectUser", tr("User")));
    form->addRow(tr("Pass&word:"), field(m_password, "connectPassword", tr("Password")));
    form->addRow(QString(), field(m_remember, "connectRememberPassword", tr("Remember password")));
    form->addRow(tr("&SSL mode:"), field(m_sslMode, "connectSslMode", tr("SSL mode")));
    form->addRow(tr("&Table (optional):"), field(m_table, "connectTable", tr("Table")));

    m_error = new QLabel(this);
    field(m_error, "connectError", tr("Connection error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_keychainNote = new QLabel(this);
    field(m_keychainNote, "connectKeychainNote", tr("Keychain"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_busy = new QProgressBar(this);
    field(m_busy, "connectBusy", tr("Connecting"));
    m_busy->setRange(0, 0); // an indeterminate bar: libpq reports no progress
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("connectButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateConnectButton);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::updateConnectButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    updateConnectButton();
}

void ConnectDialog::updateConnectButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty()
                                                         && !m_database->text().trimmed().isEmpty()
                                                         && m_busy->isHidden());
}

void ConnectDialog::setLocation(const DatabaseLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    m_user->setText(location.user);
    m_password->setText(location.password);
    const int ssl = m_sslMode->findText(location.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_table->setText(location.table);
    if (location.password.isEmpty())
        lookUpPassword();
}

void ConnectDialog::lookUpPassword()
{
    const QString account = CredentialStore::accountFor(location());
    m_keychainAnswered = false;
    m_store->read(account, [this, account](const CredentialStore::Result &result) {
        if (result.outcome == CredentialStore::Outcome::Unavailable) {
            // Whatever the account: without a keychain nothing can be remembered.
            m_keychainAnswered = true;
            m_keychainUnavailable = true;
            m_remember->setChecked(false);
            m_remember->setEnabled(false);
            showKeychainNote(result.message);
            return;
        }
        if (account != CredentialStore::accountFor(location()))
            return; // the fields changed meanwhile: this answer is for another server
        m_keychainAnswered = true;
        if (result.outcome == CredentialStore::Outcome::Done && m_password->text().isEmpty()) {
            m_password->setText(result.password);
            m_keychainAccount = account;
            m_remember->setChecked(true);
            showKeychainNote(tr("The password comes from the desktop keychain."));
        }
    });
}

void ConnectDialog::showKeychainNote(const QString &text)
{
    m_keychainNote->setText(text);
    m_keychainNote->setVisible(!text.isEmpty());
}

void ConnectDialog::storePasswordThenAccept()
{
    const DatabaseLocation loc = location();
    const QString account = CredentialStore::accountFor(loc);
    auto finish = [this](const CredentialStore::Result &result) {
        if (result.outcome == CredentialStore::Outcome::Unavailable)
            m_keychainMessage = result.message;
        setBusy(false);
        QDialog::accept();
    };
    if (!m_keychainUnavailable && m_remember->isChecked() && !loc.password.isEmpty())
        m_store->write(account, loc.password, finish);
    else if (!m_remember->isChecked() && m_keychainAccount == account)
        m_store->remove(account, finish); // unticked: forget the password kept for this server
    else
        finish({CredentialStore::Outcome::Done, {}, {}});
}

DatabaseLocation ConnectDialog::location() const
{
    DatabaseLocation loc;
    loc.kind = DatabaseKind::PostgreSQL;
    loc.host = m_host->text().trimmed();
    loc.port = m_port->value();
    loc.database = m_database->text().trimmed();
    loc.user = m_user->text().trimmed();
    loc.password = m_password->text();
    loc.sslMode = m_sslMode->currentIndex() == 0 ? QString() : m_sslMode->currentText();
    loc.table = m_table->text().trimmed();
    return loc;
}

QString ConnectDialog::errorText() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

void ConnectDialog::accept()
{
    if (!m_busy->isHidden())
        return;
    setBusy(true);
    const quint64 generation = ++m_generation;
    m_attempt->setProperty("generation", generation);
    m_attempt->setFuture(Workers::run([location = location()] {
        QString error;
        const auto db = AuditDatabase::open(location, &error);
        return db ? QString() : error;
    }));
    m_timeout->start();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_error->setVisible(false);
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_sslMode),
                       static_cast<QWidget *>(m_table)})
        w->setEnabled(!busy);
    m_remember->setEnabled(!busy && !m_keychainUnavailable);
    updateConnectButton();
}

void ConnectDialog::finishAttempt(const QString &error)
{
    m_timeout->stop();
    if (error.isEmpty()) {
        storePasswordThenAccept(); // the form stays disabled until the keychain answered
        return;
    }
    setBusy(false);
    m_error->setText(error);
    m_error->show();
}

} // namespace AuditLens
