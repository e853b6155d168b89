#include "scimprotocol.h"

#include "core/limits.h"
#include "core/rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace pecadmin {

const QString ScimProtocol::userSchema = u"urn:ietf:params:scim:schemas:core:2.0:User"_s;
const QString ScimProtocol::mailboxSchema = u"urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox"_s;
const QString ScimProtocol::domainSchema = u"urn:ietf:params:scim:schemas:pecadmin:2.0:Domain"_s;
const QString ScimProtocol::patchOpSchema = u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s;
const QString ScimProtocol::listResponseSchema = u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_s;
const QString ScimProtocol::errorSchema = u"urn:ietf:params:scim:api:messages:2.0:Error"_s;
const QByteArray ScimProtocol::contentType = QByteArrayLiteral("application/scim+json");

namespace {

using Code = ServiceError::Code;

// Numbers may come as JSON numbers or, from lax servers, as strings. A number that is not whole
// or that no qint64 holds (1e300, NaN) is none, never a cast out of range.
std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (value.isDouble())
        return limits::wholeNumber(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// A number of a resource that must lie within [low, high]: absent is `fallback`; present but not
// a whole number within them is the server's impossible value, an error.
Result<qint64> boundedValue(const QJsonValue &value, const QString &name, qint64 low, qint64 high, qint64 fallback)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    const std::optional<qint64> number = integerValue(value);
    if (!number || *number < low || *number > high) {
        const QString shown = value.isString() ? value.toString()
            : value.isDouble()                 ? QString::number(value.toDouble(), 'g', 17)
                                               : u"?"_s;
        return limits::impossibleServerValue(name, shown);
    }
    return *number;
}

std::optional<bool> booleanValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().toLower();
        if (text == u"true")
            return true;
        if (text == u"false")
            return false;
    }
    return std::nullopt;
}

QDateTime dateValue(const QJsonValue &value)
{
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

QJsonArray resourcesOf(const QJsonObject &list)
{
    return list.value(u"Resources"_s).toArray();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject replaceOperation(const QString &path, const QJsonValue &value)
{
    return QJsonObject { { u"op"_s, u"replace"_s }, { u"path"_s, path }, { u"value"_s, value } };
}

QString extensionPath(const QString &attribute)
{
    return ScimProtocol::mailboxSchema + u':' + attribute;
}

Result<QJsonObject> listObject(const QByteArray &body)
{
    Result<QJsonObject> object = ScimProtocol::parseObject(body);
    if (!object)
        return object;
    const QJsonValue resources = object.value().value(u"Resources"_s);
    const QJsonValue total = object.value().value(u"totalResults"_s);
    if (!(resources.isArray() || resources.isUndefined()) || !integerValue(total))
        return ScimProtocol::notScim(u"a ListResponse without totalResults or Resources"_s);
    return object;
}

} // namespace

QUrl ScimProtocol::endpointUrl(const QUrl &base, const QString &path, const QList<QPair<QString, QString>> &query)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString tail = path;
    while (tail.startsWith(u'/'))
        tail.remove(0, 1);
    url.setPath(basePath + u'/' + tail);
    url.setQuery(QString());
    url.setFragment(QString());
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto &item : query) {
            // Encoded by hand: QUrlQuery leaves '+', '&' and '=' of values as they are.
            urlQuery.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        }
        url.setQuery(urlQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return url;
}

QString ScimProtocol::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString ScimProtocol::mailboxFilter(const QString &domain, const QString &text)
{
    QString filter = u"userName ew "_s + quoted(u'@' + rules::normalizedDomainName(domain));
    // Addresses are case-folded, and servers differ in whether `co` heeds case.
    const QString search = rules::normalizedMailboxName(text);
    if (!search.isEmpty())
        filter += u" and userName co "_s + quoted(search);
    return filter;
}

QString ScimProtocol::userNameEquals(const QString &address)
{
    return u"userName eq "_s + quoted(address.trimmed().toCaseFolded());
}

QString ScimProtocol::sortAttribute(MailboxColumn column)
{
    switch (column) {
    case MailboxColumn::Address:
        return u"userName"_s;
    case MailboxColumn::Status:
        return u"active"_s;
    case MailboxColumn::Usage:
        return extensionPath(u"usedBytes"_s);
    case MailboxColumn::Quota:
        return extensionPath(u"quotaMb"_s);
    case MailboxColumn::SoftQuota:
        return extensionPath(u"softQuotaMb"_s);
    case MailboxColumn::Archiving:
        return extensionPath(u"archiving"_s);
    case MailboxColumn::Created:
        return u"meta.created"_s;
    }
    return u"userName"_s;
}

QUrl ScimProtocol::listUrl(const QUrl &base, const QString &endpoint, const ScimListRequest &request)
{
    QList<QPair<QString, QString>> query;
    if (!request.filter.isEmpty())
        query.append({ u"filter"_s, request.filter });
    query.append({ u"startIndex"_s, QString::number(std::max(request.startIndex, 1)) });
    query.append({ u"count"_s, QString::number(std::max(request.count, 0)) });
    if (!request.sortBy.isEmpty()) {
        query.append({ u"sortBy"_s, request.sortBy });
        query.append({ u"sortOrder"_s, request.descending ? u"descending"_s : u"ascending"_s });
    }
    return endpointUrl(base, endpoint, query);
}

QUrl ScimProtocol::resourceUrl(const QUrl &base, const QString &endpoint, const QString &id)
{
    return endpointUrl(base, endpoint + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

QByteArray ScimProtocol::authorization(const ScimConnection &connection)
{
    if (connection.auth == ScimConnection::Bearer)
        return "Bearer " + connection.secret.toUtf8();
    return "Basic " + (connection.username + u':' + connection.secret).toUtf8().toBase64();
}

QNetworkRequest ScimProtocol::request(const ScimConnection &connection, const QUrl &url, const QString &ifMatch)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", contentType + ", application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Authorization", authorization(connection));
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch.toUtf8());
    request.setTransferTimeout(connection.timeoutMs);
    // Never hand the credentials to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QByteArray ScimProtocol::createUserBody(const NewMailbox &mailbox)
{
    const QString address
        = rules::normalizedMailboxName(mailbox.name) + u'@' + rules::normalizedDomainName(mailbox.domain);
    const QJsonObject extension {
        { u"quotaMb"_s, mailbox.quotaMb },
        { u"softQuotaMb"_s, mailbox.softQuotaMb },
        { u"archiving"_s, mailbox.archiving },
        { u"mustChangePassword"_s, true },
    };
    return compact(QJsonObject {
        { u"schemas"_s, QJsonArray { userSchema, mailboxSchema } },
        { u"userName"_s, address },
        { u"active"_s, mailbox.enabled },
        { u"password"_s, mailbox.password },
        { mailboxSchema, extension },
    });
}

QByteArray ScimProtocol::changeBody(const MailboxChange &change)
{
    QJsonArray operations;
    if (change.enabled)
        operations.append(replaceOperation(u"active"_s, *change.enabled));
    if (change.quotaMb)
        operations.append(replaceOperation(extensionPath(u"quotaMb"_s), *change.quotaMb));
    if (change.softQuotaMb)
        operations.append(replaceOperation(extensionPath(u"softQuotaMb"_s), *change.softQuotaMb));
    if (change.archiving)
        operations.append(replaceOperation(extensionPath(u"archiving"_s), *change.archiving));
    return compact(QJsonObject { { u"schemas"_s, QJsonArray { patchOpSchema } }, { u"Operations"_s, operations } });
}

QByteArray ScimProtocol::passwordResetBody(const QString &password)
{
    const QJsonArray operations { replaceOperation(u"password"_s, password),
        replaceOperation(extensionPath(u"mustChangePassword"_s), true) };
    return compact(QJsonObject { { u"schemas"_s, QJsonArray { patchOpSchema } }, { u"Operations"_s, operations } });
}

Result<QJsonObject> ScimProtocol::parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return notScim(error.errorString());
    if (!document.isObject())
        return notScim(u"not a JSON object"_s);
    return document.object();
}

Result<ScimUser> ScimProtocol::parseUser(const QJsonObject &resource)
{
    const QString id = resource.value(u"id"_s).toString();
    const QString userName = resource.value(u"userName"_s).toString();
    const qsizetype at = userName.lastIndexOf(u'@');
    if (id.isEmpty() || at <= 0)
        return notScim(u"a User without id or with a userName that is not an address"_s);
    ScimUser user;
    user.id = id;
    Mailbox &mailbox = user.mailbox;
    mailbox.name = rules::normalizedMailboxName(userName.left(at));
    mailbox.domain = rules::normalizedDomainName(userName.mid(at + 1));
    mailbox.enabled = booleanValue(resource.value(u"active"_s)).value_or(true);
    const QJsonObject meta = resource.value(u"meta"_s).toObject();
    mailbox.created = dateValue(meta.value(u"created"_s));
    mailbox.modified = dateValue(meta.value(u"lastModified"_s));
    mailbox.version = meta.value(u"version"_s).toString();
    const QJsonObject extension = resource.value(mailboxSchema).toObject();
    const Result<qint64> quotaMb = boundedValue(extension.value(u"quotaMb"_s), u"quotaMb"_s, 0, limits::maxSizeMb, 0);
    const Result<qint64> usedBytes
        = boundedValue(extension.value(u"usedBytes"_s), u"usedBytes"_s, 0, limits::maxUsedBytes, 0);
    const Result<qint64> softQuotaMb
        = boundedValue(extension.value(u"softQuotaMb"_s), u"softQuotaMb"_s, 0, limits::maxSizeMb, 0);
    for (const Result<qint64> *number : { &quotaMb, &usedBytes, &softQuotaMb }) {
        if (!*number)
            return number->error();
    }
    mailbox.quotaMb = quotaMb.value();
    mailbox.usedBytes = usedBytes.value();
    // A server that states the usage states it as of now; one that does not leaves it unknown.
    const QJsonValue statedUsage = extension.value(u"usedBytes"_s);
    if (!statedUsage.isUndefined() && !statedUsage.isNull())
        mailbox.usageUpdated = QDateTime::currentDateTimeUtc();
    mailbox.softQuotaMb = softQuotaMb.value();
    mailbox.archiving = booleanValue(extension.value(u"archiving"_s)).value_or(false);
    mailbox.mustChangePassword = booleanValue(extension.value(u"mustChangePassword"_s)).value_or(false);
    return user;
}

Result<ScimUser> ScimProtocol::parseUser(const QByteArray &body)
{
    const Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    return parseUser(object.value());
}

Result<ScimUser> ScimProtocol::parseUser(const QByteArray &body, const QByteArray &etag)
{
    Result<ScimUser> user = parseUser(body);
    if (user && user.value().mailbox.version.isEmpty() && !etag.trimmed().isEmpty()) {
        ScimUser withVersion = user.takeValue();
        withVersion.mailbox.version = QString::fromLatin1(etag.trimmed());
        return withVersion;
    }
    return user;
}

bool ScimProtocol::sameVersion(const QString &a, const QString &b)
{
    const auto opaque = [](const QString &tag) { return tag.startsWith(u"W/"_s) ? tag.mid(2) : tag; };
    return opaque(a) == opaque(b);
}

Result<ScimUserList> ScimProtocol::parseUserList(const QByteArray &body)
{
    const Result<QJsonObject> object = listObject(body);
    if (!object)
        return object.error();
    ScimUserList list;
    const Result<qint64> total = boundedValue(
        object.value().value(u"totalResults"_s), u"totalResults"_s, 0, std::numeric_limits<int>::max() / 2, 0);
    if (!total)
        return total.error();
    const Result<qint64> start = boundedValue(
        object.value().value(u"startIndex"_s), u"startIndex"_s, 0, std::numeric_limits<int>::max() / 2, 1);
    if (!start)
        return start.error();
    list.totalResults = int(total.value());
    list.startIndex = int(start.value());
    const QJsonArray resources = resourcesOf(object.value());
    for (const QJsonValue item : resources) {
        Result<ScimUser> user = parseUser(item.toObject());
        if (!user)
            return user.error();
        list.users.append(user.takeValue());
    }
    return list;
}

Result<ScimCapabilities> ScimProtocol::parseServiceProviderConfig(const QByteArray &body)
{
    const Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonObject &config = object.value();
    const auto supported = [&config](const QString &name) {
        return booleanValue(config.value(name).toObject().value(u"supported"_s)).value_or(false);
    };
    if (!config.contains(u"patch"_s) && !config.contains(u"filter"_s))
        return notScim(u"a ServiceProviderConfig without patch and filter"_s);
    ScimCapabilities capabilities;
    capabilities.patch = supported(u"patch"_s);
    capabilities.bulk = supported(u"bulk"_s);
    capabilities.filter = supported(u"filter"_s);
    // No limit where none, or no sensible one, is stated; a limit past an int's is no limit either.
    const qint64 maxResults = integerValue(config.value(u"filter"_s).toObject().value(u"maxResults"_s)).value_or(0);
    capabilities.maxResults = maxResults > 0 && maxResults <= std::numeric_limits<int>::max() ? int(maxResults) : 0;
    capabilities.changePassword = supported(u"changePassword"_s);
    capabilities.sort = supported(u"sort"_s);
    capabilities.etag = supported(u"etag"_s);
    return capabilities;
}

Result<QList<ScimResourceType>> ScimProtocol::parseResourceTypes(const QByteArray &body)
{
    // Some servers answer with a bare JSON array instead of a ListResponse.
    QJsonArray items;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        items = document.array();
    } else {
        const Result<QJsonObject> object = listObject(body);
        if (!object)
            return object.error();
        items = resourcesOf(object.value());
    }
    QList<ScimResourceType> types;
    for (const QJsonValue item : std::as_const(items)) {
        const QJsonObject object = item.toObject();
        ScimResourceType type;
        type.id = object.value(u"id"_s).toString();
        type.name = object.value(u"name"_s).toString();
        type.endpoint = object.value(u"endpoint"_s).toString();
        type.schema = object.value(u"schema"_s).toString();
        const QJsonArray extensions = object.value(u"schemaExtensions"_s).toArray();
        for (const QJsonValue extension : extensions)
            type.schemaExtensions.append(extension.toObject().value(u"schema"_s).toString());
        if (type.endpoint.isEmpty() || type.schema.isEmpty())
            return notScim(u"a ResourceType without endpoint or schema"_s);
        types.append(type);
    }
    return types;
}

Result<QStringList> ScimProtocol::parseSchemaIds(const QByteArray &body)
{
    QJsonArray items;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        items = document.array();
    } else {
        const Result<QJsonObject> object = listObject(body);
        if (!object)
            return object.error();
        items = resourcesOf(object.value());
    }
    QStringList ids;
    for (const QJsonValue item : std::as_const(items))
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}

Result<QList<ScimDomain>> ScimProtocol::parseDomainList(const QByteArray &body)
{
    const Result<QJsonObject> object = listObject(body);
    if (!object)
        return object.error();
    QList<ScimDomain> domains;
    const QJsonArray resources = resourcesOf(object.value());
    for (const QJsonValue item : resources) {
        const QJsonObject resource = item.toObject();
        // Attributes of the core schema of a resource type sit at the top level; some servers
        // put them under the schema's URN as well.
        const QJsonObject nested = resource.value(domainSchema).toObject();
        const auto value
            = [&](const QString &name) { return resource.contains(name) ? resource.value(name) : nested.value(name); };
        ScimDomain entry;
        entry.id = resource.value(u"id"_s).toString();
        Domain &domain = entry.domain;
        domain.name = rules::normalizedDomainName(value(u"name"_s).toString());
        if (domain.name.isEmpty())
            return notScim(u"a Domain without name"_s);
        const Result<qint64> totalSpaceMb
            = boundedValue(value(u"totalSpaceMb"_s), u"totalSpaceMb"_s, 0, limits::maxSizeMb, 0);
        const Result<qint64> maxMailboxes
            = boundedValue(value(u"maxMailboxes"_s), u"maxMailboxes"_s, 0, limits::maxMailboxes, 0);
        const Result<qint64> maxMailboxQuotaMb
            = boundedValue(value(u"maxMailboxQuotaMb"_s), u"maxMailboxQuotaMb"_s, 0, limits::maxSizeMb, 1024);
        const Result<qint64> mailboxCount
            = boundedValue(value(u"mailboxCount"_s), u"mailboxCount"_s, 0, limits::maxMailboxes, -1);
        const Result<qint64> allocatedMb
            = boundedValue(value(u"allocatedMb"_s), u"allocatedMb"_s, 0, limits::maxTotalMb, -1);
        const Result<qint64> usedBytes
            = boundedValue(value(u"usedBytes"_s), u"usedBytes"_s, 0, limits::maxTotalUsedBytes, -1);
        for (const Result<qint64> *number :
            { &totalSpaceMb, &maxMailboxes, &maxMailboxQuotaMb, &mailboxCount, &allocatedMb, &usedBytes }) {
            if (!*number)
                return number->error();
        }
        domain.totalSpaceMb = totalSpaceMb.value();
        domain.maxMailboxes = int(maxMailboxes.value());
        domain.maxMailboxQuotaMb = maxMailboxQuotaMb.value();
        domain.archivingAvailable = booleanValue(value(u"archivingAvailable"_s)).value_or(false);
        const auto preset = PasswordPolicy::presetFromName(value(u"passwordPreset"_s).toString());
        domain.passwordPolicy = PasswordPolicy::forPreset(preset.value_or(PasswordPolicy::Preset::Custom));
        // The server's mail to the users is its own business: no language of the messages.
        domain.language.clear();
        if (mailboxCount.value() >= 0)
            entry.mailboxCount = int(mailboxCount.value());
        if (allocatedMb.value() >= 0)
            entry.allocatedMb = allocatedMb.value();
        if (usedBytes.value() >= 0)
            entry.usedBytes = usedBytes.value();
        domains.append(entry);
    }
    return domains;
}

ServiceError ScimProtocol::notScim(const QString &detail)
{
    return ServiceError(
        Code::Server, QT_TRANSLATE_NOOP("ServiceError", "The server answered with something that is not SCIM."))
        .withDetail(detail);
}

ServiceError ScimProtocol::errorFromResponse(
    int httpStatus, const QByteArray &body, bool sessionWorked, bool bearer, const QByteArray &challenge)
{
    QString scimType;
    QString detail;
    int status = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        scimType = object.value(u"scimType"_s).toString();
        detail = object.value(u"detail"_s).toString();
        // The status in the body is a string by RFC 7644, a number for some servers.
        if (const auto bodyStatus = integerValue(object.value(u"status"_s)); bodyStatus && status <= 0)
            status = int(*bodyStatus);
    }
    if (detail.isEmpty())
        detail = u"HTTP "_s + QString::number(httpStatus);
    else
        detail = u"HTTP "_s + QString::number(httpStatus) + u": "_s + detail;

    if (status == 409 || scimType == u"uniqueness")
        return ServiceError(Code::AlreadyExists,
            QT_TRANSLATE_NOOP("ServiceError", "A mailbox with that address exists already on the server."))
            .onField(u"name"_s)
            .withDetail(detail);
    if (status == 401) {
        // Credentials that have not worked yet may still be right: the server may say that
        // what it refuses is a session or a token that has run out.
        const QString said = QString::fromUtf8(challenge).toLower() + u' ' + detail.toLower();
        const bool ended = said.contains(u"expired"_s);
        if (sessionWorked || ended)
            return ServiceError(Code::SessionExpired,
                QT_TRANSLATE_NOOP("ServiceError", "The session with the server has expired: sign in again to go on."))
                .withDetail(detail);
        if (bearer)
            return ServiceError(
                Code::AuthenticationRequired, QT_TRANSLATE_NOOP("ServiceError", "The server refused the access token."))
                .withDetail(detail);
        return ServiceError(Code::AuthenticationRequired,
            QT_TRANSLATE_NOOP("ServiceError", "The server refused the user name or the password."))
            .withDetail(detail);
    }
    if (status == 403)
        return ServiceError(Code::AuthenticationRequired,
            QT_TRANSLATE_NOOP("ServiceError", "The server does not allow this account to do that."))
            .withDetail(detail);
    if (status == 404)
        return ServiceError(Code::NotFound,
            QT_TRANSLATE_NOOP("ServiceError",
                "The server does not know that mailbox or domain: it may have been "
                "deleted meanwhile."))
            .withDetail(detail);
    if (status == 412)
        return ServiceError(Code::Conflict,
            QT_TRANSLATE_NOOP("ServiceError",
                "The mailbox was changed by someone else meanwhile. Reload it and try "
                "again."))
            .withDetail(detail);
    if (status == 400)
        return ServiceError(
            Code::Validation, QT_TRANSLATE_NOOP("ServiceError", "The server refused the values as not valid."))
            .withDetail(detail);
    if (status == 413)
        return ServiceError(Code::Server, QT_TRANSLATE_NOOP("ServiceError", "The request is too large for the server."))
            .withDetail(detail);
    if (status == 429 || status == 503)
        return ServiceError(
            Code::Server, QT_TRANSLATE_NOOP("ServiceError", "The server is busy: try again in a moment."))
            .withDetail(detail);
    if (status == 501)
        return ServiceError(
            Code::Unsupported, QT_TRANSLATE_NOOP("ServiceError", "The server does not offer this operation."))
            .withDetail(detail);
    if (status >= 500)
        return ServiceError(Code::Server,
            QT_TRANSLATE_NOOP("ServiceError", "The server failed to carry out the request (error %1)."),
            { QString::number(status) })
            .withDetail(detail);
    return ServiceError(Code::Server, QT_TRANSLATE_NOOP("ServiceError", "The server refused the request (error %1)."),
        { QString::number(status) })
        .withDetail(detail);
}

std::optional<qint64> ScimProtocol::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // Seconds: a wait beyond limits::maxRetryAfterSeconds (a number of any length) is that
    // longest wait, which no one waits for, never an overflow.
    bool digits = !trimmed.isEmpty();
    for (const char c : trimmed)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        return std::min(ok ? seconds : limits::maxRetryAfterSeconds, limits::maxRetryAfterSeconds) * 1000;
    }
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::clamp<qint64>(now.msecsTo(when), 0, limits::maxRetryAfterSeconds * 1000);
}

} // namespace pecadmin
