#include "offlineremote.h"

#include "connection/connector.h"
#include "core/replica.h"
#include "support/await.h"
#include "support/testmode.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pecadmin::test {

OfflineRemote::OfflineRemote() = default;
OfflineRemote::~OfflineRemote() = default;

Domain OfflineRemote::domain(const QString &name, qint64 totalSpaceMb, int maxMailboxes, qint64 maxMailboxQuotaMb)
{
    Domain domain;
    domain.name = name;
    domain.totalSpaceMb = totalSpaceMb;
    domain.maxMailboxes = maxMailboxes;
    domain.maxMailboxQuotaMb = maxMailboxQuotaMb;
    domain.archivingAvailable = true;
    return domain;
}

QString OfflineRemote::start(const QStringList &scimArguments, const QString &scimName, const QString &postgreSqlName,
    const Domain &domain, const Setup &setup)
{
    if (setup.testMode)
        enableTestMode();
    else
        QStandardPaths::setTestModeEnabled(false);
    m_profile.keepOfflineCopy = setup.keepOfflineCopy;
    QDir(QFileInfo(Connector::replicaPath(u"x"_s)).absolutePath()).removeRecursively();
    if (onPostgreSql()) {
        QString error;
        if (!TestStores::serverReady(&error))
            return error;
        m_location = m_stores.newLocation();
        m_profile.name = postgreSqlName;
        m_profile.kind = ConnectionProfile::Kind::PostgreSql;
        m_profile.host = m_location.host;
        m_profile.port = m_location.port;
        m_profile.database = m_location.database;
        m_profile.user = m_location.user;
        m_profile.sslMode = u"disable"_s;
        m_secret = m_location.password;
        if (!connectRemote())
            return u"cannot connect to the database"_s;
        const auto added = await(m_remote->addDomain(domain));
        if (!added)
            return added.error().message() + u' ' + added.error().detail();
        return {};
    }
    if (const QString failure = m_server.start(scimArguments); !failure.isEmpty())
        return failure;
    m_profile.name = scimName;
    m_profile.kind = ConnectionProfile::Kind::Scim;
    m_profile.baseUrl = m_server.baseUrl();
    m_profile.user = m_server.user();
    m_secret = m_server.password();
    if (!connectRemote())
        return u"cannot connect to the SCIM test server"_s;
    return {};
}

bool OfflineRemote::connectRemote()
{
    auto connected = await(Connector::connect(m_profile, m_profile.user, m_secret));
    if (!connected.ok()) {
        qWarning() << connected.error().message() << connected.error().detail();
        return false;
    }
    m_remote = connected.value();
    return true;
}

bool OfflineRemote::copyInto(const std::shared_ptr<Replica> &replica)
{
    ReplicaRefresh refresh(m_remote, replica);
    QSignalSpy finished(&refresh, &ReplicaRefresh::finished);
    refresh.start();
    if (!finished.wait(awaitTimeoutMs))
        return false;
    const auto outcome = finished.constFirst().constFirst().value<Outcome>();
    if (!outcome.ok())
        qWarning() << outcome.error().message() << outcome.error().detail();
    return outcome.ok();
}

} // namespace pecadmin::test
