// What a server says of itself: /ServiceProviderConfig, /ResourceTypes and /Schemas.
#include "fuzzinput.h"

#include "scim/scimprotocol.h"

using namespace pecadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    if (const Result<ScimCapabilities> capabilities = ScimProtocol::parseServiceProviderConfig(body))
        if (capabilities.value().maxResults < 0)
            __builtin_trap();
    ScimProtocol::parseResourceTypes(body);
    ScimProtocol::parseSchemaIds(body);
    return 0;
}
