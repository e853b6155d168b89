#pragma once

#include "core/limits.h"
#include "core/passwordpolicy.h"

#include <QString>

namespace pecadmin {

// A PEC domain and the limits its provider sets.
struct Domain
{
    QString name; // "pec.example.it"
    qint64 totalSpaceMb = 0; // the space the domain may allocate to its mailboxes
    int maxMailboxes = 0; // how many mailboxes the domain may hold
    qint64 maxMailboxQuotaMb = 1024;
    bool archivingAvailable = false; // conservazione sostitutiva is part of the contract
    PasswordPolicy passwordPolicy = PasswordPolicy::poste();
    // The language of the messages the mail server sends the domain's users (the soft-quota
    // alarm): "it" or "en" (rules::domainLanguages). Empty where the backend does not state it
    // (a SCIM server has no such setting): then it is never shown as a value or set.
    QString language = QStringLiteral("it");
};

// A domain with what it uses now.
struct DomainDetails
{
    Domain domain;
    int mailboxCount = 0;
    qint64 allocatedMb = 0; // the sum of the mailboxes' quotas
    qint64 usedBytes = 0; // the sum of the space the mailboxes use, of those whose usage is reported
    // How many mailboxes have a usage the mail server has not reported: usedBytes then sums the
    // others only and is the least the domain uses. All of them (mailboxCount): usedBytes is no figure.
    int usageNotReported = 0;
    // What bounds a change of the limits (rules::checkDomainChange): the largest quota of a
    // mailbox, and whether any mailbox has conservazione sostitutiva on.
    qint64 largestQuotaMb = 0;
    bool archivingInUse = false;
    // False where the backend cannot know the domain's limits (a SCIM server without Domain
    // resources): only the name and mailboxCount are then facts; the other fields of domain and
    // allocatedMb and usedBytes are placeholders, never shown as numbers or checked
    // (rules::limitsToCheck), and the server enforces its own limits.
    bool limitsKnown = true;

    qint64 freeSpaceMb() const { return limits::saturatingSubtract(domain.totalSpaceMb, allocatedMb); }
    int freeMailboxes() const { return domain.maxMailboxes - mailboxCount; }
    // Whether usedBytes is the whole domain's usage (every mailbox's is reported).
    bool usageComplete() const { return usageNotReported <= 0; }
    // Whether no mailbox's usage is reported, so that usedBytes says nothing.
    bool usageUnknown() const { return mailboxCount > 0 && usageNotReported >= mailboxCount; }
};

} // namespace pecadmin
