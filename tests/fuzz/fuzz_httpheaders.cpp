// The HTTP headers that a server sends and the client reads: Retry-After (seconds or an HTTP
// date) and ETag (compared as RFC 7232 says). The input's parts, cut at NUL bytes: a
// Retry-After value, then two ETags.
#include "fuzzinput.h"

#include "scim/scimprotocol.h"

#include <QDateTime>
#include <QTimeZone>

using namespace pecadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<QByteArray> parts = fuzz::parts(fuzz::bytes(data, size), 3);
    static const QDateTime now(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
    // A wait is never negative.
    if (const std::optional<qint64> wait = ScimProtocol::retryAfterMs(parts.first(), now); wait && *wait < 0)
        __builtin_trap();
    if (parts.size() == 3) {
        const QString a = QString::fromLatin1(parts.at(1));
        const QString b = QString::fromLatin1(parts.at(2));
        // The weak comparison is symmetric.
        if (ScimProtocol::sameVersion(a, b) != ScimProtocol::sameVersion(b, a))
            __builtin_trap();
    }
    return 0;
}
