// The answer of a request that did not succeed: the input's first two bytes are the HTTP
// status and two flags, then the body and the WWW-Authenticate header cut at a NUL byte.
#include "fuzzinput.h"

#include "scim/scimprotocol.h"

using namespace pecadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    // 0..511 covers every status a server sends and some it never should.
    const int status = int(data[0]) + (int(data[1] & 1) << 8);
    const bool sessionWorked = data[1] & 2;
    const bool bearer = data[1] & 4;
    const QList<QByteArray> parts = fuzz::parts(fuzz::bytes(data + 2, size - 2), 2);
    const QByteArray challenge = parts.size() > 1 ? parts.at(1) : QByteArray();
    const ServiceError error = ScimProtocol::errorFromResponse(status, parts.first(), sessionWorked, bearer, challenge);
    // Every failure says something a person can read.
    if (error.message().isEmpty())
        __builtin_trap();
    ScimProtocol::parseObject(parts.first());
    return 0;
}
