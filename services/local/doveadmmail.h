#pragma once

#include "core/mailpurge.h"

#include <QString>

#include <optional>

namespace pecadmin {

// The mail of a deleted mailbox removed on a Dovecot server with doveadm (docs/DOVECOT.md):
// the messages of every folder expunged, then every folder but INBOX deleted. doveadm finds
// the user through the store's user query, which answers it (and only it) for a deleted
// mailbox until its entry is removed. Answers what went wrong, or nothing once the mail is gone.
std::optional<QString> removeMailWithDoveadm(const MailRemoval &removal, const QString &user);

} // namespace pecadmin
