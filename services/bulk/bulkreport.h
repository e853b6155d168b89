#pragma once

#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pecadmin {

// What happened to one mailbox of a bulk operation.
struct BulkReportEntry
{
    enum class Outcome {
        Done, // created, changed or deleted
        Skipped, // nothing to do: the mailbox exists already (import)
        Failed, // refused, with the reason in `error`
        NotDone, // not attempted: the operation was cancelled or stopped before it
    };

    int row = 0; // the file's row for an import; the position in the list otherwise (from 1)
    QString address;
    Outcome outcome = Outcome::NotDone;
    std::optional<ServiceError> error;
    // The mailbox as the backend answered: changed, or read again after a conflict (someone
    // else changed it meanwhile); empty for a creation, a deletion and where nothing answered.
    std::optional<Mailbox> mailbox;
    // A password generated for this mailbox, held in memory only, for the one-time display and
    // the credential letters; empty otherwise.
    QString password;
};

// The end of a bulk operation: one entry for each mailbox, in the order they were given.
struct BulkReport
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::BulkReport)

public:
    QList<BulkReportEntry> entries;
    bool cancelled = false;
    // A failure of the backend itself (store, network, session) that stopped the operation.
    std::optional<ServiceError> stoppedBy;

    int count(BulkReportEntry::Outcome outcome) const;
    // Whether any mailbox failed or was left undone.
    bool complete() const;
    // What a report shows for an entry: "created", "skipped: …", "failed: …", …
    static QString outcomeText(const BulkReportEntry &entry, const QString &doneText);
    // Overwrites every password the report holds.
    void clearPasswords();
};

} // namespace pecadmin
