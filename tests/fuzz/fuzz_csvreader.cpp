// The CSV reader on any bytes: the header, then every record to the end or the first error.
#include "fuzzinput.h"

#include "bulk/csvreader.h"

#include <QBuffer>

using namespace pecadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (reader.readHeader()) {
        CsvRecord record;
        int previousRow = 0;
        while (reader.readRecord(&record)) {
            // Rows only move forward, and a record read is never an error.
            if (record.row <= previousRow || reader.hasError())
                __builtin_trap();
            previousRow = record.row;
        }
    }
    if (reader.hasError() && reader.error()->message().isEmpty())
        __builtin_trap();
    CsvReader::detectSeparator(QString::fromUtf8(input));
    return 0;
}
