#pragma once

#include "core/mailbox.h"
#include "core/result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace pecadmin {

// The columns of a mailbox CSV file, in the order an export writes them.
enum class MailboxCsvColumn { Name, Password, Quota, SoftQuota, Archiving, Enabled };

// One mailbox row of a CSV file, as written there; what a cell leaves empty is not set.
struct MailboxCsvRow
{
    int row = 0; // the spreadsheet's row number (the header is row 1)
    QString name; // a mailbox name, or a whole address
    QString password; // empty: to be generated
    std::optional<qint64> quotaMb;
    std::optional<qint64> softQuotaMb;
    std::optional<bool> archiving;
    std::optional<bool> enabled;
    // A cell that cannot be read (a quota that is not a number, a "maybe" for a yes/no).
    std::optional<ServiceError> error;
};

// A mailbox CSV file read whole.
struct MailboxCsvFile
{
    QChar separator = u',';
    QList<MailboxCsvColumn> columns; // the columns found, in the file's order
    QStringList warnings; // translated: columns that are ignored
    QList<MailboxCsvRow> rows;
};

// How an export writes the file.
struct MailboxCsvExportOptions
{
    QChar separator = u','; // u';' for spreadsheets set to Italian
    QString language = QStringLiteral("en"); // of the header and of yes/no: "en" or "it"
};

// Mailboxes to and from CSV files that spreadsheets read and write, in Italian or English.
//
// Reading maps header names in either language, case, accents and spaces aside, to the
// columns; only the name column is required. Writing neutralises every cell that a spreadsheet
// would run as a formula by putting a single quote before it, and reading takes that quote off
// again, so that an export imports back to the same mailboxes.
class MailboxCsv
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::MailboxCsv)

public:
    static Result<MailboxCsvFile> read(QIODevice *device);
    static Result<MailboxCsvFile> readFile(const QString &path);

    // The column that a header names, or none: "Nome", "Quota disco (MB)", "soft_quota_mb", …
    static std::optional<MailboxCsvColumn> columnForHeader(const QString &header);
    // yes/no, true/false, 1/0, sì/si/no, on/off, abilitata/disabilitata, enabled/disabled, …
    static std::optional<bool> parseBoolean(const QString &text);
    // A whole number of megabytes: "512", "512 MB", "2 GB"; none when it is not one. A number
    // beyond 64 bits is the largest qint64, never a wrapped value.
    static std::optional<qint64> parseMegabytes(const QString &text);

    // A cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
    // carriage return) with a single quote before it; any other cell as it is.
    static QString neutralized(const QString &cell);
    // A cell read back: the quote that neutralized() adds taken off, and only that one.
    static QString withoutNeutralization(const QString &cell);
    // A cell as it goes into the file: neutralised, and quoted where it must be.
    static QString field(const QString &cell, QChar separator);
    // A whole line of cells, ending with CRLF as RFC 4180 says.
    static QString line(const QStringList &cells, QChar separator);

    // The column names of an export, in its language.
    static QStringList headers(const QString &language);
    static QStringList cells(const Mailbox &mailbox, const QString &language);
    // The bytes of an export: a UTF-8 byte order mark (so that Excel reads accents), the
    // header and one line for each mailbox. Passwords are never exported.
    static QByteArray byteOrderMark();
    static QByteArray headerBytes(const MailboxCsvExportOptions &options);
    static QByteArray rowBytes(const Mailbox &mailbox, const MailboxCsvExportOptions &options);
    static QByteArray exportBytes(const QList<Mailbox> &mailboxes, const MailboxCsvExportOptions &options);
};

} // namespace pecadmin
