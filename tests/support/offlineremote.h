#pragma once

#include "core/connectionprofile.h"
#include "core/domain.h"
#include "local/storelocation.h"
#include "store/teststorebackend.h"
#include "support/scimserverprocess.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace pecadmin {

class MailboxService;
class Replica;

namespace test {

// What the service tests of working offline share: a remote connection, either the real SCIM
// test server or, with PECADMIN_TEST_BACKEND=postgresql, a new database of the throwaway
// PostgreSQL server with one domain; its profile, password and connected service; and the copy
// of its domains made the way the program makes it.
class OfflineRemote
{
public:
    OfflineRemote();
    ~OfflineRemote();

    bool onScim() const { return !onPostgreSql(); }
    // A domain with these limits, and archiving.
    static Domain domain(const QString &name, qint64 totalSpaceMb, int maxMailboxes, qint64 maxMailboxQuotaMb);

    // What a test may change in start().
    struct Setup
    {
        // False: the connection's files stay where XDG_DATA_HOME says, where a pecadmin-cli that
        // the test runs finds them, not in test mode's folder.
        bool testMode = true;
        // False: the connection keeps only its history, no copy for offline work.
        bool keepOfflineCopy = true;
    };
    // For initTestCase: test mode, every copy made before forgotten, then the SCIM test server
    // started with `scimArguments` under the profile `scimName`, or the database made with
    // `domain` under the profile `postgreSqlName`; connected. Empty on success, else why not.
    QString start(
        const QStringList &scimArguments, const QString &scimName, const QString &postgreSqlName, const Domain &domain)
    {
        return start(scimArguments, scimName, postgreSqlName, domain, Setup());
    }
    QString start(const QStringList &scimArguments, const QString &scimName, const QString &postgreSqlName,
        const Domain &domain, const Setup &setup);
    // Connects to the remote again (after the server was restarted).
    bool connectRemote();
    // Copies every domain of the remote into `replica` (ReplicaRefresh).
    bool copyInto(const std::shared_ptr<Replica> &replica);

    ScimServerProcess &server() { return m_server; }
    StoreLocation &location() { return m_location; }
    ConnectionProfile &profile() { return m_profile; }
    QString &secret() { return m_secret; }
    std::shared_ptr<MailboxService> &remote() { return m_remote; }

private:
    ScimServerProcess m_server { ScimServerProcess::Server::Scimmy };
    TestStores m_stores;
    StoreLocation m_location;
    ConnectionProfile m_profile;
    QString m_secret;
    std::shared_ptr<MailboxService> m_remote;
};

} // namespace test

} // namespace pecadmin
