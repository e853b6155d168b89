#include "core/limits.h"
#include "scim/scimprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

const QByteArray userJson = "{\n"
                            "  \"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\",\n"
                            "              \"urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox\"],\n"
                            "  \"id\": \"2819c223-7f76-453a-919d-413861904646\",\n"
                            "  \"userName\": \"Mario.Rossi@PEC.example.it\",\n"
                            "  \"active\": false,\n"
                            "  \"meta\": {\"resourceType\": \"User\", \"created\": \"2024-03-01T10:15:00.000Z\",\n"
                            "           \"lastModified\": \"2024-03-02T11:00:00Z\", \"version\": \"W/\\\"7\\\"\"},\n"
                            "  \"urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox\": {\n"
                            "    \"quotaMb\": 512, \"usedBytes\": 1048576, \"softQuotaMb\": 400, \"archiving\": true, "
                            "\"mustChangePassword\": true}\n"
                            "}";

} // namespace

class TestScimProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointUrlJoinsPaths_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"https://scim.example.it/scim/v2"_s << u"Users"_s
                               << u"https://scim.example.it/scim/v2/Users"_s;
        QTest::newRow("slashes") << u"https://scim.example.it/scim/v2/"_s << u"/Users"_s
                                 << u"https://scim.example.it/scim/v2/Users"_s;
        QTest::newRow("root") << u"https://scim.example.it"_s << u"/ServiceProviderConfig"_s
                              << u"https://scim.example.it/ServiceProviderConfig"_s;
    }
    void endpointUrlJoinsPaths()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(ScimProtocol::endpointUrl(QUrl(base), path).toString(), expected);
    }

    void filters()
    {
        QCOMPARE(ScimProtocol::mailboxFilter(u" PEC.example.it "_s, {}), u"userName ew \"@pec.example.it\""_s);
        QCOMPARE(ScimProtocol::mailboxFilter(u"pec.example.it"_s, u" Rossi "_s),
            u"userName ew \"@pec.example.it\" and userName co \"rossi\""_s);
        // Quotes and backslashes of the search text cannot end the literal.
        QCOMPARE(ScimProtocol::mailboxFilter(u"pec.example.it"_s, u"a\"b\\c"_s),
            u"userName ew \"@pec.example.it\" and userName co \"a\\\"b\\\\c\""_s);
        QCOMPARE(ScimProtocol::userNameEquals(u"Mario.Rossi@pec.example.it"_s),
            u"userName eq \"mario.rossi@pec.example.it\""_s);
    }

    void sortAttributes_data()
    {
        QTest::addColumn<MailboxColumn>("column");
        QTest::addColumn<QString>("attribute");
        const QString ext = u"urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox:"_s;
        QTest::newRow("address") << MailboxColumn::Address << u"userName"_s;
        QTest::newRow("status") << MailboxColumn::Status << u"active"_s;
        QTest::newRow("usage") << MailboxColumn::Usage << QString(ext + u"usedBytes"_s);
        QTest::newRow("quota") << MailboxColumn::Quota << QString(ext + u"quotaMb"_s);
        QTest::newRow("soft quota") << MailboxColumn::SoftQuota << QString(ext + u"softQuotaMb"_s);
        QTest::newRow("archiving") << MailboxColumn::Archiving << QString(ext + u"archiving"_s);
        QTest::newRow("created") << MailboxColumn::Created << u"meta.created"_s;
    }
    void sortAttributes()
    {
        QFETCH(MailboxColumn, column);
        QFETCH(QString, attribute);
        QCOMPARE(ScimProtocol::sortAttribute(column), attribute);
    }

    void listUrlCarriesPagingAndSort()
    {
        ScimListRequest request;
        request.filter = ScimProtocol::mailboxFilter(u"pec.example.it"_s, u"a+b&c"_s);
        request.startIndex = 201;
        request.count = 100;
        request.sortBy = ScimProtocol::sortAttribute(MailboxColumn::Quota);
        request.descending = true;
        const QUrl url = ScimProtocol::listUrl(QUrl(u"https://s.example.it/scim/v2"_s), u"/Users"_s, request);
        QCOMPARE(url.path(), u"/scim/v2/Users"_s);
        QCOMPARE(queryValue(url, u"filter"_s), u"userName ew \"@pec.example.it\" and userName co \"a+b&c\""_s);
        // '+' and '&' of the search text are encoded, not taken as a space or a separator.
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"%2B"_s));
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"%26"_s));
        QCOMPARE(queryValue(url, u"startIndex"_s), u"201"_s);
        QCOMPARE(queryValue(url, u"count"_s), u"100"_s);
        QCOMPARE(queryValue(url, u"sortBy"_s), request.sortBy);
        QCOMPARE(queryValue(url, u"sortOrder"_s), u"descending"_s);

        ScimListRequest unsorted;
        unsorted.startIndex = 0; // SCIM counts from 1
        const QUrl plain = ScimProtocol::listUrl(QUrl(u"https://s.example.it/"_s), u"Users"_s, unsorted);
        QCOMPARE(queryValue(plain, u"startIndex"_s), u"1"_s);
        QVERIFY(!QUrlQuery(plain).hasQueryItem(u"sortBy"_s));
        QVERIFY(!QUrlQuery(plain).hasQueryItem(u"filter"_s));
    }

    void headers()
    {
        ScimConnection basic;
        basic.username = u"postmaster@pec.example.it"_s;
        basic.secret = u"s3cret:x"_s;
        basic.timeoutMs = 4321;
        const QNetworkRequest request
            = ScimProtocol::request(basic, QUrl(u"https://s.example.it/Users/1"_s), u"W/\"3\""_s);
        QCOMPARE(
            request.rawHeader("Authorization"), "Basic " + QByteArray("postmaster@pec.example.it:s3cret:x").toBase64());
        QCOMPARE(request.rawHeader("If-Match"), QByteArray("W/\"3\""));
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/scim+json"));
        QVERIFY(request.rawHeader("Accept").startsWith("application/scim+json"));
        QCOMPARE(request.transferTimeout(), 4321);

        ScimConnection bearer;
        bearer.auth = ScimConnection::Bearer;
        bearer.secret = u"token-123"_s;
        const QNetworkRequest withToken = ScimProtocol::request(bearer, QUrl(u"https://s.example.it/Users"_s));
        QCOMPARE(withToken.rawHeader("Authorization"), QByteArray("Bearer token-123"));
        QVERIFY(!withToken.hasRawHeader("If-Match"));
    }

    void createBody()
    {
        NewMailbox mailbox;
        mailbox.name = u" Mario.Rossi "_s;
        mailbox.domain = u"PEC.example.it"_s;
        mailbox.password = u"Segreto123"_s;
        mailbox.quotaMb = 512;
        mailbox.softQuotaMb = 400;
        mailbox.archiving = true;
        mailbox.enabled = false;
        const QJsonObject body = json(ScimProtocol::createUserBody(mailbox));
        QCOMPARE(body.value(u"userName"_s).toString(), u"mario.rossi@pec.example.it"_s);
        QCOMPARE(body.value(u"password"_s).toString(), u"Segreto123"_s);
        QCOMPARE(body.value(u"active"_s).toBool(true), false);
        QVERIFY(body.value(u"schemas"_s).toArray().contains(ScimProtocol::userSchema));
        QVERIFY(body.value(u"schemas"_s).toArray().contains(ScimProtocol::mailboxSchema));
        const QJsonObject extension = body.value(ScimProtocol::mailboxSchema).toObject();
        QCOMPARE(extension.value(u"quotaMb"_s).toInteger(), 512);
        QCOMPARE(extension.value(u"softQuotaMb"_s).toInteger(), 400);
        QCOMPARE(extension.value(u"archiving"_s).toBool(), true);
        QCOMPARE(extension.value(u"mustChangePassword"_s).toBool(), true);
    }

    void patchBodies()
    {
        MailboxChange change;
        change.enabled = false;
        change.quotaMb = 700;
        QJsonObject body = json(ScimProtocol::changeBody(change));
        QCOMPARE(body.value(u"schemas"_s).toArray(), QJsonArray { ScimProtocol::patchOpSchema });
        QJsonArray operations = body.value(u"Operations"_s).toArray();
        QCOMPARE(operations.size(), 2);
        QCOMPARE(operations.at(0).toObject(),
            (QJsonObject { { u"op"_s, u"replace"_s }, { u"path"_s, u"active"_s }, { u"value"_s, false } }));
        QCOMPARE(operations.at(1).toObject().value(u"path"_s).toString(), ScimProtocol::mailboxSchema + u":quotaMb"_s);
        QCOMPARE(operations.at(1).toObject().value(u"value"_s).toInteger(), 700);

        MailboxChange other;
        other.softQuotaMb = 0;
        other.archiving = true;
        operations = json(ScimProtocol::changeBody(other)).value(u"Operations"_s).toArray();
        QCOMPARE(operations.size(), 2);
        QCOMPARE(
            operations.at(0).toObject().value(u"path"_s).toString(), ScimProtocol::mailboxSchema + u":softQuotaMb"_s);
        QCOMPARE(
            operations.at(1).toObject().value(u"path"_s).toString(), ScimProtocol::mailboxSchema + u":archiving"_s);

        operations = json(ScimProtocol::passwordResetBody(u"Nuova1234"_s)).value(u"Operations"_s).toArray();
        QCOMPARE(operations.size(), 2);
        QCOMPARE(operations.at(0).toObject().value(u"path"_s).toString(), u"password"_s);
        QCOMPARE(operations.at(0).toObject().value(u"value"_s).toString(), u"Nuova1234"_s);
        QCOMPARE(operations.at(1).toObject().value(u"path"_s).toString(),
            ScimProtocol::mailboxSchema + u":mustChangePassword"_s);
        QCOMPARE(operations.at(1).toObject().value(u"value"_s).toBool(), true);
    }

    void parsesUser()
    {
        const Result<ScimUser> user = ScimProtocol::parseUser(userJson);
        QVERIFY(user.ok());
        QCOMPARE(user.value().id, u"2819c223-7f76-453a-919d-413861904646"_s);
        const Mailbox &mailbox = user.value().mailbox;
        QCOMPARE(mailbox.name, u"mario.rossi"_s);
        QCOMPARE(mailbox.domain, u"pec.example.it"_s);
        QCOMPARE(mailbox.enabled, false);
        QCOMPARE(mailbox.quotaMb, 512);
        QCOMPARE(mailbox.usedBytes, 1048576);
        // A stated usage is known, as of the answer.
        QVERIFY(mailbox.usageKnown());
        QVERIFY(mailbox.usageUpdated >= QDateTime::currentDateTimeUtc().addSecs(-60));
        QCOMPARE(mailbox.softQuotaMb, 400);
        QCOMPARE(mailbox.archiving, true);
        QCOMPARE(mailbox.mustChangePassword, true);
        QCOMPARE(mailbox.version, u"W/\"7\""_s);
        QCOMPARE(mailbox.created, QDateTime(QDate(2024, 3, 1), QTime(10, 15), Qt::UTC));
        QCOMPARE(mailbox.modified, QDateTime(QDate(2024, 3, 2), QTime(11, 0), Qt::UTC));

        // A server that does not state the usage leaves it unknown, not 0.
        QByteArray withoutUsage(userJson);
        QVERIFY(withoutUsage.contains("\"usedBytes\": 1048576, "));
        withoutUsage.replace("\"usedBytes\": 1048576, ", "");
        const Result<ScimUser> unstated = ScimProtocol::parseUser(withoutUsage);
        QVERIFY(unstated.ok());
        QVERIFY(!unstated.value().mailbox.usageKnown());
        QCOMPARE(unstated.value().mailbox.usedBytes, 0);
    }

    void parsesUserList()
    {
        const QByteArray body
            = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\n"
              "            \"totalResults\": 250, \"startIndex\": 101, \"itemsPerPage\": 1, \"Resources\": ["
            + userJson + "]}";
        const Result<ScimUserList> list = ScimProtocol::parseUserList(body);
        QVERIFY(list.ok());
        QCOMPARE(list.value().totalResults, 250);
        QCOMPARE(list.value().startIndex, 101);
        QCOMPARE(list.value().users.size(), 1);
        QCOMPARE(list.value().users.at(0).mailbox.address(), u"mario.rossi@pec.example.it"_s);

        // count=0: only the total, no Resources at all.
        const Result<ScimUserList> counted
            = ScimProtocol::parseUserList("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
                                          "\"totalResults\":42,\"startIndex\":1}");
        QVERIFY(counted.ok());
        QCOMPARE(counted.value().totalResults, 42);
        QVERIFY(counted.value().users.isEmpty());
    }

    void garbageIsNotScim_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("no total") << QByteArray("{\"Resources\":[]}");
        QTest::newRow("user without id") << QByteArray(
            "{\"totalResults\":1,\"Resources\":[{\"userName\":\"a@b.it\"}]}");
    }
    void garbageIsNotScim()
    {
        QFETCH(QByteArray, body);
        const Result<ScimUserList> list = ScimProtocol::parseUserList(body);
        QVERIFY(!list.ok());
        QCOMPARE(list.error().code(), ServiceError::Code::Server);
        QCOMPARE(list.error().message(), u"The server answered with something that is not SCIM."_s);
    }

    void parsesServiceProviderConfig()
    {
        const QByteArray body
            = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\"],\n"
              "            "
              "\"patch\":{\"supported\":true},\"bulk\":{\"supported\":false,\"maxOperations\":1000,\"maxPayloadSize\":"
              "1048576},\n"
              "            "
              "\"filter\":{\"supported\":true,\"maxResults\":200},\"changePassword\":{\"supported\":true},\n"
              "            \"sort\":{\"supported\":false},\"etag\":{\"supported\":true},\"authenticationSchemes\":[]}";
        const Result<ScimCapabilities> capabilities = ScimProtocol::parseServiceProviderConfig(body);
        QVERIFY(capabilities.ok());
        QVERIFY(capabilities.value().patch);
        QVERIFY(!capabilities.value().bulk);
        QVERIFY(capabilities.value().filter);
        QCOMPARE(capabilities.value().maxResults, 200);
        QVERIFY(capabilities.value().changePassword);
        QVERIFY(!capabilities.value().sort);
        QVERIFY(capabilities.value().etag);
        QVERIFY(!ScimProtocol::parseServiceProviderConfig("{}").ok());
    }

    void parsesResourceTypesAndSchemas()
    {
        const QByteArray body
            = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":2,\n"
              "            "
              "\"Resources\":[{\"id\":\"User\",\"name\":\"User\",\"endpoint\":\"/"
              "Users\",\"schema\":\"urn:ietf:params:scim:schemas:core:2.0:User\",\n"
              "              "
              "\"schemaExtensions\":[{\"schema\":\"urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox\","
              "\"required\":false}]},\n"
              "             "
              "{\"id\":\"Domain\",\"name\":\"Domain\",\"endpoint\":\"/"
              "Domains\",\"schema\":\"urn:ietf:params:scim:schemas:pecadmin:2.0:Domain\"}]}";
        const Result<QList<ScimResourceType>> types = ScimProtocol::parseResourceTypes(body);
        QVERIFY(types.ok());
        QCOMPARE(types.value().size(), 2);
        QCOMPARE(types.value().at(0).endpoint, u"/Users"_s);
        QCOMPARE(types.value().at(0).schemaExtensions, QStringList { ScimProtocol::mailboxSchema });
        QCOMPARE(types.value().at(1).schema, ScimProtocol::domainSchema);

        const Result<QStringList> ids
            = ScimProtocol::parseSchemaIds("{\"totalResults\":2,\"Resources\":[{\"id\":\"urn:ietf:params:scim:schemas:"
                                           "core:2.0:User\"},{\"id\":\"urn:x\"}]}");
        QVERIFY(ids.ok());
        QCOMPARE(ids.value(), (QStringList { ScimProtocol::userSchema, u"urn:x"_s }));
    }

    void parsesDomains()
    {
        const QByteArray body
            = "{\"totalResults\":1,\"Resources\":[{\"schemas\":[\"urn:ietf:params:scim:schemas:pecadmin:2.0:Domain\"],"
              "\n"
              "            "
              "\"id\":\"d1\",\"name\":\"PEC.example.it\",\"totalSpaceMb\":51200,\"maxMailboxes\":2000,"
              "\"maxMailboxQuotaMb\":1024,\n"
              "            "
              "\"archivingAvailable\":true,\"passwordPreset\":\"aruba\",\"mailboxCount\":12,\"allocatedMb\":6144}]}";
        const Result<QList<ScimDomain>> domains = ScimProtocol::parseDomainList(body);
        QVERIFY(domains.ok());
        QCOMPARE(domains.value().size(), 1);
        const ScimDomain &entry = domains.value().at(0);
        QCOMPARE(entry.domain.name, u"pec.example.it"_s);
        QCOMPARE(entry.domain.totalSpaceMb, 51200);
        QCOMPARE(entry.domain.maxMailboxes, 2000);
        QCOMPARE(entry.domain.maxMailboxQuotaMb, 1024);
        QVERIFY(entry.domain.archivingAvailable);
        QCOMPARE(entry.domain.passwordPolicy, PasswordPolicy::aruba());
        QCOMPARE(entry.mailboxCount, std::optional<int>(12));
        QCOMPARE(entry.allocatedMb, std::optional<qint64>(6144));
        QVERIFY(!entry.usedBytes);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("sessionWorked");
        QTest::addColumn<ServiceError::Code>("code");
        QTest::addColumn<QString>("detail");
        using Code = ServiceError::Code;
        QTest::newRow("uniqueness") << 409
                                    << QByteArray(
                                           "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":"
                                           "\"409\",\"scimType\":\"uniqueness\",\"detail\":\"userName in use\"}")
                                    << true << Code::AlreadyExists << u"HTTP 409: userName in use"_s;
        QTest::newRow("not found") << 404 << QByteArray("{\"status\":\"404\",\"detail\":\"Resource 1 not found\"}")
                                   << true << Code::NotFound << u"HTTP 404: Resource 1 not found"_s;
        QTest::newRow("precondition") << 412 << QByteArray("{\"status\":\"412\",\"detail\":\"version is W/\\\"3\\\"\"}")
                                      << true << Code::Conflict << u"HTTP 412: version is W/\"3\""_s;
        QTest::newRow("401 first") << 401 << QByteArray("{\"status\":\"401\",\"detail\":\"Wrong\"}") << false
                                   << Code::AuthenticationRequired << u"HTTP 401: Wrong"_s;
        QTest::newRow("401 later") << 401 << QByteArray() << true << Code::SessionExpired << u"HTTP 401"_s;
        QTest::newRow("invalid value")
            << 400
            << QByteArray(
                   "{\"status\":400,\"scimType\":\"invalidValue\",\"detail\":\"softQuotaMb cannot be above quotaMb\"}")
            << true << Code::Validation << u"HTTP 400: softQuotaMb cannot be above quotaMb"_s;
        QTest::newRow("invalid filter")
            << 400 << QByteArray("{\"status\":\"400\",\"scimType\":\"invalidFilter\",\"detail\":\"Unexpected token\"}")
            << true << Code::Validation << u"HTTP 400: Unexpected token"_s;
        QTest::newRow("500") << 500 << QByteArray("<html>Internal error</html>") << true << Code::Server
                             << u"HTTP 500"_s;
        QTest::newRow("502") << 502 << QByteArray() << true << Code::Server << u"HTTP 502"_s;
        QTest::newRow("503") << 503 << QByteArray() << true << Code::Server << u"HTTP 503"_s;
        QTest::newRow("501") << 501 << QByteArray() << true << Code::Unsupported << u"HTTP 501"_s;
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, sessionWorked);
        QFETCH(ServiceError::Code, code);
        QFETCH(QString, detail);
        const ServiceError error = ScimProtocol::errorFromResponse(status, body, sessionWorked);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.detail(), detail);
        QVERIFY(!error.message().isEmpty());
    }

    void conflictMessage()
    {
        const ServiceError error = ScimProtocol::errorFromResponse(412, {}, true);
        QVERIFY(error.message().contains(u"changed by someone else meanwhile"_s));
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
        QCOMPARE(ScimProtocol::retryAfterMs("3", now), std::optional<qint64>(3000));
        QCOMPARE(ScimProtocol::retryAfterMs(" 0 ", now), std::optional<qint64>(0));
        QCOMPARE(ScimProtocol::retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional<qint64>(30000));
        QCOMPARE(ScimProtocol::retryAfterMs("Wed, 21 Oct 2015 07:27:00 GMT", now), std::optional<qint64>(0));
        QVERIFY(!ScimProtocol::retryAfterMs("", now));
        QVERIFY(!ScimProtocol::retryAfterMs("soon", now));
        QVERIFY(!ScimProtocol::retryAfterMs("-5", now));
        // Any wait beyond a year is a year, whatever its length: never an overflow.
        const std::optional<qint64> year(limits::maxRetryAfterSeconds * 1000);
        QCOMPARE(ScimProtocol::retryAfterMs(QByteArray::number(limits::maxRetryAfterSeconds), now), year);
        QCOMPARE(ScimProtocol::retryAfterMs(QByteArray::number(limits::maxRetryAfterSeconds + 1), now), year);
        QCOMPARE(ScimProtocol::retryAfterMs("9223372036854775807", now), year);
        QCOMPARE(ScimProtocol::retryAfterMs("99999999999999999999999999999", now), year);
        QCOMPARE(ScimProtocol::retryAfterMs("Fri, 31 Dec 9999 23:59:59 GMT", now), year);
        QVERIFY(!ScimProtocol::retryAfterMs("-9223372036854775808", now));
        QVERIFY(!ScimProtocol::retryAfterMs("1e300", now));
    }

    void impossibleNumbersOfAUser_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("accepted");
        const QByteArray largestSize = QByteArray::number(limits::maxSizeMb);
        const QByteArray largestUsed = QByteArray::number(limits::maxUsedBytes);
        QTest::newRow("quota: largest") << QByteArray("quotaMb") << largestSize << true;
        QTest::newRow("quota: one more") << QByteArray("quotaMb") << QByteArray::number(limits::maxSizeMb + 1) << false;
        QTest::newRow("quota: 1e300") << QByteArray("quotaMb") << QByteArray("1e300") << false;
        QTest::newRow("quota: -1e300") << QByteArray("quotaMb") << QByteArray("-1e300") << false;
        QTest::newRow("quota: negative") << QByteArray("quotaMb") << QByteArray("-1") << false;
        QTest::newRow("quota: fraction") << QByteArray("quotaMb") << QByteArray("512.5") << false;
        QTest::newRow("quota: int64 max as text")
            << QByteArray("quotaMb") << QByteArray("\"9223372036854775807\"") << false;
        QTest::newRow("quota: zero") << QByteArray("quotaMb") << QByteArray("0") << true;
        QTest::newRow("used: largest") << QByteArray("usedBytes") << largestUsed << true;
        QTest::newRow("used: one more") << QByteArray("usedBytes") << QByteArray::number(limits::maxUsedBytes + 1)
                                        << false;
        QTest::newRow("used: 1e19") << QByteArray("usedBytes") << QByteArray("1e19") << false;
        QTest::newRow("soft quota: largest") << QByteArray("softQuotaMb") << largestSize << true;
        QTest::newRow("soft quota: 1e300") << QByteArray("softQuotaMb") << QByteArray("1e300") << false;
    }

    void impossibleNumbersOfAUser()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, value);
        QFETCH(bool, accepted);
        const QByteArray body = "{\"id\":\"1\",\"userName\":\"a@pec.example.it\",\""
            + ScimProtocol::mailboxSchema.toUtf8() + "\":{\"" + field + "\":" + value + "}}";
        const Result<ScimUser> user = ScimProtocol::parseUser(body);
        QCOMPARE(user.ok(), accepted);
        if (!accepted) {
            QCOMPARE(user.error().code(), ServiceError::Code::Server);
            QVERIFY2(user.error().message().startsWith(
                         u"The server sent an impossible value for "_s + QString::fromLatin1(field)),
                qPrintable(user.error().message()));
        }
    }

    void impossibleNumbersOfAList()
    {
        for (const QByteArray &total : { QByteArray("1e300"), QByteArray("-1"), QByteArray("4294967296") }) {
            const Result<ScimUserList> list = ScimProtocol::parseUserList(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":" + total
                + ",\"Resources\":[]}");
            QVERIFY2(!list.ok(), total.constData());
            QCOMPARE(list.error().code(), ServiceError::Code::Server);
        }
        const QByteArray domain = "{\"totalResults\":1,\"Resources\":[{\"id\":\"d1\",\"name\":\"pec.example.it\","
                                  "\"totalSpaceMb\":1e300,\"maxMailboxes\":10}]}";
        const Result<QList<ScimDomain>> domains = ScimProtocol::parseDomainList(domain);
        QVERIFY(!domains.ok());
        QVERIFY(domains.error().message().contains(u"impossible value for totalSpaceMb"_s));
        const QByteArray count = "{\"totalResults\":1,\"Resources\":[{\"id\":\"d1\",\"name\":\"pec.example.it\","
                                 "\"maxMailboxes\":2147483648}]}";
        QVERIFY(!ScimProtocol::parseDomainList(count).ok());
    }
};

QTEST_GUILESS_MAIN(TestScimProtocol)
#include "tst_scimprotocol.moc"
