// The asynchronous export to a file against a real store: page by page to the same bytes as
// the writer's functions, and a file left as it was when the export is cancelled or fails.

#include "bulk/exporter.h"
#include "bulktestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pecadmin;
using namespace pecadmin::test;
using namespace Qt::StringLiterals;

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEveryPage();
    void cancelLeavesTheOldFile();
    void unknownDomainLeavesTheOldFile();
    void unwritableFolder();

private:
    bool run(
        Exporter &exporter, const QString &domain, const QString &path, const MailboxCsvExportOptions &options = {});
    QByteArray fileBytes(const QString &path) const;

    QTemporaryDir m_dir;
    std::shared_ptr<LocalMailboxService> m_service;
};

void TestExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = openStore(m_dir.filePath(u"store.sqlite"_s));
    QVERIFY(m_service);
    QVERIFY(await(m_service->addDomain(exampleDomain())));
    for (int i = 1; i <= 11; ++i) {
        QVERIFY(await(m_service->createMailbox(NewMailbox { u"utente%1"_s.arg(i, 2, 10, QChar(u'0')),
            u"pec.example.it"_s, u"Prova2024abc"_s, 10 * i, i, i % 3 == 0, i % 2 == 0 })));
    }
}

bool TestExporter::run(
    Exporter &exporter, const QString &domain, const QString &path, const MailboxCsvExportOptions &options)
{
    QSignalSpy finished(&exporter, &Exporter::finished);
    exporter.start(domain, path, options);
    return finished.count() > 0 || finished.wait(30000);
}

QByteArray TestExporter::fileBytes(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExporter::writesEveryPage()
{
    MailboxCsvExportOptions options;
    options.separator = u';';
    options.language = u"it"_s;
    Exporter exporter(*m_service);
    exporter.setPageSize(4);
    QSignalSpy progress(&exporter, &Exporter::progress);
    const QString path = m_dir.filePath(u"all.csv"_s);
    QVERIFY(run(exporter, u"pec.example.it"_s, path, options));
    QVERIFY(!exporter.error());
    QCOMPARE(exporter.count(), 12);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.constLast().at(0).toInt(), 12);
    QCOMPARE(fileBytes(path), MailboxCsv::exportBytes(allMailboxes(*m_service, u"pec.example.it"_s), options));
}

void TestExporter::cancelLeavesTheOldFile()
{
    const QString path = m_dir.filePath(u"old.csv"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the earlier export\n");
    old.close();

    Exporter exporter(*m_service);
    exporter.setPageSize(4);
    connect(&exporter, &Exporter::progress, &exporter, [&exporter] { exporter.cancel(); });
    QVERIFY(run(exporter, u"pec.example.it"_s, path));
    QVERIFY(exporter.cancelled());
    QVERIFY(!exporter.error());
    QCOMPARE(exporter.count(), 4);
    QCOMPARE(fileBytes(path), QByteArray("the earlier export\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({ u"old.csv*"_s }, QDir::Files | QDir::Hidden), QStringList { u"old.csv"_s });
}

void TestExporter::unknownDomainLeavesTheOldFile()
{
    const QString path = m_dir.filePath(u"other.csv"_s);
    Exporter exporter(*m_service);
    QVERIFY(run(exporter, u"pec.nowhere.it"_s, path));
    QVERIFY(exporter.error());
    QCOMPARE(exporter.error()->code(), ServiceError::Code::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestExporter::unwritableFolder()
{
    Exporter exporter(*m_service);
    QVERIFY(run(exporter, u"pec.example.it"_s, m_dir.filePath(u"no-such-folder/all.csv"_s)));
    QVERIFY(exporter.error());
    QCOMPARE(exporter.error()->code(), ServiceError::Code::Storage);
    QVERIFY(exporter.error()->message().contains(u"cannot be written"_s));
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
