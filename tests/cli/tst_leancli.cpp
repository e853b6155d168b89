// pecadmin-cli as two programs: the lean one links QtCore, QtSql and libsodium only (its ELF
// NEEDED entries name none of QtGui, QtNetwork, QtDBus, QtKeychain) and does a store file's
// commands itself; a command that needs the network, the keyring or QtGui runs the full program
// in its place with the same arguments and the same standard input, and where the full program
// is missing it says so, translated, with exit status 1.

#include "support/programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using pecadmin::test::ProgramRun;

const QString leanProgram = QStringLiteral(PECADMIN_CLI_PATH);
const QString fullProgram = QStringLiteral(PECADMIN_CLI_FULL_PATH);

// The shared libraries an executable names (its NEEDED entries), as readelf reads them.
QStringList neededLibraries(const QString &program)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    pecadmin::test::setLanguage(environment, false);
    const ProgramRun read = pecadmin::test::runProgram(u"readelf"_s, { u"--dynamic"_s, program }, environment);
    QStringList libraries;
    if (read.exitCode != 0)
        return libraries;
    const QStringList lines = read.out.split(u'\n');
    for (const QString &line : lines) {
        if (!line.contains(u"(NEEDED)"_s))
            continue;
        const qsizetype open = line.indexOf(u'[');
        const qsizetype close = line.indexOf(u']', open);
        if (open >= 0 && close > open)
            libraries.append(line.mid(open + 1, close - open - 1));
    }
    return libraries;
}

} // namespace

class TestLeanCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void leanProgramLinksNoGuiNetworkOrKeyring();
    void storeCommandsRunInTheLeanProgram();
    void storeIsReadWithoutQtsDriverPlugin();
    void pdfReportIsWrittenByTheFullProgram();
    void scimCheckIsRunByTheFullProgram();
    void fullProgramReadsThePasswordFromStandardInput();
    void missingFullProgramIsReported_data();
    void missingFullProgramIsReported();

private:
    ProgramRun cli(
        const QString &program, const QStringList &arguments, const QByteArray &input = {}, bool italian = false) const
    {
        QProcessEnvironment environment = pecadmin::test::isolatedEnvironment(m_dir.path());
        pecadmin::test::setLanguage(environment, italian);
        return pecadmin::test::runProgram(program, arguments, environment, input);
    }

    QTemporaryDir m_dir;
    QString m_store;
};

void TestLeanCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"store.sqlite"_s);
    const ProgramRun demo = cli(leanProgram, { u"--store"_s, m_store, u"demo"_s });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
}

void TestLeanCli::leanProgramLinksNoGuiNetworkOrKeyring()
{
    const QStringList lean = neededLibraries(leanProgram);
    QVERIFY2(lean.contains(u"libQt6Core.so.6"_s), qPrintable(lean.join(u", "_s)));
    QVERIFY2(lean.contains(u"libQt6Sql.so.6"_s), qPrintable(lean.join(u", "_s)));
    for (const QString &library : lean) {
        for (const QString &forbidden : { u"Qt6Gui"_s, u"Qt6Network"_s, u"Qt6DBus"_s, u"qt6keychain"_s })
            QVERIFY2(!library.contains(forbidden), qPrintable(u"pecadmin-cli links "_s + library));
    }
    // The same reading of the full program finds them: the check above can fail.
    const QStringList full = neededLibraries(fullProgram);
    QVERIFY2(full.contains(u"libQt6Gui.so.6"_s), qPrintable(full.join(u", "_s)));
    QVERIFY2(full.contains(u"libQt6Network.so.6"_s), qPrintable(full.join(u", "_s)));
}

void TestLeanCli::storeCommandsRunInTheLeanProgram()
{
    const ProgramRun version = cli(leanProgram, { u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), u"pecadmin-cli " PECADMIN_VERSION ""_s);

    const ProgramRun listed = cli(
        leanProgram, { u"--json"_s, u"--store"_s, m_store, u"list"_s, u"pec.example.it"_s, u"--limit"_s, u"5"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(listed.json().value(u"mailboxes"_s).toArray().size(), 5);
}

void TestLeanCli::storeIsReadWithoutQtsDriverPlugin()
{
    // The dynamic loader tells every file it loads (LD_DEBUG=files, on standard error).
    QProcessEnvironment environment = pecadmin::test::isolatedEnvironment(m_dir.path());
    pecadmin::test::setLanguage(environment, false);
    environment.insert(u"LD_DEBUG"_s, u"files"_s);
    const ProgramRun listed = pecadmin::test::runProgram(leanProgram,
        { u"--json"_s, u"--store"_s, m_store, u"list"_s, u"pec.example.it"_s, u"--limit"_s, u"5"_s }, environment);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(listed.json().value(u"mailboxes"_s).toArray().size(), 5);
    // SQLite's library is among them, and no plugin of Qt's SQL drivers.
    QVERIFY2(listed.err.contains(u"libsqlite3.so"_s), qPrintable(listed.err.left(2000)));
    QVERIFY2(!listed.err.contains(u"sqldrivers"_s), qPrintable(listed.err));
}

void TestLeanCli::pdfReportIsWrittenByTheFullProgram()
{
    const QString file = m_dir.filePath(u"report.pdf"_s);
    const ProgramRun written = cli(leanProgram,
        { u"--json"_s, u"--store"_s, m_store, u"audit"_s, u"export"_s, u"pec.example.it"_s, file, u"--pdf"_s });
    // One JSON object on standard output: the lean program wrote nothing before the full one.
    QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
    QCOMPARE(written.json().value(u"file"_s).toString(), file);
    QVERIFY(written.json().value(u"entries"_s).toInt() > 0);
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestLeanCli::scimCheckIsRunByTheFullProgram()
{
    // Nothing listens on port 1: the full program's check says it cannot connect.
    QProcessEnvironment environment = pecadmin::test::isolatedEnvironment(m_dir.path());
    environment.insert(u"PECADMIN_TEST_TOKEN"_s, u"not-a-real-token"_s);
    const QStringList arguments { u"--json"_s, u"--scim"_s, u"http://127.0.0.1:1/scim/v2"_s, u"--token-env"_s,
        u"PECADMIN_TEST_TOKEN"_s, u"check"_s };
    const ProgramRun lean = pecadmin::test::runProgram(leanProgram, arguments, environment);
    const ProgramRun full = pecadmin::test::runProgram(fullProgram, arguments, environment);
    QCOMPARE(lean.exitCode, 1);
    QCOMPARE(lean.exitCode, full.exitCode);
    QCOMPARE(lean.out, full.out);
    QVERIFY2(lean.out.contains(u"cannot connect"_s), qPrintable(lean.describe()));
}

void TestLeanCli::fullProgramReadsThePasswordFromStandardInput()
{
    const QStringList arguments { u"--pg-host"_s, u"127.0.0.1"_s, u"--pg-port"_s, u"1"_s, u"--pg-database"_s,
        u"pecadmin"_s, u"--pg-user"_s, u"pecadmin"_s, u"domain"_s, u"list"_s };
    // Without a password the full program refuses the command line; with one on standard
    // input (which the lean program left unread) it tries the server, which is not there.
    const ProgramRun withoutPassword = cli(leanProgram, arguments);
    QCOMPARE(withoutPassword.exitCode, 2);
    QVERIFY2(
        withoutPassword.err.contains(u"No password for the database user"_s), qPrintable(withoutPassword.describe()));
    const ProgramRun withPassword = cli(leanProgram, arguments, "a password\n");
    QCOMPARE(withPassword.exitCode, 1);
    QVERIFY2(!withPassword.err.contains(u"No password"_s), qPrintable(withPassword.describe()));
}

void TestLeanCli::missingFullProgramIsReported_data()
{
    QTest::addColumn<bool>("italian");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << false << u"could not be started"_s;
    QTest::newRow("it") << true << u"non è stato possibile avviare"_s;
}

void TestLeanCli::missingFullProgramIsReported()
{
    QFETCH(bool, italian);
    QFETCH(QString, expected);
    // The lean program alone in a folder: the full one is neither beside it nor where the
    // package installs it.
    const QString alone = m_dir.filePath(u"alone/pecadmin-cli"_s);
    if (!QFile::exists(alone)) {
        QVERIFY(QDir().mkpath(m_dir.filePath(u"alone"_s)));
        QVERIFY(QFile::copy(leanProgram, alone));
    }
    const ProgramRun listed = cli(alone, { u"--store"_s, m_store, u"list"_s, u"pec.example.it"_s }, {}, italian);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));

    const QString file = m_dir.filePath(u"never.pdf"_s);
    const ProgramRun refused = cli(
        alone, { u"--store"_s, m_store, u"audit"_s, u"export"_s, u"pec.example.it"_s, file, u"--pdf"_s }, {}, italian);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"pecadmin-cli-full"_s), qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(expected), qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestLeanCli)
#include "tst_leancli.moc"
