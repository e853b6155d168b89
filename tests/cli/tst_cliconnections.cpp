// pecadmin-cli against the real SCIM test server: --scim with --user, and --profile from the
// GUI's settings; the password from PECADMIN_PASSWORD or from standard input, never an argument.
#include "connection/profilestore.h"
#include "support/programrun.h"
#include "support/scimserverprocess.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

class TestCliConnections : public QObject
{
    Q_OBJECT

private:
    test::ScimServerProcess m_server;
    QTemporaryDir m_home;

    using Run = test::ProgramRun;

    // The settings of this test only, and no keyring at all.
    Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &password = {})
    {
        QProcessEnvironment environment = test::isolatedEnvironment(m_home.path());
        if (!password.isEmpty())
            environment.insert(u"PECADMIN_PASSWORD"_s, password);
        return test::runProgram(QStringLiteral(PECADMIN_CLI_PATH), arguments, environment, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString failure = m_server.start();
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
    }

    void scimWithPasswordFromEnvironment()
    {
        const Run listed = run({ u"--scim"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user(), u"--json"_s,
                                   u"list"_s, u"pec.example.it"_s },
            {}, m_server.password());
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(u"postmaster@pec.example.it"_s));
    }

    void scimWithPasswordFromStandardInput()
    {
        // Every command works against the server: create, then show.
        const Run created
            = run({ u"--scim"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user(), u"create"_s,
                      u"cli.utente@pec.example.it"_s, u"--quota-mb"_s, u"100"_s, u"--generate-password"_s },
                m_server.password().toUtf8() + '\n');
        QVERIFY2(created.exitCode == 0, qPrintable(created.err + created.out));
        const Run shown = run({ u"--scim"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user(), u"show"_s,
                                  u"cli.utente@pec.example.it"_s },
            m_server.password().toUtf8() + '\n');
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY(shown.out.contains(u"cli.utente@pec.example.it"_s));
    }

    void domainsAreTheProviders()
    {
        // The provider's server keeps its domains: edit and remove are refused, changing nothing.
        const QStringList scim { u"--scim"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user() };
        const Run edited = run(
            scim + QStringList { u"domain"_s, u"edit"_s, u"pec.example.it"_s, u"--space-mb"_s, u"1"_s, u"--json"_s },
            {}, m_server.password());
        QCOMPARE(edited.exitCode, 1);
        QVERIFY2(edited.err.contains(u"\"unsupported\""_s), qPrintable(edited.err));
        QVERIFY(edited.err.contains(u"provider"_s));
        const Run removed = run(
            scim + QStringList { u"domain"_s, u"remove"_s, u"pec.example.it"_s, u"--yes"_s }, {}, m_server.password());
        QCOMPARE(removed.exitCode, 1);
        QVERIFY2(removed.err.contains(u"ask the provider to remove it"_s), qPrintable(removed.err));
        const Run listed = run(scim + QStringList { u"list"_s, u"pec.example.it"_s }, {}, m_server.password());
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(u"postmaster@pec.example.it"_s));
    }

    void wrongPasswordRefused()
    {
        const Run refused = run({ u"--scim"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user(), u"list"_s,
                                    u"pec.example.it"_s },
            "not-the-password\n");
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.err.contains(u"refused"_s));
        QVERIFY(!refused.err.contains(u"not-the-password"_s));
    }

    void missingUser()
    {
        const Run refused = run({ u"--scim"_s, m_server.baseUrl().toString(), u"list"_s, u"pec.example.it"_s },
            m_server.password().toUtf8() + '\n');
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.err.contains(u"--user"_s));
    }

    void savedProfile()
    {
        // Saved as the GUI saves it, in the GUI's settings file.
        {
            QSettings settings(m_home.filePath(u"config/pecadmin/pecadmin.conf"_s), QSettings::IniFormat);
            ProfileStore profiles(settings, nullptr);
            ConnectionProfile profile;
            profile.name = u"Provider"_s;
            profile.kind = ConnectionProfile::Kind::Scim;
            profile.baseUrl = m_server.baseUrl();
            profile.user = m_server.user();
            profile.domains = QStringList { u"pec.example.it"_s };
            QVERIFY(!profiles.saveProfile(profile).isCanceled()); // no keyring: the secret is not kept
            QVERIFY(profiles.contains(u"Provider"_s));
        }
        const Run fromEnvironment
            = run({ u"--profile"_s, u"Provider"_s, u"list"_s, u"pec.example.it"_s }, {}, m_server.password());
        QVERIFY2(fromEnvironment.exitCode == 0, qPrintable(fromEnvironment.err));
        QVERIFY(fromEnvironment.out.contains(u"postmaster@pec.example.it"_s));

        const Run fromInput = run(
            { u"--profile"_s, u"Provider"_s, u"list"_s, u"pec.example.it"_s }, m_server.password().toUtf8() + '\n');
        QVERIFY2(fromInput.exitCode == 0, qPrintable(fromInput.err));
        QVERIFY(fromInput.out.contains(u"cli.utente@pec.example.it"_s));

        const Run unknown
            = run({ u"--profile"_s, u"Nowhere"_s, u"list"_s, u"pec.example.it"_s }, {}, m_server.password());
        QVERIFY(unknown.exitCode != 0);
        QVERIFY(unknown.err.contains(u"Nowhere"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliConnections)
#include "tst_cliconnections.moc"
