#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace pecadmin {

class SqlStore;

// The copy of a remote connection's domains in a SQLite file: the store's own tables
// (SqlStore) hold the domains and the mailboxes, so that every read, search and sort runs as
// fast as in the local store; two tables of its own keep what the store's tables cannot say:
//   replica_domains   each domain's copy time, and whether the server states its limits and
//                     its password policy (DomainDetails::limitsKnown, PasswordPolicy::stated)
//   replica_versions  each mailbox's version as the server gives it (an ETag, a number)
// No password and no password hash is ever written: the mailboxes' hash column is empty, and
// the history of changes is not written (the server keeps its own).
class ReplicaStore
{
public:
    static Result<std::unique_ptr<ReplicaStore>> open(const QString &path);
    ~ReplicaStore();
    ReplicaStore(const ReplicaStore &) = delete;
    ReplicaStore &operator=(const ReplicaStore &) = delete;

    QString path() const;

    Outcome storeDomain(const DomainDetails &details, const QList<Mailbox> &mailboxes, const QDateTime &copiedAt);
    Outcome keepOnly(const QStringList &domains);
    Result<QDateTime> copiedAt();

    Result<QList<Domain>> domains();
    Result<DomainDetails> domainDetails(const QString &domain);
    Result<MailboxPage> mailboxes(const MailboxQuery &query);
    Result<Mailbox> mailbox(const QString &address);

private:
    explicit ReplicaStore(std::unique_ptr<SqlStore> store);
    Outcome createTables();
    // The server's version in place of the store's own.
    std::optional<ServiceError> withServerVersion(Mailbox *mailbox);
    // The domain's limits and policy as the server states them.
    std::optional<ServiceError> withStatedLimits(DomainDetails *details);

    std::unique_ptr<SqlStore> m_store;
};

} // namespace pecadmin
