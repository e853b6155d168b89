// Mailbox columns read from CSV files in Italian and English, and mailboxes written to CSV that
// spreadsheets open safely: the committed files of tests/data, a generated file of 50,000
// rows, and the writer's functions on their own.

#include "bulk/mailboxcsv.h"
#include "bulktestsupport.h"
#include "core/limits.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pecadmin;
using namespace pecadmin::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<MailboxCsvColumn>)
Q_DECLARE_METATYPE(std::optional<bool>)
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

Result<MailboxCsvFile> readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return MailboxCsv::read(&buffer);
}

Mailbox mailbox(const QString &name, qint64 quota, qint64 soft, bool archiving, bool enabled)
{
    Mailbox result;
    result.name = name;
    result.domain = u"pec.example.it"_s;
    result.quotaMb = quota;
    result.softQuotaMb = soft;
    result.archiving = archiving;
    result.enabled = enabled;
    return result;
}

} // namespace

class TestMailboxCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void booleans_data();
    void booleans();
    void megabytes_data();
    void megabytes();
    void neutralization_data();
    void neutralization();
    void fields_data();
    void fields();

    void italianExcelFile();
    void englishCommaFile();
    void quotedFile();
    void extraColumn();
    void unreadableFiles_data();
    void unreadableFiles();
    void cellsThatCannotBeRead();
    void duplicateColumn();

    void exportEnglish();
    void exportItalianSemicolon();
    void exportReadsBack_data();
    void exportReadsBack();
    void fiftyThousandRows();
};

void TestMailboxCsv::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<std::optional<MailboxCsvColumn>>("column");
    using C = MailboxCsvColumn;
    const std::optional<C> none;
    const struct
    {
        const char16_t *header;
        std::optional<C> column;
    } cases[] = {
        { u"Nome", C::Name },
        { u"name", C::Name },
        { u"NOME UTENTE", C::Name },
        { u"nome_utente", C::Name },
        { u"Username", C::Name },
        { u"Casella", C::Name },
        { u"  Nome  ", C::Name },
        { u"Password", C::Password },
        { u"quota", C::Quota },
        { u"Quota disco", C::Quota },
        { u"Quota disco (MB)", C::Quota },
        { u"quota_mb", C::Quota },
        { u"Disk quota", C::Quota },
        { u"DISK_QUOTA", C::Quota },
        { u"Soft quota", C::SoftQuota },
        { u"soft_quota_mb", C::SoftQuota },
        { u"Soft-quota (MB)", C::SoftQuota },
        { u"Soglia", C::SoftQuota },
        { u"archiving", C::Archiving },
        { u"Conservazione", C::Archiving },
        { u"Conservazione sostitutiva", C::Archiving },
        { u"CONSERVAZIONE  SOSTITUTIVA", C::Archiving },
        { u"Conservazióne", C::Archiving },
        { u"enabled", C::Enabled },
        { u"Abilitata", C::Enabled },
        { u"Abilitàta", C::Enabled },
        { u"Stato", C::Enabled },
        { u"status", C::Enabled },
        { u"Reparto", none },
        { u"Note", none },
        { u"quota usata", none },
        { u"", none },
    };
    for (const auto &c : cases)
        QTest::newRow(qPrintable(QString::fromUtf16(c.header).isEmpty() ? u"(empty)"_s : QString::fromUtf16(c.header)))
            << QString::fromUtf16(c.header) << c.column;
}

void TestMailboxCsv::headers()
{
    QFETCH(QString, header);
    QFETCH(std::optional<MailboxCsvColumn>, column);
    QCOMPARE(MailboxCsv::columnForHeader(header), column);
}

void TestMailboxCsv::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<bool>>("value");
    for (const QString &yes : { u"yes"_s, u"YES"_s, u"true"_s, u"1"_s, u"sì"_s, u"SÌ"_s, u"si"_s, u"on"_s,
             u"abilitata"_s, u"Abilitata"_s, u"enabled"_s, u" Sì "_s })
        QTest::newRow(qPrintable(u"yes: "_s + yes)) << yes << std::optional<bool>(true);
    for (const QString &no :
        { u"no"_s, u"No"_s, u"false"_s, u"0"_s, u"off"_s, u"disabilitata"_s, u"disabled"_s, u"Disabilitata"_s })
        QTest::newRow(qPrintable(u"no: "_s + no)) << no << std::optional<bool>(false);
    for (const QString &neither : { u"maybe"_s, u"2"_s, u"yess"_s, u"-"_s })
        QTest::newRow(qPrintable(u"neither: "_s + neither)) << neither << std::optional<bool>();
}

void TestMailboxCsv::booleans()
{
    QFETCH(QString, text);
    QFETCH(std::optional<bool>, value);
    QCOMPARE(MailboxCsv::parseBoolean(text), value);
}

void TestMailboxCsv::megabytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<qint64>>("value");
    const std::optional<qint64> none;
    QTest::newRow("plain") << u"512"_s << std::optional<qint64>(512);
    QTest::newRow("with MB") << u"512 MB"_s << std::optional<qint64>(512);
    QTest::newRow("with mb, no space") << u"512mb"_s << std::optional<qint64>(512);
    QTest::newRow("spaces") << u"  300 Mb "_s << std::optional<qint64>(300);
    QTest::newRow("GB") << u"1 GB"_s << std::optional<qint64>(1024);
    QTest::newRow("zero") << u"0"_s << std::optional<qint64>(0);
    QTest::newRow("word") << u"lots"_s << none;
    QTest::newRow("negative") << u"-5"_s << none;
    QTest::newRow("decimal comma") << u"512,5"_s << none;
    QTest::newRow("decimal point") << u"1.5 GB"_s << none;
    QTest::newRow("unit alone") << u"MB"_s << none;
    // Beyond 64 bits: the largest value, never a wrapped one (the import then refuses it as too large).
    const std::optional<qint64> largest(std::numeric_limits<qint64>::max());
    QTest::newRow("beyond 64 bits") << u"99999999999999999999"_s << largest;
    QTest::newRow("int64 max") << u"9223372036854775807"_s << largest;
    QTest::newRow("GB overflowing") << u"9007199254740993 GB"_s << largest;
    QTest::newRow("largest size") << QString::number(limits::maxSizeMb) << std::optional<qint64>(limits::maxSizeMb);
    QTest::newRow("largest size in GB") << u"1048576 GB"_s << std::optional<qint64>(limits::maxSizeMb);
}

void TestMailboxCsv::megabytes()
{
    QFETCH(QString, text);
    QFETCH(std::optional<qint64>, value);
    QCOMPARE(MailboxCsv::parseMegabytes(text), value);
}

void TestMailboxCsv::neutralization_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
    QTest::newRow("plus") << u"+39 06 1234"_s << u"'+39 06 1234"_s;
    QTest::newRow("minus") << u"-info"_s << u"'-info"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
    QTest::newRow("space then equals") << u" =1+1"_s << u"' =1+1"_s;
    QTest::newRow("spaces then plus") << u"   +39"_s << u"'   +39"_s;
    QTest::newRow("newline then at") << u"\n@SUM(A1)"_s << u"'\n@SUM(A1)"_s;
    QTest::newRow("space, newline, minus") << u" \n-2"_s << u"' \n-2"_s;
    QTest::newRow("space then tab") << u" \t1"_s << u"' \t1"_s;
    QTest::newRow("space then carriage return") << u" \r1"_s << u"' \r1"_s;
    QTest::newRow("spaces only") << u"   "_s << u"   "_s;
    QTest::newRow("space then text") << u" mario"_s << u" mario"_s;
    QTest::newRow("plain") << u"mario.rossi"_s << u"mario.rossi"_s;
    QTest::newRow("number") << u"512"_s << u"512"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("quote then text") << u"'tis"_s << u"'tis"_s;
    QTest::newRow("quote then formula") << u"'=1"_s << u"''=1"_s;
    QTest::newRow("equals later") << u"a=b"_s << u"a=b"_s;
}

void TestMailboxCsv::neutralization()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(MailboxCsv::neutralized(cell), written);
    // Reading takes off exactly what writing put on.
    QCOMPARE(MailboxCsv::withoutNeutralization(written), cell);
}

void TestMailboxCsv::fields_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"abc"_s << u","_s << u"abc"_s;
    QTest::newRow("comma in a comma file") << u"a,b"_s << u","_s << u"\"a,b\""_s;
    QTest::newRow("comma in a semicolon file") << u"a,b"_s << u";"_s << u"a,b"_s;
    QTest::newRow("semicolon in a semicolon file") << u"a;b"_s << u";"_s << u"\"a;b\""_s;
    QTest::newRow("quotes") << u"he said \"hi\""_s << u","_s << u"\"he said \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"one\ntwo"_s << u","_s << u"\"one\ntwo\""_s;
    QTest::newRow("formula") << u"=1+2"_s << u","_s << u"'=1+2"_s;
    QTest::newRow("formula with the separator") << u"=SUM(1;2)"_s << u";"_s << u"\"'=SUM(1;2)\""_s;
    QTest::newRow("carriage return first") << u"\rx"_s << u","_s << u"\"'\rx\""_s;
}

void TestMailboxCsv::fields()
{
    QFETCH(QString, cell);
    QFETCH(QString, separator);
    QFETCH(QString, field);
    QCOMPARE(MailboxCsv::field(cell, separator.at(0)), field);
    // And the reader gets the cell back from a whole line.
    const QByteArray bytes = MailboxCsv::line({ u"Name"_s, u"Notes"_s }, separator.at(0)).toUtf8()
        + MailboxCsv::line({ cell, u"n"_s }, separator.at(0)).toUtf8();
    if (!cell.trimmed().isEmpty()) {
        const Result<MailboxCsvFile> read = readBytes(bytes);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
        QCOMPARE(read.value().rows.constFirst().name, cell.trimmed());
    }
}

void TestMailboxCsv::italianExcelFile()
{
    const Result<MailboxCsvFile> read = MailboxCsv::readFile(dataPath(u"caselle_excel_it.csv"_s));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    const MailboxCsvFile &file = read.value();
    QCOMPARE(file.separator, QChar(u';'));
    QVERIFY(file.warnings.isEmpty());
    QCOMPARE(file.columns.size(), 6);
    QCOMPARE(file.rows.size(), 4);

    const MailboxCsvRow &mario = file.rows.at(0);
    QCOMPARE(mario.row, 2);
    QCOMPARE(mario.name, u"mario.rossi"_s);
    QCOMPARE(mario.password, u"Prova2024abc"_s);
    QCOMPARE(mario.quotaMb, std::optional<qint64>(512));
    QCOMPARE(mario.softQuotaMb, std::optional<qint64>(400));
    QCOMPARE(mario.archiving, std::optional<bool>(true));
    QCOMPARE(mario.enabled, std::optional<bool>(true));
    QVERIFY(!mario.error);

    const MailboxCsvRow &giulia = file.rows.at(1);
    QCOMPARE(giulia.row, 3);
    QCOMPARE(giulia.name, u"Giulia.Bianchi@pec.example.it"_s);
    QVERIFY(giulia.password.isEmpty());
    QCOMPARE(giulia.quotaMb, std::optional<qint64>(256));
    QCOMPARE(giulia.softQuotaMb, std::optional<qint64>());
    QCOMPARE(giulia.archiving, std::optional<bool>(false));
    QCOMPARE(giulia.enabled, std::optional<bool>(false));

    // Row 4 is the blank row Excel leaves: skipped, and the rows after keep their numbers.
    QCOMPARE(file.rows.at(2).row, 5);
    QCOMPARE(file.rows.at(2).name, u"luca.verdi"_s);
    QCOMPARE(file.rows.at(2).enabled, std::optional<bool>(true));
    QCOMPARE(file.rows.at(3).row, 6);
    QCOMPARE(file.rows.at(3).archiving, std::optional<bool>(false));
    QCOMPARE(file.rows.at(3).enabled, std::optional<bool>(true));
}

void TestMailboxCsv::englishCommaFile()
{
    const Result<MailboxCsvFile> read = MailboxCsv::readFile(dataPath(u"mailboxes_en.csv"_s));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    const MailboxCsvFile &file = read.value();
    QCOMPARE(file.separator, QChar(u','));
    QCOMPARE(file.rows.size(), 2);
    QCOMPARE(file.rows.at(0).name, u"paolo.gialli"_s);
    QCOMPARE(file.rows.at(0).quotaMb, std::optional<qint64>(300));
    QCOMPARE(file.rows.at(0).softQuotaMb, std::optional<qint64>());
    QCOMPARE(file.rows.at(1).name, u"sara.blu"_s);
    QVERIFY(file.rows.at(1).password.isEmpty());
    QCOMPARE(file.rows.at(1).softQuotaMb, std::optional<qint64>(150));
    QCOMPARE(file.rows.at(1).enabled, std::optional<bool>(true));
}

void TestMailboxCsv::quotedFile()
{
    const Result<MailboxCsvFile> read = MailboxCsv::readFile(dataPath(u"quoted.csv"_s));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    const MailboxCsvFile &file = read.value();
    QCOMPARE(file.rows.size(), 3);
    QCOMPARE(file.rows.at(0).password, u"Prova,2024;X"_s);
    QCOMPARE(file.rows.at(1).name, u"elena.rosa"_s);
    QCOMPARE(file.rows.at(1).quotaMb, std::optional<qint64>(200));
    // The notes of row 3 run over two lines of the file: franco is still row 4.
    QCOMPARE(file.rows.at(2).row, 4);
    QCOMPARE(file.rows.at(2).name, u"franco.neri"_s);
    QCOMPARE(file.warnings.size(), 1);
    QVERIFY(file.warnings.constFirst().contains(u"“Notes”"_s));
}

void TestMailboxCsv::extraColumn()
{
    const Result<MailboxCsvFile> read = MailboxCsv::readFile(dataPath(u"extra_column.csv"_s));
    QVERIFY(read.ok());
    QCOMPARE(read.value().rows.size(), 2);
    QCOMPARE(read.value().rows.at(1).quotaMb, std::optional<qint64>(200));
    QCOMPARE(read.value().warnings,
        QStringList { u"The column “Reparto” is not one of the mailbox columns: it is ignored."_s });
}

void TestMailboxCsv::unreadableFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << u"empty.csv"_s << u"The file is empty"_s;
    QTest::newRow("no name column") << u"missing_name_column.csv"_s
                                    << u"Row 1: the file has no column with the mailbox name. Name one column “Name”"_s;
    QTest::newRow("Latin-1") << u"latin1.csv"_s << u"Row 3: the file is not UTF-8 text"_s;
    QTest::newRow("unterminated quote") << u"unterminated_quote.csv"_s << u"Row 3: a quoted field is never closed"_s;
    QTest::newRow("no such file") << u"no-such-file.csv"_s << u"cannot be opened"_s;
}

void TestMailboxCsv::unreadableFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Result<MailboxCsvFile> read = MailboxCsv::readFile(dataPath(file));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message().contains(expected), qPrintable(read.error().message()));
}

void TestMailboxCsv::cellsThatCannotBeRead()
{
    const Result<MailboxCsvFile> read = readBytes("Nome;Quota disco;Abilitata;Conservazione\n"
                                                  "a;lots;sì;no\n"
                                                  "b;100;forse;no\n"
                                                  "c;100;sì;no\n"
                                                  "d\n");
    QVERIFY(read.ok());
    const QList<MailboxCsvRow> &rows = read.value().rows;
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).error);
    QCOMPARE(rows.at(0).error->message(),
        u"“lots” in the column “Quota disco” is not a size: write a whole number of megabytes, such as 512."_s);
    QVERIFY(rows.at(1).error);
    QCOMPARE(rows.at(1).error->message(), u"“forse” in the column “Abilitata” is neither yes nor no."_s);
    QVERIFY(!rows.at(2).error);
    // A short row leaves its cells empty.
    QVERIFY(!rows.at(3).error);
    QCOMPARE(rows.at(3).quotaMb, std::optional<qint64>());

    // Sizes at the edge: the largest is read, one more and one beyond 64 bits are refused by
    // name, and a long bad value is repeated only in part.
    const Result<MailboxCsvFile> sizes = readBytes("Nome;Quota disco;Soglia\n"
                                                   "a;1073741824;0\n"
                                                   "b;1073741825;0\n"
                                                   "c;100;99999999999999999999999\n"
                                                   "d;"
        + QByteArray(300, 'z') + "\n");
    QVERIFY(sizes.ok());
    const QList<MailboxCsvRow> &edge = sizes.value().rows;
    QCOMPARE(edge.size(), 4);
    QVERIFY(!edge.at(0).error);
    QCOMPARE(edge.at(0).quotaMb, std::optional<qint64>(limits::maxSizeMb));
    QVERIFY(edge.at(1).error);
    QCOMPARE(edge.at(1).error->message(),
        u"“1073741825” in the column “Quota disco” is larger than any size a mailbox can have (1073741824 MB)."_s);
    QVERIFY(edge.at(2).error);
    QVERIFY(edge.at(2).error->message().contains(u"larger than any size"_s));
    QCOMPARE(edge.at(2).error->field(), u"softQuota"_s);
    QVERIFY(edge.at(3).error);
    QVERIFY2(edge.at(3).error->message().size() < 150, qPrintable(edge.at(3).error->message()));

    const Result<MailboxCsvFile> headerOnly = readBytes("Nome;Password\r\n;\r\n");
    QVERIFY(!headerOnly.ok());
    QVERIFY(headerOnly.error().message().contains(u"no mailbox rows"_s));
}

void TestMailboxCsv::duplicateColumn()
{
    const Result<MailboxCsvFile> read = readBytes("Nome,Casella\nprimo,secondo\n");
    QVERIFY(read.ok());
    QCOMPARE(read.value().rows.constFirst().name, u"primo"_s);
    QCOMPARE(read.value().warnings.size(), 1);
}

void TestMailboxCsv::exportEnglish()
{
    const QByteArray bytes = MailboxCsv::exportBytes(
        { mailbox(u"mario.rossi"_s, 512, 400, true, true), mailbox(u"-info"_s, 100, 0, false, false) },
        MailboxCsvExportOptions());
    QCOMPARE(bytes,
        QByteArray("\xEF\xBB\xBFName,Disk quota (MB),Soft quota (MB),Archiving,Enabled\r\n"
                   "mario.rossi,512,400,yes,yes\r\n"
                   "'-info,100,0,no,no\r\n"));
}

void TestMailboxCsv::exportItalianSemicolon()
{
    MailboxCsvExportOptions options;
    options.separator = u';';
    options.language = u"it"_s;
    const QByteArray bytes = MailboxCsv::exportBytes({ mailbox(u"mario.rossi"_s, 512, 400, true, false) }, options);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)),
        u"Nome;Quota disco (MB);Soft quota (MB);Conservazione sostitutiva;Abilitata\r\n"
        "mario.rossi;512;400;sì;no\r\n"_s);
    QVERIFY(!bytes.contains("Password"));
}

void TestMailboxCsv::exportReadsBack_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("language");
    QTest::newRow("English, comma") << u","_s << u"en"_s;
    QTest::newRow("Italian, semicolon") << u";"_s << u"it"_s;
}

void TestMailboxCsv::exportReadsBack()
{
    QFETCH(QString, separator);
    QFETCH(QString, language);
    MailboxCsvExportOptions options;
    options.separator = separator.at(0);
    options.language = language;
    const QList<Mailbox> mailboxes
        = { mailbox(u"mario.rossi"_s, 512, 400, true, true), mailbox(u"-info"_s, 100, 0, false, false),
              mailbox(u"@home"_s, 1, 1, true, false), mailbox(u"+39"_s, 1024, 0, false, true) };
    const Result<MailboxCsvFile> read = readBytes(MailboxCsv::exportBytes(mailboxes, options));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    QVERIFY(read.value().warnings.isEmpty());
    QCOMPARE(read.value().rows.size(), mailboxes.size());
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        const MailboxCsvRow &row = read.value().rows.at(i);
        QCOMPARE(row.name, mailboxes.at(i).name);
        QCOMPARE(row.quotaMb, std::optional<qint64>(mailboxes.at(i).quotaMb));
        QCOMPARE(row.softQuotaMb, std::optional<qint64>(mailboxes.at(i).softQuotaMb));
        QCOMPARE(row.archiving, std::optional<bool>(mailboxes.at(i).archiving));
        QCOMPARE(row.enabled, std::optional<bool>(mailboxes.at(i).enabled));
        QVERIFY(row.password.isEmpty());
        QVERIFY(!row.error);
    }
}

void TestMailboxCsv::fiftyThousandRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"large.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFNome;Password;Quota disco;Soft quota;Conservazione;Abilitata;Note\r\n");
        for (int i = 0; i < 50000; ++i) {
            file.write("utente." + QByteArray::number(i) + ";Prova2024abc;" + QByteArray::number(1 + i % 1024)
                + ";;no;sì;\"Ufficio " + QByteArray::number(i % 37) + ", piano; terra\"\r\n");
        }
    }
    const Result<MailboxCsvFile> read = MailboxCsv::readFile(path);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    QCOMPARE(read.value().rows.size(), 50000);
    QCOMPARE(read.value().rows.constLast().row, 50001);
    QCOMPARE(read.value().rows.constLast().name, u"utente.49999"_s);
    QCOMPARE(read.value().rows.constLast().quotaMb, std::optional<qint64>(1 + 49999 % 1024));

    // The same file with a Latin-1 byte on row 40,001: the error names the row.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("utente.40000;");
        QVERIFY(at > 0);
        bytes[at + 1] = '\xF9'; // "ù" in Latin-1
        file.seek(0);
        file.write(bytes);
    }
    const Result<MailboxCsvFile> broken = MailboxCsv::readFile(path);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message().startsWith(u"Row 40002: the file is not UTF-8 text"_s),
        qPrintable(broken.error().message()));
}

QTEST_GUILESS_MAIN(TestMailboxCsv)
#include "tst_mailboxcsv.moc"
