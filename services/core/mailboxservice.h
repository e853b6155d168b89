#pragma once

#include "core/domain.h"
#include "core/history.h"
#include "core/mailbox.h"
#include "core/mailpurge.h"
#include "core/result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace pecadmin {

// What a backend can do beyond the operations every backend offers, for the window and the
// command line to adapt their actions and texts without knowing which backend it is.
struct ServiceCapabilities
{
    // Domains can be added, changed and removed here (a provider's server keeps its own).
    bool addsDomains = false;
    // The whole list sorts on any column; false: the server cannot sort, and each page is sorted
    // where it arrives, so that an order other than the server's holds within a page only.
    bool sortsWholeList = true;
    // The domains' limits (space, mailbox count) are known; false: DomainDetails::limitsKnown is
    // false and the server enforces its own.
    bool knowsDomainLimits = true;
    // Others may change the data meanwhile (a shared store, a server): worth refreshing.
    bool sharedWithOthers = false;
    // A session can expire (sessionExpired()); reauthenticate() then goes on with new credentials.
    bool expiresSessions = false;
    // Every change is recorded in a history that can be read and checked (history()).
    bool keepsHistory = false;
    // A mail server purges this store (docs/DOVECOT.md): a deleted mailbox's mail is removed
    // by it shortly after, and the address cannot be made again until it has been. As of the
    // last operation.
    bool mailServerRemovesMail = false;
    // Changes are kept in a journal, to be sent to a server later (the copy for offline work,
    // core/replica.h); MailboxQuery::pendingOnly finds the mailboxes they touch.
    bool keepsJournal = false;
};

// What every backend offers: the operations of a PEC provider's panel, asynchronous, each
// answering with a value or a typed error. A backend applies every rule of `rules` itself,
// so that a caller that skipped them is still refused.
//
// Futures finish on the backend's own thread; a caller continues with
// `whenReady(future, context, ...)` (whenready.h) so that its continuation runs on the
// context's thread, from its event loop, and is dropped when the context dies. Signals are
// emitted on the thread the service lives on; connect to them with a context.
class MailboxService : public QObject
{
    Q_OBJECT

public:
    explicit MailboxService(QObject *parent = nullptr);
    ~MailboxService() override;

    // Where the service is connected, for the status bar ("pecadmin.sqlite", "https://…").
    virtual QString location() const = 0;
    // The files on this machine that hold the store (a SQLite file and its journals), which no
    // file the program writes may replace; empty for a server.
    virtual QStringList storeFiles() const { return {}; }
    virtual ServiceCapabilities capabilities() const = 0;

    // New credentials after sessionExpired(), checked with a light request; the interrupted
    // operation can then be made again. Unsupported where sessions do not expire.
    virtual QFuture<Outcome> reauthenticate(const QString &username, const QString &secret);

    virtual QFuture<Result<QList<Domain>>> domains() = 0;
    virtual QFuture<Result<DomainDetails>> domainDetails(const QString &domain) = 0;
    virtual QFuture<Result<Domain>> addDomain(const Domain &domain) = 0;
    // Sets the limits, archiving and password policy of the domain `domain.name`; refused where
    // they fall below what its mailboxes already use (rules::checkDomainChange). A new policy
    // applies to the passwords set from then on. Unsupported where the provider keeps the domains.
    virtual QFuture<Result<DomainDetails>> changeDomain(const Domain &domain) = 0;
    // Removes a domain that holds nothing but its postmaster mailbox (rules::checkDomainRemoval),
    // with the postmaster. Unsupported where the provider keeps the domains.
    virtual QFuture<Outcome> removeDomain(const QString &domain) = 0;
    // Adds the demo domain pec.example.it with a few dozen mailboxes of realistic names,
    // sizes and states, where the backend keeps its own domains; Unsupported elsewhere.
    virtual QFuture<Result<DomainDetails>> addDemoDomain() = 0;

    virtual QFuture<Result<MailboxPage>> mailboxes(const MailboxQuery &query) = 0;
    virtual QFuture<Result<Mailbox>> mailbox(const QString &address) = 0;
    virtual QFuture<Result<Mailbox>> createMailbox(const NewMailbox &mailbox) = 0;
    virtual QFuture<Result<Mailbox>> changeMailbox(const MailboxChange &change) = 0;
    // Sets a new password that the user must change at first access. `version` as in
    // MailboxChange.
    virtual QFuture<Result<Mailbox>> resetPassword(
        const QString &address, const QString &version, const QString &password)
        = 0;
    virtual QFuture<Outcome> deleteMailbox(const QString &address, const QString &version) = 0;

    // ---- the history of changes (core/history.h); Unsupported where capabilities().keepsHistory
    // is false ----
    // A page of entries, newest first.
    virtual QFuture<Result<HistoryPage>> history(const HistoryQuery &query);
    // Walks the whole chain and says where it first breaks.
    virtual QFuture<Result<HistoryCheck>> verifyHistory();
    // The newest entry: what to keep elsewhere, so that a rewrite of the whole chain shows.
    virtual QFuture<Result<HistoryEntry>> historyHead();
    // Who the entries written through this connection name (the PostgreSQL role, or
    // "user@host" for a SQLite file): the one who prints a report of the history.
    virtual QFuture<Result<QString>> historyActor();
    // Removes the entries older than `before` and adds a checkpoint entry (history::cut) with
    // the hash of the last one removed; answers the checkpoint.
    virtual QFuture<Result<HistoryEntry>> cutHistory(const QDateTime &before);
    // Records a whole import or bulk change, after the entries of its mailboxes.
    virtual QFuture<Outcome> recordJob(const HistoryJob &job);

    // Removes on the mail server the mail of the mailboxes deleted since the last purge, then
    // their entries; from then on deletions wait for the mail server. Unsupported where the
    // backend is not a store that a mail server reads.
    virtual QFuture<Result<MailPurge>> purgeDeletedMail(const MailRemoval &removal);
    // The user's own change of password, checked against the current one: clears "must change
    // password at first access" (docs/DOVECOT.md). Unsupported where the backend is not a store
    // that a mail server reads.
    virtual QFuture<Result<Mailbox>> changePassword(
        const QString &address, const QString &currentPassword, const QString &newPassword);

    // Whether the last request reached the server (or the store's database server).
    bool isReachable() const { return m_reachable; }

Q_SIGNALS:
    // A request was refused because the session, which had worked, has ended: ask for the
    // credentials again and call reauthenticate().
    void sessionExpired();
    // The server stopped answering, or answers again.
    void reachabilityChanged(bool reachable);

protected:
    // Called by a backend after each request that needed its server: true where an answer
    // arrived (even an error), false where none could.
    void setReachable(bool reachable);

private:
    bool m_reachable = true;
};

} // namespace pecadmin
