// ScimMailboxService against a server that misbehaves on purpose: a Qt HTTP server on
// 127.0.0.1 that answers discovery correctly and /Users as each test says.
#include "scim/scimmailboxservice.h"
#include "support/await.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <list>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using Code = ServiceError::Code;
using Method = QHttpServerRequest::Method;

namespace {

QByteArray userJson(const QString &id, const QString &userName, int version = 1)
{
    const QJsonObject user {
        { u"schemas"_s, QJsonArray { ScimProtocol::userSchema, ScimProtocol::mailboxSchema } },
        { u"id"_s, id },
        { u"userName"_s, userName },
        { u"active"_s, true },
        { u"meta"_s,
            QJsonObject { { u"created"_s, u"2024-01-01T08:00:00Z"_s },
                { u"version"_s, QString(u"W/\""_s + QString::number(version) + u'"') } } },
        { ScimProtocol::mailboxSchema,
            QJsonObject { { u"quotaMb"_s, 100 }, { u"softQuotaMb"_s, 0 }, { u"usedBytes"_s, 0 },
                { u"archiving"_s, false }, { u"mustChangePassword"_s, true } } },
    };
    return QJsonDocument(user).toJson(QJsonDocument::Compact);
}

QByteArray listJson(const QList<QByteArray> &users, int total = -1)
{
    QJsonArray resources;
    for (const QByteArray &user : users)
        resources.append(QJsonDocument::fromJson(user).object());
    return QJsonDocument(QJsonObject { { u"schemas"_s, QJsonArray { ScimProtocol::listResponseSchema } },
                             { u"totalResults"_s, total < 0 ? int(users.size()) : total }, { u"startIndex"_s, 1 },
                             { u"Resources"_s, resources } })
        .toJson(QJsonDocument::Compact);
}

// The server: discovery answered properly, /Users by the handler a test sets.
class FaultServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

    explicit FaultServer(bool tls = false, const QString &certificateFile = {}, const QString &keyFile = {})
    {
        const auto json = [](const QByteArray &body) { return QHttpServerResponse("application/scim+json", body); };
        m_server.route(u"/scim/v2/ServiceProviderConfig"_s, [json] {
            return json(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\"],\n"
                "                "
                "\"patch\":{\"supported\":true},\"bulk\":{\"supported\":false},\"filter\":{\"supported\":true,"
                "\"maxResults\":100},\n"
                "                "
                "\"changePassword\":{\"supported\":true},\"sort\":{\"supported\":true},\"etag\":{\"supported\":true}}");
        });
        m_server.route(u"/scim/v2/ResourceTypes"_s, [json] {
            return json("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":1,\n"
                        "                \"Resources\":[{\"id\":\"User\",\"name\":\"User\",\"endpoint\":\"/Users\",\n"
                        "                  \"schema\":\"urn:ietf:params:scim:schemas:core:2.0:User\",\n"
                        "                  "
                        "\"schemaExtensions\":[{\"schema\":\"urn:ietf:params:scim:schemas:extension:pecadmin:2.0:"
                        "Mailbox\",\"required\":false}]}]}");
        });
        m_server.route(u"/scim/v2/Schemas"_s, [json] {
            return json("{\"totalResults\":1,\"Resources\":[{\"id\":\"urn:ietf:params:scim:schemas:extension:pecadmin:"
                        "2.0:Mailbox\"}]}");
        });
        m_server.route(
            u"/scim/v2/Users"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                record(request);
                users(request, std::move(responder));
            });
        m_server.route(u"/scim/v2/Users/<arg>"_s,
            [this](const QString &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                record(request);
                user(request, std::move(responder));
            });
        if (tls) {
            QFile certificate(certificateFile);
            QFile key(keyFile);
            if (certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly))
                m_server.sslSetup(QSslCertificate(&certificate, QSsl::Pem), QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        }
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        m_tls = tls;
    }

    ScimConnection connection() const
    {
        ScimConnection connection;
        connection.baseUrl
            = QUrl((m_tls ? u"https"_s : u"http"_s) + u"://127.0.0.1:"_s + QString::number(m_port) + u"/scim/v2"_s);
        connection.username = u"admin"_s;
        connection.secret = u"throwaway"_s;
        connection.domains = { u"pec.example.it"_s };
        connection.timeoutMs = 2000;
        return connection;
    }

    int count(Method method) const { return m_counts.value(int(method)); }
    // Keeps a request open without ever answering it.
    void hold(QHttpServerResponder &&responder) { m_held.push_back(std::move(responder)); }

    Handler users = [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(listJson({}), "application/scim+json");
    };
    Handler user = [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    };

private:
    void record(const QHttpServerRequest &request) { m_counts[int(request.method())] += 1; }

    QHttpServer m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    QHash<int, int> m_counts;
    std::list<QHttpServerResponder> m_held;
};

void dropConnection(QHttpServerResponder &responder)
{
    responder.socket()->abort();
}

QString filterOf(const QHttpServerRequest &request)
{
    return request.query().queryItemValue(u"filter"_s, QUrl::FullyDecoded);
}

NewMailbox newMailbox(const QString &name)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = u"pec.example.it"_s;
    mailbox.password = u"Segreto1234"_s;
    mailbox.quotaMb = 100;
    return mailbox;
}

MailboxQuery domainQuery()
{
    MailboxQuery query;
    query.domain = u"pec.example.it"_s;
    return query;
}

} // namespace

class TestScimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeoutIsANetworkErrorAfterRetries()
    {
        FaultServer server;
        server.users = [&server](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            server.hold(std::move(responder));
        };
        ScimConnection connection = server.connection();
        connection.timeoutMs = 400;
        ScimMailboxService service(connection);
        service.setRetryPolicy(2, 10);
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        QElapsedTimer timer;
        timer.start();
        const Result<MailboxPage> page = await(service.mailboxes(domainQuery()));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code(), Code::Network);
        QVERIFY2(page.error().message().contains(u"did not answer"_s), qPrintable(page.error().message()));
        QCOMPARE(server.count(Method::Get), 2); // sent twice
        QVERIFY2(timer.elapsed() >= 750, qPrintable(QString::number(timer.elapsed()) + page.error().detail()));
    }

    void garbageBody()
    {
        FaultServer server;
        server.users = [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write(QByteArray("<html><body>Welcome to nginx!</body></html>"), "text/html");
        };
        ScimMailboxService service(server.connection());
        const Result<MailboxPage> page = await(service.mailboxes(domainQuery()));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code(), Code::Server);
        QCOMPARE(page.error().message(), u"The server answered with something that is not SCIM."_s);
    }

    void garbageDiscovery()
    {
        // A server that is not SCIM at all: the very first answer is refused.
        QHttpServer web;
        web.route(
            u"/scim/v2/ServiceProviderConfig"_s, [] { return QHttpServerResponse("text/html", "<h1>Login</h1>"); });
        const quint16 port = web.listen(QHostAddress::LocalHost, 0);
        ScimConnection connection;
        connection.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port) + u"/scim/v2"_s);
        ScimMailboxService service(connection);
        const Outcome connected = await(service.connectToServer());
        QVERIFY(!connected.ok());
        QCOMPARE(connected.error().code(), Code::Server);
        QVERIFY(!service.isConnected());
    }

    void discoveryErrorsSpeakOfTheService_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("web page") << u"html"_s << u"answered, but not as a SCIM service"_s;
        QTest::newRow("JSON that is not SCIM") << u"json"_s << u"answered, but not as a SCIM service"_s;
        QTest::newRow("nothing there") << u"404"_s << u"There is no SCIM service at"_s;
        QTest::newRow("redirect") << u"redirect"_s << u"sends elsewhere (https://elsewhere.example/scim/v2)"_s;
        QTest::newRow("error page") << u"502"_s << u"answered, but not as a SCIM service"_s;
    }

    void discoveryErrorsSpeakOfTheService()
    {
        QFETCH(QString, answer);
        QFETCH(QString, expected);
        QHttpServer web;
        web.route(u"/scim/v2/ServiceProviderConfig"_s, [answer](const QHttpServerRequest &, QHttpServerResponder &&r) {
            if (answer == u"html")
                r.write(QByteArray("<html><body>Welcome</body></html>"), "text/html");
            else if (answer == u"json")
                r.write(QByteArray("{\"status\": \"ok\"}"), "application/json");
            else if (answer == u"404")
                r.write(QHttpServerResponder::StatusCode::NotFound);
            else if (answer == u"502")
                r.write(QByteArray("<h1>Bad gateway</h1>"), "text/html", QHttpServerResponder::StatusCode::BadGateway);
            else
                r.write(QByteArray(), { { "Location", "https://elsewhere.example/scim/v2" } },
                    QHttpServerResponder::StatusCode::MovedPermanently);
        });
        const quint16 port = web.listen(QHostAddress::LocalHost, 0);
        ScimConnection connection;
        connection.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port) + u"/scim/v2"_s);
        ScimMailboxService service(connection);
        const Outcome connected = await(service.connectToServer());
        QVERIFY(!connected.ok());
        QVERIFY2(connected.error().message().contains(expected), qPrintable(connected.error().message()));
        QVERIFY(connected.error().message().contains(connection.baseUrl.toString()));
        QVERIFY(!connected.error().message().contains(u"mailbox"_s));
        QCOMPARE(connected.error().field(), u"url"_s);
        QVERIFY(!service.isConnected());
    }

    void missingMailboxStaysAMissingMailbox()
    {
        // Once connected, a 404 speaks of the mailbox, not of the service.
        FaultServer server;
        server.users = [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.method() == Method::Get)
                responder.write(listJson({ userJson(u"u1"_s, u"gone@pec.example.it"_s) }), "application/scim+json");
            else
                responder.write(QByteArray("{\"status\":\"404\",\"detail\":\"no such user\"}"), "application/scim+json",
                    QHttpServerResponder::StatusCode::NotFound);
        };
        server.user = [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write(QByteArray("{\"status\":\"404\",\"detail\":\"no such user\"}"), "application/scim+json",
                QHttpServerResponder::StatusCode::NotFound);
        };
        ScimMailboxService service(server.connection());
        const Result<Mailbox> changed
            = await(service.changeMailbox(MailboxChange { u"gone@pec.example.it"_s, {}, false, {}, {}, {} }));
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code(), Code::NotFound);
        QVERIFY2(changed.error().message().contains(u"mailbox"_s), qPrintable(changed.error().message()));
    }

    void serverErrorIsNotRetried()
    {
        FaultServer server;
        server.users = [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write(QByteArray("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":"
                                       "\"500\",\"detail\":\"database down\"}"),
                "application/scim+json", QHttpServerResponder::StatusCode::InternalServerError);
        };
        ScimMailboxService service(server.connection());
        service.setRetryPolicy(3, 10);
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        const Result<MailboxPage> page = await(service.mailboxes(domainQuery()));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code(), Code::Server);
        QCOMPARE(page.error().detail(), u"HTTP 500: database down"_s);
        QCOMPARE(server.count(Method::Get), 1);
    }

    void busyThenSuccessHonoursRetryAfter()
    {
        FaultServer server;
        int calls = 0;
        server.users = [&calls](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            if (++calls == 1) {
                responder.write(QByteArray("{\"status\":\"503\",\"detail\":\"busy\"}"),
                    { { "Content-Type", "application/scim+json" }, { "Retry-After", "1" } },
                    QHttpServerResponder::StatusCode::ServiceUnavailable);
                return;
            }
            responder.write(listJson({ userJson(u"1"_s, u"mario.rossi@pec.example.it"_s) }), "application/scim+json");
        };
        ScimMailboxService service(server.connection());
        service.setRetryPolicy(3, 10); // a back-off of 10 ms, yet the server asked for a second
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        QElapsedTimer timer;
        timer.start();
        const Result<MailboxPage> page = await(service.mailboxes(domainQuery()));
        PECADMIN_VERIFY_OK(page);
        QCOMPARE(page.value().mailboxes.size(), 1);
        QCOMPARE(calls, 2);
        QVERIFY2(timer.elapsed() >= 950, QByteArray::number(timer.elapsed()).constData());
    }

    void droppedConnectionRetriesAGet()
    {
        FaultServer server;
        int calls = 0;
        server.users = [&calls](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            if (++calls == 1) {
                dropConnection(responder);
                return;
            }
            responder.write(listJson({ userJson(u"1"_s, u"mario.rossi@pec.example.it"_s) }), "application/scim+json");
        };
        ScimMailboxService service(server.connection());
        service.setRetryPolicy(3, 10);
        const Result<MailboxPage> page = await(service.mailboxes(domainQuery()));
        PECADMIN_VERIFY_OK(page);
        QCOMPARE(calls, 2);
    }

    void lostPostAnswerLooksTheMailboxUp()
    {
        FaultServer server;
        QList<QByteArray> created;
        server.users = [&created](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.method() == Method::Post) {
                const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                created.append(
                    userJson(u"id-"_s + QString::number(created.size() + 1), body.value(u"userName"_s).toString()));
                dropConnection(responder); // created, and the answer never arrives
                return;
            }
            const QString filter = filterOf(request);
            if (filter.startsWith(u"userName eq"_s)) {
                QList<QByteArray> matching;
                for (const QByteArray &user : std::as_const(created)) {
                    if (filter.contains(QJsonDocument::fromJson(user).object().value(u"userName"_s).toString()))
                        matching.append(user);
                }
                responder.write(listJson(matching), "application/scim+json");
                return;
            }
            responder.write(listJson({}, int(created.size())), "application/scim+json");
        };
        ScimMailboxService service(server.connection());
        service.setRetryPolicy(3, 10);
        const Result<Mailbox> mailbox = await(service.createMailbox(newMailbox(u"mario.rossi"_s)));
        PECADMIN_VERIFY_OK(mailbox);
        QCOMPARE(mailbox.value().address(), u"mario.rossi@pec.example.it"_s);
        QCOMPARE(server.count(Method::Post), 1); // never sent twice
        QCOMPARE(created.size(), 1);
    }

    void lostPostWithoutMailboxIsANetworkError()
    {
        FaultServer server;
        server.users = [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.method() == Method::Post) {
                dropConnection(responder); // nothing created
                return;
            }
            responder.write(listJson({}), "application/scim+json");
        };
        ScimMailboxService service(server.connection());
        service.setRetryPolicy(3, 10);
        const Result<Mailbox> mailbox = await(service.createMailbox(newMailbox(u"mario.rossi"_s)));
        QVERIFY(!mailbox.ok());
        QCOMPARE(mailbox.error().code(), Code::Network);
        QCOMPARE(server.count(Method::Post), 1);
    }

    void preconditionFailedIsAConflict()
    {
        FaultServer server;
        server.users = [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (filterOf(request).startsWith(u"userName eq"_s)) {
                responder.write(
                    listJson({ userJson(u"7"_s, u"mario.rossi@pec.example.it"_s, 3) }), "application/scim+json");
                return;
            }
            responder.write(listJson({}, 1), "application/scim+json");
        };
        QByteArray ifMatch;
        server.user = [&ifMatch](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            ifMatch = request.value("If-Match");
            responder.write(QByteArray("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":"
                                       "\"412\",\"detail\":\"version mismatch\"}"),
                "application/scim+json", QHttpServerResponder::StatusCode::PreconditionFailed);
        };
        ScimMailboxService service(server.connection());
        const Result<Mailbox> changed = await(
            service.changeMailbox(MailboxChange { u"mario.rossi@pec.example.it"_s, u"W/\"3\""_s, false, {}, {}, {} }));
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code(), Code::Conflict);
        QCOMPARE(ifMatch, QByteArray("W/\"3\""));
    }

    void reachabilityFollowsTheAnswers()
    {
        FaultServer server;
        enum { Answers, AnswersWithAnError, Unavailable, Drops } state = Answers;
        server.users = [&state](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            if (state == Drops) {
                dropConnection(responder);
                return;
            }
            if (state == Unavailable) {
                responder.write(QByteArray("{\"status\":\"503\",\"detail\":\"backend down\"}"), "application/scim+json",
                    QHttpServerResponder::StatusCode::ServiceUnavailable);
                return;
            }
            if (state == AnswersWithAnError) {
                responder.write(QByteArray("{\"status\":\"500\",\"detail\":\"database down\"}"),
                    "application/scim+json", QHttpServerResponder::StatusCode::InternalServerError);
                return;
            }
            responder.write(listJson({}), "application/scim+json");
        };
        ScimMailboxService service(server.connection());
        service.setRetryPolicy(2, 10);
        QSignalSpy changes(&service, &MailboxService::reachabilityChanged);
        PECADMIN_VERIFY_OK(await(service.connectToServer()));
        QVERIFY(service.isReachable());

        state = Drops;
        const Result<MailboxPage> lost = await(service.mailboxes(domainQuery()));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code(), Code::Network);
        // The retry got no answer either (Qt's HTTP layer may send a dropped GET once more by itself).
        QVERIFY(server.count(Method::Get) >= 2);
        QVERIFY(!service.isReachable());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toBool(), false);

        // An error is an answer: the server is reachable again.
        state = AnswersWithAnError;
        const Result<MailboxPage> refused = await(service.mailboxes(domainQuery()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Code::Server);
        QVERIFY(service.isReachable());
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).at(0).toBool(), true);

        state = Answers;
        PECADMIN_VERIFY_OK(await(service.mailboxes(domainQuery())));
        QVERIFY(service.isReachable());
        QCOMPARE(changes.size(), 2); // no change, no signal

        // Unavailable after the retries: a gateway before a server that is down.
        state = Unavailable;
        const Result<MailboxPage> unavailable = await(service.mailboxes(domainQuery()));
        QVERIFY(!unavailable.ok());
        QVERIFY(!service.isReachable());
        QCOMPARE(changes.size(), 3);
        state = Answers;
        PECADMIN_VERIFY_OK(await(service.mailboxes(domainQuery())));
        QVERIFY(service.isReachable());
    }

    void serviceGoneWhileWaitingCancelsTheOperation()
    {
        FaultServer server;
        server.users = [&server](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            server.hold(std::move(responder));
        };
        auto service = std::make_unique<ScimMailboxService>(server.connection());
        // Several steps: discovery, the domain's details, then the creation that never comes.
        const QFuture<Result<Mailbox>> created = service->createMailbox(newMailbox(u"mario.rossi"_s));
        QTRY_COMPARE(server.count(Method::Get), 1); // the domain's mailboxes being counted
        QVERIFY(!created.isFinished());
        service.reset();
        QVERIFY(created.isFinished());
        QVERIFY(created.isCanceled());
        QCOMPARE(created.resultCount(), 0);
        QCOMPARE(server.count(Method::Post), 0);
    }

    void selfSignedCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QFAIL("openssl is not on PATH: it makes the test certificate.");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString certificate = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QProcess process;
        process.start(openssl,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, certificate,
                u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);

        FaultServer server(true, certificate, key);
        {
            // Not trusted: refused, with what was wrong.
            ScimMailboxService service(server.connection());
            const Outcome connected = await(service.connectToServer());
            QVERIFY(!connected.ok());
            QCOMPARE(connected.error().code(), Code::Network);
            QVERIFY2(connected.error().message().contains(u"certificate"_s), qPrintable(connected.error().message()));
            QVERIFY2(connected.error().detail().contains(u"self"_s, Qt::CaseInsensitive),
                qPrintable(connected.error().detail()));
            QCOMPARE(server.count(Method::Get), 0); // not even /Users: discovery stopped
        }
        {
            // Trusted through the profile's CA file.
            ScimConnection connection = server.connection();
            connection.caCertificateFile = certificate;
            ScimMailboxService service(connection);
            PECADMIN_VERIFY_OK(await(service.connectToServer()));
            PECADMIN_VERIFY_OK(await(service.mailboxes(domainQuery())));
        }
        {
            // A CA file that is not a certificate.
            ScimConnection connection = server.connection();
            connection.caCertificateFile = key + u".missing"_s;
            ScimMailboxService service(connection);
            const Outcome connected = await(service.connectToServer());
            QVERIFY(!connected.ok());
            QCOMPARE(connected.error().code(), Code::Network);
        }
    }
};

QTEST_GUILESS_MAIN(TestScimFaults)
#include "tst_scimfaults.moc"
