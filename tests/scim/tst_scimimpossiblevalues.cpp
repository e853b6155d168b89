// A real SCIM server (tests/scim-server) that sends values no mailbox or wait can have: a quota
// of 1e300 MB, a negative one, more used bytes than any disk, a Retry-After of centuries. Each
// ends in "the server sent an impossible value", never in a cast out of range or an overflow
// (the sanitizer run, docs/FUZZING.md, runs this test too), and the service goes on working.
#include "core/mailboxservice.h"
#include "scim/scimmailboxservice.h"
#include "support/await.h"
#include "support/scimserverprocess.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using Code = ServiceError::Code;

namespace {

const QString broken = u"user0002@pec.example.it"_s;
const QString sound = u"user0001@pec.example.it"_s;

ScimConnection connectionTo(const test::ScimServerProcess &server)
{
    ScimConnection connection;
    connection.baseUrl = server.baseUrl();
    connection.username = server.user();
    connection.secret = server.password();
    connection.timeoutMs = 20000;
    return connection;
}

} // namespace

class TestScimImpossibleValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailboxValue_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("json");
        QTest::newRow("quota 1e300") << u"quotaMb"_s << u"1e300"_s;
        QTest::newRow("quota -1e300") << u"quotaMb"_s << u"-1e300"_s;
        QTest::newRow("quota negative") << u"quotaMb"_s << u"-5"_s;
        QTest::newRow("quota past 64 bits") << u"quotaMb"_s << u"9223372036854775808"_s;
        QTest::newRow("quota not whole") << u"quotaMb"_s << u"10.5"_s;
        QTest::newRow("quota as a huge string") << u"quotaMb"_s << u"\"99999999999999999999\""_s;
        QTest::newRow("soft quota past the largest size") << u"softQuotaMb"_s << u"9223372036854775807"_s;
        QTest::newRow("used bytes past any disk") << u"usedBytes"_s << u"9223372036854775807"_s;
        QTest::newRow("used bytes negative") << u"usedBytes"_s << u"-1"_s;
    }

    void mailboxValue()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, json);
        test::ScimServerProcess server(test::ScimServerProcess::Server::Scimmy);
        START_SCIM_SERVER(server, { u"--seed"_s, u"3"_s });
        server.control("POST", u"raw"_s,
            QJsonObject { { u"userName"_s, broken }, { u"attribute"_s, attribute }, { u"json"_s, json } });
        ScimMailboxService service(connectionTo(server));
        PECADMIN_VERIFY_OK(await(service.connectToServer()));

        const Result<Mailbox> read = await(service.mailbox(broken));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code(), Code::Server);
        const QString message = read.error().message();
        QVERIFY2(message.contains(u"The server sent an impossible value for %1"_s.arg(attribute)), qPrintable(message));

        // A page that holds the mailbox fails the same way.
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        const Result<MailboxPage> page = await(service.mailboxes(query));
        QVERIFY(!page.ok());
        QVERIFY2(page.error().message().contains(u"impossible value"_s), qPrintable(page.error().message()));

        // The rest still reads.
        const Result<Mailbox> other = await(service.mailbox(sound));
        PECADMIN_VERIFY_OK(other);
        QCOMPARE(other.value().address(), sound);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QString>("retryAfter");
        QTest::newRow("largest 64-bit") << u"9223372036854775807"_s;
        QTest::newRow("past 64 bits") << u"99999999999999999999999999999"_s;
        QTest::newRow("a year and more") << QString::number(qint64(367) * 24 * 3600);
        QTest::newRow("a date in year 9999") << u"Fri, 31 Dec 9999 23:59:59 GMT"_s;
    }

    void retryAfter()
    {
        QFETCH(QString, retryAfter);
        test::ScimServerProcess server(test::ScimServerProcess::Server::Scimmy);
        START_SCIM_SERVER(server, { u"--seed"_s, u"3"_s });
        ScimMailboxService service(connectionTo(server));
        PECADMIN_VERIFY_OK(await(service.connectToServer()));

        server.control("POST", u"busy"_s, QJsonObject { { u"count"_s, 1 }, { u"retryAfter"_s, retryAfter } });
        const Result<Mailbox> read = await(service.mailbox(sound));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code(), Code::Server);
        QVERIFY2(read.error().message().contains(u"The server sent an impossible value for Retry-After"_s),
            qPrintable(read.error().message()));

        // Once the server is no longer busy, the same request is answered.
        PECADMIN_VERIFY_OK(await(service.mailbox(sound)));
    }

    void sensibleRetryAfterIsWaitedFor()
    {
        // The control itself: a busy answer with a short wait is retried and then answered.
        test::ScimServerProcess server(test::ScimServerProcess::Server::Scimmy);
        START_SCIM_SERVER(server, { u"--seed"_s, u"3"_s });
        ScimMailboxService service(connectionTo(server));
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        server.control("POST", u"busy"_s, QJsonObject { { u"count"_s, 1 }, { u"retryAfter"_s, u"0"_s } });
        const Result<Mailbox> read = await(service.mailbox(sound));
        PECADMIN_VERIFY_OK(read);
        QCOMPARE(read.value().quotaMb, 11);
    }
};

QTEST_GUILESS_MAIN(TestScimImpossibleValues)
#include "tst_scimimpossiblevalues.moc"
