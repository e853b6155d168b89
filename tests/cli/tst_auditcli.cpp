// `pecadmin-cli audit …` run as a process on a SQLite store: the history that the other
// commands leave, its filters, CSV export, head, verify (exit status 1 and the first broken
// entry after sqlite3 altered the file) and cut.

#include "support/programrun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using pecadmin::test::ProgramRun;
using Run = ProgramRun;

Run run(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PECADMIN_PASSWORD"_s);
    pecadmin::test::setLanguage(environment, false);
    return pecadmin::test::runProgram(program, arguments, environment);
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsWhatOtherCommandsDid();
    void exportsCsv();
    void exportsPdfReport_data();
    void exportsPdfReport();
    void verifyFindsTampering();
    void verifyWithHeadKeptElsewhere();
    void cutLeavesAChainThatHolds();
    void badDatesAreRefused();

private:
    Run cli(QStringList arguments) const
    {
        arguments.prepend(m_store);
        arguments.prepend(u"--store"_s);
        return run(QStringLiteral(PECADMIN_CLI_PATH), arguments);
    }
    QJsonObject json(const QStringList &arguments) const { return cli(arguments + QStringList { u"--json"_s }).json(); }
    bool sqlite(const QString &sql) const
    {
        return run(u"sqlite3"_s,
                   { m_store,
                       u"DROP TRIGGER IF EXISTS history_no_update; DROP TRIGGER IF EXISTS history_no_delete; "_s
                           + sql })
                   .exitCode
            == 0;
    }

    QTemporaryDir m_dir;
    QString m_store;
};

void TestAuditCli::init()
{
    static int counter = 0;
    m_store = m_dir.filePath(u"store%1.sqlite"_s.arg(++counter));
    QCOMPARE(cli({ u"demo"_s }).exitCode, 0);
    QCOMPARE(cli({ u"disable"_s, u"mario.rossi@pec.example.it"_s }).exitCode, 0);
    QCOMPARE(cli({ u"quota"_s, u"mario.rossi@pec.example.it"_s, u"900"_s }).exitCode, 0);
}

void TestAuditCli::listsWhatOtherCommandsDid()
{
    const Run listed = cli({ u"audit"_s, u"list"_s, u"mario.rossi@pec.example.it"_s });
    QCOMPARE(listed.exitCode, 0);
    const QString text = listed.out;
    QVERIFY2(text.contains(u"mailbox-change"_s) && text.contains(u"{\"enabled\":false}"_s), qPrintable(listed.out));

    QJsonArray entries = json({ u"audit"_s, u"list"_s, u"mario.rossi@pec.example.it"_s }).value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 3); // created with the demo domain, disabled, quota changed
    QCOMPARE(entries.at(0).toObject().value(u"operation"_s).toString(), u"mailbox-change"_s); // newest first
    QCOMPARE(entries.at(0).toObject().value(u"after"_s).toObject().value(u"quota_mb"_s).toInt(), 900);
    QCOMPARE(entries.at(2).toObject().value(u"operation"_s).toString(), u"mailbox-create"_s);

    entries = json({ u"audit"_s, u"list"_s, u"--operation"_s, u"mailbox-change"_s }).value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);
    const QString actor = entries.at(0).toObject().value(u"actor"_s).toString();
    QVERIFY(actor.contains(u'@'));
    QCOMPARE(
        json({ u"audit"_s, u"list"_s, u"--actor"_s, actor, u"--limit"_s, u"5"_s }).value(u"entries"_s).toArray().size(),
        5);
    QCOMPARE(json({ u"audit"_s, u"list"_s, u"--actor"_s, u"nessuno"_s }).value(u"entries"_s).toArray().size(), 0);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    QCOMPARE(json({ u"audit"_s, u"list"_s, u"pec.example.it"_s, u"--since"_s, tomorrow })
                 .value(u"entries"_s)
                 .toArray()
                 .size(),
        0);
    // --until a day includes that day.
    QVERIFY(
        json({ u"audit"_s, u"list"_s, u"pec.example.it"_s, u"--until"_s, today }).value(u"entries"_s).toArray().size()
        > 40);
    QCOMPARE(cli({ u"audit"_s, u"list"_s, u"--operation"_s, u"rename"_s }).exitCode, 2);
}

void TestAuditCli::exportsCsv()
{
    const QString file = m_dir.filePath(u"storia.csv"_s);
    const Run exported = cli({ u"audit"_s, u"export"_s, u"mario.rossi@pec.example.it"_s, file });
    QCOMPARE(exported.exitCode, 0);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.at(0).trimmed(),
        QByteArray("sequence,time,actor,operation,domain,mailbox,before,after,result,"
                   "previous_hash,hash"));
    QCOMPARE(lines.size(), 5); // the header, three entries, and the end of the last line
    QVERIFY(lines.at(1).contains(",mailbox-create,")); // oldest first
    QVERIFY(lines.at(3).contains("\"{\"\"quota_mb\"\":900}\""));
    // Only the file as argument: the whole store; the file exists now, so only with --force.
    QCOMPARE(cli({ u"audit"_s, u"export"_s, file }).exitCode, 1);
    QCOMPARE(cli({ u"audit"_s, u"export"_s, file, u"--force"_s }).exitCode, 0);
    QCOMPARE(cli({ u"audit"_s, u"export"_s }).exitCode, 2);
}

void TestAuditCli::exportsPdfReport_data()
{
    QTest::addColumn<bool>("italian");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("printedBy");
    QTest::newRow("en") << false << u"History of changes of pec.example.it"_s << u"Printed by"_s;
    QTest::newRow("it") << true << u"Storico delle modifiche di pec.example.it"_s << u"Stampato da"_s;
}

void TestAuditCli::exportsPdfReport()
{
    QFETCH(bool, italian);
    QFETCH(QString, title);
    QFETCH(QString, printedBy);
    const QString file = m_dir.filePath(u"report-%1.pdf"_s.arg(italian ? u"it"_s : u"en"_s));
    QFile::remove(file);
    // Without a display and without a platform chosen: the command needs neither.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PECADMIN_PASSWORD"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    pecadmin::test::setLanguage(environment, italian);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const Run written = pecadmin::test::runProgram(QStringLiteral(PECADMIN_CLI_PATH),
        { u"--store"_s, m_store, u"audit"_s, u"export"_s, u"mario.rossi@pec.example.it"_s, file, u"--pdf"_s,
            u"--since"_s, today, u"--until"_s, today },
        environment);
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Type /Page"));

    Run text = run(u"pdftotext"_s, { u"-layout"_s, file, u"-"_s });
    QCOMPARE(text.exitCode, 0);
    // The fonts' ligatures, as the text of the page spells them.
    text.out.replace(QChar(0xFB00), u"ff"_s)
        .replace(QChar(0xFB01), u"fi"_s)
        .replace(QChar(0xFB02), u"fl"_s)
        .replace(QChar(0xFB03), u"ffi"_s)
        .replace(QChar(0xFB04), u"ffl"_s);
    QVERIFY2(text.out.contains(title), qPrintable(text.out));
    QVERIFY2(text.out.contains(printedBy), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"mario.rossi@pec.example.it"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(today), qPrintable(text.out));
    // The three entries, with the head of the chain.
    const QJsonArray entries
        = json({ u"audit"_s, u"list"_s, u"mario.rossi@pec.example.it"_s }).value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 3);
    for (const QJsonValue &entry : entries)
        QVERIFY2(text.out.contains(entry.toObject().value(u"time"_s).toString().mid(11, 8)), qPrintable(text.out));
    const QString head = cli({ u"audit"_s, u"head"_s }).out.section(u':', 1, 1).left(64);
    QVERIFY2(text.out.contains(head.left(20)), qPrintable(text.out));

    // An existing file only with --force; a report needs a domain or a mailbox.
    QCOMPARE(cli({ u"audit"_s, u"export"_s, u"pec.example.it"_s, file, u"--pdf"_s }).exitCode, 1);
    QCOMPARE(cli({ u"audit"_s, u"export"_s, file, u"--pdf"_s, u"--force"_s }).exitCode, 2);
}

void TestAuditCli::verifyFindsTampering()
{
    Run verified = cli({ u"audit"_s, u"verify"_s });
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains(u"The history holds"_s), qPrintable(verified.out));

    QVERIFY(sqlite(u"UPDATE history SET actor = 'qualcun.altro' WHERE seq = 10"_s));
    verified = cli({ u"audit"_s, u"verify"_s });
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.err.contains(u"Entry 10 was changed"_s), qPrintable(verified.err));
    const QJsonObject report = json({ u"audit"_s, u"verify"_s });
    QCOMPARE(report.value(u"intact"_s).toBool(), false);
    QCOMPARE(report.value(u"brokenSequence"_s).toInt(), 10);

    QVERIFY(sqlite(u"DELETE FROM history WHERE seq = 7"_s));
    verified = cli({ u"audit"_s, u"verify"_s });
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.err.contains(u"Entry 7 was removed"_s), qPrintable(verified.err));
}

void TestAuditCli::verifyWithHeadKeptElsewhere()
{
    const Run head = cli({ u"audit"_s, u"head"_s });
    QCOMPARE(head.exitCode, 0);
    const QString kept = head.out.section(u' ', 0, 0).trimmed();
    QVERIFY2(kept.contains(u':') && kept.section(u':', 1).size() == 64, qPrintable(kept));
    QCOMPARE(cli({ u"audit"_s, u"verify"_s, u"--head"_s, kept }).exitCode, 0);
    // Later changes keep the kept head in the chain.
    QCOMPARE(cli({ u"enable"_s, u"mario.rossi@pec.example.it"_s }).exitCode, 0);
    QCOMPARE(cli({ u"audit"_s, u"verify"_s, u"--head"_s, kept }).exitCode, 0);

    // The newest entries removed: the chain alone still holds, the kept head does not.
    QVERIFY(sqlite(u"DELETE FROM history WHERE seq >= "_s + kept.section(u':', 0, 0)));
    QCOMPARE(cli({ u"audit"_s, u"verify"_s }).exitCode, 0);
    const Run verified = cli({ u"audit"_s, u"verify"_s, u"--head"_s, kept });
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.err.contains(u"kept elsewhere, is missing"_s), qPrintable(verified.err));
    QCOMPARE(cli({ u"audit"_s, u"verify"_s, u"--head"_s, u"12:abc"_s }).exitCode, 2);
}

void TestAuditCli::cutLeavesAChainThatHolds()
{
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    const Run cut = cli({ u"audit"_s, u"cut"_s, u"--before"_s, tomorrow });
    QCOMPARE(cut.exitCode, 0);
    QVERIFY2(cut.out.contains(u"checkpoint"_s), qPrintable(cut.out));
    QCOMPARE(cli({ u"enable"_s, u"mario.rossi@pec.example.it"_s }).exitCode, 0);
    const QJsonObject report = json({ u"audit"_s, u"verify"_s });
    QCOMPARE(report.value(u"intact"_s).toBool(), true);
    QCOMPARE(report.value(u"entries"_s).toInt(), 2);
    QCOMPARE(cli({ u"audit"_s, u"cut"_s }).exitCode, 2); // --before is required
}

void TestAuditCli::badDatesAreRefused()
{
    const Run refused = cli({ u"audit"_s, u"list"_s, u"--since"_s, u"ieri"_s });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"--since"_s), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
