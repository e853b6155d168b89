// ScimMailboxService against a real SCIM server: tests/scim-server (SCIMMY on Node.js),
// started here on 127.0.0.1 for each test.
#include "scim/scimmailboxservice.h"
#include "support/await.h"
#include "support/scimserverprocess.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using Code = ServiceError::Code;

namespace {

// A connection to `server`'s account, limited to `domains` when not empty.
ScimConnection connectionTo(const test::ScimServerProcess &server, const QStringList &domains = {})
{
    ScimConnection connection;
    connection.baseUrl = server.baseUrl();
    connection.username = server.user();
    connection.secret = server.password();
    connection.domains = domains;
    connection.timeoutMs = 20000;
    return connection;
}

NewMailbox newMailbox(const QString &name, qint64 quotaMb = 512, const QString &domain = u"pec.example.it"_s)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = domain;
    mailbox.password = u"Segreto1234"_s;
    mailbox.quotaMb = quotaMb;
    return mailbox;
}

} // namespace

class TestScimMailboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryWithDomainResource()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, {});
        ScimMailboxService service(connectionTo(server));
        QVERIFY(!service.isConnected());
        const Outcome connected = await(service.connectToServer());
        PECADMIN_VERIFY_OK(connected);
        QVERIFY(service.isConnected());
        QVERIFY(service.serverCapabilities().filter);
        QVERIFY(service.serverCapabilities().patch);
        QVERIFY(service.serverCapabilities().sort);
        QVERIFY(service.serverCapabilities().etag);
        QVERIFY(!service.serverCapabilities().bulk);
        QCOMPARE(service.serverCapabilities().maxResults, 200);
        QVERIFY(service.hasDomainResource());
        QVERIFY(service.capabilities().sortsWholeList);
        QVERIFY(!service.capabilities().addsDomains);
        QCOMPARE(service.location(), server.baseUrl().toString());

        const Result<QList<Domain>> domains = await(service.domains());
        PECADMIN_VERIFY_OK(domains);
        QCOMPARE(domains.value().size(), 2);
        QCOMPARE(domains.value().at(0).name, u"pec.example.it"_s);
        QCOMPARE(domains.value().at(0).maxMailboxes, 2000);
        QCOMPARE(domains.value().at(0).passwordPolicy, PasswordPolicy::poste());
        QCOMPARE(domains.value().at(1).name, u"studio.example.it"_s);
        QVERIFY(!domains.value().at(1).archivingAvailable);

        const Result<DomainDetails> details = await(service.domainDetails(u"pec.example.it"_s));
        PECADMIN_VERIFY_OK(details);
        QVERIFY(details.value().limitsKnown);
        QCOMPARE(details.value().domain.totalSpaceMb, 51200);
        QCOMPARE(details.value().domain.maxMailboxQuotaMb, 1024);
        QCOMPARE(details.value().mailboxCount, 1); // the postmaster
        QCOMPARE(details.value().allocatedMb, 100);

        const Result<DomainDetails> unknown = await(service.domainDetails(u"altro.example.it"_s));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), Code::NotFound);

        QCOMPARE(await(service.addDomain(Domain {})).error().code(), Code::Unsupported);
        QCOMPARE(await(service.addDemoDomain()).error().code(), Code::Unsupported);
    }

    void discoveryWithoutDomainResource()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, { u"--no-domains"_s, u"--seed"_s, u"25"_s });
        ScimMailboxService service(connectionTo(server, { u"PEC.example.it"_s }));
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        QVERIFY(!service.hasDomainResource());

        const Result<QList<Domain>> domains = await(service.domains());
        PECADMIN_VERIFY_OK(domains);
        QCOMPARE(domains.value().size(), 1);
        QCOMPARE(domains.value().at(0).name, u"pec.example.it"_s);

        // The count comes from a count=0 query; the limits are unknown and said so.
        const Result<DomainDetails> details = await(service.domainDetails(u"pec.example.it"_s));
        PECADMIN_VERIFY_OK(details);
        QVERIFY(!details.value().limitsKnown);
        QCOMPARE(details.value().mailboxCount, 26);
        QCOMPARE(details.value().domain.maxMailboxes, 0);
        QCOMPARE(details.value().domain.totalSpaceMb, 0);
        // Not a domain of the profile.
        QCOMPARE(await(service.domainDetails(u"studio.example.it"_s)).error().code(), Code::NotFound);

        // The server still says what a mailbox can be; creation works without known limits.
        const Result<Mailbox> created = await(service.createMailbox(newMailbox(u"anna.verdi"_s)));
        PECADMIN_VERIFY_OK(created);
        QCOMPARE(await(service.domainDetails(u"pec.example.it"_s)).value().mailboxCount, 27);
    }

    void everyOperation()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, {});
        ScimMailboxService service(connectionTo(server));
        // No explicit connectToServer(): the first operation connects.

        NewMailbox input = newMailbox(u"Mario.Rossi"_s, 512);
        input.softQuotaMb = 400;
        input.archiving = true;
        const Result<Mailbox> created = await(service.createMailbox(input));
        PECADMIN_VERIFY_OK(created);
        const Mailbox &mario = created.value();
        QCOMPARE(mario.address(), u"mario.rossi@pec.example.it"_s);
        QVERIFY(mario.enabled);
        QCOMPARE(mario.quotaMb, 512);
        QCOMPARE(mario.softQuotaMb, 400);
        QVERIFY(mario.archiving);
        QVERIFY(mario.mustChangePassword);
        QVERIFY(!mario.version.isEmpty());
        QVERIFY(mario.created.isValid());
        QVERIFY(server.passwordMatches(mario.address(), u"Segreto1234"_s));
        PECADMIN_VERIFY_OK(await(service.createMailbox(newMailbox(u"giulia.bianchi"_s, 256))));
        PECADMIN_VERIFY_OK(await(service.createMailbox(newMailbox(u"marco.romano"_s, 256))));

        // list: every mailbox of the domain, the postmaster too, by address
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        Result<MailboxPage> page = await(service.mailboxes(query));
        PECADMIN_VERIFY_OK(page);
        QStringList names;
        for (const Mailbox &mailbox : page.value().mailboxes)
            names.append(mailbox.name);
        QCOMPARE(names, (QStringList { u"giulia.bianchi"_s, u"marco.romano"_s, u"mario.rossi"_s, u"postmaster"_s }));
        QVERIFY(!page.value().hasMore);

        // search
        query.filter = u"ROSSI"_s;
        page = await(service.mailboxes(query));
        PECADMIN_VERIFY_OK(page);
        QCOMPARE(page.value().mailboxes.size(), 1);
        QCOMPARE(page.value().mailboxes.at(0).name, u"mario.rossi"_s);
        query.filter = u"mar"_s;
        query.sortOrder = Qt::DescendingOrder;
        page = await(service.mailboxes(query));
        PECADMIN_VERIFY_OK(page);
        QCOMPARE(page.value().mailboxes.size(), 2);
        QCOMPARE(page.value().mailboxes.at(0).name, u"mario.rossi"_s);

        // show
        Result<Mailbox> shown = await(service.mailbox(u"Mario.Rossi@pec.example.it"_s));
        PECADMIN_VERIFY_OK(shown);
        QCOMPARE(shown.value().version, mario.version);
        QCOMPARE(await(service.mailbox(u"nessuno@pec.example.it"_s)).error().code(), Code::NotFound);

        // disable, enable
        MailboxChange change;
        change.address = mario.address();
        change.version = mario.version;
        change.enabled = false;
        Result<Mailbox> changed = await(service.changeMailbox(change));
        PECADMIN_VERIFY_OK(changed);
        QVERIFY(!changed.value().enabled);
        QVERIFY(changed.value().version != mario.version);
        change = MailboxChange { mario.address(), changed.value().version, true, {}, {}, {} };
        changed = await(service.changeMailbox(change));
        PECADMIN_VERIFY_OK(changed);
        QVERIFY(changed.value().enabled);

        // quota, soft quota, archiving
        change = MailboxChange { mario.address(), changed.value().version, {}, 700, {}, {} };
        changed = await(service.changeMailbox(change));
        PECADMIN_VERIFY_OK(changed);
        QCOMPARE(changed.value().quotaMb, 700);
        change = MailboxChange { mario.address(), changed.value().version, {}, {}, 300, {} };
        changed = await(service.changeMailbox(change));
        PECADMIN_VERIFY_OK(changed);
        QCOMPARE(changed.value().softQuotaMb, 300);
        change = MailboxChange { mario.address(), changed.value().version, {}, {}, {}, false };
        changed = await(service.changeMailbox(change));
        PECADMIN_VERIFY_OK(changed);
        QVERIFY(!changed.value().archiving);
        QCOMPARE(changed.value().quotaMb, 700);
        QCOMPARE(changed.value().softQuotaMb, 300);

        // the domain's totals follow
        const Result<DomainDetails> details = await(service.domainDetails(u"pec.example.it"_s));
        PECADMIN_VERIFY_OK(details);
        QCOMPARE(details.value().mailboxCount, 4);
        QCOMPARE(details.value().allocatedMb, 100 + 700 + 256 + 256);

        // password reset: the server has the new password and the user must change it
        Result<Mailbox> reset = await(service.resetPassword(mario.address(), changed.value().version, u"Nuova12345"_s));
        PECADMIN_VERIFY_OK(reset);
        QVERIFY(reset.value().mustChangePassword);
        QVERIFY(reset.value().version != changed.value().version);
        QVERIFY(server.passwordMatches(mario.address(), u"Nuova12345"_s));
        QVERIFY(!server.passwordMatches(mario.address(), u"Segreto1234"_s));
        // refused by the domain's policy (Poste: letters and digits only) before anything is sent
        const Result<Mailbox> weak = await(service.resetPassword(mario.address(), {}, u"corta"_s));
        QCOMPARE(weak.error().code(), Code::Validation);
        QVERIFY(server.passwordMatches(mario.address(), u"Nuova12345"_s));

        // delete
        const Outcome deleted = await(service.deleteMailbox(mario.address(), reset.value().version));
        PECADMIN_VERIFY_OK(deleted);
        QCOMPARE(await(service.mailbox(mario.address())).error().code(), Code::NotFound);
        QCOMPARE(await(service.deleteMailbox(mario.address(), {})).error().code(), Code::NotFound);
    }

    void rulesAreAppliedBeforeSending()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, {});
        ScimMailboxService service(connectionTo(server));
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        const QString postmaster = u"postmaster@pec.example.it"_s;
        const Result<Mailbox> current = await(service.mailbox(postmaster));
        PECADMIN_VERIFY_OK(current);

        MailboxChange disable { postmaster, current.value().version, false, {}, {}, {} };
        QCOMPARE(await(service.changeMailbox(disable)).error().code(), Code::Protected);
        QCOMPARE(await(service.resetPassword(postmaster, {}, u"Segreto1234"_s)).error().code(), Code::Protected);
        QCOMPARE(await(service.deleteMailbox(postmaster, {})).error().code(), Code::Protected);
        QCOMPARE(await(service.createMailbox(newMailbox(u"postmaster"_s))).error().code(), Code::AlreadyExists);
        // Nothing changed on the server.
        const Result<Mailbox> after = await(service.mailbox(postmaster));
        QCOMPARE(after.value().version, current.value().version);
        QVERIFY(after.value().enabled);

        // The domain's limits, as the Domain resource states them.
        QCOMPARE(await(service.createMailbox(newMailbox(u"grande"_s, 2048))).error().code(), Code::Validation);
        NewMailbox soft = newMailbox(u"soglia"_s, 100);
        soft.softQuotaMb = 200;
        QCOMPARE(await(service.createMailbox(soft)).error().code(), Code::Validation);
        NewMailbox archived = newMailbox(u"archivio"_s, 100, u"studio.example.it"_s);
        archived.password = u"Segreto1234!"_s;
        archived.archiving = true;
        QCOMPARE(await(service.createMailbox(archived)).error().code(), Code::Validation);
        NewMailbox badName = newMailbox(u"mario rossi"_s);
        QCOMPARE(await(service.createMailbox(badName)).error().code(), Code::Validation);
        // studio.example.it holds at most 5 mailboxes, the postmaster one of them.
        for (int i = 1; i <= 4; ++i) {
            NewMailbox mailbox = newMailbox(u"socio"_s + QString::number(i), 100, u"studio.example.it"_s);
            mailbox.password = u"Segreto1234!"_s;
            PECADMIN_VERIFY_OK(await(service.createMailbox(mailbox)));
        }
        NewMailbox sixth = newMailbox(u"socio5"_s, 100, u"studio.example.it"_s);
        sixth.password = u"Segreto1234!"_s;
        QCOMPARE(await(service.createMailbox(sixth)).error().code(), Code::MailboxLimitReached);
    }

    void duplicateCreate()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, {});
        ScimMailboxService service(connectionTo(server));
        PECADMIN_VERIFY_OK(await(service.createMailbox(newMailbox(u"mario.rossi"_s))));
        const Result<Mailbox> again = await(service.createMailbox(newMailbox(u"MARIO.ROSSI"_s)));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), Code::AlreadyExists);
        QVERIFY(again.error().detail().contains(u"409"_s));
    }

    void conflictingUpdate()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, {});
        ScimMailboxService mine(connectionTo(server));
        ScimMailboxService theirs(connectionTo(server));
        const Result<Mailbox> created = await(mine.createMailbox(newMailbox(u"luca.ferrari"_s, 256)));
        PECADMIN_VERIFY_OK(created);
        const Mailbox seen = created.value();

        // Someone else changes the quota meanwhile.
        const Result<Mailbox> theirChange
            = await(theirs.changeMailbox(MailboxChange { seen.address(), seen.version, {}, 900, {}, {} }));
        PECADMIN_VERIFY_OK(theirChange);

        // A change from the stale view is refused, not applied.
        const Result<Mailbox> stale
            = await(mine.changeMailbox(MailboxChange { seen.address(), seen.version, false, 128, {}, {} }));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code(), Code::Conflict);
        QVERIFY(stale.error().message().contains(u"changed by someone else meanwhile"_s));
        QCOMPARE(await(mine.deleteMailbox(seen.address(), seen.version)).error().code(), Code::Conflict);
        QCOMPARE(
            await(mine.resetPassword(seen.address(), seen.version, u"Nuova12345"_s)).error().code(), Code::Conflict);

        // The fresh values can be read, and a change from them goes through.
        const Result<Mailbox> fresh = await(mine.mailbox(seen.address()));
        PECADMIN_VERIFY_OK(fresh);
        QCOMPARE(fresh.value().quotaMb, 900);
        QVERIFY(fresh.value().enabled);
        QCOMPARE(fresh.value().version, theirChange.value().version);
        const Result<Mailbox> retried
            = await(mine.changeMailbox(MailboxChange { seen.address(), fresh.value().version, false, {}, {}, {} }));
        PECADMIN_VERIFY_OK(retried);
        QVERIFY(!retried.value().enabled);
    }

    void pagingOverAThousandMailboxes()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, { u"--seed"_s, u"1000"_s });
        ScimMailboxService service(connectionTo(server));
        PECADMIN_VERIFY_OK(await(service.connectToServer()));

        // By address, 150 at a time, each page after the last one of the previous page: the
        // server's maxResults (200) is above that, so every page is full.
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        query.limit = 150;
        QStringList all;
        int pages = 0;
        for (;;) {
            const Result<MailboxPage> page = await(service.mailboxes(query));
            PECADMIN_VERIFY_OK(page);
            ++pages;
            for (const Mailbox &mailbox : page.value().mailboxes)
                all.append(mailbox.name);
            if (!page.value().hasMore)
                break;
            QCOMPARE(page.value().mailboxes.size(), 150);
            query.after = page.value().mailboxes.constLast();
            QVERIFY(pages < 20);
        }
        QCOMPARE(pages, 7);
        QCOMPARE(all.size(), 1001);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 1001);
        QStringList sorted = all;
        sorted.sort();
        QCOMPARE(all, sorted);
        QCOMPARE(all.constFirst(), u"postmaster"_s);
        QCOMPARE(all.constLast(), u"user1000"_s);

        // More than the server gives at once: the page is filled with several requests.
        query.after.reset();
        query.limit = 500;
        const Result<MailboxPage> filled = await(service.mailboxes(query));
        PECADMIN_VERIFY_OK(filled);
        QCOMPARE(filled.value().mailboxes.size(), 500);
        QVERIFY(filled.value().hasMore);

        // By quota, largest first, sorted by the server across pages.
        query = MailboxQuery {};
        query.domain = u"pec.example.it"_s;
        query.sortColumn = MailboxColumn::Quota;
        query.sortOrder = Qt::DescendingOrder;
        query.limit = 200;
        QList<qint64> quotas;
        for (;;) {
            const Result<MailboxPage> page = await(service.mailboxes(query));
            PECADMIN_VERIFY_OK(page);
            for (const Mailbox &mailbox : page.value().mailboxes)
                quotas.append(mailbox.quotaMb);
            if (!page.value().hasMore)
                break;
            query.after = page.value().mailboxes.constLast();
        }
        QCOMPARE(quotas.size(), 1001);
        QVERIFY(std::is_sorted(quotas.crbegin(), quotas.crend()));
        QCOMPARE(quotas.constFirst(), 100); // the postmaster's
        QCOMPARE(quotas.constLast(), 10);

        // A filter: user0900 … user0999 by name, the postmaster excluded.
        query = MailboxQuery {};
        query.domain = u"pec.example.it"_s;
        query.filter = u"user09"_s;
        query.limit = 60;
        QStringList filtered;
        for (;;) {
            const Result<MailboxPage> page = await(service.mailboxes(query));
            PECADMIN_VERIFY_OK(page);
            for (const Mailbox &mailbox : page.value().mailboxes)
                filtered.append(mailbox.name);
            if (!page.value().hasMore)
                break;
            query.after = page.value().mailboxes.constLast();
        }
        QCOMPARE(filtered.size(), 100);
        QCOMPARE(filtered.constFirst(), u"user0900"_s);
        QCOMPARE(filtered.constLast(), u"user0999"_s);

        // A mailbox added before the next page meanwhile does not repeat the last row.
        query = MailboxQuery {};
        query.domain = u"pec.example.it"_s;
        query.limit = 100;
        const Result<MailboxPage> first = await(service.mailboxes(query));
        PECADMIN_VERIFY_OK(first);
        PECADMIN_VERIFY_OK(await(service.createMailbox(newMailbox(u"aaa.nuovo"_s, 10))));
        query.after = first.value().mailboxes.constLast();
        const Result<MailboxPage> second = await(service.mailboxes(query));
        PECADMIN_VERIFY_OK(second);
        QVERIFY(second.value().mailboxes.constFirst().name > first.value().mailboxes.constLast().name);
    }

    void sortsLocallyWhereTheServerCannot()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, { u"--no-sort"_s, u"--seed"_s, u"30"_s });
        ScimMailboxService service(connectionTo(server));
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        QVERIFY(!service.serverCapabilities().sort);
        // The list is read whole and sorted here: every order holds across pages.
        QVERIFY(service.capabilities().sortsWholeList);
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        query.sortColumn = MailboxColumn::Quota;
        query.sortOrder = Qt::DescendingOrder;
        query.limit = 100;
        const Result<MailboxPage> page = await(service.mailboxes(query));
        PECADMIN_VERIFY_OK(page);
        QCOMPARE(page.value().mailboxes.size(), 31);
        QList<qint64> quotas;
        for (const Mailbox &mailbox : page.value().mailboxes)
            quotas.append(mailbox.quotaMb);
        QVERIFY(std::is_sorted(quotas.crbegin(), quotas.crend()));
    }

    void withoutEtagNoIfMatch()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, { u"--no-etag"_s });
        ScimMailboxService service(connectionTo(server));
        const Result<Mailbox> created = await(service.createMailbox(newMailbox(u"sara.marino"_s)));
        PECADMIN_VERIFY_OK(created);
        QVERIFY(!service.serverCapabilities().etag);
        QVERIFY(created.value().version.isEmpty());
        const Result<Mailbox> changed
            = await(service.changeMailbox(MailboxChange { created.value().address(), {}, {}, 300, {}, {} }));
        PECADMIN_VERIFY_OK(changed);
        QCOMPARE(changed.value().quotaMb, 300);
        PECADMIN_VERIFY_OK(await(service.deleteMailbox(created.value().address(), {})));
    }

    void wrongCredentials()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, {});
        ScimConnection connection = connectionTo(server);
        connection.secret = u"not-the-password"_s;
        ScimMailboxService service(connection);
        QSignalSpy expired(&service, &ScimMailboxService::sessionExpired);
        const Outcome connected = await(service.connectToServer());
        QVERIFY(!connected.ok());
        QCOMPARE(connected.error().code(), Code::AuthenticationRequired);
        QCOMPARE(expired.count(), 0);
        QVERIFY(!connected.error().detail().contains(u"not-the-password"_s));

        service.setCredentials(server.user(), server.password());
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
    }

    void sessionExpiresAndResumes()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, {});
        ScimMailboxService service(connectionTo(server));
        QSignalSpy expired(&service, &ScimMailboxService::sessionExpired);
        PECADMIN_VERIFY_OK(await(service.connectToServer()));

        // The server stops accepting the credentials: the session has expired.
        server.control("POST", u"password"_s, QJsonObject { { u"password"_s, u"rotated-secret"_s } });
        const Result<Mailbox> interrupted = await(service.createMailbox(newMailbox(u"elena.conti"_s)));
        QVERIFY(!interrupted.ok());
        QCOMPARE(interrupted.error().code(), Code::SessionExpired);
        QCOMPARE(expired.count(), 1);

        // A wrong password is refused by the check of reauthenticate(), which asks the server.
        const Outcome wrong = await(service.reauthenticate(server.user(), u"still-wrong"_s));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code(), Code::AuthenticationRequired);

        // Signed in again, the interrupted operation is retried and succeeds.
        PECADMIN_VERIFY_OK(await(service.reauthenticate(server.user(), u"rotated-secret"_s)));
        const Result<Mailbox> retried = await(service.createMailbox(newMailbox(u"elena.conti"_s)));
        PECADMIN_VERIFY_OK(retried);
        QCOMPARE(expired.count(), 1);
    }

    // Several requests are in flight when the session ends: each one that was sent while the
    // session worked says that it expired, whichever refusal is read first (the one read second
    // used to be told the password was wrong, and its dialog gave up instead of waiting). So
    // does a request sent after those refusals, with the same credentials: the sign-in is open
    // and it must wait for it (in the window, a refresh of the list is often the first request
    // refused, and the creation sent after it used to read as a wrong password).
    void sessionExpiresForEveryRequestInFlightAndAfter()
    {
        test::ScimServerProcess server;
        START_SCIM_SERVER(server, {});
        ScimMailboxService service(connectionTo(server));
        PECADMIN_VERIFY_OK(await(service.connectToServer()));

        server.control("POST", u"password"_s, QJsonObject { { u"password"_s, u"rotated-secret"_s } });
        QList<QFuture<Result<Mailbox>>> inFlight;
        for (const QString &name : { u"primo.volo"_s, u"secondo.volo"_s, u"terzo.volo"_s })
            inFlight.append(service.createMailbox(newMailbox(name)));
        for (QFuture<Result<Mailbox>> &request : inFlight) {
            const Result<Mailbox> refused = await(request);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code(), Code::SessionExpired);
        }
        const Result<Mailbox> after = await(service.createMailbox(newMailbox(u"quarto.dopo"_s)));
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code(), Code::SessionExpired);

        // New credentials that are wrong are refused as such, and the right ones go on.
        const Outcome wrong = await(service.reauthenticate(server.user(), u"still-wrong"_s));
        QCOMPARE(wrong.error().code(), Code::AuthenticationRequired);
        PECADMIN_VERIFY_OK(await(service.reauthenticate(server.user(), u"rotated-secret"_s)));
        PECADMIN_VERIFY_OK(await(service.createMailbox(newMailbox(u"quarto.dopo"_s))));
    }
};

QTEST_GUILESS_MAIN(TestScimMailboxService)
#include "tst_scimmailboxservice.moc"
