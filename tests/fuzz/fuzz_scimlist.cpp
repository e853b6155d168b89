// A ListResponse as a server sends it, read as a page of users and as a list of domains.
#include "fuzzinput.h"

#include "scim/scimprotocol.h"

using namespace pecadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    ScimProtocol::parseUserList(body);
    ScimProtocol::parseDomainList(body);
    return 0;
}
