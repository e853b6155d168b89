#include "replicamailboxservice.h"

#include "local/replicastore.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

ServiceError copyClosed()
{
    return ServiceError(
        ServiceError::Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The copy for offline work is not open."));
}

} // namespace

ReplicaMailboxService::ReplicaMailboxService(
    const QString &path, QString remoteLocation, QString author, bool keepsHistory)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_remoteLocation(std::move(remoteLocation))
    , m_author(std::move(author))
    , m_keepsHistory(keepsHistory)
    , m_thread(u"pecadmin-replica"_s)
{ }

ReplicaMailboxService::~ReplicaMailboxService()
{
    m_thread.finish([this] { m_store.reset(); });
}

QFuture<Result<std::shared_ptr<Replica>>> ReplicaMailboxService::open(
    const QString &path, const QString &remoteLocation, const QString &author, bool keepsHistory, bool asCopy)
{
    using Opened = Result<std::shared_ptr<Replica>>;
    std::shared_ptr<ReplicaMailboxService> service(
        new ReplicaMailboxService(path, remoteLocation, author, keepsHistory));
    auto promise = std::make_shared<QPromise<Opened>>();
    QFuture<Opened> future = promise->future();
    promise->start();
    ReplicaMailboxService *raw = service.get();
    QMetaObject::invokeMethod(
        raw->m_thread.worker(),
        [raw, service = std::move(service), promise, asCopy]() mutable {
            Result<std::unique_ptr<ReplicaStore>> opened = ReplicaStore::open(raw->m_path);
            if (opened && asCopy) {
                if (const Outcome marked = opened.value()->markAsCopy(); !marked)
                    opened = Result<std::unique_ptr<ReplicaStore>>(marked.error());
            }
            if (opened) {
                raw->m_store = opened.takeValue();
                raw->m_store->setJournalIdentity(raw->m_author, nullptr);
                raw->m_store->setHistoryActor(raw->m_author);
                promise->addResult(Opened(std::shared_ptr<Replica>(std::move(service))));
                promise->finish();
                return;
            }
            promise->addResult(Opened(opened.error()));
            promise->finish();
            service.reset(); // on its own worker: the thread ends without waiting
        },
        Qt::QueuedConnection);
    return future;
}

QString ReplicaMailboxService::location() const
{
    return m_remoteLocation.isEmpty() ? QDir::toNativeSeparators(m_path) : m_remoteLocation;
}

ServiceCapabilities ReplicaMailboxService::capabilities() const
{
    ServiceCapabilities capabilities;
    capabilities.addsDomains = false;
    capabilities.sortsWholeList = true; // the copy sorts the whole list, whatever the server could
    capabilities.knowsDomainLimits = true; // per domain: DomainDetails::limitsKnown says
    capabilities.sharedWithOthers = true;
    capabilities.expiresSessions = false;
    capabilities.keepsHistory = m_keepsHistory;
    capabilities.keepsJournal = true;
    return capabilities;
}

template<typename T, typename Work> QFuture<T> ReplicaMailboxService::post(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_thread.worker(),
        [this, promise, work = std::move(work)]() mutable {
            promise->addResult(m_store ? work(*m_store) : T(copyClosed()));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

template<typename T> QFuture<T> ReplicaMailboxService::refused()
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(T(refuseWhileOffline()));
    promise.finish();
    return promise.future();
}

QFuture<Outcome> ReplicaMailboxService::storeDomain(
    const DomainDetails &details, const QList<Mailbox> &mailboxes, const QDateTime &copiedAt)
{
    return post<Outcome>([details, mailboxes, copiedAt](
                             ReplicaStore &store) { return store.storeDomain(details, mailboxes, copiedAt); });
}

QFuture<Outcome> ReplicaMailboxService::keepOnly(const QStringList &domains)
{
    return post<Outcome>([domains](ReplicaStore &store) { return store.keepOnly(domains); });
}

QFuture<Result<QDateTime>> ReplicaMailboxService::copiedAt()
{
    return post<Result<QDateTime>>([](ReplicaStore &store) { return store.copiedAt(); });
}

QFuture<Result<QList<Domain>>> ReplicaMailboxService::domains()
{
    return post<Result<QList<Domain>>>([](ReplicaStore &store) { return store.domains(); });
}

QFuture<Result<DomainDetails>> ReplicaMailboxService::domainDetails(const QString &domain)
{
    return post<Result<DomainDetails>>([domain](ReplicaStore &store) { return store.domainDetails(domain); });
}

QFuture<Result<MailboxPage>> ReplicaMailboxService::mailboxes(const MailboxQuery &query)
{
    return post<Result<MailboxPage>>([query](ReplicaStore &store) { return store.mailboxes(query); });
}

QFuture<Result<Mailbox>> ReplicaMailboxService::mailbox(const QString &address)
{
    return post<Result<Mailbox>>([address](ReplicaStore &store) { return store.mailbox(address); });
}

QFuture<Result<Domain>> ReplicaMailboxService::addDomain(const Domain &)
{
    return refused<Result<Domain>>();
}

QFuture<Result<DomainDetails>> ReplicaMailboxService::changeDomain(const Domain &)
{
    return refused<Result<DomainDetails>>();
}

QFuture<Outcome> ReplicaMailboxService::removeDomain(const QString &)
{
    return refused<Outcome>();
}

QFuture<Result<DomainDetails>> ReplicaMailboxService::addDemoDomain()
{
    return refused<Result<DomainDetails>>();
}

QFuture<Result<Mailbox>> ReplicaMailboxService::createMailbox(const NewMailbox &mailbox)
{
    return post<Result<Mailbox>>([mailbox = NewMailbox(mailbox)](ReplicaStore &store) mutable {
        Result<Mailbox> created = store.createMailbox(mailbox);
        mailbox.password.fill(u'\0');
        return created;
    });
}

QFuture<Result<Mailbox>> ReplicaMailboxService::changeMailbox(const MailboxChange &change)
{
    return post<Result<Mailbox>>([change](ReplicaStore &store) { return store.changeMailbox(change); });
}

QFuture<Result<Mailbox>> ReplicaMailboxService::resetPassword(
    const QString &address, const QString &version, const QString &password)
{
    return post<Result<Mailbox>>([address, version, password = QString(password)](ReplicaStore &store) mutable {
        Result<Mailbox> reset = store.resetPassword(address, version, password);
        password.fill(u'\0');
        return reset;
    });
}

QFuture<Outcome> ReplicaMailboxService::deleteMailbox(const QString &address, const QString &version)
{
    return post<Outcome>([address, version](ReplicaStore &store) { return store.deleteMailbox(address, version); });
}

void ReplicaMailboxService::setSecretBox(std::shared_ptr<const SecretBox> box)
{
    QMetaObject::invokeMethod(
        m_thread.worker(),
        [this, box = std::move(box)]() mutable {
            if (m_store)
                m_store->setJournalIdentity(m_author, std::move(box));
        },
        Qt::QueuedConnection);
}

QFuture<Result<QList<JournalEntry>>> ReplicaMailboxService::journal()
{
    return post<Result<QList<JournalEntry>>>([](ReplicaStore &store) { return store.journal(); });
}

QFuture<Outcome> ReplicaMailboxService::cancelEntry(qint64 id)
{
    return post<Outcome>([id](ReplicaStore &store) { return store.cancelEntry(id); });
}

QFuture<Outcome> ReplicaMailboxService::cancelAll()
{
    return post<Outcome>([](ReplicaStore &store) { return store.cancelAll(); });
}

QFuture<Outcome> ReplicaMailboxService::resolveConflict(qint64 id, ConflictChoice choice)
{
    return post<Outcome>([id, choice](ReplicaStore &store) { return store.resolveConflict(id, choice); });
}

QFuture<Outcome> ReplicaMailboxService::reviseCreation(qint64 id, const NewMailbox &revised)
{
    return post<Outcome>([id, revised](ReplicaStore &store) { return store.reviseCreation(id, revised); });
}

QFuture<Result<QString>> ReplicaMailboxService::entryPassword(qint64 id)
{
    return post<Result<QString>>([id](ReplicaStore &store) { return store.entryPassword(id); });
}

QFuture<Outcome> ReplicaMailboxService::markSending(qint64 id)
{
    return post<Outcome>([id](ReplicaStore &store) { return store.markState(id, JournalEntry::State::Sending); });
}

QFuture<Outcome> ReplicaMailboxService::markPending(qint64 id)
{
    return post<Outcome>([id](ReplicaStore &store) { return store.markState(id, JournalEntry::State::Pending); });
}

QFuture<Outcome> ReplicaMailboxService::entryApplied(qint64 id, const std::optional<Mailbox> &server)
{
    return post<Outcome>([id, server](ReplicaStore &store) { return store.entryApplied(id, server); });
}

QFuture<Outcome> ReplicaMailboxService::entryConflict(
    qint64 id, const QString &refusal, const std::optional<Mailbox> &theirs)
{
    return post<Outcome>(
        [id, refusal, theirs](ReplicaStore &store) { return store.entryConflict(id, refusal, theirs); });
}

// ---- the history of what was sent to the server ----

QFuture<Outcome> ReplicaMailboxService::appendHistory(const QList<HistoryEntry> &entries)
{
    return post<Outcome>([entries](ReplicaStore &store) { return store.appendHistory(entries); });
}

QFuture<Result<HistoryPage>> ReplicaMailboxService::history(const HistoryQuery &query)
{
    if (!m_keepsHistory)
        return MailboxService::history(query);
    return post<Result<HistoryPage>>([query](ReplicaStore &store) { return store.history(query); });
}

QFuture<Result<HistoryCheck>> ReplicaMailboxService::verifyHistory()
{
    if (!m_keepsHistory)
        return MailboxService::verifyHistory();
    return post<Result<HistoryCheck>>([](ReplicaStore &store) { return store.verifyHistory(); });
}

QFuture<Result<HistoryEntry>> ReplicaMailboxService::historyHead()
{
    if (!m_keepsHistory)
        return MailboxService::historyHead();
    return post<Result<HistoryEntry>>([](ReplicaStore &store) { return store.historyHead(); });
}

QFuture<Result<QString>> ReplicaMailboxService::historyActor()
{
    if (!m_keepsHistory)
        return MailboxService::historyActor();
    return post<Result<QString>>([author = m_author](ReplicaStore &) { return Result<QString>(author); });
}

QFuture<Result<HistoryEntry>> ReplicaMailboxService::cutHistory(const QDateTime &before)
{
    if (!m_keepsHistory)
        return MailboxService::cutHistory(before);
    return post<Result<HistoryEntry>>([before](ReplicaStore &store) { return store.cutHistory(before); });
}

} // namespace pecadmin
