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
