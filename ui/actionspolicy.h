#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/mailboxservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pecadmin {

// The actions of the main window that depend on what is shown and selected.
enum class WindowAction {
    NewMailbox,
    Delete,
    Enable,
    Disable,
    ResetPassword,
    Quota,
    SoftQuota,
    Archiving,
    Find,
    Refresh,
    NewDomain,
    EditDomain, // the chosen domain's limits and policy
    RemoveDomain,
    Import,
    Export,
    ExportSelected,
    BulkChange, // the menu of changes of several mailboxes
    BulkQuota,
    BulkSoftQuota,
    BulkArchivingOn,
    BulkArchivingOff,
    BulkResetPasswords,
};

// What the actions depend on.
struct ActionsContext
{
    bool haveStore = false; // a service is connected
    bool onMailboxes = false; // the page of a domain's mailboxes is shown
    bool haveDetails = false; // the chosen domain's details are read
    DomainDetails details;
    ServiceCapabilities capabilities;
    QList<Mailbox> selected;
};

// Whether an action can be used, and where it cannot, why, in words for a tooltip.
struct ActionState
{
    bool enabled = false;
    QString reason; // empty where none is worth saying
};

// Which actions of the window are enabled and why not, from what is shown and selected. A
// reason that is a rule of the domain (the postmaster is protected, the domain has no
// archiving) is the rule's own text, from `rules`; the window only applies the states.
class ActionsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::ActionsPolicy)

public:
    static ActionState state(WindowAction action, const ActionsContext &context);
    // The selected mailboxes that `enable` changes: those whose state differs.
    static QList<Mailbox> toSwitch(const QList<Mailbox> &selected, bool enable);
};

} // namespace pecadmin
