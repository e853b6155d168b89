// pecadmin-cli against the second SCIM test server (tests/scim-server-alt) in the shapes of
// providers' servers, every seed operation through the command line; `check` against both test
// servers and against a broken one; what a script reads when the server ends the session.
#include "support/programrun.h"
#include "support/scimserverprocess.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

const QString token = u"cli-alt-token-77a0"_s;

using Run = test::ProgramRun;

} // namespace

class TestCliScim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // The program with `arguments`; PECADMIN_PASSWORD set to `password` when given, and the
    // token in the environment variable PEC_TOKEN.
    Run run(const QStringList &arguments, const QString &password = {}, const QByteArray &input = {})
    {
        // The settings of this test only, and no keyring at all.
        QProcessEnvironment environment = test::isolatedEnvironment(m_home.path());
        environment.insert(u"PEC_TOKEN"_s, token);
        if (!password.isEmpty())
            environment.insert(u"PECADMIN_PASSWORD"_s, password);
        return test::runProgram(QStringLiteral(PECADMIN_CLI_PATH), arguments, environment, input);
    }

    static QStringList connection(const test::ScimServerProcess &server, bool bearer)
    {
        QStringList arguments { u"--scim"_s, server.baseUrl().toString(), u"--domain"_s, u"pec.example.it"_s,
            u"--domain"_s, u"studio.example.it"_s };
        if (bearer)
            arguments << u"--token-env"_s << u"PEC_TOKEN"_s;
        else
            arguments << u"--user"_s << server.user();
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("SCIM_TEST_TOKEN", token.toUtf8());
    }

    void everySeedOperation_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("bearer");
        QTest::addColumn<QStringList>("domainOptions"); // how the command line learns the domains
        // A provider's server: no Domain resource (the domains are named, their limits unknown),
        // pages of 25, no sorting.
        QTest::newRow("no Domain resource, maxResults 25, no sort")
            << QStringList { u"--no-domain-resource"_s, u"--max-results"_s, u"25"_s, u"--no-sort"_s } << false
            << QStringList { u"--domain"_s, u"pec.example.it"_s, u"--domain"_s, u"studio.example.it"_s };
        QTest::newRow("PATCH 204, weak ETag headers, bearer token") << QStringList { u"--patch-204"_s, u"--etag"_s,
            u"header-weak"_s, u"--auth"_s, u"bearer"_s } << true << QStringList {};
    }

    void everySeedOperation()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, bearer);
        QFETCH(QStringList, domainOptions);
        test::ScimServerProcess server(test::ScimServerProcess::Server::Alternative);
        START_SCIM_SERVER(server, options + QStringList { u"--seed"_s, u"40"_s });
        const QStringList on = connection(server, bearer) + domainOptions;
        const QString password = bearer ? QString() : server.password();
        const auto ok = [](const Run &result) {
            return result.exitCode == 0 ? QByteArray()
                                        : (u"exit %1: "_s.arg(result.exitCode) + result.err + result.out).toUtf8();
        };

        const Run domains = run(on + QStringList { u"--json"_s, u"domain"_s, u"list"_s }, password);
        QVERIFY2(ok(domains).isEmpty(), ok(domains).constData());
        QVERIFY(domains.out.contains(u"studio.example.it"_s));
        const Run shownDomain = run(on + QStringList { u"domain"_s, u"show"_s, u"pec.example.it"_s }, password);
        QVERIFY2(ok(shownDomain).isEmpty(), ok(shownDomain).constData());
        // The server has no language of the messages to the domain's users: none is made up, and
        // none is set.
        QVERIFY2(shownDomain.out.contains(
                     QRegularExpression(u"Language of the messages to users: +not stated by the server\n"_s)),
            qPrintable(shownDomain.out));
        for (const QJsonValue domain :
            QJsonDocument::fromJson(domains.out.toUtf8()).object().value(u"domains"_s).toArray()) {
            QVERIFY(domain.toObject().contains(u"language"_s));
            QVERIFY(domain.toObject().value(u"language"_s).isNull());
        }
        const Run language
            = run(on + QStringList { u"domain"_s, u"edit"_s, u"pec.example.it"_s, u"--language"_s, u"en"_s }, password);
        QCOMPARE(language.exitCode, 1);
        QVERIFY2(language.err.contains(u"ask the provider to change the contract"_s), qPrintable(language.err));

        // The whole list, sorted, across the server's pages.
        const Run listed = run(on + QStringList { u"--json"_s, u"list"_s, u"pec.example.it"_s }, password);
        QVERIFY2(ok(listed).isEmpty(), ok(listed).constData());
        const QJsonDocument listDocument = QJsonDocument::fromJson(listed.out.toUtf8());
        QJsonArray rows = listDocument.object().value(u"mailboxes"_s).toArray();
        if (rows.isEmpty())
            rows = listDocument.array();
        QCOMPARE(rows.size(), 41);
        QStringList addresses;
        for (const QJsonValue row : std::as_const(rows))
            addresses.append(row.toObject().value(u"address"_s).toString());
        QStringList sorted = addresses;
        sorted.sort();
        QCOMPARE(addresses, sorted);
        const Run byQuota
            = run(on + QStringList { u"list"_s, u"pec.example.it"_s, u"--sort"_s, u"quota"_s, u"--limit"_s, u"30"_s },
                password);
        QVERIFY2(ok(byQuota).isEmpty(), ok(byQuota).constData());

        // One mailbox through every command.
        const QString address = u"cli.alt@pec.example.it"_s;
        const Run created = run(
            on + QStringList { u"create"_s, address, u"--quota-mb"_s, u"100"_s, u"--generate-password"_s }, password);
        QVERIFY2(ok(created).isEmpty(), ok(created).constData());
        QVERIFY2(ok(run(on + QStringList { u"show"_s, address }, password)).isEmpty(), "show");
        QVERIFY2(ok(run(on + QStringList { u"quota"_s, address, u"200"_s }, password)).isEmpty(), "quota");
        QVERIFY2(ok(run(on + QStringList { u"soft-quota"_s, address, u"150"_s }, password)).isEmpty(), "soft-quota");
        QVERIFY2(ok(run(on + QStringList { u"disable"_s, address }, password)).isEmpty(), "disable");
        QVERIFY2(ok(run(on + QStringList { u"enable"_s, address }, password)).isEmpty(), "enable");
        QVERIFY2(ok(run(on + QStringList { u"archiving"_s, address, u"on"_s }, password)).isEmpty(), "archiving");
        const Run reset = run(on + QStringList { u"password"_s, address }, password, "Nuova2026pec\nNuova2026pec\n");
        QVERIFY2(ok(reset).isEmpty(), ok(reset).constData());
        QVERIFY(server.passwordMatches(address, u"Nuova2026pec"_s));
        const Run shown = run(on + QStringList { u"--json"_s, u"show"_s, address }, password);
        const QJsonObject mailbox = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(mailbox.value(u"quotaMb"_s).toInt(), 200);
        QCOMPARE(mailbox.value(u"archiving"_s).toBool(), true);
        QVERIFY2(ok(run(on + QStringList { u"delete"_s, address, u"--yes"_s }, password)).isEmpty(), "delete");
        const Run missing = run(on + QStringList { u"show"_s, address }, password);
        QCOMPARE(missing.exitCode, 1);

        // An import of 120 rows, and the export of what is there.
        QTemporaryDir files;
        QString csv = u"name,password,quota_mb,soft_quota_mb,archiving,enabled\n"_s;
        for (int i = 1; i <= 120; ++i)
            csv += u"import%1,,20,,no,yes\n"_s.arg(i, 3, 10, QChar(u'0'));
        QFile file(files.filePath(u"rows.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
        file.close();
        const Run imported = run(on + QStringList { u"import"_s, u"pec.example.it"_s, file.fileName() }, password);
        QVERIFY2(ok(imported).isEmpty(), ok(imported).constData());
        const Run exported = run(on + QStringList { u"export"_s, u"pec.example.it"_s }, password);
        QVERIFY2(ok(exported).isEmpty(), ok(exported).constData());
        QCOMPARE(exported.out.count(u"@pec.example.it"_s) + exported.out.count(u"import"_s) > 0, true);
        QCOMPARE(exported.out.count(u"import"_s), 120);
        QVERIFY(server.passwordMatches(u"postmaster@pec.example.it"_s, u"Postmaster0pass"_s));
    }

    void sessionEndedTellsTheScriptWhatToDo()
    {
        test::ScimServerProcess server(test::ScimServerProcess::Server::Alternative);
        START_SCIM_SERVER(server, { u"--expire-after"_s, u"5"_s });
        const QStringList on = connection(server, false);
        // Discovery takes three requests, the list one: the next command's first request is refused.
        const Run first = run(on + QStringList { u"list"_s, u"pec.example.it"_s }, server.password());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        server.control("DELETE", u"requests"_s);
        const Run ended = run(on + QStringList { u"list"_s, u"pec.example.it"_s }, server.password());
        QCOMPARE(ended.exitCode, 1);
        QVERIFY2(ended.err.contains(u"The server ended the session: run the command again."_s), qPrintable(ended.err));
        QVERIFY(!ended.err.contains(u"password"_s));

        // With a password that no one typed, an idempotent request refused after the session
        // worked is sent once more before the session counts as ended.
        server.control("POST", u"config"_s, QJsonObject { { u"expireAfter"_s, 3 } });
        server.control("DELETE", u"requests"_s);
        const Run resent = run(on + QStringList { u"list"_s, u"pec.example.it"_s }, server.password());
        QCOMPARE(resent.exitCode, 1);
        QVERIFY2(resent.err.contains(u"run the command again"_s), qPrintable(resent.err));
        const QJsonArray requests = QJsonDocument::fromJson(server.control("GET", u"requests"_s)).array();
        QCOMPARE(requests.size(), 5); // discovery (3), then the list refused twice
        QCOMPARE(requests.at(3).toObject().value(u"url"_s), requests.at(4).toObject().value(u"url"_s));

        // A password typed on standard input is not sent again.
        server.control("POST", u"config"_s, QJsonObject { { u"expireAfter"_s, 3 } });
        server.control("DELETE", u"requests"_s);
        const Run typed
            = run(on + QStringList { u"list"_s, u"pec.example.it"_s }, {}, server.password().toUtf8() + '\n');
        QCOMPARE(typed.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(server.control("GET", u"requests"_s)).array().size(), 4);
    }

    void connectionOptions()
    {
        test::ScimServerProcess server(test::ScimServerProcess::Server::Alternative);
        START_SCIM_SERVER(server, { u"--no-domain-resource"_s });
        // --domain names the domains of a server without Domain resources.
        const Run domains = run({ u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"--domain"_s,
                                    u"studio.example.it"_s, u"domain"_s, u"list"_s },
            server.password());
        QVERIFY2(domains.exitCode == 0, qPrintable(domains.err));
        QVERIFY(domains.out.contains(u"studio.example.it"_s));
        QVERIFY(!domains.out.contains(u"pec.example.it"_s));
        // A domain that is not among them is not there, rather than empty.
        const Run other = run({ u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"--domain"_s,
                                  u"studio.example.it"_s, u"list"_s, u"pec.example.it"_s },
            server.password());
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains(u"does not exist"_s), qPrintable(other.err));
        // Without --domain, no domain is known: the program says how to name them, not to add one.
        const Run none
            = run({ u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"domain"_s, u"list"_s },
                server.password());
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains(u"--domain NAME"_s), qPrintable(none.out));
        QVERIFY(!none.out.contains(u"demo"_s));
        // The token's variable must hold one; the token never goes on the command line.
        const Run empty = run({ u"--scim"_s, server.baseUrl().toString(), u"--token-env"_s, u"NO_SUCH_VARIABLE"_s,
            u"domain"_s, u"list"_s });
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(u"NO_SUCH_VARIABLE"_s), qPrintable(empty.err));
        const Run both = run({ u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"--token-env"_s,
            u"PEC_TOKEN"_s, u"domain"_s, u"list"_s });
        QCOMPARE(both.exitCode, 2);
        // A CA file that is not a certificate.
        const Run badCa = run({ u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"--ca"_s,
                                  m_home.filePath(u"missing.pem"_s), u"domain"_s, u"list"_s },
            server.password());
        QVERIFY(badCa.exitCode != 0);
        QVERIFY2(badCa.err.contains(u"missing.pem"_s), qPrintable(badCa.err));
        // The wrong address: no SCIM service there, not a missing mailbox.
        QUrl wrong = server.baseUrl();
        wrong.setPath(u"/scim/v1"_s);
        const Run nowhere = run(
            { u"--scim"_s, wrong.toString(), u"--user"_s, server.user(), u"show"_s, u"postmaster@pec.example.it"_s },
            server.password());
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY2(nowhere.err.contains(u"no SCIM service at"_s), qPrintable(nowhere.err));
    }

    void checkPasses_data()
    {
        QTest::addColumn<bool>("alternative");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first test server") << false << QStringList {}
                                           << QStringList { u"Versions come in meta.version"_s,
                                                  u"Sorting is supported"_s, u"answered 200 with the mailbox"_s };
        QTest::newRow("providers' shape")
            << true
            << QStringList { u"--no-domain-resource"_s, u"--max-results"_s, u"25"_s, u"--no-sort"_s, u"--patch-204"_s,
                   u"--etag"_s, u"header-weak"_s }
            << QStringList { u"Versions come in the ETag header only (W/"_s, u"Sorting is not supported"_s,
                   u"answered 204"_s, u"maxResults is 25"_s, u"There is no Domain resource type"_s };
    }

    void checkPasses()
    {
        QFETCH(bool, alternative);
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        test::ScimServerProcess server(
            alternative ? test::ScimServerProcess::Server::Alternative : test::ScimServerProcess::Server::Scimmy);
        START_SCIM_SERVER(server, options);
        const Run checked = run({ u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"--domain"_s,
                                    u"pec.example.it"_s, u"check"_s },
            server.password());
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        QVERIFY2(!checked.out.contains(u"FAIL"_s) && !checked.out.contains(u"fail "_s), qPrintable(checked.out));
        for (const QString &text : expected)
            QVERIFY2(checked.out.contains(text), qPrintable(text + u"\n"_s + checked.out));
        QVERIFY(checked.out.contains(u"The server can be used with PEC Admin."_s));
        // The check's own mailboxes are gone.
        const Run listed = run({ u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"--domain"_s,
                                   u"pec.example.it"_s, u"list"_s, u"pec.example.it"_s },
            server.password());
        QVERIFY(!listed.out.contains(u"pecadmin-check"_s));

        // In JSON, one object per check.
        const Run json = run({ u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"--domain"_s,
                                 u"pec.example.it"_s, u"--json"_s, u"check"_s },
            server.password());
        const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(result.value(u"usable"_s).toBool());
        QCOMPARE(result.value(u"checks"_s).toArray().size(), 13);
    }

    void checkFindsWhatIsWrong()
    {
        // Versions off: a failure that does not block.
        test::ScimServerProcess server(test::ScimServerProcess::Server::Alternative);
        START_SCIM_SERVER(server, { u"--etag"_s, u"none"_s });
        const Run noVersions = run(
            { u"--scim"_s, server.baseUrl().toString(), u"--user"_s, server.user(), u"check"_s }, server.password());
        QVERIFY2(noVersions.exitCode == 0, qPrintable(noVersions.out + noVersions.err));
        QVERIFY(noVersions.out.contains(u"fail  etag: Versions (ETags) are not supported."_s));
        QVERIFY(noVersions.out.contains(u"the last change wins"_s));

        // A server without PATCH nor the mailbox extension: blocking failures, exit status 1.
        QHttpServer broken;
        broken.route(u"/scim/v2/ServiceProviderConfig"_s, [] {
            return QHttpServerResponse("application/scim+json",
                "{\"patch\":{\"supported\":false},\"filter\":{\"supported\":true,\"maxResults\":10},"
                "\"sort\":{\"supported\":false},\"etag\":{\"supported\":false}}");
        });
        broken.route(u"/scim/v2/ResourceTypes"_s, [] {
            return QHttpServerResponse("application/scim+json",
                "{\"totalResults\":1,\"Resources\":[{\"id\":\"User\",\"name\":\"User\",\"endpoint\":\"/Users\","
                "\"schema\":\"urn:ietf:params:scim:schemas:core:2.0:User\"}]}");
        });
        const quint16 port = broken.listen(QHostAddress::LocalHost, 0);
        const QString url = u"http://127.0.0.1:"_s + QString::number(port) + u"/scim/v2"_s;
        const Run failed
            = run({ u"--scim"_s, url, u"--user"_s, u"admin"_s, u"--domain"_s, u"pec.example.it"_s, u"check"_s },
                u"whatever"_s);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains(u"FAIL  extension"_s), qPrintable(failed.out + failed.err));
        QVERIFY(failed.out.contains(u"FAIL  patch: PATCH is not supported."_s));
        QVERIFY(failed.out.contains(u"cannot be used with PEC Admin"_s));

        // Nothing there at all.
        const Run nowhere
            = run({ u"--scim"_s, url + u"/elsewhere"_s, u"--user"_s, u"admin"_s, u"check"_s }, u"whatever"_s);
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY2(nowhere.out.contains(u"FAIL  discovery: There is no SCIM service at"_s), qPrintable(nowhere.out));
    }
};

QTEST_GUILESS_MAIN(TestCliScim)
#include "tst_cliscim.moc"
