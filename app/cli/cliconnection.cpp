#include "cliconnection.h"
#include "core/awaitresult.h"
#include "local/localmailboxservice.h"
#include "local/sqlstore.h"
#include "local/storelocation.h"

namespace pecadmin {

namespace {

// --store, else the PECADMIN_STORE environment variable, else the application's own store.
QString storePath(const Command &command)
{
    if (!command.storePath.isEmpty())
        return command.storePath;
    const QString fromEnvironment = qEnvironmentVariable("PECADMIN_STORE");
    return fromEnvironment.isEmpty() ? SqlStore::defaultPath() : fromEnvironment;
}

} // namespace

Result<std::shared_ptr<MailboxService>> CliConnection::open(const Command &command, QString *usage)
{
    const Command::ConnectionOptions &options = command.connection;
    if (options.postgreSqlGiven || options.connectionGiven || options.offline || !options.profile.isEmpty())
        return openServer(command, usage);
    // No continuation: the future is ours, so that the service taken out of it has its last copy here.
    return awaitResult(LocalMailboxService::openService(StoreLocation::sqliteFile(storePath(command))));
}

} // namespace pecadmin
