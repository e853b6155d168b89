// Runs the real pecadmin-cli executable on stores in a temporary folder and checks its exit
// codes, its output and what it wrote to the store.

#include "core/passwordpolicy.h"
#include "core/rules.h"
#include "local/passwordhash.h"
#include "support/programrun.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace pecadmin;
using namespace Qt::StringLiterals;

namespace {

const QString prefix = u"pecadmin-cli: "_s;

// One run of the tool.
using CliRun = test::ProgramRun;

// A finished translation of `source` in `context` of a Qt Linguist file; empty if there is none.
QString translationIn(const QString &tsPath, const QString &context, const QString &source)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString currentSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            currentContext = xml.readElementText();
        else if (xml.name() == u"source")
            currentSource = xml.readElementText();
        else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"
                || xml.attributes().value(u"type"_s) == u"vanished" || xml.attributes().value(u"type"_s) == u"obsolete";
            // A plural message's translation holds one element per form.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (currentContext == context && currentSource == source && !unfinished && !text.isEmpty())
                return text;
        }
    }
    return {};
}

} // namespace

class TestPecadminCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void help();
    void helpOfOneCommand();
    void helpAsJson();
    void version();
    void didYouMean_data();
    void didYouMean();
    void usageErrors_data();
    void usageErrors();
    void domainCommands();
    void domainRefusals_data();
    void domainRefusals();
    void domainEdit();
    void domainEditRefusals_data();
    void domainEditRefusals();
    void domainAddCustomPolicy();
    void domainRemove();
    void createWithPasswordFromStandardInput();
    void createWithGeneratedPassword();
    void createDefaultQuota();
    void createRefusals_data();
    void createRefusals();
    void enableAndDisable();
    void quotaAndSoftQuota();
    void quotaBelowUsageWarnsAndProceeds();
    void archiving();
    void deleteNeedsYes();
    void demoThenList();
    void jsonMailboxFields();
    void storeOptionAndEnvironment();
    void unusableStore();
    void storeInMissingFolder();
    void terminalPasswordTypedTwiceWithoutEcho();
    void terminalPasswordsThatDiffer();
    void terminalServerPasswordWithoutEcho();
    void italianLocaleRuns();
    void italianMessages();

private:
    QProcessEnvironment environment(bool italian = false) const;
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}, bool italian = false) const;
    QByteArray storedHash(const QString &name, const QString &domain) const;
    bool addAcme() const;
    bool addPlain() const;

    QTemporaryDir m_dir;
    QString m_store;
    int m_storeNumber = 0;
};

void TestPecadminCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(PECADMIN_CLI_PATH)), PECADMIN_CLI_PATH);
}

void TestPecadminCli::init()
{
    // A new store for every test function and every data row.
    m_store = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_storeNumber));
}

QProcessEnvironment TestPecadminCli::environment(bool italian) const
{
    QProcessEnvironment environment = test::isolatedEnvironment(m_dir.filePath(u"home"_s));
    environment.insert(u"PECADMIN_STORE"_s, m_store);
    test::setLanguage(environment, italian);
    return environment;
}

CliRun TestPecadminCli::cli(const QStringList &arguments, const QByteArray &input, bool italian) const
{
    return test::runProgram(QStringLiteral(PECADMIN_CLI_PATH), arguments, environment(italian), input);
}

QByteArray TestPecadminCli::storedHash(const QString &name, const QString &domain) const
{
    const QString connection = u"check-%1"_s.arg(m_storeNumber);
    QByteArray hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_store);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT m.password_hash FROM mailboxes m JOIN domains d ON d.id = m.domain_id "
                          "WHERE m.name = ? AND d.name = ?"_s);
            query.addBindValue(name);
            query.addBindValue(domain);
            if (query.exec() && query.next())
                hash = query.value(0).toString().toUtf8();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return hash;
}

// pec.acme.it: Aruba's password policy, archiving, at most 2000 MB per mailbox.
bool TestPecadminCli::addAcme() const
{
    return cli({ u"domain"_s, u"add"_s, u"pec.acme.it"_s, u"--space-mb"_s, u"10000"_s, u"--max-mailboxes"_s, u"20"_s,
                   u"--preset"_s, u"aruba"_s, u"--archiving"_s, u"--max-quota-mb"_s, u"2000"_s })
               .exitCode
        == 0;
}

// pec.plain.it: Poste's password policy (the default), no archiving.
bool TestPecadminCli::addPlain() const
{
    return cli({ u"domain"_s, u"add"_s, u"pec.plain.it"_s, u"--space-mb"_s, u"3000"_s, u"--max-mailboxes"_s, u"5"_s })
               .exitCode
        == 0;
}

void TestPecadminCli::help()
{
    for (const QString &form : { u"help"_s, u"--help"_s, u"-h"_s }) {
        const CliRun run = cli({ form });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.startsWith(u"Usage: pecadmin-cli"_s));
        for (const QString &command :
            { u"domain add"_s, u"domain list"_s, u"domain show"_s, u"list"_s, u"show"_s, u"create"_s, u"password"_s,
                u"enable"_s, u"disable"_s, u"quota"_s, u"soft-quota"_s, u"archiving"_s, u"delete"_s, u"demo"_s })
            QVERIFY2(run.out.contains(u"\n  "_s + command + u' ') || run.out.contains(u"\n  "_s + command + u'\n'),
                qPrintable(command));
        QVERIFY(run.err.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(m_store));
}

void TestPecadminCli::helpOfOneCommand()
{
    for (const QStringList &arguments : { QStringList { u"help"_s, u"list"_s }, QStringList { u"list"_s, u"--help"_s },
             QStringList { u"list"_s, u"pec.example.it"_s, u"-h"_s } }) {
        const CliRun run = cli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.startsWith(u"Usage: pecadmin-cli list DOMAIN [--filter TEXT]"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"\n  --sort COLUMN "_s));
        QVERIFY(run.out.contains(u"soft-quota"_s)); // the columns --sort accepts
        QVERIFY(!run.out.contains(u"domain add"_s));
    }
    // A group: each of its commands.
    const CliRun domain = cli({ u"help"_s, u"domain"_s });
    QVERIFY2(domain.exitCode == 0, qPrintable(domain.describe()));
    for (const QString &command : { u"domain add NAME"_s, u"domain list"_s, u"domain show NAME"_s })
        QVERIFY2(domain.out.contains(u"Usage: pecadmin-cli "_s + command), qPrintable(command));
    QVERIFY(domain.out.contains(u"--max-mailboxes N"_s));

    const CliRun unknown = cli({ u"help"_s, u"lsit"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(
        unknown.err.startsWith(prefix + u"Unknown command “lsit”. Did you mean “list”?\n"_s), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(m_store));
}

void TestPecadminCli::helpAsJson()
{
    const CliRun run = cli({ u"--json"_s, u"help"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject help = run.json();
    QCOMPARE(help.value(u"program"_s).toString(), u"pecadmin-cli"_s);
    const QJsonArray commands = help.value(u"commands"_s).toArray();
    QStringList names;
    for (const QJsonValue &value : commands)
        names.append(value.toObject().value(u"name"_s).toString());
    QCOMPARE(names.first(), u"domain add"_s);
    QVERIFY(names.contains(u"export"_s));
    QVERIFY(names.contains(u"help"_s));
    QVERIFY(names.contains(u"domain edit"_s));
    QVERIFY(names.contains(u"domain remove"_s));
    const QJsonObject add = commands.at(0).toObject();
    QCOMPARE(add.value(u"synopsis"_s).toString(),
        u"domain add NAME --space-mb N --max-mailboxes N [--preset poste|aruba|custom] [--archiving] "
        "[--max-quota-mb N] [--language it|en] [--min-length N] [--max-length N] [--require CLASSES] [--symbols CHARS] "
        "[--forbid-name] [--allow-name]"_s);
    const QJsonObject space = add.value(u"options"_s).toArray().at(0).toObject();
    QCOMPARE(space.value(u"name"_s).toString(), u"--space-mb"_s);
    QCOMPARE(space.value(u"value"_s).toString(), u"N"_s);
    QCOMPARE(space.value(u"required"_s), QJsonValue(true));
    QCOMPARE(add.value(u"options"_s).toArray().at(2).toObject().value(u"choices"_s).toArray().size(), 3);
    QStringList globalOptions;
    for (const QJsonValue &value : help.value(u"options"_s).toArray())
        globalOptions.append(value.toObject().value(u"name"_s).toString());
    for (const QString &option :
        { u"--store"_s, u"--json"_s, u"--pg-host"_s, u"--profile"_s, u"--scim"_s, u"--user"_s })
        QVERIFY2(globalOptions.contains(option), qPrintable(option));
    QCOMPARE(help.value(u"exitCodes"_s).toArray().size(), 3);

    // One command's help as JSON.
    const CliRun one = cli({ u"quota"_s, u"--help"_s, u"--json"_s });
    QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
    QCOMPARE(one.json().value(u"commands"_s).toArray().size(), 1);
    QCOMPARE(one.json().value(u"commands"_s).toArray().at(0).toObject().value(u"synopsis"_s).toString(),
        u"quota ADDRESS MB"_s);
}

void TestPecadminCli::version()
{
    for (const QString &form : { u"--version"_s, u"version"_s }) {
        const CliRun run = cli({ form });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, u"pecadmin-cli "_s + QStringLiteral(PECADMIN_VERSION) + u'\n');
        QVERIFY(run.err.isEmpty());
    }
    const CliRun json = cli({ u"--json"_s, u"--version"_s });
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject version = json.json();
    QCOMPARE(version.value(u"version"_s).toString(), QStringLiteral(PECADMIN_VERSION));
    const QStringList parts = QStringLiteral(PECADMIN_VERSION).split(u'.');
    QVERIFY(version.value(u"major"_s).isDouble());
    QCOMPARE(version.value(u"major"_s).toInt(), parts.at(0).toInt());
    QCOMPARE(version.value(u"minor"_s).toInt(), parts.at(1).toInt());
    QCOMPARE(version.value(u"patch"_s).toInt(), parts.at(2).toInt());
    QVERIFY(!QFileInfo::exists(m_store));
}

void TestPecadminCli::didYouMean_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("usage");

    QTest::newRow("a command") << QStringList { u"lsit"_s, u"pec.example.it"_s }
                               << u"Unknown command “lsit”. Did you mean “list”?"_s
                               << u"Usage: pecadmin-cli [--store FILE] [--json] COMMAND"_s;
    QTest::newRow("a command's start") << QStringList { u"del"_s, u"a@pec.example.it"_s }
                                       << u"Unknown command “del”. Did you mean “delete”?"_s
                                       << u"Usage: pecadmin-cli [--store FILE] [--json] COMMAND"_s;
    QTest::newRow("a word of a group")
        << QStringList { u"domain"_s, u"ad"_s, u"pec.example.it"_s }
        << u"Unknown domain command “ad”: use add, list, show, edit or remove. Did you mean “add”?"_s
        << u"Usage: pecadmin-cli domain add NAME"_s;
    QTest::newRow("an option of the command")
        << QStringList { u"list"_s, u"pec.example.it"_s, u"--fliter"_s, u"rossi"_s }
        << u"Unknown option “--fliter”. Did you mean “--filter”?"_s
        << u"Usage: pecadmin-cli list DOMAIN [--filter TEXT]"_s;
    QTest::newRow("an option before the command")
        << QStringList { u"--fliter"_s, u"rossi"_s, u"list"_s, u"pec.example.it"_s }
        << u"Unknown option “--fliter”. Did you mean “--filter”?"_s
        << u"Usage: pecadmin-cli list DOMAIN [--filter TEXT]"_s;
    QTest::newRow("an option of every command")
        << QStringList { u"--pg-hots"_s, u"db.example.it"_s, u"domain"_s, u"list"_s }
        << u"Unknown option “--pg-hots”. Did you mean “--pg-host”?"_s << u"Usage: pecadmin-cli domain list"_s;
    QTest::newRow("an option given a value")
        << QStringList { u"show"_s, u"a@pec.example.it"_s, u"--jsn=yes"_s }
        << u"Unknown option “--jsn”. Did you mean “--json”?"_s << u"Usage: pecadmin-cli show ADDRESS"_s;
    QTest::newRow("nothing close") << QStringList { u"frobnicate"_s } << u"Unknown command “frobnicate”."_s
                                   << u"Usage: pecadmin-cli [--store FILE] [--json] COMMAND"_s;
    QTest::newRow("a value of a connection option")
        << QStringList { u"--pg-host"_s, u"h"_s, u"--pg-database"_s, u"d"_s, u"--pg-user"_s, u"u"_s, u"--pg-port"_s,
               u"http"_s, u"domain"_s, u"list"_s }
        << u"“http” is not a port number (1 to 65535)."_s << u"Usage: pecadmin-cli domain list"_s;
}

void TestPecadminCli::didYouMean()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(QString, usage);

    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.section(u'\n', 0, 0), prefix + message);
    QVERIFY2(run.err.section(u'\n', 1, 1).startsWith(usage), qPrintable(run.err));

    const CliRun json = cli(QStringList { u"--json"_s } + arguments);
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.error().value(u"message"_s).toString(), message);
    QVERIFY(!QFileInfo::exists(m_store));
}

void TestPecadminCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    QTest::newRow("domain alone") << QStringList { u"domain"_s };
    QTest::newRow("domain add without space")
        << QStringList { u"domain"_s, u"add"_s, u"pec.acme.it"_s, u"--max-mailboxes"_s, u"5"_s };
    QTest::newRow("domain add space not a number") << QStringList { u"domain"_s, u"add"_s, u"pec.acme.it"_s,
        u"--space-mb"_s, u"lots"_s, u"--max-mailboxes"_s, u"5"_s };
    QTest::newRow("domain add unknown preset") << QStringList { u"domain"_s, u"add"_s, u"pec.acme.it"_s,
        u"--space-mb"_s, u"5"_s, u"--max-mailboxes"_s, u"5"_s, u"--preset"_s, u"gmail"_s };
    QTest::newRow("list without domain") << QStringList { u"list"_s };
    QTest::newRow("list bad sort") << QStringList { u"list"_s, u"pec.acme.it"_s, u"--sort"_s, u"size"_s };
    QTest::newRow("show two addresses") << QStringList { u"show"_s, u"a@pec.acme.it"_s, u"b@pec.acme.it"_s };
    QTest::newRow("password on the command line") << QStringList { u"create"_s, u"a@pec.acme.it"_s, u"Secret12"_s };
    QTest::newRow("unknown option") << QStringList { u"show"_s, u"a@pec.acme.it"_s, u"--verbose"_s };
    QTest::newRow("option of another command") << QStringList { u"create"_s, u"a@pec.acme.it"_s, u"--limit"_s, u"3"_s };
    QTest::newRow("quota not a number") << QStringList { u"quota"_s, u"a@pec.acme.it"_s, u"1GB"_s };
    QTest::newRow("archiving maybe") << QStringList { u"archiving"_s, u"a@pec.acme.it"_s, u"maybe"_s };
    QTest::newRow("delete without --yes") << QStringList { u"delete"_s, u"a@pec.acme.it"_s };
}

void TestPecadminCli::usageErrors()
{
    QFETCH(QStringList, arguments);

    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(prefix), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Usage: pecadmin-cli"_s), qPrintable(run.err));

    const CliRun json = cli(QStringList { u"--json"_s } + arguments);
    QVERIFY2(json.exitCode == 2, qPrintable(json.describe()));
    QVERIFY(json.out.isEmpty());
    QCOMPARE(json.error().value(u"code"_s).toString(), u"usage"_s);
    QCOMPARE(json.error().value(u"message"_s).toString(), run.err.section(u'\n', 0, 0).mid(prefix.size()));

    // Nothing was attempted: not even the store was created.
    QVERIFY(!QFileInfo::exists(m_store));
}

void TestPecadminCli::domainCommands()
{
    CliRun run = cli({ u"domain"_s, u"add"_s, u"pec.acme.it"_s, u"--space-mb"_s, u"5000"_s, u"--max-mailboxes"_s,
        u"10"_s, u"--preset"_s, u"aruba"_s, u"--archiving"_s, u"--max-quota-mb"_s, u"2000"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(u"pec.acme.it"_s));
    QVERIFY(run.err.isEmpty());

    run = cli({ u"domain"_s, u"add"_s, u"PEC.Plain.IT"_s, u"--space-mb"_s, u"300"_s, u"--max-mailboxes"_s, u"3"_s,
        u"--language"_s, u"EN"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    run = cli({ u"domain"_s, u"list"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3); // the header and two domains
    QVERIFY(lines.at(0).startsWith(u"Domain"_s));
    QVERIFY(run.out.contains(u"pec.acme.it"_s));
    QVERIFY(run.out.contains(u"pec.plain.it"_s));

    run = cli({ u"--json"_s, u"domain"_s, u"show"_s, u"pec.acme.it"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject domain = run.json();
    QCOMPARE(domain.value(u"name"_s).toString(), u"pec.acme.it"_s);
    QCOMPARE(domain.value(u"totalSpaceMb"_s).toInteger(), 5000);
    QCOMPARE(domain.value(u"maxMailboxes"_s).toInt(), 10);
    QCOMPARE(domain.value(u"maxMailboxQuotaMb"_s).toInteger(), 2000);
    QCOMPARE(domain.value(u"archivingAvailable"_s).toBool(), true);
    QCOMPARE(domain.value(u"passwordPolicy"_s).toObject().value(u"preset"_s).toString(), u"aruba"_s);
    QCOMPARE(domain.value(u"language"_s).toString(), u"it"_s); // not given: Italian
    QCOMPARE(domain.value(u"mailboxCount"_s).toInt(), 1); // the postmaster
    QCOMPARE(domain.value(u"freeMailboxes"_s).toInt(), 9);
    QCOMPARE(domain.value(u"freeSpaceMb"_s).toInteger(), 5000 - domain.value(u"allocatedMb"_s).toInteger());
    // Its only mailbox, just made, has no usage reported: the domain's is unknown, not 0.
    QVERIFY(domain.value(u"usedBytes"_s).isNull());
    QCOMPARE(domain.value(u"usageNotReported"_s).toInt(), 1);
    run = cli({ u"domain"_s, u"show"_s, u"pec.acme.it"_s });
    QVERIFY2(run.out.contains(u"not reported by the mail server"_s), qPrintable(run.out));

    run = cli({ u"domain"_s, u"show"_s, u"pec.plain.it"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(u"Poste"_s));
    QVERIFY2(run.out.contains(QRegularExpression(u"Language of the messages to users: +English \\(en\\)\n"_s)),
        qPrintable(run.out));
    run = cli({ u"domain"_s, u"show"_s, u"pec.acme.it"_s }, {}, true);
    QVERIFY2(run.out.contains(u"Italiano (it)"_s), qPrintable(run.out));

    run = cli({ u"domain"_s, u"list"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray domains = run.json().value(u"domains"_s).toArray();
    QCOMPARE(domains.size(), 2);
    QStringList names;
    for (const QJsonValue &value : domains)
        names << value.toObject().value(u"name"_s).toString();
    names.sort();
    QCOMPARE(names, (QStringList { u"pec.acme.it"_s, u"pec.plain.it"_s }));

    run = cli({ u"domain"_s, u"show"_s, u"pec.nowhere.it"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(u"code"_s).toString(), u"not-found"_s);
}

void TestPecadminCli::domainRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");

    const auto add = [](const QString &name, const QString &space, const QString &mailboxes) {
        return QStringList { u"domain"_s, u"add"_s, name, u"--space-mb"_s, space, u"--max-mailboxes"_s, mailboxes };
    };
    QTest::newRow("exists already") << add(u"pec.acme.it"_s, u"100"_s, u"2"_s) << u"already-exists"_s;
    QTest::newRow("exists already, other case") << add(u"PEC.ACME.IT"_s, u"100"_s, u"2"_s) << u"already-exists"_s;
    QTest::newRow("a space in the name") << add(u"pec acme.it"_s, u"100"_s, u"2"_s) << u"validation"_s;
    QTest::newRow("no dot") << add(u"localhost"_s, u"100"_s, u"2"_s) << u"validation"_s;
    QTest::newRow("no space") << add(u"pec.other.it"_s, u"0"_s, u"2"_s) << u"validation"_s;
    QTest::newRow("no mailboxes") << add(u"pec.other.it"_s, u"100"_s, u"0"_s) << u"validation"_s;
}

void TestPecadminCli::domainRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    QVERIFY(addAcme());

    const CliRun json = cli(arguments + QStringList { u"--json"_s });
    QVERIFY2(json.exitCode == 1, qPrintable(json.describe()));
    QVERIFY(json.out.isEmpty());
    QCOMPARE(json.error().value(u"code"_s).toString(), code);
    const QString message = json.error().value(u"message"_s).toString();
    QVERIFY(!message.isEmpty());

    const CliRun text = cli(arguments);
    QVERIFY2(text.exitCode == 1, qPrintable(text.describe()));
    QVERIFY(text.out.isEmpty());
    QCOMPARE(text.err, prefix + message + u'\n');

    const CliRun list = cli({ u"domain"_s, u"list"_s, u"--json"_s });
    QCOMPARE(list.json().value(u"domains"_s).toArray().size(), 1);
}

void TestPecadminCli::domainEdit()
{
    QVERIFY(addPlain());
    // The postmaster (1024 MB) and mario (500 MB): 1524 MB allocated, 2 mailboxes.
    QCOMPARE(
        cli({ u"create"_s, u"mario@pec.plain.it"_s, u"--quota-mb"_s, u"500"_s, u"--generate-password"_s }).exitCode, 0);

    CliRun run = cli({ u"domain"_s, u"edit"_s, u"PEC.plain.it"_s, u"--space-mb"_s, u"1524"_s, u"--max-mailboxes"_s,
        u"2"_s, u"--archiving"_s, u"--min-length"_s, u"10"_s, u"--require"_s, u"lower,digit"_s, u"--symbols"_s, u"!?"_s,
        u"--forbid-name"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonObject domain = run.json();
    QCOMPARE(domain.value(u"name"_s).toString(), u"pec.plain.it"_s);
    QCOMPARE(domain.value(u"totalSpaceMb"_s).toInteger(), 1524);
    QCOMPARE(domain.value(u"maxMailboxes"_s).toInt(), 2);
    QCOMPARE(domain.value(u"maxMailboxQuotaMb"_s).toInteger(), 1024); // not given: as it was
    QCOMPARE(domain.value(u"archivingAvailable"_s).toBool(), true);
    QJsonObject policy = domain.value(u"passwordPolicy"_s).toObject();
    QCOMPARE(policy.value(u"preset"_s).toString(), u"custom"_s);
    QCOMPARE(policy.value(u"minLength"_s).toInt(), 10);
    QCOMPARE(policy.value(u"maxLength"_s).toInt(), 16); // Poste's, the domain's own before
    QCOMPARE(policy.value(u"requireLowercase"_s).toBool(), true);
    QCOMPARE(policy.value(u"requireUppercase"_s).toBool(), false);
    QCOMPARE(policy.value(u"requireDigit"_s).toBool(), true);
    QCOMPARE(policy.value(u"allowedSymbols"_s).toString(), u"!?"_s);
    QCOMPARE(policy.value(u"forbidMailboxName"_s).toBool(), true);

    // Kept in the store; the text says what changed and describes the policy.
    run = cli({ u"domain"_s, u"show"_s, u"pec.plain.it"_s, u"--json"_s });
    QCOMPARE(run.json().value(u"totalSpaceMb"_s).toInteger(), 1524);
    run = cli({ u"domain"_s, u"edit"_s, u"pec.plain.it"_s, u"--allow-name"_s, u"--no-archiving"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.startsWith(u"Domain pec.plain.it changed."_s));
    QVERIFY(run.out.contains(u"10 to 16 characters"_s));
    run = cli({ u"domain"_s, u"edit"_s, u"pec.plain.it"_s, u"--preset"_s, u"poste"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"8 to 16 letters and digits"_s), qPrintable(run.out));
    run = cli({ u"domain"_s, u"edit"_s, u"pec.plain.it"_s, u"--preset"_s, u"aruba"_s, u"--json"_s });
    QCOMPARE(run.json().value(u"passwordPolicy"_s).toObject().value(u"preset"_s).toString(), u"aruba"_s);
    QCOMPARE(run.json().value(u"language"_s).toString(), u"it"_s); // not given: as it was
    run = cli({ u"domain"_s, u"edit"_s, u"pec.plain.it"_s, u"--language"_s, u"en"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"language"_s).toString(), u"en"_s);
    QCOMPARE(run.json().value(u"passwordPolicy"_s).toObject().value(u"preset"_s).toString(), u"aruba"_s);
    run = cli({ u"domain"_s, u"show"_s, u"pec.plain.it"_s });
    QVERIFY2(run.out.contains(u"must not contain the mailbox name"_s), qPrintable(run.out));
}

void TestPecadminCli::domainEditRefusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    // The postmaster (2000 MB) and franco (300 MB, archiving): 2300 MB, 2 mailboxes.
    QTest::newRow("space below the quotas") << QStringList { u"--space-mb"_s, u"2299"_s } << 1 << u"2300 MB"_s;
    QTest::newRow("limit below the mailboxes") << QStringList { u"--max-mailboxes"_s, u"1"_s } << 1 << u"2 mailboxes"_s;
    QTest::newRow("largest quota below one") << QStringList { u"--max-quota-mb"_s, u"1999"_s } << 1 << u"2000 MB"_s;
    QTest::newRow("archiving in use") << QStringList { u"--no-archiving"_s } << 1 << u"conservazione"_s;
    QTest::newRow("policy too short") << QStringList { u"--min-length"_s, u"2"_s } << 1 << u"between 4 and 128"_s;
    QTest::newRow("symbol required, none allowed")
        << QStringList { u"--require"_s, u"symbol"_s, u"--symbols"_s, u""_s } << 1 << u"symbol"_s;
    QTest::newRow("nothing to change") << QStringList {} << 2 << u"Say what to change"_s;
    QTest::newRow("both archiving options")
        << QStringList { u"--archiving"_s, u"--no-archiving"_s } << 2 << u"not both"_s;
    QTest::newRow("both name options") << QStringList { u"--forbid-name"_s, u"--allow-name"_s } << 2 << u"not both"_s;
    QTest::newRow("unknown class") << QStringList { u"--require"_s, u"lower,emoji"_s } << 2 << u"“emoji”"_s;
    QTest::newRow("letter as a symbol") << QStringList { u"--symbols"_s, u"!a"_s } << 2 << u"“a”"_s;
    QTest::newRow("not a number") << QStringList { u"--space-mb"_s, u"lots"_s } << 2 << u"“lots”"_s;
    QTest::newRow("unknown language") << QStringList { u"--language"_s, u"de"_s } << 2 << u"“de”: use it or en"_s;
}

void TestPecadminCli::domainEditRefusals()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QVERIFY(addAcme());
    QCOMPARE(cli({ u"create"_s, u"franco@pec.acme.it"_s, u"--quota-mb"_s, u"300"_s, u"--archiving"_s,
                     u"--generate-password"_s })
                 .exitCode,
        0);
    const CliRun before = cli({ u"domain"_s, u"show"_s, u"pec.acme.it"_s, u"--json"_s });

    const CliRun run = cli(QStringList { u"domain"_s, u"edit"_s, u"pec.acme.it"_s } + options);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    if (exitCode == 1) {
        const CliRun json = cli(QStringList { u"domain"_s, u"edit"_s, u"pec.acme.it"_s, u"--json"_s } + options);
        QCOMPARE(json.error().value(u"code"_s).toString(), u"validation"_s);
    }
    // Nothing changed.
    QCOMPARE(cli({ u"domain"_s, u"show"_s, u"pec.acme.it"_s, u"--json"_s }).out, before.out);
}

void TestPecadminCli::domainAddCustomPolicy()
{
    CliRun run = cli({ u"domain"_s, u"add"_s, u"pec.custom.it"_s, u"--space-mb"_s, u"1000"_s, u"--max-mailboxes"_s,
        u"5"_s, u"--max-quota-mb"_s, u"100"_s, u"--min-length"_s, u"12"_s, u"--max-length"_s, u"20"_s, u"--require"_s,
        u"upper,symbol"_s, u"--symbols"_s, u"#@#"_s, u"--forbid-name"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject policy = run.json().value(u"passwordPolicy"_s).toObject();
    QCOMPARE(policy.value(u"preset"_s).toString(), u"custom"_s);
    QCOMPARE(policy.value(u"minLength"_s).toInt(), 12);
    QCOMPARE(policy.value(u"maxLength"_s).toInt(), 20);
    QCOMPARE(policy.value(u"requireLowercase"_s).toBool(), false);
    QCOMPARE(policy.value(u"requireUppercase"_s).toBool(), true);
    QCOMPARE(policy.value(u"requireDigit"_s).toBool(), false);
    QCOMPARE(policy.value(u"requireSymbol"_s).toBool(), true);
    QCOMPARE(policy.value(u"allowedSymbols"_s).toString(), u"#@"_s);
    QCOMPARE(policy.value(u"forbidMailboxName"_s).toBool(), true);

    // The policy binds: a password without a symbol, or with the name, is refused.
    run = cli({ u"create"_s, u"anna@pec.custom.it"_s, u"--json"_s }, "ABCDEFGHIJKLM\nABCDEFGHIJKLM\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.error().value(u"message"_s).toString().contains(u"symbol"_s));
    run = cli({ u"create"_s, u"anna@pec.custom.it"_s, u"--json"_s }, "XANNA#XXXXXXX\nXANNA#XXXXXXX\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.error().value(u"message"_s).toString().contains(u"must not contain the mailbox name"_s));
    run = cli({ u"create"_s, u"anna@pec.custom.it"_s }, "XBEPPE#XXXXXX\nXBEPPE#XXXXXX\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // Without --preset, Poste's policy, changed by the rules given.
    run = cli({ u"domain"_s, u"add"_s, u"pec.corta.it"_s, u"--space-mb"_s, u"1000"_s, u"--max-mailboxes"_s, u"5"_s,
        u"--max-length"_s, u"12"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"passwordPolicy"_s).toObject().value(u"minLength"_s).toInt(), 8);
    QCOMPARE(run.json().value(u"passwordPolicy"_s).toObject().value(u"maxLength"_s).toInt(), 12);
    QCOMPARE(run.json().value(u"passwordPolicy"_s).toObject().value(u"allowedSymbols"_s).toString(), QString());

    // A policy that cannot be met is refused, and nothing is added.
    run = cli({ u"domain"_s, u"add"_s, u"pec.rotta.it"_s, u"--space-mb"_s, u"1000"_s, u"--max-mailboxes"_s, u"5"_s,
        u"--min-length"_s, u"30"_s, u"--max-length"_s, u"20"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"minimum"_s));
    QCOMPARE(cli({ u"domain"_s, u"show"_s, u"pec.rotta.it"_s }).exitCode, 1);
}

void TestPecadminCli::domainRemove()
{
    QVERIFY(addAcme());
    QVERIFY(addPlain());
    const QString address = u"franco@pec.acme.it"_s;
    QCOMPARE(cli({ u"create"_s, address, u"--generate-password"_s }).exitCode, 0);

    CliRun run = cli({ u"domain"_s, u"remove"_s, u"pec.acme.it"_s });
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(run.err.contains(u"--yes"_s));
    QCOMPARE(cli({ u"domain"_s, u"show"_s, u"pec.acme.it"_s }).exitCode, 0);

    // A mailbox besides the postmaster: refused, nothing removed.
    run = cli({ u"domain"_s, u"remove"_s, u"pec.acme.it"_s, u"--yes"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.error().value(u"code"_s).toString(), u"protected"_s);
    QVERIFY(run.error().value(u"message"_s).toString().contains(u"first"_s));
    QCOMPARE(cli({ u"show"_s, address }).exitCode, 0);

    QCOMPARE(cli({ u"delete"_s, address, u"--yes"_s }).exitCode, 0);
    run = cli({ u"domain"_s, u"remove"_s, u"PEC.acme.it"_s, u"--yes"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out, u"Domain pec.acme.it removed, with its postmaster mailbox.\n"_s);
    run = cli({ u"domain"_s, u"list"_s, u"--json"_s });
    const QJsonArray domains = run.json().value(u"domains"_s).toArray();
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains.at(0).toObject().value(u"name"_s).toString(), u"pec.plain.it"_s);
    QCOMPARE(cli({ u"show"_s, u"postmaster@pec.acme.it"_s }).exitCode, 1);

    run = cli({ u"domain"_s, u"remove"_s, u"pec.acme.it"_s, u"--yes"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(u"code"_s).toString(), u"not-found"_s);
}

void TestPecadminCli::createWithPasswordFromStandardInput()
{
    QVERIFY(addAcme());
    const QString first = u"Tr0mba!Vento"_s;
    CliRun run = cli({ u"create"_s, u"Mario.Rossi@pec.acme.it"_s, u"--quota-mb"_s, u"500"_s }, first.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(u"mario.rossi@pec.acme.it"_s));
    QVERIFY(run.out.contains(u"first access"_s));
    QVERIFY(!run.out.contains(first) && !run.err.contains(first));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no prompt when standard input is not a terminal

    QByteArray hash = storedHash(u"mario.rossi"_s, u"pec.acme.it"_s);
    QVERIFY(hash.startsWith("{ARGON2ID}"));
    QVERIFY(verifyPassword(hash, first));
    QVERIFY(!hash.contains(first.toUtf8()));

    run = cli({ u"show"_s, u"mario.rossi@pec.acme.it"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"quotaMb"_s).toInteger(), 500);
    QCOMPARE(run.json().value(u"mustChangePassword"_s).toBool(), true);

    // A reset from standard input; a line ending in CR LF is read as the same password.
    const QString second = u"N3w!Passw0rd"_s;
    run = cli({ u"password"_s, u"mario.rossi@pec.acme.it"_s }, second.toUtf8() + "\r\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(!run.out.contains(second) && !run.err.contains(second));
    hash = storedHash(u"mario.rossi"_s, u"pec.acme.it"_s);
    QVERIFY(verifyPassword(hash, second));
    QVERIFY(!verifyPassword(hash, first));

    // And again: the store accepted the previous one and takes the next.
    const QString third = u"Terz0#Giro"_s;
    run = cli({ u"password"_s, u"mario.rossi@pec.acme.it"_s }, third.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(verifyPassword(storedHash(u"mario.rossi"_s, u"pec.acme.it"_s), third));

    // A password that breaks the policy changes nothing.
    run = cli({ u"password"_s, u"mario.rossi@pec.acme.it"_s, u"--json"_s }, "qz7\n");
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.error().value(u"code"_s).toString(), u"validation"_s);
    QVERIFY(!run.err.contains(u"qz7"_s));
    QVERIFY(verifyPassword(storedHash(u"mario.rossi"_s, u"pec.acme.it"_s), third));

    // Nothing on standard input: refused, nothing changed.
    run = cli({ u"password"_s, u"mario.rossi@pec.acme.it"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY(run.err.startsWith(prefix));
    QVERIFY(verifyPassword(storedHash(u"mario.rossi"_s, u"pec.acme.it"_s), third));

    // The postmaster's password is the provider's business.
    run = cli({ u"password"_s, u"postmaster@pec.acme.it"_s, u"--json"_s }, "Altr0!Giro\n");
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.error().value(u"code"_s).toString(), u"protected"_s);
}

void TestPecadminCli::createWithGeneratedPassword()
{
    QVERIFY(addAcme());
    CliRun run = cli({ u"create"_s, u"anna.bianchi@pec.acme.it"_s, u"--generate-password"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    static const QRegularExpression shown(
        u"^Generated password for anna\\.bianchi@pec\\.acme\\.it: (\\S+)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = shown.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    const QString generated = match.captured(1);
    QCOMPARE(run.out.count(generated), 1); // shown once
    QVERIFY(run.out.contains(u"first access"_s));
    QVERIFY(!rules::checkPassword(PasswordPolicy::aruba(), generated, u"anna.bianchi"_s));
    QVERIFY(verifyPassword(storedHash(u"anna.bianchi"_s, u"pec.acme.it"_s), generated));

    // In JSON, the password is a field of the result.
    run = cli({ u"create"_s, u"bruno@pec.acme.it"_s, u"--generate-password"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject created = run.json();
    QCOMPARE(created.value(u"address"_s).toString(), u"bruno@pec.acme.it"_s);
    const QString inJson = created.value(u"generatedPassword"_s).toString();
    QVERIFY(!inJson.isEmpty());
    QVERIFY(verifyPassword(storedHash(u"bruno"_s, u"pec.acme.it"_s), inJson));

    // A generated reset replaces the password.
    run = cli({ u"password"_s, u"anna.bianchi@pec.acme.it"_s, u"--generate-password"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString reset = run.json().value(u"generatedPassword"_s).toString();
    QVERIFY(!reset.isEmpty());
    QVERIFY(reset != generated);
    const QByteArray hash = storedHash(u"anna.bianchi"_s, u"pec.acme.it"_s);
    QVERIFY(verifyPassword(hash, reset));
    QVERIFY(!verifyPassword(hash, generated));
}

void TestPecadminCli::createDefaultQuota()
{
    CliRun run = cli({ u"domain"_s, u"add"_s, u"pec.small.it"_s, u"--space-mb"_s, u"2000"_s, u"--max-mailboxes"_s,
        u"20"_s, u"--max-quota-mb"_s, u"300"_s, u"--preset"_s, u"aruba"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // Each new mailbox gets the largest quota, until the space left is smaller than that.
    for (int i = 0; i < 20; ++i) {
        run = cli({ u"domain"_s, u"show"_s, u"pec.small.it"_s, u"--json"_s });
        const qint64 free = run.json().value(u"freeSpaceMb"_s).toInteger();
        const QString address = u"user%1@pec.small.it"_s.arg(i);
        if (free <= 0) {
            run = cli({ u"create"_s, address, u"--generate-password"_s, u"--json"_s });
            QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
            QCOMPARE(run.error().value(u"code"_s).toString(), u"quota-exceeded"_s);
            QVERIFY(i >= 2);
            return;
        }
        const qint64 expected = std::min<qint64>(300, free);
        run = cli({ u"create"_s, address, u"--generate-password"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(u"Its disk quota is %1 MB"_s.arg(expected)), qPrintable(run.out));
        run = cli({ u"show"_s, address, u"--json"_s });
        QCOMPARE(run.json().value(u"quotaMb"_s).toInteger(), expected);
    }
    QFAIL("the domain's space never ran out");
}

void TestPecadminCli::createRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");

    const QByteArray good = "G00d!Password\n";
    QTest::newRow("exists already") << QStringList { u"create"_s, u"mario.rossi@pec.acme.it"_s } << good
                                    << u"already-exists"_s;
    QTest::newRow("exists already, other case")
        << QStringList { u"create"_s, u"MARIO.Rossi@pec.acme.it"_s } << good << u"already-exists"_s;
    QTest::newRow("postmaster") << QStringList { u"create"_s, u"postmaster@pec.acme.it"_s } << good
                                << u"already-exists"_s;
    QTest::newRow("a space in the name") << QStringList { u"create"_s, u"mario rossi@pec.acme.it"_s } << good
                                         << u"validation"_s;
    QTest::newRow("no domain") << QStringList { u"create"_s, u"mario.verdi"_s } << good << u"validation"_s;
    QTest::newRow("unknown domain") << QStringList { u"create"_s, u"mario@pec.nowhere.it"_s } << good << u"not-found"_s;
    QTest::newRow("quota over the maximum")
        << QStringList { u"create"_s, u"luca@pec.acme.it"_s, u"--quota-mb"_s, u"2001"_s } << good << u"validation"_s;
    QTest::newRow("quota zero") << QStringList { u"create"_s, u"luca@pec.acme.it"_s, u"--quota-mb"_s, u"0"_s } << good
                                << u"validation"_s;
    QTest::newRow("soft quota above quota")
        << QStringList { u"create"_s, u"luca@pec.acme.it"_s, u"--quota-mb"_s, u"100"_s, u"--soft-quota-mb"_s, u"200"_s }
        << good << u"validation"_s;
    QTest::newRow("archiving where the domain has none") << QStringList { u"create"_s, u"luca@pec.plain.it"_s,
        u"--archiving"_s } << QByteArray("Poste2024x\n") << u"validation"_s;
    QTest::newRow("password breaks the policy")
        << QStringList { u"create"_s, u"luca@pec.acme.it"_s } << QByteArray("abc\n") << u"validation"_s;
    QTest::newRow("password holds the name")
        << QStringList { u"create"_s, u"luca@pec.acme.it"_s } << QByteArray("Luca!2024xyz\n") << u"validation"_s;
    QTest::newRow("no password at all") << QStringList { u"create"_s, u"luca@pec.acme.it"_s } << QByteArray()
                                        << u"validation"_s;
}

void TestPecadminCli::createRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, code);

    QVERIFY(addAcme());
    QVERIFY(addPlain());
    CliRun run = cli({ u"create"_s, u"mario.rossi@pec.acme.it"_s, u"--generate-password"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    const CliRun json = cli(arguments + QStringList { u"--json"_s }, input);
    QVERIFY2(json.exitCode == 1, qPrintable(json.describe()));
    QVERIFY(json.out.isEmpty());
    QCOMPARE(json.error().value(u"code"_s).toString(), code);
    const QString message = json.error().value(u"message"_s).toString();
    QVERIFY(!message.isEmpty());

    const CliRun text = cli(arguments, input);
    QVERIFY2(text.exitCode == 1, qPrintable(text.describe()));
    QVERIFY(text.out.isEmpty());
    QCOMPARE(text.err, prefix + message + u'\n');
    if (!input.trimmed().isEmpty())
        QVERIFY(!text.err.contains(QString::fromUtf8(input.trimmed())));

    // Nothing was created.
    for (const QString &domain : { u"pec.acme.it"_s, u"pec.plain.it"_s }) {
        run = cli({ u"domain"_s, u"show"_s, domain, u"--json"_s });
        QCOMPARE(run.json().value(u"mailboxCount"_s).toInt(), domain == u"pec.acme.it" ? 2 : 1);
    }
}

void TestPecadminCli::enableAndDisable()
{
    QVERIFY(addAcme());
    const QString address = u"carla@pec.acme.it"_s;
    QCOMPARE(cli({ u"create"_s, address, u"--generate-password"_s }).exitCode, 0);

    CliRun run = cli({ u"disable"_s, address });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(u"disabled"_s));
    run = cli({ u"show"_s, address, u"--json"_s });
    QCOMPARE(run.json().value(u"enabled"_s).toBool(), false);
    run = cli({ u"list"_s, u"pec.acme.it"_s });
    const QStringList rows = run.out.split(u'\n').filter(address);
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.constFirst().contains(u" disabled "_s), qPrintable(rows.constFirst()));

    run = cli({ u"enable"_s, address, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"enabled"_s).toBool(), true);
    run = cli({ u"show"_s, address });
    QVERIFY(run.out.contains(u"enabled"_s));
    QVERIFY(!run.out.contains(u"disabled"_s));

    run = cli({ u"disable"_s, u"postmaster@pec.acme.it"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.error().value(u"code"_s).toString(), u"protected"_s);

    run = cli({ u"enable"_s, u"nobody@pec.acme.it"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(u"code"_s).toString(), u"not-found"_s);
}

void TestPecadminCli::quotaAndSoftQuota()
{
    QVERIFY(addAcme());
    const QString address = u"dario@pec.acme.it"_s;
    QCOMPARE(cli({ u"create"_s, address, u"--generate-password"_s, u"--quota-mb"_s, u"200"_s }).exitCode, 0);

    CliRun run = cli({ u"quota"_s, address, u"500"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"quotaMb"_s).toInteger(), 500);
    QVERIFY(run.err.isEmpty()); // an empty mailbox: no warning

    run = cli({ u"soft-quota"_s, address, u"400"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = cli({ u"show"_s, address, u"--json"_s });
    QCOMPARE(run.json().value(u"softQuotaMb"_s).toInteger(), 400);

    run = cli({ u"soft-quota"_s, address, u"600"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.error().value(u"code"_s).toString(), u"validation"_s);

    run = cli({ u"quota"_s, address, u"300"_s, u"--json"_s }); // below the soft quota
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));

    run = cli({ u"quota"_s, address, u"2001"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.error().value(u"code"_s).toString(), u"validation"_s);

    run = cli({ u"soft-quota"_s, address, u"0"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(u"removed"_s));

    run = cli({ u"show"_s, address, u"--json"_s });
    QCOMPARE(run.json().value(u"quotaMb"_s).toInteger(), 500);
    QCOMPARE(run.json().value(u"softQuotaMb"_s).toInteger(), 0);
}

void TestPecadminCli::quotaBelowUsageWarnsAndProceeds()
{
    QCOMPARE(cli({ u"demo"_s }).exitCode, 0);
    CliRun run = cli(
        { u"list"_s, u"pec.example.it"_s, u"--sort"_s, u"usage"_s, u"--desc"_s, u"--limit"_s, u"1"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject fullest = run.json().value(u"mailboxes"_s).toArray().at(0).toObject();
    const QString address = fullest.value(u"address"_s).toString();
    QVERIFY2(fullest.value(u"usedBytes"_s).toInteger() > 2 * 1024 * 1024, qPrintable(address));

    QCOMPARE(cli({ u"soft-quota"_s, address, u"0"_s }).exitCode, 0);
    run = cli({ u"quota"_s, address, u"1"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(prefix + u"warning: "_s), qPrintable(run.err));
    QVERIFY(run.err.contains(address));
    run = cli({ u"show"_s, address, u"--json"_s });
    QCOMPARE(run.json().value(u"quotaMb"_s).toInteger(), 1);
}

void TestPecadminCli::archiving()
{
    QVERIFY(addAcme());
    QVERIFY(addPlain());
    QCOMPARE(cli({ u"create"_s, u"elena@pec.acme.it"_s, u"--generate-password"_s }).exitCode, 0);
    QCOMPARE(cli({ u"create"_s, u"elena@pec.plain.it"_s, u"--generate-password"_s }).exitCode, 0);

    CliRun run = cli({ u"archiving"_s, u"elena@pec.acme.it"_s, u"on"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"archiving"_s).toBool(), true);
    run = cli({ u"archiving"_s, u"elena@pec.acme.it"_s, u"off"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = cli({ u"show"_s, u"elena@pec.acme.it"_s, u"--json"_s });
    QCOMPARE(run.json().value(u"archiving"_s).toBool(), false);

    run = cli({ u"archiving"_s, u"elena@pec.plain.it"_s, u"on"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.error().value(u"code"_s).toString(), u"validation"_s);
}

void TestPecadminCli::deleteNeedsYes()
{
    QVERIFY(addAcme());
    const QString address = u"franco@pec.acme.it"_s;
    QCOMPARE(cli({ u"create"_s, address, u"--generate-password"_s }).exitCode, 0);

    CliRun run = cli({ u"delete"_s, address });
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(run.err.contains(u"--yes"_s));
    QCOMPARE(cli({ u"show"_s, address }).exitCode, 0);

    run = cli({ u"delete"_s, address, u"--yes"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(address));
    run = cli({ u"show"_s, address, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(u"code"_s).toString(), u"not-found"_s);

    run = cli({ u"delete"_s, address, u"--yes"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(u"code"_s).toString(), u"not-found"_s);

    run = cli({ u"delete"_s, u"postmaster@pec.acme.it"_s, u"--yes"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.error().value(u"code"_s).toString(), u"protected"_s);
    QCOMPARE(cli({ u"show"_s, u"postmaster@pec.acme.it"_s }).exitCode, 0);
}

void TestPecadminCli::demoThenList()
{
    CliRun run = cli({ u"demo"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(u"pec.example.it"_s));

    run = cli({ u"domain"_s, u"show"_s, u"pec.example.it"_s, u"--json"_s });
    const int count = run.json().value(u"mailboxCount"_s).toInt();
    QVERIFY2(count > 10, qPrintable(run.out));

    run = cli({ u"list"_s, u"pec.example.it"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), count + 1);
    QVERIFY(lines.at(0).startsWith(u"Address"_s));
    QVERIFY(run.out.contains(u"postmaster@pec.example.it"_s));
    // The columns line up: every row's status starts where the header's does.
    const qsizetype statusColumn = lines.at(0).indexOf(u"Status"_s);
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.mid(statusColumn).startsWith(u"enabled"_s) || line.mid(statusColumn).startsWith(u"disabled"_s),
            qPrintable(line));

    run = cli({ u"list"_s, u"pec.example.it"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray all = run.json().value(u"mailboxes"_s).toArray();
    QCOMPARE(all.size(), count);
    QCOMPARE(run.json().value(u"hasMore"_s).toBool(), false);
    QStringList names;
    for (const QJsonValue &value : all) {
        QCOMPARE(value.toObject().value(u"domain"_s).toString(), u"pec.example.it"_s);
        names << value.toObject().value(u"name"_s).toString();
    }
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);

    // Pages.
    run = cli({ u"list"_s, u"pec.example.it"_s, u"--limit"_s, u"5"_s, u"--json"_s });
    QCOMPARE(run.json().value(u"mailboxes"_s).toArray().size(), 5);
    QCOMPARE(run.json().value(u"hasMore"_s).toBool(), true);
    run = cli({ u"list"_s, u"pec.example.it"_s, u"--offset"_s, u"5"_s, u"--limit"_s, u"5"_s, u"--json"_s });
    const QJsonArray second = run.json().value(u"mailboxes"_s).toArray();
    QCOMPARE(second.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(second.at(i).toObject().value(u"name"_s).toString(), names.at(5 + i));
    run = cli({ u"list"_s, u"pec.example.it"_s, u"--limit"_s, u"5"_s });
    QVERIFY(run.out.contains(u"--offset 5"_s));

    // Filter.
    const QString part = names.at(3).left(3);
    run = cli({ u"list"_s, u"pec.example.it"_s, u"--filter"_s, part, u"--json"_s });
    const QJsonArray filtered = run.json().value(u"mailboxes"_s).toArray();
    QVERIFY(!filtered.isEmpty());
    QVERIFY(filtered.size() < count);
    for (const QJsonValue &value : filtered)
        QVERIFY(value.toObject().value(u"name"_s).toString().contains(part, Qt::CaseInsensitive));
    run = cli({ u"list"_s, u"pec.example.it"_s, u"--filter"_s, u"zzzzqqq"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"zzzzqqq"_s));

    // Sort.
    run = cli({ u"list"_s, u"pec.example.it"_s, u"--sort"_s, u"usage"_s, u"--desc"_s, u"--json"_s });
    const QJsonArray byUsage = run.json().value(u"mailboxes"_s).toArray();
    QCOMPARE(byUsage.size(), count);
    // The demo's mail server reported every usage but the postmaster's, which comes last, null.
    for (int i = 0; i + 1 < byUsage.size(); ++i)
        QVERIFY2(byUsage.at(i).toObject().value(u"usedBytes"_s).isDouble(), qPrintable(run.out));
    for (int i = 1; i + 1 < byUsage.size(); ++i)
        QVERIFY(byUsage.at(i - 1).toObject().value(u"usedBytes"_s).toInteger()
            >= byUsage.at(i).toObject().value(u"usedBytes"_s).toInteger());
    const QJsonObject last = byUsage.at(byUsage.size() - 1).toObject();
    QCOMPARE(last.value(u"name"_s).toString(), u"postmaster"_s);
    QVERIFY(last.value(u"usedBytes"_s).isNull());
    QVERIFY(last.value(u"usageUpdated"_s).isNull());
    run = cli({ u"list"_s, u"pec.example.it"_s, u"--sort"_s, u"usage"_s, u"--json"_s });
    const QJsonArray ascending = run.json().value(u"mailboxes"_s).toArray();
    QCOMPARE(ascending.at(ascending.size() - 1).toObject().value(u"name"_s).toString(), u"postmaster"_s);
    QVERIFY(ascending.at(0).toObject().value(u"usedBytes"_s).toInteger()
        <= ascending.at(1).toObject().value(u"usedBytes"_s).toInteger());

    // The domain's usage sums the reported ones, and says one is missing from it.
    run = cli({ u"domain"_s, u"show"_s, u"pec.example.it"_s, u"--json"_s });
    QCOMPARE(run.json().value(u"usageNotReported"_s).toInt(), 1);
    qint64 reportedSum = 0;
    for (const QJsonValue &value : byUsage)
        reportedSum += value.toObject().value(u"usedBytes"_s).toInteger();
    QCOMPARE(run.json().value(u"usedBytes"_s).toInteger(), reportedSum);
    run = cli({ u"domain"_s, u"show"_s, u"pec.example.it"_s });
    QVERIFY2(run.out.contains(u"at least "_s) && run.out.contains(u"(1 mailbox not reported by the mail server)"_s),
        qPrintable(run.out));
    run = cli({ u"domain"_s, u"list"_s });
    QVERIFY2(run.out.contains(u"at least "_s), qPrintable(run.out));

    run = cli({ u"list"_s, u"pec.nowhere.it"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(u"code"_s).toString(), u"not-found"_s);

    run = cli({ u"demo"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY(run.err.startsWith(prefix));
}

void TestPecadminCli::jsonMailboxFields()
{
    QVERIFY(addAcme());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    QCOMPARE(cli({ u"create"_s, u"Gina@pec.acme.it"_s, u"--generate-password"_s, u"--quota-mb"_s, u"250"_s,
                     u"--soft-quota-mb"_s, u"200"_s, u"--archiving"_s })
                 .exitCode,
        0);
    const CliRun run = cli({ u"show"_s, u"gina@PEC.acme.it"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(run.out.contains(u"\n    \""_s)); // indented
    const QJsonObject mailbox = document.object();
    QCOMPARE(mailbox.value(u"address"_s).toString(), u"gina@pec.acme.it"_s);
    QCOMPARE(mailbox.value(u"name"_s).toString(), u"gina"_s);
    QCOMPARE(mailbox.value(u"domain"_s).toString(), u"pec.acme.it"_s);
    QCOMPARE(mailbox.value(u"enabled"_s), QJsonValue(true));
    QCOMPARE(mailbox.value(u"quotaMb"_s).toInteger(), 250);
    QCOMPARE(mailbox.value(u"softQuotaMb"_s).toInteger(), 200);
    // No usage reported yet: null, never 0.
    QVERIFY(mailbox.value(u"usedBytes"_s).isNull());
    QCOMPARE(mailbox.value(u"archiving"_s), QJsonValue(true));
    QCOMPARE(mailbox.value(u"mustChangePassword"_s), QJsonValue(true));
    // The store's version count is a number, like every other number.
    QVERIFY(mailbox.value(u"version"_s).isDouble());
    QVERIFY(mailbox.value(u"version"_s).toInteger() >= 1);
    const QString createdText = mailbox.value(u"created"_s).toString();
    QVERIFY2(createdText.endsWith(u'Z'), qPrintable(createdText));
    const QDateTime created = QDateTime::fromString(createdText, Qt::ISODate);
    QVERIFY(created.isValid());
    QVERIFY(created >= before);
    QVERIFY(created <= QDateTime::currentDateTimeUtc().addSecs(2));
    QVERIFY(!mailbox.contains(u"generatedPassword"_s));
    // No report from the mail server yet.
    QVERIFY(mailbox.value(u"usageUpdated"_s).isNull());
    const CliRun unreported = cli({ u"show"_s, u"gina@pec.acme.it"_s });
    QVERIFY2(unreported.out.contains(u"never, by the mail server"_s)
            && unreported.out.contains(u"not reported by the mail server"_s) && !unreported.out.contains(u"0 bytes"_s),
        qPrintable(unreported.describe()));
    const CliRun table = cli({ u"list"_s, u"pec.acme.it"_s, u"--filter"_s, u"gina"_s });
    QVERIFY2(table.out.contains(u"not reported"_s), qPrintable(table.describe()));
    // Any quota may be set without a warning: there is no usage to be below.
    QCOMPARE(cli({ u"soft-quota"_s, u"gina@pec.acme.it"_s, u"0"_s }).exitCode, 0);
    const CliRun small = cli({ u"quota"_s, u"gina@pec.acme.it"_s, u"1"_s });
    QVERIFY2(small.exitCode == 0 && small.err.isEmpty(), qPrintable(small.describe()));

    // The mail server reports the usage, as Dovecot's quota_clone does (docs/DOVECOT.md).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"report"_s);
        db.setDatabaseName(m_store);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            u"INSERT INTO dovecot_quota (username, bytes, messages) VALUES ('gina@pec.acme.it', 3145728, 4)"_s));
    }
    QSqlDatabase::removeDatabase(u"report"_s);
    const CliRun reported = cli({ u"show"_s, u"gina@pec.acme.it"_s, u"--json"_s });
    QVERIFY(reported.json().value(u"usedBytes"_s).isDouble());
    QCOMPARE(reported.json().value(u"usedBytes"_s).toInteger(), 3145728);
    const QDateTime updated = QDateTime::fromString(reported.json().value(u"usageUpdated"_s).toString(), Qt::ISODate);
    QVERIFY(updated >= before);
    QVERIFY(updated <= QDateTime::currentDateTimeUtc().addSecs(2));
    const CliRun shown = cli({ u"show"_s, u"gina@pec.acme.it"_s });
    QVERIFY2(shown.out.contains(u"Usage reported"_s) && !shown.out.contains(u"never, by the mail server"_s),
        qPrintable(shown.describe()));
}

void TestPecadminCli::storeOptionAndEnvironment()
{
    const QString other = m_dir.filePath(u"other-%1.sqlite"_s.arg(m_storeNumber));
    CliRun run = cli({ u"--store"_s, other, u"domain"_s, u"add"_s, u"pec.acme.it"_s, u"--space-mb"_s, u"100"_s,
        u"--max-mailboxes"_s, u"2"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFileInfo::exists(other));

    run = cli({ u"--store"_s, other, u"domain"_s, u"list"_s, u"--json"_s });
    QCOMPARE(run.json().value(u"domains"_s).toArray().size(), 1);
    // PECADMIN_STORE names a different, new store.
    run = cli({ u"domain"_s, u"list"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"domains"_s).toArray().size(), 0);
    QVERIFY(QFileInfo::exists(m_store));
    run = cli({ u"domain"_s, u"list"_s });
    QVERIFY(run.out.contains(u"demo"_s)); // the hint to start
}

void TestPecadminCli::unusableStore()
{
    QFile garbage(m_store);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    const QByteArray content = "This is a letter, not a database.\n";
    garbage.write(content);
    garbage.close();

    CliRun run = cli({ u"domain"_s, u"list"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith(prefix));
    run = cli({ u"domain"_s, u"list"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.error().value(u"code"_s).toString().isEmpty());

    QVERIFY(garbage.open(QIODevice::ReadOnly));
    QCOMPARE(garbage.readAll(), content);
}

void TestPecadminCli::storeInMissingFolder()
{
    const QString folder = m_dir.filePath(u"nowhere-%1"_s.arg(m_storeNumber));
    const CliRun run = cli({ u"--store"_s, folder + u"/store.sqlite"_s, u"domain"_s, u"list"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"does not exist"_s) && run.err.contains(folder), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(folder));
}

#if defined(Q_OS_UNIX)
namespace {

// A pseudo-terminal whose slave side becomes the tool's standard input.
class PseudoTerminal
{
public:
    PseudoTerminal()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        m_slaveName = QString::fromLocal8Bit(::ptsname(m_master));
        // Held open so that what the terminal echoes can be read after the tool exits.
        m_slave = ::open(::ptsname(m_master), O_RDWR | O_NOCTTY);
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    }
    ~PseudoTerminal()
    {
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    bool isValid() const { return m_master >= 0 && m_slave >= 0 && !m_slaveName.isEmpty(); }
    QString slaveName() const { return m_slaveName; }
    void type(const QByteArray &keys)
    {
        QCOMPARE(::write(m_master, keys.constData(), size_t(keys.size())), keys.size());
    }
    // What the terminal showed: the echo of the keys typed, if echo was on.
    QByteArray screen()
    {
        QByteArray shown;
        char buffer[256];
        for (;;) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            shown.append(buffer, n);
        }
        return shown;
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_slaveName;
};

} // namespace
#endif

void TestPecadminCli::terminalPasswordTypedTwiceWithoutEcho()
{
#if defined(Q_OS_UNIX)
    QVERIFY(addAcme());
    PseudoTerminal terminal;
    QVERIFY(terminal.isValid());

    QProcess process;
    process.setProcessEnvironment(environment());
    process.setStandardInputFile(terminal.slaveName());
    process.start(QStringLiteral(PECADMIN_CLI_PATH), { u"create"_s, u"ivo@pec.acme.it"_s });
    QVERIFY(process.waitForStarted());
    QByteArray err;
    const auto waitForPrompt = [&](const QByteArray &text) {
        for (int i = 0; i < 300 && !err.contains(text); ++i) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        return err.contains(text);
    };
    QVERIFY2(waitForPrompt("New password for ivo@pec.acme.it: "), err.constData());
    terminal.type("Terminal!Pass1\n");
    QVERIFY2(waitForPrompt("Repeat the password: "), err.constData());
    terminal.type("Terminal!Pass1\n");
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    err += process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY(out.contains("ivo@pec.acme.it"));

    const QByteArray screen = terminal.screen();
    QVERIFY2(!screen.contains("Terminal"), screen.constData()); // typed without echo
    QVERIFY(!out.contains("Terminal!Pass1") && !err.contains("Terminal!Pass1"));
    QVERIFY(verifyPassword(storedHash(u"ivo"_s, u"pec.acme.it"_s), u"Terminal!Pass1"_s));
#else
    QSKIP("The terminal is driven through a POSIX pseudo-terminal.");
#endif
}

void TestPecadminCli::terminalPasswordsThatDiffer()
{
#if defined(Q_OS_UNIX)
    QVERIFY(addAcme());
    PseudoTerminal terminal;
    QVERIFY(terminal.isValid());

    QProcess process;
    process.setProcessEnvironment(environment());
    process.setStandardInputFile(terminal.slaveName());
    process.start(QStringLiteral(PECADMIN_CLI_PATH), { u"create"_s, u"ivo@pec.acme.it"_s });
    QVERIFY(process.waitForStarted());
    QByteArray err;
    const auto waitForPrompt = [&](const QByteArray &text) {
        for (int i = 0; i < 300 && !err.contains(text); ++i) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        return err.contains(text);
    };
    QVERIFY2(waitForPrompt("New password for"), err.constData());
    terminal.type("Terminal!Pass1\n");
    QVERIFY2(waitForPrompt("Repeat the password: "), err.constData());
    terminal.type("Terminal!Pass2\n");
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("pecadmin-cli: The two passwords are different."), err.constData());
    QCOMPARE(cli({ u"show"_s, u"ivo@pec.acme.it"_s }).exitCode, 1);
#else
    QSKIP("The terminal is driven through a POSIX pseudo-terminal.");
#endif
}

void TestPecadminCli::terminalServerPasswordWithoutEcho()
{
#if defined(Q_OS_UNIX)
    PseudoTerminal terminal;
    QVERIFY(terminal.isValid());

    // A PostgreSQL server that is not there: the password is asked for before connecting.
    QProcessEnvironment environment = this->environment();
    environment.remove(u"PECADMIN_PASSWORD"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(terminal.slaveName());
    process.start(QStringLiteral(PECADMIN_CLI_PATH),
        { u"--pg-host"_s, u"127.0.0.1"_s, u"--pg-port"_s, u"1"_s, u"--pg-database"_s, u"pecadmin"_s, u"--pg-user"_s,
            u"pecadmin"_s, u"domain"_s, u"list"_s });
    QVERIFY(process.waitForStarted());
    QByteArray err;
    for (int i = 0; i < 300 && !err.contains("Password of the database user: "); ++i) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
    }
    QVERIFY2(err.contains("Password of the database user: "), err.constData());
    terminal.type("Db!Secret1\n");
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    err += process.readAllStandardError();
    // Refused by the server that is not there, not for a missing password.
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(!err.contains("No password"), err.constData());

    const QByteArray screen = terminal.screen();
    QVERIFY2(!screen.contains("Secret"), screen.constData()); // typed without echo
    QVERIFY(!out.contains("Db!Secret1") && !err.contains("Db!Secret1"));
#else
    QSKIP("The terminal is driven through a POSIX pseudo-terminal.");
#endif
}

void TestPecadminCli::italianLocaleRuns()
{
    CliRun run = cli({ u"demo"_s }, {}, true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = cli({ u"list"_s, u"pec.example.it"_s }, {}, true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(u"postmaster@pec.example.it"_s));

    // Sizes follow the language's number format: "1,0 GB" in Italian, "1.0 GB" in English.
    static const QRegularExpression italianDecimal(u"\\d,\\d [KMG]B"_s);
    static const QRegularExpression englishDecimal(u"\\d\\.\\d [KMG]B"_s);
    run = cli({ u"domain"_s, u"show"_s, u"pec.example.it"_s }, {}, true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(italianDecimal), qPrintable(run.out));
    run = cli({ u"domain"_s, u"show"_s, u"pec.example.it"_s });
    QVERIFY2(run.out.contains(englishDecimal), qPrintable(run.out));

    run = cli({ u"frobnicate"_s }, {}, true);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(run.err.startsWith(prefix));
    run = cli({ u"delete"_s, u"postmaster@pec.example.it"_s, u"--yes"_s }, {}, true);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY(run.err.startsWith(prefix));
}

void TestPecadminCli::italianMessages()
{
    const QString catalogue = QStringLiteral(PECADMIN_SOURCE_DIR) + u"/translations/pecadmin_it.ts"_s;
    const QString status = translationIn(catalogue, u"pecadmin::OutputFormatter"_s, u"enabled"_s);
    const QString protectedMessage = translationIn(
        catalogue, u"ServiceError"_s, u"The postmaster mailbox cannot be deleted: the domain needs it."_s);
    const QString usage = translationIn(catalogue, u"pecadmin::CommandParser"_s, u"No command given."_s);
    QVERIFY2(!status.isEmpty() && !protectedMessage.isEmpty() && !usage.isEmpty(),
        "translations/pecadmin_it.ts lacks the Italian translation of a message this test checks");

    QCOMPARE(cli({ u"demo"_s }).exitCode, 0);
    {
        const CliRun run = cli({ u"show"_s, u"postmaster@pec.example.it"_s }, {}, true);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(status), qPrintable(run.out));
        QVERIFY(status != u"enabled");
    }
    {
        const CliRun run = cli({ u"delete"_s, u"postmaster@pec.example.it"_s, u"--yes"_s }, {}, true);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, prefix + protectedMessage + u'\n');
    }
    {
        const CliRun run = cli({}, {}, true);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(prefix + usage + u'\n'), qPrintable(run.err));
    }
}

QTEST_GUILESS_MAIN(TestPecadminCli)
#include "tst_pecadmincli.moc"
