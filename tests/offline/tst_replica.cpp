// The copy of a remote connection for offline work: made from the real SCIM test server (or,
// with PECADMIN_TEST_BACKEND=postgresql, from a database on the throwaway PostgreSQL server),
// read while the server is gone, holding no password and no hash; the domains' writes refused.
#include "connection/connector.h"
#include "core/replica.h"
#include "support/await.h"
#include "support/filebytes.h"
#include "support/offlineremote.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using Code = ServiceError::Code;

namespace {

const QString domainName = u"pec.example.it"_s;
const QString secretPassword = u"SegretaCopia7431"_s;

NewMailbox newMailbox(const QString &name, qint64 quotaMb)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = domainName;
    mailbox.password = secretPassword;
    mailbox.quotaMb = quotaMb;
    return mailbox;
}

QList<Mailbox> allMailboxes(MailboxService &service, MailboxColumn column = MailboxColumn::Address,
    Qt::SortOrder order = Qt::AscendingOrder, const QString &filter = {})
{
    MailboxQuery query;
    query.domain = domainName;
    query.limit = 1000;
    query.sortColumn = column;
    query.sortOrder = order;
    query.filter = filter;
    const Result<MailboxPage> page = await(service.mailboxes(query));
    if (!page.ok())
        return {};
    return page.value().mailboxes;
}

QStringList addresses(const QList<Mailbox> &mailboxes)
{
    QStringList list;
    for (const Mailbox &mailbox : mailboxes)
        list.append(mailbox.address());
    return list;
}

} // namespace

class TestReplica : public QObject
{
    Q_OBJECT

private:
    test::OfflineRemote m_fixture;
    test::ScimServerProcess &m_server = m_fixture.server();
    ConnectionProfile &m_profile = m_fixture.profile();
    QString &m_secret = m_fixture.secret();
    std::shared_ptr<MailboxService> &m_remote = m_fixture.remote();

    bool copyInto(const std::shared_ptr<Replica> &replica) { return m_fixture.copyInto(replica); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = m_fixture.start({ u"--seed"_s, u"30"_s }, u"Provider/PEC: prova"_s,
            u"Database condiviso"_s, test::OfflineRemote::domain(domainName, 5000, 50, 1000));
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        for (const QString &name : { u"anna.copia"_s, u"bruno.copia"_s, u"carla.copia"_s })
            PECADMIN_VERIFY_OK(await(m_remote->createMailbox(newMailbox(name, 20 + name.size()))));
        MailboxChange disable;
        disable.address = u"bruno.copia@"_s + domainName;
        disable.enabled = false;
        PECADMIN_VERIFY_OK(await(m_remote->changeMailbox(disable)));
    }

    void theCopyHoldsWhatTheServerHolds()
    {
        QVERIFY(m_profile.keepsOfflineCopy()); // on by default for a remote connection
        QVERIFY(!Connector::hasReplica(m_profile));
        auto opened = await(Connector::openReplica(m_profile));
        PECADMIN_VERIFY_OK(opened);
        std::shared_ptr<Replica> replica = opened.value();
        QVERIFY(Connector::hasReplica(m_profile));
        QVERIFY(Connector::replicaPath(m_profile.name).endsWith(u".sqlite"_s));
        QVERIFY(!await(replica->copiedAt()).value().isValid());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(copyInto(replica));
        const QDateTime copied = await(replica->copiedAt()).value();
        QVERIFY(copied >= before);

        const Result<DomainDetails> remoteDetails = await(m_remote->domainDetails(domainName));
        const Result<DomainDetails> copyDetails = await(replica->domainDetails(domainName));
        PECADMIN_VERIFY_OK(remoteDetails);
        PECADMIN_VERIFY_OK(copyDetails);
        QCOMPARE(copyDetails.value().mailboxCount, remoteDetails.value().mailboxCount);
        QCOMPARE(copyDetails.value().limitsKnown, remoteDetails.value().limitsKnown);
        QCOMPARE(copyDetails.value().domain.maxMailboxes, remoteDetails.value().domain.maxMailboxes);
        QCOMPARE(copyDetails.value().domain.totalSpaceMb, remoteDetails.value().domain.totalSpaceMb);
        QCOMPARE(copyDetails.value().allocatedMb, remoteDetails.value().allocatedMb);
        QCOMPARE(copyDetails.value().domain.passwordPolicy.stated, remoteDetails.value().domain.passwordPolicy.stated);

        const QList<Mailbox> remote = allMailboxes(*m_remote);
        const QList<Mailbox> copy = allMailboxes(*replica);
        QVERIFY(remote.size() >= 4);
        QCOMPARE(addresses(copy), addresses(remote));
        for (qsizetype i = 0; i < remote.size(); ++i) {
            const Mailbox &a = remote.at(i);
            const Mailbox &b = copy.at(i);
            QCOMPARE(b.version, a.version);
            QCOMPARE(b.enabled, a.enabled);
            QCOMPARE(b.quotaMb, a.quotaMb);
            QCOMPARE(b.usedBytes, a.usedBytes);
            QCOMPARE(b.usageKnown(), a.usageKnown());
            QCOMPARE(b.archiving, a.archiving);
            QCOMPARE(b.created.toSecsSinceEpoch(), a.created.toSecsSinceEpoch());
        }
        const Result<Mailbox> one = await(replica->mailbox(u"bruno.copia@"_s + domainName));
        PECADMIN_VERIFY_OK(one);
        QVERIFY(!one.value().enabled);
        QCOMPARE(one.value().version, await(m_remote->mailbox(u"bruno.copia@"_s + domainName)).value().version);
    }

    void theCopyHoldsNoPassword()
    {
        const QByteArray bytes = test::sqliteFileBytes(Connector::replicaPath(m_profile.name));
        QVERIFY(!bytes.isEmpty());
        for (const QString &password : { secretPassword, m_secret, u"Seeded0pass"_s, u"Postmaster0pass"_s }) {
            if (!password.isEmpty())
                QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(password));
        }
        QVERIFY(!bytes.contains("$argon2"));
        QStringList rows;
        QVERIFY(test::runOn(StoreLocation::sqliteFile(Connector::replicaPath(m_profile.name)),
            u"SELECT COUNT(*) FROM mailboxes WHERE password_hash <> ''"_s, &rows));
        QCOMPARE(rows, QStringList { u"0"_s });
        // The copy's own writes leave no history; a SCIM connection's file keeps what was sent to
        // the server: the three creations and the change of initTestCase (docs/AUDIT.md).
        QVERIFY(test::runOn(StoreLocation::sqliteFile(Connector::replicaPath(m_profile.name)),
            u"SELECT COUNT(*) FROM history"_s, &rows));
        QCOMPARE(rows.last(), test::onPostgreSql() ? u"0"_s : u"4"_s);
    }

    void aSecondCopyFollowsTheServer()
    {
        MailboxChange change;
        change.address = u"anna.copia@"_s + domainName;
        change.quotaMb = 77;
        PECADMIN_VERIFY_OK(await(m_remote->changeMailbox(change)));
        const Result<Mailbox> changed = await(m_remote->mailbox(change.address));
        PECADMIN_VERIFY_OK(await(m_remote->deleteMailbox(u"carla.copia@"_s + domainName, QString())));
        auto opened = await(Connector::openReplica(m_profile));
        PECADMIN_VERIFY_OK(opened);
        QVERIFY(copyInto(opened.value()));
        const Result<Mailbox> copied = await(opened.value()->mailbox(change.address));
        PECADMIN_VERIFY_OK(copied);
        QCOMPARE(copied.value().quotaMb, 77);
        QCOMPARE(copied.value().version, changed.value().version);
        const Result<Mailbox> gone = await(opened.value()->mailbox(u"carla.copia@"_s + domainName));
        QCOMPARE(gone.error().code(), Code::NotFound);
        QCOMPARE(addresses(allMailboxes(*opened.value())), addresses(allMailboxes(*m_remote)));
    }

    void withTheServerGoneTheCopyIsRead()
    {
        const QList<Mailbox> before = allMailboxes(*m_remote);
        const qsizetype domainCount = await(m_remote->domains()).value().size();
        m_remote.reset();
        ConnectionProfile unreachable = m_profile;
        if (test::onPostgreSql()) {
            unreachable.port = 1; // nothing listens there
        } else {
            m_server.stop();
        }
        const auto refused = await(Connector::connect(unreachable, unreachable.user, m_secret));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Code::Network);

        auto opened = await(Connector::openReplica(m_profile));
        PECADMIN_VERIFY_OK(opened);
        Replica &replica = *opened.value();
        QCOMPARE(addresses(allMailboxes(replica)), addresses(before));
        // Search and sort on the copy.
        QCOMPARE(addresses(allMailboxes(replica, MailboxColumn::Address, Qt::AscendingOrder, u"COPIA"_s)),
            (QStringList { u"anna.copia@"_s + domainName, u"bruno.copia@"_s + domainName }));
        const QList<Mailbox> byQuota = allMailboxes(replica, MailboxColumn::Quota, Qt::DescendingOrder);
        QCOMPARE(byQuota.constFirst().quotaMb, std::max_element(before.cbegin(), before.cend(), [](auto &a, auto &b) {
            return a.quotaMb < b.quotaMb;
        })->quotaMb);
        const Result<QList<Domain>> domains = await(replica.domains());
        PECADMIN_VERIFY_OK(domains);
        QCOMPARE(domains.value().size(), domainCount);

        // Without a key from the keyring, the writes that carry a password are refused, with a
        // message that says why; the domains' own changes always are. The others go into the
        // journal (tst_journal) and can be cancelled.
        const Result<Mailbox> created = await(replica.createMailbox(newMailbox(u"nuova"_s, 10)));
        QCOMPARE(created.error().code(), Code::Unsupported);
        QVERIFY(created.error().message().contains(u"keyring"_s));
        MailboxChange change;
        change.address = u"anna.copia@"_s + domainName;
        change.enabled = false;
        QCOMPARE(
            await(replica.resetPassword(change.address, QString(), secretPassword)).error().code(), Code::Unsupported);
        Domain domain;
        domain.name = domainName;
        const Result<DomainDetails> changedDomain = await(replica.changeDomain(domain));
        QCOMPARE(changedDomain.error().code(), Code::Unsupported);
        QVERIFY(changedDomain.error().message().contains(u"offline"_s));
        const Result<Mailbox> pending = await(replica.changeMailbox(change));
        PECADMIN_VERIFY_OK(pending);
        QVERIFY(pending.value().pending);
        PECADMIN_VERIFY_OK(await(replica.cancelAll()));
        QVERIFY(allMailboxes(replica).constFirst().enabled == before.constFirst().enabled);
        QVERIFY(!allMailboxes(replica).constFirst().pending);
    }

    void unknownLimitsStayUnknown()
    {
        if (test::onPostgreSql())
            QSKIP("A database always states its limits; this is about a SCIM server without Domain resources.");
        test::ScimServerProcess alternative(test::ScimServerProcess::Server::Alternative);
        const QString failure = alternative.start({ u"--no-domain-resource"_s });
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        ConnectionProfile profile;
        profile.name = u"senza limiti"_s;
        profile.kind = ConnectionProfile::Kind::Scim;
        profile.baseUrl = alternative.baseUrl();
        profile.user = alternative.user();
        profile.domains = { domainName };
        auto connected = await(Connector::connect(profile, profile.user, alternative.password()));
        PECADMIN_VERIFY_OK(connected);
        m_remote = connected.value();
        auto opened = await(Connector::openReplica(profile));
        PECADMIN_VERIFY_OK(opened);
        QVERIFY(copyInto(opened.value()));
        const Result<DomainDetails> details = await(opened.value()->domainDetails(domainName));
        PECADMIN_VERIFY_OK(details);
        QVERIFY(!details.value().limitsKnown);
        QVERIFY(!details.value().domain.passwordPolicy.stated);
        QCOMPARE(details.value().mailboxCount, await(m_remote->domainDetails(domainName)).value().mailboxCount);
        m_remote.reset();
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "tst_replica.moc"
