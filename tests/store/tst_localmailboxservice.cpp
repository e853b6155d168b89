#include "local/localmailboxservice.h"
#include "local/passwordhash.h"
#include "support/await.h"
#include "teststorebackend.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;

namespace {

using Code = ServiceError::Code;

Domain testDomain()
{
    Domain domain;
    domain.name = u"pec.test.it"_s;
    domain.totalSpaceMb = 4096;
    domain.maxMailboxes = 10;
    domain.maxMailboxQuotaMb = 1024;
    return domain;
}

} // namespace

class TestLocalMailboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void openAndOperate();
    void openFailsOnGarbage();
    void changeDomainWithinUsage();
    void removeDomainOnlyWhenEmpty();
    void continuationRunsOnContextThread();
    void workRunsOffTheCallingThread();
    void destructionRunsPendingWork();

private:
    // The file by its path, or the test's database on the PostgreSQL server.
    QFuture<Result<std::shared_ptr<LocalMailboxService>>> openService() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<test::TestStores> m_stores;
    StoreLocation m_server;
};

void TestLocalMailboxService::initTestCase()
{
    QString error;
    QVERIFY2(test::TestStores::serverReady(&error), qPrintable(error));
}

void TestLocalMailboxService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"store.sqlite"_s);
    m_stores = std::make_unique<test::TestStores>();
    if (test::onPostgreSql()) {
        m_server = m_stores->newLocation();
        m_server.password = u"Sgr3to!x"_s; // the test server trusts local connections
    }
}

QFuture<Result<std::shared_ptr<LocalMailboxService>>> TestLocalMailboxService::openService() const
{
    return test::onPostgreSql() ? LocalMailboxService::open(m_server) : LocalMailboxService::open(m_path);
}

void TestLocalMailboxService::openAndOperate()
{
    auto opened = await(openService());
    QVERIFY(opened);
    std::shared_ptr<LocalMailboxService> service = opened.value();
    if (test::onPostgreSql()) {
        QCOMPARE(service->location(),
            u"postgresql://%1@%2:%3/%4"_s.arg(m_server.user, m_server.host).arg(m_server.port).arg(m_server.database));
        QVERIFY(!service->location().contains(u"Sgr3to"_s));
    } else {
        QCOMPARE(service->location(), QFileInfo(m_path).absoluteFilePath());
    }
    QVERIFY(service->capabilities().addsDomains);

    QVERIFY(await(service->addDomain(testDomain())));
    QCOMPARE(await(service->domains()).value().size(), 1);

    NewMailbox input;
    input.name = u"mario.rossi"_s;
    input.domain = u"pec.test.it"_s;
    input.password = u"Segreto2024ab"_s;
    input.quotaMb = 512;
    const Result<Mailbox> created = await(service->createMailbox(input));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message() + u' ' + created.error().detail()));
    QCOMPARE(await(service->createMailbox(input)).error().code(), Code::AlreadyExists);

    MailboxChange change;
    change.address = created.value().address();
    change.version = created.value().version;
    change.enabled = false;
    const Result<Mailbox> changed = await(service->changeMailbox(change));
    QVERIFY(changed);
    QCOMPARE(await(service->changeMailbox(change)).error().code(), Code::Conflict);

    const Result<Mailbox> reset
        = await(service->resetPassword(change.address, changed.value().version, u"NuovaPass77"_s));
    QVERIFY(reset);

    MailboxQuery query;
    query.domain = u"pec.test.it"_s;
    const Result<MailboxPage> page = await(service->mailboxes(query));
    QVERIFY(page);
    QCOMPARE(page.value().mailboxes.size(), 2);

    QCOMPARE(await(service->domainDetails(u"pec.test.it"_s)).value().mailboxCount, 2);
    QVERIFY(await(service->deleteMailbox(change.address, reset.value().version)));
    QCOMPARE(await(service->mailbox(change.address)).error().code(), Code::NotFound);

    const Result<DomainDetails> demo = await(service->addDemoDomain());
    QVERIFY(demo);
    QCOMPARE(await(service->domains()).value().size(), 2);
}

void TestLocalMailboxService::changeDomainWithinUsage()
{
    std::shared_ptr<LocalMailboxService> service = await(openService()).value();
    QVERIFY(service);
    Domain domain = testDomain();
    domain.archivingAvailable = true;
    QVERIFY(await(service->addDomain(domain)));
    NewMailbox input;
    input.name = u"mario.rossi"_s;
    input.domain = domain.name;
    input.password = u"Segreto2024ab"_s;
    input.quotaMb = 800;
    input.archiving = true;
    QVERIFY(await(service->createMailbox(input)));

    // The postmaster (1024 MB) and mario.rossi (800 MB, archiving): 2 mailboxes, 1824 MB.
    const Result<DomainDetails> before = await(service->domainDetails(domain.name));
    QVERIFY(before);
    QCOMPARE(before.value().mailboxCount, 2);
    QCOMPARE(before.value().allocatedMb, 1824);
    QCOMPARE(before.value().largestQuotaMb, 1024);
    QVERIFY(before.value().archivingInUse);

    const auto refusedOn = [&](const Domain &changed) {
        const Result<DomainDetails> result = await(service->changeDomain(changed));
        return result ? QString() : result.error().field();
    };
    Domain smaller = domain;
    smaller.totalSpaceMb = 1823;
    QCOMPARE(refusedOn(smaller), u"space"_s);
    smaller = domain;
    smaller.maxMailboxes = 1;
    QCOMPARE(refusedOn(smaller), u"maxMailboxes"_s);
    smaller = domain;
    smaller.maxMailboxQuotaMb = 1000;
    QCOMPARE(refusedOn(smaller), u"maxQuota"_s);
    smaller = domain;
    smaller.archivingAvailable = false;
    QCOMPARE(refusedOn(smaller), u"archiving"_s);
    smaller = domain;
    smaller.passwordPolicy.minLength = 2;
    QCOMPARE(refusedOn(smaller), u"passwordPolicy"_s);
    // Nothing of the refused changes was written.
    QCOMPARE(await(service->domainDetails(domain.name)).value().domain.totalSpaceMb, domain.totalSpaceMb);

    // Exactly what the mailboxes use, and a custom policy: accepted and kept.
    Domain tight = domain;
    tight.name = u"PEC.Test.it"_s;
    tight.totalSpaceMb = 1824;
    tight.maxMailboxes = 2;
    tight.maxMailboxQuotaMb = 1024;
    tight.passwordPolicy = PasswordPolicy::custom();
    tight.passwordPolicy.minLength = 12;
    tight.passwordPolicy.allowedSymbols = u"!?"_s;
    tight.passwordPolicy.forbidMailboxName = true;
    const Result<DomainDetails> changed = await(service->changeDomain(tight));
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message()));
    QCOMPARE(changed.value().domain.name, domain.name);
    const Result<DomainDetails> after = await(service->domainDetails(domain.name));
    QCOMPARE(after.value().domain.totalSpaceMb, 1824);
    QCOMPARE(after.value().domain.maxMailboxes, 2);
    QCOMPARE(after.value().domain.passwordPolicy.minLength, 12);
    QCOMPARE(after.value().domain.passwordPolicy.allowedSymbols, u"!?"_s);
    QVERIFY(after.value().domain.passwordPolicy.forbidMailboxName);
    QCOMPARE(after.value().mailboxCount, 2);

    // The new limits bind: the domain is full, and the new policy applies to new passwords.
    NewMailbox another = input;
    another.name = u"giulia"_s;
    another.quotaMb = 1;
    another.archiving = false;
    QCOMPARE(await(service->createMailbox(another)).error().code(), Code::MailboxLimitReached);
    const Result<Mailbox> reset = await(service->resetPassword(u"mario.rossi@pec.test.it"_s, QString(), u"Corta1"_s));
    QCOMPARE(reset.error().field(), u"password"_s);

    Domain missing = domain;
    missing.name = u"altro.test.it"_s;
    QCOMPARE(await(service->changeDomain(missing)).error().code(), Code::NotFound);
}

void TestLocalMailboxService::removeDomainOnlyWhenEmpty()
{
    std::shared_ptr<LocalMailboxService> service = await(openService()).value();
    QVERIFY(service);
    const Domain domain = testDomain();
    QVERIFY(await(service->addDomain(domain)));
    NewMailbox input;
    input.name = u"mario.rossi"_s;
    input.domain = domain.name;
    input.password = u"Segreto2024ab"_s;
    input.quotaMb = 100;
    QVERIFY(await(service->createMailbox(input)));

    const Outcome refused = await(service->removeDomain(domain.name));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Code::Protected);
    QVERIFY(refused.error().message().contains(u"pec.test.it"_s));
    QVERIFY(refused.error().message().contains(u"postmaster"_s));
    QCOMPARE(await(service->domains()).value().size(), 1);
    QVERIFY(await(service->mailbox(u"mario.rossi@pec.test.it"_s)));

    QVERIFY(await(service->deleteMailbox(u"mario.rossi@pec.test.it"_s, QString())));
    QVERIFY(await(service->removeDomain(u" PEC.test.it "_s)));
    QCOMPARE(await(service->domains()).value().size(), 0);
    QCOMPARE(await(service->domainDetails(domain.name)).error().code(), Code::NotFound);
    QCOMPARE(await(service->removeDomain(domain.name)).error().code(), Code::NotFound);

    // Its postmaster went with it: the same name can be added again, empty.
    QVERIFY(await(service->addDomain(domain)));
    QCOMPARE(await(service->domainDetails(domain.name)).value().mailboxCount, 1);
}

void TestLocalMailboxService::openFailsOnGarbage()
{
    PECADMIN_SQLITE_ONLY("the bytes of a file");
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto opened = await(openService());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Storage);
    QCOMPARE(QFileInfo(m_path).size(), 4096);
}

void TestLocalMailboxService::continuationRunsOnContextThread()
{
    std::shared_ptr<LocalMailboxService> service = await(openService()).value();
    QVERIFY(service);
    QObject context;
    QThread *ranOn = nullptr;
    int domainCount = -1;
    QFuture<void> done = service->addDomain(testDomain()).then(&context, [&](const Result<Domain> &result) {
        ranOn = QThread::currentThread();
        domainCount = result ? 1 : 0;
    });
    QTRY_VERIFY(done.isFinished());
    QCOMPARE(ranOn, QThread::currentThread());
    QCOMPARE(domainCount, 1);
}

void TestLocalMailboxService::workRunsOffTheCallingThread()
{
    std::shared_ptr<LocalMailboxService> service = await(openService()).value();
    QVERIFY(service);
    QVERIFY(await(service->addDomain(testDomain())));
    NewMailbox input;
    input.name = u"giulia.bianchi"_s;
    input.domain = u"pec.test.it"_s;
    input.password = u"Segreto2024ab"_s;
    input.quotaMb = 256;
    // Hashing and writing happen on the worker: the future finishes there, and a
    // continuation without a context runs on the thread that finished it.
    QFuture<Result<Mailbox>> future = service->createMailbox(input);
    QThread *finishedOn = nullptr;
    QFuture<void> after = future.then([&](const Result<Mailbox> &) { finishedOn = QThread::currentThread(); });
    await(future);
    QTRY_VERIFY(after.isFinished());
    QVERIFY(finishedOn != QThread::currentThread());
    QVERIFY(future.result());
}

void TestLocalMailboxService::destructionRunsPendingWork()
{
    QList<QFuture<Result<Mailbox>>> futures;
    {
        std::shared_ptr<LocalMailboxService> service = await(openService()).value();
        QVERIFY(service);
        QVERIFY(await(service->addDomain(testDomain())));
        for (int i = 0; i < 3; ++i) {
            NewMailbox input;
            input.name = u"utente%1"_s.arg(i);
            input.domain = u"pec.test.it"_s;
            input.password = u"Segreto2024ab"_s;
            input.quotaMb = 100;
            futures.append(service->createMailbox(input));
        }
    } // the service goes: its pending calls run first
    for (const auto &future : futures) {
        QVERIFY(future.isFinished());
        QVERIFY(future.result());
    }
    std::shared_ptr<LocalMailboxService> service = await(openService()).value();
    QVERIFY(service);
    QCOMPARE(await(service->domainDetails(u"pec.test.it"_s)).value().mailboxCount, 4);
}

QTEST_GUILESS_MAIN(TestLocalMailboxService)
#include "tst_localmailboxservice.moc"
