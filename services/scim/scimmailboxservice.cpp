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
    domain.language.clear();
    return domain;
}

// The most users one request asks for where the server states no maxResults.
constexpr int defaultPageSize = 500;
// The longest list of a server that does not sort that is read whole to be sorted here.
constexpr int longestListSortedHere = 20000;

// What stands in for the version of a server that claims versions but gives a resource none:
// its meta.lastModified, in a form that no entity tag has (tags begin with a quote or W/).
const QString modifiedPrefix = QStringLiteral("modified@");

bool isModifiedToken(const QString &version)
{
    return version.startsWith(modifiedPrefix);
}

QString modifiedToken(const QDateTime &modified)
{
    return modified.isValid() ? modifiedPrefix + modified.toUTC().toString(Qt::ISODateWithMs) : QString();
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

// Whether `a` comes before `b` in the order of `column`, the name breaking ties.
bool precedes(const Mailbox &a, const Mailbox &b, MailboxColumn column, Qt::SortOrder order)
{
    const QPartialOrdering keys = QVariant::compare(sortKey(a, column, order), sortKey(b, column, order));
    const bool less = keys == QPartialOrdering::Less || (keys == QPartialOrdering::Equivalent && a.name < b.name);
    const bool greater = keys == QPartialOrdering::Greater || (keys == QPartialOrdering::Equivalent && b.name < a.name);
    return order == Qt::DescendingOrder ? greater : less;
}

// Sorts a list where the server cannot: on `column`, the name breaking ties.
void sortHere(QList<Mailbox> *mailboxes, MailboxColumn column, Qt::SortOrder order)
{
    std::stable_sort(mailboxes->begin(), mailboxes->end(),
        [column, order](const Mailbox &a, const Mailbox &b) { return precedes(a, b, column, order); });
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

void ScimMailboxService::setResendOnceAfterExpiry(bool resend)
{
    m_transport->setResendOnceAfterExpiry(resend);
}

QString ScimMailboxService::location() const
{
    return connection().baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

ServiceCapabilities ScimMailboxService::capabilities() const
{
    ServiceCapabilities capabilities;
    capabilities.addsDomains = false;
    // A server that does not sort has its lists read whole and sorted here, up to a length.
    capabilities.sortsWholeList = !m_connected || m_capabilities.sort || !m_listTooLongToSort;
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
    // A domain whose usage the server does not state has none of its mailboxes' usage summed.
    const bool usageStated = entry.usedBytes.has_value();
    if (entry.mailboxCount) {
        details.mailboxCount = *entry.mailboxCount;
        details.usageNotReported = usageStated ? 0 : details.mailboxCount;
        return ready(Result<DomainDetails>(details));
    }
    // The server does not say how many mailboxes the domain has: they are counted.
    return andThen(countMailboxes(domain), [details, usageStated](int count) {
        DomainDetails counted = details;
        counted.mailboxCount = count;
        counted.usageNotReported = usageStated ? 0 : count;
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
    return andThen(request, [this, query](const ScimListRequest &page) {
        if (!m_capabilities.sort)
            return readSortedHere(query, page);
        return readPage(query, page);
    });
}

Result<ScimListRequest> ScimMailboxService::pageRequest(const MailboxQuery &query) const
{
    const QString domain = rules::normalizedDomainName(query.domain);
    if (auto invalid = rules::checkDomainName(domain))
        return *invalid;
    // Without Domain resources, the domains are the connection's: another is not there.
    const QStringList listed = normalizedDomains(connection().domains);
    if (m_domainEndpoint.isEmpty() && !listed.isEmpty() && !listed.contains(domain))
        return domainNotFound(domain);
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
    if (m_capabilities.sort) {
        request.sortBy = ScimProtocol::sortAttribute(query.sortColumn);
        request.descending = query.sortOrder == Qt::DescendingOrder;
    }
    return request;
}

int ScimMailboxService::pageSize() const
{
    return m_capabilities.maxResults > 0 ? m_capabilities.maxResults : defaultPageSize;
}

QFuture<Result<ScimUserList>> ScimMailboxService::readUsers(
    const ScimListRequest &request, int wanted, bool stopIfLonger, const ScimUserList &collected)
{
    ScimListRequest next = request;
    next.startIndex = request.startIndex + int(collected.users.size());
    next.count = std::min(wanted - int(collected.users.size()), pageSize());
    return andThen(m_transport->get(listUrl(m_userEndpoint, next)),
        [this, request, wanted, stopIfLonger, collected](const QByteArray &body) -> QFuture<Result<ScimUserList>> {
            Result<ScimUserList> list = ScimProtocol::parseUserList(body);
            if (!list)
                return ready(list);
            const bool first = collected.users.isEmpty();
            ScimUserList more = collected;
            more.startIndex = request.startIndex;
            more.totalResults = list.value().totalResults;
            for (const ScimUser &user : list.value().users)
                more.users.append(withVersion(user));
            const int read = int(more.users.size());
            const bool ended = list.value().users.isEmpty() || request.startIndex - 1 + read >= more.totalResults;
            const bool tooLong = first && stopIfLonger && more.totalResults - request.startIndex + 1 > wanted;
            if (ended || read >= wanted || tooLong)
                return ready(Result<ScimUserList>(more));
            return readUsers(request, wanted, stopIfLonger, more);
        });
}

QFuture<Result<MailboxPage>> ScimMailboxService::readPage(const MailboxQuery &query, const ScimListRequest &request)
{
    return andThen(readUsers(request, request.count, false, ScimUserList {}),
        [this, query](const ScimUserList &users) { return Result<MailboxPage>(pageFromList(query, users)); });
}

MailboxPage ScimMailboxService::pageFromList(const MailboxQuery &query, const ScimUserList &users)
{
    const int served = int(users.users.size());
    MailboxPage page;
    for (const ScimUser &user : users.users)
        page.mailboxes.append(user.mailbox);
    page.hasMore = served > 0 && users.startIndex - 1 + served < users.totalResults;
    if (served > 0) {
        if (m_cursors.size() > 10000)
            m_cursors.clear();
        m_cursors.insert(cursorKey(query, page.mailboxes.constLast().address()), users.startIndex + served);
    }
    if (query.after)
        dropUpTo(&page.mailboxes, query.after->address());
    return page;
}

QString ScimMailboxService::listKey(const MailboxQuery &query) const
{
    return cursorKey(query, QString());
}

QFuture<Result<MailboxPage>> ScimMailboxService::readSortedHere(
    const MailboxQuery &query, const ScimListRequest &request)
{
    const QString key = listKey(query);
    const bool firstPage = !query.after && query.offset <= 0;
    const auto kept = m_sortedLists.constFind(key);
    if (!firstPage && kept != m_sortedLists.constEnd())
        return ready(Result<MailboxPage>(pageFromSorted(query, kept.value())));
    // The first page (or one whose list is no longer kept) reads the whole list again, so
    // that what others changed meanwhile shows.
    ScimListRequest whole = request;
    whole.startIndex = 1;
    return andThen(readUsers(whole, longestListSortedHere, true, ScimUserList {}),
        [this, query, request, key](const ScimUserList &users) -> QFuture<Result<MailboxPage>> {
            if (users.totalResults > longestListSortedHere) {
                // Too long to be read whole: pages in the server's own order.
                m_listTooLongToSort = true;
                return readPage(query, request);
            }
            QList<Mailbox> sorted;
            sorted.reserve(users.users.size());
            for (const ScimUser &user : users.users)
                sorted.append(user.mailbox);
            sortHere(&sorted, query.sortColumn, query.sortOrder);
            if (m_sortedLists.size() > 20)
                m_sortedLists.clear();
            m_sortedLists.insert(key, sorted);
            return ready(Result<MailboxPage>(pageFromSorted(query, sorted)));
        });
}

MailboxPage ScimMailboxService::pageFromSorted(const MailboxQuery &query, const QList<Mailbox> &sorted) const
{
    qsizetype start = std::max(query.offset, 0);
    if (query.after) {
        // Keyset paging on the list sorted here: the first mailbox that comes after `after`.
        const Mailbox &after = *query.after;
        const auto next = std::upper_bound(sorted.cbegin(), sorted.cend(), after,
            [&query](const Mailbox &a, const Mailbox &b) { return precedes(a, b, query.sortColumn, query.sortOrder); });
        start = next - sorted.cbegin();
    }
    const qsizetype limit = std::max(1, query.limit);
    MailboxPage page;
    page.mailboxes = sorted.mid(std::min(start, sorted.size()), limit);
    page.hasMore = start + limit < sorted.size();
    return page;
}

Mailbox ScimMailboxService::withVersion(Mailbox mailbox) const
{
    if (m_capabilities.etag && mailbox.version.isEmpty())
        mailbox.version = modifiedToken(mailbox.modified);
    return mailbox;
}

ScimUser ScimMailboxService::withVersion(ScimUser user) const
{
    user.mailbox = withVersion(std::move(user.mailbox));
    return user;
}

Result<Mailbox> ScimMailboxService::mailboxFromReply(const ScimReply &reply) const
{
    const Result<ScimUser> user = ScimProtocol::parseUser(reply.body, reply.etag);
    return user ? Result<Mailbox>(withVersion(user.value().mailbox)) : Result<Mailbox>(user.error());
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
    return andThen(m_transport->get(listUrl(m_userEndpoint, request)),
        [this, normalized](const QByteArray &body) -> Result<ScimUser> {
            const Result<ScimUserList> list = ScimProtocol::parseUserList(body);
            if (!list)
                return list.error();
            for (const ScimUser &user : list.value().users) {
                if (user.mailbox.address() == normalized)
                    return withVersion(user);
            }
            return mailboxNotFound(normalized);
        });
}

QFuture<Result<ScimUser>> ScimMailboxService::lookupCurrent(const QString &address, const QString &version)
{
    const auto user = andThen(connected(), [this, address](Done) { return lookup(address); });
    return andThen(user, [this, version](const ScimUser &found) -> QFuture<Result<ScimUser>> {
        const QString &current = found.mailbox.version;
        if (version.isEmpty() || current.isEmpty())
            return ready(Result<ScimUser>(found));
        if (isModifiedToken(version) != isModifiedToken(current)) {
            if (!isModifiedToken(version))
                return ready(Result<ScimUser>(found)); // the server compares, with If-Match
            // The view knows the time of the last change only: compared with the resource
            // as it is now, whose ETag header (where the server sends one) then goes in If-Match.
            return andThen(readById(found), [version](const ScimUser &fresh) -> Result<ScimUser> {
                if (modifiedToken(fresh.mailbox.modified) != version)
                    return changedMeanwhile(fresh.mailbox.address());
                return fresh;
            });
        }
        if (!ScimProtocol::sameVersion(version, current))
            return ready(Result<ScimUser>(changedMeanwhile(found.mailbox.address())));
        return ready(Result<ScimUser>(found));
    });
}

QFuture<Result<ScimUser>> ScimMailboxService::readById(const ScimUser &found)
{
    const QUrl url = ScimProtocol::resourceUrl(connection().baseUrl, m_userEndpoint, found.id);
    return continueWith(m_transport->send("GET", url), [this](const ScimReply &reply) -> Result<ScimUser> {
        const Result<QByteArray> body = m_transport->accept(reply);
        if (!body)
            return body.error();
        const Result<ScimUser> fresh = ScimProtocol::parseUser(reply.body, reply.etag);
        return fresh ? Result<ScimUser>(withVersion(fresh.value())) : fresh;
    });
}

QFuture<Result<Mailbox>> ScimMailboxService::mailbox(const QString &address)
{
    const auto user = andThen(connected(), [this, address](Done) { return lookup(address); });
    const auto versioned = andThen(user, [this](const ScimUser &found) {
        // A list gives no ETag headers: where the server gives versions only there, the
        // mailbox is read on its own for its version.
        if (isModifiedToken(found.mailbox.version))
            return readById(found);
        return ready(Result<ScimUser>(found));
    });
    return andThen(versioned, [](const ScimUser &found) { return Result<Mailbox>(found.mailbox); });
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
        return ready(body ? mailboxFromReply(reply) : Result<Mailbox>(body.error()));
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
    // The version the change was made from, as the server gave it; else the one just read.
    // Where only the time of the last change is known, that was compared before sending.
    if (!requested.isEmpty() && !isModifiedToken(requested))
        return requested;
    return isModifiedToken(current.version) ? QString() : current.version;
}

QFuture<Result<Mailbox>> ScimMailboxService::sendChange(
    const ScimUser &user, const QByteArray &verb, const QByteArray &body, const QString &ifMatch)
{
    const QUrl url = ScimProtocol::resourceUrl(connection().baseUrl, m_userEndpoint, user.id);
    return continueWith(
        m_transport->send(verb, url, body, ifMatch), [this, url](const ScimReply &reply) -> QFuture<Result<Mailbox>> {
            const Result<QByteArray> answer = m_transport->accept(reply);
            if (!answer)
                return ready(Result<Mailbox>(answer.error()));
            if (!answer.value().trimmed().isEmpty())
                return ready(mailboxFromReply(reply));
            // 204 No Content: read the mailbox as it is now.
            return continueWith(m_transport->send("GET", url), [this](const ScimReply &fresh) {
                const Result<QByteArray> read = m_transport->accept(fresh);
                return read ? mailboxFromReply(fresh) : Result<Mailbox>(read.error());
            });
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
