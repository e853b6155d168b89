// pecadmin-cli import and export, run as the real executable on stores in a temporary folder:
// what it prints, its exit status, and what the store holds afterwards.

#include "bulktestsupport.h"
#include "core/limits.h"
#include "local/passwordhash.h"
#include "support/programrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pecadmin;
using namespace pecadmin::test;
using namespace Qt::StringLiterals;

using CliRun = ProgramRun;

class TestBulkCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void dryRunChangesNothing();
    void dryRunJson();
    void importPrintsGeneratedPasswordsOnce();
    void importJson();
    void rowsWithErrorsExitOne();
    void unreadableFilesChangeNothing_data();
    void unreadableFilesChangeNothing();
    void exportToStandardOutputAndFile();
    void exportThenImportIntoAFreshStore();
    void usageErrors_data();
    void usageErrors();
    void unknownDomain();
    void helpNamesImportAndExport();
    void fiftyThousandRowsDryRun();
    void exportNeverReplacesTheStore_data();
    void exportNeverReplacesTheStore();
    void exportKeepsAnExistingFileWithoutForce();
    void importIsWholeOrNothing();
    void skipInvalidKeepsTheDomainLimitsOverTheWholeFile();
    void longFieldIsRefusedShortly();
    void numbersAtTheirEdges_data();
    void numbersAtTheirEdges();

private:
    CliRun cli(const QStringList &arguments, const QString &store = {}) const;
    bool addDomain(const QString &store = {}) const;
    QStringList storedNames(const QString &store = {}) const;
    QByteArray storedHash(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_store;
    int m_number = 0;
};

void TestBulkCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PECADMIN_CLI_PATH)), PECADMIN_CLI_PATH);
}

void TestBulkCli::init()
{
    m_store = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_number));
}

CliRun TestBulkCli::cli(const QStringList &arguments, const QString &store) const
{
    QProcessEnvironment environment = test::isolatedEnvironment(m_dir.filePath(u"home"_s));
    environment.insert(u"PECADMIN_STORE"_s, store.isEmpty() ? m_store : store);
    return test::runProgram(QStringLiteral(PECADMIN_CLI_PATH), arguments, environment);
}

// pec.example.it: Poste's policy, conservazione sostitutiva, 1024 MB per mailbox.
bool TestBulkCli::addDomain(const QString &store) const
{
    return cli({ u"domain"_s, u"add"_s, u"pec.example.it"_s, u"--space-mb"_s, u"20000"_s, u"--max-mailboxes"_s, u"50"_s,
                   u"--archiving"_s, u"--max-quota-mb"_s, u"1024"_s },
               store)
               .exitCode
        == 0;
}

QStringList TestBulkCli::storedNames(const QString &store) const
{
    const CliRun run = cli({ u"list"_s, u"pec.example.it"_s, u"--json"_s }, store);
    QStringList names;
    for (const QJsonValue &mailbox : run.json().value(u"mailboxes"_s).toArray())
        names.append(mailbox.toObject().value(u"name"_s).toString());
    return names;
}

QByteArray TestBulkCli::storedHash(const QString &name) const
{
    const QString connection = u"check-hash"_s;
    QByteArray hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_store);
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

void TestBulkCli::dryRunChangesNothing()
{
    QVERIFY(addDomain());
    const CliRun run = cli({ u"import"_s, u"pec.example.it"_s, dataPath(u"caselle_excel_it.csv"_s), u"--dry-run"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines = run.out.split(u'\n');
    QCOMPARE(lines.at(0).simplified(), u"Row Name Result"_s);
    QCOMPARE(lines.at(1).simplified(), u"2 mario.rossi ready"_s);
    QCOMPARE(lines.at(2).simplified(), u"3 Giulia.Bianchi@pec.example.it ready"_s);
    QCOMPARE(lines.at(3).simplified(), u"5 luca.verdi ready"_s);
    QCOMPARE(lines.at(4).simplified(), u"6 anna.neri ready"_s);
    QVERIFY(run.out.contains(u"Dry run: nothing was changed."_s));
    QVERIFY(run.out.contains(u"Disk quota to allocate: 1920 MB"_s));
    // The password to be generated is not shown by a dry run.
    QVERIFY(!run.out.contains(u"Generated passwords"_s));
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });
}

void TestBulkCli::dryRunJson()
{
    QVERIFY(addDomain());
    QVERIFY(cli({ u"create"_s, u"luca.verdi@pec.example.it"_s, u"--generate-password"_s, u"--quota-mb"_s, u"10"_s })
                .exitCode
        == 0);
    const CliRun run
        = cli({ u"import"_s, u"pec.example.it"_s, dataPath(u"caselle_excel_it.csv"_s), u"--dry-run"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"dryRun"_s).toBool(), true);
    QCOMPARE(json.value(u"warnings"_s).toArray().size(), 1); // the generated password of giulia
    QCOMPARE(json.value(u"ready"_s).toInt(), 3);
    QCOMPARE(json.value(u"exists"_s).toInt(), 1);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2).toObject().value(u"row"_s).toInt(), 5);
    QCOMPARE(rows.at(2).toObject().value(u"status"_s).toString(), u"exists"_s);
    QCOMPARE(rows.at(2).toObject().value(u"message"_s).toString(), u"exists, will be skipped"_s);
    QCOMPARE(rows.at(1).toObject().value(u"address"_s).toString(), u"giulia.bianchi@pec.example.it"_s);
    QVERIFY(!run.out.contains(u"assword\""_s));
    QCOMPARE(storedNames(), (QStringList { u"luca.verdi"_s, u"postmaster"_s }));
}

void TestBulkCli::importPrintsGeneratedPasswordsOnce()
{
    QVERIFY(addDomain());
    const CliRun run = cli({ u"import"_s, u"pec.example.it"_s, dataPath(u"mailboxes_en.csv"_s) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(
        run.out.contains(u"2 mailboxes created, 0 skipped, 0 failed."_s) || run.out.contains(u"created, 0 skipped"_s));
    // sara.blu has no password in the file: it is generated and printed once, and it works.
    const qsizetype at = run.out.indexOf(u"Generated passwords"_s);
    QVERIFY2(at > 0, qPrintable(run.describe()));
    const QStringList tail = run.out.mid(at).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(tail.size(), 3); // the sentence, the header, sara.blu
    const QStringList cells = tail.at(2).simplified().split(u' ');
    QCOMPARE(cells.at(0), u"sara.blu@pec.example.it"_s);
    QVERIFY(verifyPassword(storedHash(u"sara.blu"_s), cells.at(1)));
    QVERIFY(verifyPassword(storedHash(u"paolo.gialli"_s), u"Prova2024abc"_s));
    QVERIFY(!run.out.contains(u"Prova2024abc"_s));
    QCOMPARE(storedNames(), (QStringList { u"paolo.gialli"_s, u"postmaster"_s, u"sara.blu"_s }));

    // Again: everything exists, nothing is created, no password is shown.
    const CliRun again = cli({ u"import"_s, u"pec.example.it"_s, dataPath(u"mailboxes_en.csv"_s) });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(again.out.contains(u"skipped: The mailbox sara.blu@pec.example.it exists already."_s));
    QVERIFY(!again.out.contains(u"Generated passwords"_s));
}

void TestBulkCli::importJson()
{
    QVERIFY(addDomain());
    const CliRun run = cli({ u"import"_s, u"pec.example.it"_s, dataPath(u"mailboxes_en.csv"_s), u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"created"_s).toInt(), 2);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"outcome"_s).toString(), u"created"_s);
    QVERIFY(!rows.at(0).toObject().contains(u"generatedPassword"_s));
    const QString password = rows.at(1).toObject().value(u"generatedPassword"_s).toString();
    QVERIFY(verifyPassword(storedHash(u"sara.blu"_s), password));
}

void TestBulkCli::rowsWithErrorsExitOne()
{
    QVERIFY(addDomain());
    const QString path = m_dir.filePath(u"errors-%1.csv"_s.arg(m_number));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Nome;Password;Quota disco\nbuona;Prova2024abc;100\ncattiva;corta;100\ntroppo;Prova2024abc;5000\n");
    file.close();

    const CliRun dry = cli({ u"import"_s, u"pec.example.it"_s, path, u"--dry-run"_s });
    QCOMPARE(dry.exitCode, 1);
    QVERIFY(dry.out.contains(u"does not meet the domain's policy"_s));
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });

    // Whole or nothing: the refused rows stop the good one too.
    const CliRun whole = cli({ u"import"_s, u"pec.example.it"_s, path });
    QCOMPARE(whole.exitCode, 1);
    QVERIFY2(whole.out.contains(u"Nothing was imported: 2 rows are refused."_s), qPrintable(whole.describe()));
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });

    const CliRun run = cli({ u"import"_s, u"pec.example.it"_s, path, u"--skip-invalid"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(u"1 mailboxes created, 0 skipped, 2 failed."_s) || run.out.contains(u", 2 failed."_s));
    QVERIFY(run.out.contains(u"failed: The disk quota can be at most 1024 MB per mailbox."_s));
    QCOMPARE(storedNames(), (QStringList { u"buona"_s, u"postmaster"_s }));
}

void TestBulkCli::unreadableFilesChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << dataPath(u"empty.csv"_s) << u"The file is empty"_s;
    QTest::newRow("Latin-1") << dataPath(u"latin1.csv"_s)
                             << u"Row 3: the file is not UTF-8 text. Save it as “CSV UTF-8”"_s;
    QTest::newRow("unterminated quote") << dataPath(u"unterminated_quote.csv"_s)
                                        << u"Row 3: a quoted field is never closed"_s;
    QTest::newRow("no name column") << dataPath(u"missing_name_column.csv"_s)
                                    << u"Row 1: the file has no column with the mailbox name"_s;
    QTest::newRow("PNG") << u"png"_s << u"Row 1: the file holds binary data"_s;
    QTest::newRow("no such file") << u"/nonexistent/file.csv"_s << u"cannot be opened"_s;
}

void TestBulkCli::unreadableFilesChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    if (file == u"png") {
        file = m_dir.filePath(u"picture.csv"_s);
        QFile png(file);
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61"));
    }
    QVERIFY(addDomain());
    for (const bool dryRun : { true, false }) {
        QStringList arguments { u"import"_s, u"pec.example.it"_s, file };
        if (dryRun)
            arguments << u"--dry-run"_s;
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"pecadmin-cli: "_s) && run.err.contains(expected), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });
}

void TestBulkCli::exportToStandardOutputAndFile()
{
    QVERIFY(addDomain());
    QVERIFY(cli({ u"import"_s, u"pec.example.it"_s, dataPath(u"caselle_excel_it.csv"_s) }).exitCode == 0);

    const CliRun out = cli({ u"export"_s, u"pec.example.it"_s });
    QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
    QCOMPARE(out.outBytes,
        QByteArray("\xEF\xBB\xBFName,Disk quota (MB),Soft quota (MB),Archiving,Enabled\r\n"
                   "anna.neri,128,100,no,yes\r\n"
                   "giulia.bianchi,256,0,no,no\r\n"
                   "luca.verdi,1024,0,yes,yes\r\n"
                   "mario.rossi,512,400,yes,yes\r\n"
                   "postmaster,1024,0,no,yes\r\n"));

    const QString path = m_dir.filePath(u"export-%1.csv"_s.arg(m_number));
    const CliRun toFile
        = cli({ u"export"_s, u"pec.example.it"_s, path, u"--semicolon"_s, u"--language"_s, u"it"_s, u"--json"_s });
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.describe()));
    QCOMPARE(toFile.json().value(u"mailboxes"_s).toInt(), 5);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(u"Nome;Quota disco (MB);Soft quota (MB);Conservazione sostitutiva;Abilitata\r\n"_s));
    QVERIFY(text.contains(u"\r\nluca.verdi;1024;0;sì;sì\r\n"_s));

    const CliRun person = cli({ u"export"_s, u"pec.example.it"_s, path, u"--force"_s });
    QVERIFY(person.out.contains(u"5 mailboxes of pec.example.it written to"_s) || person.out.contains(u"written to"_s));
}

void TestBulkCli::exportThenImportIntoAFreshStore()
{
    QVERIFY(addDomain());
    QVERIFY(cli({ u"import"_s, u"pec.example.it"_s, dataPath(u"caselle_excel_it.csv"_s) }).exitCode == 0);
    QVERIFY(cli({ u"create"_s, u"--generate-password"_s, u"--quota-mb"_s, u"7"_s, u"--"_s, u"-info@pec.example.it"_s })
                .exitCode
        == 0);
    const QString path = m_dir.filePath(u"roundtrip-%1.csv"_s.arg(m_number));
    QVERIFY(cli({ u"export"_s, u"pec.example.it"_s, path, u"--semicolon"_s }).exitCode == 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\r\n'-info;7;0;no;yes\r\n"));

    const QString fresh = m_dir.filePath(u"fresh-%1.sqlite"_s.arg(m_number));
    QVERIFY(addDomain(fresh));
    const CliRun run = cli({ u"import"_s, u"pec.example.it"_s, path }, fresh);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray before
        = cli({ u"list"_s, u"pec.example.it"_s, u"--json"_s }).json().value(u"mailboxes"_s).toArray();
    const QJsonArray after
        = cli({ u"list"_s, u"pec.example.it"_s, u"--json"_s }, fresh).json().value(u"mailboxes"_s).toArray();
    QCOMPARE(after.size(), 6);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        for (const QString &key : { u"name"_s, u"quotaMb"_s, u"softQuotaMb"_s, u"archiving"_s, u"enabled"_s })
            QCOMPARE(after.at(i).toObject().value(key), before.at(i).toObject().value(key));
    }
}

void TestBulkCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("import without file") << QStringList { u"import"_s, u"pec.example.it"_s };
    QTest::newRow("import with an export option")
        << QStringList { u"import"_s, u"pec.example.it"_s, u"a.csv"_s, u"--semicolon"_s };
    QTest::newRow("export without domain") << QStringList { u"export"_s };
    QTest::newRow("export in French") << QStringList { u"export"_s, u"pec.example.it"_s, u"--language"_s, u"fr"_s };
    QTest::newRow("export JSON to standard output") << QStringList { u"export"_s, u"pec.example.it"_s, u"--json"_s };
    QTest::newRow("export with dry run") << QStringList { u"export"_s, u"pec.example.it"_s, u"--dry-run"_s };
    QTest::newRow("export with two files") << QStringList { u"export"_s, u"pec.example.it"_s, u"a.csv"_s, u"b.csv"_s };
}

void TestBulkCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(m_store));
}

void TestBulkCli::unknownDomain()
{
    QVERIFY(addDomain());
    const CliRun exported = cli({ u"export"_s, u"pec.nowhere.it"_s });
    QCOMPARE(exported.exitCode, 1);
    QVERIFY(exported.out.isEmpty());
    const CliRun imported = cli({ u"import"_s, u"pec.nowhere.it"_s, dataPath(u"mailboxes_en.csv"_s) });
    QCOMPARE(imported.exitCode, 1);
    QVERIFY(!imported.err.isEmpty());
}

void TestBulkCli::helpNamesImportAndExport()
{
    const CliRun run = cli({ u"help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"\n  import DOMAIN FILE [--dry-run] [--skip-invalid]\n"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"\n  export DOMAIN [FILE] [--force] [--semicolon] [--language it|en]\n"_s),
        qPrintable(run.out));
}

void TestBulkCli::fiftyThousandRowsDryRun()
{
    // A domain with room for 100 mailboxes, and a file of 50,000: the preview says which rows
    // fit and names the first that does not, quickly, and nothing is written.
    QVERIFY(cli({ u"domain"_s, u"add"_s, u"pec.example.it"_s, u"--space-mb"_s, u"1000000"_s, u"--max-mailboxes"_s,
                    u"101"_s })
                .exitCode
        == 0);
    const QString path = m_dir.filePath(u"large-%1.csv"_s.arg(m_number));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFNome;Password;Quota disco\r\n");
        for (int i = 0; i < 50000; ++i)
            file.write("utente." + QByteArray::number(i) + ";Prova2024abc;10\r\n");
    }
    QElapsedTimer timer;
    timer.start();
    const CliRun run = cli({ u"import"_s, u"pec.example.it"_s, path, u"--dry-run"_s, u"--json"_s });
    qInfo("dry run of 50,000 rows: %lld ms", timer.elapsed());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"ready"_s).toInt(), 100);
    QCOMPARE(json.value(u"invalid"_s).toInt(), 49900);
    const QJsonObject first = json.value(u"rows"_s).toArray().at(100).toObject();
    QCOMPARE(first.value(u"row"_s).toInt(), 102);
    QCOMPARE(first.value(u"code"_s).toString(), u"mailbox-limit-reached"_s);
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });
}

void TestBulkCli::exportNeverReplacesTheStore_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<bool>("force");
    for (const bool force : { false, true }) {
        const char *suffix = force ? " --force" : "";
        QTest::addRow("same path%s", suffix) << u"same"_s << force;
        QTest::addRow("another spelling%s", suffix) << u"dots"_s << force;
        QTest::addRow("symbolic link%s", suffix) << u"symlink"_s << force;
        QTest::addRow("hard link%s", suffix) << u"hardlink"_s << force;
        QTest::addRow("journal%s", suffix) << u"journal"_s << force;
    }
}

void TestBulkCli::exportNeverReplacesTheStore()
{
    QFETCH(QString, spelling);
    QFETCH(bool, force);
    QVERIFY(addDomain());
    QVERIFY(cli({ u"import"_s, u"pec.example.it"_s, dataPath(u"caselle_excel_it.csv"_s) }).exitCode == 0);
    const QStringList before = storedNames();
    QCOMPARE(before.size(), 5);

    QString target = m_store;
    const QFileInfo store(m_store);
    if (spelling == u"dots") {
        target = store.absolutePath() + u"/./sub/../"_s + store.fileName();
        QVERIFY(QDir(store.absolutePath()).mkpath(u"sub"_s));
    } else if (spelling == u"symlink") {
        target = m_dir.filePath(u"link-%1.csv"_s.arg(m_number));
        QVERIFY(QFile::link(m_store, target));
    } else if (spelling == u"hardlink") {
        target = m_dir.filePath(u"hard-%1.csv"_s.arg(m_number));
        QCOMPARE(::link(QFile::encodeName(m_store).constData(), QFile::encodeName(target).constData()), 0);
    } else if (spelling == u"journal") {
        target = m_store + u"-wal"_s;
    }
    for (const QStringList &command :
        { QStringList { u"export"_s, u"pec.example.it"_s, target }, QStringList { u"audit"_s, u"export"_s, target } }) {
        QStringList arguments = command;
        if (force)
            arguments << u"--force"_s;
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"holds the open store"_s), qPrintable(run.describe()));
        QCOMPARE(storedNames(), before);
    }
}

void TestBulkCli::exportKeepsAnExistingFileWithoutForce()
{
    QVERIFY(addDomain());
    for (const QStringList &command :
        { QStringList { u"export"_s, u"pec.example.it"_s }, QStringList { u"audit"_s, u"export"_s } }) {
        const QString path = m_dir.filePath(u"kept-%1-%2.csv"_s.arg(m_number).arg(command.constFirst()));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("mine\n");
        }
        const CliRun refused = cli(QStringList(command) << path);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"exists already. Add --force to replace it."_s), qPrintable(refused.describe()));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("mine\n"));
        kept.close();

        const CliRun forced = cli(QStringList(command) << path << u"--force"_s);
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("postmaster"));
    }
    // A folder is never a file to write.
    const CliRun folder = cli({ u"export"_s, u"pec.example.it"_s, m_dir.path(), u"--force"_s });
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.contains(u"is a folder"_s), qPrintable(folder.describe()));
}

void TestBulkCli::importIsWholeOrNothing()
{
    QVERIFY(addDomain());
    const QString path = m_dir.filePath(u"middle-%1.csv"_s.arg(m_number));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Password,Quota\nuno,Prova2024abc,100\ndue,Prova2024abc,100\n"
               "tre,Prova2024abc,abc\nquattro,Prova2024abc,100\ncinque,Prova2024abc,100\n");
    file.close();

    const CliRun whole = cli({ u"import"_s, u"pec.example.it"_s, path, u"--json"_s });
    QCOMPARE(whole.exitCode, 1);
    QCOMPARE(whole.json().value(u"imported"_s).toBool(true), false);
    QCOMPARE(whole.json().value(u"invalid"_s).toInt(), 1);
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });

    const CliRun ready = cli({ u"import"_s, u"pec.example.it"_s, path, u"--skip-invalid"_s, u"--json"_s });
    QCOMPARE(ready.exitCode, 1);
    QCOMPARE(ready.json().value(u"created"_s).toInt(), 4);
    QCOMPARE(ready.json().value(u"failed"_s).toInt(), 1);
    QCOMPARE(storedNames(), (QStringList { u"cinque"_s, u"due"_s, u"postmaster"_s, u"quattro"_s, u"uno"_s }));
}

void TestBulkCli::skipInvalidKeepsTheDomainLimitsOverTheWholeFile()
{
    // 20,000 MB, of which the postmaster has 1024: 18 mailboxes of 1000 MB fit, 25 do not.
    QVERIFY(addDomain());
    const QString path = m_dir.filePath(u"space-%1.csv"_s.arg(m_number));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Password,Quota\n");
    for (int i = 0; i < 25; ++i)
        file.write(QStringLiteral("box%1,Prova2024abc,1000\n").arg(i, 2, 10, QChar(u'0')).toUtf8());
    file.close();

    const CliRun whole = cli({ u"import"_s, u"pec.example.it"_s, path });
    QCOMPARE(whole.exitCode, 1);
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });
    const CliRun domainBefore = cli({ u"domain"_s, u"show"_s, u"pec.example.it"_s, u"--json"_s });
    QVERIFY2(domainBefore.exitCode == 0, qPrintable(domainBefore.describe()));

    const CliRun ready = cli({ u"import"_s, u"pec.example.it"_s, path, u"--skip-invalid"_s, u"--json"_s });
    QCOMPARE(ready.json().value(u"created"_s).toInt(), 18);
    QCOMPARE(ready.json().value(u"failed"_s).toInt(), 7);
    QCOMPARE(storedNames().size(), 19);
    const QJsonObject domain = cli({ u"domain"_s, u"show"_s, u"pec.example.it"_s, u"--json"_s }).json();
    QVERIFY2(domain.value(u"allocatedMb"_s).toInteger() <= domain.value(u"totalSpaceMb"_s).toInteger(),
        QJsonDocument(domain).toJson().constData());
    QCOMPARE(domain.value(u"allocatedMb"_s).toInteger(), 1024 + 18 * 1000);
}

void TestBulkCli::longFieldIsRefusedShortly()
{
    QVERIFY(addDomain());
    const QString path = m_dir.filePath(u"long-%1.csv"_s.arg(m_number));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Password\nuno,Prova2024abc\n" + QByteArray(5000, 'x') + ",Prova2024abc\n");
    file.close();
    for (const bool dryRun : { true, false }) {
        QStringList arguments { u"import"_s, u"pec.example.it"_s, path };
        if (dryRun)
            arguments << u"--dry-run"_s;
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Row 3: a field is longer than 4096 characters"_s), qPrintable(run.describe()));
        QVERIFY2(run.err.size() < 300, qPrintable(run.describe()));
    }
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });
}

void TestBulkCli::numbersAtTheirEdges_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString largest = QString::number(limits::maxSizeMb);
    const QString beyond = QString::number(limits::maxSizeMb + 1);
    const auto domainAdd = [](const QString &space, const QString &count, const QString &quota) {
        return QStringList { u"domain"_s, u"add"_s, u"pec.edge.it"_s, u"--space-mb"_s, space, u"--max-mailboxes"_s,
            count, u"--max-quota-mb"_s, quota };
    };
    QTest::newRow("space: largest") << domainAdd(largest, u"10"_s, u"1024"_s) << 0 << u"pec.edge.it"_s;
    QTest::newRow("space: one more") << domainAdd(beyond, u"10"_s, u"1024"_s) << 2 << u"between 0 and "_s + largest;
    QTest::newRow("space: int64 max") << domainAdd(u"9223372036854775807"_s, u"10"_s, u"1024"_s) << 2
                                      << u"between 0 and "_s + largest;
    QTest::newRow("space: beyond int64") << domainAdd(u"99999999999999999999"_s, u"10"_s, u"1024"_s) << 2
                                         << u"between 0 and "_s + largest;
    QTest::newRow("space: int64 min") << domainAdd(u"-9223372036854775808"_s, u"10"_s, u"1024"_s) << 2
                                      << u"between 0 and "_s + largest;
    QTest::newRow("space: zero") << domainAdd(u"0"_s, u"10"_s, u"1024"_s) << 1 << u"at least 1 MB"_s;
    QTest::newRow("mailboxes: largest") << domainAdd(u"1000"_s, QString::number(limits::maxMailboxes), u"100"_s) << 0
                                        << u"pec.edge.it"_s;
    QTest::newRow("mailboxes: one more") << domainAdd(u"1000"_s, QString::number(limits::maxMailboxes + 1), u"100"_s)
                                         << 2 << u"between 0 and "_s + QString::number(limits::maxMailboxes);
    QTest::newRow("mailboxes: int max") << domainAdd(u"1000"_s, u"2147483648"_s, u"100"_s) << 2
                                        << u"between 0 and "_s + QString::number(limits::maxMailboxes);
    QTest::newRow("quota: largest") << domainAdd(u"1000"_s, u"10"_s, largest) << 0 << u"pec.edge.it"_s;
    QTest::newRow("quota: one more") << domainAdd(u"1000"_s, u"10"_s, beyond) << 2 << u"between 0 and "_s + largest;
    QTest::newRow("mailbox quota: int64 max") << QStringList { u"quota"_s, u"postmaster@pec.example.it"_s,
        u"9223372036854775807"_s } << 2 << u"between 0 and "_s + largest;
    QTest::newRow("mailbox soft quota: beyond") << QStringList { u"soft-quota"_s, u"postmaster@pec.example.it"_s,
        beyond } << 2 << u"between 0 and "_s + largest;
    QTest::newRow("create quota: largest, above the domain's")
        << QStringList { u"create"_s, u"edge@pec.example.it"_s, u"--generate-password"_s, u"--quota-mb"_s, largest }
        << 1 << u"at most 1024 MB per mailbox"_s;
}

void TestBulkCli::numbersAtTheirEdges()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QVERIFY(addDomain());
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(QString(run.out + run.err).contains(expected), qPrintable(run.describe()));
    QVERIFY(!QString(run.out + run.err).contains(u"-1.0"_s));
    QCOMPARE(storedNames(), QStringList { u"postmaster"_s });
}

QTEST_GUILESS_MAIN(TestBulkCli)
#include "tst_bulkcli.moc"
