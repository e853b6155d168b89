// ScimMailboxService against the second SCIM test server (tests/scim-server-alt), shaped as
// providers' servers are: no Domain resource, maxResults 25 and no sort; PATCH answered 204,
// weak versions in the ETag header only and a bearer token; sessions that expire after N
// requests. Every seed operation in each shape.
#include "scim/scimmailboxservice.h"
#include "scim/scimprotocol.h"
#include "support/await.h"
#include "support/scimserverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using Code = ServiceError::Code;

namespace {

const QString domainName = u"pec.example.it"_s;
const QString token = u"alt-test-token-5e1f"_s;

NewMailbox newMailbox(const QString &name, qint64 quotaMb)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = domainName;
    mailbox.password = u"Segreto1234"_s;
    mailbox.quotaMb = quotaMb;
    return mailbox;
}

// Every page of a domain's list in one order, each page after the last row of the one before.
QList<Mailbox> wholeList(ScimMailboxService &service, MailboxColumn column, Qt::SortOrder order, int limit)
{
    MailboxQuery query;
    query.domain = domainName;
    query.sortColumn = column;
    query.sortOrder = order;
    query.limit = limit;
    QList<Mailbox> all;
    for (int pages = 0; pages < 50; ++pages) {
        const Result<MailboxPage> page = await(service.mailboxes(query));
        if (!page)
            return {};
        all += page.value().mailboxes;
        if (!page.value().hasMore || page.value().mailboxes.isEmpty())
            break;
        query.after = page.value().mailboxes.constLast();
    }
    return all;
}

} // namespace

class TestScimAlt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("SCIM_TEST_TOKEN", token.toUtf8()); }

    void everySeedOperation_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("bearer");
        QTest::newRow("maxResults 25, no sort, no Domain resource")
            << QStringList { u"--no-domain-resource"_s, u"--max-results"_s, u"25"_s, u"--no-sort"_s } << false;
        QTest::newRow("PATCH 204, weak ETag headers, bearer token")
            << QStringList { u"--patch-204"_s, u"--etag"_s, u"header-weak"_s, u"--auth"_s, u"bearer"_s } << true;
    }

    void everySeedOperation()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, bearer);
        test::ScimServerProcess server(test::ScimServerProcess::Server::Alternative);
        START_SCIM_SERVER(server, options + QStringList { u"--seed"_s, u"60"_s });
        ScimConnection connection;
        connection.baseUrl = server.baseUrl();
        connection.auth = bearer ? ScimConnection::Bearer : ScimConnection::Basic;
        connection.username = bearer ? QString() : server.user();
        connection.secret = bearer ? token : server.password();
        connection.domains = { domainName };
        ScimMailboxService service(connection);
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        QVERIFY(service.capabilities().sortsWholeList);

        // Domains and their details.
        const Result<QList<Domain>> domains = await(service.domains());
        PECADMIN_VERIFY_OK(domains);
        QCOMPARE(domains.value().size(), 1);
        const Result<DomainDetails> details = await(service.domainDetails(domainName));
        PECADMIN_VERIFY_OK(details);
        QCOMPARE(details.value().mailboxCount, 61);

        // The whole list in pages of 20 by address, and of 40 by quota, largest first: correct
        // across the server's pages of 25, sorted whether or not the server sorts.
        const QList<Mailbox> byName = wholeList(service, MailboxColumn::Address, Qt::AscendingOrder, 20);
        QStringList names;
        for (const Mailbox &mailbox : byName)
            names.append(mailbox.name);
        QCOMPARE(names.size(), 61);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 61);
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        const QList<Mailbox> byQuota = wholeList(service, MailboxColumn::Quota, Qt::DescendingOrder, 40);
        QCOMPARE(byQuota.size(), 61);
        for (qsizetype i = 1; i < byQuota.size(); ++i)
            QVERIFY(byQuota.at(i - 1).quotaMb >= byQuota.at(i).quotaMb);
        // A page longer than the server's maxResults is filled.
        MailboxQuery longPage;
        longPage.domain = domainName;
        longPage.limit = 55;
        const Result<MailboxPage> filled = await(service.mailboxes(longPage));
        PECADMIN_VERIFY_OK(filled);
        QCOMPARE(filled.value().mailboxes.size(), 55);
        QVERIFY(filled.value().hasMore);

        // Create, read, change, reset the password.
        const Result<Mailbox> created = await(service.createMailbox(newMailbox(u"Mario.Rossi"_s, 50)));
        PECADMIN_VERIFY_OK(created);
        QVERIFY(!created.value().version.isEmpty());
        const QString address = created.value().address();
        const Result<Mailbox> shown = await(service.mailbox(address));
        PECADMIN_VERIFY_OK(shown);
        QVERIFY(ScimProtocol::sameVersion(shown.value().version, created.value().version));
        const Result<Mailbox> quota
            = await(service.changeMailbox(MailboxChange { address, shown.value().version, {}, 60, {}, {} }));
        PECADMIN_VERIFY_OK(quota);
        QCOMPARE(quota.value().quotaMb, 60);
        QVERIFY(!ScimProtocol::sameVersion(quota.value().version, shown.value().version));
        const Result<Mailbox> disabled
            = await(service.changeMailbox(MailboxChange { address, quota.value().version, false, {}, {}, true }));
        PECADMIN_VERIFY_OK(disabled);
        QVERIFY(!disabled.value().enabled);
        QVERIFY(disabled.value().archiving);
        const Result<Mailbox> reset
            = await(service.resetPassword(address, disabled.value().version, u"NuovaPass2026"_s));
        PECADMIN_VERIFY_OK(reset);
        QVERIFY(server.passwordMatches(address, u"NuovaPass2026"_s));

        // A change from a stale view: another administrator changed the mailbox meanwhile.
        server.control("DELETE", u"requests"_s);
        server.control("POST", u"modify"_s, QJsonObject { { u"userName"_s, address }, { u"active"_s, true } });
        const Result<Mailbox> stale
            = await(service.changeMailbox(MailboxChange { address, reset.value().version, {}, 70, {}, {} }));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code(), Code::Conflict);
        QVERIFY2(stale.error().message().contains(u"changed by someone else meanwhile"_s),
            qPrintable(stale.error().message()));
        // Where the view's version and the list's are of a kind, the check is made before
        // sending; where the server gives versions in headers only, the server refuses with 412.
        const QJsonArray requests = QJsonDocument::fromJson(server.control("GET", u"requests"_s)).array();
        bool sentStale = false;
        for (const QJsonValue request : requests) {
            const QJsonObject entry = request.toObject();
            if (entry.value(u"method"_s).toString() == u"PATCH")
                sentStale = sentStale || entry.value(u"ifMatch"_s).toString() == reset.value().version;
        }
        QCOMPARE(sentStale, options.contains(u"header-weak"_s));
        const Result<Mailbox> fresh = await(service.mailbox(address));
        PECADMIN_VERIFY_OK(fresh);
        QVERIFY(fresh.value().enabled);
        QCOMPARE(fresh.value().quotaMb, 60);

        // A view from a list, then another change meanwhile: refused too.
        MailboxQuery one;
        one.domain = domainName;
        one.filter = u"mario"_s;
        const Result<MailboxPage> listed = await(service.mailboxes(one));
        PECADMIN_VERIFY_OK(listed);
        QCOMPARE(listed.value().mailboxes.size(), 1);
        const Mailbox seen = listed.value().mailboxes.constFirst();
        QTest::qWait(5); // lastModified has millisecond precision
        server.control("POST", u"modify"_s, QJsonObject { { u"userName"_s, address }, { u"active"_s, false } });
        const Result<Mailbox> fromList
            = await(service.changeMailbox(MailboxChange { address, seen.version, {}, 80, {}, {} }));
        QVERIFY(!fromList.ok());
        QCOMPARE(fromList.error().code(), Code::Conflict);
        const Result<MailboxPage> again = await(service.mailboxes(one));
        PECADMIN_VERIFY_OK(again);
        const Result<Mailbox> fromFreshList = await(service.changeMailbox(
            MailboxChange { address, again.value().mailboxes.constFirst().version, {}, 80, {}, {} }));
        PECADMIN_VERIFY_OK(fromFreshList);
        QCOMPARE(fromFreshList.value().quotaMb, 80);

        // Delete; the mailbox is then missing.
        PECADMIN_VERIFY_OK(await(service.deleteMailbox(address, fromFreshList.value().version)));
        QCOMPARE(await(service.mailbox(address)).error().code(), Code::NotFound);
        QCOMPARE(await(service.domainDetails(domainName)).value().mailboxCount, 61);
    }

    void sessionExpiresAfterSomeRequests()
    {
        test::ScimServerProcess server(test::ScimServerProcess::Server::Alternative);
        START_SCIM_SERVER(server, { u"--expire-after"_s, u"6"_s, u"--seed"_s, u"10"_s });
        ScimConnection connection;
        connection.baseUrl = server.baseUrl();
        connection.username = server.user();
        connection.secret = server.password();
        connection.domains = { domainName };
        ScimMailboxService service(connection);
        QSignalSpy expired(&service, &ScimMailboxService::sessionExpired);
        PECADMIN_VERIFY_OK(await(service.connectToServer())); // three requests
        MailboxQuery query;
        query.domain = domainName;
        PECADMIN_VERIFY_OK(await(service.mailboxes(query)));
        Result<Mailbox> created = await(service.createMailbox(newMailbox(u"elena.conti"_s, 20)));
        for (int i = 0; created && i < 6; ++i)
            created = await(service.mailbox(u"elena.conti@pec.example.it"_s));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code(), Code::SessionExpired);
        QCOMPARE(expired.count(), 1);

        // New credentials on the server; signed in again, the work goes on.
        server.control("POST", u"credentials"_s,
            QJsonObject { { u"type"_s, u"basic"_s }, { u"user"_s, server.user() }, { u"password"_s, u"nuova"_s } });
        server.control("POST", u"config"_s, QJsonObject { { u"expireAfter"_s, 0 } });
        PECADMIN_VERIFY_OK(await(service.reauthenticate(server.user(), u"nuova"_s)));
        PECADMIN_VERIFY_OK(await(service.mailbox(u"elena.conti@pec.example.it"_s)));
    }

    void expiredSessionOnTheFirstRequestIsNotAWrongPassword()
    {
        // A server that says the session has expired, before anything worked: not reported as
        // a wrong password.
        test::ScimServerProcess server(test::ScimServerProcess::Server::Alternative);
        START_SCIM_SERVER(server, { u"--expire-after"_s, u"1"_s });
        ScimConnection connection;
        connection.baseUrl = server.baseUrl();
        connection.username = server.user();
        connection.secret = server.password();
        {
            ScimMailboxService first(connection);
            // One request is accepted; discovery's second is refused.
            const Outcome connected = await(first.connectToServer());
            QVERIFY(!connected.ok());
            QCOMPARE(connected.error().code(), Code::SessionExpired);
        }
        ScimMailboxService second(connection);
        const Outcome connected = await(second.connectToServer());
        QCOMPARE(connected.error().code(), Code::SessionExpired);
        // A password that is wrong still reads as one.
        connection.secret = u"sbagliata"_s;
        ScimMailboxService wrong(connection);
        QCOMPARE(await(wrong.connectToServer()).error().code(), Code::AuthenticationRequired);
        // And a token that is refused speaks of the token.
        connection.auth = ScimConnection::Bearer;
        ScimMailboxService bearer(connection);
        const Outcome refused = await(bearer.connectToServer());
        QCOMPARE(refused.error().code(), Code::AuthenticationRequired);
        QVERIFY2(refused.error().message().contains(u"token"_s), qPrintable(refused.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestScimAlt)
#include "tst_scimalt.moc"
