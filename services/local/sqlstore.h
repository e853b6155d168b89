#pragma once

#include "core/domain.h"
#include "core/history.h"
#include "core/mailbox.h"
#include "core/mailpurge.h"
#include "core/result.h"
#include "local/sqlschema.h"
#include "local/storedmailbox.h"
#include "local/storelocation.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pecadmin {

class SqlConnection;
struct MailboxPageColumns;

// The store of domains and mailboxes in one SQL database: a SQLite file, or a PostgreSQL
// database that several administrators share, with the same code (docs/POSTGRESQL.md). Every
// operation is synchronous and runs in one transaction, applying every rule of `rules`
// against the domain as it is read inside that transaction; a write locks the domain's row
// first, so that writes in one domain follow one another and the domain's limits hold
// however many connections write at once. One SqlStore owns one connection, which belongs
// to the thread that opened it; a connection to a server that was lost is opened again, once,
// at the start of the next operation.
//
// The domains table keeps the domain's totals (mailbox count, allocated and used space),
// changed in the transaction of every write; a trigger follows the used space that the
// mail server writes.
//
// The parts: SqlConnection (opening, statements, errors) speaking a SqlDialect, SqlSchema
// (tables and migrations), SqlRows (rows to values), MailboxPageQuery (a page of a search),
// DemoData. SqlStore holds the operations: the rules, and one transaction each.
//
// Passwords are stored only as Argon2id hashes, and the view `dovecot_users` lets a Dovecot
// `driver = sql` passdb and userdb read the store directly.
class SqlStore
{
public:
    // The schema version this program writes; a file with a newer one is refused.
    static constexpr int schemaVersion = SqlSchema::version;

    // Opens the SQLite store at `path`, creating the file (and its folder) where there is
    // none yet. Refuses, changing nothing, a file that is not a PEC Admin store, a read-only
    // file or folder, a file another program holds locked, and a newer schema.
    static Result<std::unique_ptr<SqlStore>> open(const QString &path);
    // Opens the store at `location`: a SQLite file as above, or a PostgreSQL database, which
    // must exist (its tables are created in it when it is empty). The password goes to the
    // driver only.
    static Result<std::unique_ptr<SqlStore>> open(const StoreLocation &location);
    static QString defaultPath();

    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    // The SQLite file, or the server's address for PostgreSQL (StoreLocation::displayName()).
    QString path() const;
    const StoreLocation &location() const;

    Result<QList<Domain>> domains();
    Result<DomainDetails> domainDetails(const QString &domain);
    // Adds the domain with its postmaster mailbox, which has no usable password.
    Result<Domain> addDomain(const Domain &domain);
    // Sets the domain's limits and policy, checked against what its mailboxes use inside the write.
    Result<DomainDetails> changeDomain(const Domain &domain);
    // Removes a domain that holds only its postmaster, with the postmaster.
    Outcome removeDomain(const QString &domain);
    Result<DomainDetails> addDemoDomain();

    Result<MailboxPage> mailboxes(const MailboxQuery &query);
    Result<Mailbox> mailbox(const QString &address);
    // Checks a creation against every rule and the domain as it is now, without writing: what
    // a caller runs before it pays for the password's hash.
    Outcome checkNewMailbox(const NewMailbox &mailbox);
    // Checks, hashes the password, then writes: the hash before the write transaction begins.
    Result<Mailbox> createMailbox(const NewMailbox &mailbox);
    // Writes a mailbox whose password `passwordHash` (from hashPassword()) was made elsewhere,
    // checking every rule again inside the write transaction. An empty hash is refused.
    Result<Mailbox> createMailbox(const NewMailbox &mailbox, const QByteArray &passwordHash);
    Result<Mailbox> changeMailbox(const MailboxChange &change);
    // Checks, hashes the password, then writes.
    Result<Mailbox> resetPassword(const QString &address, const QString &version, const QString &password);
    // Checks a reset against every rule and the mailbox as it is now, without writing: what a
    // caller runs before it pays for the password's hash.
    Outcome checkReset(const QString &address, const QString &version, const QString &password);
    // Writes a password whose hash `passwordHash` was made elsewhere, checking again inside the
    // write transaction. An empty hash is refused.
    Result<Mailbox> resetPassword(
        const QString &address, const QString &version, const QString &password, const QByteArray &passwordHash);
    Outcome deleteMailbox(const QString &address, const QString &version);
    // The user's own change of password (docs/DOVECOT.md, first access): `currentPassword` must be
    // the mailbox's, `newPassword` must meet the domain's policy and differ from it. Clears "must
    // change password at first access", so that the mail server lets the user log in again.
    Result<Mailbox> changePassword(const QString &address, const QString &currentPassword, const QString &newPassword);

    // ---- the mail server (docs/DOVECOT.md) ----
    // Whether a mail server purges this store: then a deleted mailbox's mail is removed by it,
    // and its address cannot be made again until it has been. As of the last deletion or purge.
    bool mailServerPurges() const { return m_mailServer; }
    // Removes the mail of every deleted mailbox with `removeMail` (which answers an error text,
    // or nothing where the mail is gone), then its entry; a mailbox whose mail could not be
    // removed stays for the next purge. Marks the store as one that a mail server purges.
    Result<MailPurge> purgeDeletedMail(const std::function<std::optional<QString>(const QString &user)> &removeMail);

    // Writes many mailboxes into `domain` in one transaction with one prepared statement,
    // after checking names, quotas and the domain's limits for the whole batch. Returns how
    // many were written; on any error nothing is.
    Result<int> bulkInsert(const QString &domain, const QList<StoredMailbox> &mailboxes);

    // ---- the history of changes (HistoryLog, docs/AUDIT.md) ----
    // Who this store's entries name: the PostgreSQL role, or "user@host" for a SQLite file.
    QString actor() const { return m_actor; }
    Result<HistoryPage> history(const HistoryQuery &query);
    Result<HistoryCheck> verifyHistory();
    Result<HistoryEntry> historyHead();
    Result<HistoryEntry> cutHistory(const QDateTime &before);
    Outcome recordJob(const HistoryJob &job);

private:
    // The copy of a remote connection's domains writes its rows and its own tables here.
    friend class ReplicaStore;
    class Transaction;
    enum class Access { Read, Write };

    // Runs `work` in one transaction, committed where `work` returns a value and rolled back
    // where it returns an error.
    template<typename Work> auto inTransaction(Access access, Work work) -> decltype(work());
    // The same for a caller outside this file (ReplicaStore).
    Outcome runInTransaction(Access access, const std::function<Outcome()> &work);
    // A page of mailboxes(), each row with the reader's `columns` (ReplicaStore).
    Result<MailboxPage> mailboxes(const MailboxQuery &query, const MailboxPageColumns &columns);

    explicit SqlStore(std::unique_ptr<SqlConnection> connection);

    // Refuses a database that is not a store or is too new, sets the session up, and
    // migrates an older schema.
    Outcome initialize();
    // Brings the schema to SqlSchema::version, inside a write transaction.
    Outcome migrate();

    // Each expects an open transaction.
    std::optional<ServiceError> readMailServer();
    std::optional<ServiceError> checkCreation(const NewMailbox &mailbox, const DomainDetails &details, qint64 domainId);
    Result<DomainDetails> readDomainDetails(const QString &name, qint64 *domainId);
    // Adds to `details` what bounds a change of its limits: the largest quota, archiving in use.
    std::optional<ServiceError> readUsage(qint64 domainId, DomainDetails *details);
    Result<Mailbox> readMailbox(qint64 domainId, const QString &domainName, const QString &name);
    Result<Mailbox> readMailboxByAddress(const QString &address, DomainDetails *details, qint64 *domainId);
    // The same, and a Conflict where `version` is given and is not the mailbox's.
    Result<Mailbox> readCurrent(
        const QString &address, const QString &version, DomainDetails *details, qint64 *domainId);
    // The same, and refused where `password` cannot be the mailbox's new one.
    Result<Mailbox> readForReset(
        const QString &address, const QString &version, const QString &password, qint64 *domainId);
    // A new domain with its postmaster mailbox; AlreadyExists if the name is taken.
    Result<qint64> insertDomain(const Domain &domain, const QByteArray &postmasterHash);
    // Adds to the domain's totals, in the transaction of the write that changed them.
    std::optional<ServiceError> adjustTotals(qint64 domainId, qint64 mailboxes, qint64 allocatedMb, qint64 usedBytes);
    Result<int> insertMailboxes(qint64 domainId, const DomainDetails &details, const QList<StoredMailbox> &mailboxes,
        const QByteArray &fallbackHash);

    // Appends to the history, in the open write transaction.
    std::optional<ServiceError> record(const QList<HistoryEntry> &entries);

    std::unique_ptr<SqlConnection> m_connection;
    QString m_actor;
    bool m_mailServer = false; // mailServerPurges()
    bool m_writing = false; // inside a write transaction: the domain's row is read for update
};

} // namespace pecadmin
