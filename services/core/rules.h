#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <optional>

namespace pecadmin {

// Every rule of the domain, once. A rule returns nothing when the input is acceptable and
// the error to show otherwise; the dialogs call the same functions as the backends.
namespace rules {

constexpr int maxMailboxNameLength = 64;
constexpr int maxDomainNameLength = 253;
inline constexpr char16_t postmasterName[] = u"postmaster";

// The form in which a mailbox name is stored and compared: case-folded, trimmed.
QString normalizedMailboxName(const QString &name);
std::optional<ServiceError> checkMailboxName(const QString &name);
// A name the provider keeps for itself (postmaster): it exists already and is protected.
bool isReservedMailboxName(const QString &name);
std::optional<ServiceError> checkNewMailboxName(const QString &name);

QString normalizedDomainName(const QString &name);
std::optional<ServiceError> checkDomainName(const QString &name);

struct Address
{
    QString name;
    QString domain;
};
// "Mario.Rossi@PEC.example.it" -> {"mario.rossi", "pec.example.it"}, or the error.
std::optional<ServiceError> parseAddress(const QString &address, Address *parsed);

std::optional<ServiceError> checkPassword(
    const PasswordPolicy &policy, const QString &password, const QString &mailboxName = {});
std::optional<ServiceError> checkPasswordsMatch(const QString &password, const QString &repeated);

// The languages of the messages a mail server sends a domain's users (Domain::language).
QStringList domainLanguages();
std::optional<ServiceError> checkDomain(const Domain &domain);
// New limits for the domain `current`: a valid domain, and never below what its mailboxes use
// (the space allocated, their number, the largest quota, archiving where a mailbox has it on).
std::optional<ServiceError> checkDomainChange(const DomainDetails &current, const Domain &changed);
// A domain can be removed only when it holds nothing but its postmaster mailbox.
std::optional<ServiceError> checkDomainRemoval(const DomainDetails &details);

// The quota of a mailbox: at least 1 MB, at most the domain's per-mailbox maximum, and
// within what the domain has left (`otherAllocatedMb`: the quotas of every other mailbox).
std::optional<ServiceError> checkQuota(const Domain &domain, qint64 quotaMb, qint64 otherAllocatedMb);
// The soft quota: 0 (no warning) or a threshold of at most the quota.
std::optional<ServiceError> checkSoftQuota(qint64 softQuotaMb, qint64 quotaMb);
std::optional<ServiceError> checkArchiving(const Domain &domain, bool archiving);
// Setting a quota below what the mailbox already uses is allowed after a second warning; a
// usage the mail server never reported is not compared.
bool quotaBelowUsage(const Mailbox &mailbox, qint64 quotaMb);

// The domain as the rules check it before a request is sent. Where the server does not state
// the domain's limits (DomainDetails::limitsKnown), none of them is checked here: no space or
// mailbox limit, a largest quota of unstatedQuotaCapMb, archiving allowed, and the unstated
// password policy (nothing refused by length or characters). The server enforces its own
// limits, and its refusal is what the user reads.
DomainDetails limitsToCheck(const DomainDetails &details);

// The largest quota a mailbox may be given where the domain's is unknown: what an integer
// spin box can hold, far above any provider's.
constexpr qint64 unstatedQuotaCapMb = qint64(1024) * 1024;
// The disk quota of a new mailbox where the domain's largest quota is unknown.
constexpr qint64 unstatedDefaultQuotaMb = 1024;
// The disk quota of a new mailbox for which none is given: the domain's largest mailbox quota
// within the space the domain has left (the largest quota when nothing is left, so that the
// refusal says how much is left), or unstatedDefaultQuotaMb where the limits are unknown.
qint64 defaultQuotaMb(const DomainDetails &details);

// A whole creation against the domain as it is now.
std::optional<ServiceError> checkNewMailbox(const DomainDetails &domain, const NewMailbox &mailbox);
// A whole change of `current` against the domain as it is now.
std::optional<ServiceError> checkChange(
    const DomainDetails &domain, const Mailbox &current, const MailboxChange &change);
// The rules that protect one mailbox whatever the domain: the postmaster cannot be disabled,
// have its password reset here, or be deleted.
std::optional<ServiceError> checkDisable(const Mailbox &mailbox);
std::optional<ServiceError> checkPasswordReset(const Mailbox &mailbox);
std::optional<ServiceError> checkDelete(const Mailbox &mailbox);

} // namespace rules
} // namespace pecadmin
