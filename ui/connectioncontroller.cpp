#include "connectioncontroller.h"

#include "appsettings.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "connectionsession.h"
#include "core/credentialstore.h"
#include "signindialog.h"

#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace pecadmin {

namespace {

const QString autoRefreshKey = QStringLiteral("View/autoRefresh");

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

    connect(m_session, &ConnectionSession::connected, this, &ConnectionController::sessionConnected);
    connect(m_session, &ConnectionSession::failed, this, [this](const ServiceError &error) {
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

bool ConnectionController::isOnline() const
{
    return m_session->isOnline();
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
    m_service.reset();
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
    if (m_remember) {
        if (profile.name == ProfileStore::localStoreName())
            m_settings.setStorePath(profile.path);
        m_profiles->setLastProfile(profile.name);
    }
    updateAutoRefresh();
    Q_EMIT connected();
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
    if (m_session->isSigningIn() || m_session->isConnecting())
        return;
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
    // The service says itself that its server stopped answering (reachabilityChanged()).
    if (error.code() == ServiceError::Code::Network && isShared()) {
        Q_EMIT message(error.message(), 15000);
        Q_EMIT onlineChanged();
        return true;
    }
    return false;
}

} // namespace pecadmin
