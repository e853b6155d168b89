#pragma once

#include "domain.h"
#include "mailbox.h"
#include "result.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace pecadmin {

// What every backend offers: the operations of a PEC provider's panel, asynchronous, each
// answering with a value or a typed error. A backend applies every rule of `rules` itself,
// so that a caller that skipped them is still refused.
//
// Futures finish on the backend's own thread; a caller continues with
// `whenReady(future, context, ...)` (whenready.h) so that its continuation runs on the
// context's thread, from its event loop, and is dropped when the context dies.
class MailboxService
{
public:
    virtual ~MailboxService();

    // Where the service is connected, for the status bar ("pecadmin.sqlite", "https://…").
    virtual QString location() const = 0;
    // Whether domains can be added here (a provider's server decides its own domains).
    virtual bool canAddDomains() const = 0;

    virtual QFuture<Result<QList<Domain>>> domains() = 0;
    virtual QFuture<Result<DomainDetails>> domainDetails(const QString &domain) = 0;
    virtual QFuture<Result<Domain>> addDomain(const Domain &domain) = 0;
    // Adds the demo domain pec.example.it with a few dozen mailboxes of realistic names,
    // sizes and states, where the backend keeps its own domains; Unsupported elsewhere.
    virtual QFuture<Result<DomainDetails>> addDemoDomain() = 0;

    virtual QFuture<Result<MailboxPage>> mailboxes(const MailboxQuery &query) = 0;
    virtual QFuture<Result<Mailbox>> mailbox(const QString &address) = 0;
    virtual QFuture<Result<Mailbox>> createMailbox(const NewMailbox &mailbox) = 0;
    virtual QFuture<Result<Mailbox>> changeMailbox(const MailboxChange &change) = 0;
    // Sets a new password that the user must change at first access. `version` as in
    // MailboxChange.
    virtual QFuture<Result<Mailbox>> resetPassword(const QString &address, const QString &version,
                                                   const QString &password) = 0;
    virtual QFuture<Outcome> deleteMailbox(const QString &address, const QString &version) = 0;
};

} // namespace pecadmin
