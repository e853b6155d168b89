#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace pecadmin {

// How the mail of deleted mailboxes is removed on a Dovecot server (docs/DOVECOT.md).
struct MailRemoval
{
    // The doveadm program; empty: found on the PATH, or in /usr/bin.
    QString doveadm;
    // Dovecot's configuration file; empty: Dovecot's own default.
    QString dovecotConfig;
};

// What a purge of the deleted mailboxes did: whose mail is gone (their entries with it), and
// whose could not be removed, with why (they stay for the next purge).
struct MailPurge
{
    QStringList removed;
    QList<std::pair<QString, QString>> failed;
};

} // namespace pecadmin
