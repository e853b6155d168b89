#pragma once

#include "command.h"
#include "core/connectionprofile.h"
#include "core/mailboxservice.h"
#include "core/replica.h"
#include "core/result.h"

#include <memory>
#include <optional>

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
    // The same for a server, a saved connection or its copy (all but a store file).
    static Result<std::shared_ptr<MailboxService>> openServer(const Command &command, QString *usage);

    // A server's connection as --profile or --scim and the options with them name it, with its
    // secret; none (and `usage` says why) where the options are wrong or no secret is found.
    struct Server
    {
        ConnectionProfile profile;
        QString secret;
        bool reusableSecret = false; // from the keyring or the environment: no one typed it
    };
    static std::optional<Server> server(const Command &command, QString *usage);

    // The copy of --profile kept for offline work, with the key of its journal's passwords from
    // the system keyring where one answers (`withKey`); the server is not reached.
    static Result<std::shared_ptr<Replica>> openCopy(const Command &command, bool withKey, QString *usage);
};

} // namespace pecadmin
