// The manual pages and shell completions that the build writes with pecadmin-cli: every
// command of the help is in each of them, the pages have no roff mistakes, and the
// completions complete what a user types, run by bash and zsh themselves.

#include "support/programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString docs = QStringLiteral(PECADMIN_GENERATED_DOCS);

using Run = pecadmin::test::ProgramRun;

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    pecadmin::test::setLanguage(environment, false);
    return pecadmin::test::runProgram(program, arguments, environment, input);
}

QString gunzipped(const QString &path)
{
    const Run unpacked = run(u"gzip"_s, { u"-dc"_s, path });
    return unpacked.exitCode == 0 ? unpacked.out : QString();
}

// "soft-quota" as the man page writes a word in bold.
QString boldWords(const QString &name)
{
    QStringList words = name.split(u' ');
    for (QString &word : words)
        word = u"\\fB"_s + QString(word).replace(u'-', u"\\-"_s) + u"\\fR"_s;
    return words.join(u' ');
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommandInTheManualPages_data();
    void everyCommandInTheManualPages();
    void manualPagesWithoutMistakes();
    void desktopApplicationPage();
    void everyCommandInTheCompletions();
    void bashCompletes_data();
    void bashCompletes();
    void zshCompletes_data();
    void zshCompletes();

private:
    QStringList m_commands; // "domain add", "list", … as `help` lists them
};

void TestCliDocs::initTestCase()
{
    const Run help = run(QStringLiteral(PECADMIN_CLI_PATH), { u"--json"_s, u"help"_s });
    QCOMPARE(help.exitCode, 0);
    const QJsonArray commands = QJsonDocument::fromJson(help.out.toUtf8()).object().value(u"commands"_s).toArray();
    for (const QJsonValue &command : commands)
        m_commands.append(command.toObject().value(u"name"_s).toString());
    QVERIFY(m_commands.contains(u"domain add"_s));
    QVERIFY(m_commands.contains(u"soft-quota"_s));
    QVERIFY(m_commands.contains(u"version"_s));
    QVERIFY(!m_commands.contains(u"manpage"_s)); // for the build only

    // The text help names the same commands.
    const Run text = run(QStringLiteral(PECADMIN_CLI_PATH), { u"help"_s });
    for (const QString &command : std::as_const(m_commands))
        QVERIFY2(text.out.contains(u"\n  "_s + command), qPrintable(command));
}

void TestCliDocs::everyCommandInTheManualPages_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("English") << docs + u"/man/man1/pecadmin-cli.1.gz"_s;
    QTest::newRow("Italian") << docs + u"/man/it/man1/pecadmin-cli.1.gz"_s;
}

void TestCliDocs::everyCommandInTheManualPages()
{
    QFETCH(QString, page);
    const QString roff = gunzipped(page);
    QVERIFY2(roff.startsWith(u".TH PECADMIN\\-CLI 1"_s), qPrintable(page));
    for (const QString &command : std::as_const(m_commands))
        QVERIFY2(roff.contains(u".TP\n"_s + boldWords(command)), qPrintable(command));
    // Every option of every command, and of every command alike.
    for (const QString &option : { u"--space-mb"_s, u"--sort"_s, u"--generate-password"_s, u"--yes"_s, u"--semicolon"_s,
             u"--store"_s, u"--json"_s, u"--pg-sslmode"_s, u"--scim"_s, u"--version"_s })
        QVERIFY2(roff.contains(boldWords(option)), qPrintable(option));
    QVERIFY(roff.contains(u"PECADMIN_PASSWORD"_s));
}

void TestCliDocs::manualPagesWithoutMistakes()
{
    const QString man = QStandardPaths::findExecutable(u"man"_s);
    if (man.isEmpty())
        QSKIP("man (man-db) is not installed");
    for (const QString &page : { u"/man/man1/pecadmin-cli.1.gz"_s, u"/man/man1/pecadmin.1.gz"_s,
             u"/man/it/man1/pecadmin-cli.1.gz"_s, u"/man/it/man1/pecadmin.1.gz"_s }) {
        // What lintian runs: every warning of groff is a mistake in the page.
        const Run shown
            = run(man, { u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, u"-Tutf8"_s, u"-Z"_s, docs + page });
        QVERIFY2(shown.exitCode == 0, qPrintable(page));
        QVERIFY2(shown.err.isEmpty(), qPrintable(page + u": "_s + shown.err));
        QVERIFY(!shown.out.isEmpty());
    }
}

void TestCliDocs::desktopApplicationPage()
{
    const QString roff = gunzipped(docs + u"/man/man1/pecadmin.1.gz"_s);
    QVERIFY(roff.startsWith(u".TH PECADMIN 1"_s));
    for (const QString &option : { u"--store"_s, u"--help"_s, u"--version"_s })
        QVERIFY2(roff.contains(boldWords(option)), qPrintable(option));
    QVERIFY(roff.contains(u".BR pecadmin\\-cli (1)"_s));
    const QString italian = gunzipped(docs + u"/man/it/man1/pecadmin.1.gz"_s);
    QVERIFY(italian.contains(u".SH \"OPZIONI\""_s));
}

void TestCliDocs::everyCommandInTheCompletions()
{
    for (const QString &file : { u"/completions/pecadmin-cli"_s, u"/completions/_pecadmin-cli"_s }) {
        QFile script(docs + file);
        QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(script.fileName()));
        const QString text = QString::fromUtf8(script.readAll());
        for (const QString &command : std::as_const(m_commands))
            QVERIFY2(text.contains(u"        '"_s + command + u"')"_s), qPrintable(file + u": "_s + command));
    }
}

void TestCliDocs::bashCompletes_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("offered");

    QTest::newRow("a command") << QStringList { u"lis"_s } << QStringList { u"list"_s };
    QTest::newRow("a word of a group") << QStringList { u"domain"_s, u"a"_s } << QStringList { u"add"_s };
    QTest::newRow("an option of the command")
        << QStringList { u"list"_s, u"pec.example.it"_s, u"--so"_s } << QStringList { u"--sort"_s };
    QTest::newRow("the values of an option")
        << QStringList { u"list"_s, u"pec.example.it"_s, u"--sort"_s, u"soft"_s } << QStringList { u"soft-quota"_s };
    QTest::newRow("an argument's values") << QStringList { u"--store"_s, u"x.sqlite"_s, u"archiving"_s, u"a@b.it"_s,
        u""_s } << QStringList { u"on"_s, u"off"_s };
    QTest::newRow("options of every command")
        << QStringList { u"show"_s, u"a@b.it"_s, u"--pg-s"_s } << QStringList { u"--pg-sslmode"_s };
    QTest::newRow("help for a group") << QStringList { u"help"_s, u"domain"_s, u"s"_s } << QStringList { u"show"_s };
    QTest::newRow("no option of another command")
        << QStringList { u"create"_s, u"a@b.it"_s, u"--lim"_s } << QStringList {};
}

void TestCliDocs::bashCompletes()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, offered);
    const QString bash = QStandardPaths::findExecutable(u"bash"_s);
    if (bash.isEmpty())
        QSKIP("bash is not installed");
    const QString script = u"source \"$1\"; shift; COMP_WORDS=(pecadmin-cli \"$@\"); COMP_CWORD=$#; _pecadmin_cli; "
                           "printf '%s\\n' \"${COMPREPLY[@]}\""_s;
    const Run completed
        = run(bash, QStringList { u"-c"_s, script, u"bash"_s, docs + u"/completions/pecadmin-cli"_s } + words);
    QVERIFY2(completed.exitCode == 0, qPrintable(completed.err));
    const QStringList lines = completed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, offered);
}

void TestCliDocs::zshCompletes_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("offered");

    QTest::newRow("the commands") << QStringList { u"li"_s } << u"describe: domain list show"_s;
    QTest::newRow("the words of a group") << QStringList { u"domain"_s, u""_s } << u"describe: add list show"_s;
    QTest::newRow("the values of an option")
        << QStringList { u"export"_s, u"pec.example.it"_s, u"--language"_s, u""_s } << u"compadd: it en"_s;
    QTest::newRow("an argument's values") << QStringList { u"archiving"_s, u"a@b.it"_s, u""_s } << u"compadd: on off"_s;
    QTest::newRow("a file") << QStringList { u"import"_s, u"pec.example.it"_s, u""_s } << u"files"_s;
}

void TestCliDocs::zshCompletes()
{
    QFETCH(QStringList, words);
    QFETCH(QString, offered);
    const QString zsh = QStandardPaths::findExecutable(u"zsh"_s);
    if (zsh.isEmpty())
        QSKIP("zsh is not installed");
    // The completion system's functions stand in for the ones the script calls, and print
    // what they were given: the first three words of a list of choices, for _describe.
    const QString script = u"compdef() { : }\n"
                           "_describe() { local -a choices=(${(P)4}); print -r -- describe: ${${choices[1,3]%%:*}}; }\n"
                           "compadd() { shift; print -r -- compadd: $@; }\n"
                           "_files() { print -r -- files; }\n"
                           "_message() { print -r -- message; }\n"
                           "source $1; shift\n"
                           "words=(pecadmin-cli \"$@\"); CURRENT=${#words}\n"
                           "_pecadmin_cli\n"_s;
    const Run completed
        = run(zsh, QStringList { u"-f"_s, u"-c"_s, script, u"zsh"_s, docs + u"/completions/_pecadmin-cli"_s } + words);
    QVERIFY2(completed.exitCode == 0, qPrintable(completed.err));
    QCOMPARE(completed.out.trimmed(), offered);
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
