// The mailbox CSV mapping on any bytes: a whole file read, and the cell readers on its text.
#include "fuzzinput.h"

#include "bulk/mailboxcsv.h"

#include <QBuffer>

using namespace pecadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const Result<MailboxCsvFile> file = MailboxCsv::read(&buffer);
    if (file) {
        for (const MailboxCsvRow &row : file.value().rows) {
            if (row.row < 2)
                __builtin_trap();
        }
    }

    const QString text = QString::fromUtf8(input);
    MailboxCsv::columnForHeader(text);
    MailboxCsv::parseBoolean(text);
    if (const std::optional<qint64> megabytes = MailboxCsv::parseMegabytes(text); megabytes && *megabytes < 0)
        __builtin_trap();
    // A cell written by an export reads back as it was.
    const QString neutralized = MailboxCsv::neutralized(text);
    MailboxCsv::withoutNeutralization(neutralized);
    MailboxCsv::line({ text, neutralized }, u';');
    return 0;
}
