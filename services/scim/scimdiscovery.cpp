#include "scimdiscovery.h"

#include "scim/futuresteps.h"
#include "scim/scimtransport.h"

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

} // namespace

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
    const auto capabilities = andThen(transport.get(ScimProtocol::endpointUrl(base, u"ServiceProviderConfig"_s)),
        [](const QByteArray &body) { return ScimProtocol::parseServiceProviderConfig(body); });
    const auto types = andThen(
        capabilities, [&transport](const ScimCapabilities &offered) { return readResourceTypes(transport, offered); });
    return andThen(types, [&transport](const Found &found) { return readSchemas(transport, found); });
}

QFuture<Result<ScimDiscovery::Found>> ScimDiscovery::readResourceTypes(
    ScimTransport &transport, const ScimCapabilities &capabilities)
{
    const QUrl url = ScimProtocol::endpointUrl(transport.connection().baseUrl, u"ResourceTypes"_s);
    return andThen(
        transport.get(url), [capabilities](const QByteArray &body) { return fromResourceTypes(capabilities, body); });
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
