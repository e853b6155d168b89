// The journal of changes made offline: every seed operation made on the copy of a remote
// connection while the real SCIM test server is stopped (or, with
// PECADMIN_TEST_BACKEND=postgresql, while a database of the throwaway PostgreSQL server is not
// used), checked with the rules, shown at once, kept in order, then sent when the server is back:
// the server ends with exactly the expected mailboxes and passwords; conflicts stay for a choice;
// a server lost while sending loses nothing and applies nothing twice.
#include "bulk/bulkchange.h"
#include "connection/connector.h"
#include "core/replica.h"
#include "local/passwordhash.h"
#include "mailboxtablemodel.h"
#include "store/teststorebackend.h"
#include "support/await.h"
#include "support/fakecredentialstore.h"
#include "support/filebytes.h"
#include "support/offlineremote.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QPixmap>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using Code = ServiceError::Code;

namespace {

const QString domainName = u"pec.example.it"_s;
const QString seededPassword = u"Seeded0pass"_s;
const QString annaPassword = u"TrenoAnna2026x"_s;
const QString brunoPassword = u"TrenoBruno2026y"_s;
const QString resetPassword = u"TrenoReset2026z"_s;

QString address(const QString &name)
{
    return name + u'@' + domainName;
}

QString seeded(int i)
{
    return u"user%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

NewMailbox newMailbox(const QString &name, const QString &password, qint64 quotaMb)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = domainName;
    mailbox.password = password;
    mailbox.quotaMb = quotaMb;
    return mailbox;
}

MailboxChange change(const QString &name, const QString &version)
{
    MailboxChange change;
    change.address = address(name);
    change.version = version;
    return change;
}

QList<Mailbox> allMailboxes(MailboxService &service)
{
    MailboxQuery query;
    query.domain = domainName;
    query.limit = 1000;
    const Result<MailboxPage> page = await(service.mailboxes(query));
    return page.ok() ? page.value().mailboxes : QList<Mailbox>();
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private:
    test::OfflineRemote m_fixture;
    test::ScimServerProcess &m_server = m_fixture.server();
    StoreLocation &m_location = m_fixture.location();
    ConnectionProfile &m_profile = m_fixture.profile();
    QString &m_secret = m_fixture.secret();
    test::FakeCredentialStore m_keyring;
    std::shared_ptr<MailboxService> &m_remote = m_fixture.remote();
    std::shared_ptr<Replica> m_replica;

    bool onScim() const { return m_fixture.onScim(); }
    bool connectRemote() { return m_fixture.connectRemote(); }
    bool refresh() { return m_fixture.copyInto(m_replica); }

    JournalSummary send()
    {
        JournalSender sender(m_remote, m_replica);
        QSignalSpy finished(&sender, &JournalSender::finished);
        sender.start();
        if (!finished.wait(test::awaitTimeoutMs))
            return {};
        return finished.constFirst().constFirst().value<JournalSummary>();
    }

    QList<JournalEntry> entries() { return await(m_replica->journal()).value(); }

    Mailbox remoteMailbox(const QString &name) { return await(m_remote->mailbox(address(name))).value(); }
    Mailbox copyMailbox(const QString &name) { return await(m_replica->mailbox(address(name))).value(); }

    bool passwordWorks(const QString &name, const QString &password)
    {
        if (onScim())
            return m_server.passwordMatches(address(name), password);
        QStringList rows;
        if (!test::runOn(m_location,
                u"SELECT m.password_hash FROM mailboxes m JOIN domains d ON d.id = m.domain_id "
                "WHERE d.name = '%1' AND m.name = '%2'"_s.arg(domainName, name),
                &rows)
            || rows.isEmpty())
            return false;
        return verifyPassword(rows.constFirst().toLatin1(), password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = m_fixture.start({ u"--seed"_s, u"12"_s }, u"Provider"_s, u"Archivio condiviso"_s,
            test::OfflineRemote::domain(domainName, 51200, 2000, 1024));
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        if (test::onPostgreSql()) {
            // As the SCIM test server seeds them.
            for (int i = 1; i <= 12; ++i) {
                NewMailbox mailbox = newMailbox(seeded(i), seededPassword, 10 + i % 7);
                mailbox.archiving = i % 3 == 0;
                PECADMIN_VERIFY_OK(await(m_remote->createMailbox(mailbox)));
            }
            // Every tenth disabled.
            MailboxChange disable = change(seeded(10), QString());
            disable.enabled = false;
            PECADMIN_VERIFY_OK(await(m_remote->changeMailbox(disable)));
        }
        auto opened = await(Connector::openReplica(m_profile));
        PECADMIN_VERIFY_OK(opened);
        m_replica = opened.value();
        QVERIFY(refresh());
    }

    void withoutAKeyringPasswordsAreRefused()
    {
        const Result<Mailbox> refused
            = await(m_replica->createMailbox(newMailbox(u"senza.chiave"_s, annaPassword, 100)));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(u"keyring"_s), qPrintable(refused.error().message()));
        QVERIFY(entries().isEmpty());
        QCOMPARE(await(m_replica->mailbox(address(u"senza.chiave"_s))).error().code(), Code::NotFound);

        test::FakeCredentialStore unavailable;
        unavailable.unavailable = true;
        QVERIFY(!await(Connector::journalSecretBox(m_profile, &unavailable)).ok());
    }

    void everyOperationOfflineReachesTheServer()
    {
        auto box = await(Connector::journalSecretBox(m_profile, &m_keyring));
        PECADMIN_VERIFY_OK(box);
        QVERIFY(m_keyring.secrets.contains(Connector::journalKeyName(m_profile.name)));
        m_replica->setSecretBox(box.value());
        if (onScim())
            m_server.stop();

        const QString base = copyMailbox(seeded(2)).version;
        QVERIFY(!base.isEmpty());

        // Refused by the rules against the last known limits: nothing is recorded.
        const Result<Mailbox> tooBig = await(m_replica->createMailbox(newMailbox(u"troppo"_s, annaPassword, 5000)));
        QVERIFY(!tooBig.ok());
        const Result<Mailbox> weak = await(m_replica->createMailbox(newMailbox(u"debole"_s, u"abc"_s, 100)));
        QVERIFY(!weak.ok());
        const Result<Mailbox> taken = await(m_replica->createMailbox(newMailbox(seeded(1), annaPassword, 100)));
        QCOMPARE(taken.error().code(), Code::AlreadyExists);
        MailboxChange postmaster = change(u"postmaster"_s, QString());
        postmaster.enabled = false;
        QVERIFY(!await(m_replica->changeMailbox(postmaster)).ok());
        QVERIFY(entries().isEmpty());

        // Every seed operation.
        const Result<Mailbox> anna = await(m_replica->createMailbox(newMailbox(u"anna.nuova"_s, annaPassword, 100)));
        PECADMIN_VERIFY_OK(anna);
        QVERIFY(anna.value().pending);
        PECADMIN_VERIFY_OK(await(m_replica->createMailbox(newMailbox(u"bruno.nuova"_s, brunoPassword, 50))));
        PECADMIN_VERIFY_OK(
            await(m_replica->resetPassword(address(seeded(1)), copyMailbox(seeded(1)).version, resetPassword)));
        MailboxChange disable = change(seeded(2), base);
        disable.enabled = false;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(disable)));
        MailboxChange quota = change(seeded(3), copyMailbox(seeded(3)).version);
        quota.quotaMb = 500;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(quota)));
        MailboxChange soft = change(seeded(4), copyMailbox(seeded(4)).version);
        soft.softQuotaMb = 5;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(soft)));
        MailboxChange archiving = change(seeded(5), copyMailbox(seeded(5)).version);
        archiving.archiving = true;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(archiving)));
        PECADMIN_VERIFY_OK(await(m_replica->deleteMailbox(address(seeded(6)), copyMailbox(seeded(6)).version)));
        // A change of a mailbox created offline, on top of its creation.
        MailboxChange annaQuota = change(u"anna.nuova"_s, copyMailbox(u"anna.nuova"_s).version);
        annaQuota.quotaMb = 120;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(annaQuota)));
        // The bulk engine on the copy: one entry per mailbox.
        {
            BulkChange bulk(*m_replica);
            QSignalSpy finished(&bulk, &BulkJob::finished);
            bulk.start(BulkChange::Action::Enable, { copyMailbox(seeded(10)) });
            QVERIFY(finished.count() == 1 || finished.wait(test::awaitTimeoutMs));
        }

        // At once in the table, marked pending.
        const Mailbox disabled = copyMailbox(seeded(2));
        QVERIFY(!disabled.enabled);
        QVERIFY(disabled.pending);
        QCOMPARE(disabled.version, base); // the server's version it was based on
        QCOMPARE(copyMailbox(seeded(3)).quotaMb, 500);
        QCOMPARE(copyMailbox(u"anna.nuova"_s).quotaMb, 120);
        QVERIFY(!copyMailbox(seeded(7)).pending);
        QCOMPARE(await(m_replica->mailbox(address(seeded(6)))).error().code(), Code::NotFound);
        QVERIFY(copyMailbox(seeded(10)).enabled);

        // The table marks them: an icon and a tooltip on the address.
        {
            MailboxTableModel model(m_replica.get());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QPixmap pixmap(8, 8);
            pixmap.fill(Qt::blue);
            model.setPendingIcons(QIcon(pixmap), QIcon(pixmap));
            QSignalSpy loaded(&model, &MailboxTableModel::pageLoaded);
            model.setDomain(domainName);
            QVERIFY(loaded.count() > 0 || loaded.wait(test::awaitTimeoutMs));
            const int pendingRow = model.rowOfAddress(address(seeded(2)));
            const int quietRow = model.rowOfAddress(address(seeded(7)));
            QVERIFY(pendingRow >= 0 && quietRow >= 0);
            const QModelIndex pending = model.index(pendingRow, MailboxTableModel::AddressColumn);
            const QModelIndex quiet = model.index(quietRow, MailboxTableModel::AddressColumn);
            QVERIFY(model.data(pending, MailboxTableModel::PendingRole).toBool());
            QVERIFY(!model.data(quiet, MailboxTableModel::PendingRole).toBool());
            QVERIFY(!model.data(pending, Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(model.data(quiet, Qt::DecorationRole).isNull());
            QVERIFY(model.data(pending, Qt::ToolTipRole).toString().contains(u"offline"_s));
        }

        // In order, with who, when and the version each was based on.
        const QList<JournalEntry> journal = entries();
        QCOMPARE(journal.size(), 10);
        QCOMPARE(journal.at(0).kind, JournalEntry::Kind::Create);
        QCOMPARE(journal.at(0).address, address(u"anna.nuova"_s));
        QCOMPARE(journal.at(0).author, m_profile.user);
        QVERIFY(journal.at(0).when.isValid());
        QCOMPARE(journal.at(2).kind, JournalEntry::Kind::ResetPassword);
        QCOMPARE(journal.at(3).baseVersion, base);
        QCOMPARE(journal.at(7).kind, JournalEntry::Kind::Delete);
        QCOMPARE(journal.at(8).baseVersion, QString());
        QCOMPARE(journal.at(9).change.enabled, std::optional<bool>(true));
        for (const JournalEntry &entry : journal)
            QCOMPARE(entry.state, JournalEntry::State::Pending);

        // No password in clear in the file.
        const QByteArray bytes = test::sqliteFileBytes(Connector::replicaPath(m_profile.name));
        for (const QString &password : { annaPassword, brunoPassword, resetPassword })
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(password));

        // Back online: everything sent, in order.
        if (onScim()) {
            const QString restarted = m_server.restart({ u"--seed"_s, u"12"_s });
            QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
            QVERIFY(connectRemote());
        }
        const JournalSummary summary = send();
        QVERIFY2(!summary.stoppedBy, summary.stoppedBy ? qPrintable(summary.stoppedBy->message()) : "");
        QCOMPARE(summary.applied, 10);
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(summary.remaining, 0);
        QVERIFY(entries().isEmpty());

        // The server holds exactly what was done.
        QCOMPARE(remoteMailbox(u"anna.nuova"_s).quotaMb, 120);
        QCOMPARE(remoteMailbox(u"bruno.nuova"_s).quotaMb, 50);
        QVERIFY(passwordWorks(u"anna.nuova"_s, annaPassword));
        QVERIFY(passwordWorks(u"bruno.nuova"_s, brunoPassword));
        QVERIFY(passwordWorks(seeded(1), resetPassword));
        QVERIFY(!passwordWorks(seeded(1), seededPassword));
        QVERIFY(!remoteMailbox(seeded(2)).enabled);
        QCOMPARE(remoteMailbox(seeded(3)).quotaMb, 500);
        QCOMPARE(remoteMailbox(seeded(4)).softQuotaMb, 5);
        QVERIFY(remoteMailbox(seeded(5)).archiving);
        QCOMPARE(await(m_remote->mailbox(address(seeded(6)))).error().code(), Code::NotFound);
        QVERIFY(remoteMailbox(seeded(10)).enabled);
        QCOMPARE(allMailboxes(*m_remote).size(), 1 + 12 + 2 - 1);
        // The copy shows the server's values, nothing pending.
        for (const Mailbox &mailbox : allMailboxes(*m_replica)) {
            QVERIFY(!mailbox.pending);
            QCOMPARE(mailbox.version, remoteMailbox(mailbox.name).version);
        }
        const QByteArray after = test::sqliteFileBytes(Connector::replicaPath(m_profile.name));
        for (const QString &password : { annaPassword, brunoPassword, resetPassword })
            QVERIFY2(!after.contains(password.toUtf8()), qPrintable(password));
    }

    void cancellingPutsTheCopyBack()
    {
        QVERIFY(refresh());
        const Mailbox before = copyMailbox(seeded(7));
        MailboxChange quota = change(seeded(7), before.version);
        quota.quotaMb = 300;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(quota)));
        MailboxChange disable = change(seeded(7), before.version);
        disable.enabled = false;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(disable)));
        PECADMIN_VERIFY_OK(await(m_replica->createMailbox(newMailbox(u"carlo.annullato"_s, annaPassword, 10))));
        PECADMIN_VERIFY_OK(await(m_replica->deleteMailbox(address(seeded(8)), copyMailbox(seeded(8)).version)));
        QCOMPARE(entries().size(), 4);
        // A refresh of the copy from the server keeps what waits to be sent.
        QVERIFY(refresh());
        QCOMPARE(copyMailbox(seeded(7)).quotaMb, 300);
        QVERIFY(!copyMailbox(seeded(7)).enabled);
        QVERIFY(copyMailbox(u"carlo.annullato"_s).pending);
        QCOMPARE(await(m_replica->mailbox(address(seeded(8)))).error().code(), Code::NotFound);
        QCOMPARE(copyMailbox(seeded(7)).version, before.version);

        // Cancelling the first change of user0007 cancels the one made on top of it.
        PECADMIN_VERIFY_OK(await(m_replica->cancelEntry(entries().constFirst().id)));
        QCOMPARE(entries().size(), 2);
        const Mailbox restored = copyMailbox(seeded(7));
        QCOMPARE(restored.quotaMb, before.quotaMb);
        QCOMPARE(restored.enabled, before.enabled);
        QCOMPARE(restored.version, before.version);
        QVERIFY(!restored.pending);

        PECADMIN_VERIFY_OK(await(m_replica->cancelAll()));
        QVERIFY(entries().isEmpty());
        QCOMPARE(await(m_replica->mailbox(address(u"carlo.annullato"_s))).error().code(), Code::NotFound);
        QVERIFY(!copyMailbox(seeded(8)).pending);
        QCOMPARE(await(m_replica->domainDetails(domainName)).value().mailboxCount,
            await(m_remote->domainDetails(domainName)).value().mailboxCount);
        QCOMPARE(await(m_replica->cancelEntry(999)).error().code(), Code::NotFound);
    }

    void pendingOnlyFindsTheJournalsMailboxes()
    {
        auto box = await(Connector::journalSecretBox(m_profile, &m_keyring));
        PECADMIN_VERIFY_OK(box);
        m_replica->setSecretBox(box.value());
        QVERIFY(refresh());
        // The journal is left empty for the next test, whatever happens here.
        const auto emptied = qScopeGuard([this] { await(m_replica->cancelAll()); });
        for (const auto &[name, quotaMb] :
            { std::pair { seeded(7), 30 }, std::pair { seeded(8), 10 }, std::pair { seeded(10), 20 } }) {
            MailboxChange quota = change(name, copyMailbox(name).version);
            quota.quotaMb = quotaMb;
            PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(quota)));
        }
        PECADMIN_VERIFY_OK(await(m_replica->createMailbox(newMailbox(u"zeta.nuova"_s, annaPassword, 25))));
        // Created and deleted offline: in the journal, no longer in the copy.
        PECADMIN_VERIFY_OK(await(m_replica->createMailbox(newMailbox(u"omega.tolta"_s, annaPassword, 5))));
        PECADMIN_VERIFY_OK(await(m_replica->deleteMailbox(address(u"omega.tolta"_s), QString())));

        // By quota, descending, a page of two after another: the four still in the copy.
        MailboxQuery query;
        query.domain = domainName;
        query.pendingOnly = true;
        query.sortColumn = MailboxColumn::Quota;
        query.sortOrder = Qt::DescendingOrder;
        query.limit = 2;
        const Result<MailboxPage> first = await(m_replica->mailboxes(query));
        PECADMIN_VERIFY_OK(first);
        QCOMPARE(first.value().mailboxes.size(), 2);
        QVERIFY(first.value().hasMore);
        QCOMPARE(first.value().mailboxes.at(0).name, seeded(7));
        QCOMPARE(first.value().mailboxes.at(1).name, u"zeta.nuova"_s);
        query.after = first.value().mailboxes.constLast();
        const Result<MailboxPage> second = await(m_replica->mailboxes(query));
        PECADMIN_VERIFY_OK(second);
        QCOMPARE(second.value().mailboxes.size(), 2);
        QVERIFY(!second.value().hasMore);
        QCOMPARE(second.value().mailboxes.at(0).name, seeded(10));
        QCOMPARE(second.value().mailboxes.at(1).name, seeded(8));
        for (const Mailbox &mailbox : first.value().mailboxes + second.value().mailboxes)
            QVERIFY(mailbox.pending);
        // With a search too.
        query.after.reset();
        query.filter = u"zeta"_s;
        QCOMPARE(await(m_replica->mailboxes(query)).value().mailboxes.size(), 1);

        // The table's model, asked for the pending ones only, passes the tester.
        MailboxTableModel model(m_replica.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setDomain(domainName);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == 2 && model.canFetchMore({}));
        model.setPendingOnly(true);
        QTRY_VERIFY(!model.isLoading());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(MailboxTableModel::PendingRole).toBool());
        model.setPendingOnly(false);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == 2 && model.canFetchMore({}));

        // A service without a journal has none.
        MailboxTableModel remote(m_remote.get());
        remote.setPendingOnly(true);
        remote.setDomain(domainName);
        QCOMPARE(remote.rowCount(), 0);
        QVERIFY(!remote.canFetchMore({}));
    }

    void conflictsStayForAChoice()
    {
        QVERIFY(refresh());
        // Offline on the copy…
        MailboxChange quota = change(seeded(9), copyMailbox(seeded(9)).version);
        quota.quotaMb = 200;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(quota)));
        MailboxChange disable = change(seeded(11), copyMailbox(seeded(11)).version);
        disable.enabled = false;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(disable)));
        PECADMIN_VERIFY_OK(await(m_replica->createMailbox(newMailbox(u"carla.presa"_s, annaPassword, 10))));
        MailboxChange fine = change(seeded(12), copyMailbox(seeded(12)).version);
        fine.softQuotaMb = 3;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(fine)));

        // …while someone else changes, deletes and takes the same on the server.
        MailboxChange theirQuota = change(seeded(9), QString());
        theirQuota.quotaMb = 300;
        PECADMIN_VERIFY_OK(await(m_remote->changeMailbox(theirQuota)));
        PECADMIN_VERIFY_OK(await(m_remote->deleteMailbox(address(seeded(11)), QString())));
        PECADMIN_VERIFY_OK(await(m_remote->createMailbox(newMailbox(u"carla.presa"_s, brunoPassword, 30))));

        const JournalSummary summary = send();
        QVERIFY(!summary.stoppedBy);
        QCOMPARE(summary.applied, 1);
        QCOMPARE(summary.conflicts, 3);
        QCOMPARE(remoteMailbox(seeded(12)).softQuotaMb, 3);
        // Nothing overwritten.
        QCOMPARE(remoteMailbox(seeded(9)).quotaMb, 300);
        QVERIFY(passwordWorks(u"carla.presa"_s, brunoPassword));

        const QList<JournalEntry> journal = entries();
        QCOMPARE(journal.size(), 3);
        for (const JournalEntry &entry : journal) {
            QCOMPARE(entry.state, JournalEntry::State::Conflict);
            QVERIFY(!entry.conflict.isEmpty());
        }
        QVERIFY(journal.at(0).theirs);
        QCOMPARE(journal.at(0).theirs->quotaMb, 300);
        QVERIFY(!journal.at(1).theirs); // deleted on the server
        QVERIFY(journal.at(2).theirs); // the address taken
        QCOMPARE(journal.at(2).theirs->quotaMb, 30);
        QVERIFY(copyMailbox(seeded(9)).inConflict);

        // A second sending leaves them as they are.
        const JournalSummary again = send();
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.conflicts, 3);

        // Mine: sent again on the server's version.
        PECADMIN_VERIFY_OK(await(m_replica->resolveConflict(journal.at(0).id, ConflictChoice::Mine)));
        // A change of a deleted mailbox, or a creation on a taken address, cannot be "mine".
        QVERIFY(!await(m_replica->resolveConflict(journal.at(1).id, ConflictChoice::Mine)).ok());
        QVERIFY(!await(m_replica->resolveConflict(journal.at(2).id, ConflictChoice::Mine)).ok());
        // Theirs: dropped, the copy takes the server's state.
        PECADMIN_VERIFY_OK(await(m_replica->resolveConflict(journal.at(1).id, ConflictChoice::Theirs)));
        PECADMIN_VERIFY_OK(await(m_replica->resolveConflict(journal.at(2).id, ConflictChoice::Theirs)));
        QCOMPARE(await(m_replica->mailbox(address(seeded(11)))).error().code(), Code::NotFound);
        QCOMPARE(copyMailbox(u"carla.presa"_s).quotaMb, 30);
        QVERIFY(!copyMailbox(u"carla.presa"_s).pending);

        const JournalSummary last = send();
        QCOMPARE(last.applied, 1);
        QCOMPARE(last.remaining, 0);
        QCOMPARE(remoteMailbox(seeded(9)).quotaMb, 200);
        QVERIFY(passwordWorks(u"carla.presa"_s, brunoPassword));
    }

    void serverLostWhileSending()
    {
        if (!onScim())
            QSKIP("The server is made to go away by the SCIM test server's outage control.");
        QVERIFY(refresh());
        const QStringList names { u"d.uno"_s, u"d.due"_s, u"d.tre"_s, u"d.quattro"_s, u"d.cinque"_s };
        for (const QString &name : names)
            PECADMIN_VERIFY_OK(await(m_replica->createMailbox(newMailbox(name, annaPassword, 10))));
        MailboxChange disable = change(seeded(12), copyMailbox(seeded(12)).version);
        disable.enabled = false;
        PECADMIN_VERIFY_OK(await(m_replica->changeMailbox(disable)));
        const QString version12 = remoteMailbox(seeded(12)).version;

        // Three entries answered, the fourth applied with its answer lost, then nothing.
        QJsonObject outage { { u"afterWrites"_s, 3 } };
        m_server.control("POST", u"outage"_s, outage);
        const JournalSummary cut = send();
        QVERIFY(cut.stoppedBy);
        QCOMPARE(cut.applied, 3);
        QList<JournalEntry> journal = entries();
        QCOMPARE(journal.size(), 3);
        QCOMPARE(journal.at(0).address, address(u"d.quattro"_s));
        QCOMPARE(journal.at(0).state, JournalEntry::State::Sending);
        QCOMPARE(journal.at(1).state, JournalEntry::State::Pending);

        m_server.control("POST", u"outage"_s, QJsonObject { { u"off"_s, true } });
        const JournalSummary resumed = send();
        QVERIFY2(!resumed.stoppedBy, resumed.stoppedBy ? qPrintable(resumed.stoppedBy->message()) : "");
        QCOMPARE(resumed.applied, 3);
        QCOMPARE(resumed.conflicts, 0);
        QVERIFY(entries().isEmpty());

        // Each mailbox once, each change once.
        const QList<Mailbox> all = allMailboxes(*m_remote);
        for (const QString &name : names) {
            int count = 0;
            for (const Mailbox &mailbox : all)
                count += mailbox.name == name ? 1 : 0;
            QCOMPARE(count, 1);
            QVERIFY(passwordWorks(name, annaPassword));
        }
        const Mailbox disabled = remoteMailbox(seeded(12));
        QVERIFY(!disabled.enabled);
        QVERIFY(disabled.version != version12);
    }
};

QTEST_MAIN(TestJournal)
#include "tst_journal.moc"
