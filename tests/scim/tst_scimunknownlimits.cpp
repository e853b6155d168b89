// ScimMailboxService against a server without a Domain resource (tests/scim-server-alt
// --no-domain-resource), where the domains' limits and password policy are unknown: nothing
// but what holds for any mailbox is checked here, the import plan and the service agree, and
// the server's own refusal is what the caller gets.
#include "bulk/importer.h"
#include "bulk/importplanner.h"
#include "bulk/mailboxcsv.h"
#include "core/rules.h"
#include "scim/scimmailboxservice.h"
#include "support/await.h"
#include "support/scimserverprocess.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using Code = ServiceError::Code;

namespace {

ScimConnection connectionTo(const test::ScimServerProcess &server, const QStringList &domains)
{
    ScimConnection connection;
    connection.baseUrl = server.baseUrl();
    connection.username = server.user();
    connection.secret = server.password();
    connection.domains = domains;
    connection.timeoutMs = 20000;
    return connection;
}

NewMailbox newMailbox(const QString &name, const QString &password, qint64 quotaMb)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = u"pec.example.it"_s;
    mailbox.password = password;
    mailbox.quotaMb = quotaMb;
    return mailbox;
}

} // namespace

class TestScimUnknownLimits : public QObject
{
    Q_OBJECT

private:
    test::ScimServerProcess m_server { test::ScimServerProcess::Server::Alternative };
    std::unique_ptr<ScimMailboxService> m_service;

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = m_server.start({ u"--no-domain-resource"_s, u"--max-results"_s, u"25"_s });
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        m_service = std::make_unique<ScimMailboxService>(connectionTo(m_server, { u"pec.example.it"_s }));
        PECADMIN_VERIFY_OK(await(m_service->connectToServer()));
        QVERIFY(!m_service->capabilities().knowsDomainLimits);
    }

    void detailsSayTheLimitsAreUnknown()
    {
        const Result<DomainDetails> details = await(m_service->domainDetails(u"pec.example.it"_s));
        PECADMIN_VERIFY_OK(details);
        QVERIFY(!details.value().limitsKnown);
        QVERIFY(!details.value().domain.passwordPolicy.stated);
        QCOMPARE(details.value().mailboxCount, 1);
    }

    void createIsCheckedByTheServer()
    {
        // A password no stated policy here would accept, a quota above any made-up maximum.
        const Result<Mailbox> created = await(m_service->createMailbox(newMailbox(u"breve"_s, u"x1"_s, 300000)));
        PECADMIN_VERIFY_OK(created);
        QCOMPARE(created.value().quotaMb, 300000);
        QVERIFY(m_server.passwordMatches(u"breve@pec.example.it"_s, u"x1"_s));

        // What holds for any mailbox is still checked before the request.
        const Result<Mailbox> empty = await(m_service->createMailbox(newMailbox(u"vuota"_s, QString(), 10)));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().field(), u"password"_s);
    }

    void quotaAndPasswordAreCheckedByTheServer()
    {
        MailboxChange change;
        change.address = u"breve@pec.example.it"_s;
        change.quotaMb = 7;
        change.archiving = true;
        const Result<Mailbox> changed = await(m_service->changeMailbox(change));
        PECADMIN_VERIFY_OK(changed);
        QCOMPARE(changed.value().quotaMb, 7);
        QVERIFY(changed.value().archiving);

        const Result<Mailbox> reset = await(m_service->resetPassword(u"breve@pec.example.it"_s, QString(), u"ab"_s));
        PECADMIN_VERIFY_OK(reset);
        QVERIFY(m_server.passwordMatches(u"breve@pec.example.it"_s, u"ab"_s));
    }

    void theServersRefusalReachesTheCaller()
    {
        // A connection that names no domain: the server refuses a domain it does not serve.
        ScimMailboxService open(connectionTo(m_server, {}));
        NewMailbox mailbox = newMailbox(u"nessuno"_s, u"x"_s, 10);
        mailbox.domain = u"altrove.example.it"_s;
        const Result<Mailbox> refused = await(open.createMailbox(mailbox));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Code::Validation);
        QVERIFY2(refused.error().detail().contains(u"not in a domain of this provider"_s),
            qPrintable(refused.error().detail()));
    }

    void importOf120Rows()
    {
        QByteArray csv = "name;password;quota\n";
        for (int i = 1; i <= 120; ++i) {
            const QByteArray name = "riga" + QByteArray::number(i).rightJustified(3, '0');
            // Passwords that the "custom" policy would refuse, generated ones, default quotas.
            const QByteArray password = i % 3 == 0 ? QByteArray() : i % 3 == 1 ? "abc" : "solo lettere";
            const QByteArray quota = i % 2 == 0 ? QByteArray() : "4096";
            csv += name + ';' + password + ';' + quota + '\n';
        }
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Result<MailboxCsvFile> file = MailboxCsv::read(&buffer);
        PECADMIN_VERIFY_OK(file);

        ImportPlanner planner(*m_service);
        QSignalSpy planned(&planner, &ImportPlanner::finished);
        planner.start(u"pec.example.it"_s, file.takeValue());
        QVERIFY(planned.wait(60000));
        QVERIFY(!planner.error());
        ImportPlan plan = *planner.takePlan();
        QCOMPARE(plan.count(ImportRow::Status::Ready), 120);
        QCOMPARE(plan.rows.at(1).mailbox.quotaMb, rules::unstatedDefaultQuotaMb);
        QCOMPARE(plan.rows.at(0).mailbox.quotaMb, 4096);

        Importer importer(*m_service);
        QSignalSpy imported(&importer, &Importer::finished);
        importer.start(std::move(plan));
        QVERIFY(imported.wait(120000));
        QCOMPARE(importer.report().count(BulkReportEntry::Outcome::Done), 120);
        QVERIFY(!importer.report().stoppedBy);
        QVERIFY(m_server.passwordMatches(u"riga001@pec.example.it"_s, u"abc"_s));
        QVERIFY(m_server.passwordMatches(u"riga002@pec.example.it"_s, u"solo lettere"_s));
        // A generated password, as the report gives it once.
        const BulkReportEntry &generated = importer.report().entries.at(2);
        QVERIFY(!generated.password.isEmpty());
        QVERIFY(m_server.passwordMatches(generated.address, generated.password));
        importer.clearPasswords();

        const Result<DomainDetails> details = await(m_service->domainDetails(u"pec.example.it"_s));
        PECADMIN_VERIFY_OK(details);
        QCOMPARE(details.value().mailboxCount, 1 + 1 + 120);
    }
};

QTEST_GUILESS_MAIN(TestScimUnknownLimits)
#include "tst_scimunknownlimits.moc"
