// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QFutureWatcher>

class QLabel;
class QTimer;

namespace AuditLens {

class AuditDatabase;
class EntriesModel;

// The strip above the table that says the server went away. A failed query whose connection no
// longer answers shows it; it then retries with back-off (1, 2, 4 … 30 s), proving the server
// answers on a worker before reopening the window's own connection, and on success shows the
// same page again.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    // The session to watch; null when none is open.
    void setSession(AuditDatabase *database, EntriesModel *model);
    // Called when a query failed: true when the connection was lost (the banner now says so and
    // retries), false when the error was something else that the caller should show.
    bool handleQueryFailure();
    bool isLost() const { return m_lost; }
    int retryDelaySeconds() const { return m_delaySeconds; }

signals:
    void reconnected();

private:
    void scheduleRetry();
    void retry();
    void probeFinished();

    AuditDatabase *m_database = nullptr;
    EntriesModel *m_model = nullptr;
    QLabel *m_text = nullptr;
    QTimer *m_timer = nullptr;
    QFutureWatcher<bool> *m_probe = nullptr;
    bool m_lost = false;
    int m_delaySeconds = 1;
};

} // namespace AuditLens
