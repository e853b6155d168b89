#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

// The entry point that libFuzzer calls, and that replaymain.cpp calls once for each file of
// a corpus where the build has no libFuzzer.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace pecadmin::fuzz {

// The input as bytes (a deep copy: what a target keeps never points into libFuzzer's buffer).
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input cut into parts at each NUL byte, for targets that take several values (a body
// and a header, the words of a command line). At most `maxParts`: the last keeps the rest.
inline QList<QByteArray> parts(const QByteArray &input, qsizetype maxParts)
{
    QList<QByteArray> result;
    qsizetype start = 0;
    while (result.size() < maxParts - 1) {
        const qsizetype end = input.indexOf('\0', start);
        if (end < 0)
            break;
        result.append(input.mid(start, end - start));
        start = end + 1;
    }
    result.append(input.mid(start));
    return result;
}

} // namespace pecadmin::fuzz
