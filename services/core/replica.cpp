#include "replica.h"

#include "core/whenready.h"

namespace pecadmin {

ServiceError Replica::refuseWhileOffline()
{
    return ServiceError(ServiceError::Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError",
            "You are working offline on the copy of the domains: changes cannot be made until the server is "
            "reachable again."));
}

ReplicaRefresh::ReplicaRefresh(
    std::shared_ptr<MailboxService> remote, std::shared_ptr<Replica> replica, QObject *parent)
    : QObject(parent), m_remote(std::move(remote)), m_replica(std::move(replica))
{ }

void ReplicaRefresh::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    whenReady(m_remote->domains(), this, [this](const Result<QList<Domain>> &domains) {
        if (!domains) {
            fail(domains.error());
            return;
        }
        for (const Domain &domain : domains.value())
            m_domains.append(domain.name);
        nextDomain();
    });
}

void ReplicaRefresh::nextDomain()
{
    ++m_domainIndex;
    if (m_domainIndex >= m_domains.size()) {
        whenReady(m_replica->keepOnly(m_domains), this, [this](const Outcome &kept) {
            if (!kept) {
                fail(kept.error());
                return;
            }
            m_done = true;
            Q_EMIT finished(Done {}, m_started);
        });
        return;
    }
    m_mailboxes.clear();
    whenReady(m_remote->domainDetails(m_domains.at(m_domainIndex)), this, [this](const Result<DomainDetails> &details) {
        if (!details) {
            fail(details.error());
            return;
        }
        m_details = details.value();
        readPage();
    });
}

void ReplicaRefresh::readPage()
{
    MailboxQuery query;
    query.domain = m_details.domain.name;
    query.limit = pageSize;
    if (!m_mailboxes.isEmpty())
        query.after = m_mailboxes.constLast();
    whenReady(m_remote->mailboxes(query), this, [this](const Result<MailboxPage> &page) {
        if (!page) {
            fail(page.error());
            return;
        }
        m_mailboxes.append(page.value().mailboxes);
        if (page.value().hasMore && !page.value().mailboxes.isEmpty()) {
            readPage();
            return;
        }
        whenReady(m_replica->storeDomain(m_details, m_mailboxes, m_started), this, [this](const Outcome &stored) {
            if (!stored) {
                fail(stored.error());
                return;
            }
            nextDomain();
        });
    });
}

void ReplicaRefresh::fail(const ServiceError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(error, m_started);
}

} // namespace pecadmin
