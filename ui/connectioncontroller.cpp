#include "connectioncontroller.h"

#include "appsettings.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "connectionsession.h"
#include "core/credentialstore.h"
#include "core/whenready.h"
#include "signindialog.h"

#include <QSettings>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace pecadmin {

namespace {

const QString autoRefreshKey = QStringLiteral("View/autoRefresh");
constexpr int copyIntervalMs = 5 * 60 * 1000;

} // namespace

ConnectionController::ConnectionController(AppSettings &settings, QWidget *window)
    : QObject(window), m_settings(settings)
{
    m_profiles = new ProfileStore(m_settings.settings(), nullptr, window);
    m_session = new ConnectionSession(*m_profiles, window);

    m_autoRefreshTimer = new QTimer(window);
    m_autoRefreshTimer->setObjectName(QStringLiteral("autoRefreshTimer"));
    m_autoRefreshTimer->setInterval(30000);
    connect(m_autoRefreshTimer, &QTimer::timeout, this, &ConnectionController::autoRefreshTimeout);

    m_probeTimer = new QTimer(this);
    m_probeTimer->setObjectName(QStringLiteral("probeTimer"));
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &ConnectionController::probe);
    m_copyTimer = new QTimer(this);
    m_copyTimer->setObjectName(QStringLiteral("copyTimer"));
    m_copyTimer->setInterval(copyIntervalMs);
    connect(m_copyTimer, &QTimer::timeout, this, &ConnectionController::refreshCopy);

    connect(m_session, &ConnectionSession::connected, this, &ConnectionController::sessionConnected);
    connect(m_session, &ConnectionSession::failed, this, [this](const ServiceError &error) {
        m_reachable = false;
        if (error.code() == ServiceError::Code::Network && goOfflineIfCopy()) {
            Q_EMIT message(error.message(), 15000);
            scheduleProbe();
            Q_EMIT onlineChanged();
            return;
        }
        Q_EMIT failed(error);
        updateAutoRefresh(); // a server that cannot be reached is tried again
        Q_EMIT onlineChanged();
    });
    connect(m_session, &ConnectionSession::onlineChanged, this, &ConnectionController::onlineChanged);
    connect(m_session, &ConnectionSession::signedInAgain, this, &ConnectionController::signedInAgain);
    connect(m_session, &ConnectionSession::keyringUnavailable, this,
        [this] { Q_EMIT message(CredentialStore::unavailableError().message(), 15000); });
}

const ConnectionProfile &ConnectionController::profile() const
{
    return m_session->profile();
}

std::shared_ptr<MailboxService> ConnectionController::service() const
{
    if (m_mode == Mode::Offline)
        return m_copy;
    return m_service;
}

bool ConnectionController::isOnline() const
{
    return m_mode == Mode::Online && m_session->isOnline() && m_reachable;
}

bool ConnectionController::isShared() const
{
    return m_service ? m_service->capabilities().sharedWithOthers : m_session->profile().isShared();
}

void ConnectionController::connectTo(const ConnectionProfile &profile, bool remember)
{
    m_storePath = profile.kind == ConnectionProfile::Kind::SqliteFile ? profile.path : profile.displayLocation();
    m_remember = remember;
    Q_EMIT aboutToConnect();
    ++m_generation;
    m_service.reset();
    m_copy.reset();
    m_copiedAt = {};
    m_copying = false;
    m_mode = Mode::Online;
    m_reachable = false;
    m_probeTimer->stop();
    m_copyTimer->stop();
    m_probeIntervalMs = m_firstProbeMs;
    m_autoRefreshTimer->stop();
    m_session->open(profile);
    Q_EMIT connecting();
}

void ConnectionController::connectProfile(const QString &name)
{
    if (name.isEmpty() || name == ProfileStore::localStoreName()) {
        QString path = m_settings.storePath();
        if (path.isEmpty())
            path = Connector::defaultStorePath();
        connectTo(ProfileStore::localStoreProfile(path), true);
        return;
    }
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (profile)
        connectTo(*profile, true);
}

void ConnectionController::retry()
{
    connectTo(m_session->profile(), false);
}

void ConnectionController::sessionConnected()
{
    const ConnectionProfile &profile = m_session->profile();
    m_service = m_session->service();
    m_reachable = true;
    connect(m_service.get(), &MailboxService::reachabilityChanged, this, &ConnectionController::reachabilityChanged,
        Qt::UniqueConnection);
    if (m_remember) {
        if (profile.name == ProfileStore::localStoreName())
            m_settings.setStorePath(profile.path);
        m_profiles->setLastProfile(profile.name);
    }
    updateAutoRefresh();
    if (profile.keepsOfflineCopy()) {
        m_copyTimer->start();
        refreshCopy();
    }
    if (m_mode == Mode::Offline) {
        // A probe reached the server again.
        if (m_workOffline)
            return;
        setMode(Mode::Online);
        return;
    }
    Q_EMIT connected();
}

void ConnectionController::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    if (mode == Mode::Online) {
        m_probeTimer->stop();
        m_probeIntervalMs = m_firstProbeMs;
        Q_EMIT message(tr("The server answers again: back online."), 10000);
    }
    Q_EMIT modeChanged();
    Q_EMIT onlineChanged();
}

bool ConnectionController::goOfflineIfCopy()
{
    const ConnectionProfile &profile = m_session->profile();
    if (!profile.keepsOfflineCopy() || (!m_copy && !Connector::hasReplica(profile)))
        return false;
    openCopy([this] {
        whenReady(m_copy->copiedAt(), this, [this, generation = m_generation](const Result<QDateTime> &copied) {
            if (generation != m_generation)
                return;
            if (copied)
                m_copiedAt = copied.value();
            if (m_mode == Mode::Offline) {
                Q_EMIT onlineChanged(); // the time of the copy is known now
                return;
            }
            setMode(Mode::Offline);
        });
    });
    return true;
}

void ConnectionController::openCopy(const std::function<void()> &then)
{
    if (m_copy) {
        then();
        return;
    }
    whenReady(Connector::openReplica(m_session->profile()), this,
        [this, then, generation = m_generation](const Result<std::shared_ptr<Replica>> &opened) {
            if (generation != m_generation)
                return;
            if (!opened) {
                Q_EMIT message(opened.error().message(), 15000);
                return;
            }
            if (!m_copy) {
                m_copy = opened.value();
                useJournalKey();
                Q_EMIT copyOpened();
            }
            then();
        });
}

void ConnectionController::useJournalKey()
{
    // The passwords of creations and resets made offline are sealed under a key of the keyring;
    // without a keyring the copy refuses them, and says why.
    CredentialStore *keyring = m_profiles->credentials();
    if (!keyring)
        return;
    whenReady(Connector::journalSecretBox(m_session->profile(), keyring), this,
        [this, generation = m_generation](const Result<std::shared_ptr<const SecretBox>> &box) {
            if (generation != m_generation || !m_copy)
                return;
            if (box)
                m_copy->setSecretBox(box.value());
        });
}

void ConnectionController::refreshCopy()
{
    if (m_copying || !m_service || m_mode == Mode::Offline || !m_session->profile().keepsOfflineCopy())
        return;
    m_copying = true;
    openCopy([this] {
        auto *refresh = new ReplicaRefresh(m_service, m_copy, this);
        connect(refresh, &ReplicaRefresh::finished, this,
            [this, refresh, generation = m_generation](const Outcome &outcome, const QDateTime &copiedAt) {
                refresh->deleteLater();
                if (generation != m_generation)
                    return;
                m_copying = false;
                if (outcome)
                    m_copiedAt = copiedAt;
                Q_EMIT copyRefreshed(outcome);
            });
        refresh->start();
    });
}

void ConnectionController::reachabilityChanged(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    if (!reachable && m_mode == Mode::Online && goOfflineIfCopy())
        scheduleProbe();
    Q_EMIT onlineChanged();
}

void ConnectionController::setWorkOffline(bool on)
{
    if (m_workOffline == on)
        return;
    m_workOffline = on;
    if (on) {
        m_probeTimer->stop();
        if (!goOfflineIfCopy()) {
            m_workOffline = false;
            Q_EMIT message(tr("There is no copy of this connection for offline work yet."), 10000);
            Q_EMIT onlineChanged();
        }
        return;
    }
    if (m_mode == Mode::Offline) {
        m_probeIntervalMs = m_firstProbeMs;
        probe(); // at once
    }
}

void ConnectionController::setProbeIntervals(int firstMs, int longestMs)
{
    m_firstProbeMs = std::max(1, firstMs);
    m_longestProbeMs = std::max(m_firstProbeMs, longestMs);
    m_probeIntervalMs = m_firstProbeMs;
}

void ConnectionController::setCopyInterval(int ms)
{
    m_copyTimer->setInterval(ms);
}

void ConnectionController::scheduleProbe()
{
    if (m_workOffline)
        return;
    m_probeTimer->start(m_probeIntervalMs);
    m_probeIntervalMs = std::min(m_longestProbeMs, m_probeIntervalMs * 2);
}

void ConnectionController::probe()
{
    if (m_workOffline || m_mode != Mode::Offline)
        return;
    if (m_session->isSigningIn() || m_session->isConnecting()) {
        scheduleProbe();
        return;
    }
    if (!m_service) {
        // Never connected: a connection, which answers sessionConnected() or failed().
        m_session->reconnect();
        return;
    }
    // A light request of the server's service; its answer is what decides.
    whenReady(m_service->domains(), this, [this, generation = m_generation](const Result<QList<Domain>> &domains) {
        if (generation != m_generation || m_workOffline || m_mode != Mode::Offline)
            return;
        if (domains || domains.error().code() != ServiceError::Code::Network) {
            m_reachable = true;
            setMode(Mode::Online);
            refreshCopy();
            return;
        }
        scheduleProbe();
    });
}

bool ConnectionController::autoRefresh() const
{
    return m_settings.settings().value(autoRefreshKey, true).toBool();
}

void ConnectionController::setAutoRefresh(bool on)
{
    m_settings.settings().setValue(autoRefreshKey, on);
    updateAutoRefresh();
    Q_EMIT onlineChanged();
}

void ConnectionController::updateAutoRefresh()
{
    if (isShared() && autoRefresh()) {
        if (!m_autoRefreshTimer->isActive())
            m_autoRefreshTimer->start();
    } else {
        m_autoRefreshTimer->stop();
    }
}

void ConnectionController::autoRefreshTimeout()
{
    if (m_session->isSigningIn() || m_session->isConnecting() || m_mode == Mode::Offline)
        return; // offline, the probes look for the server
    if (!m_service) {
        m_session->reconnect(); // the server could not be reached: try again
        return;
    }
    Q_EMIT refreshDue();
}

bool ConnectionController::connectionProblem(const ServiceError &error)
{
    if (error.code() == ServiceError::Code::SessionExpired) {
        m_session->sessionExpired();
        return true;
    }
    // The service says itself that its server stopped answering (reachabilityChanged()), which
    // decides the mode; here only the message.
    if (error.code() == ServiceError::Code::Network && isShared()) {
        Q_EMIT message(error.message(), 15000);
        Q_EMIT onlineChanged();
        return true;
    }
    return false;
}

} // namespace pecadmin
