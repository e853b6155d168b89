// The command line of pecadmin-cli: the input's parts, cut at NUL bytes, are the arguments.
#include "fuzzinput.h"

#include "commandparser.h"

using namespace pecadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments;
    for (const QByteArray &part : fuzz::parts(fuzz::bytes(data, size), 64))
        arguments.append(QString::fromUtf8(part));
    CommandParser parser;
    const bool parsed = parser.parse(arguments);
    // A refused command line always says why; an accepted one never does.
    if (parsed == !parser.errorText().isEmpty())
        __builtin_trap();
    parser.usageHint();
    if (!arguments.isEmpty())
        CommandParser::closest(arguments.first(), CommandParser::sortColumnNames());
    return 0;
}
