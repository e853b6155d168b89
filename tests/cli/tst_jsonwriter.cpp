#include "console.h"
#include "jsonwriter.h"
#include "outputformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <limits>

using namespace pecadmin;
using namespace Qt::StringLiterals;

namespace {

// What the program printed for a mailbox before it wrote JSON itself: a QJsonObject, turned
// into text by QJsonDocument. The writer must give the same bytes.
QJsonObject referenceMailbox(const Mailbox &mailbox)
{
    const auto isoUtc
        = [](const QDateTime &time) { return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString(); };
    bool isNumber = false;
    const qint64 version = mailbox.version.toLongLong(&isNumber);
    return QJsonObject {
        { u"address"_s, mailbox.address() },
        { u"name"_s, mailbox.name },
        { u"domain"_s, mailbox.domain },
        { u"enabled"_s, mailbox.enabled },
        { u"quotaMb"_s, mailbox.quotaMb },
        { u"softQuotaMb"_s, mailbox.softQuotaMb },
        { u"usedBytes"_s, mailbox.usageKnown() ? QJsonValue(mailbox.usedBytes) : QJsonValue() },
        { u"usageUpdated"_s, mailbox.usageUpdated.isValid() ? QJsonValue(isoUtc(mailbox.usageUpdated)) : QJsonValue() },
        { u"softQuotaAlarm"_s,
            !mailbox.softQuotaAlarmKnown           ? QJsonValue()
                : mailbox.softQuotaAlarm.isValid() ? QJsonValue(isoUtc(mailbox.softQuotaAlarm))
                                                   : QJsonValue(u"never"_s) },
        { u"archiving"_s, mailbox.archiving },
        { u"mustChangePassword"_s, mailbox.mustChangePassword },
        { u"created"_s, isoUtc(mailbox.created) },
        { u"version"_s, isNumber ? QJsonValue(version) : QJsonValue(mailbox.version) },
    };
}

QByteArray indented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString fromUnits(std::initializer_list<char16_t> units)
{
    QString text;
    for (const char16_t unit : units)
        text += QChar(unit);
    return text;
}

// Texts a store or a server may hold, however unlikely.
QStringList awkwardTexts()
{
    QStringList texts = {
        QString(),
        u""_s,
        u"mario.rossi"_s,
        u"say \"hello\""_s,
        u"back\\slash\\"_s,
        u"slash/and<html>&amp;'"_s,
        u"tab\there\nnewline\rreturn\bbackspace\fform feed"_s,
        u"città è più perché ñ ü ß"_s,
        u"emoji 😀 and 𝄞 beyond the BMP"_s,
        u"日本語のテキスト"_s,
        u"\u2028\u2029 separators, \u00a0 no-break, \ufeff BOM, \uffff"_s,
        u"delete \u007f and \u0080 and \u07ff and \u0800"_s,
        u"W/\"3\""_s,
    };
    QString control;
    for (char16_t unit = 0; unit < 0x20; ++unit)
        control += QChar(unit);
    texts << control;
    texts << fromUnits({ u'a', 0xd800, u'b' }) // a high surrogate alone
          << fromUnits({ 0xdc00, u'x' }) // a low surrogate alone
          << fromUnits({ u'x', 0xdbff }) // a high surrogate at the end
          << fromUnits({ 0xdc00, 0xd800 }) // the halves in the wrong order
          << fromUnits({ 0xdbff, 0xdfff }) // U+10FFFF
          << fromUnits({ 0, u'n', u'u', u'l' }); // NUL
    return texts;
}

QList<QDateTime> awkwardTimes()
{
    const auto utc = [](qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); };
    return {
        QDateTime(),
        utc(0),
        utc(1),
        utc(-1),
        utc(999),
        utc(1'723'453'507'123), // 2024-08-12T09:05:07.123
        utc(-86'400'001),
        utc(-2'208'988'800'000), // 1900-01-01
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(-1), // year 0: left to Qt
        QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(275'000, 6, 1), QTime(8, 30), Qt::UTC),
        // Not in UTC: printed in UTC.
        QDateTime(QDate(2025, 3, 30), QTime(2, 30), QTimeZone(3600)),
        QDateTime(QDate(2024, 1, 1), QTime(0, 30, 15, 500), QTimeZone(-5 * 3600)),
        QDateTime(QDate(1, 1, 1), QTime(0, 30), QTimeZone(3600)), // year 0 in UTC
        QDateTime(QDate(2024, 7, 1), QTime(12, 0), QTimeZone("Europe/Rome")),
    };
}

QList<qint64> awkwardNumbers()
{
    return { 0, 1, -1, 9, 10, 409, 1024, 1'041'541'843, std::numeric_limits<int>::max(),
        std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min() + 1,
        -1'000'000'000'000 };
}

QStringList awkwardVersions()
{
    return { u"1"_s, u"0"_s, u"-5"_s, u"+7"_s, u" 42 "_s, u"9223372036854775807"_s, u"9223372036854775808"_s,
        u"-9223372036854775808"_s, u"W/\"3\""_s, u""_s, u"abc"_s, u"1.5"_s, u"0x10"_s };
}

// Mailboxes built from the awkward values, each in several combinations, every state among them.
QList<Mailbox> awkwardMailboxes()
{
    const QStringList texts = awkwardTexts();
    const QList<QDateTime> times = awkwardTimes();
    const QList<qint64> numbers = awkwardNumbers();
    const QStringList versions = awkwardVersions();
    QRandomGenerator random(20261204);
    const auto pick = [&random](const auto &list) { return list.at(random.bounded(int(list.size()))); };

    QList<Mailbox> mailboxes;
    for (int i = 0; i < 600; ++i) {
        Mailbox mailbox;
        mailbox.name = i < texts.size() ? texts.at(i) : pick(texts);
        mailbox.domain = pick(texts);
        mailbox.enabled = i % 2 == 0;
        mailbox.archiving = i % 4 < 2;
        mailbox.mustChangePassword = i % 8 < 4;
        mailbox.softQuotaAlarmKnown = i % 3 != 0;
        mailbox.quotaMb = pick(numbers);
        mailbox.softQuotaMb = pick(numbers);
        mailbox.usedBytes = pick(numbers);
        mailbox.created = i < times.size() ? times.at(i) : pick(times);
        mailbox.modified = pick(times);
        mailbox.usageUpdated = pick(times); // invalid: the usage is unknown
        mailbox.softQuotaAlarm = pick(times);
        mailbox.version = i < versions.size() ? versions.at(i) : pick(versions);
        mailbox.pending = i % 5 == 0;
        mailbox.inConflict = i % 7 == 0;
        mailboxes.append(mailbox);
    }
    return mailboxes;
}

// A file standing for standard output or error, read back after the console wrote to it.
class CapturedFile
{
public:
    CapturedFile() : m_file(std::tmpfile()) { }
    ~CapturedFile() { std::fclose(m_file); }
    CapturedFile(const CapturedFile &) = delete;
    CapturedFile &operator=(const CapturedFile &) = delete;

    FILE *file() const { return m_file; }
    QByteArray bytes() const
    {
        std::fflush(m_file);
        std::rewind(m_file);
        QByteArray bytes;
        char buffer[4096];
        size_t read = 0;
        while ((read = std::fread(buffer, 1, sizeof(buffer), m_file)) > 0)
            bytes.append(buffer, qsizetype(read));
        return bytes;
    }

private:
    FILE *m_file;
};

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailboxAsQJsonDocumentWritesIt();
    void generatedPasswordAmongTheMembers();
    void listAsQJsonDocumentWritesIt();
    void emptyList();
    void anyObjectAsQJsonDocumentWritesIt();
    void isoUtcAsQtWritesIt();
    void isoUtcOutsideTheYearsLeftToQt();
    void consolePrintsTheBytes();
};

void TestJsonWriter::mailboxAsQJsonDocumentWritesIt()
{
    const QList<Mailbox> mailboxes = awkwardMailboxes();
    for (const Mailbox &mailbox : mailboxes) {
        const QByteArray expected = indented(referenceMailbox(mailbox));
        const QByteArray written = OutputFormatter::mailboxJson(mailbox);
        if (written != expected)
            QCOMPARE(written, expected);
        // It is JSON, and what a script reads back is what the mailbox holds.
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(written, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value(u"quotaMb"_s).toInteger(), mailbox.quotaMb);
    }
}

void TestJsonWriter::generatedPasswordAmongTheMembers()
{
    const QList<Mailbox> mailboxes = awkwardMailboxes().mid(0, 40);
    const QStringList passwords = awkwardTexts();
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        const QString password = passwords.at(i % passwords.size());
        QJsonObject reference = referenceMailbox(mailboxes.at(i));
        // An empty password is never generated: the member is left out.
        if (!password.isEmpty())
            reference.insert(u"generatedPassword"_s, password);
        QCOMPARE(OutputFormatter::mailboxJson(mailboxes.at(i), password), indented(reference));
    }
}

void TestJsonWriter::listAsQJsonDocumentWritesIt()
{
    const QList<Mailbox> mailboxes = awkwardMailboxes();
    QJsonArray array;
    for (const Mailbox &mailbox : mailboxes)
        array.append(referenceMailbox(mailbox));
    for (const QString &domain : awkwardTexts()) {
        for (const int offset : { 0, 200, std::numeric_limits<int>::max() }) {
            for (const bool hasMore : { false, true }) {
                const QJsonObject reference { { u"domain"_s, domain }, { u"offset"_s, offset },
                    { u"mailboxes"_s, array }, { u"hasMore"_s, hasMore } };
                QCOMPARE(OutputFormatter::mailboxListJson(domain, offset, mailboxes, hasMore), indented(reference));
            }
        }
    }
}

void TestJsonWriter::emptyList()
{
    const QByteArray written = OutputFormatter::mailboxListJson(u"pec.example.it"_s, 0, {}, false);
    QCOMPARE(written,
        indented(QJsonObject { { u"domain"_s, u"pec.example.it"_s }, { u"offset"_s, 0 },
            { u"mailboxes"_s, QJsonArray() }, { u"hasMore"_s, false } }));
    QCOMPARE(written,
        QByteArray("{\n    \"domain\": \"pec.example.it\",\n    \"hasMore\": false,\n    \"mailboxes\": [\n    ],\n"
                   "    \"offset\": 0\n}\n"));
}

void TestJsonWriter::anyObjectAsQJsonDocumentWritesIt()
{
    const QStringList texts = awkwardTexts();
    QJsonArray strings;
    QJsonObject keyed;
    for (const QString &text : texts) {
        strings.append(text);
        keyed.insert(text, text.size());
    }
    QJsonArray numbers;
    for (const qint64 number : awkwardNumbers())
        numbers.append(number);
    for (const double number : { 0.5, -0.0, 1.0, 3.0, 1e15, 1e16, 1e17, 1e20, 1e300, 1e-7, 0.1, 2.5e-300, 123456789.123,
             -2.0 / 3.0, std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN(),
             std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min() })
        numbers.append(number);

    QJsonObject domain = OutputFormatter::domainJson(DomainDetails());
    const QList<QJsonObject> objects = {
        QJsonObject(),
        QJsonObject { { u"empty object"_s, QJsonObject() }, { u"empty array"_s, QJsonArray() } },
        QJsonObject { { u"strings"_s, strings }, { u"keys"_s, keyed }, { u"numbers"_s, numbers } },
        QJsonObject { { u"nested"_s,
            QJsonArray { QJsonArray { QJsonArray {} }, QJsonObject { { u"a"_s, QJsonArray { 1, true, QJsonValue() } } },
                false, QJsonValue(QJsonValue::Null), u"x"_s } } },
        domain,
        OutputFormatter::errorJson(u"usage"_s, texts.at(7)),
        OutputFormatter::passwordPolicyJson(PasswordPolicy()),
    };
    for (const QJsonObject &object : objects)
        QCOMPARE(OutputFormatter::jsonText(object), indented(object));
}

void TestJsonWriter::isoUtcAsQtWritesIt()
{
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QList<qint64> times
        = { first, first + 999, first + 1000, last, last - 999, last - 1000, 0, -1, 1, -999, -1000, -1001 };
    // Every day's edges around the epoch and around the turns of the centuries and leap years.
    for (const int year : { 1, 4, 100, 400, 1600, 1700, 1900, 1969, 1970, 2000, 2024, 2100, 9996, 9999 }) {
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
            const qint64 midnight = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            times << midnight << midnight - 1 << midnight + 86'399'999;
        }
    }
    QRandomGenerator random(1'723'453'507);
    for (int i = 0; i < 20'000; ++i)
        times << random.bounded(first, last + 1);
    for (int i = 0; i < 5'000; ++i)
        times << random.bounded(qint64(-3'000'000'000'000), qint64(5'000'000'000'000)); // 1875 to 2128

    for (const qint64 msecs : std::as_const(times)) {
        char text[20];
        const qsizetype size = JsonWriter::isoUtcText(msecs, text);
        const QString expected = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
        const QString written = QString::fromLatin1(text, size);
        if (written != expected) {
            qWarning() << "msecs" << msecs;
            QCOMPARE(written, expected);
        }
    }
}

void TestJsonWriter::isoUtcOutsideTheYearsLeftToQt()
{
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 afterLast = QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    char text[20];
    for (const qint64 msecs : { first - 1, afterLast, afterLast + 86'400'000, std::numeric_limits<qint64>::max(),
             std::numeric_limits<qint64>::min() })
        QCOMPARE(JsonWriter::isoUtcText(msecs, text), 0);

    // The writer then prints what Qt prints.
    for (const QDateTime &time : awkwardTimes()) {
        JsonWriter json;
        json.beginArray();
        json.isoUtc(time);
        json.endArray();
        const QString expected = time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
        QCOMPARE(json.take(), QJsonDocument(QJsonArray { expected }).toJson(QJsonDocument::Indented));
    }
}

void TestJsonWriter::consolePrintsTheBytes()
{
    CapturedFile out;
    CapturedFile err;
    Console console(out.file(), err.file());
    console.setJson(true);
    Mailbox mailbox = awkwardMailboxes().at(8);
    console.printResult(u"not printed"_s, OutputFormatter::mailboxJson(mailbox));
    const QJsonObject object { { u"text"_s, awkwardTexts().at(8) }, { u"number"_s, 1 } };
    console.printResult(u"not printed"_s, object);
    console.printNote(u"not printed"_s);
    console.printUsageError(awkwardTexts().at(7), u"not printed"_s);
    QCOMPARE(out.bytes(), indented(referenceMailbox(mailbox)) + indented(object));
    QCOMPARE(err.bytes(),
        indented(QJsonObject {
            { u"error"_s, QJsonObject { { u"code"_s, u"usage"_s }, { u"message"_s, awkwardTexts().at(7) } } } }));

    // For a person, the text alone.
    CapturedFile textOut;
    Console text(textOut.file(), err.file());
    text.printResult(u"città"_s, OutputFormatter::mailboxJson(mailbox));
    text.printResult(u"è\n"_s, object);
    QCOMPARE(textOut.bytes(), QByteArray("città\nè\n"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
