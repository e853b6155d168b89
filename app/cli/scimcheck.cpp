#include "scimcheck.h"

#include "cliconnection.h"
#include "console.h"
#include "core/rules.h"
#include "outputformatter.h"
#include "scim/scimdiscovery.h"
#include "scim/scimprotocol.h"
#include "scim/scimtransport.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <optional>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Line = ScimCheck::Line;

ScimReply wait(const QFuture<ScimReply> &future)
{
    QFutureWatcher<ScimReply> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.resultCount() > 0 ? future.result() : ScimReply {};
}

QString httpStatus(const ScimReply &reply)
{
    if (reply.status == 0)
        return reply.errorString;
    return u"HTTP "_s + QString::number(reply.status);
}

Line line(const QString &name, bool passed, bool blocking, const QString &found, const QString &action)
{
    return Line { name, passed, blocking && !passed, found, action };
}

// The checks, one after the other, on one transport.
class Checker
{
public:
    Checker(ScimTransport &transport, QString domain) : m_transport(transport), m_domain(std::move(domain)) { }

    QList<Line> run();

private:
    QUrl url(const QString &path) const { return ScimProtocol::endpointUrl(base(), path); }
    QUrl base() const { return m_transport.connection().baseUrl; }
    ScimReply get(const QUrl &address) { return wait(m_transport.send("GET", address)); }
    ScimReply list(const ScimListRequest &request) { return get(ScimProtocol::listUrl(base(), m_users, request)); }
    QUrl userUrl(const QString &id) const { return ScimProtocol::resourceUrl(base(), m_users, id); }
    QString address(const QString &suffix) const { return m_prefix + suffix + u'@' + m_domain; }
    std::optional<ScimUser> create(const QString &suffix, ScimReply *reply);

    bool discovery();
    void writes();

    ScimTransport &m_transport;
    QString m_domain;
    QString m_prefix;
    QString m_users = u"/Users"_s;
    ScimCapabilities m_capabilities;
    bool m_domainResource = false;
    QList<Line> m_lines;
};

std::optional<ScimUser> Checker::create(const QString &suffix, ScimReply *reply)
{
    NewMailbox mailbox;
    mailbox.name = m_prefix + suffix;
    mailbox.domain = m_domain;
    // Long and of every kind of character: any domain's policy takes it.
    mailbox.password = u"Pc-"_s + QString::number(QRandomGenerator::global()->generate64(), 36) + u"-Xy7!q"_s;
    mailbox.quotaMb = 1;
    *reply = wait(m_transport.send("POST", url(m_users), ScimProtocol::createUserBody(mailbox)));
    if (!reply->succeeded())
        return std::nullopt;
    Result<ScimUser> user = ScimProtocol::parseUser(reply->body, reply->etag);
    if (!user)
        return std::nullopt;
    return user.takeValue();
}

QList<Line> Checker::run()
{
    m_prefix = u"pecadmin-check-"_s + QString::number(QRandomGenerator::global()->bounded(0x10000000u), 16) + u'-';
    if (discovery())
        writes();
    return m_lines;
}

bool Checker::discovery()
{
    // /ServiceProviderConfig: a SCIM service at that address, and what it says it does.
    const ScimReply config = get(url(u"ServiceProviderConfig"_s));
    const Result<QByteArray> configBody = ScimDiscovery::serviceAnswer(m_transport, config);
    Result<ScimCapabilities> capabilities = configBody ? ScimProtocol::parseServiceProviderConfig(configBody.value())
                                                       : Result<ScimCapabilities>(configBody.error());
    if (!capabilities) {
        m_lines.append(line(u"discovery"_s, false, true, capabilities.error().message(),
            ScimCheck::tr("PEC Admin cannot connect to this address.")));
        return false;
    }
    m_capabilities = capabilities.value();
    const ScimReply types = get(url(u"ResourceTypes"_s));
    const Result<QByteArray> typesBody = ScimDiscovery::serviceAnswer(m_transport, types);
    const Result<QList<ScimResourceType>> parsed = typesBody ? ScimProtocol::parseResourceTypes(typesBody.value())
                                                             : Result<QList<ScimResourceType>>(typesBody.error());
    if (!parsed) {
        m_lines.append(line(u"discovery"_s, false, true, parsed.error().message(),
            ScimCheck::tr("PEC Admin cannot connect to this address.")));
        return false;
    }
    bool userType = false;
    bool extension = false;
    for (const ScimResourceType &type : parsed.value()) {
        if (type.schema == ScimProtocol::userSchema) {
            userType = true;
            m_users = type.endpoint;
            extension = type.schemaExtensions.contains(ScimProtocol::mailboxSchema);
        } else if (type.schema == ScimProtocol::domainSchema) {
            m_domainResource = true;
        }
    }
    m_lines.append(line(u"discovery"_s, userType, true,
        userType ? ScimCheck::tr("/ServiceProviderConfig and /ResourceTypes read; users at %1.").arg(m_users)
                 : ScimCheck::tr("/ResourceTypes lists no User resource type."),
        userType ? ScimCheck::tr("PEC Admin reads them when it connects.")
                 : ScimCheck::tr("PEC Admin cannot connect to this server.")));
    if (!userType)
        return false;

    // The mailbox extension, in the User resource type or in /Schemas.
    if (!extension) {
        const ScimReply schemas = get(url(u"Schemas"_s));
        if (schemas.succeeded()) {
            const Result<QStringList> ids = ScimProtocol::parseSchemaIds(schemas.body);
            extension = ids && ids.value().contains(ScimProtocol::mailboxSchema);
        }
        m_transport.accept(schemas);
    }
    m_lines.append(line(u"extension"_s, extension, true,
        extension ? ScimCheck::tr("The mailbox extension %1 is offered.").arg(ScimProtocol::mailboxSchema)
                  : ScimCheck::tr("The mailbox extension %1 is offered neither by the User resource type nor in "
                                  "/Schemas.")
                        .arg(ScimProtocol::mailboxSchema),
        extension ? ScimCheck::tr("Quotas, usage and archiving are read and written through it.")
                  : ScimCheck::tr("PEC Admin refuses the server: quotas and archiving cannot be read.")));
    m_lines.append(line(u"domains"_s, true, false,
        m_domainResource ? ScimCheck::tr("The Domain resource type is offered.")
                         : ScimCheck::tr("There is no Domain resource type."),
        m_domainResource ? ScimCheck::tr("Each domain's limits are read from the server and checked before sending.")
                         : ScimCheck::tr("The domains are those named with --domain or in the connection; their "
                                         "limits are not known, and the server's own refusals are shown.")));
    m_lines.append(line(u"patch"_s, m_capabilities.patch, true,
        m_capabilities.patch ? ScimCheck::tr("PATCH is supported.") : ScimCheck::tr("PATCH is not supported."),
        m_capabilities.patch ? ScimCheck::tr("Every change is sent as a PATCH of the attributes it changes.")
                             : ScimCheck::tr("PEC Admin refuses the server: it changes mailboxes with PATCH only.")));
    if (!extension || !m_capabilities.patch)
        return false;

    if (m_domain.isEmpty() && m_domainResource) {
        ScimListRequest request;
        request.count = 1;
        const ScimReply domains = get(ScimProtocol::listUrl(base(), u"/Domains"_s, request));
        if (domains.succeeded()) {
            const Result<QList<ScimDomain>> found = ScimProtocol::parseDomainList(domains.body);
            if (found && !found.value().isEmpty())
                m_domain = found.value().constFirst().domain.name;
        }
        m_transport.accept(domains);
    }
    if (m_domain.isEmpty()) {
        m_lines.append(line(u"domain"_s, false, true, ScimCheck::tr("No domain to try mailboxes in."),
            ScimCheck::tr("Give one with --domain NAME to run the remaining checks.")));
        return false;
    }

    // Filters: a domain's mailboxes by the end of their userName.
    ScimListRequest request;
    request.filter = ScimProtocol::mailboxFilter(m_domain, {});
    request.count = 0;
    const ScimReply filtered = list(request);
    const Result<ScimUserList> counted
        = filtered.succeeded() ? ScimProtocol::parseUserList(filtered.body) : Result<ScimUserList>(ServiceError());
    const bool filters = m_capabilities.filter && counted.ok();
    m_lines.append(line(u"filter"_s, filters, true,
        filters ? ScimCheck::tr("The filter %1 is answered (%n mailboxes).", nullptr, counted.value().totalResults)
                      .arg(request.filter)
                : ScimCheck::tr("The filter %1 is not answered (%2).").arg(request.filter, httpStatus(filtered)),
        filters ? ScimCheck::tr("A domain's mailboxes are listed and searched with filters.")
                : ScimCheck::tr("PEC Admin cannot list a domain's mailboxes on this server.")));
    m_transport.accept(filtered);
    return filters;
}

void Checker::writes()
{
    // Two mailboxes of the check's own.
    ScimReply createdReply;
    const std::optional<ScimUser> first = create(u"a"_s, &createdReply);
    m_lines.append(line(u"create"_s, first.has_value(), true,
        first ? ScimCheck::tr("%1 created (%2).").arg(address(u"a"_s), httpStatus(createdReply))
              : ScimCheck::tr("%1 could not be created (%2): %3")
                    .arg(address(u"a"_s), httpStatus(createdReply), m_transport.accept(createdReply).error().message()),
        first ? ScimCheck::tr("Mailboxes are created with POST; it is deleted at the end of the check.")
              : ScimCheck::tr("PEC Admin cannot create mailboxes in %1.").arg(m_domain)));
    if (!first)
        return;
    ScimReply secondReply;
    const std::optional<ScimUser> second = create(u"b"_s, &secondReply);
    QStringList created { first->id };
    if (second)
        created.append(second->id);

    // Uniqueness: the same address again.
    ScimReply duplicateReply;
    const std::optional<ScimUser> duplicate = create(u"a"_s, &duplicateReply);
    if (duplicate)
        created.append(duplicate->id);
    const bool unique = duplicateReply.status == 409;
    m_lines.append(line(u"uniqueness"_s, unique, false,
        unique ? ScimCheck::tr("A second mailbox with the same address is refused with 409.")
               : ScimCheck::tr("A second mailbox with the same address is answered %1, not 409.")
                     .arg(httpStatus(duplicateReply)),
        unique ? ScimCheck::tr("A taken address is reported as taken.")
               : ScimCheck::tr("A taken address may be created twice or refused without saying why: check the "
                               "address before creating.")));

    // Paging across maxResults: offsets, and pages no longer than the server's limit.
    ScimListRequest request;
    request.filter = u"userName sw "_s + ScimProtocol::quoted(m_prefix);
    request.count = 1;
    const ScimReply pageOne = list(request);
    request.startIndex = 2;
    const ScimReply pageTwo = list(request);
    const Result<ScimUserList> one = ScimProtocol::parseUserList(pageOne.body);
    const Result<ScimUserList> two = ScimProtocol::parseUserList(pageTwo.body);
    const bool offsets = one && two && one.value().users.size() == 1 && two.value().users.size() == 1
        && one.value().users.constFirst().id != two.value().users.constFirst().id && one.value().totalResults >= 2;
    QString capped;
    bool withinLimit = true;
    if (m_capabilities.maxResults > 0) {
        ScimListRequest all;
        all.filter = ScimProtocol::mailboxFilter(m_domain, {});
        all.count = m_capabilities.maxResults + 1;
        const Result<ScimUserList> many = ScimProtocol::parseUserList(list(all).body);
        withinLimit = many && many.value().users.size() <= m_capabilities.maxResults;
        capped = ScimCheck::tr("maxResults is %1.").arg(m_capabilities.maxResults);
    } else {
        capped = ScimCheck::tr("No maxResults is stated.");
    }
    const bool paging = offsets && withinLimit && second.has_value();
    m_lines.append(line(u"paging"_s, paging, true,
        paging ? ScimCheck::tr("startIndex and count page the list. %1").arg(capped)
               : ScimCheck::tr("Pages by startIndex and count are not as RFC 7644 says (%1, %2). %3")
                     .arg(httpStatus(pageOne), httpStatus(pageTwo), capped),
        paging ? ScimCheck::tr("Pages are read %1 mailboxes at a time, with as many requests as a longer page needs.")
                     .arg(m_capabilities.maxResults > 0 ? m_capabilities.maxResults : 500)
               : ScimCheck::tr("Lists longer than one page would be wrong.")));

    // Sorting, or its absence.
    if (m_capabilities.sort) {
        ScimListRequest sorted;
        sorted.filter = request.filter;
        sorted.count = 2;
        sorted.sortBy = u"userName"_s;
        sorted.descending = true;
        const Result<ScimUserList> answer = ScimProtocol::parseUserList(list(sorted).body);
        const bool sorts = answer && answer.value().users.size() >= 2
            && answer.value().users.at(0).mailbox.name > answer.value().users.at(1).mailbox.name;
        m_lines.append(line(u"sort"_s, sorts, false,
            sorts ? ScimCheck::tr("Sorting is supported, and sortBy with sortOrder=descending is honoured.")
                  : ScimCheck::tr("Sorting is claimed, but sortBy with sortOrder=descending is not honoured."),
            sorts ? ScimCheck::tr("Lists are sorted by the server, on any column.")
                  : ScimCheck::tr("Lists follow the server's order: declare sort unsupported, and PEC Admin "
                                  "sorts them itself.")));
    } else {
        m_lines.append(line(u"sort"_s, true, false, ScimCheck::tr("Sorting is not supported."),
            ScimCheck::tr("A list is read whole (up to 20,000 mailboxes) and sorted by PEC Admin.")));
    }

    // PATCH: 200 with the resource, or 204.
    MailboxChange change;
    change.enabled = false;
    const QUrl firstUrl = userUrl(first->id);
    const ScimReply patched = wait(m_transport.send("PATCH", firstUrl, ScimProtocol::changeBody(change)));
    const bool patchWithBody = patched.status == 200 && ScimProtocol::parseUser(patched.body).ok();
    const bool patchOk = patchWithBody || patched.status == 204;
    m_lines.append(line(u"patch-answer"_s, patchOk, true,
        patchWithBody               ? ScimCheck::tr("PATCH is answered 200 with the mailbox.")
            : patched.status == 204 ? ScimCheck::tr("PATCH is answered 204 No Content.")
                                    : ScimCheck::tr("PATCH is answered %1.").arg(httpStatus(patched)),
        patchWithBody ? ScimCheck::tr("The mailbox as the server left it is shown at once.")
            : patchOk ? ScimCheck::tr("The mailbox is read again after each change.")
                      : ScimCheck::tr("PEC Admin cannot change mailboxes on this server.")));

    // Versions: meta.version or the ETag header.
    const ScimReply read = get(firstUrl);
    const Result<QJsonObject> resource = ScimProtocol::parseObject(read.body);
    const QString metaVersion
        = resource ? resource.value().value(u"meta"_s).toObject().value(u"version"_s).toString() : QString();
    const QString header = QString::fromLatin1(read.etag);
    const QString version = metaVersion.isEmpty() ? header : metaVersion;
    const bool weak = version.startsWith(u"W/"_s);
    QString found;
    QString action;
    bool versions = false;
    if (!m_capabilities.etag) {
        found = ScimCheck::tr("Versions (ETags) are not supported.");
        action = ScimCheck::tr("A change made meanwhile by another administrator is not noticed: the last change "
                               "wins.");
    } else if (!version.isEmpty()) {
        versions = true;
        found = (metaVersion.isEmpty() ? ScimCheck::tr("Versions come in the ETag header only (%1).")
                                       : ScimCheck::tr("Versions come in meta.version (%1)."))
                    .arg(version)
            + u' ' + (weak ? ScimCheck::tr("They are weak.") : ScimCheck::tr("They are strong."));
        action = ScimCheck::tr("Each change carries the version it was made from in If-Match, as the server gave it.");
    } else {
        versions = true;
        found = ScimCheck::tr("Versions are claimed, but a mailbox has neither meta.version nor an ETag header.");
        action = ScimCheck::tr("meta.lastModified is compared just before each change is sent; a change made in "
                               "between is not noticed.");
    }
    m_lines.append(line(u"etag"_s, versions, false, found, action));

    // If-Match with a version that is no longer current.
    if (m_capabilities.etag && !version.isEmpty()) {
        const QString stale
            = first->mailbox.version.isEmpty() || ScimProtocol::sameVersion(first->mailbox.version, version)
            ? (weak ? u"W/\"pecadmin-stale\""_s : u"\"pecadmin-stale\""_s)
            : first->mailbox.version;
        MailboxChange again;
        again.enabled = true;
        const ScimReply refused = wait(m_transport.send("PATCH", firstUrl, ScimProtocol::changeBody(again), stale));
        const bool precondition = refused.status == 412;
        m_lines.append(line(u"if-match"_s, precondition, false,
            precondition ? ScimCheck::tr("A change with a stale version in If-Match is refused with 412.")
                         : ScimCheck::tr("A change with a stale version in If-Match is answered %1, not 412.")
                               .arg(httpStatus(refused)),
            precondition ? ScimCheck::tr("A change from a stale view is refused, and the user is told to reload.")
                         : ScimCheck::tr("PEC Admin compares versions itself just before sending; a change made "
                                         "in between overwrites the other.")));
    }

    // Clean up; a deleted mailbox then reads as missing.
    bool deleted = true;
    for (const QString &id : std::as_const(created)) {
        const ScimReply answer = wait(m_transport.send("DELETE", userUrl(id)));
        deleted = deleted && (answer.succeeded() || answer.status == 404);
    }
    const ScimReply gone = get(firstUrl);
    const bool missing = gone.status == 404;
    m_lines.append(line(u"delete"_s, deleted && missing, false,
        deleted && missing ? ScimCheck::tr("The check's mailboxes were deleted, and read as missing afterwards.")
                           : ScimCheck::tr("The check's mailboxes (%1…) could not all be deleted, or still read "
                                           "(%2).")
                                 .arg(m_prefix, httpStatus(gone)),
        deleted && missing ? ScimCheck::tr("Deleting works; a missing mailbox is reported as missing.")
                           : ScimCheck::tr("Delete the mailboxes whose names begin with %1 by hand.").arg(m_prefix)));
}

ScimConnection scimConnection(const CliConnection::Server &server)
{
    ScimConnection connection;
    connection.baseUrl = server.profile.baseUrl;
    connection.auth
        = server.profile.auth == ConnectionProfile::ScimAuth::Bearer ? ScimConnection::Bearer : ScimConnection::Basic;
    connection.username = connection.auth == ScimConnection::Basic ? server.profile.user : QString();
    connection.secret = server.secret;
    connection.caCertificateFile = server.profile.caCertificateFile;
    connection.domains = server.profile.domains;
    return connection;
}

} // namespace

ExitCode ScimCheck::run(const Command &command, Console &console)
{
    QString usage;
    std::optional<CliConnection::Server> server = CliConnection::server(command, &usage);
    if (server && server->profile.kind != ConnectionProfile::Kind::Scim)
        usage = tr("check tries a SCIM server: name it with --scim URL or a saved SCIM connection.");
    if (!usage.isEmpty()) {
        console.printUsageError(usage, tr("See pecadmin-cli help check."));
        return ExitCode::UsageError;
    }
    ScimTransport transport(scimConnection(*server));
    server->secret.fill(u'\0');
    if (const std::optional<ServiceError> &error = transport.configurationError()) {
        console.printError(*error);
        return ExitCode::Refused;
    }
    const QString domain
        = server->profile.domains.isEmpty() ? QString() : rules::normalizedDomainName(server->profile.domains.first());
    const QList<Line> lines = Checker(transport, domain).run();

    bool usable = true;
    QJsonArray array;
    QStringList text;
    for (const Line &entry : lines) {
        usable = usable && !entry.blocking;
        array.append(QJsonObject { { u"check"_s, entry.name }, { u"passed"_s, entry.passed },
            { u"blocking"_s, entry.blocking }, { u"found"_s, entry.found }, { u"action"_s, entry.action } });
        const QString verdict = entry.passed ? tr("pass") : entry.blocking ? tr("FAIL") : tr("fail");
        text.append(u"%1  %2: %3\n      → %4"_s.arg(verdict.leftJustified(4), entry.name, entry.found, entry.action));
    }
    text.append(usable ? tr("The server can be used with PEC Admin.")
                       : tr("The server cannot be used with PEC Admin until the checks marked FAIL pass."));
    console.printResult(text.join(u'\n'),
        QJsonObject {
            { u"server"_s, server->profile.baseUrl.toString() }, { u"usable"_s, usable }, { u"checks"_s, array } });
    return usable ? ExitCode::Success : ExitCode::Refused;
}

} // namespace pecadmin
