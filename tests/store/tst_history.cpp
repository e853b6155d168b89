// The history of changes on a real store (a SQLite file, or in the `_pg` variant a PostgreSQL
// database): the entries every operation, an import and a bulk change leave; nothing for a
// refused change; no password in the store; pages and filters; a chain altered with sqlite3 or
// psql is caught at its first broken entry; a cut keeps the chain whole; on PostgreSQL the
// administrators' role can only add entries, and each role is named in its own entries.

#include "bulk/bulkchange.h"
#include "bulk/importer.h"
#include "local/historylog.h"
#include "local/localmailboxservice.h"
#include "local/sqlstore.h"
#include "support/await.h"
#include "teststorebackend.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

Q_DECLARE_METATYPE(pecadmin::HistoryCheck::Problem)

namespace {

using Code = ServiceError::Code;
using Problem = HistoryCheck::Problem;

const QString domainName = u"pec.storia.it"_s;
const QString firstPassword = u"Primo7segreto"_s;
const QString resetTo = u"Nuovo9segreto"_s;

Domain testDomain()
{
    Domain domain;
    domain.name = domainName;
    domain.totalSpaceMb = 100000;
    domain.maxMailboxes = 200;
    domain.maxMailboxQuotaMb = 2048;
    domain.archivingAvailable = true;
    domain.passwordPolicy = PasswordPolicy::poste();
    return domain;
}

NewMailbox newMailbox(const QString &name, qint64 quotaMb = 512)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = domainName;
    mailbox.password = firstPassword;
    mailbox.quotaMb = quotaMb;
    return mailbox;
}

QString address(const QString &name)
{
    return name + u'@' + domainName;
}

// Every entry, oldest first.
QList<HistoryEntry> allEntries(MailboxService &service, HistoryQuery query = {})
{
    QList<HistoryEntry> all;
    query.limit = 7; // small pages: paging is exercised
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

QStringList operations(const QList<HistoryEntry> &entries)
{
    QStringList names;
    for (const HistoryEntry &entry : entries)
        names.append(entry.operation + u' ' + (entry.mailbox.isEmpty() ? entry.domain : entry.mailbox));
    return names;
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::shared_ptr<LocalMailboxService> openService(const StoreLocation &location)
{
    Result<std::shared_ptr<LocalMailboxService>> opened = test::await(LocalMailboxService::open(location));
    if (!opened) {
        qWarning() << test::describe(opened.error());
        return nullptr;
    }
    return opened.value();
}

// Runs `sql` as a person with direct access would: sqlite3 on the file (dropping the triggers
// that refuse it first), or psql as the server's superuser with the triggers turned off.
bool tamper(const StoreLocation &location, const QString &sql)
{
    QProcess process;
    if (location.isPostgreSql()) {
        process.start(u"psql"_s,
            { u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, location.host, u"-p"_s,
                QString::number(location.port), u"-U"_s, location.user, u"-d"_s, location.database, u"-c"_s,
                u"SET session_replication_role = replica; "_s + sql });
    } else {
        process.start(u"sqlite3"_s,
            { location.path,
                u"DROP TRIGGER IF EXISTS history_no_update; DROP TRIGGER IF EXISTS history_no_delete; "_s + sql });
    }
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return false;
    }
    return true;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyOperationLeavesItsEntry();
    void refusedChangesLeaveNoEntry();
    void domainChangeAndRemovalLeaveTheirEntries();
    void importAndBulkChangeLeaveOneEntryPerMailboxAndOneForTheJob();
    void demoDomainAndBatches();
    void noPasswordInTheStore();
    void pagesAndFilters();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void triggersRefuseRewriting();
    void cutKeepsTheChainWhole();
    void administratorsMayOnlyAdd();

private:
    StoreLocation m_location;
    std::shared_ptr<LocalMailboxService> m_service;
    std::unique_ptr<test::TestStores> m_stores;
};

void TestHistory::initTestCase()
{
    QString error;
    QVERIFY2(test::TestStores::serverReady(&error), qPrintable(error));
}

void TestHistory::init()
{
    m_stores = std::make_unique<test::TestStores>();
    m_location = m_stores->newLocation();
    m_service = openService(m_location);
    QVERIFY(m_service);
    const Result<Domain> added = test::await(m_service->addDomain(testDomain()));
    QVERIFY2(added, added ? "" : test::describe(added.error()).constData());
}

void TestHistory::cleanup()
{
    m_service.reset();
    m_stores.reset();
}

void TestHistory::everyOperationLeavesItsEntry()
{
    MailboxService &service = *m_service;
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<Mailbox> created = test::await(service.createMailbox(newMailbox(u"mario.rossi"_s)));
    QVERIFY(created);
    MailboxChange change;
    change.address = address(u"mario.rossi"_s);
    change.version = created.value().version;
    change.quotaMb = 1024;
    change.enabled = false;
    const Result<Mailbox> changed = test::await(service.changeMailbox(change));
    QVERIFY(changed);
    const Result<Mailbox> reset = test::await(service.resetPassword(change.address, changed.value().version, resetTo));
    QVERIFY(reset);
    QVERIFY(test::await(service.deleteMailbox(change.address, reset.value().version)));

    const QList<HistoryEntry> entries = allEntries(service);
    QCOMPARE(operations(entries),
        QStringList({ u"domain-add pec.storia.it"_s, u"mailbox-create postmaster@pec.storia.it"_s,
            u"mailbox-create mario.rossi@pec.storia.it"_s, u"mailbox-change mario.rossi@pec.storia.it"_s,
            u"password-reset mario.rossi@pec.storia.it"_s, u"mailbox-delete mario.rossi@pec.storia.it"_s }));
    const QString actor = m_location.isPostgreSql() ? m_location.user : QString();
    for (int i = 0; i < entries.size(); ++i) {
        const HistoryEntry &entry = entries.at(i);
        QCOMPARE(entry.sequence, i + 1);
        QCOMPARE(entry.domain, domainName);
        QCOMPARE(entry.result, history::succeeded);
        QVERIFY(entry.time >= started && entry.time <= QDateTime::currentDateTimeUtc());
        QCOMPARE(entry.time.timeSpec(), Qt::UTC);
        if (!actor.isEmpty())
            QCOMPARE(entry.actor, actor);
        else
            QVERIFY2(entry.actor.contains(u'@'), qPrintable(entry.actor)); // user@host
        QCOMPARE(entry.hash, entry.computeHash());
        QCOMPARE(entry.previousHash, i == 0 ? history::genesisHash() : entries.at(i - 1).hash);
    }
    QCOMPARE(json(entries.at(0).after).value(u"max_mailboxes"_s).toInt(), 200);
    QCOMPARE(json(entries.at(2).after).value(u"quota_mb"_s).toInteger(), 512);
    QCOMPARE(entries.at(2).before, QString());
    // A change keeps only what changed, before and after.
    QCOMPARE(json(entries.at(3).before), QJsonObject({ { u"enabled"_s, true }, { u"quota_mb"_s, 512 } }));
    QCOMPARE(json(entries.at(3).after), QJsonObject({ { u"enabled"_s, false }, { u"quota_mb"_s, 1024 } }));
    QCOMPARE(json(entries.at(4).after), QJsonObject({ { u"password"_s, u"reset"_s } }));
    QCOMPARE(json(entries.at(5).before).value(u"quota_mb"_s).toInteger(), 1024);
    QCOMPARE(entries.at(5).after, QString());

    const Result<HistoryCheck> check = test::await(service.verifyHistory());
    QVERIFY(check);
    QVERIFY(check.value().intact());
    QCOMPARE(check.value().entries, 6);
    QCOMPARE(check.value().head.hash, entries.constLast().hash);
    const Result<HistoryEntry> head = test::await(service.historyHead());
    QVERIFY(head);
    QCOMPARE(head.value().sequence, 6);
    QCOMPARE(head.value().hash, entries.constLast().hash);
}

void TestHistory::refusedChangesLeaveNoEntry()
{
    MailboxService &service = *m_service;
    const Result<Mailbox> created = test::await(service.createMailbox(newMailbox(u"anna"_s)));
    QVERIFY(created);
    const qint64 before = allEntries(service).size();

    QCOMPARE(test::await(service.createMailbox(newMailbox(u"anna"_s))).error().code(), Code::AlreadyExists);
    QCOMPARE(test::await(service.createMailbox(newMailbox(u"grande"_s, 4096))).error().code(), Code::Validation);
    MailboxChange change;
    change.address = address(u"anna"_s);
    change.version = u"999"_s; // someone changed it meanwhile
    change.quotaMb = 100;
    QCOMPARE(test::await(service.changeMailbox(change)).error().code(), Code::Conflict);
    QCOMPARE(
        test::await(service.resetPassword(change.address, QString(), u"corta"_s)).error().code(), Code::Validation);
    QCOMPARE(
        test::await(service.deleteMailbox(u"postmaster@"_s + domainName, QString())).error().code(), Code::Protected);
    QCOMPARE(test::await(service.deleteMailbox(address(u"nessuno"_s), QString())).error().code(), Code::NotFound);

    QCOMPARE(allEntries(service).size(), before);
    QVERIFY(test::await(service.verifyHistory()).value().intact());
}

void TestHistory::domainChangeAndRemovalLeaveTheirEntries()
{
    MailboxService &service = *m_service;
    Domain changed = testDomain();
    changed.maxMailboxes = 150;
    changed.passwordPolicy = PasswordPolicy::custom();
    changed.passwordPolicy.minLength = 12;
    changed.language = u"en"_s;
    QVERIFY(test::await(service.changeDomain(changed)));
    QVERIFY(test::await(service.changeDomain(changed))); // the same again: nothing to record
    // Refused: a domain with a mailbox besides the postmaster is not removed.
    QVERIFY(test::await(service.createMailbox(newMailbox(u"luca"_s))));
    QCOMPARE(test::await(service.removeDomain(domainName)).error().code(), Code::Protected);
    QVERIFY(test::await(service.deleteMailbox(address(u"luca"_s), QString())));
    QVERIFY(test::await(service.removeDomain(domainName)));

    HistoryQuery query;
    query.domain = domainName;
    const QList<HistoryEntry> entries = allEntries(service, query);
    QCOMPARE(operations(entries),
        QStringList({ u"domain-add pec.storia.it"_s, u"mailbox-create postmaster@pec.storia.it"_s,
            u"domain-change pec.storia.it"_s, u"mailbox-create luca@pec.storia.it"_s,
            u"mailbox-delete luca@pec.storia.it"_s, u"domain-remove pec.storia.it"_s }));
    const QJsonObject before = json(entries.at(2).before);
    const QJsonObject after = json(entries.at(2).after);
    QCOMPARE(before.value(u"max_mailboxes"_s).toInt(), 200);
    QCOMPARE(after.value(u"max_mailboxes"_s).toInt(), 150);
    QCOMPARE(before.value(u"password_policy"_s).toString(), u"poste"_s);
    QCOMPARE(after.value(u"password_policy"_s).toString(), u"custom"_s);
    QCOMPARE(after.value(u"password_min_length"_s).toInt(), 12);
    QCOMPARE(before.value(u"language"_s).toString(), u"it"_s);
    QCOMPARE(after.value(u"language"_s).toString(), u"en"_s);
    QVERIFY(!after.contains(u"total_space_mb"_s)); // unchanged: not kept
    QCOMPARE(json(entries.at(5).before).value(u"max_mailboxes"_s).toInt(), 150);
    QCOMPARE(entries.at(5).after, QString());
    QVERIFY(test::await(service.verifyHistory()).value().intact());
}

void TestHistory::importAndBulkChangeLeaveOneEntryPerMailboxAndOneForTheJob()
{
    MailboxService &service = *m_service;
    QVERIFY(test::await(service.createMailbox(newMailbox(u"esiste"_s))));
    ImportPlan plan;
    for (const QString &name : { u"uno"_s, u"due"_s, u"esiste"_s, u"tre"_s }) {
        ImportRow row;
        row.row = int(plan.rows.size()) + 2;
        row.writtenName = name;
        row.mailbox = newMailbox(name, 256);
        row.status = name == u"esiste"_s ? ImportRow::Status::Exists : ImportRow::Status::Ready;
        plan.rows.append(row);
    }
    const qint64 start = allEntries(service).size();
    Importer importer(service);
    QSignalSpy imported(&importer, &BulkJob::finished);
    importer.start(plan);
    QVERIFY(imported.wait(60000));
    QList<HistoryEntry> entries = allEntries(service).mid(start);
    QCOMPARE(operations(entries),
        QStringList({ u"mailbox-create uno@pec.storia.it"_s, u"mailbox-create due@pec.storia.it"_s,
            u"mailbox-create tre@pec.storia.it"_s, u"job pec.storia.it"_s }));
    QCOMPARE(json(entries.constLast().after),
        QJsonObject({ { u"kind"_s, u"import"_s }, { u"total"_s, 4 }, { u"done"_s, 3 }, { u"skipped"_s, 1 },
            { u"failed"_s, 0 }, { u"not_done"_s, 0 } }));

    QList<Mailbox> targets;
    for (const QString &name : { u"uno"_s, u"due"_s })
        targets.append(test::await(service.mailbox(address(name))).value());
    Mailbox postmaster = test::await(service.mailbox(u"postmaster@"_s + domainName)).value();
    targets.append(postmaster); // refused: the postmaster cannot be disabled
    BulkChange change(service);
    QSignalSpy changed(&change, &BulkJob::finished);
    change.start(BulkChange::Action::Disable, targets);
    QVERIFY(changed.wait(60000));
    entries = allEntries(service).mid(start + 4);
    QCOMPARE(operations(entries),
        QStringList(
            { u"mailbox-change uno@pec.storia.it"_s, u"mailbox-change due@pec.storia.it"_s, u"job pec.storia.it"_s }));
    QCOMPARE(json(entries.constLast().after),
        QJsonObject({ { u"kind"_s, u"bulk-change"_s }, { u"action"_s, u"disable"_s }, { u"total"_s, 3 },
            { u"done"_s, 2 }, { u"skipped"_s, 0 }, { u"failed"_s, 1 }, { u"not_done"_s, 0 } }));
    QVERIFY(test::await(service.verifyHistory()).value().intact());
}

void TestHistory::demoDomainAndBatches()
{
    Result<DomainDetails> demo = test::await(m_service->addDemoDomain());
    QVERIFY(demo);
    HistoryQuery query;
    query.domain = demo.value().domain.name;
    const QList<HistoryEntry> entries = allEntries(*m_service, query);
    // The domain, its postmaster, each mailbox, and the batch.
    QCOMPARE(entries.size(), demo.value().mailboxCount + 2);
    QCOMPARE(entries.constFirst().operation, history::domainAdded);
    QCOMPARE(entries.constLast().operation, history::job);
    QVERIFY(test::await(m_service->verifyHistory()).value().intact());
}

void TestHistory::noPasswordInTheStore()
{
    MailboxService &service = *m_service;
    const Result<Mailbox> created = test::await(service.createMailbox(newMailbox(u"segreto"_s)));
    QVERIFY(created);
    QVERIFY(test::await(service.resetPassword(created.value().address(), QString(), resetTo)));
    m_service.reset();

    QStringList rows;
    QVERIFY(test::runOn(m_location,
        u"SELECT "_s
            + u"actor || operation || domain || mailbox || before_fields || after_fields || result FROM history"_s,
        &rows));
    QCOMPARE(rows.size(), 4);
    const QString all = rows.join(u'\n');
    QVERIFY(!all.contains(firstPassword));
    QVERIFY(!all.contains(resetTo));
    QVERIFY(!all.contains(u"argon2"_s)); // nor a hash
    if (!m_location.isPostgreSql()) {
        QByteArray bytes;
        for (const QString &suffix : { QString(), u"-wal"_s }) {
            QFile file(m_location.path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains("password-reset"));
        QVERIFY(!bytes.contains(firstPassword.toUtf8()));
        QVERIFY(!bytes.contains(resetTo.toUtf8()));
    }
}

void TestHistory::pagesAndFilters()
{
    MailboxService &service = *m_service;
    for (int i = 0; i < 25; ++i)
        QVERIFY(
            test::await(service.createMailbox(newMailbox(u"casella"_s + QString::number(i).rightJustified(2, u'0')))));
    MailboxChange change;
    change.address = address(u"casella07"_s);
    change.quotaMb = 1000;
    QVERIFY(test::await(service.changeMailbox(change)));

    HistoryQuery query;
    query.domain = domainName;
    query.limit = 10;
    Result<HistoryPage> page = test::await(service.history(query));
    QVERIFY(page);
    QCOMPARE(page.value().entries.size(), 10);
    QVERIFY(page.value().hasMore);
    QCOMPARE(page.value().entries.constFirst().sequence, 28); // newest first
    QCOMPARE(page.value().entries.constFirst().operation, history::mailboxChanged);
    query.beforeSequence = page.value().entries.constLast().sequence;
    page = test::await(service.history(query));
    QCOMPARE(page.value().entries.constFirst().sequence, 18);
    HistoryQuery wholeDomain;
    wholeDomain.domain = domainName;
    QCOMPARE(allEntries(service, wholeDomain).size(), 28);

    HistoryQuery byMailbox;
    byMailbox.mailbox = u"Casella07@PEC.storia.it"_s;
    QCOMPARE(operations(allEntries(service, byMailbox)),
        QStringList({ u"mailbox-create casella07@pec.storia.it"_s, u"mailbox-change casella07@pec.storia.it"_s }));
    HistoryQuery byOperation;
    byOperation.domain = domainName;
    byOperation.operation = history::mailboxChanged;
    QCOMPARE(allEntries(service, byOperation).size(), 1);
    HistoryQuery byActor;
    byActor.actor = u"qualcun.altro"_s;
    QCOMPARE(allEntries(service, byActor).size(), 0);
    byActor.actor = allEntries(service).constFirst().actor;
    QCOMPARE(allEntries(service, byActor).size(), 28);
    HistoryQuery otherDomain;
    otherDomain.domain = u"altro.it"_s;
    QCOMPARE(allEntries(service, otherDomain).size(), 0);
    HistoryQuery future;
    future.since = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(allEntries(service, future).size(), 0);
    HistoryQuery past;
    past.until = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QCOMPARE(allEntries(service, past).size(), 0);
    HistoryQuery now;
    now.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    now.until = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(allEntries(service, now).size(), 28);
}

void TestHistory::tamperingIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<qint64>("broken");

    // Entries: 1 domain, 2 postmaster, 3-5 mailboxes a, b, c, 6 a change of a.
    QTest::newRow("a field edited") << u"UPDATE history SET after_fields = replace(after_fields, '512', '64') "
                                       "WHERE seq = 4"_s
                                    << Problem::Changed << qint64(4);
    QTest::newRow("the actor edited") << u"UPDATE history SET actor = 'qualcun.altro' WHERE seq = 6"_s
                                      << Problem::Changed << qint64(6);
    QTest::newRow("an entry removed") << u"DELETE FROM history WHERE seq = 3"_s << Problem::Removed << qint64(3);
    QTest::newRow("the first entries removed")
        << u"DELETE FROM history WHERE seq <= 2"_s << Problem::Removed << qint64(1);
    QTest::newRow("two entries swapped") << u"UPDATE history SET seq = -4 WHERE seq = 4; "
                                            "UPDATE history SET seq = 4 WHERE seq = 3; "
                                            "UPDATE history SET seq = 3 WHERE seq = -4;"_s
                                         << Problem::Reordered << qint64(3);
    QTest::newRow("an entry rewritten with its hash") << u"UPDATE history SET result = 'refused' WHERE seq = 5; "
                                                         "UPDATE history SET hash = '"_s
            + QString(64, u'f')
            + u"' WHERE seq = 5"_s << Problem::Changed << qint64(5);
}

void TestHistory::tamperingIsFound()
{
    QFETCH(QString, sql);
    QFETCH(Problem, problem);
    QFETCH(qint64, broken);
    for (const QString &name : { u"a"_s, u"b"_s, u"c"_s })
        QVERIFY(test::await(m_service->createMailbox(newMailbox(name))));
    MailboxChange change;
    change.address = address(u"a"_s);
    change.quotaMb = 600;
    QVERIFY(test::await(m_service->changeMailbox(change)));
    QVERIFY(test::await(m_service->verifyHistory()).value().intact());
    m_service.reset();

    QVERIFY(tamper(m_location, sql));

    m_service = openService(m_location);
    QVERIFY(m_service);
    const Result<HistoryCheck> check = test::await(m_service->verifyHistory());
    QVERIFY(check);
    QCOMPARE(check.value().problem, problem);
    QCOMPARE(check.value().brokenSequence, broken);
}

void TestHistory::triggersRefuseRewriting()
{
    m_service.reset();
    for (const QString &sql :
        { u"UPDATE history SET actor = 'x' WHERE seq = 1"_s, u"DELETE FROM history WHERE seq = 2"_s }) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"append-only"_s));
        QVERIFY(!test::runOn(m_location, sql));
    }
    if (m_location.isPostgreSql()) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"append-only"_s));
        QVERIFY(!test::runOn(m_location, u"TRUNCATE history"_s));
        // An entry that names another role than the one writing it.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"must name the role"_s));
        QVERIFY(!test::runOn(
            m_location, u"INSERT INTO history VALUES (3, 0, 'qualcun.altro', 'job', '', '', '', '', 'ok', '', '')"_s));
    }
    QStringList rows;
    QVERIFY(test::runOn(m_location, u"SELECT COUNT(*) FROM history"_s, &rows));
    QCOMPARE(rows, QStringList { u"2"_s });
}

void TestHistory::cutKeepsTheChainWhole()
{
    MailboxService &service = *m_service;
    QVERIFY(test::await(service.createMailbox(newMailbox(u"vecchia"_s))));
    const QDateTime old = allEntries(service).constLast().time;
    // The next entries are at least a millisecond newer than the last one cut.
    while (QDateTime::currentDateTimeUtc() <= old)
        QTest::qSleep(1);
    const QDateTime cutBefore = old.addMSecs(1);
    QVERIFY(test::await(service.createMailbox(newMailbox(u"nuova"_s))));

    QCOMPARE(test::await(service.cutHistory(old.addDays(-1))).error().code(), Code::Validation);
    const Result<HistoryEntry> checkpoint = test::await(service.cutHistory(cutBefore));
    QVERIFY2(checkpoint, checkpoint ? "" : test::describe(checkpoint.error()).constData());
    QCOMPARE(checkpoint.value().operation, history::cut);
    QCOMPARE(checkpoint.value().sequence, 5);
    QCOMPARE(json(checkpoint.value().after).value(u"through"_s).toInteger(), 3);
    QCOMPARE(json(checkpoint.value().after).value(u"count"_s).toInteger(), 3);

    QCOMPARE(
        operations(allEntries(service)), QStringList({ u"mailbox-create nuova@pec.storia.it"_s, u"history-cut "_s }));
    QVERIFY(test::await(service.createMailbox(newMailbox(u"dopo"_s))));
    Result<HistoryCheck> check = test::await(service.verifyHistory());
    QVERIFY(check.value().intact());
    QCOMPARE(check.value().firstSequence, 4);
    QCOMPARE(check.value().entries, 3);

    // Removing the first kept entry as well is caught: the checkpoint does not account for it.
    m_service.reset();
    QVERIFY(tamper(m_location, u"DELETE FROM history WHERE seq = 4"_s));
    m_service = openService(m_location);
    check = test::await(m_service->verifyHistory());
    QCOMPARE(check.value().problem, Problem::Removed);
    QCOMPARE(check.value().brokenSequence, 4);
}

void TestHistory::administratorsMayOnlyAdd()
{
    if (!m_location.isPostgreSql())
        QSKIP("Roles and grants are PostgreSQL's");
    m_service.reset();
    StoreLocation server;
    QString error;
    QVERIFY(test::postgreSqlServer(&server, &error));
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString owner = u"storia_owner_"_s + suffix;
    const QString admin = u"storia_admin_"_s + suffix;
    const QString database = u"storia_roles_"_s + suffix;
    const auto dropAll = [&] {
        test::runOn(server, u"DROP DATABASE IF EXISTS "_s + database + u" WITH (FORCE)"_s);
        test::runOn(server, u"DROP ROLE IF EXISTS "_s + admin);
        test::runOn(server, u"DROP ROLE IF EXISTS "_s + owner);
    };
    dropAll();
    QVERIFY(test::runOn(server, u"CREATE ROLE "_s + owner + u" LOGIN"_s));
    QVERIFY(test::runOn(server, u"CREATE ROLE "_s + admin + u" LOGIN"_s));
    QVERIFY(test::runOn(server, u"CREATE DATABASE "_s + database + u" OWNER "_s + owner));

    StoreLocation asOwner = server;
    asOwner.database = database;
    asOwner.user = owner;
    StoreLocation asAdmin = asOwner;
    asAdmin.user = admin;
    {
        std::shared_ptr<LocalMailboxService> ownerService = openService(asOwner); // creates the tables
        QVERIFY(ownerService);
        QVERIFY(test::await(ownerService->addDomain(testDomain())));
        // The grants of docs/AUDIT.md.
        const QStringList grants { u"GRANT SELECT, INSERT, UPDATE, DELETE ON domains, mailboxes TO "_s + admin,
            u"GRANT SELECT ON schema_version TO "_s + admin, u"GRANT SELECT, INSERT ON history TO "_s + admin,
            u"GRANT SELECT, INSERT ON deleted_mailboxes TO "_s + admin, u"GRANT SELECT ON mail_server TO "_s + admin,
            u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "_s + admin };
        for (const QString &grant : grants) {
            QVERIFY2(test::runOn(asOwner, grant), qPrintable(grant));
        }
        std::shared_ptr<LocalMailboxService> adminService = openService(asAdmin);
        QVERIFY(adminService);
        QVERIFY(test::await(adminService->createMailbox(newMailbox(u"dell.admin"_s))));
        QVERIFY(test::await(ownerService->createMailbox(newMailbox(u"del.titolare"_s))));
        MailboxChange change;
        change.address = address(u"del.titolare"_s);
        change.quotaMb = 100;
        QVERIFY(test::await(adminService->changeMailbox(change)));

        // Each entry names the role that made the change.
        QStringList who;
        for (const HistoryEntry &entry : allEntries(*ownerService))
            who.append(entry.actor + u' ' + entry.operation);
        QCOMPARE(who,
            QStringList({ owner + u" domain-add"_s, owner + u" mailbox-create"_s, admin + u" mailbox-create"_s,
                owner + u" mailbox-create"_s, admin + u" mailbox-change"_s }));

        // The administrators' role cannot rewrite, remove or cut.
        for (const QString &sql : { u"UPDATE history SET actor = 'x' WHERE seq = 3"_s,
                 u"DELETE FROM history WHERE seq = 3"_s, u"TRUNCATE history"_s }) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"permission denied|append-only"_s));
            QVERIFY2(!test::runOn(asAdmin, sql), qPrintable(sql));
        }
        QCOMPARE(test::await(adminService->cutHistory(QDateTime::currentDateTimeUtc().addSecs(60))).error().code(),
            Code::Storage);
        // Nor forge an entry of another role.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"must name the role"_s));
        QVERIFY(!test::runOn(
            asAdmin, u"INSERT INTO history VALUES (6, 0, '"_s + owner + u"', 'job', '', '', '', '', 'ok', '', '')"_s));
        QVERIFY(test::await(adminService->verifyHistory()).value().intact());

        // The owner may cut; the chain still holds.
        const Result<HistoryEntry> cut
            = test::await(ownerService->cutHistory(QDateTime::currentDateTimeUtc().addSecs(60)));
        QVERIFY2(cut, cut ? "" : test::describe(cut.error()).constData());
        QCOMPARE(cut.value().actor, owner);
        const Result<HistoryCheck> check = test::await(adminService->verifyHistory());
        QVERIFY(check.value().intact());
        QCOMPARE(check.value().firstSequence, 6);
    }
    dropAll();
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
