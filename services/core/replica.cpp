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

ServiceError Replica::refuseSecretWithoutKeyring()
{
    return ServiceError(ServiceError::Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError",
            "You are working offline and the system keyring does not answer: a password cannot be kept safely until "
            "the server is reachable, so mailboxes cannot be created and passwords cannot be reset now. The other "
            "changes can still be made."));
}

namespace {

// A refusal of the server that makes an entry a conflict for the user to settle; any other
// failure stops the sending, to go on later from the same entry.
bool isConflict(const ServiceError &error)
{
    switch (error.code()) {
    case ServiceError::Code::Validation:
    case ServiceError::Code::NotFound:
    case ServiceError::Code::AlreadyExists:
    case ServiceError::Code::QuotaExceeded:
    case ServiceError::Code::MailboxLimitReached:
    case ServiceError::Code::Protected:
    case ServiceError::Code::Conflict:
        return true;
    default:
        return false;
    }
}

// Whether the server's mailbox already holds every attribute the change sets.
bool holdsChange(const Mailbox &mailbox, const MailboxChange &change)
{
    return (!change.enabled || *change.enabled == mailbox.enabled)
        && (!change.quotaMb || *change.quotaMb == mailbox.quotaMb)
        && (!change.softQuotaMb || *change.softQuotaMb == mailbox.softQuotaMb)
        && (!change.archiving || *change.archiving == mailbox.archiving);
}

} // namespace

JournalSender::JournalSender(std::shared_ptr<MailboxService> remote, std::shared_ptr<Replica> replica, QObject *parent)
    : QObject(parent), m_remote(std::move(remote)), m_replica(std::move(replica))
{ }

void JournalSender::start()
{
    whenReady(m_replica->journal(), this, [this](const Result<QList<JournalEntry>> &entries) {
        if (!entries) {
            stop(entries.error());
            return;
        }
        m_entries = entries.value();
        next();
    });
}

void JournalSender::next()
{
    ++m_index;
    while (m_index < m_entries.size()) {
        const JournalEntry &entry = m_entries.at(m_index);
        if (entry.state == JournalEntry::State::Conflict) {
            if (!m_heldAddresses.contains(entry.address))
                m_heldAddresses.append(entry.address);
            ++m_index;
            continue;
        }
        if (m_heldAddresses.contains(entry.address)) {
            ++m_summary.held;
            ++m_index;
            continue;
        }
        break;
    }
    Q_EMIT progress(m_done, int(m_entries.size()));
    if (m_index >= m_entries.size()) {
        finish();
        return;
    }
    const JournalEntry &entry = m_entries.at(m_index);
    if (entry.state == JournalEntry::State::Sending)
        lookUp(entry);
    else
        send(entry);
}

void JournalSender::lookUp(const JournalEntry &entry)
{
    whenReady(m_remote->mailbox(entry.address), this, [this, entry](const Result<Mailbox> &found) {
        if (!found && found.error().code() != ServiceError::Code::NotFound) {
            stop(found.error());
            return;
        }
        const bool exists = found.ok();
        const bool unchanged = exists && found.value().version == entry.baseVersion;
        switch (entry.kind) {
        case JournalEntry::Kind::Create:
            // The mailbox did not exist when the creation was made: there now, it is this one.
            if (exists)
                applied(entry, found.value());
            else
                send(entry);
            return;
        case JournalEntry::Kind::Delete:
            if (!exists)
                applied(entry, std::nullopt);
            else if (unchanged)
                send(entry);
            else
                refused(entry, ServiceError(ServiceError::Code::Conflict, ""));
            return;
        case JournalEntry::Kind::Change:
            if (!exists)
                refused(entry, found.error());
            else if (unchanged)
                send(entry);
            else if (holdsChange(found.value(), entry.change))
                applied(entry, found.value());
            else
                refused(entry, ServiceError(ServiceError::Code::Conflict, ""));
            return;
        case JournalEntry::Kind::ResetPassword:
            if (!exists)
                refused(entry, found.error());
            else if (unchanged)
                send(entry);
            else if (found.value().mustChangePassword)
                applied(entry, found.value());
            else
                refused(entry, ServiceError(ServiceError::Code::Conflict, ""));
            return;
        }
    });
}

void JournalSender::send(const JournalEntry &entry)
{
    if (entry.kind == JournalEntry::Kind::Create || entry.kind == JournalEntry::Kind::ResetPassword) {
        whenReady(m_replica->entryPassword(entry.id), this, [this, entry](const Result<QString> &password) {
            if (!password) {
                stop(password.error());
                return;
            }
            QString clear = password.value();
            sendWith(entry, clear);
            clear.fill(u'\0');
        });
        return;
    }
    sendWith(entry, QString());
}

void JournalSender::sendWith(const JournalEntry &entry, const QString &password)
{
    whenReady(m_replica->markSending(entry.id), this,
        [this, entry, password = QString(password)](const Outcome &marked) mutable {
            if (!marked) {
                password.fill(u'\0');
                stop(marked.error());
                return;
            }
            const auto mailboxAnswer = [this, entry](const Result<Mailbox> &answer) {
                answered(entry,
                    answer ? Result<std::optional<Mailbox>>(std::optional<Mailbox>(answer.value()))
                           : Result<std::optional<Mailbox>>(answer.error()));
            };
            switch (entry.kind) {
            case JournalEntry::Kind::Create: {
                NewMailbox mailbox = entry.created;
                mailbox.password = password;
                whenReady(m_remote->createMailbox(mailbox), this, mailboxAnswer);
                mailbox.password.fill(u'\0');
                break;
            }
            case JournalEntry::Kind::ResetPassword:
                whenReady(m_remote->resetPassword(entry.address, entry.baseVersion, password), this, mailboxAnswer);
                break;
            case JournalEntry::Kind::Change: {
                MailboxChange change = entry.change;
                change.address = entry.address;
                change.version = entry.baseVersion;
                whenReady(m_remote->changeMailbox(change), this, mailboxAnswer);
                break;
            }
            case JournalEntry::Kind::Delete:
                whenReady(m_remote->deleteMailbox(entry.address, entry.baseVersion), this,
                    [this, entry](const Outcome &deleted) {
                        answered(entry,
                            deleted ? Result<std::optional<Mailbox>>(std::optional<Mailbox>())
                                    : Result<std::optional<Mailbox>>(deleted.error()));
                    });
                break;
            }
            password.fill(u'\0');
        });
}

void JournalSender::answered(const JournalEntry &entry, const Result<std::optional<Mailbox>> &answer)
{
    if (answer) {
        applied(entry, answer.value());
        return;
    }
    if (!isConflict(answer.error())) {
        // No answer, or one that says nothing of the entry: it stays "sending", to be looked up.
        stop(answer.error());
        return;
    }
    // A creation whose address is taken, or an entry refused with a base version of a mailbox
    // created offline: the server was reached and said no.
    refused(entry, answer.error());
}

void JournalSender::applied(const JournalEntry &entry, const std::optional<Mailbox> &server)
{
    whenReady(m_replica->entryApplied(entry.id, server), this, [this](const Outcome &stored) {
        if (!stored) {
            stop(stored.error());
            return;
        }
        ++m_summary.applied;
        ++m_done;
        next();
    });
}

void JournalSender::refused(const JournalEntry &entry, const ServiceError &error)
{
    // The server's mailbox as it is now, for the user to compare with the entry.
    whenReady(m_remote->mailbox(entry.address), this, [this, entry, error](const Result<Mailbox> &theirs) {
        if (!theirs && theirs.error().code() != ServiceError::Code::NotFound) {
            stop(theirs.error());
            return;
        }
        QString refusal = error.message();
        if (refusal.isEmpty())
            refusal = theirs ? tr("The mailbox was changed on the server meanwhile.")
                             : tr("The mailbox no longer exists on the server.");
        const std::optional<Mailbox> server = theirs ? std::optional<Mailbox>(theirs.value()) : std::nullopt;
        whenReady(m_replica->entryConflict(entry.id, refusal, server), this, [this, entry](const Outcome &stored) {
            if (!stored) {
                stop(stored.error());
                return;
            }
            m_heldAddresses.append(entry.address);
            ++m_done;
            next();
        });
    });
}

void JournalSender::stop(const ServiceError &error)
{
    m_summary.stoppedBy = error;
    finish();
}

void JournalSender::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    whenReady(m_replica->journal(), this, [this](const Result<QList<JournalEntry>> &entries) {
        if (entries) {
            m_summary.remaining = int(entries.value().size());
            m_summary.conflicts = 0;
            for (const JournalEntry &entry : entries.value()) {
                if (entry.state == JournalEntry::State::Conflict)
                    ++m_summary.conflicts;
            }
        } else if (!m_summary.stoppedBy) {
            m_summary.stoppedBy = entries.error();
        }
        Q_EMIT finished(m_summary);
    });
}

} // namespace pecadmin
