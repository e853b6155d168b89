#include "domainstate.h"

#include "appsettings.h"
#include "core/mailboxservice.h"
#include "core/whenready.h"
#include "mailboxtablemodel.h"

namespace pecadmin {

DomainState::DomainState(AppSettings &settings, MailboxTableModel *model, QObject *parent)
    : QObject(parent), m_settings(settings), m_model(model)
{
    connect(m_model, &MailboxTableModel::pageLoaded, this, &DomainState::pageLoaded);
}

void DomainState::setService(MailboxService *service)
{
    ++m_generation;
    m_service = service;
    m_model->setService(service);
    m_domains.clear();
    m_haveDetails = false;
    m_details = DomainDetails();
}

QString DomainState::currentDomain() const
{
    return m_model->domain();
}

void DomainState::load(const QString &select)
{
    if (!m_service)
        return;
    const quint64 generation = m_generation;
    whenReady(m_service->domains(), this, [this, generation, select](const Result<QList<Domain>> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        m_domains = result.value();
        if (m_domains.isEmpty()) {
            m_model->setDomain(QString());
            m_haveDetails = false;
        }
        Q_EMIT domainsLoaded(select.isEmpty() ? m_settings.lastDomain() : select);
    });
}

void DomainState::choose(const QString &domain)
{
    if (domain.isEmpty())
        return;
    m_settings.setLastDomain(domain);
    m_haveDetails = false;
    m_details = DomainDetails();
    if (domain != m_model->domain())
        m_model->setDomain(domain);
    else
        m_model->reload();
    refreshDetails();
}

void DomainState::refreshDetails()
{
    const QString domain = m_model->domain();
    if (!m_service || domain.isEmpty())
        return;
    whenReady(m_service->domainDetails(domain), this, [this, domain](const Result<DomainDetails> &result) {
        if (domain != m_model->domain())
            return;
        if (!result) {
            Q_EMIT errorOccurred(result.error());
            return;
        }
        m_details = result.value();
        m_haveDetails = true;
        Q_EMIT detailsChanged();
    });
}

void DomainState::refresh(const QString &selectedAddress)
{
    if (!m_service)
        return;
    if (m_domains.isEmpty() || m_model->domain().isEmpty()) {
        load();
        return;
    }
    if (!selectedAddress.isEmpty())
        m_pendingSelection = selectedAddress;
    load(m_model->domain()); // domains added elsewhere appear, the current one reloads
}

void DomainState::mailboxChanged(const Mailbox &mailbox)
{
    m_model->updateMailbox(mailbox);
    refreshDetails();
}

void DomainState::mailboxDeleted(const QString &address)
{
    m_model->removeMailbox(address);
    refreshDetails();
}

void DomainState::mailboxCreated(const Mailbox &mailbox)
{
    // The new mailbox takes its place in the service's order: read the list again.
    m_pendingSelection = mailbox.address();
    m_model->reload();
    refreshDetails();
}

void DomainState::mailboxesChanged()
{
    // Many mailboxes changed: read the list and the totals again.
    m_model->reload();
    refreshDetails();
}

void DomainState::pageLoaded()
{
    if (m_pendingSelection.isEmpty())
        return;
    const int row = m_model->rowOfAddress(m_pendingSelection);
    if (row < 0)
        return;
    m_pendingSelection.clear();
    Q_EMIT rowToSelect(row);
}

} // namespace pecadmin
