#include "scimtransport.h"

#include "core/limits.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

constexpr qint64 maxRetryAfterMs = qint64(60) * 1000;

bool transientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// The body of a POST, readable once: Qt's HTTP layer sends a request again by itself when
// the server closes a connection before answering, which a POST must never be. A body that
// cannot be rewound makes that attempt fail instead.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::copy_n(m_data.constData() + m_position, count, data);
        m_position += count;
        return count;
    }
    qint64 writeData(const char * /*data*/, qint64 /*size*/) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

ScimReply readReply(QNetworkReply *reply, const QStringList &sslErrors)
{
    ScimReply answer;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    answer.status = status.isValid() ? status.toInt() : 0;
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.etag = reply->rawHeader("ETag");
    answer.location = reply->rawHeader("Location");
    answer.challenge = reply->rawHeader("WWW-Authenticate");
    answer.contentType = reply->rawHeader("Content-Type");
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    answer.sslErrors = sslErrors;
    answer.timedOut = answer.status == 0
        && (answer.error == QNetworkReply::OperationCanceledError || answer.error == QNetworkReply::TimeoutError);
    return answer;
}

} // namespace

bool ScimTransport::Request::isIdempotent() const
{
    return verb == "GET" || verb == "PUT" || verb == "HEAD"
        || ((verb == "PATCH" || verb == "DELETE") && !ifMatch.isEmpty());
}

ScimTransport::ScimTransport(ScimConnection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_network(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    if (m_connection.caCertificateFile.isEmpty())
        return;
    QFile file(m_connection.caCertificateFile);
    QList<QSslCertificate> certificates;
    if (file.open(QIODevice::ReadOnly))
        certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        m_configurationError = ServiceError(Code::Network,
            QT_TRANSLATE_NOOP("ServiceError",
                "The certificate file %1 cannot be read as a PEM "
                "certificate."),
            { m_connection.caCertificateFile });
    else
        m_ssl.addCaCertificates(certificates);
}

ScimTransport::~ScimTransport() = default;

void ScimTransport::setCredentials(const QString &username, const QString &secret)
{
    m_connection.username = username;
    m_connection.secret = secret;
    m_sessionWorked = false;
    m_credentialsWorked = false;
}

void ScimTransport::setRetryPolicy(int maxAttempts, int firstDelayMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_firstRetryDelayMs = std::max(0, firstDelayMs);
}

QFuture<ScimReply> ScimTransport::send(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &ifMatch)
{
    auto promise = std::make_shared<QPromise<ScimReply>>();
    promise->start();
    attempt({ verb, url, body, ifMatch }, 1, promise);
    return promise->future();
}

QFuture<Result<QByteArray>> ScimTransport::call(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &ifMatch)
{
    return send(verb, url, body, ifMatch).then(QtFuture::Launch::Sync, [this](const ScimReply &reply) {
        return accept(reply);
    });
}

void ScimTransport::attempt(const Request &request, int attempt, const Promise &promise)
{
    QNetworkReply *reply = start(request);
    const bool sessionWorked = m_sessionWorked;
    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            sslErrors->append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors, request, attempt, promise, sessionWorked] {
        reply->deleteLater();
        ScimReply answer = readReply(reply, *sslErrors);
        answer.sentOnWorkingSession = sessionWorked;
        if (answer.status == 401 && m_resendAfterExpiry && m_sessionWorked && request.isIdempotent()
            && !request.resent) {
            Request again = request;
            again.resent = true;
            this->attempt(again, attempt, promise);
            return;
        }
        if (const std::optional<qint64> delay = retryDelay(request, attempt, answer)) {
            QTimer::singleShot(std::chrono::milliseconds(*delay), this,
                [this, request, attempt, promise] { this->attempt(request, attempt + 1, promise); });
            return;
        }
        finish(answer, promise);
    });
}

QNetworkReply *ScimTransport::start(const Request &request)
{
    QNetworkRequest network = ScimProtocol::request(m_connection, request.url, request.ifMatch);
    if (request.url.scheme() == u"https")
        network.setSslConfiguration(m_ssl);
    if (request.verb == "POST") {
        network.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        network.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *upload = new OneShotBody(request.body, nullptr);
        QNetworkReply *reply = m_network->sendCustomRequest(network, request.verb, upload);
        upload->setParent(reply);
        return reply;
    }
    if (request.body.isEmpty() && request.verb != "PATCH" && request.verb != "PUT")
        return m_network->sendCustomRequest(network, request.verb);
    return m_network->sendCustomRequest(network, request.verb, request.body);
}

std::optional<qint64> ScimTransport::retryDelay(const Request &request, int attempt, const ScimReply &reply) const
{
    const bool busy = reply.status == 429 || reply.status == 503;
    const bool lost = reply.status == 0 && reply.sslErrors.isEmpty() && transientNetworkError(reply.error);
    if (!request.isIdempotent() || attempt >= m_maxAttempts || !(busy || lost))
        return std::nullopt;
    if (busy) {
        if (const auto wait = ScimProtocol::retryAfterMs(reply.retryAfter, QDateTime::currentDateTimeUtc())) {
            if (*wait > maxRetryAfterMs)
                return std::nullopt; // longer than anyone waits for a click: the busy answer stands
            return *wait;
        }
    }
    return qint64(m_firstRetryDelayMs) << (attempt - 1);
}

void ScimTransport::finish(const ScimReply &reply, const Promise &promise)
{
    promise->addResult(reply);
    promise->finish();
}

Result<QByteArray> ScimTransport::accept(const ScimReply &reply)
{
    if (reply.succeeded()) {
        Q_EMIT reached(true);
        m_sessionWorked = true;
        m_credentialsWorked = true;
        return reply.body;
    }
    if (reply.status == 0) {
        Q_EMIT reached(false);
        return transportError(reply);
    }
    // A gateway that answers for a server behind it that is down, or a server that stays
    // unavailable after the retries: no answer of the server itself.
    Q_EMIT reached(reply.status != 502 && reply.status != 503 && reply.status != 504);
    // A busy server that asks for a wait beyond any that makes sense (a year, or a number no
    // integer holds) sent an impossible value.
    if (reply.status == 429 || reply.status == 503) {
        const auto wait = ScimProtocol::retryAfterMs(reply.retryAfter, QDateTime::currentDateTimeUtc());
        if (wait && *wait >= limits::maxRetryAfterSeconds * 1000)
            return limits::impossibleServerValue(u"Retry-After"_s, QString::fromLatin1(reply.retryAfter.trimmed()));
    }
    ServiceError error
        = ScimProtocol::errorFromResponse(reply.status, reply.body, m_credentialsWorked || reply.sentOnWorkingSession,
            m_connection.auth == ScimConnection::Bearer, reply.challenge);
    if (error.code() == Code::SessionExpired) {
        m_sessionWorked = false;
        Q_EMIT sessionExpired();
    }
    return error;
}

ServiceError ScimTransport::transportError(const ScimReply &reply) const
{
    const QString server = m_connection.baseUrl.host();
    if (!reply.sslErrors.isEmpty())
        return ServiceError(Code::Network,
            QT_TRANSLATE_NOOP("ServiceError",
                "The connection to %1 was refused because its certificate cannot be "
                "trusted."),
            { server })
            .withDetail(reply.sslErrors.join(u"; "_s));
    if (reply.timedOut)
        return ServiceError(Code::Network,
            QT_TRANSLATE_N_NOOP("ServiceError", "The server did not answer within %n seconds."), {},
            std::max(1, m_connection.timeoutMs / 1000))
            .withDetail(reply.errorString);
    if (reply.error == QNetworkReply::SslHandshakeFailedError)
        return ServiceError(Code::Network,
            QT_TRANSLATE_NOOP("ServiceError", "A secure connection to %1 could not be set up."), { server })
            .withDetail(reply.errorString);
    return ServiceError(
        Code::Network, QT_TRANSLATE_NOOP("ServiceError", "The server %1 cannot be reached."), { server })
        .withDetail(reply.errorString);
}

} // namespace pecadmin
