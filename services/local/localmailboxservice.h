#pragma once

#include "core/mailboxservice.h"
#include "local/servicethread.h"
#include "local/storelocation.h"

#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

class QThreadPool;

namespace pecadmin {

class SqlStore;

// The local SQL store behind the asynchronous service interface. The store lives on a worker
// thread of its own, which opens its connection and runs every call in order; futures finish
// on that thread. Password hashing, the slow part of creating a mailbox, runs on a pool of
// threads, one a core, so that several creations (or password resets) in flight hash at once
// while the worker writes the ones already hashed, in the order they were asked for.
class LocalMailboxService : public MailboxService
{
    Q_OBJECT

public:
    // Opens (or creates) the store at `path` on a new worker thread.
    static QFuture<Result<std::shared_ptr<LocalMailboxService>>> open(const QString &path);
    // Opens the store at `location` (a SQLite file or a PostgreSQL database) on a new worker thread.
    static QFuture<Result<std::shared_ptr<LocalMailboxService>>> open(const StoreLocation &location);
    // The same, as the interface. The future's result is the only copy of the service outside
    // the caller: take it (QFuture::takeResult()) where the caller must own the last one.
    static QFuture<Result<std::shared_ptr<MailboxService>>> openService(const StoreLocation &location);

    // Runs the calls already made, then closes the store and stops the worker thread.
    ~LocalMailboxService() override;

    // The file, or "postgresql://user@host:port/database": never a password.
    QString location() const override;
    QStringList storeFiles() const override;
    ServiceCapabilities capabilities() const override;

    QFuture<Result<QList<Domain>>> domains() override;
    QFuture<Result<DomainDetails>> domainDetails(const QString &domain) override;
    QFuture<Result<Domain>> addDomain(const Domain &domain) override;
    QFuture<Result<DomainDetails>> changeDomain(const Domain &domain) override;
    QFuture<Outcome> removeDomain(const QString &domain) override;
    QFuture<Result<DomainDetails>> addDemoDomain() override;

    QFuture<Result<MailboxPage>> mailboxes(const MailboxQuery &query) override;
    QFuture<Result<Mailbox>> mailbox(const QString &address) override;
    QFuture<Result<Mailbox>> createMailbox(const NewMailbox &mailbox) override;
    QFuture<Result<Mailbox>> changeMailbox(const MailboxChange &change) override;
    QFuture<Result<Mailbox>> resetPassword(
        const QString &address, const QString &version, const QString &password) override;
    QFuture<Outcome> deleteMailbox(const QString &address, const QString &version) override;

    QFuture<Result<HistoryPage>> history(const HistoryQuery &query) override;
    QFuture<Result<HistoryCheck>> verifyHistory() override;
    QFuture<Result<HistoryEntry>> historyHead() override;
    QFuture<Result<QString>> historyActor() override;
    QFuture<Result<HistoryEntry>> cutHistory(const QDateTime &before) override;
    QFuture<Outcome> recordJob(const HistoryJob &job) override;
    QFuture<Result<MailPurge>> purgeDeletedMail(const MailRemoval &removal) override;
    QFuture<Result<Mailbox>> changePassword(
        const QString &address, const QString &currentPassword, const QString &newPassword) override;

private:
    template<typename Pointer> static QFuture<Result<Pointer>> openAs(const StoreLocation &location);
    explicit LocalMailboxService(StoreLocation location);

    // Runs `work(store)` on the worker thread and finishes the returned future with its result.
    template<typename T, typename Work> QFuture<T> post(Work work);
    // On a database server, whether `result` says that the server answered.
    template<typename T> void noteReach(const T &result);
    // Checks on the worker, hashes `password` on the hashing pool, then writes on the worker,
    // in the order of the requests (createMailbox(), resetPassword()).
    QFuture<Result<Mailbox>> checkHashWrite(const QString &password, std::function<Outcome(SqlStore &)> check,
        std::function<Result<Mailbox>(SqlStore &, const QByteArray &)> write);
    // Makes the hashed writes whose turn has come (on the worker).
    void writeHashedInTurn();

    StoreLocation m_location;
    ServiceThread m_thread; // calls are queued to its worker
    std::unique_ptr<QThreadPool> m_hashingPool; // password hashes of createMailbox() and resetPassword()
    std::unique_ptr<SqlStore> m_store; // created, used and destroyed on m_thread only
    // On the worker only: the turn the next checked request takes, the turn whose write comes
    // next, and the writes whose hash is ready, by turn.
    quint64 m_nextTurn = 0;
    quint64 m_turnToWrite = 0;
    std::map<quint64, std::function<void()>> m_hashedWrites;
    std::atomic<bool> m_mailServer = false; // the store's mailServerPurges(), after each call
};

} // namespace pecadmin
