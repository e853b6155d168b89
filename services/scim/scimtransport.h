#pragma once

#include "core/result.h"
#include "scim/scimprotocol.h"

#include <QByteArray>
#include <QFuture>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;
template<typename T> class QPromise;

namespace pecadmin {

// What came back for one request, after any retries.
struct ScimReply
{
    int status = 0; // 0: no HTTP answer arrived
    QByteArray body;
    QByteArray retryAfter;
    QByteArray etag; // the ETag header, verbatim (W/"3" or "3")
    QByteArray location; // the Location header (where a redirect points)
    QByteArray challenge; // the WWW-Authenticate header of a 401
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QStringList sslErrors;
    bool timedOut = false;
    // The credentials had already worked when the request was sent: a 401 then means that the
    // session ended, even where another request's 401 was read first.
    bool sentOnWorkingSession = false;

    bool succeeded() const { return status >= 200 && status < 300; }
};

// The HTTP side of the SCIM client: one network manager, the TLS configuration (the system's
// CAs and the connection's own), the credentials on every request, a transfer timeout of
// ScimConnection::timeoutMs, and retries.
//
// An idempotent request (GET, PUT, and PATCH or DELETE that carry If-Match) is sent again
// with exponential back-off after a network failure, a 429 or a 503, honouring Retry-After up
// to a minute; a POST is never sent twice, not even by Qt's own HTTP layer. TLS is always
// verified.
//
// It also says what an answer means for the session (accept()): reached() after a request
// (whether an answer arrived, even an error), sessionExpired() when credentials that worked
// are refused. It lives on the thread that creates it, and finishes its futures there.
class ScimTransport : public QObject
{
    Q_OBJECT

public:
    explicit ScimTransport(ScimConnection connection, QObject *parent = nullptr);
    ~ScimTransport() override;

    const ScimConnection &connection() const { return m_connection; }
    // New credentials, used from the next request on.
    void setCredentials(const QString &username, const QString &secret);
    // How often and how soon an idempotent request is sent again (attempts include the first).
    void setRetryPolicy(int maxAttempts, int firstDelayMs);
    // Whether an idempotent request refused with 401 after the session had worked is sent once
    // more with the same credentials before the session counts as expired: for a caller that
    // holds credentials it did not have to ask anyone for (the command line with a saved
    // password), where the server may only have dropped its own session.
    void setResendOnceAfterExpiry(bool resend) { m_resendAfterExpiry = resend; }
    // Why no request can be made safely (the connection's CA file cannot be read).
    const std::optional<ServiceError> &configurationError() const { return m_configurationError; }

    // Sends a request, again where that is safe, and gives what finally came back as it is.
    QFuture<ScimReply> send(
        const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const QString &ifMatch = {});
    // Sends a request as send() does, and accept()s what came back.
    QFuture<Result<QByteArray>> call(
        const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const QString &ifMatch = {});
    QFuture<Result<QByteArray>> get(const QUrl &url) { return call("GET", url); }

    // What the final reply to a request means: a 2xx answer's body, or the typed error of any
    // other. Reports reached(), and notes a session that works or has expired.
    Result<QByteArray> accept(const ScimReply &reply);
    // The typed error of a request that got no HTTP answer.
    ServiceError transportError(const ScimReply &reply) const;

Q_SIGNALS:
    // After each request: whether an answer arrived from the server.
    void reached(bool reachable);
    // A request was refused because the session, which had worked, has ended.
    void sessionExpired();

private:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        QString ifMatch;
        bool resent = false; // sent again once after a 401

        bool isIdempotent() const;
    };
    using Promise = std::shared_ptr<QPromise<ScimReply>>;

    void attempt(const Request &request, int attempt, const Promise &promise);
    QNetworkReply *start(const Request &request);
    // How long to wait before the next attempt; none where the reply is final.
    std::optional<qint64> retryDelay(const Request &request, int attempt, const ScimReply &reply) const;
    void finish(const ScimReply &reply, const Promise &promise);

    ScimConnection m_connection;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_ssl;
    std::optional<ServiceError> m_configurationError;
    bool m_sessionWorked = false;
    // The credentials were accepted once: a refusal of the same credentials is an expired
    // session, also for a request sent after an earlier refusal said so (m_sessionWorked is
    // then false again), while the sign-in that it asked for is still open.
    bool m_credentialsWorked = false;
    int m_maxAttempts = 3;
    int m_firstRetryDelayMs = 500;
    bool m_resendAfterExpiry = false;
};

} // namespace pecadmin
