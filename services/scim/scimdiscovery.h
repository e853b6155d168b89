#pragma once

#include "core/result.h"
#include "scim/scimprotocol.h"

#include <QFuture>
#include <QString>

namespace pecadmin {

class ScimTransport;

// What a SCIM server offers PEC Admin.
struct ScimServerOffer
{
    ScimCapabilities capabilities;
    QString userEndpoint; // "/Users"
    QString domainEndpoint; // empty: no Domain resource type
};

// Discovery (RFC 7644, section 4): reads /ServiceProviderConfig, /ResourceTypes and /Schemas,
// one after the other, and refuses a server that lacks what PEC Admin needs: User resources
// with the PEC mailbox extension, filtering, and PATCH.
class ScimDiscovery
{
public:
    static QFuture<Result<ScimServerOffer>> discover(ScimTransport &transport);

private:
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
