// A change and its history entry are written together or not at all: a child process
// (historykillchild) changes the store without end and is killed with SIGKILL at a different
// moment each round, inside a transaction or between two. Afterwards every change that the
// store holds has its entry and every entry its change, and the chain holds
// (`audit verify`'s walk). On a SQLite file, and on PostgreSQL in the `_pg` variant.

#include "core/mailboxservice.h"
#include "local/localmailboxservice.h"
#include "support/await.h"
#include "teststorebackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

const QString domainName = u"pec.interrotta.it"_s;
const QString swing = u"altalena@pec.interrotta.it"_s;

std::shared_ptr<LocalMailboxService> openService(const StoreLocation &location)
{
    Result<std::shared_ptr<LocalMailboxService>> opened = test::await(LocalMailboxService::open(location));
    if (!opened) {
        qWarning() << test::describe(opened.error());
        return nullptr;
    }
    return opened.value();
}

// Every entry of the domain, oldest first.
QList<HistoryEntry> domainEntries(MailboxService &service)
{
    QList<HistoryEntry> all;
    HistoryQuery query;
    query.domain = domainName;
    query.limit = 500;
    for (;;) {
        const Result<HistoryPage> page = test::await(service.history(query));
        if (!page) {
            qWarning() << test::describe(page.error());
            return all;
        }
        for (const HistoryEntry &entry : page.value().entries)
            all.prepend(entry);
        if (!page.value().hasMore)
            return all;
        query.beforeSequence = page.value().entries.constLast().sequence;
    }
}

} // namespace

class TestHistoryKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestStores::serverReady(&error), qPrintable(error));
    }

    void killedChangesAreWholeOrAbsent()
    {
        test::TestStores stores;
        const StoreLocation location = stores.newLocation();
        {
            std::shared_ptr<LocalMailboxService> service = openService(location);
            QVERIFY(service);
            Domain domain;
            domain.name = domainName;
            domain.totalSpaceMb = 1000000;
            domain.maxMailboxes = 5000;
            domain.maxMailboxQuotaMb = 1024;
            domain.passwordPolicy = PasswordPolicy::poste();
            QVERIFY(test::await(service->addDomain(domain)));
            NewMailbox mailbox;
            mailbox.name = u"altalena"_s;
            mailbox.domain = domainName;
            mailbox.quotaMb = 100;
            mailbox.password = u"Altalena7segreto"_s;
            QVERIFY(test::await(service->createMailbox(mailbox)));
        }

        QStringList arguments;
        if (location.isPostgreSql())
            arguments
                = { u"postgresql"_s, location.host, QString::number(location.port), location.database, location.user };
        else
            arguments = { u"sqlite"_s, location.path };
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PECADMIN_KILL_DOMAIN"_s, domainName);
        if (!location.password.isEmpty())
            environment.insert(u"PECADMIN_PASSWORD"_s, location.password);

        for (int round = 0; round < 8; ++round) {
            QProcess child;
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QStringLiteral(PECADMIN_HISTORY_KILL_CHILD), arguments);
            QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
            // A different number of changes each round, then SIGKILL right away or a little
            // later: the kill lands on a different step of the next change.
            const int lines = 1 + round % 4;
            int seen = 0;
            while (seen < lines) {
                if (!child.canReadLine())
                    QVERIFY2(child.waitForReadyRead(60000), "the child made no change");
                while (child.canReadLine() && seen < lines) {
                    child.readLine();
                    ++seen;
                }
            }
            if (round >= 4)
                QTest::qSleep(round * 3);
            child.kill(); // SIGKILL: no destructor, no rollback of its own, no flush
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            // The store as the killed process left it, opened again.
            std::shared_ptr<LocalMailboxService> service = openService(location);
            QVERIFY(service);
            const Result<HistoryCheck> check = test::await(service->verifyHistory());
            QVERIFY(check);
            QVERIFY2(check.value().intact(), qPrintable(QString::number(check.value().brokenSequence)));

            const QList<HistoryEntry> entries = domainEntries(*service);
            // Each change of "altalena" flips it: as many entries as flips.
            int flips = 0;
            QSet<QString> created;
            for (const HistoryEntry &entry : entries) {
                if (entry.mailbox == swing && entry.operation == history::mailboxChanged) {
                    ++flips;
                    const bool after
                        = QJsonDocument::fromJson(entry.after.toUtf8()).object().value(u"enabled"_s).toBool();
                    QCOMPARE(after, flips % 2 == 0);
                }
                if (entry.operation == history::mailboxCreated && entry.mailbox != swing)
                    created.insert(entry.mailbox);
            }
            const Result<Mailbox> swung = test::await(service->mailbox(swing));
            QVERIFY(swung);
            QCOMPARE(swung.value().enabled, flips % 2 == 0);
            // Every mailbox created has its entry, and every entry its mailbox.
            const Result<DomainDetails> details = test::await(service->domainDetails(domainName));
            QVERIFY(details);
            QCOMPARE(details.value().mailboxCount, 1 + int(created.size())); // and altalena
            for (const QString &address : std::as_const(created))
                QVERIFY2(test::await(service->mailbox(address)), qPrintable(address));
            QVERIFY(flips >= round + 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "tst_historykill.moc"
