// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionbanner.h"

#include "auditdatabase.h"
#include "entriesmodel.h"
#include "workers.h"

#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QLabel>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace AuditLens {

namespace {
Q_LOGGING_CATEGORY(lcConnection, "auditlens.ui.connection")
constexpr int kMaxRetrySeconds = 30;
} // namespace

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_probe(new QFutureWatcher<bool>(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection status"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8)); // a warning, not an error: it recovers
    p.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    setPalette(p);
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionBanner::retry);
    connect(m_probe, &QFutureWatcher<bool>::finished, this, &ConnectionBanner::probeFinished);
    hide();
}

ConnectionBanner::~ConnectionBanner()
{
    m_probe->waitForFinished();
}

void ConnectionBanner::setSession(AuditDatabase *database, EntriesModel *model)
{
    m_database = database;
    m_model = model;
    m_lost = false;
    m_timer->stop();
    hide();
}

bool ConnectionBanner::handleQueryFailure()
{
    if (!m_database)
        return false;
    if (m_lost)
        return true; // already retrying: one banner, not one dialog per failed query
    if (m_database->isAlive())
        return false;
    qCWarning(lcConnection) << "connection to" << m_database->location().displayName() << "lost";
    m_lost = true;
    m_delaySeconds = 1;
    show();
    scheduleRetry();
    return true;
}

void ConnectionBanner::scheduleRetry()
{
    m_text->setText(tr("The connection to %1 was lost. Reconnecting in %n second(s)…", nullptr, m_delaySeconds)
                        .arg(m_database->location().displayName()));
    m_timer->start(m_delaySeconds * 1000);
}

void ConnectionBanner::retry()
{
    if (!m_database || m_probe->isRunning())
        return;
    m_text->setText(tr("The connection to %1 was lost. Reconnecting…").arg(m_database->location().displayName()));
    // Reconnecting the window's own connection blocks until libpq gives up; try on a worker first.
    m_probe->setFuture(Workers::run([location = m_database->location(), mapping = m_database->mapping()] {
        QString error;
        return AuditDatabase::openWith(location, mapping, &error) != nullptr;
    }));
}

void ConnectionBanner::probeFinished()
{
    if (!m_database || !m_lost)
        return;
    QString error;
    if (m_probe->result() && m_database->reconnect(&error)) {
        m_lost = false;
        hide();
        if (m_model)
            m_model->reloadPage();
        emit reconnected();
        return;
    }
    if (!error.isEmpty())
        qCWarning(lcConnection) << "reconnect failed:" << error;
    m_delaySeconds = std::min(m_delaySeconds * 2, kMaxRetrySeconds);
    scheduleRetry();
}

} // namespace AuditLens
