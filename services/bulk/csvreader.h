#pragma once

#include "core/serviceerror.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <optional>

class QIODevice;

namespace pecadmin {

// One record of a CSV file: its fields and the row a spreadsheet shows it on (the header is
// row 1). A record that spans several lines (a newline inside quotes) is one row.
struct CsvRecord
{
    int row = 0;
    QStringList fields;
};

// Reads CSV text as RFC 4180 describes it and as spreadsheets write it: the separator (comma,
// semicolon or tab) found from the header line, quoted fields with doubled quotes, separators
// and newlines inside quotes, UTF-8 with or without a byte order mark, CRLF or LF line ends.
// Reads the device a line at a time, so a file of any length costs the memory of one record.
//
// A file that is not UTF-8 text, that holds binary data, that is empty, that ends inside quotes,
// that has a field longer than maxFieldLength or a line longer than maxLineBytes, or more rows
// than maxRows() stops the reading with a translated error that names the row; an error repeats
// at most the start of a value.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::CsvReader)

public:
    // The longest field, in characters: far above any name, password or number a mailbox has.
    static constexpr int maxFieldLength = 4096;
    // The longest line, in bytes: a header and a row of every mailbox column at their longest.
    static constexpr qint64 maxLineBytes = qint64(64) * 1024;
    // The most rows a file may have (the header and blank rows included), unless set otherwise.
    static constexpr int defaultMaxRows = 1'000'000;

    // `device` must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device);

    // The most rows read before the reading stops with an error that names the limit.
    void setMaxRows(int rows) { m_maxRows = std::max(rows, 1); }
    int maxRows() const { return m_maxRows; }

    // Reads the header line and finds the separator. False on an error (see error()).
    bool readHeader();
    const QStringList &header() const { return m_header; }
    QChar separator() const { return m_separator; }
    bool hadByteOrderMark() const { return m_hadBom; }

    // Reads the next record into `record`, skipping records whose fields are all empty (the
    // blank rows that spreadsheets leave). False at the end of the file or on an error.
    bool readRecord(CsvRecord *record);

    bool hasError() const { return m_error.has_value(); }
    // The reason the reading stopped, naming the row.
    const std::optional<ServiceError> &error() const { return m_error; }

    // The separator a header line uses: the one of comma, semicolon and tab that occurs most
    // often outside quotes; comma when there is none.
    static QChar detectSeparator(const QString &headerLine);

private:
    enum class Line { Read, End, Failed };
    // The next physical line, decoded; `row` is the row it belongs to, for an error.
    Line nextLine(QString *line, int row);
    bool parseRecord(QStringList *fields, int *row);
    bool fail(ServiceError error);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    std::optional<ServiceError> m_error;
    QStringList m_header;
    QChar m_separator = u',';
    bool m_hadBom = false;
    bool m_firstLine = true;
    bool m_checkedBinary = false;
    int m_row = 0; // the row of the last record read
    int m_maxRows = defaultMaxRows;
    std::optional<QString> m_pending; // a line read ahead (the header's, while detecting)
};

} // namespace pecadmin
