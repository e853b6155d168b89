#include "localmailboxservice.h"

#include "sqlstore.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

ServiceError storeClosed()
{
    return ServiceError(ServiceError::Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store is not open."));
}

} // namespace

LocalMailboxService::LocalMailboxService(StoreLocation location)
    : m_location(std::move(location)), m_thread(new QThread), m_worker(new QObject)
{
    if (!m_location.isPostgreSql())
        m_location.path = QFileInfo(m_location.path).absoluteFilePath();
    m_thread->setObjectName(u"pecadmin-store"_s);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

LocalMailboxService::~LocalMailboxService()
{
    if (QThread::currentThread() == m_thread) {
        // The last reference went away on the worker itself (a caller dropped the future of
        // open() before it finished): close here and let the thread end on its own.
        m_store.reset();
        m_thread->quit();
        QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        return;
    }
    // Queued behind every call already made, so that they all run first.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_store.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

QFuture<Result<std::shared_ptr<LocalMailboxService>>> LocalMailboxService::open(const QString &path)
{
    return open(StoreLocation::sqliteFile(path));
}

QFuture<Result<std::shared_ptr<LocalMailboxService>>> LocalMailboxService::open(const StoreLocation &location)
{
    using OpenResult = Result<std::shared_ptr<LocalMailboxService>>;
    std::shared_ptr<LocalMailboxService> service(new LocalMailboxService(location));
    auto promise = std::make_shared<QPromise<OpenResult>>();
    QFuture<OpenResult> future = promise->future();
    promise->start();
    LocalMailboxService *raw = service.get();
    QMetaObject::invokeMethod(
        raw->m_worker,
        [raw, service = std::move(service), promise]() mutable {
            Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(raw->m_location);
            // The store's connection keeps the password; this copy is not needed any more.
            raw->m_location.password.clear();
            if (opened) {
                raw->m_store = opened.takeValue();
                promise->addResult(OpenResult(std::move(service)));
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

QString LocalMailboxService::location() const
{
    if (m_location.isPostgreSql())
        return m_location.displayName();
    return QDir::toNativeSeparators(m_location.path);
}

template<typename T, typename Work> QFuture<T> LocalMailboxService::post(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [this, promise, work = std::move(work)]() mutable {
            if (m_store)
                promise->addResult(work(*m_store));
            else
                promise->addResult(T(storeClosed()));
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
    // The password is hashed by the store, on the worker thread.
    return post<Result<Mailbox>>([mailbox](SqlStore &store) { return store.createMailbox(mailbox); });
}

QFuture<Result<Mailbox>> LocalMailboxService::changeMailbox(const MailboxChange &change)
{
    return post<Result<Mailbox>>([change](SqlStore &store) { return store.changeMailbox(change); });
}

QFuture<Result<Mailbox>> LocalMailboxService::resetPassword(
    const QString &address, const QString &version, const QString &password)
{
    return post<Result<Mailbox>>(
        [address, version, password](SqlStore &store) { return store.resetPassword(address, version, password); });
}

QFuture<Outcome> LocalMailboxService::deleteMailbox(const QString &address, const QString &version)
{
    return post<Outcome>([address, version](SqlStore &store) { return store.deleteMailbox(address, version); });
}

} // namespace pecadmin
