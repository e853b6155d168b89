#include "actionspolicy.h"

#include "core/rules.h"

#include <algorithm>
#include <optional>

namespace pecadmin {

namespace {

using Check = std::optional<ServiceError> (*)(const Mailbox &);

// The first selected mailbox that `check` refuses, as the reason; empty where none is.
std::optional<ServiceError> firstRefusal(const QList<Mailbox> &selected, Check check)
{
    for (const Mailbox &mailbox : selected) {
        if (auto error = check(mailbox))
            return error;
    }
    return std::nullopt;
}

ActionState enabledUnless(bool enabled, const std::optional<ServiceError> &refusal)
{
    return { enabled && !refusal, refusal ? refusal->message() : QString() };
}

} // namespace

QList<Mailbox> ActionsPolicy::toSwitch(const QList<Mailbox> &selected, bool enable)
{
    QList<Mailbox> mailboxes = selected;
    mailboxes.removeIf([enable](const Mailbox &mailbox) { return mailbox.enabled == enable; });
    return mailboxes;
}

ActionState ActionsPolicy::state(WindowAction action, const ActionsContext &context)
{
    const QList<Mailbox> &selected = context.selected;
    const bool haveDomain = context.haveStore && context.onMailboxes && context.haveDetails;
    const bool single = selected.size() == 1;
    const QString selectOne = selected.size() > 1 ? tr("Select one mailbox") : QString();
    // Where the server does not state the domain's limits, it decides whether archiving is possible.
    const Domain checked = rules::limitsToCheck(context.details).domain;
    const bool archivingAvailable = context.haveDetails && checked.archivingAvailable;
    const bool several = haveDomain && selected.size() > 1;

    switch (action) {
    case WindowAction::NewMailbox:
        return { haveDomain, {} };
    case WindowAction::Delete:
        return enabledUnless(haveDomain && !selected.isEmpty(), firstRefusal(selected, &rules::checkDelete));
    case WindowAction::Enable:
        return { haveDomain && !toSwitch(selected, true).isEmpty(), {} };
    case WindowAction::Disable:
        return enabledUnless(
            haveDomain && !toSwitch(selected, false).isEmpty(), firstRefusal(selected, &rules::checkDisable));
    case WindowAction::ResetPassword: {
        const auto refusal = firstRefusal(selected, &rules::checkPasswordReset);
        return { haveDomain && single && !refusal, refusal ? refusal->message() : selectOne };
    }
    case WindowAction::Quota:
    case WindowAction::SoftQuota:
        return { haveDomain && single, selectOne };
    case WindowAction::Archiving: {
        const auto refusal = context.haveDetails ? rules::checkArchiving(checked, true) : std::nullopt;
        return { haveDomain && single && archivingAvailable, refusal ? refusal->message() : selectOne };
    }
    case WindowAction::Find:
        return { context.haveStore && context.onMailboxes, {} };
    case WindowAction::Refresh:
        return { context.haveStore, {} };
    case WindowAction::NewDomain:
        return { context.haveStore && context.capabilities.addsDomains, {} };
    case WindowAction::EditDomain:
    case WindowAction::RemoveDomain: {
        // Whether the domain can be removed, the dialog says: it lists what is left in it.
        const bool managed = context.haveStore && context.capabilities.addsDomains;
        return { managed && context.haveDetails,
            context.haveStore && !managed ? tr("The provider keeps this domain on its server") : QString() };
    }
    case WindowAction::Import:
    case WindowAction::Export:
        return { haveDomain, {} };
    case WindowAction::ExportSelected:
        return { haveDomain && !selected.isEmpty(), {} };
    case WindowAction::BulkChange:
    case WindowAction::BulkQuota:
    case WindowAction::BulkSoftQuota:
    case WindowAction::BulkResetPasswords:
        return { several, {} };
    case WindowAction::BulkArchivingOn:
    case WindowAction::BulkArchivingOff:
        return { several && archivingAvailable, {} };
    }
    return {};
}

} // namespace pecadmin
