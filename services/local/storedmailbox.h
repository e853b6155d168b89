#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pecadmin {

// A mailbox written as it is, for demo data, imports of existing accounts and benchmarks:
// the used space and the state are given, the password is already hashed.
struct StoredMailbox
{
    QString name;
    bool enabled = true;
    qint64 quotaMb = 0;
    qint64 softQuotaMb = 0;
    qint64 usedBytes = 0;
    bool archiving = false;
    bool mustChangePassword = true;
    QByteArray passwordHash; // empty: a hash that no password opens
    QDateTime created; // invalid: now
    QDateTime usageUpdated; // when the mail server reported usedBytes; invalid: never
};

} // namespace pecadmin
