// A User resource as a server sends it, with the ETag header that may come with it: the body
// and the header are the input's two parts, cut at the first NUL byte.
#include "fuzzinput.h"

#include "scim/scimprotocol.h"

using namespace pecadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<QByteArray> parts = fuzz::parts(fuzz::bytes(data, size), 2);
    const QByteArray &body = parts.first();
    const QByteArray etag = parts.size() > 1 ? parts.at(1) : QByteArray();
    const Result<ScimUser> plain = ScimProtocol::parseUser(body);
    const Result<ScimUser> withEtag = ScimProtocol::parseUser(body, etag);
    // The header changes the version at most, never whether the body is a user.
    if (bool(plain) != bool(withEtag))
        __builtin_trap();
    if (withEtag) {
        const QString &version = withEtag.value().mailbox.version;
        if (!ScimProtocol::sameVersion(version, version))
            __builtin_trap();
    }
    return 0;
}
