#include "scimmailboxservice.h"

#include "core/rules.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

constexpr qint64 maxRetryAfterMs = 60 * 1000;

template<typename T> std::pair<QFuture<T>, std::function<void(T)>> makePromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    return { future, [promise](T value) {
                promise->addResult(std::move(value));
                promise->finish();
            } };
}

template<typename T> QFuture<T> finished(T value)
{
    auto [future, finish] = makePromise<T>();
    finish(std::move(value));
    return future;
}

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

ServiceError mailboxNotFound(const QString &address)
{
    return ServiceError(
        Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 does not exist."), { address });
}

ServiceError domainNotFound(const QString &domain)
{
    return ServiceError(Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The domain %1 does not exist."), { domain });
}

ServiceError changedMeanwhile(const QString &address)
{
    return ServiceError(Code::Conflict,
        QT_TRANSLATE_NOOP("ServiceError",
            "The mailbox %1 was changed by someone else meanwhile. Reload it and try "
            "again."),
        { address });
}

// The domain as the rules see it where the server does not state its limits: only what a
// mailbox can be anywhere is checked here, and the server has the final word.
DomainDetails forRules(const DomainDetails &details)
{
    if (details.limitsKnown)
        return details;
    DomainDetails open = details;
    open.domain.totalSpaceMb = std::numeric_limits<qint64>::max() / 4;
    open.domain.maxMailboxes = std::numeric_limits<int>::max();
    open.domain.archivingAvailable = true;
    PasswordPolicy policy = PasswordPolicy::custom();
    policy.minLength = 8;
    policy.maxLength = 128;
    policy.requireLowercase = policy.requireUppercase = policy.requireDigit = policy.requireSymbol = false;
    open.domain.passwordPolicy = policy;
    open.allocatedMb = 0;
    return open;
}

Domain unknownLimits(const QString &name)
{
    Domain domain;
    domain.name = name;
    domain.totalSpaceMb = 0;
    domain.maxMailboxes = 0;
    domain.archivingAvailable = false;
    domain.passwordPolicy = PasswordPolicy::custom();
    return domain;
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
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

ScimMailboxService::ScimMailboxService(ScimConnection connection, QObject *parent)
    : MailboxService(parent)
    , m_connection(std::move(connection))
    , m_network(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    if (!m_connection.caCertificateFile.isEmpty()) {
        QFile file(m_connection.caCertificateFile);
        QList<QSslCertificate> certificates;
        if (file.open(QIODevice::ReadOnly))
            certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty())
            m_sslSetupError = ServiceError(Code::Network,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The certificate file %1 cannot be read as a PEM "
                    "certificate."),
                { m_connection.caCertificateFile });
        else
            m_ssl.addCaCertificates(certificates);
    }
}

ScimMailboxService::~ScimMailboxService() = default;

void ScimMailboxService::setCredentials(const QString &username, const QString &secret)
{
    m_connection.username = username;
    m_connection.secret = secret;
    m_sessionWorked = false;
}

void ScimMailboxService::setRetryPolicy(int maxAttempts, int firstDelayMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_firstRetryDelayMs = std::max(0, firstDelayMs);
}

ServiceCapabilities ScimMailboxService::capabilities() const
{
    ServiceCapabilities capabilities;
    capabilities.addsDomains = false;
    capabilities.sortsWholeList = !m_connected || m_capabilities.sort;
    capabilities.knowsDomainLimits = !m_connected || hasDomainResource();
    capabilities.sharedWithOthers = true;
    capabilities.expiresSessions = true;
    return capabilities;
}

QFuture<Outcome> ScimMailboxService::reauthenticate(const QString &username, const QString &secret)
{
    setCredentials(username, secret);
    // A request that needs the credentials: the first mailbox of the first domain, or any.
    auto [future, finish] = makePromise<Outcome>();
    ensureConnected([this, finish = finish](std::optional<ServiceError> error) {
        if (error) {
            finish(*error);
            return;
        }
        ScimListRequest request;
        if (!m_connection.domains.isEmpty())
            request.filter = ScimProtocol::mailboxFilter(rules::normalizedDomainName(m_connection.domains.first()), {});
        request.count = 1;
        call("GET", ScimProtocol::listUrl(m_connection.baseUrl, m_userEndpoint, request), {}, {},
            [finish](Result<QByteArray> body) { finish(body ? Outcome(Done {}) : Outcome(body.error())); });
    });
    return future;
}

QString ScimMailboxService::location() const
{
    return m_connection.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

// ---- transport ------------------------------------------------------------------------

void ScimMailboxService::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &ifMatch,
    std::function<void(const HttpReply &)> done, int attempt)
{
    QNetworkRequest request = ScimProtocol::request(m_connection, url, ifMatch);
    if (url.scheme() == u"https")
        request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *upload = new OneShotBody(body, nullptr);
        reply = m_network->sendCustomRequest(request, verb, upload);
        upload->setParent(reply);
    } else if (body.isEmpty() && verb != "PATCH" && verb != "PUT") {
        reply = m_network->sendCustomRequest(request, verb);
    } else {
        reply = m_network->sendCustomRequest(request, verb, body);
    }
    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            sslErrors->append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [=, done = std::move(done)] {
        reply->deleteLater();
        HttpReply answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        answer.status = status.isValid() ? status.toInt() : 0;
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.retryAfter = reply->rawHeader("Retry-After");
        answer.error = reply->error();
        answer.errorString = reply->errorString();
        answer.sslErrors = *sslErrors;
        answer.timedOut = answer.status == 0
            && (answer.error == QNetworkReply::OperationCanceledError || answer.error == QNetworkReply::TimeoutError);

        const bool idempotent = verb == "GET" || verb == "PUT" || verb == "HEAD"
            || ((verb == "PATCH" || verb == "DELETE") && !ifMatch.isEmpty());
        const bool busy = answer.status == 429 || answer.status == 503;
        const bool lost = answer.status == 0 && answer.sslErrors.isEmpty() && transientNetworkError(answer.error);
        if (idempotent && attempt < m_maxAttempts && (busy || lost)) {
            qint64 delay = qint64(m_firstRetryDelayMs) << (attempt - 1);
            if (busy) {
                if (const auto wait = ScimProtocol::retryAfterMs(answer.retryAfter, QDateTime::currentDateTimeUtc())) {
                    if (*wait > maxRetryAfterMs) {
                        done(answer);
                        return;
                    }
                    delay = *wait;
                }
            }
            QTimer::singleShot(
                std::chrono::milliseconds(delay), this, [=] { send(verb, url, body, ifMatch, done, attempt + 1); });
            return;
        }
        done(answer);
    });
}

ServiceError ScimMailboxService::transportError(const HttpReply &reply) const
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

ServiceError ScimMailboxService::answerError(const HttpReply &reply)
{
    if (reply.status == 0) {
        setReachable(false);
        return transportError(reply);
    }
    setReachable(true);
    ServiceError error = ScimProtocol::errorFromResponse(reply.status, reply.body, m_sessionWorked);
    if (error.code() == Code::SessionExpired) {
        m_sessionWorked = false;
        Q_EMIT sessionExpired();
    }
    return error;
}

void ScimMailboxService::call(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &ifMatch, Then<QByteArray> done)
{
    send(verb, url, body, ifMatch, [this, done = std::move(done)](const HttpReply &reply) {
        if (reply.status >= 200 && reply.status < 300) {
            setReachable(true);
            m_sessionWorked = true;
            done(reply.body);
            return;
        }
        done(answerError(reply));
    });
}

// ---- discovery ------------------------------------------------------------------------

QFuture<Outcome> ScimMailboxService::connectToServer()
{
    auto [future, finish] = makePromise<Outcome>();
    discover(
        [finish = finish](std::optional<ServiceError> error) { finish(error ? Outcome(*error) : Outcome(Done {})); });
    return future;
}

void ScimMailboxService::ensureConnected(std::function<void(std::optional<ServiceError>)> done)
{
    if (m_connected) {
        done(std::nullopt);
        return;
    }
    discover(std::move(done));
}

void ScimMailboxService::discover(std::function<void(std::optional<ServiceError>)> done)
{
    if (m_sslSetupError) {
        done(m_sslSetupError);
        return;
    }
    const QUrl base = m_connection.baseUrl;
    if (!base.isValid() || (base.scheme() != u"https" && base.scheme() != u"http")) {
        done(ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError",
                "Enter the server's address as https://server/path, for example "
                "https://scim.example.it/scim/v2."))
                 .onField(u"url"_s));
        return;
    }
    call("GET", ScimProtocol::endpointUrl(base, u"ServiceProviderConfig"_s), {}, {},
        [this, base, done](Result<QByteArray> config) {
            if (!config) {
                done(config.error());
                return;
            }
            Result<ScimCapabilities> capabilities = ScimProtocol::parseServiceProviderConfig(config.value());
            if (!capabilities) {
                done(capabilities.error());
                return;
            }
            call("GET", ScimProtocol::endpointUrl(base, u"ResourceTypes"_s), {}, {},
                [this, base, done, capabilities = capabilities.value()](Result<QByteArray> typesBody) {
                    if (!typesBody) {
                        done(typesBody.error());
                        return;
                    }
                    const Result<QList<ScimResourceType>> types = ScimProtocol::parseResourceTypes(typesBody.value());
                    if (!types) {
                        done(types.error());
                        return;
                    }
                    QString userEndpoint;
                    QString domainEndpoint;
                    bool userHasExtension = false;
                    for (const ScimResourceType &type : types.value()) {
                        if (type.schema == ScimProtocol::userSchema) {
                            userEndpoint = type.endpoint;
                            userHasExtension = type.schemaExtensions.contains(ScimProtocol::mailboxSchema);
                        } else if (type.schema == ScimProtocol::domainSchema) {
                            domainEndpoint = type.endpoint;
                        }
                    }
                    if (userEndpoint.isEmpty()) {
                        done(ServiceError(Code::Unsupported,
                            QT_TRANSLATE_NOOP("ServiceError", "The server offers no User resources.")));
                        return;
                    }
                    if (!capabilities.filter) {
                        done(ServiceError(Code::Unsupported,
                            QT_TRANSLATE_NOOP("ServiceError",
                                "The server cannot filter its users, so it cannot list one "
                                "domain's mailboxes.")));
                        return;
                    }
                    if (!capabilities.patch) {
                        done(ServiceError(Code::Unsupported,
                            QT_TRANSLATE_NOOP("ServiceError", "The server cannot change users with PATCH requests.")));
                        return;
                    }
                    call("GET", ScimProtocol::endpointUrl(base, u"Schemas"_s), {}, {},
                        [this, done, capabilities, userEndpoint, domainEndpoint, userHasExtension](
                            Result<QByteArray> schemasBody) {
                            bool hasExtension = userHasExtension;
                            if (schemasBody) {
                                const Result<QStringList> ids = ScimProtocol::parseSchemaIds(schemasBody.value());
                                if (!ids) {
                                    done(ids.error());
                                    return;
                                }
                                hasExtension = hasExtension || ids.value().contains(ScimProtocol::mailboxSchema);
                            } else if (schemasBody.error().code() != Code::NotFound
                                && schemasBody.error().code() != Code::Unsupported) {
                                // A server without /Schemas is tolerated; any other failure is not.
                                done(schemasBody.error());
                                return;
                            }
                            if (!hasExtension) {
                                done(ServiceError(Code::Unsupported,
                                    QT_TRANSLATE_NOOP("ServiceError",
                                        "The server does not offer the PEC mailbox extension (%1): "
                                        "quotas and archiving cannot be read."),
                                    { ScimProtocol::mailboxSchema }));
                                return;
                            }
                            m_capabilities = capabilities;
                            m_userEndpoint = userEndpoint;
                            m_domainEndpoint = domainEndpoint;
                            m_connected = true;
                            done(std::nullopt);
                        });
                });
        });
}

// ---- domains --------------------------------------------------------------------------

QFuture<Result<QList<Domain>>> ScimMailboxService::domains()
{
    using R = Result<QList<Domain>>;
    auto [future, finish] = makePromise<R>();
    ensureConnected([this, finish = finish](std::optional<ServiceError> error) {
        if (error) {
            finish(*error);
            return;
        }
        QStringList wanted;
        for (const QString &name : std::as_const(m_connection.domains))
            wanted.append(rules::normalizedDomainName(name));
        if (m_domainEndpoint.isEmpty()) {
            QList<Domain> list;
            for (const QString &name : std::as_const(wanted))
                list.append(unknownLimits(name));
            finish(list);
            return;
        }
        ScimListRequest request;
        request.count = m_capabilities.maxResults > 0 ? m_capabilities.maxResults : 1000;
        call("GET", ScimProtocol::listUrl(m_connection.baseUrl, m_domainEndpoint, request), {}, {},
            [finish, wanted](Result<QByteArray> body) {
                if (!body) {
                    finish(body.error());
                    return;
                }
                const Result<QList<ScimDomain>> parsed = ScimProtocol::parseDomainList(body.value());
                if (!parsed) {
                    finish(parsed.error());
                    return;
                }
                QList<Domain> list;
                for (const ScimDomain &entry : parsed.value()) {
                    if (wanted.isEmpty() || wanted.contains(entry.domain.name))
                        list.append(entry.domain);
                }
                std::sort(list.begin(), list.end(), [](const Domain &a, const Domain &b) { return a.name < b.name; });
                finish(list);
            });
    });
    return future;
}

void ScimMailboxService::countMailboxes(const QString &domain, Then<int> done)
{
    ScimListRequest request;
    request.filter = ScimProtocol::mailboxFilter(domain, {});
    request.count = 0;
    call("GET", ScimProtocol::listUrl(m_connection.baseUrl, m_userEndpoint, request), {}, {},
        [done = std::move(done)](Result<QByteArray> body) {
            if (!body) {
                done(body.error());
                return;
            }
            const Result<ScimUserList> list = ScimProtocol::parseUserList(body.value());
            if (!list) {
                done(list.error());
                return;
            }
            done(list.value().totalResults);
        });
}

void ScimMailboxService::lookupCurrent(const QString &address, const QString &version, Then<ScimUser> done)
{
    ensureConnected([this, address, version, done](std::optional<ServiceError> error) {
        if (error) {
            done(*error);
            return;
        }
        lookup(address, [this, version, done](Result<ScimUser> user) {
            if (user && !version.isEmpty() && !user.value().mailbox.version.isEmpty()
                && version != user.value().mailbox.version)
                done(changedMeanwhile(user.value().mailbox.address()));
            else
                done(std::move(user));
        });
    });
}

void ScimMailboxService::readDetails(const QString &rawDomain, Then<DomainDetails> done)
{
    const QString domain = rules::normalizedDomainName(rawDomain);
    if (auto error = rules::checkDomainName(domain)) {
        done(*error);
        return;
    }
    if (m_domainEndpoint.isEmpty()) {
        bool listed = m_connection.domains.isEmpty();
        for (const QString &name : std::as_const(m_connection.domains))
            listed = listed || rules::normalizedDomainName(name) == domain;
        if (!listed) {
            done(domainNotFound(domain));
            return;
        }
        countMailboxes(domain, [domain, done](Result<int> count) {
            if (!count) {
                done(count.error());
                return;
            }
            DomainDetails details;
            details.domain = unknownLimits(domain);
            details.mailboxCount = count.value();
            details.limitsKnown = false;
            done(details);
        });
        return;
    }
    ScimListRequest request;
    request.filter = u"name eq "_s + ScimProtocol::quoted(domain);
    request.count = 1;
    call("GET", ScimProtocol::listUrl(m_connection.baseUrl, m_domainEndpoint, request), {}, {},
        [this, domain, done](Result<QByteArray> body) {
            if (!body) {
                done(body.error());
                return;
            }
            const Result<QList<ScimDomain>> parsed = ScimProtocol::parseDomainList(body.value());
            if (!parsed) {
                done(parsed.error());
                return;
            }
            if (parsed.value().isEmpty()) {
                done(domainNotFound(domain));
                return;
            }
            const ScimDomain entry = parsed.value().constFirst();
            DomainDetails details;
            details.domain = entry.domain;
            details.allocatedMb = entry.allocatedMb.value_or(0);
            details.usedBytes = entry.usedBytes.value_or(0);
            if (entry.mailboxCount) {
                details.mailboxCount = *entry.mailboxCount;
                done(details);
                return;
            }
            countMailboxes(domain, [details, done](Result<int> count) mutable {
                if (!count) {
                    done(count.error());
                    return;
                }
                details.mailboxCount = count.value();
                done(details);
            });
        });
}

QFuture<Result<DomainDetails>> ScimMailboxService::domainDetails(const QString &domain)
{
    using R = Result<DomainDetails>;
    auto [future, finish] = makePromise<R>();
    ensureConnected([this, domain, finish = finish](std::optional<ServiceError> error) {
        if (error) {
            finish(*error);
            return;
        }
        readDetails(domain, finish);
    });
    return future;
}

QFuture<Result<Domain>> ScimMailboxService::addDomain(const Domain &)
{
    return finished(Result<Domain>(ServiceError(
        Code::Unsupported, QT_TRANSLATE_NOOP("ServiceError", "Domains are set up by the provider on its server."))));
}

QFuture<Result<DomainDetails>> ScimMailboxService::addDemoDomain()
{
    return finished(Result<DomainDetails>(ServiceError(Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError", "The demo domain can be added to a local store only, not to a server."))));
}

// ---- mailboxes ------------------------------------------------------------------------

QString ScimMailboxService::cursorKey(const MailboxQuery &query, const QString &address) const
{
    return rules::normalizedDomainName(query.domain) + u'\n' + query.filter.trimmed() + u'\n'
        + QString::number(int(query.sortColumn)) + u'\n' + QString::number(int(query.sortOrder)) + u'\n' + address;
}

QFuture<Result<MailboxPage>> ScimMailboxService::mailboxes(const MailboxQuery &query)
{
    using R = Result<MailboxPage>;
    auto [future, finish] = makePromise<R>();
    ensureConnected([this, query, finish = finish](std::optional<ServiceError> error) {
        if (error) {
            finish(*error);
            return;
        }
        const QString domain = rules::normalizedDomainName(query.domain);
        if (auto invalid = rules::checkDomainName(domain)) {
            finish(*invalid);
            return;
        }
        // SCIM pages by offset: a page that follows `after` starts where the page ending
        // with `after` ended, as remembered; otherwise at the query's offset.
        int startIndex = std::max(query.offset, 0) + 1;
        if (query.after) {
            const auto found = m_cursors.constFind(cursorKey(query, query.after->address()));
            if (found != m_cursors.constEnd())
                startIndex = found.value();
        }
        ScimListRequest request;
        request.filter = ScimProtocol::mailboxFilter(domain, query.filter);
        request.startIndex = startIndex;
        request.count = std::max(1, query.limit);
        if (m_capabilities.maxResults > 0)
            request.count = std::min(request.count, m_capabilities.maxResults);
        if (m_capabilities.sort) {
            request.sortBy = ScimProtocol::sortAttribute(query.sortColumn);
            request.descending = query.sortOrder == Qt::DescendingOrder;
        }
        call("GET", ScimProtocol::listUrl(m_connection.baseUrl, m_userEndpoint, request), {}, {},
            [this, query, startIndex, finish](Result<QByteArray> body) {
                if (!body) {
                    finish(body.error());
                    return;
                }
                Result<ScimUserList> list = ScimProtocol::parseUserList(body.value());
                if (!list) {
                    finish(list.error());
                    return;
                }
                const ScimUserList &users = list.value();
                const int served = int(users.users.size());
                MailboxPage page;
                for (const ScimUser &user : users.users)
                    page.mailboxes.append(user.mailbox);
                page.hasMore = served > 0 && startIndex - 1 + served < users.totalResults;
                if (served > 0) {
                    if (m_cursors.size() > 10000)
                        m_cursors.clear();
                    m_cursors.insert(cursorKey(query, page.mailboxes.constLast().address()), startIndex + served);
                }
                // A mailbox added before this page meanwhile pushes `after` into it: not twice.
                if (query.after) {
                    const QString last = query.after->address();
                    for (qsizetype i = 0; i < page.mailboxes.size(); ++i) {
                        if (page.mailboxes.at(i).address() == last) {
                            page.mailboxes.remove(0, i + 1);
                            break;
                        }
                    }
                }
                if (!m_capabilities.sort) {
                    const MailboxColumn column = query.sortColumn;
                    const bool descending = query.sortOrder == Qt::DescendingOrder;
                    std::stable_sort(page.mailboxes.begin(), page.mailboxes.end(),
                        [column, descending](const Mailbox &a, const Mailbox &b) {
                            const QVariant ka = sortKey(a, column);
                            const QVariant kb = sortKey(b, column);
                            const QPartialOrdering order = QVariant::compare(ka, kb);
                            const bool less = order == QPartialOrdering::Less
                                || (order == QPartialOrdering::Equivalent && a.name < b.name);
                            const bool greater = order == QPartialOrdering::Greater
                                || (order == QPartialOrdering::Equivalent && b.name < a.name);
                            return descending ? greater : less;
                        });
                }
                finish(page);
            });
    });
    return future;
}

void ScimMailboxService::lookup(const QString &address, Then<ScimUser> done)
{
    rules::Address parsed;
    if (auto error = rules::parseAddress(address, &parsed)) {
        done(*error);
        return;
    }
    const QString normalized = parsed.name + u'@' + parsed.domain;
    ScimListRequest request;
    request.filter = ScimProtocol::userNameEquals(normalized);
    request.count = 2;
    call("GET", ScimProtocol::listUrl(m_connection.baseUrl, m_userEndpoint, request), {}, {},
        [normalized, done = std::move(done)](Result<QByteArray> body) {
            if (!body) {
                done(body.error());
                return;
            }
            const Result<ScimUserList> list = ScimProtocol::parseUserList(body.value());
            if (!list) {
                done(list.error());
                return;
            }
            for (const ScimUser &user : list.value().users) {
                if (user.mailbox.address() == normalized) {
                    done(user);
                    return;
                }
            }
            done(mailboxNotFound(normalized));
        });
}

QFuture<Result<Mailbox>> ScimMailboxService::mailbox(const QString &address)
{
    using R = Result<Mailbox>;
    auto [future, finish] = makePromise<R>();
    ensureConnected([this, address, finish = finish](std::optional<ServiceError> error) {
        if (error) {
            finish(*error);
            return;
        }
        lookup(address, [finish](Result<ScimUser> user) { finish(user ? R(user.value().mailbox) : R(user.error())); });
    });
    return future;
}

QFuture<Result<Mailbox>> ScimMailboxService::createMailbox(const NewMailbox &input)
{
    using R = Result<Mailbox>;
    auto [future, finish] = makePromise<R>();
    ensureConnected([this, input, finish = finish](std::optional<ServiceError> error) {
        if (error) {
            finish(*error);
            return;
        }
        if (auto invalid = rules::checkNewMailboxName(input.name)) {
            finish(*invalid);
            return;
        }
        NewMailbox mailbox = input;
        mailbox.name = rules::normalizedMailboxName(input.name);
        mailbox.domain = rules::normalizedDomainName(input.domain);
        readDetails(mailbox.domain, [this, mailbox, finish](Result<DomainDetails> details) {
            if (!details) {
                finish(details.error());
                return;
            }
            if (auto invalid = rules::checkNewMailbox(forRules(details.value()), mailbox)) {
                finish(*invalid);
                return;
            }
            const QString address = mailbox.name + u'@' + mailbox.domain;
            send("POST", ScimProtocol::endpointUrl(m_connection.baseUrl, m_userEndpoint),
                ScimProtocol::createUserBody(mailbox), {}, [this, address, finish](const HttpReply &reply) {
                    if (reply.status >= 200 && reply.status < 300) {
                        m_sessionWorked = true;
                        const Result<ScimUser> user = ScimProtocol::parseUser(reply.body);
                        finish(user ? R(user.value().mailbox) : R(user.error()));
                        return;
                    }
                    if (reply.status != 0 || !reply.sslErrors.isEmpty()) {
                        finish(answerError(reply));
                        return;
                    }
                    // The answer was lost: the server may have created the mailbox. Never sent
                    // twice; looked up instead.
                    const ServiceError lost = transportError(reply);
                    lookup(address,
                        [lost, finish](Result<ScimUser> user) { finish(user ? R(user.value().mailbox) : R(lost)); });
                });
        });
    });
    return future;
}

QString ScimMailboxService::ifMatchFor(const QString &requested, const Mailbox &current) const
{
    if (!m_capabilities.etag)
        return {};
    return requested.isEmpty() ? current.version : requested;
}

void ScimMailboxService::finishChange(
    const ScimUser &user, const QByteArray &verb, const QByteArray &body, const QString &ifMatch, Then<Mailbox> done)
{
    const QUrl url = ScimProtocol::resourceUrl(m_connection.baseUrl, m_userEndpoint, user.id);
    call(verb, url, body, ifMatch, [this, url, done](Result<QByteArray> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        if (!answer.value().trimmed().isEmpty()) {
            const Result<ScimUser> changed = ScimProtocol::parseUser(answer.value());
            done(changed ? Result<Mailbox>(changed.value().mailbox) : Result<Mailbox>(changed.error()));
            return;
        }
        // 204 No Content: read the mailbox as it is now.
        call("GET", url, {}, {}, [done](Result<QByteArray> fresh) {
            if (!fresh) {
                done(fresh.error());
                return;
            }
            const Result<ScimUser> changed = ScimProtocol::parseUser(fresh.value());
            done(changed ? Result<Mailbox>(changed.value().mailbox) : Result<Mailbox>(changed.error()));
        });
    });
}

QFuture<Result<Mailbox>> ScimMailboxService::changeMailbox(const MailboxChange &change)
{
    using R = Result<Mailbox>;
    auto [future, finish] = makePromise<R>();
    lookupCurrent(change.address, change.version, [this, change, finish = finish](Result<ScimUser> user) {
        if (!user) {
            finish(user.error());
            return;
        }
        const Mailbox current = user.value().mailbox;
        if (change.isEmpty()) {
            finish(current);
            return;
        }
        readDetails(current.domain, [this, change, user = user.value(), finish](Result<DomainDetails> details) {
            if (!details) {
                finish(details.error());
                return;
            }
            if (auto invalid = rules::checkChange(forRules(details.value()), user.mailbox, change)) {
                finish(*invalid);
                return;
            }
            finishChange(
                user, "PATCH", ScimProtocol::changeBody(change), ifMatchFor(change.version, user.mailbox), finish);
        });
    });
    return future;
}

QFuture<Result<Mailbox>> ScimMailboxService::resetPassword(
    const QString &address, const QString &version, const QString &password)
{
    using R = Result<Mailbox>;
    auto [future, finish] = makePromise<R>();
    lookupCurrent(address, version, [this, version, password, finish = finish](Result<ScimUser> user) {
        if (!user) {
            finish(user.error());
            return;
        }
        const Mailbox current = user.value().mailbox;
        if (auto refused = rules::checkPasswordReset(current)) {
            finish(*refused);
            return;
        }
        readDetails(
            current.domain, [this, version, password, user = user.value(), finish](Result<DomainDetails> details) {
                if (!details) {
                    finish(details.error());
                    return;
                }
                const PasswordPolicy policy = forRules(details.value()).domain.passwordPolicy;
                if (auto invalid = rules::checkPassword(policy, password, user.mailbox.name)) {
                    finish(*invalid);
                    return;
                }
                finishChange(user, "PATCH", ScimProtocol::passwordResetBody(password),
                    ifMatchFor(version, user.mailbox), finish);
            });
    });
    return future;
}

QFuture<Outcome> ScimMailboxService::deleteMailbox(const QString &address, const QString &version)
{
    auto [future, finish] = makePromise<Outcome>();
    lookupCurrent(address, version, [this, version, finish = finish](Result<ScimUser> user) {
        if (!user) {
            finish(user.error());
            return;
        }
        const Mailbox current = user.value().mailbox;
        if (auto refused = rules::checkDelete(current)) {
            finish(*refused);
            return;
        }
        call("DELETE", ScimProtocol::resourceUrl(m_connection.baseUrl, m_userEndpoint, user.value().id), {},
            ifMatchFor(version, current), [finish](Result<QByteArray> answer) {
                // Gone already (a repeated DELETE whose first answer was lost): what was asked holds.
                if (!answer && answer.error().code() == Code::NotFound) {
                    finish(Done {});
                    return;
                }
                finish(answer ? Outcome(Done {}) : Outcome(answer.error()));
            });
    });
    return future;
}

} // namespace pecadmin
