#pragma once

#include <QByteArray>
#include <QString>

namespace pecadmin {

// Password hashes in the form a Dovecot passdb reads: "{ARGON2ID}$argon2id$v=19$m=…".
// The clear text is only ever held for the duration of the call and zeroed afterwards.

// Hashes `password` with Argon2id and a fresh random salt. Slow on purpose (tens of
// milliseconds): call it on a worker thread, never on the GUI thread. Empty on failure (the
// system refused the memory).
QByteArray hashPassword(const QString &password);

// Whether `password` is the one `storedHash` was made from. Accepts the hash with or without
// the "{ARGON2ID}" scheme prefix; any other scheme is refused.
bool verifyPassword(const QByteArray &storedHash, const QString &password);

// A valid hash of a random secret that nobody knows: an account that has it cannot log in
// until its password is reset.
QByteArray unusablePasswordHash();

} // namespace pecadmin
