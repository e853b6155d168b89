#pragma once

#include "core/connectionprofile.h"
#include "core/credentialstore.h"
#include "core/journal.h"
#include "core/mailboxservice.h"
#include "core/replica.h"
#include "core/result.h"

#include <QFuture>

#include <memory>

namespace pecadmin {

// Turns a connection profile and its secret into a connected MailboxService: a SQLite file
// opened, a PostgreSQL store opened, or a SCIM server connected to (its capabilities read and
// the credentials checked). The only place that makes a backend: the window and the command
// line know a service by its interface alone. A SCIM service lives on the calling thread, which
// must run an event loop; it records what it sends, and what the server answers, in the
// connection's local file (replicaPath(), core/recordingservice.h).
class Connector
{
public:
    struct Options
    {
        // A SCIM server: an idempotent request refused with 401 after the session had worked
        // is sent once more with the same secret (one that no one had to type) before the
        // session counts as expired.
        bool resendOnceAfterExpiry = false;
    };

    static QFuture<Result<std::shared_ptr<MailboxService>>> connect(
        const ConnectionProfile &profile, const QString &username, const QString &secret);
    static QFuture<Result<std::shared_ptr<MailboxService>>> connect(
        const ConnectionProfile &profile, const QString &username, const QString &secret, const Options &options);

    // The local store's file when nothing else is chosen, in the application-data folder.
    static QString defaultStorePath();

    // The copy of a remote connection's domains for working offline: a SQLite file named after
    // the profile, in the "offline" folder beside the local store.
    static QString replicaPath(const QString &profileName);
    static bool hasReplica(const ConnectionProfile &profile);
    // Opens (or creates) the copy of `profile`, on a worker thread of its own.
    static QFuture<Result<std::shared_ptr<Replica>>> openReplica(const ConnectionProfile &profile);
    // The box that seals the passwords of the changes made offline on the copy of `profile`,
    // under a key kept in `keyring` (made there the first time); the keyring's error where none
    // answers. `keyring` must outlive the future.
    static QFuture<Result<std::shared_ptr<const SecretBox>>> journalSecretBox(
        const ConnectionProfile &profile, CredentialStore *keyring);
    static QString journalKeyName(const QString &profileName);
    // The history of what was sent to the SCIM server of `profile` and what it answered, in the
    // same file as the copy (whether or not the profile keeps a copy), for reading it without
    // the server.
    static QFuture<Result<std::shared_ptr<Replica>>> openHistory(const ConnectionProfile &profile);
    // Who the history of a SCIM connection names: the user signed in as, else the profile's
    // user, else (a bearer token) the profile's name.
    static QString historyActor(const ConnectionProfile &profile, const QString &username);
};

} // namespace pecadmin
