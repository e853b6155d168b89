#pragma once

#include "core/limits.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace pecadmin {

// One PEC mailbox, as a backend last reported it.
struct Mailbox
{
    QString name; // the local part, case-folded: "mario.rossi"
    QString domain; // "pec.example.it"
    bool enabled = true;
    qint64 quotaMb = 0;
    qint64 softQuotaMb = 0; // 0: no warning threshold
    qint64 usedBytes = 0;
    bool archiving = false;
    bool mustChangePassword = true;
    QDateTime created; // UTC
    QDateTime modified; // UTC
    // When the mail server last reported usedBytes (UTC); invalid: it never has.
    QDateTime usageUpdated;
    // When the mail server last sent the user the soft-quota alarm (UTC); invalid: never, or
    // unknown where softQuotaAlarmKnown is false (a backend that does not say).
    QDateTime softQuotaAlarm;
    bool softQuotaAlarmKnown = false;
    // Changes whenever the mailbox changes; an update carrying an older version is refused.
    QString version;
    // Working offline on the copy (docs/OFFLINE.md): changes made to this mailbox wait in the
    // journal to be sent, and one of them was refused by the server and waits for a choice.
    bool pending = false;
    bool inConflict = false;

    QString address() const { return name + QLatin1Char('@') + domain; }
    bool isPostmaster() const;
    // Whether usedBytes is a figure the mail server or the provider stated. When it is not,
    // the usage is shown as not reported, never as 0.
    bool usageKnown() const { return usageUpdated.isValid(); }
};

// What the user asks for when creating a mailbox.
struct NewMailbox
{
    QString name;
    QString domain;
    QString password; // clear text only on its way to the backend, never stored
    qint64 quotaMb = 0;
    qint64 softQuotaMb = 0;
    bool archiving = false;
    bool enabled = true;
};

// A change of one or more attributes of one mailbox, made from the view at `version`.
struct MailboxChange
{
    QString address;
    QString version; // empty: apply whatever the current version (command line)
    std::optional<bool> enabled;
    std::optional<qint64> quotaMb;
    std::optional<qint64> softQuotaMb;
    std::optional<bool> archiving;

    bool isEmpty() const { return !enabled && !quotaMb && !softQuotaMb && !archiving; }
};

enum class MailboxColumn { Address, Status, Usage, Quota, SoftQuota, Archiving, Created };

// One page of a domain's mailboxes: filtered and sorted by the backend.
struct MailboxQuery
{
    QString domain;
    QString filter; // substring of the mailbox name, case-insensitive; empty: all
    MailboxColumn sortColumn = MailboxColumn::Address;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int offset = 0; // used only when `after` is empty
    int limit = 100;
    // Keyset paging: the page starts after this mailbox of the previous page, which stays
    // correct while rows are added or removed between pages.
    std::optional<Mailbox> after;
    // Only the mailboxes with changes made offline waiting in the journal (or in conflict);
    // a service without a journal (ServiceCapabilities::keepsJournal) has none.
    bool pendingOnly = false;
};

struct MailboxPage
{
    QList<Mailbox> mailboxes;
    bool hasMore = false;
};

// The value a sort column orders by in `order`, for keyset paging and for models' sort roles. A
// usage the mail server has not reported sorts after every reported one in either order, never
// among the small ones: its key is above every figure ascending, below every one descending.
QVariant sortKey(const Mailbox &mailbox, MailboxColumn column, Qt::SortOrder order);
constexpr qint64 unknownUsageSortKey(Qt::SortOrder order)
{
    return order == Qt::DescendingOrder ? -1 : limits::maxUsedBytes + 1;
}

} // namespace pecadmin

Q_DECLARE_METATYPE(pecadmin::Mailbox)
