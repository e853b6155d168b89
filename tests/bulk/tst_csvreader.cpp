// The CSV reader on bytes as spreadsheets and scripts write them, and on files that are not
// CSV text at all.

#include "bulk/csvreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace pecadmin;
using namespace Qt::StringLiterals;

namespace {

struct Read
{
    bool ok = false;
    QChar separator;
    QStringList header;
    QList<QStringList> records;
    QList<int> rows;
    std::optional<ServiceError> error;
};

Read readAll(const QByteArray &bytes, int maxRows = CsvReader::defaultMaxRows)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setMaxRows(maxRows);
    Read read;
    if (!reader.readHeader()) {
        read.error = reader.error();
        return read;
    }
    read.separator = reader.separator();
    read.header = reader.header();
    CsvRecord record;
    while (reader.readRecord(&record)) {
        read.records.append(record.fields);
        read.rows.append(record.row);
    }
    read.error = reader.error();
    read.ok = !reader.hasError();
    return read;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void binaryAfterTheFirstBlock();
    void capsFieldsLinesAndRows_data();
    void capsFieldsLinesAndRows();
    void hugeFieldIsRefusedQuickly();
    void detectsSeparator_data();
    void detectsSeparator();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("comma, LF") << QByteArray("a,b\n1,2\n3,4\n") << u","_s << QStringList { u"a"_s, u"b"_s }
                               << QList<QStringList> { { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s } } << QList<int> { 2, 3 };
    QTest::newRow("semicolon, CRLF, BOM")
        << QByteArray("\xEF\xBB\xBFNome;Quota\r\nmario;512\r\n") << u";"_s << QStringList { u"Nome"_s, u"Quota"_s }
        << QList<QStringList> { { u"mario"_s, u"512"_s } } << QList<int> { 2 };
    QTest::newRow("no newline at the end") << QByteArray("a;b\r\n1;2") << u";"_s << QStringList { u"a"_s, u"b"_s }
                                           << QList<QStringList> { { u"1"_s, u"2"_s } } << QList<int> { 2 };
    QTest::newRow("trailing empty lines") << QByteArray("a,b\n1,2\n\n\n") << u","_s << QStringList { u"a"_s, u"b"_s }
                                          << QList<QStringList> { { u"1"_s, u"2"_s } } << QList<int> { 2 };
    QTest::newRow("quoted separator and doubled quotes")
        << QByteArray("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n") << u","_s << QStringList { u"a"_s, u"b"_s }
        << QList<QStringList> { { u"x,y"_s, u"he said \"hi\""_s } } << QList<int> { 2 };
    QTest::newRow("newline inside quotes, CRLF")
        << QByteArray("a;b\r\n\"first\r\nsecond; still\";z\r\nq;w\r\n") << u";"_s << QStringList { u"a"_s, u"b"_s }
        << QList<QStringList> { { u"first\nsecond; still"_s, u"z"_s }, { u"q"_s, u"w"_s } } << QList<int> { 2, 3 };
    QTest::newRow("blank rows keep their numbers")
        << QByteArray("a;b\n;\n\n1;2\n;;\n3;\n") << u";"_s << QStringList { u"a"_s, u"b"_s }
        << QList<QStringList> { { u"1"_s, u"2"_s }, { u"3"_s, QString() } } << QList<int> { 4, 6 };
    QTest::newRow("comma in a quoted header of a semicolon file")
        << QByteArray("\"Quota, MB\";Nome\n5;x\n") << u";"_s << QStringList { u"Quota, MB"_s, u"Nome"_s }
        << QList<QStringList> { { u"5"_s, u"x"_s } } << QList<int> { 2 };
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << u"\t"_s << QStringList { u"a"_s, u"b"_s }
                         << QList<QStringList> { { u"1"_s, u"2"_s } } << QList<int> { 2 };
    QTest::newRow("single column") << QByteArray("nome\nmario\nluca\n") << u","_s << QStringList { u"nome"_s }
                                   << QList<QStringList> { { u"mario"_s }, { u"luca"_s } } << QList<int> { 2, 3 };
    QTest::newRow("quote inside an unquoted field")
        << QByteArray("a,b\nx\"y,z\n") << u","_s << QStringList { u"a"_s, u"b"_s }
        << QList<QStringList> { { u"x\"y"_s, u"z"_s } } << QList<int> { 2 };
    QTest::newRow("spaces before a quote")
        << QByteArray("a, b\n1, \"2,5\"\n") << u","_s << QStringList { u"a"_s, u" b"_s }
        << QList<QStringList> { { u"1"_s, u"2,5"_s } } << QList<int> { 2 };
    QTest::newRow("accents in UTF-8") << QByteArray("nome;note\nniccolo;Niccol\xC3\xB2 \xE2\x82\xAC\n") << u";"_s
                                      << QStringList { u"nome"_s, u"note"_s }
                                      << QList<QStringList> { { u"niccolo"_s, u"Niccolò €"_s } } << QList<int> { 2 };
    QTest::newRow("missing and extra cells")
        << QByteArray("a;b;c\n1\n1;2;3;4\n") << u";"_s << QStringList { u"a"_s, u"b"_s, u"c"_s }
        << QList<QStringList> { { u"1"_s }, { u"1"_s, u"2"_s, u"3"_s, u"4"_s } } << QList<int> { 2, 3 };
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, rows);

    const Read read = readAll(bytes);
    QVERIFY2(read.ok, read.error ? qPrintable(read.error->message()) : "no error");
    QCOMPARE(QString(read.separator), separator);
    QCOMPARE(read.header, header);
    QCOMPARE(read.records, records);
    QCOMPARE(read.rows, rows);
}

void TestCsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a part of the message, with the row

    QTest::newRow("empty") << QByteArray() << u"The file is empty"_s;
    QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << u"The file is empty"_s;
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n  \n") << u"The file is empty"_s;
    QTest::newRow("PNG") << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010")
                         << u"Row 1: the file holds binary data"_s;
    QTest::newRow("zip") << QByteArray::fromHex("504b0304140000000800") << u"Row 1: the file holds binary data"_s;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEN\0o\0m\0e\0", 10) << u"UTF-16"_s;
    QTest::newRow("Latin-1 on row 3") << QByteArray("Nome;Note\r\nmario;ok\r\nniccolo;Niccol\xF2\r\n")
                                      << u"Row 3: the file is not UTF-8 text. Save it as “CSV UTF-8”"_s;
    QTest::newRow("invalid UTF-8 in the header") << QByteArray("Citt\xE0;Nome\n") << u"Row 1: the file is not UTF-8"_s;
    QTest::newRow("invalid UTF-8 inside a multi-line field")
        << QByteArray("a;b\n1;\"x\ny\xE8\"\n") << u"Row 2: the file is not UTF-8"_s;
    QTest::newRow("unterminated quote") << QByteArray("Nome;Password\nmario;x\n\"luca;y\nanna;z\n")
                                        << u"Row 3: a quoted field is never closed"_s;
    QTest::newRow("unterminated quote in the header")
        << QByteArray("\"Nome;Password\n") << u"Row 1: a quoted field is never closed"_s;
}

void TestCsvReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const Read read = readAll(bytes);
    QVERIFY(!read.ok);
    QVERIFY(read.error);
    QVERIFY2(read.error->message().contains(expected), qPrintable(read.error->message()));
    QCOMPARE(read.error->code(), ServiceError::Code::Validation);
}

void TestCsvReader::binaryAfterTheFirstBlock()
{
    // Past the part looked at before reading: the line with the NUL byte names its row.
    QByteArray bytes = "nome,password\n";
    for (int i = 0; i < 1000; ++i)
        bytes += "mario" + QByteArray::number(i) + ",Prova2024abc\n";
    bytes += QByteArray("bad\0row,x\n", 10);
    const Read read = readAll(bytes);
    QVERIFY(!read.ok);
    QVERIFY2(
        read.error->message().startsWith(u"Row 1002: the file holds binary data"_s), qPrintable(read.error->message()));
    QCOMPARE(read.records.size(), 1000);
}

void TestCsvReader::capsFieldsLinesAndRows_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<QString>("expected"); // empty: read whole

    const QByteArray longest(CsvReader::maxFieldLength, 'x');
    QTest::newRow("field at the cap") << "nome,password\n" + longest + ",x\n" << 10 << QString();
    QTest::newRow("field one above") << "nome,password\na,b\n" + longest + "y,x\n"
                                     << 10 << u"Row 3: a field is longer than 4096 characters: “xxxx"_s;
    QTest::newRow("last field one above") << "nome,password\na," + longest + "y\n"
                                          << 10 << u"Row 2: a field is longer than 4096 characters"_s;
    QTest::newRow("quoted field over several lines") << "nome,password\na,\"" + QByteArray(3000, 'x') + "\n"
            + QByteArray(3000, 'y') + "\"\n" << 10 << u"Row 2: a field is longer than 4096 characters"_s;
    QTest::newRow("header field one above") << longest + "y,password\na,b\n"
                                            << 10 << u"Row 1: a field is longer than 4096 characters"_s;
    QTest::newRow("line above the cap") << "nome,password\n" + QByteArray(CsvReader::maxLineBytes + 10, ',') + "\n"
                                        << 10 << u"Row 2: the line is longer than 65536 bytes"_s;
    QTest::newRow("rows at the cap") << QByteArray("nome\na\nb\nc\n") << 4 << QString();
    QTest::newRow("rows one above") << QByteArray("nome\na\nb\nc\nd\n") << 4
                                    << u"Row 5: the file has more than 4 rows"_s;
    QTest::newRow("blank rows count") << QByteArray("nome\na\n\n\n\nb\n") << 4
                                      << u"Row 5: the file has more than 4 rows"_s;
}

void TestCsvReader::capsFieldsLinesAndRows()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxRows);
    QFETCH(QString, expected);
    const Read read = readAll(bytes, maxRows);
    if (expected.isEmpty()) {
        QVERIFY2(read.ok, read.error ? qPrintable(read.error->message()) : "");
        return;
    }
    QVERIFY(!read.ok);
    QVERIFY2(read.error->message().contains(expected), qPrintable(read.error->message()));
    // The message repeats the start of the value only.
    QVERIFY2(read.error->message().size() < 200, qPrintable(read.error->message()));
}

void TestCsvReader::hugeFieldIsRefusedQuickly()
{
    // 64 MB in one quoted field, over many lines: refused at the cap, long before the end.
    QByteArray bytes = "nome,password\n\"";
    const QByteArray line = QByteArray(1000, 'x') + '\n';
    bytes.reserve(64 * 1024 * 1024 + 100);
    while (bytes.size() < 64 * 1024 * 1024)
        bytes += line;
    bytes += "\",x\n";
    QElapsedTimer timer;
    timer.start();
    const Read read = readAll(bytes);
    QVERIFY(!read.ok);
    QVERIFY2(read.error->message().startsWith(u"Row 2: a field is longer than 4096 characters"_s),
        qPrintable(read.error->message()));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestCsvReader::detectsSeparator_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("separator");
    QTest::newRow("comma") << u"a,b,c"_s << u","_s;
    QTest::newRow("semicolon") << u"Nome;Password;Quota disco"_s << u";"_s;
    QTest::newRow("semicolon with a comma in quotes") << u"\"a,b,c\";d"_s << u";"_s;
    QTest::newRow("comma with semicolons in quotes") << u"\"a;b;c\",d"_s << u","_s;
    QTest::newRow("tab") << u"a\tb"_s << u"\t"_s;
    QTest::newRow("one column") << u"nome"_s << u","_s;
}

void TestCsvReader::detectsSeparator()
{
    QFETCH(QString, line);
    QFETCH(QString, separator);
    QCOMPARE(QString(CsvReader::detectSeparator(line)), separator);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
