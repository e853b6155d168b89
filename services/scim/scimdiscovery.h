#pragma once

#include "core/result.h"
#include "scim/scimprotocol.h"

#include <QFuture>
#include <QString>

namespace pecadmin {

class ScimTransport;
struct ScimReply;

// What a SCIM server offers PEC Admin.
struct ScimServerOffer
{
    ScimCapabilities capabilities;
    QString userEndpoint; // "/Users"
    QString domainEndpoint; // empty: no Domain resource type
};

// Discovery (RFC 7644, section 4): reads /ServiceProviderConfig, /ResourceTypes and /Schemas,
// one after the other, and refuses a server that lacks what PEC Admin needs: User resources
// with the PEC mailbox extension, filtering, and PATCH. What goes wrong here speaks of the
// service at the address (none there, a web page, a redirect, a certificate), not of a
// mailbox.
class ScimDiscovery
{
public:
    static QFuture<Result<ScimServerOffer>> discover(ScimTransport &transport);
    // A discovery request's answer: its body, or what it says of the service at the address.
    static Result<QByteArray> serviceAnswer(ScimTransport &transport, const ScimReply &reply);
    // The error of an answer that is not what a SCIM service gives.
    static ServiceError notAService(const ScimTransport &transport, const QString &detail);

private:
    static QFuture<Result<QByteArray>> read(ScimTransport &transport, const QString &path);
    // What the resource types say, before /Schemas is read.
    struct Found
    {
        ScimServerOffer offer;
        bool hasMailboxExtension = false;
    };

    static QFuture<Result<Found>> readResourceTypes(ScimTransport &transport, const ScimCapabilities &capabilities);
    static Result<Found> fromResourceTypes(const ScimCapabilities &capabilities, const QByteArray &body);
    static QFuture<Result<ScimServerOffer>> readSchemas(ScimTransport &transport, const Found &found);
    static Result<ScimServerOffer> fromSchemas(const Found &found, const Result<QByteArray> &body);
};

} // namespace pecadmin
