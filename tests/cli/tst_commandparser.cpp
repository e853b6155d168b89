#include "commandparser.h"

#include <QTest>

using namespace pecadmin;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pecadmin::Command::Action)

class TestCommandParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actions_data();
    void actions();
    void domainAdd();
    void domainAddDefaults();
    void listOptions();
    void listDefaults();
    void createOptions();
    void quotaValues();
    void archivingState_data();
    void archivingState();
    void globalOptionsAnywhere();
    void usageErrors_data();
    void usageErrors();
    void jsonKnownEvenOnError();
    void usageHintNamesTheCommand();
    void helpMentionsEveryCommand();
    void closestWord_data();
    void closestWord();
    void usageOfTheCommandAfterAnOptionError();
    void connectionOptions();
    void helpTopic();
    void versionAnywhere();
};

void TestCommandParser::actions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Command::Action>("action");
    QTest::addColumn<QString>("target");

    using A = Command::Action;
    QTest::newRow("help") << QStringList { u"help"_s } << A::Help << QString();
    QTest::newRow("--help") << QStringList { u"--help"_s } << A::Help << QString();
    QTest::newRow("-h after a command") << QStringList { u"show"_s, u"-h"_s } << A::Help << QString();
    QTest::newRow("domain list") << QStringList { u"domain"_s, u"list"_s } << A::DomainList << QString();
    QTest::newRow("domain show") << QStringList { u"domain"_s, u"show"_s, u"pec.example.it"_s } << A::DomainShow
                                 << u"pec.example.it"_s;
    QTest::newRow("list") << QStringList { u"list"_s, u"pec.example.it"_s } << A::List << u"pec.example.it"_s;
    QTest::newRow("show") << QStringList { u"show"_s, u"a@pec.example.it"_s } << A::Show << u"a@pec.example.it"_s;
    QTest::newRow("create") << QStringList { u"create"_s, u"a@pec.example.it"_s } << A::Create << u"a@pec.example.it"_s;
    QTest::newRow("password") << QStringList { u"password"_s, u"a@pec.example.it"_s } << A::Password
                              << u"a@pec.example.it"_s;
    QTest::newRow("enable") << QStringList { u"enable"_s, u"a@pec.example.it"_s } << A::Enable << u"a@pec.example.it"_s;
    QTest::newRow("disable") << QStringList { u"disable"_s, u"a@pec.example.it"_s } << A::Disable
                             << u"a@pec.example.it"_s;
    QTest::newRow("quota") << QStringList { u"quota"_s, u"a@pec.example.it"_s, u"500"_s } << A::Quota
                           << u"a@pec.example.it"_s;
    QTest::newRow("soft-quota") << QStringList { u"soft-quota"_s, u"a@pec.example.it"_s, u"0"_s } << A::SoftQuota
                                << u"a@pec.example.it"_s;
    QTest::newRow("archiving") << QStringList { u"archiving"_s, u"a@pec.example.it"_s, u"on"_s } << A::Archiving
                               << u"a@pec.example.it"_s;
    QTest::newRow("delete") << QStringList { u"delete"_s, u"a@pec.example.it"_s, u"--yes"_s } << A::Delete
                            << u"a@pec.example.it"_s;
    QTest::newRow("demo") << QStringList { u"demo"_s } << A::Demo << QString();
}

void TestCommandParser::actions()
{
    QFETCH(QStringList, arguments);
    QFETCH(Command::Action, action);
    QFETCH(QString, target);

    CommandParser parser;
    QVERIFY2(parser.parse(arguments), qPrintable(parser.errorText()));
    QCOMPARE(parser.command().action, action);
    QCOMPARE(parser.command().target, target);
    QVERIFY(parser.errorText().isEmpty());
}

void TestCommandParser::domainAdd()
{
    CommandParser parser;
    QVERIFY2(
        parser.parse({ u"domain"_s, u"add"_s, u"pec.acme.it"_s, u"--space-mb"_s, u"5000"_s, u"--max-mailboxes=25"_s,
            u"--preset"_s, u"aruba"_s, u"--archiving"_s, u"--max-quota-mb"_s, u"2048"_s }),
        qPrintable(parser.errorText()));
    const Domain &domain = parser.command().domain;
    QCOMPARE(domain.name, u"pec.acme.it"_s);
    QCOMPARE(domain.totalSpaceMb, 5000);
    QCOMPARE(domain.maxMailboxes, 25);
    QCOMPARE(domain.maxMailboxQuotaMb, 2048);
    QVERIFY(domain.archivingAvailable);
    QVERIFY(domain.passwordPolicy == PasswordPolicy::aruba());
}

void TestCommandParser::domainAddDefaults()
{
    CommandParser parser;
    QVERIFY(parser.parse(
        { u"domain"_s, u"add"_s, u"pec.acme.it"_s, u"--space-mb"_s, u"10"_s, u"--max-mailboxes"_s, u"2"_s }));
    const Domain &domain = parser.command().domain;
    QCOMPARE(domain.maxMailboxQuotaMb, Domain().maxMailboxQuotaMb);
    QVERIFY(!domain.archivingAvailable);
    QVERIFY(domain.passwordPolicy == PasswordPolicy::poste());
}

void TestCommandParser::listOptions()
{
    CommandParser parser;
    QVERIFY(parser.parse({ u"list"_s, u"pec.example.it"_s, u"--filter"_s, u"ross"_s, u"--offset"_s, u"20"_s,
        u"--limit"_s, u"10"_s, u"--sort"_s, u"soft-quota"_s, u"--desc"_s }));
    const Command &command = parser.command();
    QCOMPARE(command.filter, u"ross"_s);
    QCOMPARE(command.offset, 20);
    QCOMPARE(command.limit, std::optional<int>(10));
    QCOMPARE(command.sortColumn, MailboxColumn::SoftQuota);
    QCOMPARE(command.sortOrder, Qt::DescendingOrder);

    // Every column name maps to its column.
    const QStringList names = CommandParser::sortColumnNames();
    QCOMPARE(names.size(), int(MailboxColumn::Created) + 1);
    for (int column = 0; column < names.size(); ++column) {
        QVERIFY(parser.parse({ u"list"_s, u"d.it"_s, u"--sort"_s, names.at(column) }));
        QCOMPARE(int(parser.command().sortColumn), column);
    }
}

void TestCommandParser::listDefaults()
{
    CommandParser parser;
    QVERIFY(parser.parse({ u"list"_s, u"pec.example.it"_s }));
    const Command &command = parser.command();
    QVERIFY(command.filter.isEmpty());
    QCOMPARE(command.offset, 0);
    QVERIFY(!command.limit);
    QCOMPARE(command.sortColumn, MailboxColumn::Address);
    QCOMPARE(command.sortOrder, Qt::AscendingOrder);
}

void TestCommandParser::createOptions()
{
    CommandParser parser;
    QVERIFY(parser.parse({ u"create"_s, u"a@pec.example.it"_s, u"--quota-mb"_s, u"300"_s, u"--soft-quota-mb"_s,
        u"250"_s, u"--archiving"_s, u"--generate-password"_s }));
    const Command &command = parser.command();
    QCOMPARE(command.quotaMb, std::optional<qint64>(300));
    QCOMPARE(command.softQuotaMb, std::optional<qint64>(250));
    QVERIFY(command.archiving);
    QVERIFY(command.generatePassword);

    QVERIFY(parser.parse({ u"create"_s, u"a@pec.example.it"_s }));
    QVERIFY(!parser.command().quotaMb);
    QVERIFY(!parser.command().softQuotaMb);
    QVERIFY(!parser.command().archiving);
    QVERIFY(!parser.command().generatePassword);
}

void TestCommandParser::quotaValues()
{
    CommandParser parser;
    QVERIFY(parser.parse({ u"quota"_s, u"a@pec.example.it"_s, u"750"_s }));
    QCOMPARE(parser.command().quotaMb, std::optional<qint64>(750));
    // A negative number is a value for the rules to refuse, not an unknown option.
    QVERIFY2(parser.parse({ u"soft-quota"_s, u"a@pec.example.it"_s, u"-5"_s }), qPrintable(parser.errorText()));
    QCOMPARE(parser.command().softQuotaMb, std::optional<qint64>(-5));
}

void TestCommandParser::archivingState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("archiving");
    QTest::newRow("on") << u"on"_s << true;
    QTest::newRow("off") << u"off"_s << false;
    QTest::newRow("ON") << u"ON"_s << true;
}

void TestCommandParser::archivingState()
{
    QFETCH(QString, state);
    QFETCH(bool, archiving);
    CommandParser parser;
    QVERIFY(parser.parse({ u"archiving"_s, u"a@pec.example.it"_s, state }));
    QCOMPARE(parser.command().archiving, archiving);
}

void TestCommandParser::globalOptionsAnywhere()
{
    CommandParser parser;
    QVERIFY(parser.parse({ u"--store"_s, u"/tmp/a.sqlite"_s, u"--json"_s, u"domain"_s, u"list"_s }));
    QCOMPARE(parser.command().storePath, u"/tmp/a.sqlite"_s);
    QVERIFY(parser.command().json);

    QVERIFY(parser.parse({ u"show"_s, u"a@pec.example.it"_s, u"--store=/tmp/b.sqlite"_s, u"--json"_s }));
    QCOMPARE(parser.command().storePath, u"/tmp/b.sqlite"_s);
    QVERIFY(parser.command().json);

    // After "--" everything is an argument, even what looks like an option.
    QVERIFY(parser.parse({ u"show"_s, u"--"_s, u"--json"_s }));
    QCOMPARE(parser.command().target, u"--json"_s);
    QVERIFY(!parser.command().json);
}

void TestCommandParser::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    QTest::newRow("domain alone") << QStringList { u"domain"_s };
    QTest::newRow("unknown domain command") << QStringList { u"domain"_s, u"remove"_s, u"d.it"_s };
    QTest::newRow("domain add without space")
        << QStringList { u"domain"_s, u"add"_s, u"d.it"_s, u"--max-mailboxes"_s, u"5"_s };
    QTest::newRow("domain add without limit")
        << QStringList { u"domain"_s, u"add"_s, u"d.it"_s, u"--space-mb"_s, u"5"_s };
    QTest::newRow("domain add space not a number")
        << QStringList { u"domain"_s, u"add"_s, u"d.it"_s, u"--space-mb"_s, u"lots"_s, u"--max-mailboxes"_s, u"5"_s };
    QTest::newRow("domain add unknown preset") << QStringList { u"domain"_s, u"add"_s, u"d.it"_s, u"--space-mb"_s,
        u"5"_s, u"--max-mailboxes"_s, u"5"_s, u"--preset"_s, u"gmail"_s };
    QTest::newRow("domain add without name") << QStringList { u"domain"_s, u"add"_s, u"--space-mb"_s, u"5"_s };
    QTest::newRow("domain show without name") << QStringList { u"domain"_s, u"show"_s };
    QTest::newRow("list without domain") << QStringList { u"list"_s };
    QTest::newRow("list bad sort") << QStringList { u"list"_s, u"d.it"_s, u"--sort"_s, u"size"_s };
    QTest::newRow("list zero limit") << QStringList { u"list"_s, u"d.it"_s, u"--limit"_s, u"0"_s };
    QTest::newRow("list negative offset") << QStringList { u"list"_s, u"d.it"_s, u"--offset"_s, u"-1"_s };
    QTest::newRow("list limit not a number") << QStringList { u"list"_s, u"d.it"_s, u"--limit=ten"_s };
    QTest::newRow("show without address") << QStringList { u"show"_s };
    QTest::newRow("show two addresses") << QStringList { u"show"_s, u"a@d.it"_s, u"b@d.it"_s };
    QTest::newRow("a password as an argument") << QStringList { u"create"_s, u"a@d.it"_s, u"Secret12"_s };
    QTest::newRow("a password to the password command") << QStringList { u"password"_s, u"a@d.it"_s, u"Secret12"_s };
    QTest::newRow("an option that does not apply") << QStringList { u"create"_s, u"a@d.it"_s, u"--limit"_s, u"3"_s };
    QTest::newRow("unknown option") << QStringList { u"show"_s, u"a@d.it"_s, u"--verbose"_s };
    QTest::newRow("single-dash option") << QStringList { u"show"_s, u"a@d.it"_s, u"-v"_s };
    QTest::newRow("option without value") << QStringList { u"list"_s, u"d.it"_s, u"--filter"_s };
    QTest::newRow("flag with value") << QStringList { u"--json=yes"_s, u"domain"_s, u"list"_s };
    QTest::newRow("option twice") << QStringList { u"list"_s, u"d.it"_s, u"--limit"_s, u"1"_s, u"--limit"_s, u"2"_s };
    QTest::newRow("empty store") << QStringList { u"--store="_s, u"demo"_s };
    QTest::newRow("quota without size") << QStringList { u"quota"_s, u"a@d.it"_s };
    QTest::newRow("quota not a number") << QStringList { u"quota"_s, u"a@d.it"_s, u"1GB"_s };
    QTest::newRow("soft-quota not a number") << QStringList { u"soft-quota"_s, u"a@d.it"_s, u"1.5"_s };
    QTest::newRow("archiving maybe") << QStringList { u"archiving"_s, u"a@d.it"_s, u"maybe"_s };
    QTest::newRow("archiving without state") << QStringList { u"archiving"_s, u"a@d.it"_s };
    QTest::newRow("delete without --yes") << QStringList { u"delete"_s, u"a@d.it"_s };
    QTest::newRow("demo with an argument") << QStringList { u"demo"_s, u"pec.example.it"_s };
    QTest::newRow("create --quota-mb not a number")
        << QStringList { u"create"_s, u"a@d.it"_s, u"--quota-mb"_s, u"big"_s };
}

void TestCommandParser::usageErrors()
{
    QFETCH(QStringList, arguments);
    CommandParser parser;
    QVERIFY(!parser.parse(arguments));
    QVERIFY(!parser.errorText().isEmpty());
    QVERIFY(parser.usageHint().contains(u"pecadmin-cli"_s));
}

void TestCommandParser::jsonKnownEvenOnError()
{
    CommandParser parser;
    QVERIFY(!parser.parse({ u"--json"_s, u"frobnicate"_s }));
    QVERIFY(parser.command().json);
    QVERIFY(!parser.parse({ u"frobnicate"_s }));
    QVERIFY(!parser.command().json);
}

void TestCommandParser::usageHintNamesTheCommand()
{
    CommandParser parser;
    QVERIFY(!parser.parse({ u"quota"_s, u"a@d.it"_s }));
    QVERIFY2(parser.usageHint().contains(u"pecadmin-cli quota ADDRESS MB"_s), qPrintable(parser.usageHint()));
    QVERIFY(!parser.parse({ u"frobnicate"_s }));
    QVERIFY2(parser.usageHint().contains(u"COMMAND"_s), qPrintable(parser.usageHint()));
}

void TestCommandParser::helpMentionsEveryCommand()
{
    const QString help = CommandParser::helpText(u"/somewhere/pecadmin.sqlite"_s);
    QVERIFY(help.contains(u"/somewhere/pecadmin.sqlite"_s));
    QVERIFY(help.contains(u"PECADMIN_STORE"_s));
    for (int action = int(Command::Action::Help); action <= int(Command::Action::Demo); ++action)
        QVERIFY2(help.contains(CommandParser::synopsis(Command::Action(action))), qPrintable(QString::number(action)));
    // Descriptions are wrapped; the synopses (indented by two) stay on one line each.
    for (const QString &line : help.split(u'\n')) {
        if (line.startsWith(u"  "_s) && !line.startsWith(u"   "_s))
            continue;
        QVERIFY2(line.size() <= 80, qPrintable(line));
    }
}

void TestCommandParser::closestWord_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("two letters swapped") << u"lsit"_s << u"list"_s;
    QTest::newRow("a letter missing") << u"shw"_s << u"show"_s;
    QTest::newRow("a letter too many") << u"shoow"_s << u"show"_s;
    QTest::newRow("capitals") << u"LIST"_s << u"list"_s;
    QTest::newRow("the start of one") << u"del"_s << u"delete"_s;
    QTest::newRow("the start of two") << u"d"_s << QString();
    QTest::newRow("two edits in a long word") << u"sotf-qouta"_s << u"soft-quota"_s;
    QTest::newRow("nothing close") << u"frobnicate"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCommandParser::closestWord()
{
    QFETCH(QString, typed);
    QFETCH(QString, suggested);
    const QStringList commands { u"list"_s, u"show"_s, u"delete"_s, u"domain"_s, u"demo"_s, u"quota"_s,
        u"soft-quota"_s };
    QCOMPARE(CommandParser::closest(typed, commands), suggested);
}

void TestCommandParser::usageOfTheCommandAfterAnOptionError()
{
    CommandParser parser;
    QVERIFY(!parser.parse({ u"quota"_s, u"a@d.it"_s, u"500"_s, u"--verbose"_s }));
    QCOMPARE(parser.errorText(), u"Unknown option “--verbose”."_s);
    QVERIFY2(
        parser.usageHint().startsWith(u"Usage: pecadmin-cli quota ADDRESS MB\n"_s), qPrintable(parser.usageHint()));
    QVERIFY(!parser.parse({ u"--limit"_s, u"list"_s, u"d.it"_s })); // --limit took "list"
    QVERIFY(!parser.parse({ u"list"_s, u"d.it"_s, u"--limit"_s }));
    QCOMPARE(parser.errorText(), u"The option “--limit” needs a value."_s);
    QVERIFY2(parser.usageHint().startsWith(u"Usage: pecadmin-cli list DOMAIN"_s), qPrintable(parser.usageHint()));
}

void TestCommandParser::connectionOptions()
{
    CommandParser parser;
    QVERIFY2(parser.parse({ u"--pg-host"_s, u"db.example.it"_s, u"domain"_s, u"list"_s, u"--pg-database=pec"_s,
                 u"--pg-user"_s, u"admin"_s, u"--pg-port"_s, u"5433"_s, u"--pg-sslmode"_s, u"require"_s }),
        qPrintable(parser.errorText()));
    const Command::ConnectionOptions &options = parser.command().connection;
    QCOMPARE(options.pgHost, u"db.example.it"_s);
    QCOMPARE(options.pgDatabase, u"pec"_s);
    QCOMPARE(options.pgUser, u"admin"_s);
    QCOMPARE(options.pgPort, u"5433"_s);
    QCOMPARE(options.pgSslMode, u"require"_s);
    QVERIFY(options.postgreSqlGiven);
    QVERIFY(!options.connectionGiven);

    QVERIFY(
        parser.parse({ u"list"_s, u"d.it"_s, u"--scim=https://scim.example.it/v2"_s, u"--user"_s, u"postmaster"_s }));
    QCOMPARE(parser.command().connection.scimUrl, u"https://scim.example.it/v2"_s);
    QCOMPARE(parser.command().connection.user, u"postmaster"_s);
    QVERIFY(parser.command().connection.connectionGiven);
    QVERIFY(!parser.command().connection.postgreSqlGiven);

    QVERIFY(!parser.parse({ u"--pg-host"_s }));
    QCOMPARE(parser.errorText(), u"The option “--pg-host” needs a value."_s);
    QVERIFY(!parser.parse({ u"--profile"_s, u"a"_s, u"--profile"_s, u"b"_s, u"demo"_s }));
    QCOMPARE(parser.errorText(), u"The option “--profile” is given more than once."_s);
}

void TestCommandParser::helpTopic()
{
    CommandParser parser;
    QVERIFY(parser.parse({ u"help"_s, u"domain"_s, u"add"_s }));
    QCOMPARE(parser.command().action, Command::Action::Help);
    QCOMPARE(parser.command().helpTopic, (QStringList { u"domain"_s, u"add"_s }));
    QVERIFY(parser.parse({ u"domain"_s, u"--help"_s }));
    QCOMPARE(parser.command().helpTopic, QStringList { u"domain"_s });
    QVERIFY(parser.parse({ u"frobnicate"_s, u"--help"_s })); // the help of everything
    QVERIFY(parser.command().helpTopic.isEmpty());
    QVERIFY(!parser.parse({ u"help"_s, u"domain"_s, u"rename"_s }));
    QCOMPARE(parser.errorText(), u"Unknown command “domain rename”."_s);
    QVERIFY(!parser.parse({ u"help"_s, u"manpage"_s })); // for the build, not in the help
}

void TestCommandParser::versionAnywhere()
{
    CommandParser parser;
    QVERIFY(parser.parse({ u"--version"_s }));
    QCOMPARE(parser.command().action, Command::Action::Version);
    QVERIFY(parser.parse({ u"list"_s, u"--version"_s, u"--json"_s }));
    QCOMPARE(parser.command().action, Command::Action::Version);
    QVERIFY(parser.command().json);
    QVERIFY(parser.parse({ u"version"_s }));
    QVERIFY(!parser.parse({ u"version"_s, u"1"_s }));
    QVERIFY(parser.parse({ u"completion"_s, u"zsh"_s }));
    QCOMPARE(parser.command().target, u"zsh"_s);
    QVERIFY(!parser.parse({ u"completion"_s, u"fish"_s }));
    QCOMPARE(parser.errorText(), u"Unknown shell “fish”: use bash or zsh."_s);
}

QTEST_GUILESS_MAIN(TestCommandParser)
#include "tst_commandparser.moc"
