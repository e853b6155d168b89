#include "mailbox.h"
#include "core/rules.h"

namespace pecadmin {

bool Mailbox::isPostmaster() const
{
    return rules::isReservedMailboxName(name);
}

QVariant sortKey(const Mailbox &mailbox, MailboxColumn column, Qt::SortOrder order)
{
    switch (column) {
    case MailboxColumn::Address:
        return mailbox.name;
    case MailboxColumn::Status:
        return mailbox.enabled ? 1 : 0;
    case MailboxColumn::Usage:
        return mailbox.usageKnown() ? mailbox.usedBytes : unknownUsageSortKey(order);
    case MailboxColumn::Quota:
        return mailbox.quotaMb;
    case MailboxColumn::SoftQuota:
        return mailbox.softQuotaMb;
    case MailboxColumn::Archiving:
        return mailbox.archiving ? 1 : 0;
    case MailboxColumn::Created:
        return mailbox.created.toMSecsSinceEpoch();
    }
    return {};
}

} // namespace pecadmin
