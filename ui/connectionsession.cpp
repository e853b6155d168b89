#include "connectionsession.h"

#include "connection/connector.h"
#include "connection/profilestore.h"
#include "core/credentialstore.h"
#include "core/whenready.h"
#include "signindialog.h"

#include <QApplication>
#include <QWidget>

#include <utility>

namespace pecadmin {

using Code = ServiceError::Code;

ConnectionSession::ConnectionSession(ProfileStore &profiles, QWidget *window)
    : QObject(window), m_profiles(profiles), m_window(window)
{ }

ConnectionSession::~ConnectionSession()
{
    m_secret.fill(u'\0');
}

void ConnectionSession::open(const ConnectionProfile &profile)
{
    ++m_generation;
    if (m_signInDialog)
        m_signInDialog->deleteLater();
    m_signInDialog.clear();
    m_waiting.clear();
    m_profile = profile;
    m_service.reset();
    m_username = profile.user;
    m_secret.fill(u'\0');
    m_secret.clear();
    m_connecting = true;
    setOnline(false);
    if (!profile.needsSecret()) {
        connectWith({}, {}, nullptr);
        return;
    }
    if (!profile.rememberSecret) {
        askSignIn(int(SignInDialog::Reason::FirstSignIn));
        return;
    }
    readSecretAndConnect();
}

void ConnectionSession::readSecretAndConnect()
{
    const quint64 generation = m_generation;
    whenReady(m_profiles.readSecret(m_profile.name), this, [this, generation](const Result<QString> &secret) {
        if (generation != m_generation)
            return;
        if (secret) {
            m_keyringAvailable = true;
            connectWith(m_profile.user, secret.value(), nullptr);
            return;
        }
        if (CredentialStore::isUnavailable(secret.error()))
            noteKeyringUnavailable();
        askSignIn(int(SignInDialog::Reason::FirstSignIn));
    });
}

void ConnectionSession::reconnect()
{
    if (m_connecting || isSigningIn())
        return;
    if (m_profile.needsSecret() && m_secret.isEmpty()) {
        open(m_profile);
        return;
    }
    ++m_generation;
    m_connecting = true;
    connectWith(m_username, m_secret, nullptr);
}

void ConnectionSession::connectWith(const QString &username, const QString &secret, SignInDialog *dialog)
{
    const quint64 generation = m_generation;
    QPointer<SignInDialog> asking(dialog);
    whenReady(Connector::connect(m_profile, username, secret), this,
        [this, generation, username, secret, asking](const Result<std::shared_ptr<MailboxService>> &result) {
            if (generation != m_generation)
                return;
            if (result) {
                m_username = username;
                m_secret = secret;
                if (asking) {
                    rememberSecret(asking);
                    asking->accept();
                }
                connectedTo(result.value());
                return;
            }
            const ServiceError &error = result.error();
            const bool refused = error.code() == Code::AuthenticationRequired || error.code() == Code::SessionExpired;
            if (asking) {
                asking->showError(error); // what was typed stays
                return;
            }
            if (refused && m_profile.needsSecret()) {
                askSignIn(int(SignInDialog::Reason::Refused), error);
                return;
            }
            m_connecting = false;
            if (error.code() == Code::Network) {
                // Kept for the next attempt: the server may come back.
                m_username = username;
                m_secret = secret;
            }
            setOnline(false);
            Q_EMIT failed(error);
        });
}

void ConnectionSession::connectedTo(std::shared_ptr<MailboxService> service)
{
    m_service = std::move(service);
    m_connecting = false;
    connect(m_service.get(), &MailboxService::sessionExpired, this, &ConnectionSession::sessionExpired,
        Qt::UniqueConnection);
    setOnline(true);
    Q_EMIT connected();
}

void ConnectionSession::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

void ConnectionSession::sessionExpired()
{
    if (!m_service || isSigningIn())
        return;
    askSignIn(int(SignInDialog::Reason::SessionExpired));
}

void ConnectionSession::resumeAfterSignIn(QObject *requester, std::function<void()> submitAgain)
{
    if (!m_service || !m_service->capabilities().expiresSessions)
        return;
    m_waiting.append({ requester, std::move(submitAgain) });
    sessionExpired();
}

QWidget *ConnectionSession::dialogParent() const
{
    // Above the dialog the user was working in, where one of this window is open: it stays
    // blocked, with what was typed, until the sign-in is done or given up.
    QWidget *modal = QApplication::activeModalWidget();
    for (QWidget *widget = modal; widget; widget = widget->parentWidget()) {
        if (widget == m_window)
            return modal;
    }
    return m_window;
}

void ConnectionSession::askSignIn(int reason, const std::optional<ServiceError> &error)
{
    if (m_signInDialog) {
        if (error)
            m_signInDialog->showError(*error);
        return;
    }
    const auto why = SignInDialog::Reason(reason);
    auto *dialog = new SignInDialog(m_profile, why, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeyringAvailable(m_keyringAvailable);
    if (!m_username.isEmpty())
        dialog->setUsername(m_username);
    if (error)
        dialog->showError(*error);
    m_signInDialog = dialog;
    const Purpose purpose = why == SignInDialog::Reason::SessionExpired ? Purpose::Resume : Purpose::Connect;
    connect(
        dialog, &SignInDialog::signInRequested, this, [this, dialog, purpose] { signInRequested(dialog, purpose); });
    const quint64 generation = m_generation;
    connect(dialog, &QDialog::rejected, this, [this, generation, purpose] {
        if (generation != m_generation)
            return;
        if (purpose == Purpose::Resume) {
            m_waiting.clear(); // an expired session stays so; the next request asks again
            return;
        }
        m_connecting = false;
        Q_EMIT failed(ServiceError(Code::AuthenticationRequired,
            QT_TRANSLATE_NOOP("ServiceError", "You are not signed in: the sign-in was cancelled.")));
    });
    dialog->open();
}

void ConnectionSession::signInRequested(SignInDialog *dialog, Purpose purpose)
{
    dialog->setBusy(true);
    if (purpose == Purpose::Connect) {
        connectWith(dialog->username(), dialog->secret(), dialog);
        return;
    }
    // The service stays; it takes the new credentials, and a light request checks them.
    if (!m_service || !m_service->capabilities().expiresSessions) {
        dialog->reject();
        return;
    }
    const QString username = dialog->username();
    const QString secret = dialog->secret();
    QPointer<SignInDialog> asking(dialog);
    const quint64 generation = m_generation;
    whenReady(m_service->reauthenticate(username, secret), this,
        [this, asking, generation, username, secret](const Outcome &result) {
            if (generation != m_generation || !asking)
                return;
            if (!result) {
                asking->showError(result.error());
                return;
            }
            m_username = username;
            m_secret = secret;
            rememberSecret(asking);
            asking->accept();
            setOnline(true);
            resumeWaiting();
            Q_EMIT signedInAgain();
        });
}

void ConnectionSession::rememberSecret(SignInDialog *dialog)
{
    if (!m_keyringAvailable)
        return;
    const bool remember = dialog->remember();
    const bool saved = m_profiles.contains(m_profile.name);
    if (saved && (remember != m_profile.rememberSecret || m_profile.user != m_username)) {
        ConnectionProfile changed = m_profile;
        changed.rememberSecret = remember;
        if (changed.needsUser())
            changed.user = m_username;
        m_profile = changed;
        whenReady(m_profiles.saveProfile(changed, changed.name, remember ? std::optional(m_secret) : std::nullopt),
            this, [this](const Outcome &outcome) {
                if (!outcome && CredentialStore::isUnavailable(outcome.error()))
                    noteKeyringUnavailable();
            });
        return;
    }
    if (remember && saved) {
        whenReady(m_profiles.writeSecret(m_profile.name, m_secret), this, [this](const Outcome &outcome) {
            if (!outcome && CredentialStore::isUnavailable(outcome.error()))
                noteKeyringUnavailable();
        });
    }
}

void ConnectionSession::noteKeyringUnavailable()
{
    m_keyringAvailable = false;
    if (m_signInDialog)
        m_signInDialog->setKeyringAvailable(false);
    if (m_keyringNoted)
        return;
    m_keyringNoted = true;
    Q_EMIT keyringUnavailable();
}

void ConnectionSession::resumeWaiting()
{
    // Each requester submits its own request again, in the order they failed.
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &request : waiting) {
        if (request.requester)
            request.submitAgain();
    }
}

} // namespace pecadmin
