// pecadmin-cli against a SCIM server without a Domain resource (tests/scim-server-alt
// --no-domain-resource): the domains' limits are unknown, so nothing the server does not state
// is checked here or printed as a number; the server's own refusal reaches the user.
#include "connection/profilestore.h"
#include "support/programrun.h"
#include "support/scimserverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

class TestCliUnknownLimits : public QObject
{
    Q_OBJECT

private:
    test::ScimServerProcess m_server { test::ScimServerProcess::Server::Alternative };
    QTemporaryDir m_home;

    using Run = test::ProgramRun;

    Run run(const QStringList &arguments, bool italian = false, bool withSavedConnection = true)
    {
        QProcessEnvironment environment = test::isolatedEnvironment(m_home.path());
        // Without the saved connection, --scim borrows no domains from it.
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(withSavedConnection ? u"config"_s : u"no-config"_s));
        environment.insert(u"PECADMIN_STORE"_s, m_home.filePath(u"store.sqlite"_s));
        environment.insert(u"PECADMIN_PASSWORD"_s, m_server.password());
        test::setLanguage(environment, italian);
        return test::runProgram(QStringLiteral(PECADMIN_CLI_PATH), arguments, environment);
    }

    // Through the connection saved as the GUI saves it, which names the domain pec.example.it.
    Run viaProfile(QStringList arguments, bool italian = false)
    {
        arguments.prepend(u"Provider"_s);
        arguments.prepend(u"--profile"_s);
        return run(arguments, italian);
    }

    // Through --scim and --user alone, without a saved connection: the connection names no domain.
    Run viaUrl(QStringList arguments, bool italian = false)
    {
        arguments
            = QStringList { u"--scim"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user() } + arguments;
        return run(arguments, italian, false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString failure = m_server.start({ u"--no-domain-resource"_s });
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        QSettings settings(m_home.filePath(u"config/pecadmin/pecadmin.conf"_s), QSettings::IniFormat);
        ProfileStore profiles(settings, nullptr);
        ConnectionProfile profile;
        profile.name = u"Provider"_s;
        profile.kind = ConnectionProfile::Kind::Scim;
        profile.baseUrl = m_server.baseUrl();
        profile.user = m_server.user();
        profile.domains = QStringList { u"pec.example.it"_s };
        QVERIFY(!profiles.saveProfile(profile).isCanceled()); // no keyring: the secret is not kept
    }

    void domainShowStatesNoNumberTheServerDoesNotGive()
    {
        const Run shown = viaProfile({ u"domain"_s, u"show"_s, u"pec.example.it"_s });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(u"not stated by the server"_s), qPrintable(shown.out));
        QVERIFY2(!shown.out.contains(u"%n"_s), qPrintable(shown.out));
        QVERIFY2(!shown.out.contains(u" of 0"_s), qPrintable(shown.out));
        QVERIFY2(!shown.out.contains(u"0 MB"_s) && !shown.out.contains(u"0 bytes"_s), qPrintable(shown.out));
        QVERIFY2(!shown.out.contains(u"custom ("_s), qPrintable(shown.out)); // no made-up policy
        // The one thing the server does say: how many mailboxes (the postmaster).
        QVERIFY2(shown.out.contains(u"1 (the server does not state a limit)"_s), qPrintable(shown.out));

        const Run italian = viaProfile({ u"domain"_s, u"show"_s, u"pec.example.it"_s }, true);
        QVERIFY2(italian.exitCode == 0, qPrintable(italian.err));
        QVERIFY2(italian.out.contains(u"non indicato dal server"_s), qPrintable(italian.out));
        QVERIFY2(!italian.out.contains(u"%n"_s), qPrintable(italian.out));
    }

    void domainShowJsonHasNullsAndLimitsKnown()
    {
        const Run shown = viaProfile({ u"--json"_s, u"domain"_s, u"show"_s, u"pec.example.it"_s });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject domain = shown.json();
        QCOMPARE(domain.value(u"name"_s).toString(), u"pec.example.it"_s);
        QVERIFY(domain.contains(u"limitsKnown"_s));
        QCOMPARE(domain.value(u"limitsKnown"_s).toBool(true), false);
        for (const QString &key :
            { u"totalSpaceMb"_s, u"maxMailboxes"_s, u"maxMailboxQuotaMb"_s, u"archivingAvailable"_s,
                u"passwordPolicy"_s, u"allocatedMb"_s, u"usedBytes"_s, u"freeSpaceMb"_s, u"freeMailboxes"_s }) {
            QVERIFY2(domain.contains(key), qPrintable(key));
            QVERIFY2(domain.value(key).isNull(), qPrintable(key));
        }
        QCOMPARE(domain.value(u"mailboxCount"_s).toInt(-1), 1);

        const Run listed = viaProfile({ u"--json"_s, u"domain"_s, u"list"_s });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray domains = listed.json().value(u"domains"_s).toArray();
        QCOMPARE(domains.size(), 1);
        QCOMPARE(domains.at(0).toObject().value(u"limitsKnown"_s).toBool(true), false);
        QVERIFY(domains.at(0).toObject().value(u"maxMailboxes"_s).isNull());
    }

    void domainListWithoutDomainsSuggestsNothingTheServerRefuses()
    {
        const Run listed = viaUrl({ u"domain"_s, u"list"_s });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(u"no domains"_s, Qt::CaseInsensitive), qPrintable(listed.out));
        QVERIFY2(!listed.out.contains(u"domain add"_s), qPrintable(listed.out));
        QVERIFY2(!listed.out.contains(u"demo"_s), qPrintable(listed.out));
    }

    void listOfADomainNotInTheConnectionIsAnError()
    {
        const Run listed = viaProfile({ u"list"_s, u"studio.example.it"_s });
        QVERIFY2(listed.exitCode != 0, qPrintable(listed.out));
        QVERIFY2(listed.err.contains(u"studio.example.it"_s), qPrintable(listed.err));
        QVERIFY2(!listed.out.contains(u"No mailboxes"_s), qPrintable(listed.out));

        const Run json = viaProfile({ u"--json"_s, u"list"_s, u"studio.example.it"_s });
        QVERIFY(json.exitCode != 0);
        QCOMPARE(json.error().value(u"code"_s).toString(), u"not-found"_s);
    }

    void listOfADomainNotInTheLocalStoreIsAnError()
    {
        const Run listed = run({ u"list"_s, u"nowhere.example.it"_s });
        QVERIFY2(listed.exitCode != 0, qPrintable(listed.out));
        QVERIFY2(listed.err.contains(u"nowhere.example.it"_s), qPrintable(listed.err));
    }

    void createIsCheckedByTheServerOnly()
    {
        // Without --quota-mb: the default, said to be one; no local limit of 0 mailboxes.
        const Run created = viaProfile({ u"create"_s, u"nuova@pec.example.it"_s, u"--generate-password"_s });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err + created.out));
        QVERIFY2(created.out.contains(u"1024 MB, the default"_s), qPrintable(created.out));
        QVERIFY2(!created.out.contains(u"largest mailbox quota"_s), qPrintable(created.out));

        // A quota above any made-up per-mailbox maximum: the server decides, and accepts it.
        const Run large = viaProfile({ u"--json"_s, u"create"_s, u"grande@pec.example.it"_s, u"--quota-mb"_s, u"5000"_s,
            u"--generate-password"_s });
        QVERIFY2(large.exitCode == 0, qPrintable(large.err + large.out));
        QCOMPARE(large.json().value(u"quotaMb"_s).toInt(), 5000);
        const QString generated = large.json().value(u"generatedPassword"_s).toString();
        QVERIFY(!generated.isEmpty());
        QVERIFY(m_server.passwordMatches(u"grande@pec.example.it"_s, generated));

        const Run shown = viaProfile({ u"--json"_s, u"domain"_s, u"show"_s, u"pec.example.it"_s });
        QCOMPARE(shown.json().value(u"mailboxCount"_s).toInt(), 3);
    }

    void theServersRefusalReachesTheUserTranslated()
    {
        // A connection that names no domain: the server refuses a domain it does not serve.
        const Run refused = viaUrl({ u"create"_s, u"nessuno@altrove.example.it"_s, u"--generate-password"_s });
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(u"The server refused the values as not valid."_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"not in a domain of this provider"_s), qPrintable(refused.err));

        const Run italian = viaUrl({ u"create"_s, u"nessuno@altrove.example.it"_s, u"--generate-password"_s }, true);
        QVERIFY(italian.exitCode != 0);
        QVERIFY2(italian.err.contains(u"Il server"_s), qPrintable(italian.err));
        QVERIFY2(italian.err.contains(u"not in a domain of this provider"_s), qPrintable(italian.err));
    }

    void quotaIsCheckedByTheServerOnly()
    {
        const Run created = viaProfile(
            { u"create"_s, u"quota.test@pec.example.it"_s, u"--quota-mb"_s, u"10"_s, u"--generate-password"_s });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err + created.out));
        const Run changed = viaProfile({ u"--json"_s, u"quota"_s, u"quota.test@pec.example.it"_s, u"200000"_s });
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err + changed.out));
        QCOMPARE(changed.json().value(u"quotaMb"_s).toInt(), 200000);
    }

    void importOf120RowsIsCheckedByTheServerOnly()
    {
        // Short passwords and passwords without digits, which a made-up policy would refuse;
        // rows without a password or a quota; quotas above any made-up maximum.
        const QString path = m_home.filePath(u"import-120.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QByteArray csv = "name,password,quota\n";
            for (int i = 1; i <= 120; ++i) {
                const QByteArray name = "import" + QByteArray::number(i).rightJustified(3, '0');
                QByteArray password;
                QByteArray quota;
                switch (i % 4) {
                case 0:
                    password = "abc" + QByteArray::number(i);
                    break;
                case 1:
                    password = "onlyletters";
                    quota = "2048";
                    break;
                case 2:
                    quota = "50";
                    break;
                default:
                    password = "A much longer password of more than sixty-four characters and spaces too " + name;
                    break;
                }
                csv += name + ',' + password + ',' + quota + '\n';
            }
            QVERIFY(file.write(csv) == csv.size());
        }

        const Run preview = viaProfile({ u"--json"_s, u"import"_s, u"pec.example.it"_s, path, u"--dry-run"_s });
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err + preview.out));
        QCOMPARE(preview.json().value(u"ready"_s).toInt(), 120);
        QVERIFY(preview.json().value(u"freeSpaceMb"_s).isNull());
        const Run previewText = viaProfile({ u"import"_s, u"pec.example.it"_s, path, u"--dry-run"_s });
        QVERIFY2(previewText.out.contains(u"The server does not state the space the domain has left"_s),
            qPrintable(previewText.out));

        const Run imported = viaProfile({ u"--json"_s, u"import"_s, u"pec.example.it"_s, path });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        QCOMPARE(imported.json().value(u"created"_s).toInt(), 120);
        QCOMPARE(imported.json().value(u"failed"_s).toInt(), 0);
        QVERIFY(m_server.passwordMatches(u"import004@pec.example.it"_s, u"abc4"_s));
        QVERIFY(m_server.passwordMatches(u"import001@pec.example.it"_s, u"onlyletters"_s));

        const Run listed = viaProfile({ u"--json"_s, u"list"_s, u"pec.example.it"_s, u"--filter"_s, u"import"_s });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray mailboxes = listed.json().value(u"mailboxes"_s).toArray();
        QCOMPARE(mailboxes.size(), 120);
        for (const QJsonValue &mailbox : mailboxes) {
            const QString name = mailbox.toObject().value(u"name"_s).toString();
            const int number = name.mid(6).toInt();
            const int expected = number % 4 == 1 ? 2048 : number % 4 == 2 ? 50 : 1024;
            QCOMPARE(mailbox.toObject().value(u"quotaMb"_s).toInt(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliUnknownLimits)
#include "tst_cliunknownlimits.moc"
