#pragma once

#include "core/connectionprofile.h"
#include "core/mailboxservice.h"
#include "core/replica.h"
#include "core/serviceerror.h"

#include <QDateTime>
#include <QObject>

#include <functional>
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
//
// It alone decides whether the window works online or offline (setMode()): a remote connection
// that keeps a copy for offline work (ConnectionProfile::keepsOfflineCopy) refreshes the copy in
// the background while online; when the server cannot be reached (no connection, a request
// without an answer, the service's reachabilityChanged(false)) or the user chooses File > Work
// offline, service() becomes the copy, the server is probed with a growing interval, and the
// window goes back online by itself when it answers.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    ConnectionController(AppSettings &settings, QWidget *window);

    ProfileStore *profiles() const { return m_profiles; }
    ConnectionSession *session() const { return m_session; }
    // The service the window works with: the server's, or the copy while offline.
    std::shared_ptr<MailboxService> service() const;
    // The server's service, while connected, whatever the mode.
    std::shared_ptr<MailboxService> remoteService() const { return m_service; }
    const ConnectionProfile &profile() const;
    // The store's file, or where the server is, as the window's title and errors name it.
    QString storePath() const { return m_storePath; }
    bool isOnline() const;
    // The window shows the copy for offline work.
    bool isOffline() const { return m_mode == Mode::Offline; }
    // The copy for offline work and its journal, once opened (none before).
    std::shared_ptr<Replica> copy() const { return m_copy; }
    // When the copy shown offline was made.
    QDateTime copiedAt() const { return m_copiedAt; }
    // File > Work offline: the copy without probing the server, until switched off.
    bool workOffline() const { return m_workOffline; }
    void setWorkOffline(bool on);
    // The first and the longest wait between two probes of a server that does not answer.
    void setProbeIntervals(int firstMs, int longestMs);
    int probeInterval() const { return m_probeIntervalMs; }
    // The copy is refreshed this often while online.
    void setCopyInterval(int ms);
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
    // The window works on the copy now (offline) or on the server again (online): service()
    // changed, what the window shows must be read again from it.
    void modeChanged();
    // The copy for offline work was refreshed from the server (or could not be).
    void copyRefreshed(const pecadmin::Outcome &outcome);
    // The copy was opened: its journal can be read.
    void copyOpened();

private:
    enum class Mode { Online, Offline };
    // The one place where the mode changes.
    void setMode(Mode mode);
    // The server cannot be reached: offline where there is a copy; false where there is none.
    bool goOfflineIfCopy();
    void openCopy(const std::function<void()> &then);
    // Gives the copy the key that seals the passwords of the journal, from the keyring.
    void useJournalKey();
    void refreshCopy();
    void scheduleProbe();
    void probe();
    void reachabilityChanged(bool reachable);
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

    Mode m_mode = Mode::Online;
    bool m_reachable = false; // the server's service answers
    bool m_workOffline = false;
    std::shared_ptr<Replica> m_copy;
    QDateTime m_copiedAt;
    bool m_copying = false;
    quint64 m_generation = 0; // the connection the copy and the probes belong to
    QTimer *m_probeTimer = nullptr;
    QTimer *m_copyTimer = nullptr;
    int m_firstProbeMs = 5000;
    int m_longestProbeMs = 300000;
    int m_probeIntervalMs = 5000;
};

} // namespace pecadmin
