// The desktop application's command line: read before any window exists, so that --help and
// --version answer without a display, in the user's language; and a store file given on the
// command line, as a file manager gives it, is the store that opens.

#include "guicommandline.h"
#include "support/programrun.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pecadmin;
using namespace Qt::StringLiterals;

using Run = test::ProgramRun;

class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void helpWithoutDisplay();
    void italianHelpHasNoEnglishLine();
    void versionWithoutDisplay();
    void wrongOptionWithoutDisplay();
    void opensTheFileGiven();
    void screenshotWithoutScreen_data();
    void screenshotWithoutScreen();

private:
    QProcessEnvironment environment(bool italian) const;
    Run gui(const QStringList &arguments, bool italian = false) const;

    QTemporaryDir m_dir;
};

void TestGuiCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(PECADMIN_GUI_PATH)), PECADMIN_GUI_PATH);
}

QProcessEnvironment TestGuiCommandLine::environment(bool italian) const
{
    QProcessEnvironment environment = test::isolatedEnvironment(m_dir.path());
    // No display of any kind: what a packager's build machine or an ssh session has.
    environment.remove(u"QT_QPA_PLATFORM"_s);
    test::setLanguage(environment, italian);
    return environment;
}

Run TestGuiCommandLine::gui(const QStringList &arguments, bool italian) const
{
    return test::runProgram(QStringLiteral(PECADMIN_GUI_PATH), arguments, environment(italian), {}, 60000);
}

void TestGuiCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("storePath");

    using O = GuiCommandLine::Outcome;
    QTest::newRow("nothing") << QStringList {} << int(O::Run) << QString();
    QTest::newRow("--store") << QStringList { u"--store"_s, u"/srv/a.sqlite"_s } << int(O::Run) << u"/srv/a.sqlite"_s;
    QTest::newRow("--store=") << QStringList { u"--store=/srv/a.sqlite"_s } << int(O::Run) << u"/srv/a.sqlite"_s;
    QTest::newRow("a file") << QStringList { u"/srv/b.sqlite"_s } << int(O::Run) << u"/srv/b.sqlite"_s;
    QTest::newRow("a file URL") << QStringList { u"file:///srv/c%20d.sqlite"_s } << int(O::Run) << u"/srv/c d.sqlite"_s;
    QTest::newRow("two files: the first")
        << QStringList { u"/srv/b.sqlite"_s, u"/srv/e.sqlite"_s } << int(O::Run) << u"/srv/b.sqlite"_s;
    QTest::newRow("Qt's own options") << QStringList { u"-platform"_s, u"offscreen"_s, u"-reverse"_s,
        u"/srv/b.sqlite"_s } << int(O::Run)
                                      << u"/srv/b.sqlite"_s;
    QTest::newRow("--help") << QStringList { u"--help"_s } << int(O::Help) << QString();
    QTest::newRow("-h") << QStringList { u"-h"_s, u"/srv/b.sqlite"_s } << int(O::Help) << QString();
    QTest::newRow("--version") << QStringList { u"--version"_s } << int(O::Version) << QString();
    QTest::newRow("-v") << QStringList { u"-v"_s } << int(O::Version) << QString();
    QTest::newRow("unknown option") << QStringList { u"--stroe"_s, u"a"_s } << int(O::Error) << QString();
    QTest::newRow("--store without a value") << QStringList { u"--store"_s } << int(O::Error) << QString();
    QTest::newRow("--store and a file") << QStringList { u"--store"_s, u"a"_s, u"b"_s } << int(O::Error) << QString();
}

void TestGuiCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, outcome);
    QFETCH(QString, storePath);
    GuiCommandLine commandLine;
    QCOMPARE(int(commandLine.parse(arguments)), outcome);
    QCOMPARE(commandLine.storePath(), storePath);
    QCOMPARE(commandLine.errorText().isEmpty(), outcome != int(GuiCommandLine::Outcome::Error));
}

void TestGuiCommandLine::helpWithoutDisplay()
{
    for (const QString &form : { u"--help"_s, u"-h"_s }) {
        const Run run = gui({ form });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.startsWith(u"Usage: pecadmin [--store FILE] [FILE]\n"_s), qPrintable(run.out));
        for (const GuiCommandLine::Option &option : GuiCommandLine::options())
            QVERIFY2(run.out.contains(u"  "_s + option.form() + u'\n'), qPrintable(option.form()));
        QVERIFY(run.err.isEmpty());
    }
}

void TestGuiCommandLine::italianHelpHasNoEnglishLine()
{
    const Run english = gui({ u"--help"_s });
    const Run italian = gui({ u"--help"_s }, true);
    QVERIFY2(italian.exitCode == 0, qPrintable(italian.describe()));
    QVERIFY2(italian.out.startsWith(u"Uso: pecadmin [--store FILE] [FILE]\n"_s), qPrintable(italian.out));
    const QStringList englishLines = english.out.split(u'\n');
    for (const QString &line : italian.out.split(u'\n')) {
        // The forms of the options are typed as they are in every language.
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'-') || line.trimmed() == u"FILE")
            continue;
        QVERIFY2(!englishLines.contains(line), qPrintable(u"in English: "_s + line));
    }
}

void TestGuiCommandLine::versionWithoutDisplay()
{
    for (const QString &form : { u"--version"_s, u"-v"_s }) {
        const Run run = gui({ form });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, u"pecadmin "_s + QStringLiteral(PECADMIN_VERSION) + u'\n');
    }
}

void TestGuiCommandLine::wrongOptionWithoutDisplay()
{
    const Run run = gui({ u"--stroe"_s, u"x.sqlite"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"pecadmin: Unknown option “--stroe”.\nUsage: pecadmin"_s), qPrintable(run.err));
    const Run italian = gui({ u"--stroe"_s }, true);
    QCOMPARE(italian.exitCode, 2);
    QVERIFY2(
        italian.err.startsWith(u"pecadmin: Opzione sconosciuta “--stroe”.\nUso: pecadmin"_s), qPrintable(italian.err));
}

void TestGuiCommandLine::opensTheFileGiven()
{
    // A file manager's %F: the store is created and opened where the file is named.
    const QString store = m_dir.filePath(u"given.sqlite"_s);
    QProcess process;
    QProcessEnvironment env = environment(false);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PECADMIN_GUI_PATH), { QUrl::fromLocalFile(store).toString() });
    QVERIFY(process.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(store).size() > 0, 60000);
    process.kill();
    process.waitForFinished();
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"data/pecadmin/pecadmin/pecadmin.sqlite"_s)));
}

void TestGuiCommandLine::screenshotWithoutScreen_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<bool>("italian");
    QTest::newRow("an empty store") << false << false;
    QTest::newRow("the demo domain") << true << false;
    QTest::newRow("the demo domain in Italian") << true << true;
}

void TestGuiCommandLine::screenshotWithoutScreen()
{
    QFETCH(bool, demo);
    QFETCH(bool, italian);
    const QString store = m_dir.filePath(u"shot-%1-%2.sqlite"_s.arg(demo).arg(italian));
    if (demo) {
        const Run demoRun = test::runProgram(
            QStringLiteral(PECADMIN_CLI_PATH), { u"--store"_s, store, u"demo"_s }, environment(false));
        QVERIFY2(demoRun.exitCode == 0, qPrintable(demoRun.describe()));
    }
    const QString picture = m_dir.filePath(u"shot-%1-%2.png"_s.arg(demo).arg(italian));
    QProcessEnvironment env = environment(italian);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    const Run shot = test::runProgram(QStringLiteral(PECADMIN_GUI_PATH),
        { u"-platform"_s, u"offscreen"_s, u"--screenshot"_s, picture, u"--store"_s, store }, env, {}, 90000);
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.describe()));
    QFile file(picture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    QVERIFY(file.size() > 10000);
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
