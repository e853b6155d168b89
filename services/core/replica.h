#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/mailboxservice.h"
#include "core/result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace pecadmin {

// The local copy of a remote connection's domains (docs/OFFLINE.md): every mailbox with its
// server's version, quota, used space, state and times, and each domain's limits as the server
// states them (unknown where it does not). It never holds a password or a password hash.
//
// As a MailboxService it answers every read (domains, details, pages sorted and filtered, one
// mailbox) from the copy, with the server's versions; every write goes through one place,
// refuseWhileOffline(), which today refuses it with a translated message. A journal of pending
// changes will take the writes there instead.
class Replica : public MailboxService
{
    Q_OBJECT

public:
    using MailboxService::MailboxService;

    // Replaces the copy of `details.domain.name` with `mailboxes`, as the server answered them
    // at `copiedAt`.
    virtual QFuture<Outcome> storeDomain(
        const DomainDetails &details, const QList<Mailbox> &mailboxes, const QDateTime &copiedAt)
        = 0;
    // Forgets the domains the server no longer lists.
    virtual QFuture<Outcome> keepOnly(const QStringList &domains) = 0;
    // When the copy was last made whole: the oldest domain's copy; invalid where there is none.
    virtual QFuture<Result<QDateTime>> copiedAt() = 0;

    // What a write answers while offline.
    static ServiceError refuseWhileOffline();
};

// Copies every domain of `remote` into `replica`, one domain after another, each in pages read
// with keyset paging, then forgets the domains the server no longer lists. Lives on the thread
// of `remote` (a SCIM service answers on its own thread); finished() once, then it may go.
class ReplicaRefresh : public QObject
{
    Q_OBJECT

public:
    ReplicaRefresh(std::shared_ptr<MailboxService> remote, std::shared_ptr<Replica> replica, QObject *parent = nullptr);

    void start();
    // Mailboxes read per request.
    static constexpr int pageSize = 500;

Q_SIGNALS:
    // Done or failed; `copiedAt` is when the copy that was made began.
    void finished(const pecadmin::Outcome &outcome, const QDateTime &copiedAt);

private:
    void nextDomain();
    void readPage();
    void fail(const ServiceError &error);

    std::shared_ptr<MailboxService> m_remote;
    std::shared_ptr<Replica> m_replica;
    QDateTime m_started;
    QStringList m_domains;
    int m_domainIndex = -1;
    DomainDetails m_details;
    QList<Mailbox> m_mailboxes;
    bool m_done = false;
};

} // namespace pecadmin
