#pragma once

#include "core/connectionprofile.h"
#include "core/mailboxservice.h"
#include "core/serviceerror.h"

#include <QObject>

#include <memory>

class QTimer;
class QWidget;

namespace pecadmin {

class AppSettings;
class ConnectionSession;
class ProfileStore;

// The connection's life for the main window: which store or server it is connected to (and
// which one the next start opens), the service while connected, whether the server answers
// (the service's reachabilityChanged()), the sign-in when the session expires
// (ConnectionSession), and the automatic refresh of what others share: every 30 seconds a
// refresh is due, or, where the server could not be reached, a new connection is tried.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    ConnectionController(AppSettings &settings, QWidget *window);

    ProfileStore *profiles() const { return m_profiles; }
    ConnectionSession *session() const { return m_session; }
    std::shared_ptr<MailboxService> service() const { return m_service; }
    const ConnectionProfile &profile() const;
    // The store's file, or where the server is, as the window's title and errors name it.
    QString storePath() const { return m_storePath; }
    bool isOnline() const;
    // Whether others may change the data meanwhile: the service's capabilities once connected,
    // the profile's kind before.
    bool isShared() const;

    // Connects to `profile`; `remember`: the next start connects to it too.
    void connectTo(const ConnectionProfile &profile, bool remember);
    // Connects to the saved profile `name` (empty or the local store's name: the local store
    // the settings name) and remembers it.
    void connectProfile(const QString &name);
    // Connects again to the profile shown, without remembering it.
    void retry();

    // Refresh automatically (View menu): remembered in the settings.
    bool autoRefresh() const;
    void setAutoRefresh(bool on);

    // A failed request that leaves the data shown: the session expired (the sign-in is asked)
    // or a shared server stopped answering. False for any other error.
    bool connectionProblem(const ServiceError &error);

Q_SIGNALS:
    // A connection is about to start: what the window shows of the previous one is out of
    // date, and the previous service goes away.
    void aboutToConnect();
    // The connection to profile() has started.
    void connecting();
    void connected();
    void failed(const pecadmin::ServiceError &error);
    void onlineChanged();
    void signedInAgain();
    // The automatic refresh is due (the window decides whether nothing is in the way).
    void refreshDue();
    // A message for the status bar.
    void message(const QString &text, int timeoutMs);

private:
    void sessionConnected();
    void updateAutoRefresh();
    void autoRefreshTimeout();

    AppSettings &m_settings;
    ProfileStore *m_profiles = nullptr;
    ConnectionSession *m_session = nullptr;
    std::shared_ptr<MailboxService> m_service;
    QString m_storePath;
    bool m_remember = false;
    QTimer *m_autoRefreshTimer = nullptr;
};

} // namespace pecadmin
