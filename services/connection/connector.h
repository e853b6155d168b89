#pragma once

#include "connectionprofile.h"
#include "mailboxservice.h"
#include "result.h"
#include "scimprotocol.h"
#include "storelocation.h"

#include <QFuture>

#include <memory>

namespace pecadmin {

// Turns a connection profile and its secret into a connected MailboxService: a SQLite file
// opened, a PostgreSQL store opened, or a SCIM server connected to (its capabilities read and
// the credentials checked). A SCIM service lives on the calling thread, which must run an event
// loop; its sessionExpired() signal and setCredentials() are reached with qobject_cast.
class Connector
{
public:
    static QFuture<Result<std::shared_ptr<MailboxService>>> connect(
        const ConnectionProfile &profile, const QString &username, const QString &secret);

    static StoreLocation storeLocation(const ConnectionProfile &profile, const QString &username, const QString &secret);
    static ScimConnection scimConnection(const ConnectionProfile &profile, const QString &username, const QString &secret);
};

} // namespace pecadmin
