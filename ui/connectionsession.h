#pragma once

#include "core/connectionprofile.h"
#include "core/mailboxservice.h"
#include "core/serviceerror.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace pecadmin {

class ProfileStore;
class SignInDialog;

// The connection of a window to one profile: the secret read from the keyring or asked with
// the sign-in dialog, the service connected, the secret kept in memory for reconnecting, and
// the sign-in asked again when the server's session expires.
//
// A request that the expired session refused is handed back to whoever made it: the requester
// queues a callback with resumeAfterSignIn(), and once the user has signed in again each
// requester still alive submits its own request again (a dialog keeps what was typed);
// signedInAgain() then lets the window read its table again. A cancelled sign-in, or another
// connection, drops the queue. Only one sign-in dialog is open at a time, whatever number of
// requests failed.
class ConnectionSession : public QObject
{
    Q_OBJECT

public:
    ConnectionSession(ProfileStore &profiles, QWidget *window);
    ~ConnectionSession() override;

    // Connects to `profile`, forgetting the previous connection.
    void open(const ConnectionProfile &profile);
    // Connects again to the same profile with the credentials in memory (the server is back).
    void reconnect();
    // The session has expired (a SessionExpired error or the service's signal): sign in again.
    void sessionExpired();
    // `requester`'s request failed with SessionExpired: asks the sign-in (once) and, after it,
    // calls `submitAgain` unless `requester` is gone meanwhile.
    void resumeAfterSignIn(QObject *requester, std::function<void()> submitAgain);
    // The requests waiting for the sign-in.
    int waitingCount() const { return int(m_waiting.size()); }

    const ConnectionProfile &profile() const { return m_profile; }
    std::shared_ptr<MailboxService> service() const { return m_service; }
    bool isConnecting() const { return m_connecting; }
    bool isSigningIn() const { return !m_signInDialog.isNull(); }
    // Connected and signed in. Whether the server answers now, and whether the window works
    // online or on the copy, is ConnectionController's to decide.
    bool isOnline() const { return m_online; }
    // Whether a keyring answered; false once one did not.
    bool keyringAvailable() const { return m_keyringAvailable; }
    SignInDialog *signInDialog() const { return m_signInDialog; }

Q_SIGNALS:
    void connected();
    void failed(const pecadmin::ServiceError &error);
    void signedInAgain();
    void onlineChanged(bool online);
    // No keyring answers: said once, the password is asked each time.
    void keyringUnavailable();

private:
    enum class Purpose { Connect, Resume };
    void setOnline(bool online);
    void readSecretAndConnect();
    void connectWith(const QString &username, const QString &secret, SignInDialog *dialog);
    void askSignIn(int reason, const std::optional<ServiceError> &error = std::nullopt);
    void signInRequested(SignInDialog *dialog, Purpose purpose);
    void connectedTo(std::shared_ptr<MailboxService> service);
    void rememberSecret(SignInDialog *dialog);
    void noteKeyringUnavailable();
    void resumeWaiting();
    QWidget *dialogParent() const;

    struct Waiting
    {
        QPointer<QObject> requester;
        std::function<void()> submitAgain;
    };

    ProfileStore &m_profiles;
    QWidget *m_window;
    ConnectionProfile m_profile;
    std::shared_ptr<MailboxService> m_service;
    QString m_username;
    QString m_secret; // in memory only, while the profile is open
    quint64 m_generation = 0;
    bool m_connecting = false;
    bool m_online = false;
    bool m_keyringAvailable = true;
    bool m_keyringNoted = false;
    QPointer<SignInDialog> m_signInDialog;
    QList<Waiting> m_waiting;
};

} // namespace pecadmin
