#include "importplanner.h"

#include "bulk/bulkjob.h"
#include "core/mailboxservice.h"
#include "core/whenready.h"

#include <QFuture>

namespace pecadmin {

ImportPlanner::ImportPlanner(MailboxService &service, QObject *parent) : QObject(parent), m_service(service)
{ }

bool ImportPlanner::looksUpEachName(qsizetype names, int mailboxCount, int pageSize)
{
    const qsizetype pages = mailboxCount / std::max(pageSize, 1) + 1;
    return names < pages;
}

void ImportPlanner::start(const QString &domain, MailboxCsvFile file)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_file = std::move(file);
    m_plan.reset();
    m_error.reset();
    m_existing.clear();
    m_requests = 0;
    whenReady(m_service.domainDetails(domain), this, [this](const Result<DomainDetails> &details) {
        if (!details) {
            fail(details.error());
            return;
        }
        m_details = details.value();
        m_names = ImportPlan::names(m_file, m_details.domain.name);
        if (looksUpEachName(m_names.size(), m_details.mailboxCount, m_pageSize))
            lookUp(0);
        else
            listFrom(std::nullopt);
    });
}

void ImportPlanner::lookUp(qsizetype index)
{
    if (index >= m_names.size()) {
        done();
        return;
    }
    ++m_requests;
    const QString name = m_names.at(index);
    whenReady(m_service.mailbox(name + u'@' + m_details.domain.name), this,
        [this, index, name](const Result<Mailbox> &found) {
            if (found)
                m_existing.insert(name);
            else if (found.error().code() != ServiceError::Code::NotFound) {
                fail(found.error());
                return;
            }
            QMetaObject::invokeMethod(
                this, [this, index] { lookUp(index + 1); }, Qt::QueuedConnection);
        });
}

void ImportPlanner::listFrom(const std::optional<Mailbox> &after)
{
    MailboxQuery query;
    query.domain = m_details.domain.name;
    query.sortColumn = MailboxColumn::Address;
    query.limit = m_pageSize;
    query.after = after;
    ++m_requests;
    whenReady(m_service.mailboxes(query), this, [this](const Result<MailboxPage> &page) {
        if (!page) {
            fail(page.error());
            return;
        }
        for (const Mailbox &mailbox : page.value().mailboxes)
            m_existing.insert(mailbox.name);
        if (!page.value().hasMore || page.value().mailboxes.isEmpty()) {
            done();
            return;
        }
        const Mailbox last = page.value().mailboxes.constLast();
        QMetaObject::invokeMethod(
            this, [this, last] { listFrom(last); }, Qt::QueuedConnection);
    });
}

void ImportPlanner::done()
{
    m_plan = ImportPlan::build(m_file, m_details, m_existing);
    m_file = MailboxCsvFile();
    m_running = false;
    Q_EMIT finished();
}

void ImportPlanner::fail(const ServiceError &error)
{
    m_error = error;
    m_file = MailboxCsvFile();
    m_running = false;
    Q_EMIT finished();
}

} // namespace pecadmin
