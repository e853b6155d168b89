// Imports applied to real SQLite stores: the committed files end to end, a cancel midway, a
// backend that fails midway, reruns that complete what is missing, and an export that imports
// back to the same mailboxes in a fresh store.

#include "bulk/importer.h"
#include "bulk/importplanner.h"
#include "bulk/mailboxcsv.h"
#include "bulktestsupport.h"
#include "local/passwordhash.h"

#include <QBuffer>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace pecadmin;
using namespace pecadmin::test;
using namespace Qt::StringLiterals;

namespace {

using Entry = BulkReportEntry::Outcome;

// A service that passes every call to a real one, except the `failAt`-th creation (counted
// from 1; 0: none), which fails as a store that cannot be written would. It counts the
// creations asked for and not answered yet.
class FailingService : public MailboxService
{
public:
    FailingService(MailboxService &real, int failAt) : m_real(real), m_failAt(failAt) { }

    int creations() const { return m_creations; }
    int mostInFlight() const { return m_mostInFlight; }

    QString location() const override { return m_real.location(); }
    ServiceCapabilities capabilities() const override { return m_real.capabilities(); }
    QFuture<Result<QList<Domain>>> domains() override { return m_real.domains(); }
    QFuture<Result<DomainDetails>> domainDetails(const QString &domain) override
    {
        return m_real.domainDetails(domain);
    }
    QFuture<Result<Domain>> addDomain(const Domain &domain) override { return m_real.addDomain(domain); }
    QFuture<Result<DomainDetails>> addDemoDomain() override { return m_real.addDemoDomain(); }
    QFuture<Result<DomainDetails>> changeDomain(const Domain &domain) override { return m_real.changeDomain(domain); }
    QFuture<Outcome> removeDomain(const QString &domain) override { return m_real.removeDomain(domain); }
    QFuture<Result<MailboxPage>> mailboxes(const MailboxQuery &query) override { return m_real.mailboxes(query); }
    QFuture<Result<Mailbox>> mailbox(const QString &address) override { return m_real.mailbox(address); }
    QFuture<Result<Mailbox>> createMailbox(const NewMailbox &mailbox) override
    {
        if (++m_creations != m_failAt) {
            m_mostInFlight = std::max(m_mostInFlight, ++m_inFlight);
            return m_real.createMailbox(mailbox).then([this](const Result<Mailbox> &created) {
                --m_inFlight;
                return created;
            });
        }
        QPromise<Result<Mailbox>> promise;
        promise.start();
        promise.addResult(Result<Mailbox>(
            ServiceError(ServiceError::Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store is not open."))));
        promise.finish();
        return promise.future();
    }
    QFuture<Result<Mailbox>> changeMailbox(const MailboxChange &change) override
    {
        return m_real.changeMailbox(change);
    }
    QFuture<Result<Mailbox>> resetPassword(
        const QString &address, const QString &version, const QString &password) override
    {
        return m_real.resetPassword(address, version, password);
    }
    QFuture<pecadmin::Outcome> deleteMailbox(const QString &address, const QString &version) override
    {
        return m_real.deleteMailbox(address, version);
    }

private:
    MailboxService &m_real;
    int m_failAt;
    std::atomic<int> m_inFlight { 0 };
    int m_mostInFlight = 0;
    int m_creations = 0;
};

std::optional<ImportPlan> planFor(
    MailboxService &service, const MailboxCsvFile &file, const QString &domain = u"pec.example.it"_s)
{
    ImportPlanner planner(service);
    QSignalSpy finished(&planner, &ImportPlanner::finished);
    planner.start(domain, file);
    if (finished.count() == 0 && !finished.wait(60000))
        return std::nullopt;
    return planner.takePlan();
}

MailboxCsvFile eightRows()
{
    QByteArray bytes = "Nome;Password;Quota disco;Soft quota;Abilitata\n";
    for (int i = 1; i <= 8; ++i)
        bytes += "utente" + QByteArray::number(i) + ";;" + QByteArray::number(i * 10) + ";" + QByteArray::number(i)
            + ";" + (i % 2 ? "sì" : "no") + "\n";
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return MailboxCsv::read(&buffer).value();
}

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

// The mailboxes that eightRows() creates, checked whole.
void verifyWhole(const QList<Mailbox> &mailboxes)
{
    for (const Mailbox &mailbox : mailboxes) {
        if (mailbox.isPostmaster())
            continue;
        const int i = mailbox.name.mid(6).toInt();
        QVERIFY2(i >= 1 && i <= 8, qPrintable(mailbox.name));
        QCOMPARE(mailbox.quotaMb, i * 10);
        QCOMPARE(mailbox.softQuotaMb, i);
        QCOMPARE(mailbox.enabled, i % 2 == 1);
        QVERIFY(mailbox.mustChangePassword);
    }
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void italianExcelFile();
    void refusedRowInTheMiddleWritesNothing();
    void quotedFileWithSymbols();
    void progressAndEstimate();
    void cancelMidwayThenRerun();
    void failingBackendMidwayThenRerun();
    void severalCreationsInFlight();
    void mailboxCreatedMeanwhileIsSkipped();
    void exportImportRoundTrip_data();
    void exportImportRoundTrip();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::shared_ptr<LocalMailboxService> m_service;
    int m_number = 0;
};

void TestImporter::init()
{
    m_service.reset();
    m_storePath = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_number));
    m_service = openStore(m_storePath);
    QVERIFY(m_service);
    QVERIFY(await(m_service->addDomain(exampleDomain())));
}

void TestImporter::italianExcelFile()
{
    const Result<MailboxCsvFile> file = MailboxCsv::readFile(dataPath(u"caselle_excel_it.csv"_s));
    QVERIFY(file.ok());
    std::optional<ImportPlan> plan = planFor(*m_service, file.value());
    QVERIFY(plan);
    QCOMPARE(plan->count(ImportRow::Status::Ready), 4);

    Importer importer(*m_service);
    QVERIFY(runJob(importer, [&] { importer.start(std::move(*plan)); }));
    const BulkReport &report = importer.report();
    QCOMPARE(report.count(Entry::Done), 4);
    QVERIFY(report.complete());
    QCOMPARE(report.entries.at(1).row, 3);
    QCOMPARE(report.entries.at(1).address, u"giulia.bianchi@pec.example.it"_s);
    // Only the generated password is kept, for the one-time display.
    QVERIFY(report.entries.at(0).password.isEmpty());
    const QString generated = report.entries.at(1).password;
    QVERIFY(!generated.isEmpty());
    QVERIFY(verifyPassword(storedHash(m_storePath, u"giulia.bianchi"_s), generated));
    QVERIFY(verifyPassword(storedHash(m_storePath, u"mario.rossi"_s), u"Prova2024abc"_s));

    const QList<Mailbox> stored = allMailboxes(*m_service, u"pec.example.it"_s);
    QCOMPARE(names(stored),
        (QStringList { u"anna.neri"_s, u"giulia.bianchi"_s, u"luca.verdi"_s, u"mario.rossi"_s, u"postmaster"_s }));
    const Mailbox &mario = stored.at(3);
    QCOMPARE(mario.quotaMb, 512);
    QCOMPARE(mario.softQuotaMb, 400);
    QVERIFY(mario.archiving);
    QVERIFY(mario.enabled);
    const Mailbox &giulia = stored.at(1);
    QCOMPARE(giulia.quotaMb, 256);
    QVERIFY(!giulia.enabled);
    QVERIFY(!giulia.archiving);

    importer.clearPasswords();
    QVERIFY(importer.report().entries.at(1).password.isEmpty());
}

void TestImporter::refusedRowInTheMiddleWritesNothing()
{
    QBuffer buffer;
    buffer.setData("Nome;Quota disco\nuno;100\ndue;100\ntre;tanta\nquattro;100\n");
    buffer.open(QIODevice::ReadOnly);
    const Result<MailboxCsvFile> file = MailboxCsv::read(&buffer);
    QVERIFY(file.ok());
    std::optional<ImportPlan> plan = planFor(*m_service, file.value());
    QVERIFY(plan);
    QCOMPARE(plan->count(ImportRow::Status::Invalid), 1);
    QVERIFY(Importer::wholeFileRefusal(*plan));

    // By default: nothing is created, the ready rows are not done, and the report says why.
    Importer whole(*m_service);
    ImportPlan copy = *plan;
    QVERIFY(runJob(whole, [&] { whole.start(std::move(copy)); }));
    QCOMPARE(whole.report().count(Entry::Done), 0);
    QCOMPARE(whole.report().count(Entry::NotDone), 3);
    QCOMPARE(whole.report().count(Entry::Failed), 1);
    QVERIFY(whole.report().stoppedBy);
    QVERIFY2(whole.report().stoppedBy->message().contains(u"nothing was imported"_s),
        qPrintable(whole.report().stoppedBy->message()));
    QCOMPARE(names(allMailboxes(*m_service, u"pec.example.it"_s)), QStringList { u"postmaster"_s });

    // Asked for: exactly the ready rows.
    Importer ready(*m_service);
    QVERIFY(runJob(ready, [&] { ready.start(std::move(*plan), Importer::Mode::ReadyOnly); }));
    QCOMPARE(ready.report().count(Entry::Done), 3);
    QCOMPARE(ready.report().count(Entry::Failed), 1);
    QVERIFY(!ready.report().stoppedBy);
    QCOMPARE(names(allMailboxes(*m_service, u"pec.example.it"_s)),
        (QStringList { u"due"_s, u"postmaster"_s, u"quattro"_s, u"uno"_s }));
}

void TestImporter::quotedFileWithSymbols()
{
    Domain aruba = exampleDomain();
    aruba.name = u"pec.aruba.it"_s;
    aruba.passwordPolicy = PasswordPolicy::aruba();
    QVERIFY(await(m_service->addDomain(aruba)));
    const Result<MailboxCsvFile> file = MailboxCsv::readFile(dataPath(u"quoted.csv"_s));
    QVERIFY(file.ok());
    std::optional<ImportPlan> plan = planFor(*m_service, file.value(), u"pec.aruba.it"_s);
    QVERIFY(plan);
    Importer importer(*m_service);
    QVERIFY(runJob(importer, [&] { importer.start(std::move(*plan)); }));
    QCOMPARE(importer.report().count(Entry::Done), 3);
    // The password with a comma and a semicolon inside quotes arrived whole.
    QVERIFY(verifyPassword(storedHash(m_storePath, u"marco.viola"_s), u"Prova,2024;X"_s));
    QCOMPARE(names(allMailboxes(*m_service, u"pec.aruba.it"_s)),
        (QStringList { u"elena.rosa"_s, u"franco.neri"_s, u"marco.viola"_s, u"postmaster"_s }));
}

void TestImporter::progressAndEstimate()
{
    std::optional<ImportPlan> plan = planFor(*m_service, eightRows());
    QVERIFY(plan);
    Importer importer(*m_service);
    QSignalSpy progress(&importer, &BulkJob::progress);
    QVERIFY(runJob(importer, [&] { importer.start(std::move(*plan)); }));
    QCOMPARE(progress.count(), 8);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
        QCOMPARE(progress.at(i).at(1).toInt(), 8);
        QVERIFY(progress.at(i).at(2).toLongLong() >= 0);
    }
    QCOMPARE(progress.constLast().at(2).toLongLong(), 0);
    QCOMPARE(importer.report().count(Entry::Done), 8);
    QVERIFY(!importer.isRunning());
    verifyWhole(allMailboxes(*m_service, u"pec.example.it"_s));
}

void TestImporter::cancelMidwayThenRerun()
{
    std::optional<ImportPlan> plan = planFor(*m_service, eightRows());
    QVERIFY(plan);
    Importer importer(*m_service);
    connect(&importer, &BulkJob::progress, &importer, [&importer](int done, int) {
        if (done == 3)
            importer.cancel();
    });
    QVERIFY(runJob(importer, [&] { importer.start(std::move(*plan)); }));
    const BulkReport &report = importer.report();
    QVERIFY(report.cancelled);
    // The creations already asked for when the cancel came are done; no other is.
    const int inFlight = BulkJob::requestsInFlight();
    QVERIFY(inFlight > 1);
    const int done = report.count(Entry::Done);
    QVERIFY2(done >= 3 && done <= 3 + inFlight - 1, qPrintable(QString::number(done)));
    QVERIFY(done < 8);
    QCOMPARE(report.count(Entry::NotDone), 8 - done);
    QVERIFY(!report.complete());
    QStringList expected { u"postmaster"_s };
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(report.entries.at(i).outcome, i < done ? Entry::Done : Entry::NotDone);
        if (i < done)
            expected.append(u"utente%1"_s.arg(i + 1));
    }
    QCOMPARE(report.entries.at(done).address, u"utente%1@pec.example.it"_s.arg(done + 1));
    QCOMPARE(BulkReport::outcomeText(report.entries.at(done), u"created"_s), u"not done"_s);

    QList<Mailbox> stored = allMailboxes(*m_service, u"pec.example.it"_s);
    QCOMPARE(names(stored), expected);
    verifyWhole(stored);

    // The same file again: those created are found and skipped, the others created.
    std::optional<ImportPlan> again = planFor(*m_service, eightRows());
    QVERIFY(again);
    QCOMPARE(again->count(ImportRow::Status::Exists), done);
    Importer rerun(*m_service);
    QVERIFY(runJob(rerun, [&] { rerun.start(std::move(*again)); }));
    QCOMPARE(rerun.report().count(Entry::Done), 8 - done);
    QCOMPARE(rerun.report().count(Entry::Skipped), done);
    QVERIFY(rerun.report().complete());
    stored = allMailboxes(*m_service, u"pec.example.it"_s);
    QCOMPARE(stored.size(), 9);
    verifyWhole(stored);
}

void TestImporter::failingBackendMidwayThenRerun()
{
    FailingService failing(*m_service, 4);
    std::optional<ImportPlan> plan = planFor(failing, eightRows());
    QVERIFY(plan);
    Importer importer(failing);
    QVERIFY(runJob(importer, [&] { importer.start(std::move(*plan)); }));
    const BulkReport &report = importer.report();
    QVERIFY(!report.cancelled);
    QVERIFY(report.stoppedBy);
    QCOMPARE(report.stoppedBy->code(), ServiceError::Code::Storage);
    QCOMPARE(report.entries.at(3).outcome, Entry::Failed);
    QCOMPARE(report.entries.at(3).error->message(), u"The store is not open."_s);
    // Nothing was asked of the backend once its failure was known: only the creations already
    // in flight then, which were answered and are done.
    const int asked = failing.creations();
    QVERIFY2(asked >= 4 && asked <= 4 + BulkJob::requestsInFlight() - 1, qPrintable(QString::number(asked)));
    const int done = asked - 1;
    QCOMPARE(report.count(Entry::Done), done);
    QCOMPARE(report.count(Entry::NotDone), 8 - asked);
    for (int i = 0; i < 8; ++i) {
        if (i != 3)
            QCOMPARE(report.entries.at(i).outcome, i < asked ? Entry::Done : Entry::NotDone);
    }

    QList<Mailbox> stored = allMailboxes(*m_service, u"pec.example.it"_s);
    QCOMPARE(stored.size(), 1 + done);
    verifyWhole(stored);

    std::optional<ImportPlan> again = planFor(*m_service, eightRows());
    QVERIFY(again);
    Importer rerun(*m_service);
    QVERIFY(runJob(rerun, [&] { rerun.start(std::move(*again)); }));
    QCOMPARE(rerun.report().count(Entry::Done), 8 - done);
    QCOMPARE(rerun.report().count(Entry::Skipped), done);
    stored = allMailboxes(*m_service, u"pec.example.it"_s);
    QCOMPARE(stored.size(), 9);
    verifyWhole(stored);
}

void TestImporter::severalCreationsInFlight()
{
    // The local store hashes on every core: the importer keeps that many creations asked for.
    FailingService counting(*m_service, 0);
    std::optional<ImportPlan> plan = planFor(counting, eightRows());
    QVERIFY(plan);
    Importer importer(counting);
    QVERIFY(runJob(importer, [&] { importer.start(std::move(*plan)); }));
    QCOMPARE(importer.report().count(Entry::Done), 8);
    QCOMPARE(counting.creations(), 8);
    QVERIFY2(counting.mostInFlight() >= 2, qPrintable(QString::number(counting.mostInFlight())));
    QVERIFY(counting.mostInFlight() <= BulkJob::requestsInFlight());
    const QList<Mailbox> stored = allMailboxes(*m_service, u"pec.example.it"_s);
    QCOMPARE(stored.size(), 9);
    verifyWhole(stored);
}

void TestImporter::mailboxCreatedMeanwhileIsSkipped()
{
    std::optional<ImportPlan> plan = planFor(*m_service, eightRows());
    QVERIFY(plan);
    QCOMPARE(plan->count(ImportRow::Status::Ready), 8);
    // Someone else creates utente5 between the preview and the import.
    QVERIFY(await(m_service->createMailbox(
        NewMailbox { u"utente5"_s, u"pec.example.it"_s, u"Prova2024abc"_s, 50, 5, false, true })));
    Importer importer(*m_service);
    QVERIFY(runJob(importer, [&] { importer.start(std::move(*plan)); }));
    QCOMPARE(importer.report().count(Entry::Done), 7);
    QCOMPARE(importer.report().entries.at(4).outcome, Entry::Skipped);
    QVERIFY(importer.report().entries.at(4).password.isEmpty());
    QCOMPARE(allMailboxes(*m_service, u"pec.example.it"_s).size(), 9);
}

void TestImporter::exportImportRoundTrip_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("language");
    QTest::newRow("English, comma") << u","_s << u"en"_s;
    QTest::newRow("Italian, semicolon") << u";"_s << u"it"_s;
}

void TestImporter::exportImportRoundTrip()
{
    QFETCH(QString, separator);
    QFETCH(QString, language);

    const QList<NewMailbox> originals = {
        { u"mario.rossi"_s, u"pec.example.it"_s, u"Prova2024abc"_s, 512, 400, true, true },
        { u"-info"_s, u"pec.example.it"_s, u"Prova2024abc"_s, 100, 0, false, false },
        { u"giulia_bianchi"_s, u"pec.example.it"_s, u"Prova2024abc"_s, 1024, 1024, true, false },
        { u"a.b-c"_s, u"pec.example.it"_s, u"Prova2024abc"_s, 1, 0, false, true },
    };
    for (const NewMailbox &mailbox : originals)
        QVERIFY(await(m_service->createMailbox(mailbox)));
    const QList<Mailbox> before = allMailboxes(*m_service, u"pec.example.it"_s);
    QCOMPARE(before.size(), 5);

    MailboxCsvExportOptions options;
    options.separator = separator.at(0);
    options.language = language;
    const QByteArray bytes = MailboxCsv::exportBytes(before, options);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // A name that starts with a hyphen is neutralised in the file.
    QVERIFY(bytes.contains(QByteArray(QByteArray("\r\n'-info") + separator.toUtf8())));
    QVERIFY(!bytes.contains("Prova2024abc"));

    // Into a fresh store with the same domain.
    const std::shared_ptr<LocalMailboxService> fresh = openStore(m_dir.filePath(u"fresh-%1.sqlite"_s.arg(m_number)));
    QVERIFY(fresh);
    QVERIFY(await(fresh->addDomain(exampleDomain())));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<MailboxCsvFile> file = MailboxCsv::read(&buffer);
    QVERIFY(file.ok());
    QVERIFY(file.value().warnings.isEmpty());
    std::optional<ImportPlan> plan = planFor(*fresh, file.value());
    QVERIFY(plan);
    QCOMPARE(plan->count(ImportRow::Status::Exists), 1); // postmaster
    QCOMPARE(plan->count(ImportRow::Status::Ready), 4);
    Importer importer(*fresh);
    QVERIFY(runJob(importer, [&] { importer.start(std::move(*plan)); }));
    QCOMPARE(importer.report().count(Entry::Done), 4);
    // Each got a new password, since the file has none.
    for (const BulkReportEntry &entry : importer.report().entries)
        QCOMPARE(entry.password.isEmpty(), entry.address.startsWith(u"postmaster@"_s));

    const QList<Mailbox> after = allMailboxes(*fresh, u"pec.example.it"_s);
    QCOMPARE(names(after), names(before));
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).quotaMb, before.at(i).quotaMb);
        QCOMPARE(after.at(i).softQuotaMb, before.at(i).softQuotaMb);
        QCOMPARE(after.at(i).archiving, before.at(i).archiving);
        QCOMPARE(after.at(i).enabled, before.at(i).enabled);
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
