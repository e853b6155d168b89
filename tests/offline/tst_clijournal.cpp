// pecadmin-cli --profile NAME --offline changes, and journal list, send, cancel ID, cancel-all and
// resolve ID --mine|--theirs:
// the changes made on the copy while the real SCIM test server is stopped, sent once it is back;
// a change the server refuses in the meantime ends the sending with exit status 3.
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "core/replica.h"
#include "support/await.h"
#include "support/programrun.h"
#include "support/scimserverprocess.h"

#include <QCoreApplication>
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

class TestCliJournal : public QObject
{
    Q_OBJECT

private:
    test::ScimServerProcess m_server { test::ScimServerProcess::Server::Scimmy };
    QTemporaryDir m_home;
    ConnectionProfile m_profile;

    test::ProgramRun run(const QStringList &arguments, bool withPassword = false, const QByteArray &input = {})
    {
        QProcessEnvironment environment = test::isolatedEnvironment(m_home.path());
        if (withPassword)
            environment.insert(u"PECADMIN_PASSWORD"_s, m_server.password());
        return test::runProgram(QStringLiteral(PECADMIN_CLI_PATH),
            QStringList { u"--profile"_s, u"Provider"_s } + arguments, environment, input);
    }

    QJsonArray journal()
    {
        const test::ProgramRun listed = run({ u"--json"_s, u"journal"_s, u"list"_s });
        if (listed.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"journal"_s).toArray();
    }

    Mailbox remoteMailbox(const QString &address)
    {
        auto connected = await(Connector::connect(m_profile, m_profile.user, m_server.password()));
        if (!connected.ok())
            return {};
        return await(connected.value()->mailbox(address)).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"pecadmin"_s);
        QCoreApplication::setApplicationName(u"pecadmin"_s);
        START_SCIM_SERVER(m_server, { u"--seed"_s, u"12"_s });

        m_profile.name = u"Provider"_s;
        m_profile.kind = ConnectionProfile::Kind::Scim;
        m_profile.baseUrl = m_server.baseUrl();
        m_profile.user = m_server.user();
        {
            QSettings settings(m_home.filePath(u"config/pecadmin/pecadmin.conf"_s), QSettings::IniFormat);
            ProfileStore profiles(settings, nullptr);
            QVERIFY(!profiles.saveProfile(m_profile).isCanceled());
        }
        // No copy yet: the journal says so.
        const test::ProgramRun none = run({ u"journal"_s, u"list"_s });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"no copy of Provider"_s), qPrintable(none.err));

        auto connected = await(Connector::connect(m_profile, m_profile.user, m_server.password()));
        PECADMIN_VERIFY_OK(connected);
        auto replica = await(Connector::openReplica(m_profile));
        PECADMIN_VERIFY_OK(replica);
        ReplicaRefresh refresh(connected.value(), replica.value());
        QSignalSpy finished(&refresh, &ReplicaRefresh::finished);
        refresh.start();
        QVERIFY(finished.wait(test::awaitTimeoutMs));
        PECADMIN_VERIFY_OK(finished.constFirst().constFirst().value<Outcome>());
        m_server.stop();
    }

    void changesOfflineGoIntoTheJournal()
    {
        const QStringList offline { u"--offline"_s };
        test::ProgramRun done = run(offline + QStringList { u"disable"_s, u"user0001@pec.example.it"_s });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        done = run(offline + QStringList { u"quota"_s, u"user0002@pec.example.it"_s, u"300"_s });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        done = run(offline + QStringList { u"soft-quota"_s, u"user0003@pec.example.it"_s, u"5"_s });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        done = run(offline + QStringList { u"archiving"_s, u"user0004@pec.example.it"_s, u"on"_s });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));

        // Refused by the rules, against the copy: nothing recorded.
        const test::ProgramRun tooBig
            = run(offline + QStringList { u"quota"_s, u"user0005@pec.example.it"_s, u"99999"_s });
        QCOMPARE(tooBig.exitCode, 1);
        // No keyring answers here: what carries a password is refused, and says why.
        const test::ProgramRun created = run(
            offline + QStringList { u"create"_s, u"nuova@pec.example.it"_s }, false, "TrenoCli2026x\nTrenoCli2026x\n");
        QCOMPARE(created.exitCode, 1);
        QVERIFY2(created.err.contains(u"keyring"_s), qPrintable(created.err));

        // The copy shows them at once.
        const test::ProgramRun shown
            = run(offline + QStringList { u"--json"_s, u"show"_s, u"user0002@pec.example.it"_s });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(u"300"_s), qPrintable(shown.out));

        const QJsonArray entries = journal();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).toObject().value(u"address"_s).toString(), u"user0001@pec.example.it"_s);
        QCOMPARE(entries.at(0).toObject().value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(entries.at(0).toObject().value(u"author"_s).toString(), m_server.user());
        QCOMPARE(entries.at(1).toObject().value(u"kind"_s).toString(), u"change"_s);

        const test::ProgramRun text = run({ u"journal"_s, u"list"_s });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"user0003@pec.example.it"_s), qPrintable(text.out));

        // Cancel one; a wrong number is refused.
        const int fourth = entries.at(3).toObject().value(u"id"_s).toInt();
        QCOMPARE(run({ u"journal"_s, u"cancel"_s, QString::number(fourth) }).exitCode, 0);
        QCOMPARE(run({ u"journal"_s, u"cancel"_s, u"99999"_s }).exitCode, 1);
        QCOMPARE(run({ u"journal"_s, u"cancel"_s, u"dieci"_s }).exitCode, 2);
        QCOMPARE(journal().size(), 3);
    }

    void sendingLeavesConflictsWithExitThree()
    {
        // Without the server, sending stops and keeps everything.
        const test::ProgramRun unreachable = run({ u"journal"_s, u"send"_s }, true);
        QVERIFY2(unreachable.exitCode == 1, qPrintable(unreachable.out + unreachable.err));
        QCOMPARE(journal().size(), 3);

        const QString restarted = m_server.restart({ u"--seed"_s, u"12"_s });
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
        // Someone changes user0003 on the server meanwhile.
        {
            auto connected = await(Connector::connect(m_profile, m_profile.user, m_server.password()));
            PECADMIN_VERIFY_OK(connected);
            MailboxChange change;
            change.address = u"user0003@pec.example.it"_s;
            change.quotaMb = 12;
            PECADMIN_VERIFY_OK(await(connected.value()->changeMailbox(change)));
        }

        const test::ProgramRun sent = run({ u"--json"_s, u"journal"_s, u"send"_s }, true);
        QVERIFY2(sent.exitCode == 3, qPrintable(sent.out + sent.err));
        const QJsonObject summary = QJsonDocument::fromJson(sent.out.toUtf8()).object();
        QCOMPARE(summary.value(u"applied"_s).toInt(), 2);
        QCOMPARE(summary.value(u"conflicts"_s).toInt(), 1);

        QVERIFY(!remoteMailbox(u"user0001@pec.example.it"_s).enabled);
        QCOMPARE(remoteMailbox(u"user0002@pec.example.it"_s).quotaMb, 300);
        QCOMPARE(remoteMailbox(u"user0003@pec.example.it"_s).softQuotaMb, 0); // not overwritten
        QVERIFY(!remoteMailbox(u"user0004@pec.example.it"_s).archiving); // cancelled

        const QJsonArray left = journal();
        QCOMPARE(left.size(), 1);
        const QJsonObject conflict = left.at(0).toObject();
        QCOMPARE(conflict.value(u"state"_s).toString(), u"conflict"_s);
        QCOMPARE(conflict.value(u"theirs"_s).toObject().value(u"quota_mb"_s).toInt(), 12);
        QVERIFY(!conflict.value(u"conflict"_s).toString().isEmpty());

        // Sent again, it stays a conflict: exit 3 again.
        QCOMPARE(run({ u"journal"_s, u"send"_s }, true).exitCode, 3);
        // A choice is needed, one only.
        const QString id = QString::number(conflict.value(u"id"_s).toInteger());
        QCOMPARE(run({ u"journal"_s, u"resolve"_s, id }).exitCode, 2);
        QCOMPARE(run({ u"journal"_s, u"resolve"_s, id, u"--mine"_s, u"--theirs"_s }).exitCode, 2);
        QCOMPARE(run({ u"journal"_s, u"resolve"_s, u"99999"_s, u"--mine"_s }).exitCode, 1);
        // Mine: sent again on the server's version; only now is the server's mailbox changed.
        const test::ProgramRun mine = run({ u"journal"_s, u"resolve"_s, id, u"--mine"_s });
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.out + mine.err));
        QCOMPARE(journal().at(0).toObject().value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(run({ u"journal"_s, u"send"_s }, true).exitCode, 0);
        QCOMPARE(remoteMailbox(u"user0003@pec.example.it"_s).softQuotaMb, 5);
        QCOMPARE(remoteMailbox(u"user0003@pec.example.it"_s).quotaMb, 12);
        QVERIFY(journal().isEmpty());

        // Theirs: another conflict, dropped; the server keeps its values.
        const test::ProgramRun again = run({ u"--offline"_s, u"soft-quota"_s, u"user0005@pec.example.it"_s, u"6"_s });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        {
            auto connected = await(Connector::connect(m_profile, m_profile.user, m_server.password()));
            PECADMIN_VERIFY_OK(connected);
            MailboxChange change;
            change.address = u"user0005@pec.example.it"_s;
            change.quotaMb = 14;
            PECADMIN_VERIFY_OK(await(connected.value()->changeMailbox(change)));
        }
        QCOMPARE(run({ u"journal"_s, u"send"_s }, true).exitCode, 3);
        const QString theirsId = QString::number(journal().at(0).toObject().value(u"id"_s).toInteger());
        const test::ProgramRun theirs = run({ u"journal"_s, u"resolve"_s, theirsId, u"--theirs"_s });
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.out + theirs.err));
        QVERIFY(journal().isEmpty());
        QCOMPARE(remoteMailbox(u"user0005@pec.example.it"_s).softQuotaMb, 0);
        QCOMPARE(remoteMailbox(u"user0005@pec.example.it"_s).quotaMb, 14);
        QCOMPARE(run({ u"journal"_s, u"cancel-all"_s }).exitCode, 0);
        QVERIFY(journal().isEmpty());
        const test::ProgramRun empty = run({ u"journal"_s, u"send"_s }, true);
        QVERIFY2(empty.exitCode == 0, qPrintable(empty.err));
    }

    void journalNeedsAProfile()
    {
        QProcessEnvironment environment = test::isolatedEnvironment(m_home.path());
        const test::ProgramRun refused
            = test::runProgram(QStringLiteral(PECADMIN_CLI_PATH), { u"journal"_s, u"list"_s }, environment);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--profile"_s), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_clijournal.moc"
