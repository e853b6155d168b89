#pragma once

#include "core/serviceerror.h"

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <limits>
#include <optional>

namespace pecadmin::limits {

// The bounds of every number the program takes in, from a command line, a dialog, a CSV file, a
// server's answer or a store's rows. They are far above any provider's real limits and far below
// what would overflow: every sum and unit conversion of values within them fits in 64 bits.

constexpr qint64 bytesPerMb = qint64(1) << 20;
// The largest size in MB: of a domain's total space, of a mailbox's quota and soft quota (1 PB).
constexpr qint64 maxSizeMb = qint64(1) << 30;
// The largest number of mailboxes a domain may hold.
constexpr int maxMailboxes = 10'000'000;
// The largest space a mailbox may use, in bytes (maxSizeMb as bytes).
constexpr qint64 maxUsedBytes = maxSizeMb * bytesPerMb;
// The largest sum of quotas in MB that a domain's mailboxes may show (a store or a server that
// holds more than the domain's space still must not overflow a sum).
constexpr qint64 maxTotalMb = maxSizeMb * maxMailboxes;
// The largest space a whole domain's mailboxes may use, in bytes.
constexpr qint64 maxTotalUsedBytes = std::numeric_limits<qint64>::max() / 4;
// The longest wait a server may ask for in Retry-After, in seconds (a year); more is impossible.
constexpr qint64 maxRetryAfterSeconds = qint64(366) * 24 * 3600;
// The most characters of a value a message repeats.
constexpr int shownValueLength = 40;

static_assert(maxTotalMb < std::numeric_limits<qint64>::max() / 4, "sums of sizes in MB must fit");
static_assert(maxUsedBytes < std::numeric_limits<qint64>::max() / 4, "sums of used bytes must fit");

constexpr bool isSizeMb(qint64 megabytes)
{
    return megabytes >= 0 && megabytes <= maxSizeMb;
}
constexpr bool isMailboxCount(qint64 count)
{
    return count >= 0 && count <= maxMailboxes;
}
constexpr bool isUsedBytes(qint64 bytes)
{
    return bytes >= 0 && bytes <= maxUsedBytes;
}

// Megabytes as bytes, saturated at the ends of qint64 instead of overflowing.
constexpr qint64 bytesFromMb(qint64 megabytes)
{
    if (megabytes > std::numeric_limits<qint64>::max() / bytesPerMb)
        return std::numeric_limits<qint64>::max();
    if (megabytes < std::numeric_limits<qint64>::min() / bytesPerMb)
        return std::numeric_limits<qint64>::min();
    return megabytes * bytesPerMb;
}

// A size in MB or a count for an integer spin box: held within [0, maxSizeMb], which an int holds.
constexpr int spinBoxValue(qint64 value)
{
    return static_cast<int>(value < 0 ? 0 : value > maxSizeMb ? maxSizeMb : value);
}
static_assert(maxSizeMb <= std::numeric_limits<int>::max(), "a size in MB must fit a spin box");

// How much of `whole` `part` is, in percent rounded to the nearest, held within [0, 1,000,000]:
// 0 when `whole` is not positive. Never a cast of an out-of-range double.
inline int percent(qint64 part, qint64 whole)
{
    if (whole <= 0 || part <= 0)
        return 0;
    const double value = std::round(100.0 * double(part) / double(whole));
    return value >= 1'000'000.0 ? 1'000'000 : static_cast<int>(value);
}

// a + b and a - b, saturated at the ends of qint64.
inline qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}
inline qint64 saturatingSubtract(qint64 a, qint64 b)
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return difference;
}

// A whole number held in a double (a JSON number), if it is one that a qint64 holds exactly
// enough: finite, without a fraction, within ±2^62. Never a cast of an out-of-range double.
inline std::optional<qint64> wholeNumber(double value)
{
    constexpr double bound = 4611686018427387904.0; // 2^62
    if (!std::isfinite(value) || value != std::trunc(value) || value < -bound || value > bound)
        return std::nullopt;
    return static_cast<qint64>(value);
}

// The start of a value for a message: at most shownValueLength characters, then "…".
inline QString shortened(const QString &value)
{
    if (value.size() <= shownValueLength)
        return value;
    return value.left(shownValueLength) + QChar(0x2026);
}

// "The server sent an impossible value for %1: %2.", the value shortened.
ServiceError impossibleServerValue(const QString &field, const QString &value);
// "The store holds an impossible value for %1: %2.", the value shortened.
ServiceError impossibleStoredValue(const QString &field, const QString &value);

} // namespace pecadmin::limits
