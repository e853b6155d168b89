#include "mailboxcsv.h"

#include "bulk/csvreader.h"
#include "core/limits.h"

#include <QFile>
#include <QHash>

#include <limits>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

// Lower case, without accents, with underscores, hyphens and dots as spaces, and with the
// unit "MB" (alone or in brackets) taken off: "Quota disco (MB)" -> "quota disco".
QString headerKey(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c == u'_' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'[' || c == u']')
            key += u' ';
        else
            key += c;
    }
    key = key.simplified();
    if (key.endsWith(u" mb"))
        key.chop(3);
    return key.trimmed();
}

const QHash<QString, MailboxCsvColumn> &headerAliases()
{
    using C = MailboxCsvColumn;
    static const QHash<QString, MailboxCsvColumn> aliases = {
        { u"name"_s, C::Name },
        { u"nome"_s, C::Name },
        { u"casella"_s, C::Name },
        { u"casella pec"_s, C::Name },
        { u"username"_s, C::Name },
        { u"user name"_s, C::Name },
        { u"nome utente"_s, C::Name },
        { u"mailbox"_s, C::Name },
        { u"address"_s, C::Name },
        { u"indirizzo"_s, C::Name },
        { u"indirizzo pec"_s, C::Name },
        { u"password"_s, C::Password },
        { u"quota"_s, C::Quota },
        { u"quota disco"_s, C::Quota },
        { u"disk quota"_s, C::Quota },
        { u"soft quota"_s, C::SoftQuota },
        { u"softquota"_s, C::SoftQuota },
        { u"soglia"_s, C::SoftQuota },
        { u"archiving"_s, C::Archiving },
        { u"conservazione"_s, C::Archiving },
        { u"conservazione sostitutiva"_s, C::Archiving },
        { u"enabled"_s, C::Enabled },
        { u"abilitata"_s, C::Enabled },
        { u"stato"_s, C::Enabled },
        { u"status"_s, C::Enabled },
    };
    return aliases;
}

QString withoutAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            plain += c;
    }
    return plain;
}

bool startsLikeFormula(QStringView cell)
{
    // Spreadsheets read a formula after leading spaces and line breaks too.
    qsizetype i = 0;
    while (i < cell.size() && (cell.at(i) == u' ' || cell.at(i) == u'\n'))
        ++i;
    if (i >= cell.size())
        return false;
    const QChar c = cell.at(i);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

ServiceError cellError(const char *text, const QStringList &arguments)
{
    return ServiceError(Code::Validation, text, arguments);
}

// Whether `cell` is, after any single quotes it starts with, a formula: a cell that already
// starts with quotes and then a formula character gets one quote more, so that reading takes
// exactly one off and every value comes back as it was.
bool needsNeutralization(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return startsLikeFormula(cell.mid(i));
}

} // namespace

std::optional<MailboxCsvColumn> MailboxCsv::columnForHeader(const QString &header)
{
    const auto found = headerAliases().constFind(headerKey(header));
    if (found == headerAliases().constEnd())
        return std::nullopt;
    return *found;
}

std::optional<bool> MailboxCsv::parseBoolean(const QString &text)
{
    static const QStringList yes = { u"yes"_s, u"y"_s, u"true"_s, u"1"_s, u"si"_s, u"s"_s, u"on"_s, u"abilitata"_s,
        u"abilitato"_s, u"enabled"_s, u"attiva"_s, u"active"_s };
    static const QStringList no = { u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"off"_s, u"disabilitata"_s, u"disabilitato"_s,
        u"disabled"_s, u"disattivata"_s, u"inactive"_s };
    const QString key = withoutAccents(text).trimmed().toCaseFolded();
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

std::optional<qint64> MailboxCsv::parseMegabytes(const QString &text)
{
    QString value = text.trimmed().toCaseFolded();
    qint64 factor = 1;
    if (value.endsWith(u"mb")) {
        value.chop(2);
    } else if (value.endsWith(u"gb")) {
        value.chop(2);
        factor = 1024;
    }
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    for (const QChar c : std::as_const(value)) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    // Only digits: a number too long for 64 bits is a size too large, saturated, never wrapped.
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number > std::numeric_limits<qint64>::max() / factor)
        return std::numeric_limits<qint64>::max();
    return number * factor;
}

QString MailboxCsv::neutralized(const QString &cell)
{
    return needsNeutralization(cell) ? u'\'' + cell : cell;
}

QString MailboxCsv::withoutNeutralization(const QString &cell)
{
    if (cell.startsWith(u'\'') && needsNeutralization(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString MailboxCsv::field(const QString &cell, QChar separator)
{
    QString safe = neutralized(cell);
    const bool quote = safe.contains(separator) || safe.contains(u'"') || safe.contains(u'\n') || safe.contains(u'\r')
        || safe.startsWith(u' ') || safe.endsWith(u' ');
    if (!quote)
        return safe;
    QString quoted = safe;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString MailboxCsv::line(const QStringList &cells, QChar separator)
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text += separator;
        text += field(cells.at(i), separator);
    }
    return text + u"\r\n"_s;
}

QStringList MailboxCsv::headers(const QString &language)
{
    // Data, not interface: the language of the file is chosen for the spreadsheet that reads
    // it, whatever the language of the application.
    if (language == u"it")
        return { u"Nome"_s, u"Quota disco (MB)"_s, u"Soft quota (MB)"_s, u"Conservazione sostitutiva"_s,
            u"Abilitata"_s };
    return { u"Name"_s, u"Disk quota (MB)"_s, u"Soft quota (MB)"_s, u"Archiving"_s, u"Enabled"_s };
}

QStringList MailboxCsv::cells(const Mailbox &mailbox, const QString &language)
{
    const bool italian = language == u"it";
    const auto yesNo = [italian](bool value) { return value ? (italian ? u"sì"_s : u"yes"_s) : u"no"_s; };
    return { mailbox.name, QString::number(mailbox.quotaMb), QString::number(mailbox.softQuotaMb),
        yesNo(mailbox.archiving), yesNo(mailbox.enabled) };
}

QByteArray MailboxCsv::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray MailboxCsv::headerBytes(const MailboxCsvExportOptions &options)
{
    return line(headers(options.language), options.separator).toUtf8();
}

QByteArray MailboxCsv::rowBytes(const Mailbox &mailbox, const MailboxCsvExportOptions &options)
{
    return line(cells(mailbox, options.language), options.separator).toUtf8();
}

QByteArray MailboxCsv::exportBytes(const QList<Mailbox> &mailboxes, const MailboxCsvExportOptions &options)
{
    QByteArray bytes = byteOrderMark() + headerBytes(options);
    for (const Mailbox &mailbox : mailboxes)
        bytes += rowBytes(mailbox, options);
    return bytes;
}

Result<MailboxCsvFile> MailboxCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ServiceError(
            Code::Validation, QT_TRANSLATE_NOOP("ServiceError", "The file %1 cannot be opened."), { path })
            .withDetail(file.errorString())
            .onField(u"file"_s);
    return read(&file);
}

Result<MailboxCsvFile> MailboxCsv::read(QIODevice *device)
{
    CsvReader reader(device);
    if (!reader.readHeader())
        return *reader.error();

    MailboxCsvFile file;
    file.separator = reader.separator();
    // The index in the record of each column; -1: not in the file.
    QList<qsizetype> index(6, -1);
    const QStringList &header = reader.header();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const auto column = columnForHeader(withoutNeutralization(name));
        if (!column) {
            if (!name.isEmpty())
                file.warnings.append(tr("The column “%1” is not one of the mailbox columns: it is ignored.")
                                         .arg(limits::shortened(name)));
            continue;
        }
        qsizetype &at = index[int(*column)];
        if (at >= 0) {
            file.warnings.append(
                tr("The column “%1” appears again: only its first occurrence is read.").arg(limits::shortened(name)));
            continue;
        }
        at = i;
        file.columns.append(*column);
    }
    if (index.at(int(MailboxCsvColumn::Name)) < 0)
        return ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError",
                "Row 1: the file has no column with the mailbox name. Name one column "
                "“Name” (or “Nome”, “Casella”, “Username”)."))
            .onField(u"file"_s);

    CsvRecord record;
    while (reader.readRecord(&record)) {
        const auto cell = [&](MailboxCsvColumn column) -> QString {
            const qsizetype at = index.at(int(column));
            if (at < 0 || at >= record.fields.size())
                return {};
            return withoutNeutralization(record.fields.at(at));
        };
        const auto headerOf = [&](MailboxCsvColumn column) { return header.at(index.at(int(column))).trimmed(); };

        MailboxCsvRow row;
        row.row = record.row;
        row.name = cell(MailboxCsvColumn::Name).trimmed();
        row.password = cell(MailboxCsvColumn::Password);

        for (const MailboxCsvColumn column : { MailboxCsvColumn::Quota, MailboxCsvColumn::SoftQuota }) {
            const QString text = cell(column).trimmed();
            if (text.isEmpty())
                continue;
            const std::optional<qint64> megabytes = parseMegabytes(text);
            if (!megabytes) {
                if (!row.error)
                    row.error = cellError(QT_TRANSLATE_NOOP("ServiceError",
                                              "“%1” in the column “%2” is not a size: write a whole "
                                              "number of megabytes, such as 512."),
                        { limits::shortened(text), limits::shortened(headerOf(column)) })
                                    .onField(column == MailboxCsvColumn::Quota ? u"quota"_s : u"softQuota"_s);
                continue;
            }
            if (*megabytes > limits::maxSizeMb) {
                if (!row.error)
                    row.error = cellError(QT_TRANSLATE_NOOP("ServiceError",
                                              "“%1” in the column “%2” is larger than any size a mailbox can have "
                                              "(%3 MB)."),
                        { limits::shortened(text), limits::shortened(headerOf(column)),
                            QString::number(limits::maxSizeMb) })
                                    .onField(column == MailboxCsvColumn::Quota ? u"quota"_s : u"softQuota"_s);
                continue;
            }
            (column == MailboxCsvColumn::Quota ? row.quotaMb : row.softQuotaMb) = *megabytes;
        }
        for (const MailboxCsvColumn column : { MailboxCsvColumn::Archiving, MailboxCsvColumn::Enabled }) {
            const QString text = cell(column).trimmed();
            if (text.isEmpty())
                continue;
            const std::optional<bool> value = parseBoolean(text);
            if (!value) {
                if (!row.error)
                    row.error
                        = cellError(QT_TRANSLATE_NOOP("ServiceError", "“%1” in the column “%2” is neither yes nor no."),
                            { limits::shortened(text), limits::shortened(headerOf(column)) })
                              .onField(column == MailboxCsvColumn::Archiving ? u"archiving"_s : u"enabled"_s);
                continue;
            }
            (column == MailboxCsvColumn::Archiving ? row.archiving : row.enabled) = *value;
        }
        file.rows.append(std::move(row));
    }
    if (reader.hasError())
        return *reader.error();
    if (file.rows.isEmpty())
        return ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError", "The file has a header row but no mailbox rows under it."))
            .onField(u"file"_s);
    return file;
}

} // namespace pecadmin
