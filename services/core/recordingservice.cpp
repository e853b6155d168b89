#include "recordingservice.h"

#include "core/history.h"
#include "core/rules.h"
#include "core/whenready.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

// Refused here, before anything was sent: nothing to record.
bool refusedBeforeSending(const ServiceError &error)
{
    return error.code() == Code::Validation || error.code() == Code::Unsupported;
}

QString normalizedAddress(const QString &address, QString *domain)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0) {
        *domain = QString();
        return address;
    }
    *domain = rules::normalizedDomainName(address.mid(at + 1));
    return rules::normalizedMailboxName(address.left(at)) + u'@' + *domain;
}

// Of the fields `fields`, those that `keys` names.
QString only(const QString &fields, const QString &keys)
{
    const QJsonObject all = QJsonDocument::fromJson(fields.toUtf8()).object();
    const QJsonObject wanted = QJsonDocument::fromJson(keys.toUtf8()).object();
    QJsonObject kept;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        if (all.contains(it.key()))
            kept.insert(it.key(), all.value(it.key()));
    }
    return history::compact(kept);
}

template<typename T> QString resultOf(const T &answer)
{
    return answer ? history::succeeded : RecordingService::failureResult(answer.error());
}

} // namespace

RecordingService::RecordingService(std::shared_ptr<MailboxService> remote, std::shared_ptr<Replica> log)
    : m_remote(std::move(remote)), m_log(std::move(log))
{
    connect(m_remote.get(), &MailboxService::sessionExpired, this, &MailboxService::sessionExpired);
    connect(m_remote.get(), &MailboxService::reachabilityChanged, this,
        [this](bool reachable) { setReachable(reachable); });
}

RecordingService::~RecordingService() = default;

QString RecordingService::failureResult(const ServiceError &error)
{
    // The server's own words where it gave them; they hold no secret (ServiceError::detail()).
    const QString said = error.detail().isEmpty() ? error.message() : error.detail();
    return u"error: "_s + ServiceError::codeName(error.code()) + u": "_s + said.simplified();
}

template<typename T>
QFuture<T> RecordingService::recorded(
    const QFuture<T> &answer, std::function<std::optional<HistoryEntry>(const T &)> entryOf)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    whenReady(answer, this, [this, promise, entryOf = std::move(entryOf)](const T &result) {
        const std::optional<HistoryEntry> made = entryOf(result);
        if (!made) {
            promise->addResult(result);
            promise->finish();
            return;
        }
        whenReady(m_log->appendHistory({ *made }), this, [promise, result](const Outcome &written) {
            if (!written)
                qWarning().noquote() << "The history of changes could not be written:" << written.error().message()
                                     << written.error().detail();
            promise->addResult(result);
            promise->finish();
        });
    });
    return future;
}

template<typename T>
QFuture<T> RecordingService::afterReading(
    const QString &address, std::function<QFuture<T>(const std::optional<Mailbox> &)> send)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    whenReady(m_remote->mailbox(address), this, [this, promise, send = std::move(send)](const Result<Mailbox> &read) {
        const std::optional<Mailbox> before = read ? std::optional<Mailbox>(read.value()) : std::nullopt;
        whenReady(send(before), this, [promise](const T &result) {
            promise->addResult(result);
            promise->finish();
        });
    });
    return future;
}

QString RecordingService::location() const
{
    return m_remote->location();
}

QStringList RecordingService::storeFiles() const
{
    return m_remote->storeFiles();
}

ServiceCapabilities RecordingService::capabilities() const
{
    ServiceCapabilities capabilities = m_remote->capabilities();
    capabilities.keepsHistory = true;
    return capabilities;
}

QFuture<Outcome> RecordingService::reauthenticate(const QString &username, const QString &secret)
{
    return m_remote->reauthenticate(username, secret);
}

QFuture<Result<QList<Domain>>> RecordingService::domains()
{
    return m_remote->domains();
}

QFuture<Result<DomainDetails>> RecordingService::domainDetails(const QString &domain)
{
    return m_remote->domainDetails(domain);
}

// The domains are the provider's: a server refuses their changes before anything is sent.
QFuture<Result<Domain>> RecordingService::addDomain(const Domain &domain)
{
    return m_remote->addDomain(domain);
}

QFuture<Result<DomainDetails>> RecordingService::changeDomain(const Domain &domain)
{
    return m_remote->changeDomain(domain);
}

QFuture<Outcome> RecordingService::removeDomain(const QString &domain)
{
    return m_remote->removeDomain(domain);
}

QFuture<Result<DomainDetails>> RecordingService::addDemoDomain()
{
    return m_remote->addDemoDomain();
}

QFuture<Result<MailboxPage>> RecordingService::mailboxes(const MailboxQuery &query)
{
    return m_remote->mailboxes(query);
}

QFuture<Result<Mailbox>> RecordingService::mailbox(const QString &address)
{
    return m_remote->mailbox(address);
}

QFuture<Result<Mailbox>> RecordingService::createMailbox(const NewMailbox &mailbox)
{
    // What was asked, never its password.
    Mailbox asked;
    asked.name = rules::normalizedMailboxName(mailbox.name);
    asked.domain = rules::normalizedDomainName(mailbox.domain);
    asked.enabled = mailbox.enabled;
    asked.quotaMb = mailbox.quotaMb;
    asked.softQuotaMb = mailbox.softQuotaMb;
    asked.archiving = mailbox.archiving;
    asked.mustChangePassword = true;
    return recorded<Result<Mailbox>>(
        m_remote->createMailbox(mailbox), [asked](const Result<Mailbox> &created) -> std::optional<HistoryEntry> {
            if (!created && refusedBeforeSending(created.error()))
                return std::nullopt;
            const Mailbox &shown = created ? created.value() : asked;
            return history::entry(history::mailboxCreated, shown.domain, shown.address(), QString(),
                history::mailboxFields(shown), resultOf(created));
        });
}

QFuture<Result<Mailbox>> RecordingService::changeMailbox(const MailboxChange &change)
{
    if (change.isEmpty())
        return m_remote->changeMailbox(change);
    return afterReading<Result<Mailbox>>(change.address, [this, change](const std::optional<Mailbox> &current) {
        return recorded<Result<Mailbox>>(m_remote->changeMailbox(change),
            [change, current](const Result<Mailbox> &changed) -> std::optional<HistoryEntry> {
                if (!changed && refusedBeforeSending(changed.error()))
                    return std::nullopt;
                QString domain;
                const QString address = normalizedAddress(change.address, &domain);
                QString before;
                QString after;
                if (changed && current) {
                    history::difference(
                        history::mailboxFields(*current), history::mailboxFields(changed.value()), &before, &after);
                } else {
                    // What was asked, beside the fields as they were where they could be read.
                    after = history::changeFields(change);
                    if (current)
                        before = only(history::mailboxFields(*current), after);
                }
                return history::entry(history::mailboxChanged, domain, address, before, after, resultOf(changed));
            });
    });
}

QFuture<Result<Mailbox>> RecordingService::resetPassword(
    const QString &address, const QString &version, const QString &password)
{
    return recorded<Result<Mailbox>>(m_remote->resetPassword(address, version, password),
        [address](const Result<Mailbox> &reset) -> std::optional<HistoryEntry> {
            if (!reset && refusedBeforeSending(reset.error()))
                return std::nullopt;
            QString domain;
            const QString normalized = normalizedAddress(address, &domain);
            // Never the password: only that it was reset.
            return history::entry(
                history::passwordReset, domain, normalized, QString(), u"{\"password\":\"reset\"}"_s, resultOf(reset));
        });
}

QFuture<Outcome> RecordingService::deleteMailbox(const QString &address, const QString &version)
{
    return afterReading<Outcome>(address, [this, address, version](const std::optional<Mailbox> &current) {
        return recorded<Outcome>(m_remote->deleteMailbox(address, version),
            [address, current](const Outcome &deleted) -> std::optional<HistoryEntry> {
                if (!deleted && refusedBeforeSending(deleted.error()))
                    return std::nullopt;
                QString domain;
                const QString normalized = normalizedAddress(address, &domain);
                return history::entry(history::mailboxDeleted, domain, normalized,
                    current ? history::mailboxFields(*current) : QString(), QString(), resultOf(deleted));
            });
    });
}

QFuture<Result<HistoryPage>> RecordingService::history(const HistoryQuery &query)
{
    return m_log->history(query);
}

QFuture<Result<HistoryCheck>> RecordingService::verifyHistory()
{
    return m_log->verifyHistory();
}

QFuture<Result<HistoryEntry>> RecordingService::historyHead()
{
    return m_log->historyHead();
}

QFuture<Result<QString>> RecordingService::historyActor()
{
    return m_log->historyActor();
}

QFuture<Result<HistoryEntry>> RecordingService::cutHistory(const QDateTime &before)
{
    return m_log->cutHistory(before);
}

QFuture<Outcome> RecordingService::recordJob(const HistoryJob &job)
{
    HistoryJob recorded = job;
    recorded.domain = rules::normalizedDomainName(job.domain);
    return m_log->appendHistory({ history::jobEntry(recorded) });
}

QFuture<Result<MailPurge>> RecordingService::purgeDeletedMail(const MailRemoval &removal)
{
    return m_remote->purgeDeletedMail(removal);
}

} // namespace pecadmin
