#pragma once

#include "core/mailboxservice.h"
#include "scim/scimprotocol.h"

#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;

namespace pecadmin {

// The remote backend: a SCIM 2.0 client (RFC 7643, RFC 7644) for a provider's server, with
// the mapping of docs/SCIM.md. It lives on the thread that creates it (its network manager
// answers there) and finishes its futures there.
//
// Requests time out after ScimConnection::timeoutMs. Idempotent requests (GET, PUT, and PATCH
// or DELETE that carry If-Match) are sent again with exponential back-off after a network
// failure, a 429 or a 503, honouring Retry-After; a POST is never sent twice: when its answer
// is lost, the mailbox is looked up and returned if it exists. TLS is always verified.
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

    QString location() const override;
    // Known once connected: whether the server sorts and offers Domain resources.
    ServiceCapabilities capabilities() const override;
    QFuture<Outcome> reauthenticate(const QString &username, const QString &secret) override;

    QFuture<Result<QList<Domain>>> domains() override;
    QFuture<Result<DomainDetails>> domainDetails(const QString &domain) override;
    QFuture<Result<Domain>> addDomain(const Domain &domain) override;
    QFuture<Result<DomainDetails>> addDemoDomain() override;

    QFuture<Result<MailboxPage>> mailboxes(const MailboxQuery &query) override;
    QFuture<Result<Mailbox>> mailbox(const QString &address) override;
    QFuture<Result<Mailbox>> createMailbox(const NewMailbox &mailbox) override;
    QFuture<Result<Mailbox>> changeMailbox(const MailboxChange &change) override;
    QFuture<Result<Mailbox>> resetPassword(
        const QString &address, const QString &version, const QString &password) override;
    QFuture<Outcome> deleteMailbox(const QString &address, const QString &version) override;

private:
    struct HttpReply
    {
        int status = 0; // 0: no HTTP answer arrived
        QByteArray body;
        QByteArray retryAfter;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QStringList sslErrors;
        bool timedOut = false;
    };
    template<typename T> using Then = std::function<void(Result<T>)>;

    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &ifMatch,
        std::function<void(const HttpReply &)> done, int attempt = 1);
    // A request whose 2xx answer's body is handed on, every other answer as its typed error.
    void call(
        const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &ifMatch, Then<QByteArray> done);
    ServiceError transportError(const HttpReply &reply) const;
    ServiceError answerError(const HttpReply &reply);

    void ensureConnected(std::function<void(std::optional<ServiceError>)> done);
    void discover(std::function<void(std::optional<ServiceError>)> done);
    void lookup(const QString &address, Then<ScimUser> done);
    // Connected, the mailbox looked up, and a Conflict where `version` (if any) is stale.
    void lookupCurrent(const QString &address, const QString &version, Then<ScimUser> done);
    void readDetails(const QString &domain, Then<DomainDetails> done);
    void countMailboxes(const QString &domain, Then<int> done);
    void finishChange(const ScimUser &user, const QByteArray &verb, const QByteArray &body, const QString &ifMatch,
        Then<Mailbox> done);
    QString ifMatchFor(const QString &requested, const Mailbox &current) const;
    QString cursorKey(const MailboxQuery &query, const QString &address) const;

    ScimConnection m_connection;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_ssl;
    std::optional<ServiceError> m_sslSetupError;
    ScimCapabilities m_capabilities;
    QString m_userEndpoint = QStringLiteral("/Users");
    QString m_domainEndpoint; // empty: no Domain resource type
    bool m_connected = false;
    bool m_sessionWorked = false;
    int m_maxAttempts = 3;
    int m_firstRetryDelayMs = 500;
    // SCIM pages by offset: where the page after a given last mailbox starts.
    QHash<QString, int> m_cursors;
};

} // namespace pecadmin
