#pragma once

#include "core/domain.h"
#include "core/journal.h"
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
// mailbox) from the copy, with the server's versions. A write of a mailbox is checked with the
// same rules the backends apply, against the domain's last known limits; accepted, it shows in
// the copy at once (the mailbox marked pending) and becomes an entry of the journal, which
// JournalSender sends to the server later. The domains' own changes are refused
// (refuseWhileOffline()). A creation or a reset needs a SecretBox to keep its password sealed;
// without one it is refused (refuseSecretWithoutKeyring()).
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

    // ---- the journal of changes made offline ----
    // The box that seals the passwords of creations and resets (none: they are refused).
    virtual void setSecretBox(std::shared_ptr<const SecretBox> box) = 0;
    // Every entry, in order.
    virtual QFuture<Result<QList<JournalEntry>>> journal() = 0;
    // Cancels the entry `id` and the later entries of the same mailbox (which were made on top
    // of it): the copy shows the mailbox as it was before them.
    virtual QFuture<Outcome> cancelEntry(qint64 id) = 0;
    virtual QFuture<Outcome> cancelAll() = 0;
    // An entry in conflict: send it again on the server's version, or take the server's values.
    virtual QFuture<Outcome> resolveConflict(qint64 id, ConflictChoice choice) = 0;
    // A creation in conflict (its address taken, a limit exceeded), made again as `revised`:
    // another address of the same domain and other values, with the same sealed password. It
    // is pending again, with the later entries of the same mailbox; the copy shows the
    // server's mailbox at the old address and mine at the new one.
    virtual QFuture<Outcome> reviseCreation(qint64 id, const NewMailbox &revised) = 0;

    // ---- for JournalSender ----
    // The password of a creation or reset, unsealed.
    virtual QFuture<Result<QString>> entryPassword(qint64 id) = 0;
    // The entry is about to be sent: until its answer is read, it is looked up before any new
    // sending.
    virtual QFuture<Outcome> markSending(qint64 id) = 0;
    // The server applied the entry: it leaves the journal, its secret is wiped, the copy takes
    // the server's values (`server`; none for a deletion), and the later entries of the same
    // mailbox are based on the server's new version.
    virtual QFuture<Outcome> entryApplied(qint64 id, const std::optional<Mailbox> &server) = 0;
    // The server refused the entry: it stays, in conflict, with the refusal and the server's
    // mailbox (none where it has none).
    virtual QFuture<Outcome> entryConflict(qint64 id, const QString &refusal, const std::optional<Mailbox> &theirs) = 0;
    // The entry's answer was read after all, or it was not sent: pending again.
    virtual QFuture<Outcome> markPending(qint64 id) = 0;

    // ---- the history of what was sent to the server (docs/AUDIT.md), in the copy's file ----
    // Appends `entries` (their operation, domain, mailbox, before, after and result set) to the
    // file's hash chain, each naming the connection's user. The history's reads (history(),
    // verifyHistory(), historyHead(), historyActor()) answer from the same file.
    virtual QFuture<Outcome> appendHistory(const QList<HistoryEntry> &entries) = 0;

    // What a write answers while offline where the journal cannot take it.
    static ServiceError refuseWhileOffline();
    static ServiceError refuseSecretWithoutKeyring();
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

// Sends the journal of `replica` to `remote`: the entries in order, one at a time, each with
// the version it was based on. Applied, an entry leaves the journal; refused (changed,
// deleted, an address taken, a limit exceeded), it stays in conflict with the server's values,
// and the later entries of the same mailbox are held; the server lost (or the session ended),
// sending stops and the same entry is where it starts again. An entry sent without an answer
// read is looked up on the server before it is sent again, so that nothing is applied twice.
// Lives on the thread of `remote`; finished() once.
class JournalSender : public QObject
{
    Q_OBJECT

public:
    JournalSender(std::shared_ptr<MailboxService> remote, std::shared_ptr<Replica> replica, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // `done` of `total` entries dealt with (applied or in conflict).
    void progress(int done, int total);
    void finished(const pecadmin::JournalSummary &summary);

private:
    void next();
    void lookUp(const JournalEntry &entry);
    void send(const JournalEntry &entry);
    void sendWith(const JournalEntry &entry, const QString &password);
    void answered(const JournalEntry &entry, const Result<std::optional<Mailbox>> &answer);
    void applied(const JournalEntry &entry, const std::optional<Mailbox> &server);
    void refused(const JournalEntry &entry, const ServiceError &error);
    void stop(const ServiceError &error);
    void finish();

    std::shared_ptr<MailboxService> m_remote;
    std::shared_ptr<Replica> m_replica;
    QList<JournalEntry> m_entries;
    QStringList m_heldAddresses;
    int m_index = -1;
    int m_done = 0;
    JournalSummary m_summary;
    bool m_finished = false;
};

} // namespace pecadmin
