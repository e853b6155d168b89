// The import preview: every rule of services/core applied to each row, duplicates in the file,
// mailboxes that exist, and the quotas and mailbox count added up across the file; then the
// planner that asks a real store which names exist, by listing or by looking each name up.

#include "bulk/importplan.h"
#include "bulk/importplanner.h"
#include "bulktestsupport.h"
#include "core/rules.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pecadmin;
using namespace pecadmin::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ImportRow::Status)
Q_DECLARE_METATYPE(ServiceError::Code)

namespace {

const QByteArray italianHeader = "Nome;Password;Quota disco;Soft quota;Conservazione;Abilitata\n";

MailboxCsvFile csv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Result<MailboxCsvFile> read = MailboxCsv::read(&buffer);
    if (!read)
        qFatal("unreadable test CSV: %s", qPrintable(read.error().message()));
    return read.takeValue();
}

// pec.example.it holding `count` mailboxes that take `allocatedMb` together.
DomainDetails details(qint64 totalSpaceMb, int maxMailboxes, int count, qint64 allocatedMb, bool archiving = true)
{
    DomainDetails result;
    result.domain = exampleDomain(totalSpaceMb, maxMailboxes);
    result.domain.archivingAvailable = archiving;
    result.mailboxCount = count;
    result.allocatedMb = allocatedMb;
    return result;
}

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRow_data();
    void oneRow();
    void generatedPasswordsMeetThePolicy();
    void unknownLimitsAreLeftToTheServer();
    void countedAcrossTheFile();
    void duplicatesInTheFile();
    void warnings();
    void fiftyThousandRowsAgainstTheLimit();
    void eachNameOrListing_data();
    void eachNameOrListing();
    void plannerOnARealStore_data();
    void plannerOnARealStore();
    void plannerUnknownDomain();
};

void TestImportPlan::oneRow_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("archivingAvailable");
    QTest::addColumn<ImportRow::Status>("status");
    QTest::addColumn<QString>("message"); // a part of the error for Invalid
    QTest::addColumn<QString>("address");

    using S = ImportRow::Status;
    QTest::newRow("valid") << QByteArray("mario.rossi;Prova2024abc;512;400;sì;sì") << true << S::Ready << QString()
                           << u"mario.rossi@pec.example.it"_s;
    QTest::newRow("address of the domain") << QByteArray("Mario.Rossi@PEC.example.it;Prova2024abc;512;;;") << true
                                           << S::Ready << QString() << u"mario.rossi@pec.example.it"_s;
    QTest::newRow("address of another domain")
        << QByteArray("mario@pec.other.it;Prova2024abc;512;;;") << true << S::Invalid
        << u"is an address of the domain pec.other.it"_s << u"mario@pec.other.it"_s;
    QTest::newRow("space in the name") << QByteArray("mario rossi;Prova2024abc;512;;;") << true << S::Invalid
                                       << u"one word, without spaces"_s << u"mario rossi"_s;
    QTest::newRow("accent in the name") << QByteArray("niccol\xC3\xB2;Prova2024abc;512;;;") << true << S::Invalid
                                        << u"cannot contain “ò”"_s << u"niccolò"_s;
    QTest::newRow("leading dot") << QByteArray(".mario;Prova2024abc;512;;;") << true << S::Invalid
                                 << u"cannot start or end with a dot"_s << u".mario"_s;
    QTest::newRow("empty name") << QByteArray(";Prova2024abc;512;;;") << true << S::Invalid
                                << u"Enter the mailbox name"_s << QString();
    QTest::newRow("short password") << QByteArray("mario;Prova1;512;;;") << true << S::Invalid
                                    << u"does not meet the domain's policy"_s << u"mario@pec.example.it"_s;
    QTest::newRow("password with a space") << QByteArray("mario;Prova 2024ab;512;;;") << true << S::Invalid
                                           << u"does not meet the domain's policy"_s << u"mario@pec.example.it"_s;
    QTest::newRow("quota above the maximum") << QByteArray("mario;Prova2024abc;2048;;;") << true << S::Invalid
                                             << u"at most 1024 MB per mailbox"_s << u"mario@pec.example.it"_s;
    QTest::newRow("quota zero") << QByteArray("mario;Prova2024abc;0;;;") << true << S::Invalid << u"at least 1 MB"_s
                                << u"mario@pec.example.it"_s;
    QTest::newRow("soft quota above quota")
        << QByteArray("mario;Prova2024abc;100;200;;") << true << S::Invalid
        << u"soft quota (200 MB) cannot be above the disk quota (100 MB)"_s << u"mario@pec.example.it"_s;
    QTest::newRow("archiving where the domain has none")
        << QByteArray("mario;Prova2024abc;100;;sì;") << false << S::Invalid << u"does not include conservazione"_s
        << u"mario@pec.example.it"_s;
    QTest::newRow("archiving off where the domain has none")
        << QByteArray("mario;Prova2024abc;100;;no;") << false << S::Ready << QString() << u"mario@pec.example.it"_s;
    QTest::newRow("quota not a number") << QByteArray("mario;Prova2024abc;tanta;;;") << true << S::Invalid
                                        << u"“tanta” in the column “Quota disco” is not a size"_s
                                        << u"mario@pec.example.it"_s;
    QTest::newRow("exists") << QByteArray("esistente;Prova2024abc;100;;;") << true << S::Exists << QString()
                            << u"esistente@pec.example.it"_s;
    QTest::newRow("exists, written in capitals")
        << QByteArray("ESISTENTE;;;;;") << true << S::Exists << QString() << u"esistente@pec.example.it"_s;
    QTest::newRow("exists, with a bad quota")
        << QByteArray("esistente;;tanta;;;") << true << S::Exists << QString() << u"esistente@pec.example.it"_s;
    QTest::newRow("postmaster") << QByteArray("postmaster;;;;;") << true << S::Exists << QString()
                                << u"postmaster@pec.example.it"_s;
}

void TestImportPlan::oneRow()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, archivingAvailable);
    QFETCH(ImportRow::Status, status);
    QFETCH(QString, message);
    QFETCH(QString, address);

    const ImportPlan plan = ImportPlan::build(csv(italianHeader + line + '\n'),
        details(10000, 10, 2, 1024, archivingAvailable), { u"esistente"_s, u"postmaster"_s });
    QCOMPARE(plan.rows.size(), 1);
    const ImportRow &row = plan.rows.constFirst();
    QCOMPARE(row.row, 2);
    QCOMPARE(row.address(), address);
    QVERIFY2(row.status == status, qPrintable(ImportPlan::resultText(row)));
    if (status == ImportRow::Status::Invalid) {
        QVERIFY(row.error);
        QVERIFY2(row.error->message().contains(message), qPrintable(row.error->message()));
        QCOMPARE(ImportPlan::resultText(row), row.error->message());
        QVERIFY(row.mailbox.password.isEmpty());
    } else if (status == ImportRow::Status::Exists) {
        QCOMPARE(ImportPlan::resultText(row), u"exists, will be skipped"_s);
    } else {
        QCOMPARE(ImportPlan::resultText(row), u"ready"_s);
        // What the service will be asked for passes the same rules the service applies.
        QVERIFY(!rules::checkNewMailbox(plan.details, row.mailbox));
    }
}

void TestImportPlan::generatedPasswordsMeetThePolicy()
{
    for (const PasswordPolicy &policy :
        { PasswordPolicy::poste(), PasswordPolicy::aruba(), PasswordPolicy::custom() }) {
        DomainDetails domain = details(10000, 10, 0, 0);
        domain.domain.passwordPolicy = policy;
        const ImportPlan plan = ImportPlan::build(csv("Nome;Password\nmario.rossi;\nanna;\n"), domain, {});
        QCOMPARE(plan.count(ImportRow::Status::Ready), 2);
        for (const ImportRow &row : plan.rows) {
            QVERIFY(row.passwordGenerated);
            QVERIFY(!row.mailbox.password.isEmpty());
            QVERIFY(!rules::checkPassword(policy, row.mailbox.password, row.mailbox.name));
        }
        QVERIFY(plan.rows.at(0).mailbox.password != plan.rows.at(1).mailbox.password);
        // No quota column: the domain's largest mailbox quota.
        QCOMPARE(plan.rows.at(0).mailbox.quotaMb, 1024);
        QCOMPARE(plan.rows.at(0).mailbox.enabled, true);
        QCOMPARE(plan.rows.at(0).mailbox.archiving, false);
    }
}

void TestImportPlan::unknownLimitsAreLeftToTheServer()
{
    // As a SCIM server without Domain resources reports a domain: zeros that are not facts.
    DomainDetails domain = details(0, 0, 3, 0, false);
    domain.domain.passwordPolicy = PasswordPolicy::unstated();
    domain.limitsKnown = false;
    const ImportPlan plan = ImportPlan::build(
        csv("Nome;Password;Quota disco;Conservazione\nmario.rossi;;;\nanna;x;5000;sì\nluca;tutto minuscolo;;\n"),
        domain, {});
    QCOMPARE(plan.count(ImportRow::Status::Ready), 3);
    // No quota: the default, not a made-up largest quota of the domain.
    QCOMPARE(plan.rows.at(0).mailbox.quotaMb, rules::unstatedDefaultQuotaMb);
    QCOMPARE(plan.rows.at(0).mailbox.password.size(), 16);
    QCOMPARE(plan.rows.at(1).mailbox.quotaMb, 5000);
    QVERIFY(plan.rows.at(1).mailbox.archiving);
    QCOMPARE(plan.rows.at(2).mailbox.password, QStringLiteral("tutto minuscolo"));
    QVERIFY(std::any_of(plan.warnings.cbegin(), plan.warnings.cend(),
        [](const QString &warning) { return warning.contains(QStringLiteral("does not state")); }));
}

void TestImportPlan::countedAcrossTheFile()
{
    // 3000 MB, 5 mailboxes; 2 exist with 1024 MB: 1976 MB and 3 mailboxes left.
    const ImportPlan plan = ImportPlan::build(csv(italianHeader
                                                  + "a;Prova2024abc;1000;;;\n" // 976 MB left
                                                    "b;Prova2024abc;1000;;;\n" // does not fit
                                                    "esistente;;1000;;;\n" // skipped: counts nothing
                                                    "c;Prova2024abc;900;;;\n" // 76 MB left
                                                    "d;Prova2024abc;50;;;\n" // the 5th mailbox
                                                    "e;Prova2024abc;10;;;\n"), // beyond the limit
        details(3000, 5, 2, 1024), { u"esistente"_s });
    using S = ImportRow::Status;
    QCOMPARE(plan.rows.size(), 6);
    QCOMPARE(plan.rows.at(0).status, S::Ready);
    QCOMPARE(plan.rows.at(1).status, S::Invalid);
    QCOMPARE(plan.rows.at(1).error->code(), ServiceError::Code::QuotaExceeded);
    QCOMPARE(plan.rows.at(1).error->message(),
        u"With the rows above, the domain has 976 MB of space left: a disk quota of 1000 MB does not fit."_s);
    QCOMPARE(plan.rows.at(2).status, S::Exists);
    QCOMPARE(plan.rows.at(3).status, S::Ready);
    QCOMPARE(plan.rows.at(4).status, S::Ready);
    QCOMPARE(plan.rows.at(5).status, S::Invalid);
    QCOMPARE(plan.rows.at(5).error->code(), ServiceError::Code::MailboxLimitReached);
    QCOMPARE(plan.rows.at(5).error->message(),
        u"With the rows above, the domain would go beyond its limit of 5 mailboxes."_s);
    QCOMPARE(plan.count(S::Ready), 3);
    QCOMPARE(plan.count(S::Exists), 1);
    QCOMPARE(plan.count(S::Invalid), 2);
    QCOMPARE(plan.plannedQuotaMb(), 1950);
}

void TestImportPlan::duplicatesInTheFile()
{
    const ImportPlan plan = ImportPlan::build(csv(italianHeader
                                                  + "mario;Prova2024abc;10;;;\n"
                                                    "anna;Prova2024abc;10;;;\n"
                                                    "MARIO;Prova2024abc;10;;;\n"
                                                    "mario@pec.example.it;Prova2024abc;10;;;\n"
                                                    "esistente;;;;;\n"
                                                    "esistente;;;;;\n"),
        details(10000, 10, 1, 0), { u"esistente"_s });
    using S = ImportRow::Status;
    QCOMPARE(plan.rows.at(0).status, S::Ready);
    QCOMPARE(plan.rows.at(1).status, S::Ready);
    for (const int i : { 2, 3 }) {
        QCOMPARE(plan.rows.at(i).status, S::Invalid);
        QCOMPARE(plan.rows.at(i).error->message(),
            u"The mailbox mario@pec.example.it is already in row 2 of the file: only that row is imported."_s);
    }
    QCOMPARE(plan.rows.at(4).status, S::Exists);
    QCOMPARE(plan.rows.at(5).status, S::Invalid);
    QVERIFY(plan.rows.at(5).error->message().contains(u"already in row 6"_s));
    // The duplicates take no space.
    QCOMPARE(plan.plannedQuotaMb(), 20);
}

void TestImportPlan::warnings()
{
    const ImportPlan plan = ImportPlan::build(
        csv("Nome;Reparto;Password\nmario;IT;\nanna;IT;Prova2024abc\nluca;;\n"), details(10000, 10, 0, 0), {});
    QCOMPARE(plan.warnings.size(), 3);
    QVERIFY(plan.warnings.at(0).contains(u"“Reparto”"_s));
    QCOMPARE(plan.warnings.at(1),
        u"3 rows give no disk quota: they get 1024 MB, the largest quota of a mailbox of the domain."_s);
    QVERIFY(plan.warnings.at(2).startsWith(u"2 rows give no password"_s));
}

void TestImportPlan::fiftyThousandRowsAgainstTheLimit()
{
    QByteArray bytes = "Nome;Password;Quota disco\r\n";
    for (int i = 0; i < 50000; ++i)
        bytes += "utente." + QByteArray::number(i) + (i % 2 ? ";;1\r\n" : ";Prova2024abc;1\r\n");
    // Room for 40,000 mailboxes; 10 exist.
    const ImportPlan plan = ImportPlan::build(csv(bytes), details(1000000, 40010, 10, 10), {});
    QCOMPARE(plan.rows.size(), 50000);
    QCOMPARE(plan.count(ImportRow::Status::Ready), 40000);
    QCOMPARE(plan.rows.at(39999).status, ImportRow::Status::Ready);
    const ImportRow &first = plan.rows.at(40000);
    QCOMPARE(first.row, 40002);
    QCOMPARE(first.status, ImportRow::Status::Invalid);
    QCOMPARE(first.error->code(), ServiceError::Code::MailboxLimitReached);
    QCOMPARE(plan.plannedQuotaMb(), 40000);
}

void TestImportPlan::eachNameOrListing_data()
{
    QTest::addColumn<int>("names");
    QTest::addColumn<int>("mailboxes");
    QTest::addColumn<bool>("eachName");
    QTest::newRow("50,000 rows, small domain") << 50000 << 300 << false;
    QTest::newRow("5 rows, huge domain") << 5 << 200000 << true;
    QTest::newRow("one row, new domain") << 1 << 1 << false;
    QTest::newRow("as many rows as pages") << 201 << 200000 << false;
    QTest::newRow("one row fewer than pages") << 200 << 200000 << true;
}

void TestImportPlan::eachNameOrListing()
{
    QFETCH(int, names);
    QFETCH(int, mailboxes);
    QFETCH(bool, eachName);
    QCOMPARE(ImportPlanner::looksUpEachName(names, mailboxes, ImportPlanner::defaultPageSize), eachName);
}

void TestImportPlan::plannerOnARealStore_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("requests");
    // The store holds postmaster and 7 mailboxes: 8, 4 pages of 2 (and one more that is empty).
    QTest::newRow("two names: each looked up") << QByteArray("Nome\nm3\nnuova\n") << 2;
    QTest::newRow("seven names: the domain listed")
        << QByteArray("Nome\nm1\nm2\nm3\nnuova\naltra\nterza\nquarta\n") << 4;
}

void TestImportPlan::plannerOnARealStore()
{
    QFETCH(QByteArray, file);
    QFETCH(int, requests);

    QTemporaryDir dir;
    const std::shared_ptr<LocalMailboxService> service = openStore(dir.filePath(u"store.sqlite"_s));
    QVERIFY(service);
    QVERIFY(await(service->addDomain(exampleDomain())));
    for (int i = 1; i <= 7; ++i) {
        NewMailbox mailbox { u"m%1"_s.arg(i), u"pec.example.it"_s, u"Prova2024abc"_s, 10, 0, false, true };
        QVERIFY(await(service->createMailbox(mailbox)));
    }

    ImportPlanner planner(*service);
    planner.setPageSize(2);
    QSignalSpy finished(&planner, &ImportPlanner::finished);
    planner.start(u"PEC.example.it"_s, csv(file));
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QVERIFY(!planner.isRunning());
    QVERIFY(!planner.error());
    QVERIFY(planner.plan());
    QCOMPARE(planner.lookupRequests(), requests);
    const ImportPlan &plan = *planner.plan();
    QCOMPARE(plan.details.mailboxCount, 8);
    for (const ImportRow &row : plan.rows) {
        const bool exists = row.mailbox.name.startsWith(u'm');
        QCOMPARE(row.status, exists ? ImportRow::Status::Exists : ImportRow::Status::Ready);
    }
}

void TestImportPlan::plannerUnknownDomain()
{
    QTemporaryDir dir;
    const std::shared_ptr<LocalMailboxService> service = openStore(dir.filePath(u"store.sqlite"_s));
    QVERIFY(service);
    ImportPlanner planner(*service);
    QSignalSpy finished(&planner, &ImportPlanner::finished);
    planner.start(u"pec.nowhere.it"_s, csv("Nome\nmario\n"));
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QVERIFY(!planner.plan());
    QVERIFY(planner.error());
    QCOMPARE(planner.error()->code(), ServiceError::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
