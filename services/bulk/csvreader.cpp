#include "csvreader.h"

#include "core/limits.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

// How much of the start of the file is looked at for binary data before anything is read.
constexpr qint64 binaryProbeBytes = 8192;

ServiceError fileError(const char *text, int row)
{
    return ServiceError(Code::Validation, text, { QString::number(row) }).onField(u"file"_s);
}

ServiceError fieldTooLong(int row, const QString &field)
{
    return ServiceError(Code::Validation,
        QT_TRANSLATE_NOOP("ServiceError", "Row %1: a field is longer than %2 characters: “%3”."),
        { QString::number(row), QString::number(CsvReader::maxFieldLength), limits::shortened(field) })
        .onField(u"file"_s);
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device), m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
{ }

bool CsvReader::fail(ServiceError error)
{
    if (!m_error)
        m_error = std::move(error);
    return false;
}

QChar CsvReader::detectSeparator(const QString &headerLine)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : headerLine) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

CsvReader::Line CsvReader::nextLine(QString *line, int row)
{
    if (m_pending) {
        *line = *m_pending;
        m_pending.reset();
        return Line::Read;
    }
    if (m_error || !m_device)
        return Line::Failed;
    if (!m_checkedBinary) {
        m_checkedBinary = true;
        const QByteArray start = m_device->peek(binaryProbeBytes);
        if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
            fail(ServiceError(Code::Validation,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The file is UTF-16 text, not UTF-8: save it as “CSV UTF-8” and "
                    "try again."))
                     .onField(u"file"_s));
            return Line::Failed;
        }
        if (start.contains('\0')) {
            fail(fileError(QT_TRANSLATE_NOOP("ServiceError",
                               "Row %1: the file holds binary data, not CSV text. Choose a CSV file "
                               "saved from a spreadsheet."),
                row));
            return Line::Failed;
        }
    }
    if (m_device->atEnd())
        return Line::End;
    if (row > m_maxRows) {
        fail(ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP(
                "ServiceError", "Row %1: the file has more than %2 rows. Split it into smaller files and import each."),
            { QString::number(row), QString::number(m_maxRows) })
                 .onField(u"file"_s));
        return Line::Failed;
    }
    // One byte more than a line may have, to tell a line that is too long.
    QByteArray bytes = m_device->readLine(maxLineBytes + 2);
    if (bytes.isEmpty() && m_device->atEnd())
        return Line::End;
    if (bytes.size() > maxLineBytes && !bytes.endsWith('\n')) {
        fail(ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError",
                "Row %1: the line is longer than %2 bytes, which no mailbox row needs. Is this a CSV file of "
                "mailboxes?"),
            { QString::number(row), QString::number(maxLineBytes) })
                 .onField(u"file"_s));
        return Line::Failed;
    }
    if (bytes.contains('\0')) {
        fail(fileError(QT_TRANSLATE_NOOP("ServiceError",
                           "Row %1: the file holds binary data, not CSV text. Choose a CSV file saved "
                           "from a spreadsheet."),
            row));
        return Line::Failed;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (m_firstLine) {
        m_firstLine = false;
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes.remove(0, 3);
            m_hadBom = true;
        }
    }
    // A line of UTF-8 is whole: the byte of a newline never occurs inside a multibyte
    // sequence, so each line decodes on its own (a sequence cut at its end is an error too)
    // and an error belongs to this row.
    m_decoder.resetState();
    *line = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        fail(fileError(QT_TRANSLATE_NOOP("ServiceError",
                           "Row %1: the file is not UTF-8 text. Save it as “CSV UTF-8” from the "
                           "spreadsheet and try again."),
            row));
        return Line::Failed;
    }
    return Line::Read;
}

bool CsvReader::parseRecord(QStringList *fields, int *row)
{
    QString line;
    const Line first = nextLine(&line, m_row + 1);
    if (first != Line::Read)
        return false;
    *row = ++m_row;
    fields->clear();

    QString field;
    bool inQuotes = false;
    bool blankSoFar = true; // the field holds only spaces: a quote there still opens it
    for (;;) {
        const qsizetype size = line.size();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = line.at(i);
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < size && line.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field += c;
                }
                continue;
            }
            if (c == m_separator) {
                if (field.size() > maxFieldLength)
                    return fail(fieldTooLong(*row, field));
                fields->append(field);
                field.clear();
                blankSoFar = true;
            } else if (c == u'"' && blankSoFar) {
                field.clear();
                inQuotes = true;
                blankSoFar = false;
            } else {
                field += c;
                if (c != u' ')
                    blankSoFar = false;
            }
        }
        if (field.size() > maxFieldLength)
            return fail(fieldTooLong(*row, field));
        if (!inQuotes)
            break;
        // A newline inside quotes belongs to the field; the record goes on on the next line.
        const Line next = nextLine(&line, *row);
        if (next == Line::Failed)
            return false;
        if (next == Line::End)
            return fail(fileError(QT_TRANSLATE_NOOP("ServiceError",
                                      "Row %1: a quoted field is never closed: a quotation mark (\") "
                                      "is missing."),
                *row));
        field += u'\n';
    }
    if (field.size() > maxFieldLength)
        return fail(fieldTooLong(*row, field));
    fields->append(field);
    return true;
}

bool CsvReader::readHeader()
{
    if (m_error)
        return false;
    for (;;) {
        QString line;
        const Line read = nextLine(&line, m_row + 1);
        if (read == Line::Failed)
            return false;
        if (read == Line::End)
            return fail(ServiceError(Code::Validation,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The file is empty: it needs a header row with the column "
                    "names and one row for each mailbox."))
                            .onField(u"file"_s));
        if (line.trimmed().isEmpty()) {
            ++m_row;
            continue;
        }
        m_separator = detectSeparator(line);
        m_pending = line;
        int row = 0;
        if (!parseRecord(&m_header, &row))
            return false;
        return true;
    }
}

bool CsvReader::readRecord(CsvRecord *record)
{
    while (parseRecord(&record->fields, &record->row)) {
        for (const QString &field : std::as_const(record->fields)) {
            if (!field.trimmed().isEmpty())
                return true;
        }
    }
    return false;
}

} // namespace pecadmin
