// Several administrators on one store at once: each thread has a store and a connection of
// its own, as each administrator's program has. On PostgreSQL, also a server that stops in
// the middle of an operation and comes back.

#include "local/sqlstore.h"
#include "teststorebackend.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

#include <functional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

using Code = ServiceError::Code;

const QString domainName = u"pec.test.it"_s;
const QString goodPassword = u"Segreto2024ab"_s;

Domain testDomain(qint64 totalSpaceMb, int maxMailboxes, qint64 maxQuotaMb)
{
    Domain domain;
    domain.name = domainName;
    domain.totalSpaceMb = totalSpaceMb;
    domain.maxMailboxes = maxMailboxes;
    domain.maxMailboxQuotaMb = maxQuotaMb;
    domain.passwordPolicy = PasswordPolicy::poste();
    return domain;
}

NewMailbox newMailbox(const QString &name, qint64 quotaMb)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = domainName;
    mailbox.password = goodPassword;
    mailbox.quotaMb = quotaMb;
    return mailbox;
}

// Every thread waits here until all have arrived, so that their work starts together.
class Barrier
{
public:
    explicit Barrier(int count) : m_count(count) { }
    void arrive()
    {
        QMutexLocker lock(&m_mutex);
        if (--m_count == 0)
            m_allThere.wakeAll();
        while (m_count > 0)
            m_allThere.wait(&m_mutex);
    }

private:
    QMutex m_mutex;
    QWaitCondition m_allThere;
    int m_count;
};

// Creates `mailbox`, again where the store answered that another writer kept it busy for longer
// than the wait it allows (eight writers at once on a loaded machine, or under the sanitizers),
// as the postmaster who reads "try again" would.
Result<Mailbox> createRetryingWhenBusy(SqlStore &store, const NewMailbox &mailbox)
{
    for (int attempt = 1;; ++attempt) {
        Result<Mailbox> result = store.createMailbox(mailbox);
        const bool busy
            = !result && result.error().code() == Code::Storage && result.error().message().contains(u"try again"_s);
        if (!busy || attempt == 10)
            return result;
    }
}

// Runs `work(store, index)` on `count` threads at once, each with a store of its own opened
// on its thread. Returns the errors of stores that did not open.
QStringList onThreads(const StoreLocation &location, int count, const std::function<void(SqlStore &, int)> &work)
{
    Barrier barrier(count);
    QMutex mutex;
    QStringList failures;
    QList<QThread *> threads;
    for (int i = 0; i < count; ++i) {
        threads.append(QThread::create([&, i] {
            Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(location);
            barrier.arrive();
            if (!opened) {
                QMutexLocker lock(&mutex);
                failures.append(opened.error().message() + u' ' + opened.error().detail());
                return;
            }
            work(*opened.value(), i);
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    return failures;
}

QString freshCount(const StoreLocation &location)
{
    QStringList rows;
    test::runOn(location,
        u"SELECT COUNT(m.id), COALESCE(SUM(m.quota_mb), 0) FROM domains d JOIN mailboxes m ON m.domain_id = d.id "
        "WHERE d.name = 'pec.test.it'"_s,
        &rows);
    return rows.value(0);
}

// A PostgreSQL server of the test's own, which the test stops and starts: the shared server
// of PECADMIN_TEST_PG serves other tests meanwhile. As root it runs as the `postgres` user.
class PrivateServer
{
public:
    ~PrivateServer()
    {
        if (!m_data.isEmpty())
            serverCommand({ u"pg_ctl"_s, u"-D"_s, m_data, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s });
    }

    bool create(QString *error)
    {
        const QStringList bins = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &version : bins) {
            if (QFileInfo::exists(u"/usr/lib/postgresql/%1/bin/initdb"_s.arg(version)))
                m_bin = u"/usr/lib/postgresql/%1/bin/"_s.arg(version);
        }
        if (m_bin.isEmpty()) {
            *error = u"no PostgreSQL server under /usr/lib/postgresql"_s;
            return false;
        }
        if (!m_dir.isValid()) {
            *error = u"no temporary folder"_s;
            return false;
        }
        // The server's user, where it is not the test's, must reach the folder.
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
        m_data = m_dir.filePath(u"data"_s);
        if (!serverCommand({ u"initdb"_s, u"-D"_s, m_data, u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s, u"-E"_s,
                u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s })) {
            *error = u"initdb failed: "_s + m_output;
            m_data.clear();
            return false;
        }
        for (int attempt = 0; attempt < 10; ++attempt) {
            m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
            if (start())
                return true;
        }
        *error = u"the private server did not start: "_s + m_output;
        return false;
    }

    bool start()
    {
        return serverCommand(
            { u"pg_ctl"_s, u"-D"_s, m_data, u"-l"_s, m_data + u"/server.log"_s, u"-w"_s, u"-t"_s, u"30"_s, u"-o"_s,
                u"-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off"_s.arg(m_port).arg(m_data), u"start"_s });
    }

    // Immediate: the server's processes end at once, as in a crash or a cut cable.
    bool stop() { return serverCommand({ u"pg_ctl"_s, u"-D"_s, m_data, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s }); }

    StoreLocation location(const QString &database) const
    {
        return StoreLocation::postgreSql(
            u"127.0.0.1"_s, m_port, database, u"postgres"_s, QString(), StoreLocation::SslMode::Disable);
    }

private:
    bool serverCommand(const QStringList &command)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = m_bin + command.first();
        if (geteuid() == 0)
            process.start(u"runuser"_s, QStringList { u"-u"_s, u"postgres"_s, u"--"_s, program } + command.mid(1));
        else
            process.start(program, command.mid(1));
        const bool finished = process.waitForFinished(60000);
        m_output = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    QString m_output;
    int m_port = 0;
};

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void staleUpdateFromAnotherConnection();
    void concurrentUpdatesFromOneVersion();
    void concurrentCreationsOfOneAddress();
    void mailboxLimitHoldsUnderConcurrentCreations();
    void spaceLimitHoldsUnderConcurrentCreations();
    void serverStoppedDuringAnOperation();

private:
    std::unique_ptr<SqlStore> openStore();

    std::unique_ptr<test::TestStores> m_stores;
    StoreLocation m_location;
};

void TestSharedStore::initTestCase()
{
    QString error;
    QVERIFY2(test::TestStores::serverReady(&error), qPrintable(error));
}

void TestSharedStore::init()
{
    m_stores = std::make_unique<test::TestStores>();
    m_location = m_stores->newLocation();
}

void TestSharedStore::cleanup()
{
    m_stores.reset();
}

std::unique_ptr<SqlStore> TestSharedStore::openStore()
{
    Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(m_location);
    if (!opened) {
        qWarning() << "open failed:" << opened.error().message() << opened.error().detail();
        return nullptr;
    }
    return opened.takeValue();
}

void TestSharedStore::staleUpdateFromAnotherConnection()
{
    auto first = openStore();
    auto second = openStore();
    QVERIFY(first && second);
    QVERIFY(first->addDomain(testDomain(10000, 100, 1024)));
    const Mailbox seen = first->createMailbox(newMailbox(u"mario.rossi"_s, 100)).value();
    // The second administrator sees the same version and changes the mailbox first.
    QCOMPARE(second->mailbox(seen.address()).value().version, seen.version);
    MailboxChange theirs;
    theirs.address = seen.address();
    theirs.version = seen.version;
    theirs.quotaMb = 300;
    QVERIFY(second->changeMailbox(theirs));

    MailboxChange mine;
    mine.address = seen.address();
    mine.version = seen.version;
    mine.quotaMb = 200;
    mine.enabled = false;
    QCOMPARE(first->changeMailbox(mine).error().code(), Code::Conflict);
    QCOMPARE(first->resetPassword(seen.address(), seen.version, u"AltraPass99"_s).error().code(), Code::Conflict);
    QCOMPARE(first->deleteMailbox(seen.address(), seen.version).error().code(), Code::Conflict);
    const Mailbox now = first->mailbox(seen.address()).value();
    QCOMPARE(now.quotaMb, 300);
    QVERIFY(now.enabled);
    QCOMPARE(first->domainDetails(domainName).value().allocatedMb, 1024 + 300);
}

void TestSharedStore::concurrentUpdatesFromOneVersion()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain(100000, 100, 1024)));
        QVERIFY(store->createMailbox(newMailbox(u"condivisa"_s, 100)));
    }
    const QString address = u"condivisa@"_s + domainName;
    constexpr int threads = 8;
    QList<Result<Mailbox>> results(threads);
    QList<QString> versions(threads);
    Barrier read(threads);
    const QStringList failures = onThreads(m_location, threads, [&](SqlStore &store, int i) {
        versions[i] = store.mailbox(address).value().version;
        read.arrive(); // everybody has read the same version before anybody writes
        MailboxChange change;
        change.address = address;
        change.version = versions[i];
        change.quotaMb = 100 + 10 * (i + 1);
        results[i] = store.changeMailbox(change);
    });
    QCOMPARE(failures, QStringList());
    int won = -1;
    for (int i = 0; i < threads; ++i) {
        QCOMPARE(versions[i], versions[0]);
        if (results[i]) {
            QCOMPARE(won, -1);
            won = i;
        } else {
            QCOMPARE(results[i].error().code(), Code::Conflict);
        }
    }
    QVERIFY(won >= 0);
    auto store = openStore();
    QVERIFY(store);
    const Mailbox after = store->mailbox(address).value();
    QCOMPARE(after.quotaMb, 100 + 10 * (won + 1));
    QCOMPARE(after.version, QString::number(versions[0].toLongLong() + 1));
    QCOMPARE(store->domainDetails(domainName).value().allocatedMb, 1024 + after.quotaMb);
}

void TestSharedStore::concurrentCreationsOfOneAddress()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain(100000, 100, 1024)));
    }
    constexpr int threads = 8;
    QList<Result<Mailbox>> results(threads);
    const QStringList failures = onThreads(m_location, threads,
        [&](SqlStore &store, int i) { results[i] = store.createMailbox(newMailbox(u"mario.rossi"_s, 10 + i)); });
    QCOMPARE(failures, QStringList());
    int created = 0;
    for (const Result<Mailbox> &result : std::as_const(results)) {
        if (result)
            ++created;
        else
            QVERIFY2(result.error().code() == Code::AlreadyExists, qPrintable(result.error().message()));
    }
    QCOMPARE(created, 1);
    QCOMPARE(freshCount(m_location).section(u'|', 0, 0), u"2"_s);
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->domainDetails(domainName).value().mailboxCount, 2);
}

void TestSharedStore::mailboxLimitHoldsUnderConcurrentCreations()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain(1000000, 50, 1024))); // the postmaster is one of the 50
    }
    constexpr int threads = 8;
    constexpr int each = 20;
    QList<QList<Result<Mailbox>>> results(threads);
    const QStringList failures = onThreads(m_location, threads, [&](SqlStore &store, int i) {
        for (int n = 0; n < each; ++n)
            results[i].append(createRetryingWhenBusy(store, newMailbox(u"t%1.n%2"_s.arg(i).arg(n), 10)));
    });
    QCOMPARE(failures, QStringList());
    int created = 0;
    for (const auto &list : std::as_const(results)) {
        for (const Result<Mailbox> &result : list) {
            if (result)
                ++created;
            else
                QVERIFY2(result.error().code() == Code::MailboxLimitReached, qPrintable(result.error().message()));
        }
    }
    QCOMPARE(created, 49);
    QCOMPARE(freshCount(m_location).section(u'|', 0, 0), u"50"_s);
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->domainDetails(domainName).value().mailboxCount, 50);
}

void TestSharedStore::spaceLimitHoldsUnderConcurrentCreations()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain(1000, 1000, 100))); // the postmaster takes 100 MB
    }
    constexpr int threads = 8;
    constexpr int each = 20;
    QList<QList<Result<Mailbox>>> results(threads);
    const QStringList failures = onThreads(m_location, threads, [&](SqlStore &store, int i) {
        for (int n = 0; n < each; ++n)
            results[i].append(createRetryingWhenBusy(store, newMailbox(u"s%1.n%2"_s.arg(i).arg(n), 10)));
    });
    QCOMPARE(failures, QStringList());
    int created = 0;
    for (const auto &list : std::as_const(results)) {
        for (const Result<Mailbox> &result : list) {
            if (result)
                ++created;
            else
                QVERIFY2(result.error().code() == Code::QuotaExceeded, qPrintable(result.error().message()));
        }
    }
    QCOMPARE(created, 90);
    QCOMPARE(freshCount(m_location), u"91|1000"_s);
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->domainDetails(domainName).value().allocatedMb, 1000);
}

void TestSharedStore::serverStoppedDuringAnOperation()
{
    if (!test::onPostgreSql())
        QSKIP("Only for a PostgreSQL server: a SQLite file has no connection to lose.");
    PrivateServer server;
    QString error;
    QVERIFY2(server.create(&error), qPrintable(error));
    QVERIFY(test::runOn(server.location(u"postgres"_s), u"CREATE DATABASE pecadmin"_s));
    const StoreLocation location = server.location(u"pecadmin"_s);

    // The store works on a thread of its own; the test steps it on.
    QSemaphore toStore, toTest;
    std::unique_ptr<SqlStore> store;
    Result<int> interrupted;
    Result<QList<Domain>> whileDown;
    Result<DomainDetails> afterRestart;
    Result<Mailbox> createdAfter;
    QThread *worker = QThread::create([&] {
        Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(location);
        if (opened) {
            store = opened.takeValue();
            store->addDomain(testDomain(100000000, 1000000, 1024));
        }
        toTest.release(); // 1: open
        if (!store)
            return;
        // A batch long enough to be cut in the middle.
        QList<StoredMailbox> batch;
        for (int i = 0; i < 200000; ++i) {
            StoredMailbox mailbox;
            mailbox.name = u"lotto%1"_s.arg(i);
            mailbox.quotaMb = 1;
            batch.append(mailbox);
        }
        interrupted = store->bulkInsert(domainName, batch);
        toTest.release(); // 2: the batch ended
        toStore.acquire();
        whileDown = store->domains();
        toTest.release(); // 3
        toStore.acquire();
        afterRestart = store->domainDetails(domainName);
        createdAfter = store->createMailbox(newMailbox(u"dopo"_s, 10));
        store.reset();
        toTest.release(); // 4
    });
    worker->start();
    QVERIFY(toTest.tryAcquire(1, 60000));
    QVERIFY(store);

    // Once the batch's transaction has written rows, the server goes away.
    bool writing = false;
    QElapsedTimer timer;
    timer.start();
    while (!writing && timer.elapsed() < 60000) {
        QStringList rows;
        test::runOn(server.location(u"postgres"_s),
            u"SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'pecadmin' "
            "AND backend_xid IS NOT NULL"_s,
            &rows);
        writing = rows.value(0) == u"1"_s;
        if (!writing)
            QThread::msleep(20);
    }
    QVERIFY(writing);
    QVERIFY(server.stop());
    QVERIFY(toTest.tryAcquire(1, 60000));
    QVERIFY(!interrupted);
    QCOMPARE(interrupted.error().code(), Code::Network);
    QVERIFY2(interrupted.error().message().contains(u"connection to the database server was lost"_s),
        qPrintable(interrupted.error().message()));

    // While the server is down: a clear error, at once.
    toStore.release();
    QVERIFY(toTest.tryAcquire(1, 60000));
    QVERIFY(!whileDown);
    QCOMPARE(whileDown.error().code(), Code::Network);
    QVERIFY2(whileDown.error().message().contains(u"connection to the database server"_s),
        qPrintable(whileDown.error().message()));

    // The server is back: the same store connects again, and finds nothing of the batch.
    QVERIFY(server.start());
    toStore.release();
    QVERIFY(toTest.tryAcquire(1, 60000));
    worker->wait();
    delete worker;
    QVERIFY2(afterRestart, qPrintable(afterRestart ? QString() : afterRestart.error().message()));
    QCOMPARE(afterRestart.value().mailboxCount, 1);
    QCOMPARE(afterRestart.value().allocatedMb, 1024);
    QVERIFY2(createdAfter, qPrintable(createdAfter ? QString() : createdAfter.error().message()));
    QStringList rows;
    QVERIFY(test::runOn(location, u"SELECT COUNT(*) FROM mailboxes"_s, &rows));
    QCOMPARE(rows, QStringList { u"2"_s });
}

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
