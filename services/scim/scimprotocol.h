#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pecadmin {

// Where a SCIM server is and how to sign in to it. The secret lives in memory only.
struct ScimConnection
{
    enum Auth { Basic, Bearer };

    QUrl baseUrl; // "https://scim.example.it/scim/v2"
    QString username; // for Basic
    QString secret; // the password (Basic) or the token (Bearer)
    Auth auth = Basic;
    QString caCertificateFile; // a PEM file with a private CA to trust besides the system's
    QStringList domains; // the profile's domains, where the server has no Domain resources
    int timeoutMs = 15000;
};

// What /ServiceProviderConfig says the server can do.
struct ScimCapabilities
{
    bool patch = false;
    bool bulk = false;
    bool filter = false;
    int maxResults = 0; // 0: the server states no limit
    bool changePassword = false;
    bool sort = false;
    bool etag = false;
};

// One entry of /ResourceTypes.
struct ScimResourceType
{
    QString id;
    QString name;
    QString endpoint; // "/Users"
    QString schema;
    QStringList schemaExtensions;
};

// A User resource: the server's id and the mailbox it describes.
struct ScimUser
{
    QString id;
    Mailbox mailbox;
};

// A page of a ListResponse.
struct ScimUserList
{
    QList<ScimUser> users;
    int totalResults = 0;
    int startIndex = 1;
};

// A Domain resource, with what the server says the domain uses where it says so.
struct ScimDomain
{
    QString id;
    Domain domain;
    std::optional<int> mailboxCount;
    std::optional<qint64> allocatedMb;
    std::optional<qint64> usedBytes;
};

// A page request of GET /Users.
struct ScimListRequest
{
    QString filter;
    int startIndex = 1; // SCIM counts from 1
    int count = 100;
    QString sortBy; // empty: the server's order
    bool descending = false;
};

// The SCIM 2.0 protocol (RFC 7643, RFC 7644) as PEC Admin speaks it: pure functions that
// build requests and read answers, so that both are tested without a network. The mapping
// between a mailbox and a User resource is described in docs/SCIM.md.
class ScimProtocol
{
public:
    static const QString userSchema; // urn:ietf:params:scim:schemas:core:2.0:User
    static const QString mailboxSchema; // urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox
    static const QString domainSchema; // urn:ietf:params:scim:schemas:pecadmin:2.0:Domain
    static const QString patchOpSchema; // urn:ietf:params:scim:api:messages:2.0:PatchOp
    static const QString listResponseSchema;
    static const QString errorSchema;
    static const QByteArray contentType; // application/scim+json

    // ---- requests ----

    // `base` + "/" + `path` (leading and trailing slashes tolerated), with `query` encoded.
    static QUrl endpointUrl(const QUrl &base, const QString &path, const QList<QPair<QString, QString>> &query = {});
    // A SCIM string literal: "text" with quotes and backslashes escaped.
    static QString quoted(const QString &text);
    // The filter of a domain's mailboxes, narrowed to names containing `text` when given:
    // userName ew "@pec.example.it" and userName co "rossi"
    static QString mailboxFilter(const QString &domain, const QString &text);
    static QString userNameEquals(const QString &address);
    // The attribute a column sorts by: userName, active, meta.created, or an attribute of
    // the mailbox extension in its full form ("urn:…:Mailbox:quotaMb").
    static QString sortAttribute(MailboxColumn column);
    static QUrl listUrl(const QUrl &base, const QString &endpoint, const ScimListRequest &request);
    static QUrl resourceUrl(const QUrl &base, const QString &endpoint, const QString &id);

    static QByteArray authorization(const ScimConnection &connection);
    // A request with Accept, Content-Type, Authorization, If-Match (when `ifMatch` is given)
    // and the connection's transfer timeout.
    static QNetworkRequest request(const ScimConnection &connection, const QUrl &url, const QString &ifMatch = {});

    // The body of POST /Users: the password is write-only and the user must change it.
    static QByteArray createUserBody(const NewMailbox &mailbox);
    // A PatchOp of `replace` operations for the attributes the change sets.
    static QByteArray changeBody(const MailboxChange &change);
    static QByteArray passwordResetBody(const QString &password);

    // ---- answers ----

    static Result<QJsonObject> parseObject(const QByteArray &body);
    static Result<ScimUser> parseUser(const QJsonObject &resource);
    static Result<ScimUser> parseUser(const QByteArray &body);
    // A User from a response to a request on that one resource: its version is meta.version
    // or, where the server gives it only there, the ETag header (`etag`), verbatim either way.
    static Result<ScimUser> parseUser(const QByteArray &body, const QByteArray &etag);
    // Whether two versions name the same one: the weak comparison of RFC 7232 (W/"3" and "3"
    // match), for a check made here; what is sent in If-Match is the version as it came.
    static bool sameVersion(const QString &a, const QString &b);
    static Result<ScimUserList> parseUserList(const QByteArray &body);
    static Result<ScimCapabilities> parseServiceProviderConfig(const QByteArray &body);
    static Result<QList<ScimResourceType>> parseResourceTypes(const QByteArray &body);
    // The ids of the schemas that /Schemas lists.
    static Result<QStringList> parseSchemaIds(const QByteArray &body);
    static Result<QList<ScimDomain>> parseDomainList(const QByteArray &body);
    // The typed error of an HTTP answer that is not a success. `sessionWorked`: whether a
    // request with these credentials succeeded before (a 401 is then an expired session);
    // `bearer`: the credentials are a token; `challenge`: the WWW-Authenticate header of a
    // 401: where it or the detail says "expired" (RFC 6750: error="invalid_token",
    // error_description="The access token expired"), a session ended, not credentials refused.
    static ServiceError errorFromResponse(int httpStatus, const QByteArray &body, bool sessionWorked,
        bool bearer = false, const QByteArray &challenge = {});
    // The error of an answer that does not follow SCIM.
    static ServiceError notScim(const QString &detail = {});
    // Retry-After in milliseconds, as seconds or as an HTTP date relative to `now`.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);
};

} // namespace pecadmin
