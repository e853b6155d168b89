#pragma once

#include "core/domain.h"
#include "core/history.h"
#include "core/journal.h"
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
// (SqlStore) hold the domains and the mailboxes, so that every read, search and sort runs the
// local store's statements (a page's, with its rows' server versions and journal states joined
// in: mailboxes()); two tables of its own keep what the store's tables cannot say:
//   replica_domains   each domain's copy time, and whether the server states its limits and
//                     its password policy (DomainDetails::limitsKnown, PasswordPolicy::stated)
//   replica_versions  each mailbox's version as the server gives it (an ETag, a number)
//   journal           the changes made offline, in order (core/journal.h): who, when, what, the
//                     server's version each was based on, the mailbox as it was before (to
//                     cancel it), and the password of a creation or reset sealed by a
//                     SecretBox whose key is not in the file
// No password and no password hash is ever written in clear: the mailboxes' hash column is
// empty, a sealed password is wiped (secure_delete, and the write-ahead log emptied) once its
// entry is sent. The store's history table keeps, for a SCIM connection, what this program
// sent to the server and what the server answered (appendHistory(), docs/AUDIT.md), with the
// same hash chain as a local store; the copy's own writes are not recorded there.
class ReplicaStore
{
public:
    static Result<std::unique_ptr<ReplicaStore>> open(const QString &path);
    // Whether the file at `path` holds a copy for offline work (markAsCopy(), or domains
    // copied), and not only the history of a connection that keeps no copy.
    static bool holdsCopy(const QString &path);
    // The file is used as a copy for offline work.
    Outcome markAsCopy();
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

    // ---- changes made offline: each checked with the rules against the copy, shown in it at
    // once, and added to the journal ----
    // Who makes the changes, and the box that seals their passwords (none: creations and resets
    // are refused).
    void setJournalIdentity(const QString &author, std::shared_ptr<const SecretBox> box);
    Result<Mailbox> createMailbox(const NewMailbox &mailbox);
    Result<Mailbox> changeMailbox(const MailboxChange &change);
    Result<Mailbox> resetPassword(const QString &address, const QString &version, const QString &password);
    Outcome deleteMailbox(const QString &address, const QString &version);

    // ---- the history of what was sent to the server ----
    // Who the appended entries name: the connection's user.
    void setHistoryActor(const QString &actor);
    Outcome appendHistory(const QList<HistoryEntry> &entries);
    Result<HistoryPage> history(const HistoryQuery &query);
    Result<HistoryCheck> verifyHistory();
    Result<HistoryEntry> historyHead();
    Result<HistoryEntry> cutHistory(const QDateTime &before);

    Result<QList<JournalEntry>> journal();
    Outcome cancelEntry(qint64 id);
    Outcome cancelAll();
    Outcome resolveConflict(qint64 id, ConflictChoice choice);
    Outcome reviseCreation(qint64 id, const NewMailbox &revised);
    Result<QString> entryPassword(qint64 id);
    Outcome markState(qint64 id, JournalEntry::State state);
    Outcome entryApplied(qint64 id, const std::optional<Mailbox> &server);
    Outcome entryConflict(qint64 id, const QString &refusal, const std::optional<Mailbox> &theirs);

private:
    explicit ReplicaStore(std::unique_ptr<SqlStore> store);
    Outcome createTables();
    // The mailboxes of a query with `pendingOnly`: those the journal's entries touch.
    Result<MailboxPage> pendingMailboxes(const MailboxQuery &query);
    // The server's version in place of the store's own, and whether changes wait in the journal.
    // (A page's rows take both in the page's own statement: mailboxes().)
    std::optional<ServiceError> withServerVersion(Mailbox *mailbox);
    // The sealed password of the entry `id` (empty where it has none); inside a transaction.
    Result<QByteArray> sealedOf(qint64 id);
    // Each expects an open transaction.
    Result<Mailbox> currentRow(const QString &address, DomainDetails *details, qint64 *domainId);
    std::optional<ServiceError> insertRow(qint64 domainId, const Mailbox &mailbox);
    std::optional<ServiceError> removeRow(qint64 domainId, const Mailbox &mailbox);
    std::optional<ServiceError> setVersion(const QString &domain, const QString &name, const QString &version);
    std::optional<ServiceError> appendEntry(
        const JournalEntry &entry, const std::optional<Mailbox> &before, const QByteArray &sealed);
    Result<QList<JournalEntry>> readEntries(const QString &where, const QVariantList &values);
    // Puts back the mailbox `address` as it was before the entry `id`, and removes that entry and
    // the later ones of the same mailbox.
    std::optional<ServiceError> undoFrom(qint64 id, const QString &address);
    // Writes the server's mailbox into the copy (none: the server has no such mailbox).
    std::optional<ServiceError> takeServerRow(const QString &address, const std::optional<Mailbox> &server);
    // Empties the write-ahead log, where a wiped secret's old page could still be.
    void checkpoint();
    // The domain's limits and policy as the server states them.
    std::optional<ServiceError> withStatedLimits(DomainDetails *details);

    std::unique_ptr<SqlStore> m_store;
    QString m_author;
    std::shared_ptr<const SecretBox> m_box;
};

} // namespace pecadmin
