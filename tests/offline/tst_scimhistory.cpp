// The history that the program keeps of a SCIM connection, in the connection's local file
// (docs/AUDIT.md), against the real SCIM test server: every seed operation and a bulk change
// leave exactly the expected entries, naming the connection's user; a change the server
// refuses is recorded as refused; pecadmin-cli --profile NAME audit list|head|verify reads the
// file without the server, and verify finds an entry altered with sqlite3 (exit status 1);
// no password is in the file's bytes.
#include "bulk/bulkchange.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "core/history.h"
#include "support/await.h"
#include "support/filebytes.h"
#include "support/offlineremote.h"
#include "support/programrun.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;

namespace {

const QString domainName = u"pec.example.it"_s;
const QString createdPassword = u"StoriaCrea2026q"_s;
const QString resetPassword = u"StoriaReset2026w"_s;

QString address(const QString &name)
{
    return name + u'@' + domainName;
}

} // namespace

class TestScimHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    test::OfflineRemote m_fixture;
    test::ScimServerProcess &m_server = m_fixture.server();
    const ConnectionProfile &m_profile = m_fixture.profile();
    std::shared_ptr<MailboxService> &m_service = m_fixture.remote();

    test::ProgramRun cli(const QStringList &arguments)
    {
        QProcessEnvironment environment = test::isolatedEnvironment(m_home.path());
        // No password: the history is read from the file, without the server.
        environment.remove(u"PECADMIN_PASSWORD"_s);
        return test::runProgram(
            QStringLiteral(PECADMIN_CLI_PATH), QStringList { u"--profile"_s, u"Provider"_s } + arguments, environment);
    }

    // The newest entries first, as the service reads them from the file.
    QList<HistoryEntry> newest(int count)
    {
        HistoryQuery query;
        query.limit = count;
        const Result<HistoryPage> page = await(m_service->history(query));
        return page.ok() ? page.value().entries : QList<HistoryEntry>();
    }

    bool sqlite(const QString &sql)
    {
        QProcess process;
        process.start(u"sqlite3"_s,
            { Connector::replicaPath(m_profile.name),
                u"DROP TRIGGER IF EXISTS history_no_update; DROP TRIGGER IF EXISTS history_no_delete; "_s + sql });
        return process.waitForFinished(30000) && process.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // This process writes the file where pecadmin-cli reads it.
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"pecadmin"_s);
        QCoreApplication::setApplicationName(u"pecadmin"_s);
        // The files where pecadmin-cli finds them; the history is kept all the same, without a
        // copy for offline work.
        test::OfflineRemote::Setup setup;
        setup.testMode = false;
        setup.keepOfflineCopy = false;
        const QString failure = m_fixture.start({ u"--seed"_s, u"12"_s }, u"Provider"_s, QString(), Domain(), setup);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        {
            QSettings settings(m_home.filePath(u"config/pecadmin/pecadmin.conf"_s), QSettings::IniFormat);
            ProfileStore profiles(settings, nullptr);
            QVERIFY(!profiles.saveProfile(m_profile).isCanceled());
        }
        QVERIFY(m_service->capabilities().keepsHistory);
        QVERIFY(QFile::exists(Connector::replicaPath(m_profile.name)));
        // Only the history: no copy for offline work.
        QVERIFY(!Connector::hasReplica(m_profile));
        QCOMPARE(await(m_service->historyActor()).value(), m_server.user());
    }

    void everySeedOperationIsRecorded()
    {
        const QString anna = address(u"storia.anna"_s);
        NewMailbox create;
        create.name = u"storia.anna"_s;
        create.domain = domainName;
        create.password = createdPassword;
        create.quotaMb = 20;
        const Result<Mailbox> created = await(m_service->createMailbox(create));
        PECADMIN_VERIFY_OK(created);

        MailboxChange quota;
        quota.address = anna;
        quota.version = created.value().version;
        quota.quotaMb = 40;
        const Result<Mailbox> grown = await(m_service->changeMailbox(quota));
        PECADMIN_VERIFY_OK(grown);

        MailboxChange disable;
        disable.address = anna;
        disable.enabled = false;
        disable.archiving = true;
        PECADMIN_VERIFY_OK(await(m_service->changeMailbox(disable)));

        const Result<Mailbox> reset = await(m_service->resetPassword(anna, QString(), resetPassword));
        PECADMIN_VERIFY_OK(reset);
        QVERIFY(m_server.passwordMatches(anna, resetPassword));

        PECADMIN_VERIFY_OK(await(m_service->deleteMailbox(anna, QString())));

        const QList<HistoryEntry> entries = newest(5);
        QCOMPARE(entries.size(), 5);
        for (const HistoryEntry &entry : entries) {
            QCOMPARE(entry.actor, m_server.user());
            QCOMPARE(entry.domain, domainName);
            QCOMPARE(entry.mailbox, anna);
            QCOMPARE(entry.result, history::succeeded);
            QCOMPARE(entry.hash, entry.computeHash());
        }
        QCOMPARE(entries.at(4).operation, history::mailboxCreated);
        QCOMPARE(entries.at(4).before, QString());
        QCOMPARE(entries.at(4).after,
            u"{\"archiving\":false,\"enabled\":true,\"must_change_password\":true,\"quota_mb\":20,\"soft_quota_mb\":0}"_s);
        QCOMPARE(entries.at(3).operation, history::mailboxChanged);
        QCOMPARE(entries.at(3).before, u"{\"quota_mb\":20}"_s);
        QCOMPARE(entries.at(3).after, u"{\"quota_mb\":40}"_s);
        QCOMPARE(entries.at(2).operation, history::mailboxChanged);
        QCOMPARE(entries.at(2).before, u"{\"archiving\":false,\"enabled\":true}"_s);
        QCOMPARE(entries.at(2).after, u"{\"archiving\":true,\"enabled\":false}"_s);
        QCOMPARE(entries.at(1).operation, history::passwordReset);
        QCOMPARE(entries.at(1).after, u"{\"password\":\"reset\"}"_s);
        QCOMPARE(entries.at(0).operation, history::mailboxDeleted);
        QCOMPARE(entries.at(0).before,
            u"{\"archiving\":true,\"enabled\":false,\"must_change_password\":true,\"quota_mb\":40,\"soft_quota_mb\":0}"_s);
        QCOMPARE(entries.at(0).after, QString());
        // A chain: each entry follows the one before it.
        for (int i = 0; i + 1 < entries.size(); ++i) {
            QCOMPARE(entries.at(i).sequence, entries.at(i + 1).sequence + 1);
            QCOMPARE(entries.at(i).previousHash, entries.at(i + 1).hash);
        }
    }

    void aRefusedChangeIsRecordedAsRefused()
    {
        const qint64 before = newest(1).value(0).sequence;
        // The address is taken: the server answers 409.
        NewMailbox taken;
        taken.name = u"user0003"_s;
        taken.domain = domainName;
        taken.password = createdPassword;
        taken.quotaMb = 10;
        const Result<Mailbox> refused = await(m_service->createMailbox(taken));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ServiceError::Code::AlreadyExists);

        // A change of a mailbox that the server does not have.
        MailboxChange missing;
        missing.address = address(u"nessuno.qui"_s);
        missing.quotaMb = 30;
        QVERIFY(!await(m_service->changeMailbox(missing)).ok());

        // Refused here before anything is sent (an invalid name): not recorded.
        NewMailbox invalid = taken;
        invalid.name = u"non valido"_s;
        QCOMPARE(await(m_service->createMailbox(invalid)).error().code(), ServiceError::Code::Validation);

        const QList<HistoryEntry> entries = newest(2);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).sequence, before + 1);
        QCOMPARE(entries.at(1).operation, history::mailboxCreated);
        QCOMPARE(entries.at(1).mailbox, address(u"user0003"_s));
        QVERIFY2(entries.at(1).result.startsWith(u"error: already-exists"_s), qPrintable(entries.at(1).result));
        QCOMPARE(entries.at(0).operation, history::mailboxChanged);
        QCOMPARE(entries.at(0).mailbox, address(u"nessuno.qui"_s));
        QCOMPARE(entries.at(0).after, u"{\"quota_mb\":30}"_s);
        QVERIFY2(entries.at(0).result.startsWith(u"error: not-found"_s), qPrintable(entries.at(0).result));
    }

    void aBulkChangeHasOneEntryPerMailboxAndOneForTheJob()
    {
        const qint64 before = newest(1).value(0).sequence;
        QList<Mailbox> mailboxes;
        for (const QString &name : { u"user0004"_s, u"user0005"_s, u"user0006"_s }) {
            const Result<Mailbox> mailbox = await(m_service->mailbox(address(name)));
            PECADMIN_VERIFY_OK(mailbox);
            mailboxes.append(mailbox.value());
        }
        BulkChange bulk(*m_service);
        QSignalSpy finished(&bulk, &BulkJob::finished);
        bulk.start(BulkChange::Action::SetQuota, mailboxes, 77);
        QVERIFY(finished.count() > 0 || finished.wait(60000));

        const QList<HistoryEntry> entries = newest(4);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(3).sequence, before + 1);
        QStringList changed;
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(entries.at(i).operation, history::mailboxChanged);
            QCOMPARE(entries.at(i).after, u"{\"quota_mb\":77}"_s);
            QCOMPARE(entries.at(i).result, history::succeeded);
            changed.append(entries.at(i).mailbox);
        }
        changed.sort();
        QCOMPARE(changed, QStringList({ address(u"user0004"_s), address(u"user0005"_s), address(u"user0006"_s) }));
        QCOMPARE(entries.at(0).operation, history::job);
        QCOMPARE(entries.at(0).domain, domainName);
        const QJsonObject job = QJsonDocument::fromJson(entries.at(0).after.toUtf8()).object();
        QCOMPARE(job.value(u"kind"_s).toString(), u"bulk-change"_s);
        QCOMPARE(job.value(u"done"_s).toInt(), 3);
        QCOMPARE(entries.at(0).result, history::succeeded);
    }

    void theCommandLineReadsItWithoutTheServer()
    {
        const test::ProgramRun listed = cli({ u"--json"_s, u"audit"_s, u"list"_s, address(u"storia.anna"_s) });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 5);

        const test::ProgramRun head = cli({ u"audit"_s, u"head"_s });
        QVERIFY2(head.exitCode == 0, qPrintable(head.err));
        const HistoryEntry newestEntry = newest(1).value(0);
        QVERIFY2(
            head.out.startsWith(QString::number(newestEntry.sequence) + u':' + QString::fromLatin1(newestEntry.hash)),
            qPrintable(head.out));

        const test::ProgramRun verified = cli({ u"audit"_s, u"verify"_s });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    }

    void noPasswordIsInTheFile()
    {
        const QByteArray bytes = test::sqliteFileBytes(Connector::replicaPath(m_profile.name));
        QVERIFY(!bytes.isEmpty());
        for (const QString &password : { createdPassword, resetPassword, m_server.password() }) {
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(password));
            QVERIFY(!bytes.contains(password.toUtf8().toBase64()));
        }
    }

    void tamperingIsFound()
    {
        // Closed first: sqlite3 edits the file as somebody behind the program's back would.
        m_service.reset();
        QVERIFY(sqlite(u"UPDATE history SET result = 'ok' WHERE seq = 6"_s));
        const test::ProgramRun verified = cli({ u"audit"_s, u"verify"_s });
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.err.contains(u"Entry 6 was changed"_s), qPrintable(verified.err));
    }
};

QTEST_MAIN(TestScimHistory)
#include "tst_scimhistory.moc"
