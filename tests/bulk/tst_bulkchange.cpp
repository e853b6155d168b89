// Bulk actions on a list of mailboxes against a real store: each action, a mailbox changed
// meanwhile (refused, not overwritten), the postmaster protected, and a cancel midway.

#include "bulk/bulkchange.h"
#include "bulktestsupport.h"
#include "core/rules.h"
#include "local/passwordhash.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pecadmin;
using namespace pecadmin::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(BulkChange::Action)

namespace {

using Entry = BulkReportEntry::Outcome;

QByteArray storedHash(const QString &storePath, const QString &name)
{
    const QString connection = u"check-hash"_s;
    QByteArray hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(storePath);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT password_hash FROM mailboxes WHERE name = ?"_s);
            query.addBindValue(name);
            if (query.exec() && query.next())
                hash = query.value(0).toString().toUtf8();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return hash;
}

} // namespace

class TestBulkChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void actions_data();
    void actions();
    void resetPasswords();
    void deleteSkipsPostmasterAndStaleVersions();
    void disablePostmasterRefused();
    void wholeSelectionOrNothing();
    void refusalOfOneGoesOn();
    void cancelMidway();

private:
    QList<Mailbox> userMailboxes();

    QTemporaryDir m_dir;
    QString m_storePath;
    std::shared_ptr<LocalMailboxService> m_service;
    int m_number = 0;
};

void TestBulkChange::init()
{
    m_service.reset();
    m_storePath = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_number));
    m_service = openStore(m_storePath);
    QVERIFY(m_service);
    QVERIFY(await(m_service->addDomain(exampleDomain())));
    for (const QString &name : { u"anna"_s, u"bruno"_s, u"carla"_s, u"dario"_s }) {
        QVERIFY(await(m_service->createMailbox(
            NewMailbox { name, u"pec.example.it"_s, u"Prova2024abc"_s, 200, 100, false, true })));
    }
}

QList<Mailbox> TestBulkChange::userMailboxes()
{
    QList<Mailbox> result;
    for (const Mailbox &mailbox : allMailboxes(*m_service, u"pec.example.it"_s)) {
        if (!mailbox.isPostmaster())
            result.append(mailbox);
    }
    return result;
}

void TestBulkChange::actions_data()
{
    QTest::addColumn<BulkChange::Action>("action");
    QTest::addColumn<qint64>("megabytes");
    using A = BulkChange::Action;
    QTest::newRow("disable") << A::Disable << qint64(0);
    QTest::newRow("enable") << A::Enable << qint64(0);
    QTest::newRow("quota") << A::SetQuota << qint64(300);
    QTest::newRow("soft quota") << A::SetSoftQuota << qint64(150);
    QTest::newRow("archiving on") << A::ArchivingOn << qint64(0);
    QTest::newRow("archiving off") << A::ArchivingOff << qint64(0);
}

void TestBulkChange::actions()
{
    QFETCH(BulkChange::Action, action);
    QFETCH(qint64, megabytes);
    using A = BulkChange::Action;

    // Start from the opposite state, so that each action visibly changes something.
    for (const Mailbox &mailbox : userMailboxes()) {
        MailboxChange change;
        change.address = mailbox.address();
        change.enabled = action != A::Enable;
        change.archiving = action == A::ArchivingOff;
        QVERIFY(await(m_service->changeMailbox(change)));
    }
    BulkChange bulk(*m_service);
    QSignalSpy progress(&bulk, &BulkJob::progress);
    QVERIFY(runJob(bulk, [&] { bulk.start(action, userMailboxes(), megabytes); }));
    QCOMPARE(bulk.report().count(Entry::Done), 4);
    QVERIFY(bulk.report().complete());
    QCOMPARE(progress.count(), 4);

    for (const Mailbox &mailbox : userMailboxes()) {
        switch (action) {
        case A::Enable:
            QVERIFY(mailbox.enabled);
            break;
        case A::Disable:
            QVERIFY(!mailbox.enabled);
            break;
        case A::SetQuota:
            QCOMPARE(mailbox.quotaMb, 300);
            break;
        case A::SetSoftQuota:
            QCOMPARE(mailbox.softQuotaMb, 150);
            break;
        case A::ArchivingOn:
            QVERIFY(mailbox.archiving);
            break;
        case A::ArchivingOff:
            QVERIFY(!mailbox.archiving);
            break;
        default:
            QFAIL("not an action of this test");
        }
    }
}

void TestBulkChange::resetPasswords()
{
    BulkChange bulk(*m_service);
    QVERIFY(runJob(
        bulk, [&] { bulk.start(BulkChange::Action::ResetPassword, userMailboxes(), 0, PasswordPolicy::poste()); }));
    QCOMPARE(bulk.report().count(Entry::Done), 4);
    for (const BulkReportEntry &entry : bulk.report().entries) {
        QVERIFY(!entry.password.isEmpty());
        QVERIFY(!rules::checkPassword(PasswordPolicy::poste(), entry.password));
        const QString name = entry.address.section(u'@', 0, 0);
        QVERIFY(verifyPassword(storedHash(m_storePath, name), entry.password));
        QVERIFY(!verifyPassword(storedHash(m_storePath, name), u"Prova2024abc"_s));
    }
    bulk.clearPasswords();
    for (const BulkReportEntry &entry : bulk.report().entries)
        QVERIFY(entry.password.isEmpty());
}

void TestBulkChange::deleteSkipsPostmasterAndStaleVersions()
{
    QList<Mailbox> listed = allMailboxes(*m_service, u"pec.example.it"_s); // postmaster first? by name
    QCOMPARE(listed.size(), 5);
    // bruno changes after the list was made: his delete must be refused.
    MailboxChange change;
    change.address = u"bruno@pec.example.it"_s;
    change.quotaMb = 250;
    QVERIFY(await(m_service->changeMailbox(change)));

    BulkChange bulk(*m_service);
    QVERIFY(runJob(bulk, [&] { bulk.start(BulkChange::Action::Delete, listed); }));
    const BulkReport &report = bulk.report();
    QCOMPARE(report.count(Entry::Done), 3);
    QCOMPARE(report.count(Entry::Failed), 2);
    for (const BulkReportEntry &entry : report.entries) {
        if (entry.address == u"bruno@pec.example.it")
            QCOMPARE(entry.error->code(), ServiceError::Code::Conflict);
        else if (entry.address == u"postmaster@pec.example.it")
            QCOMPARE(entry.error->code(), ServiceError::Code::Protected);
        else
            QCOMPARE(entry.outcome, Entry::Done);
    }
    QCOMPARE(names(allMailboxes(*m_service, u"pec.example.it"_s)), (QStringList { u"bruno"_s, u"postmaster"_s }));
}

void TestBulkChange::disablePostmasterRefused()
{
    BulkChange bulk(*m_service);
    QVERIFY(
        runJob(bulk, [&] { bulk.start(BulkChange::Action::Disable, allMailboxes(*m_service, u"pec.example.it"_s)); }));
    QCOMPARE(bulk.report().count(Entry::Done), 4);
    QCOMPARE(bulk.report().count(Entry::Failed), 1);
    for (const Mailbox &mailbox : allMailboxes(*m_service, u"pec.example.it"_s))
        QCOMPARE(mailbox.enabled, mailbox.isPostmaster());
}

void TestBulkChange::wholeSelectionOrNothing()
{
    // The postmaster cannot be disabled: in Whole mode no mailbox is, and no request is made.
    const QList<Mailbox> before = allMailboxes(*m_service, u"pec.example.it"_s);
    BulkChange whole(*m_service);
    QVERIFY(runJob(whole,
        [&] { whole.start(BulkChange::Action::Disable, before, 0, PasswordPolicy(), BulkJob::PlanMode::Whole); }));
    QCOMPARE(whole.report().count(Entry::Done), 0);
    QCOMPARE(whole.report().count(Entry::Failed), 1);
    QCOMPARE(whole.report().count(Entry::NotDone), 4);
    QVERIFY(whole.report().stoppedBy);
    QCOMPARE(whole.report().stoppedBy->code(), ServiceError::Code::Validation);
    QVERIFY2(whole.report().stoppedBy->message().contains(u"no mailbox was changed"_s),
        qPrintable(whole.report().stoppedBy->message()));
    const QList<Mailbox> after = allMailboxes(*m_service, u"pec.example.it"_s);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QVERIFY(after.at(i).enabled);
        QCOMPARE(after.at(i).version, before.at(i).version);
    }

    // ReadyOnly changes the others; Whole mode with nothing refused changes them all.
    BulkChange ready(*m_service);
    QVERIFY(runJob(ready,
        [&] { ready.start(BulkChange::Action::Disable, before, 0, PasswordPolicy(), BulkJob::PlanMode::ReadyOnly); }));
    QCOMPARE(ready.report().count(Entry::Done), 4);
    QCOMPARE(ready.report().count(Entry::Failed), 1);
    QVERIFY(!ready.report().stoppedBy);
    BulkChange users(*m_service);
    QVERIFY(runJob(users, [&] {
        users.start(BulkChange::Action::Enable, userMailboxes(), 0, PasswordPolicy(), BulkJob::PlanMode::Whole);
    }));
    QCOMPARE(users.report().count(Entry::Done), 4);
    QVERIFY(!users.report().stoppedBy);
    for (const Mailbox &mailbox : allMailboxes(*m_service, u"pec.example.it"_s))
        QVERIFY(mailbox.enabled);
}

void TestBulkChange::refusalOfOneGoesOn()
{
    // 20000 MB in all; the postmaster and four of 200 MB: a quota of 1024 MB for each fits,
    // but the domain's maximum is 1024 MB: 2000 MB is refused for each, and all are tried.
    BulkChange bulk(*m_service);
    QVERIFY(runJob(bulk, [&] { bulk.start(BulkChange::Action::SetQuota, userMailboxes(), 2000); }));
    QCOMPARE(bulk.report().count(Entry::Failed), 4);
    QVERIFY(!bulk.report().stoppedBy);
    QCOMPARE(bulk.report().entries.at(0).error->code(), ServiceError::Code::Validation);
    for (const Mailbox &mailbox : userMailboxes())
        QCOMPARE(mailbox.quotaMb, 200);
}

void TestBulkChange::cancelMidway()
{
    BulkChange bulk(*m_service);
    connect(&bulk, &BulkJob::progress, &bulk, [&bulk](int done) {
        if (done == 2)
            bulk.cancel();
    });
    QVERIFY(runJob(bulk, [&] { bulk.start(BulkChange::Action::Disable, userMailboxes()); }));
    QVERIFY(bulk.report().cancelled);
    // The changes already asked for when the cancel came are done; no other is.
    const int done = bulk.report().count(Entry::Done);
    QVERIFY2(done >= 2 && done <= 2 + BulkJob::requestsInFlight() - 1, qPrintable(QString::number(done)));
    QCOMPARE(bulk.report().count(Entry::NotDone), int(bulk.report().entries.size()) - done);
    for (int i = 0; i < bulk.report().entries.size(); ++i)
        QCOMPARE(bulk.report().entries.at(i).outcome, i < done ? Entry::Done : Entry::NotDone);
    int disabled = 0;
    for (const Mailbox &mailbox : userMailboxes())
        disabled += mailbox.enabled ? 0 : 1;
    QCOMPARE(disabled, done);
}

QTEST_GUILESS_MAIN(TestBulkChange)
#include "tst_bulkchange.moc"
