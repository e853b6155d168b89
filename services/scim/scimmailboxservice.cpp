#include "scimmailboxservice.h"

#include "core/rules.h"
#include "scim/futuresteps.h"
#include "scim/scimdiscovery.h"
#include "scim/scimtransport.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

ServiceError mailboxNotFound(const QString &address)
{
    return ServiceError(
        Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 does not exist."), { address });
}

ServiceError domainNotFound(const QString &domain)
{
    return ServiceError(Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The domain %1 does not exist."), { domain });
}

ServiceError changedMeanwhile(const QString &address)
{
    return ServiceError(Code::Conflict,
        QT_TRANSLATE_NOOP("ServiceError",
            "The mailbox %1 was changed by someone else meanwhile. Reload it and try "
            "again."),
        { address });
}

Domain unknownLimits(const QString &name)
{
    Domain domain;
    domain.name = name;
    domain.totalSpaceMb = 0;
    domain.maxMailboxes = 0;
    domain.archivingAvailable = false;
    domain.passwordPolicy = PasswordPolicy::unstated();
    return domain;
}

Result<Mailbox> mailboxFromUser(const QByteArray &body)
{
    const Result<ScimUser> user = ScimProtocol::parseUser(body);
    return user ? Result<Mailbox>(user.value().mailbox) : Result<Mailbox>(user.error());
}

// The profile's domains, as the store keeps names.
QStringList normalizedDomains(const QStringList &domains)
{
    QStringList normalized;
    for (const QString &name : domains)
        normalized.append(rules::normalizedDomainName(name));
    return normalized;
}

// The page's mailboxes after `after`: a mailbox added before this page meanwhile pushes
// `after` into it, and it is not shown twice.
void dropUpTo(QList<Mailbox> *mailboxes, const QString &after)
{
    for (qsizetype i = 0; i < mailboxes->size(); ++i) {
        if (mailboxes->at(i).address() == after) {
            mailboxes->remove(0, i + 1);
            return;
        }
    }
}

// Sorts a page where the server cannot: on `column`, the name breaking ties.
void sortPage(QList<Mailbox> *mailboxes, MailboxColumn column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    std::stable_sort(mailboxes->begin(), mailboxes->end(), [column, descending](const Mailbox &a, const Mailbox &b) {
        const QPartialOrdering keys = QVariant::compare(sortKey(a, column), sortKey(b, column));
        const bool less = keys == QPartialOrdering::Less || (keys == QPartialOrdering::Equivalent && a.name < b.name);
        const bool greater
            = keys == QPartialOrdering::Greater || (keys == QPartialOrdering::Equivalent && b.name < a.name);
        return descending ? greater : less;
    });
}

} // namespace

ScimMailboxService::ScimMailboxService(ScimConnection connection, QObject *parent)
    : MailboxService(parent), m_transport(new ScimTransport(std::move(connection), this))
{
    connect(m_transport, &ScimTransport::reached, this, [this](bool reachable) { setReachable(reachable); });
    connect(m_transport, &ScimTransport::sessionExpired, this, &MailboxService::sessionExpired);
}

ScimMailboxService::~ScimMailboxService() = default;

const ScimConnection &ScimMailboxService::connection() const
{
    return m_transport->connection();
}

QUrl ScimMailboxService::listUrl(const QString &endpoint, const ScimListRequest &request) const
{
    return ScimProtocol::listUrl(connection().baseUrl, endpoint, request);
}

void ScimMailboxService::setCredentials(const QString &username, const QString &secret)
{
    m_transport->setCredentials(username, secret);
}

void ScimMailboxService::setRetryPolicy(int maxAttempts, int firstDelayMs)
{
    m_transport->setRetryPolicy(maxAttempts, firstDelayMs);
}

QString ScimMailboxService::location() const
{
    return connection().baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

ServiceCapabilities ScimMailboxService::capabilities() const
{
    ServiceCapabilities capabilities;
    capabilities.addsDomains = false;
    capabilities.sortsWholeList = !m_connected || m_capabilities.sort;
    capabilities.knowsDomainLimits = !m_connected || hasDomainResource();
    capabilities.sharedWithOthers = true;
    capabilities.expiresSessions = true;
    return capabilities;
}

QFuture<Outcome> ScimMailboxService::reauthenticate(const QString &username, const QString &secret)
{
    setCredentials(username, secret);
    // A request that needs the credentials: the first mailbox of the first domain, or any.
    const auto answer = andThen(connected(), [this](Done) {
        ScimListRequest request;
        if (!connection().domains.isEmpty())
            request.filter = ScimProtocol::mailboxFilter(rules::normalizedDomainName(connection().domains.first()), {});
        request.count = 1;
        return m_transport->get(listUrl(m_userEndpoint, request));
    });
    return andThen(answer, [](const QByteArray &) { return Outcome(Done {}); });
}

// ---- discovery ------------------------------------------------------------------------

QFuture<Outcome> ScimMailboxService::connectToServer()
{
    return discover();
}

QFuture<Outcome> ScimMailboxService::connected()
{
    if (m_connected)
        return ready(Outcome(Done {}));
    return discover();
}

QFuture<Outcome> ScimMailboxService::discover()
{
    return andThen(
        ScimDiscovery::discover(*m_transport), [this](const ScimServerOffer &offer) { return adopt(offer); });
}

Outcome ScimMailboxService::adopt(const ScimServerOffer &offer)
{
    m_capabilities = offer.capabilities;
    m_userEndpoint = offer.userEndpoint;
    m_domainEndpoint = offer.domainEndpoint;
    m_connected = true;
    return Done {};
}

// ---- domains --------------------------------------------------------------------------

QFuture<Result<QList<Domain>>> ScimMailboxService::domains()
{
    return andThen(connected(), [this](Done) { return readDomains(); });
}

QFuture<Result<QList<Domain>>> ScimMailboxService::readDomains()
{
    const QStringList wanted = normalizedDomains(connection().domains);
    if (m_domainEndpoint.isEmpty()) {
        QList<Domain> list;
        for (const QString &name : wanted)
            list.append(unknownLimits(name));
        return ready(Result<QList<Domain>>(list));
    }
    ScimListRequest request;
    request.count = m_capabilities.maxResults > 0 ? m_capabilities.maxResults : 1000;
    return andThen(m_transport->get(listUrl(m_domainEndpoint, request)),
        [wanted](const QByteArray &body) -> Result<QList<Domain>> {
            const Result<QList<ScimDomain>> parsed = ScimProtocol::parseDomainList(body);
            if (!parsed)
                return parsed.error();
            QList<Domain> list;
            for (const ScimDomain &entry : parsed.value()) {
                if (wanted.isEmpty() || wanted.contains(entry.domain.name))
                    list.append(entry.domain);
            }
            std::sort(list.begin(), list.end(), [](const Domain &a, const Domain &b) { return a.name < b.name; });
            return list;
        });
}

QFuture<Result<DomainDetails>> ScimMailboxService::domainDetails(const QString &domain)
{
    return andThen(connected(), [this, domain](Done) { return readDetails(domain); });
}

QFuture<Result<DomainDetails>> ScimMailboxService::readDetails(const QString &rawDomain)
{
    const QString domain = rules::normalizedDomainName(rawDomain);
    if (auto error = rules::checkDomainName(domain))
        return ready(Result<DomainDetails>(*error));
    if (m_domainEndpoint.isEmpty())
        return readDetailsWithoutDomainResource(domain);
    ScimListRequest request;
    request.filter = u"name eq "_s + ScimProtocol::quoted(domain);
    request.count = 1;
    const auto entry = andThen(
        m_transport->get(listUrl(m_domainEndpoint, request)), [domain](const QByteArray &body) -> Result<ScimDomain> {
            const Result<QList<ScimDomain>> parsed = ScimProtocol::parseDomainList(body);
            if (!parsed)
                return parsed.error();
            if (parsed.value().isEmpty())
                return domainNotFound(domain);
            return parsed.value().constFirst();
        });
    return andThen(entry, [this, domain](const ScimDomain &found) { return detailsOf(domain, found); });
}

QFuture<Result<DomainDetails>> ScimMailboxService::detailsOf(const QString &domain, const ScimDomain &entry)
{
    DomainDetails details;
    details.domain = entry.domain;
    details.allocatedMb = entry.allocatedMb.value_or(0);
    details.usedBytes = entry.usedBytes.value_or(0);
    if (entry.mailboxCount) {
        details.mailboxCount = *entry.mailboxCount;
        return ready(Result<DomainDetails>(details));
    }
    // The server does not say how many mailboxes the domain has: they are counted.
    return andThen(countMailboxes(domain), [details](int count) {
        DomainDetails counted = details;
        counted.mailboxCount = count;
        return Result<DomainDetails>(counted);
    });
}

QFuture<Result<DomainDetails>> ScimMailboxService::readDetailsWithoutDomainResource(const QString &domain)
{
    const QStringList listed = normalizedDomains(connection().domains);
    if (!listed.isEmpty() && !listed.contains(domain))
        return ready(Result<DomainDetails>(domainNotFound(domain)));
    return andThen(countMailboxes(domain), [domain](int count) {
        DomainDetails details;
        details.domain = unknownLimits(domain);
        details.mailboxCount = count;
        details.limitsKnown = false;
        return Result<DomainDetails>(details);
    });
}

QFuture<Result<int>> ScimMailboxService::countMailboxes(const QString &domain)
{
    ScimListRequest request;
    request.filter = ScimProtocol::mailboxFilter(domain, {});
    request.count = 0;
    return andThen(m_transport->get(listUrl(m_userEndpoint, request)), [](const QByteArray &body) -> Result<int> {
        const Result<ScimUserList> list = ScimProtocol::parseUserList(body);
        if (!list)
            return list.error();
        return list.value().totalResults;
    });
}

QFuture<Result<Domain>> ScimMailboxService::addDomain(const Domain & /*domain*/)
{
    return ready(Result<Domain>(ServiceError(
        Code::Unsupported, QT_TRANSLATE_NOOP("ServiceError", "Domains are set up by the provider on its server."))));
}

QFuture<Result<DomainDetails>> ScimMailboxService::changeDomain(const Domain & /*domain*/)
{
    return ready(Result<DomainDetails>(ServiceError(Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError",
            "The provider sets the domain's limits on its server: ask the provider to change the contract."))));
}

QFuture<Outcome> ScimMailboxService::removeDomain(const QString & /*domain*/)
{
    return ready(Outcome(ServiceError(Code::Unsupported,
        QT_TRANSLATE_NOOP(
            "ServiceError", "The provider keeps the domains on its server: ask the provider to remove it."))));
}

QFuture<Result<DomainDetails>> ScimMailboxService::addDemoDomain()
{
    return ready(Result<DomainDetails>(ServiceError(Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError", "The demo domain can be added to a local store only, not to a server."))));
}

// ---- mailboxes ------------------------------------------------------------------------

QString ScimMailboxService::cursorKey(const MailboxQuery &query, const QString &address) const
{
    return rules::normalizedDomainName(query.domain) + u'\n' + query.filter.trimmed() + u'\n'
        + QString::number(int(query.sortColumn)) + u'\n' + QString::number(int(query.sortOrder)) + u'\n' + address;
}

QFuture<Result<MailboxPage>> ScimMailboxService::mailboxes(const MailboxQuery &query)
{
    const auto request = andThen(connected(), [this, query](Done) { return pageRequest(query); });
    return andThen(request, [this, query](const ScimListRequest &page) { return readPage(query, page); });
}

Result<ScimListRequest> ScimMailboxService::pageRequest(const MailboxQuery &query) const
{
    const QString domain = rules::normalizedDomainName(query.domain);
    if (auto invalid = rules::checkDomainName(domain))
        return *invalid;
    ScimListRequest request;
    request.filter = ScimProtocol::mailboxFilter(domain, query.filter);
    // SCIM pages by offset: a page that follows `after` starts where the page ending with
    // `after` ended, as remembered; otherwise at the query's offset.
    request.startIndex = std::max(query.offset, 0) + 1;
    if (query.after) {
        const auto found = m_cursors.constFind(cursorKey(query, query.after->address()));
        if (found != m_cursors.constEnd())
            request.startIndex = found.value();
    }
    request.count = std::max(1, query.limit);
    if (m_capabilities.maxResults > 0)
        request.count = std::min(request.count, m_capabilities.maxResults);
    if (m_capabilities.sort) {
        request.sortBy = ScimProtocol::sortAttribute(query.sortColumn);
        request.descending = query.sortOrder == Qt::DescendingOrder;
    }
    return request;
}

QFuture<Result<MailboxPage>> ScimMailboxService::readPage(const MailboxQuery &query, const ScimListRequest &request)
{
    return andThen(m_transport->get(listUrl(m_userEndpoint, request)),
        [this, query, startIndex = request.startIndex](
            const QByteArray &body) { return pageFromList(query, startIndex, body); });
}

Result<MailboxPage> ScimMailboxService::pageFromList(const MailboxQuery &query, int startIndex, const QByteArray &body)
{
    const Result<ScimUserList> list = ScimProtocol::parseUserList(body);
    if (!list)
        return list.error();
    const ScimUserList &users = list.value();
    const int served = int(users.users.size());
    MailboxPage page;
    for (const ScimUser &user : users.users)
        page.mailboxes.append(user.mailbox);
    page.hasMore = served > 0 && startIndex - 1 + served < users.totalResults;
    if (served > 0) {
        if (m_cursors.size() > 10000)
            m_cursors.clear();
        m_cursors.insert(cursorKey(query, page.mailboxes.constLast().address()), startIndex + served);
    }
    if (query.after)
        dropUpTo(&page.mailboxes, query.after->address());
    if (!m_capabilities.sort)
        sortPage(&page.mailboxes, query.sortColumn, query.sortOrder);
    return page;
}

QFuture<Result<ScimUser>> ScimMailboxService::lookup(const QString &address)
{
    rules::Address parsed;
    if (auto error = rules::parseAddress(address, &parsed))
        return ready(Result<ScimUser>(*error));
    const QString normalized = parsed.name + u'@' + parsed.domain;
    ScimListRequest request;
    request.filter = ScimProtocol::userNameEquals(normalized);
    request.count = 2;
    return andThen(
        m_transport->get(listUrl(m_userEndpoint, request)), [normalized](const QByteArray &body) -> Result<ScimUser> {
            const Result<ScimUserList> list = ScimProtocol::parseUserList(body);
            if (!list)
                return list.error();
            for (const ScimUser &user : list.value().users) {
                if (user.mailbox.address() == normalized)
                    return user;
            }
            return mailboxNotFound(normalized);
        });
}

QFuture<Result<ScimUser>> ScimMailboxService::lookupCurrent(const QString &address, const QString &version)
{
    const auto user = andThen(connected(), [this, address](Done) { return lookup(address); });
    return andThen(user, [version](const ScimUser &found) -> Result<ScimUser> {
        if (!version.isEmpty() && !found.mailbox.version.isEmpty() && version != found.mailbox.version)
            return changedMeanwhile(found.mailbox.address());
        return found;
    });
}

QFuture<Result<Mailbox>> ScimMailboxService::mailbox(const QString &address)
{
    const auto user = andThen(connected(), [this, address](Done) { return lookup(address); });
    return andThen(user, [](const ScimUser &found) { return Result<Mailbox>(found.mailbox); });
}

QFuture<Result<Mailbox>> ScimMailboxService::createMailbox(const NewMailbox &input)
{
    const auto named = andThen(connected(), [input](Done) -> Result<NewMailbox> {
        if (auto invalid = rules::checkNewMailboxName(input.name))
            return *invalid;
        NewMailbox mailbox = input;
        mailbox.name = rules::normalizedMailboxName(input.name);
        mailbox.domain = rules::normalizedDomainName(input.domain);
        return mailbox;
    });
    const auto checked = andThen(named, [this](const NewMailbox &mailbox) { return checkAgainstDomain(mailbox); });
    return andThen(checked, [this](const NewMailbox &mailbox) { return postUser(mailbox); });
}

QFuture<Result<NewMailbox>> ScimMailboxService::checkAgainstDomain(const NewMailbox &mailbox)
{
    return andThen(readDetails(mailbox.domain), [mailbox](const DomainDetails &details) -> Result<NewMailbox> {
        if (auto invalid = rules::checkNewMailbox(rules::limitsToCheck(details), mailbox))
            return *invalid;
        return mailbox;
    });
}

QFuture<Result<Mailbox>> ScimMailboxService::postUser(const NewMailbox &mailbox)
{
    const QString address = mailbox.name + u'@' + mailbox.domain;
    const QUrl url = ScimProtocol::endpointUrl(connection().baseUrl, m_userEndpoint);
    return continueWith(m_transport->send("POST", url, ScimProtocol::createUserBody(mailbox)),
        [this, address](const ScimReply &reply) { return createdOrFound(address, reply); });
}

QFuture<Result<Mailbox>> ScimMailboxService::createdOrFound(const QString &address, const ScimReply &reply)
{
    if (reply.status != 0 || !reply.sslErrors.isEmpty()) {
        const Result<QByteArray> body = m_transport->accept(reply);
        return ready(body ? mailboxFromUser(body.value()) : Result<Mailbox>(body.error()));
    }
    // The answer was lost: the server may have created the mailbox. Never sent twice; looked
    // up instead.
    const ServiceError lost = m_transport->transportError(reply);
    return continueWith(lookup(address), [lost](const Result<ScimUser> &user) {
        return user ? Result<Mailbox>(user.value().mailbox) : Result<Mailbox>(lost);
    });
}

QString ScimMailboxService::ifMatchFor(const QString &requested, const Mailbox &current) const
{
    if (!m_capabilities.etag)
        return {};
    return requested.isEmpty() ? current.version : requested;
}

QFuture<Result<Mailbox>> ScimMailboxService::sendChange(
    const ScimUser &user, const QByteArray &verb, const QByteArray &body, const QString &ifMatch)
{
    const QUrl url = ScimProtocol::resourceUrl(connection().baseUrl, m_userEndpoint, user.id);
    return andThen(m_transport->call(verb, url, body, ifMatch), [this, url](const QByteArray &answer) {
        if (!answer.trimmed().isEmpty())
            return ready(mailboxFromUser(answer));
        // 204 No Content: read the mailbox as it is now.
        return andThen(m_transport->get(url), [](const QByteArray &fresh) { return mailboxFromUser(fresh); });
    });
}

QFuture<Result<Mailbox>> ScimMailboxService::changeMailbox(const MailboxChange &change)
{
    const auto user = lookupCurrent(change.address, change.version);
    return andThen(user, [this, change](const ScimUser &current) { return applyChange(current, change); });
}

QFuture<Result<Mailbox>> ScimMailboxService::applyChange(const ScimUser &user, const MailboxChange &change)
{
    if (change.isEmpty())
        return ready(Result<Mailbox>(user.mailbox));
    const auto checked = andThen(readDetails(user.mailbox.domain), [user, change](const DomainDetails &details) {
        if (auto invalid = rules::checkChange(rules::limitsToCheck(details), user.mailbox, change))
            return Outcome(*invalid);
        return Outcome(Done {});
    });
    return andThen(checked, [this, user, change](Done) {
        return sendChange(user, "PATCH", ScimProtocol::changeBody(change), ifMatchFor(change.version, user.mailbox));
    });
}

QFuture<Result<Mailbox>> ScimMailboxService::resetPassword(
    const QString &address, const QString &version, const QString &password)
{
    const auto user = lookupCurrent(address, version);
    return andThen(user,
        [this, version, password](const ScimUser &current) { return applyPasswordReset(current, version, password); });
}

QFuture<Result<Mailbox>> ScimMailboxService::applyPasswordReset(
    const ScimUser &user, const QString &version, const QString &password)
{
    if (auto refused = rules::checkPasswordReset(user.mailbox))
        return ready(Result<Mailbox>(*refused));
    const auto checked = andThen(readDetails(user.mailbox.domain), [user, password](const DomainDetails &details) {
        const PasswordPolicy policy = rules::limitsToCheck(details).domain.passwordPolicy;
        if (auto invalid = rules::checkPassword(policy, password, user.mailbox.name))
            return Outcome(*invalid);
        return Outcome(Done {});
    });
    return andThen(checked, [this, user, version, password](Done) {
        return sendChange(user, "PATCH", ScimProtocol::passwordResetBody(password), ifMatchFor(version, user.mailbox));
    });
}

QFuture<Outcome> ScimMailboxService::deleteMailbox(const QString &address, const QString &version)
{
    const auto user = lookupCurrent(address, version);
    return andThen(user, [this, version](const ScimUser &current) { return removeUser(current, version); });
}

QFuture<Outcome> ScimMailboxService::removeUser(const ScimUser &user, const QString &version)
{
    if (auto refused = rules::checkDelete(user.mailbox))
        return ready(Outcome(*refused));
    const QUrl url = ScimProtocol::resourceUrl(connection().baseUrl, m_userEndpoint, user.id);
    return continueWith(
        m_transport->call("DELETE", url, {}, ifMatchFor(version, user.mailbox)), [](const Result<QByteArray> &answer) {
            // Gone already (a repeated DELETE whose first answer was lost): what was asked holds.
            if (!answer && answer.error().code() == Code::NotFound)
                return Outcome(Done {});
            return answer ? Outcome(Done {}) : Outcome(answer.error());
        });
}

} // namespace pecadmin
