#pragma once

#include "command.h"
#include "core/mailboxservice.h"
#include "core/result.h"

#include <memory>

namespace pecadmin {

// The service that the connection options of a command name: a store file (--store, else
// PECADMIN_STORE, else the application's own store), a PostgreSQL server (--pg-*), a saved
// connection (--profile) or a SCIM server (--scim with --user), connected. The password of a
// server comes from the system keyring where it is saved there, else from PECADMIN_PASSWORD,
// else from the first line of standard input; never from the command line.
class CliConnection
{
public:
    // The connected service. When the options themselves are wrong (a usage error), `usage`
    // says why, translated, and the error returned is only a marker.
    static Result<std::shared_ptr<MailboxService>> open(const Command &command, QString *usage);
};

} // namespace pecadmin
