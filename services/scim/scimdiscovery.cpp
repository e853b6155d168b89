#include "scimdiscovery.h"

#include "scim/futuresteps.h"
#include "scim/scimtransport.h"

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

QString addressOf(const ScimTransport &transport)
{
    return transport.connection().baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

// Whether a body looks like JSON at all (a web page, a login form or plain text does not).
bool looksLikeJson(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

} // namespace

ServiceError ScimDiscovery::notAService(const ScimTransport &transport, const QString &detail)
{
    return ServiceError(Code::Server,
        QT_TRANSLATE_NOOP("ServiceError",
            "The server at %1 answered, but not as a SCIM service: check the address (it usually ends in "
            "/scim/v2)."),
        { addressOf(transport) })
        .onField(u"url"_s)
        .withDetail(detail);
}

Result<QByteArray> ScimDiscovery::serviceAnswer(ScimTransport &transport, const ScimReply &reply)
{
    const QString address = addressOf(transport);
    const QString status = u"HTTP "_s + QString::number(reply.status);
    if (reply.status == 0 && !reply.sslErrors.isEmpty()) {
        transport.accept(reply); // what it says of reachability
        return ServiceError(Code::Network,
            QT_TRANSLATE_NOOP("ServiceError",
                "The certificate of %1 cannot be trusted. If the provider uses a certification authority of "
                "its own, give its certificate (a PEM file) as the connection's CA file."),
            { address })
            .onField(u"url"_s)
            .withDetail(reply.sslErrors.join(u"; "_s));
    }
    if (reply.status == 0 && reply.error == QNetworkReply::SslHandshakeFailedError) {
        transport.accept(reply);
        return ServiceError(Code::Network,
            QT_TRANSLATE_NOOP("ServiceError",
                "No secure connection could be set up with %1: check whether the server speaks https or "
                "plain http."),
            { address })
            .onField(u"url"_s)
            .withDetail(reply.errorString);
    }
    if (reply.status >= 300 && reply.status < 400) {
        transport.accept(reply);
        const QString target = QString::fromUtf8(reply.location);
        return ServiceError(Code::Server,
            QT_TRANSLATE_NOOP("ServiceError",
                "The address %1 sends elsewhere (%2). Enter the address of the SCIM service itself, if "
                "you trust where it leads: the credentials are never sent to another address."),
            { address, target.isEmpty() ? status : target })
            .onField(u"url"_s)
            .withDetail(status);
    }
    if (reply.status == 404 || reply.status == 405 || reply.status == 410) {
        transport.accept(reply);
        return ServiceError(Code::Server,
            QT_TRANSLATE_NOOP(
                "ServiceError", "There is no SCIM service at %1: check the address (it usually ends in /scim/v2)."),
            { address })
            .onField(u"url"_s)
            .withDetail(status);
    }
    Result<QByteArray> body = transport.accept(reply);
    if (!body) {
        // An error that is not SCIM's own JSON (a proxy's or a web server's page).
        if (reply.status != 0 && reply.status != 401 && reply.status != 403 && !looksLikeJson(reply.body))
            return notAService(transport, status);
        return body;
    }
    if (!looksLikeJson(body.value()))
        return notAService(transport, QString::fromUtf8(reply.contentType));
    return body;
}

QFuture<Result<QByteArray>> ScimDiscovery::read(ScimTransport &transport, const QString &path)
{
    const QUrl url = ScimProtocol::endpointUrl(transport.connection().baseUrl, path);
    return continueWith(
        transport.send("GET", url), [&transport](const ScimReply &reply) { return serviceAnswer(transport, reply); });
}

QFuture<Result<ScimServerOffer>> ScimDiscovery::discover(ScimTransport &transport)
{
    if (const std::optional<ServiceError> &error = transport.configurationError())
        return ready(Result<ScimServerOffer>(*error));
    const QUrl base = transport.connection().baseUrl;
    if (!base.isValid() || (base.scheme() != u"https" && base.scheme() != u"http"))
        return ready(Result<ScimServerOffer>(ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError",
                "Enter the server's address as https://server/path, for example "
                "https://scim.example.it/scim/v2."))
                                                 .onField(u"url"_s)));
    const auto capabilities
        = andThen(read(transport, u"ServiceProviderConfig"_s), [&transport](const QByteArray &body) {
              Result<ScimCapabilities> parsed = ScimProtocol::parseServiceProviderConfig(body);
              if (!parsed)
                  return Result<ScimCapabilities>(notAService(transport, parsed.error().detail()));
              return parsed;
          });
    const auto types = andThen(
        capabilities, [&transport](const ScimCapabilities &offered) { return readResourceTypes(transport, offered); });
    return andThen(types, [&transport](const Found &found) { return readSchemas(transport, found); });
}

QFuture<Result<ScimDiscovery::Found>> ScimDiscovery::readResourceTypes(
    ScimTransport &transport, const ScimCapabilities &capabilities)
{
    return andThen(read(transport, u"ResourceTypes"_s),
        [capabilities](const QByteArray &body) { return fromResourceTypes(capabilities, body); });
}

Result<ScimDiscovery::Found> ScimDiscovery::fromResourceTypes(
    const ScimCapabilities &capabilities, const QByteArray &body)
{
    const Result<QList<ScimResourceType>> types = ScimProtocol::parseResourceTypes(body);
    if (!types)
        return types.error();
    Found found;
    found.offer.capabilities = capabilities;
    for (const ScimResourceType &type : types.value()) {
        if (type.schema == ScimProtocol::userSchema) {
            found.offer.userEndpoint = type.endpoint;
            found.hasMailboxExtension = type.schemaExtensions.contains(ScimProtocol::mailboxSchema);
        } else if (type.schema == ScimProtocol::domainSchema) {
            found.offer.domainEndpoint = type.endpoint;
        }
    }
    if (found.offer.userEndpoint.isEmpty())
        return ServiceError(
            Code::Unsupported, QT_TRANSLATE_NOOP("ServiceError", "The server offers no User resources."));
    if (!capabilities.filter)
        return ServiceError(Code::Unsupported,
            QT_TRANSLATE_NOOP("ServiceError",
                "The server cannot filter its users, so it cannot list one "
                "domain's mailboxes."));
    if (!capabilities.patch)
        return ServiceError(Code::Unsupported,
            QT_TRANSLATE_NOOP("ServiceError", "The server cannot change users with PATCH requests."));
    return found;
}

QFuture<Result<ScimServerOffer>> ScimDiscovery::readSchemas(ScimTransport &transport, const Found &found)
{
    const QUrl url = ScimProtocol::endpointUrl(transport.connection().baseUrl, u"Schemas"_s);
    return continueWith(
        transport.get(url), [found](const Result<QByteArray> &body) { return fromSchemas(found, body); });
}

Result<ScimServerOffer> ScimDiscovery::fromSchemas(const Found &found, const Result<QByteArray> &body)
{
    bool hasExtension = found.hasMailboxExtension;
    if (body) {
        const Result<QStringList> ids = ScimProtocol::parseSchemaIds(body.value());
        if (!ids)
            return ids.error();
        hasExtension = hasExtension || ids.value().contains(ScimProtocol::mailboxSchema);
    } else if (body.error().code() != Code::NotFound && body.error().code() != Code::Unsupported) {
        // A server without /Schemas is tolerated; any other failure is not.
        return body.error();
    }
    if (!hasExtension)
        return ServiceError(Code::Unsupported,
            QT_TRANSLATE_NOOP("ServiceError",
                "The server does not offer the PEC mailbox extension (%1): "
                "quotas and archiving cannot be read."),
            { ScimProtocol::mailboxSchema });
    return found.offer;
}

} // namespace pecadmin
