#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "local/storedmailbox.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pecadmin {

class SqlConnection;

// Many mailboxes written into one domain at once (imports, the demo domain, benchmarks):
// checked as a whole against the domain's limits, then written many to a statement
// (SqlRowWriter), inside the caller's write transaction.
class MailboxBatch
{
public:
    // The batch, with its names as stored, where every mailbox of it fits `details` and all
    // of them fit together; the first refusal otherwise, its detail naming the mailbox.
    static Result<MailboxBatch> check(const DomainDetails &details, const QList<StoredMailbox> &mailboxes);

    // Writes the batch into the domain `domainId`; a mailbox without a password hash gets
    // `fallbackHash`. The domain's totals are the caller's to adjust. Refuses, before writing,
    // the first mailbox whose name the domain or the batch has already, naming it.
    std::optional<ServiceError> insert(
        SqlConnection &connection, qint64 domainId, const QByteArray &fallbackHash) const;

    int size() const { return int(m_mailboxes.size()); }
    const QList<StoredMailbox> &mailboxes() const { return m_mailboxes; }
    qint64 quotaMb() const { return m_quotaMb; } // the quotas of the batch, added up
    qint64 usedBytes() const { return m_usedBytes; }

private:
    MailboxBatch() = default;
    std::optional<ServiceError> checkNamesFree(SqlConnection &connection, qint64 domainId) const;

    QString m_domain;
    bool m_domainHasMailboxes = false;
    QList<StoredMailbox> m_mailboxes;
    qint64 m_quotaMb = 0;
    qint64 m_usedBytes = 0;
};

} // namespace pecadmin
