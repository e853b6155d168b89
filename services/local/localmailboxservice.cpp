#include "localmailboxservice.h"

#include "local/doveadmmail.h"
#include "local/passwordhash.h"
#include "local/sqlstore.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

ServiceError storeClosed()
{
    return ServiceError(ServiceError::Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store is not open."));
}

} // namespace

LocalMailboxService::LocalMailboxService(StoreLocation location)
    : m_location(std::move(location)), m_thread(u"pecadmin-store"_s), m_hashingPool(std::make_unique<QThreadPool>())
{
    m_hashingPool->setObjectName(u"pecadmin-hashing"_s);
    m_hashingPool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    if (!m_location.isPostgreSql())
        m_location.path = QFileInfo(m_location.path).absoluteFilePath();
}

LocalMailboxService::~LocalMailboxService()
{
    // Every creation already checked on the worker has its hash started, and every hash
    // queues its write, before the worker is told to stop. Where the last reference went away
    // on the worker itself (a caller dropped the future of open() before it finished), the
    // store closes here and the thread ends on its own.
    if (!m_thread.isCurrent())
        QMetaObject::invokeMethod(
            m_thread.worker(), [] {}, Qt::BlockingQueuedConnection);
    m_hashingPool->waitForDone();
    m_thread.finish([this] { m_store.reset(); });
}

QFuture<Result<std::shared_ptr<LocalMailboxService>>> LocalMailboxService::open(const QString &path)
{
    return open(StoreLocation::sqliteFile(path));
}

QFuture<Result<std::shared_ptr<LocalMailboxService>>> LocalMailboxService::open(const StoreLocation &location)
{
    return openAs<std::shared_ptr<LocalMailboxService>>(location);
}

QFuture<Result<std::shared_ptr<MailboxService>>> LocalMailboxService::openService(const StoreLocation &location)
{
    return openAs<std::shared_ptr<MailboxService>>(location);
}

// The service is moved into the future and no copy stays on the worker thread, so that the
// caller's last release closes the store from the caller's thread, which waits for the worker.
template<typename Pointer> QFuture<Result<Pointer>> LocalMailboxService::openAs(const StoreLocation &location)
{
    using OpenResult = Result<Pointer>;
    std::shared_ptr<LocalMailboxService> service(new LocalMailboxService(location));
    auto promise = std::make_shared<QPromise<OpenResult>>();
    QFuture<OpenResult> future = promise->future();
    promise->start();
    LocalMailboxService *raw = service.get();
    QMetaObject::invokeMethod(
        raw->m_thread.worker(),
        [raw, service = std::move(service), promise]() mutable {
            Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(raw->m_location);
            // The store's connection keeps the password; this copy is not needed any more.
            raw->m_location.password.clear();
            if (opened) {
                raw->m_store = opened.takeValue();
                raw->m_mailServer = raw->m_store->mailServerPurges();
                promise->addResult(OpenResult(Pointer(std::move(service))));
                promise->finish();
                return;
            }
            promise->addResult(OpenResult(opened.error()));
            promise->finish();
            // The service is given up. It is released here, on its worker thread, where its
            // destructor ends the thread without waiting for any other thread's event loop
            // (the caller may be leaving its own, or the application may be ending).
            service.reset();
        },
        Qt::QueuedConnection);
    return future;
}

QStringList LocalMailboxService::storeFiles() const
{
    if (m_location.isPostgreSql())
        return {};
    const QString &path = m_location.path;
    return { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal") };
}

QString LocalMailboxService::location() const
{
    if (m_location.isPostgreSql())
        return m_location.displayName();
    return QDir::toNativeSeparators(m_location.path);
}

ServiceCapabilities LocalMailboxService::capabilities() const
{
    ServiceCapabilities capabilities;
    capabilities.addsDomains = true;
    capabilities.sharedWithOthers = m_location.isPostgreSql();
    capabilities.keepsHistory = true;
    capabilities.mailServerRemovesMail = m_mailServer;
    return capabilities;
}

template<typename T> void LocalMailboxService::noteReach(const T &result)
{
    if (m_location.isPostgreSql())
        setReachable(result.ok() || result.error().code() != ServiceError::Code::Network);
}

template<typename T, typename Work> QFuture<T> LocalMailboxService::post(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_thread.worker(),
        [this, promise, work = std::move(work)]() mutable {
            T result = m_store ? work(*m_store) : T(storeClosed());
            if (m_store)
                m_mailServer = m_store->mailServerPurges();
            noteReach(result);
            promise->addResult(std::move(result));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<QList<Domain>>> LocalMailboxService::domains()
{
    return post<Result<QList<Domain>>>([](SqlStore &store) { return store.domains(); });
}

QFuture<Result<DomainDetails>> LocalMailboxService::domainDetails(const QString &domain)
{
    return post<Result<DomainDetails>>([domain](SqlStore &store) { return store.domainDetails(domain); });
}

QFuture<Result<Domain>> LocalMailboxService::addDomain(const Domain &domain)
{
    return post<Result<Domain>>([domain](SqlStore &store) { return store.addDomain(domain); });
}

QFuture<Result<DomainDetails>> LocalMailboxService::changeDomain(const Domain &domain)
{
    return post<Result<DomainDetails>>([domain](SqlStore &store) { return store.changeDomain(domain); });
}

QFuture<Outcome> LocalMailboxService::removeDomain(const QString &domain)
{
    return post<Outcome>([domain](SqlStore &store) { return store.removeDomain(domain); });
}

QFuture<Result<DomainDetails>> LocalMailboxService::addDemoDomain()
{
    return post<Result<DomainDetails>>([](SqlStore &store) { return store.addDemoDomain(); });
}

QFuture<Result<MailboxPage>> LocalMailboxService::mailboxes(const MailboxQuery &query)
{
    return post<Result<MailboxPage>>([query](SqlStore &store) { return store.mailboxes(query); });
}

QFuture<Result<Mailbox>> LocalMailboxService::mailbox(const QString &address)
{
    return post<Result<Mailbox>>([address](SqlStore &store) { return store.mailbox(address); });
}

QFuture<Result<Mailbox>> LocalMailboxService::createMailbox(const NewMailbox &mailbox)
{
    return checkHashWrite(
        mailbox.password, [mailbox](SqlStore &store) { return store.checkNewMailbox(mailbox); },
        [mailbox](SqlStore &store, const QByteArray &hash) { return store.createMailbox(mailbox, hash); });
}

QFuture<Result<Mailbox>> LocalMailboxService::checkHashWrite(const QString &password,
    std::function<Outcome(SqlStore &)> check, std::function<Result<Mailbox>(SqlStore &, const QByteArray &)> write)
{
    // Three steps, so that several requests in flight keep every core busy: the rules are
    // checked on the worker (a request that is refused anyway does not pay for the hash), the
    // password is hashed on the hashing pool, and the worker writes, checking every rule again
    // inside the write transaction. The worker never waits for a hash meanwhile. Hashes end in
    // any order; the writes are made in the order of the requests (each takes a turn when it is
    // checked), so that the store and its history see them as they were asked for.
    using Written = Result<Mailbox>;
    auto promise = std::make_shared<QPromise<Written>>();
    QFuture<Written> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_thread.worker(),
        [this, promise, password, check = std::move(check), write = std::move(write)]() mutable {
            if (!m_store) {
                promise->addResult(Written(storeClosed()));
                promise->finish();
                return;
            }
            if (const Outcome checked = check(*m_store); !checked) {
                promise->addResult(Written(checked.error()));
                promise->finish();
                return;
            }
            const quint64 turn = m_nextTurn++;
            m_hashingPool->start([this, promise, password, turn, write = std::move(write)]() mutable {
                const QByteArray hash = hashPassword(password);
                QMetaObject::invokeMethod(
                    m_thread.worker(),
                    [this, promise, turn, hash, write = std::move(write)]() mutable {
                        m_hashedWrites.emplace(turn, [this, promise, hash, write = std::move(write)] {
                            Written written = m_store ? write(*m_store, hash) : Written(storeClosed());
                            if (m_store)
                                m_mailServer = m_store->mailServerPurges();
                            noteReach(written);
                            promise->addResult(std::move(written));
                            promise->finish();
                        });
                        writeHashedInTurn();
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
    return future;
}

void LocalMailboxService::writeHashedInTurn()
{
    for (auto next = m_hashedWrites.find(m_turnToWrite); next != m_hashedWrites.end();
         next = m_hashedWrites.find(m_turnToWrite)) {
        const std::function<void()> writeNow = std::move(next->second);
        m_hashedWrites.erase(next);
        ++m_turnToWrite;
        writeNow();
    }
}

QFuture<Result<Mailbox>> LocalMailboxService::changeMailbox(const MailboxChange &change)
{
    return post<Result<Mailbox>>([change](SqlStore &store) { return store.changeMailbox(change); });
}

QFuture<Result<Mailbox>> LocalMailboxService::resetPassword(
    const QString &address, const QString &version, const QString &password)
{
    return checkHashWrite(
        password,
        [address, version, password](SqlStore &store) { return store.checkReset(address, version, password); },
        [address, version, password](
            SqlStore &store, const QByteArray &hash) { return store.resetPassword(address, version, password, hash); });
}

QFuture<Outcome> LocalMailboxService::deleteMailbox(const QString &address, const QString &version)
{
    return post<Outcome>([address, version](SqlStore &store) { return store.deleteMailbox(address, version); });
}

QFuture<Result<HistoryPage>> LocalMailboxService::history(const HistoryQuery &query)
{
    return post<Result<HistoryPage>>([query](SqlStore &store) { return store.history(query); });
}

QFuture<Result<HistoryCheck>> LocalMailboxService::verifyHistory()
{
    return post<Result<HistoryCheck>>([](SqlStore &store) { return store.verifyHistory(); });
}

QFuture<Result<HistoryEntry>> LocalMailboxService::historyHead()
{
    return post<Result<HistoryEntry>>([](SqlStore &store) { return store.historyHead(); });
}

QFuture<Result<QString>> LocalMailboxService::historyActor()
{
    return post<Result<QString>>([](SqlStore &store) { return Result<QString>(store.actor()); });
}

QFuture<Result<HistoryEntry>> LocalMailboxService::cutHistory(const QDateTime &before)
{
    return post<Result<HistoryEntry>>([before](SqlStore &store) { return store.cutHistory(before); });
}

QFuture<Outcome> LocalMailboxService::recordJob(const HistoryJob &job)
{
    return post<Outcome>([job](SqlStore &store) { return store.recordJob(job); });
}

QFuture<Result<MailPurge>> LocalMailboxService::purgeDeletedMail(const MailRemoval &removal)
{
    return post<Result<MailPurge>>([removal](SqlStore &store) {
        return store.purgeDeletedMail([&removal](const QString &user) { return removeMailWithDoveadm(removal, user); });
    });
}

QFuture<Result<Mailbox>> LocalMailboxService::changePassword(
    const QString &address, const QString &currentPassword, const QString &newPassword)
{
    return post<Result<Mailbox>>([address, currentPassword, newPassword](SqlStore &store) {
        return store.changePassword(address, currentPassword, newPassword);
    });
}

} // namespace pecadmin
