#pragma once

#include "core/mailboxservice.h"
#include "scim/scimprotocol.h"

#include <QHash>
#include <QObject>

namespace pecadmin {

class ScimTransport;
struct ScimReply;
struct ScimServerOffer;

// The remote backend: a SCIM 2.0 client (RFC 7643, RFC 7644) for a provider's server, with
// the mapping of docs/SCIM.md. It lives on the thread that creates it (its network manager
// answers there) and finishes its futures there.
//
// The requests go through a ScimTransport (timeouts, retries, TLS, credentials, what an
// answer says of reachability and of the session); requests and answers are built and read
// by ScimProtocol. Here are the operations: each a short chain of steps (futuresteps.h), one
// request each, with the rules applied before anything is sent. A POST whose answer is lost
// is never sent again: the mailbox is looked up and returned if it exists.
class ScimMailboxService : public MailboxService
{
    Q_OBJECT

public:
    explicit ScimMailboxService(ScimConnection connection, QObject *parent = nullptr);
    ~ScimMailboxService() override;

    // Reads /ServiceProviderConfig, /ResourceTypes and /Schemas and adapts to what the server
    // offers. The other operations connect first by themselves where this was not called.
    QFuture<Outcome> connectToServer();
    bool isConnected() const { return m_connected; }
    const ScimCapabilities &serverCapabilities() const { return m_capabilities; }
    // Whether the server offers the Domain resource type (domain limits are then known).
    bool hasDomainResource() const { return !m_domainEndpoint.isEmpty(); }

    // New credentials, used from the next request on.
    void setCredentials(const QString &username, const QString &secret);
    // How often and how soon an idempotent request is sent again (attempts include the first).
    void setRetryPolicy(int maxAttempts, int firstDelayMs);
    // See ScimTransport::setResendOnceAfterExpiry().
    void setResendOnceAfterExpiry(bool resend);

    QString location() const override;
    // Known once connected: whether the server sorts and offers Domain resources.
    ServiceCapabilities capabilities() const override;
    QFuture<Outcome> reauthenticate(const QString &username, const QString &secret) override;

    QFuture<Result<QList<Domain>>> domains() override;
    QFuture<Result<DomainDetails>> domainDetails(const QString &domain) override;
    QFuture<Result<Domain>> addDomain(const Domain &domain) override;
    QFuture<Result<DomainDetails>> changeDomain(const Domain &domain) override;
    QFuture<Outcome> removeDomain(const QString &domain) override;
    QFuture<Result<DomainDetails>> addDemoDomain() override;

    QFuture<Result<MailboxPage>> mailboxes(const MailboxQuery &query) override;
    QFuture<Result<Mailbox>> mailbox(const QString &address) override;
    QFuture<Result<Mailbox>> createMailbox(const NewMailbox &mailbox) override;
    QFuture<Result<Mailbox>> changeMailbox(const MailboxChange &change) override;
    QFuture<Result<Mailbox>> resetPassword(
        const QString &address, const QString &version, const QString &password) override;
    QFuture<Outcome> deleteMailbox(const QString &address, const QString &version) override;

private:
    const ScimConnection &connection() const;
    QUrl listUrl(const QString &endpoint, const ScimListRequest &request) const;

    // ---- discovery ----
    QFuture<Outcome> connected(); // discovers, unless connected already
    QFuture<Outcome> discover();
    Outcome adopt(const ScimServerOffer &offer);

    // ---- domains ----
    QFuture<Result<QList<Domain>>> readDomains();
    QFuture<Result<DomainDetails>> readDetails(const QString &domain);
    QFuture<Result<DomainDetails>> readDetailsWithoutDomainResource(const QString &domain);
    // The details of `domain` from its Domain resource, its mailboxes counted where the
    // resource does not say how many.
    QFuture<Result<DomainDetails>> detailsOf(const QString &domain, const ScimDomain &entry);
    QFuture<Result<int>> countMailboxes(const QString &domain);

    // ---- mailboxes ----
    Result<ScimListRequest> pageRequest(const MailboxQuery &query) const;
    // How many users one request asks for: the server's maxResults, where it states one.
    int pageSize() const;
    // `wanted` users from `request.startIndex` on, in as many requests as the server's page
    // size needs; fewer where the list ends first, or where it holds more than `wanted` after
    // the first request and `stopIfLonger` is set.
    QFuture<Result<ScimUserList>> readUsers(
        const ScimListRequest &request, int wanted, bool stopIfLonger, const ScimUserList &collected);
    QFuture<Result<MailboxPage>> readPage(const MailboxQuery &query, const ScimListRequest &request);
    MailboxPage pageFromList(const MailboxQuery &query, const ScimUserList &users);
    // A page of a server that does not sort: the whole list read and sorted here, kept for the
    // pages after the first.
    QFuture<Result<MailboxPage>> readSortedHere(const MailboxQuery &query, const ScimListRequest &request);
    MailboxPage pageFromSorted(const MailboxQuery &query, const QList<Mailbox> &sorted) const;
    QString listKey(const MailboxQuery &query) const;
    // The mailbox with a version to compare: where the server claims versions but gives this
    // resource none, the time of its last change stands in (compared here, never sent).
    Mailbox withVersion(Mailbox mailbox) const;
    ScimUser withVersion(ScimUser user) const;
    Result<Mailbox> mailboxFromReply(const ScimReply &reply) const;
    QString cursorKey(const MailboxQuery &query, const QString &address) const;
    QFuture<Result<ScimUser>> lookup(const QString &address);
    // The user read again on its own, with the version its ETag header gives.
    QFuture<Result<ScimUser>> readById(const ScimUser &found);
    // Connected, the mailbox looked up, and a Conflict where `version` (if any) is stale.
    QFuture<Result<ScimUser>> lookupCurrent(const QString &address, const QString &version);
    QFuture<Result<NewMailbox>> checkAgainstDomain(const NewMailbox &mailbox);
    QFuture<Result<Mailbox>> postUser(const NewMailbox &mailbox);
    QFuture<Result<Mailbox>> createdOrFound(const QString &address, const ScimReply &reply);
    QFuture<Result<Mailbox>> applyChange(const ScimUser &user, const MailboxChange &change);
    QFuture<Result<Mailbox>> applyPasswordReset(const ScimUser &user, const QString &version, const QString &password);
    QFuture<Outcome> removeUser(const ScimUser &user, const QString &version);
    // Sends a change of `user` and reads the mailbox as the server left it.
    QFuture<Result<Mailbox>> sendChange(
        const ScimUser &user, const QByteArray &verb, const QByteArray &body, const QString &ifMatch);
    QString ifMatchFor(const QString &requested, const Mailbox &current) const;

    ScimTransport *m_transport = nullptr;
    ScimCapabilities m_capabilities;
    QString m_userEndpoint = QStringLiteral("/Users");
    QString m_domainEndpoint; // empty: no Domain resource type
    bool m_connected = false;
    // SCIM pages by offset: where the page after a given last mailbox starts.
    QHash<QString, int> m_cursors;
    // The lists sorted here (a server that does not sort), by domain, filter and order.
    QHash<QString, QList<Mailbox>> m_sortedLists;
    // A list was too long to be sorted here: pages come in the server's order.
    bool m_listTooLongToSort = false;
};

} // namespace pecadmin
