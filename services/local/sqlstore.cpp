#include "sqlstore.h"

#include "core/limits.h"
#include "core/rules.h"
#include "local/demodata.h"
#include "local/historylog.h"
#include "local/mailboxbatch.h"
#include "local/mailboxpagequery.h"
#include "local/passwordhash.h"
#include "local/sqlconnection.h"
#include "local/sqldialect.h"
#include "local/sqlrows.h"
#include "local/sqlrowwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

ServiceError notFoundDomain(const QString &domain)
{
    return ServiceError(Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The domain %1 does not exist."), { domain });
}

ServiceError notFoundMailbox(const QString &address)
{
    return ServiceError(
        Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 does not exist."), { address });
}

ServiceError mailboxExists(const QString &address)
{
    return ServiceError(
        Code::AlreadyExists, QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."), { address });
}

ServiceError beingDeleted(const QString &address)
{
    return ServiceError(Code::BeingDeleted,
        QT_TRANSLATE_NOOP("ServiceError",
            "The mailbox %1 is being deleted: the mail server has not removed its mail yet. Try again in a minute."),
        { address });
}

ServiceError conflict(const QString &address)
{
    return ServiceError(Code::Conflict,
        QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 was changed meanwhile. Reload it and try again."),
        { address });
}

ServiceError hashFailed()
{
    return ServiceError(Code::Storage,
        QT_TRANSLATE_NOOP("ServiceError",
            "The password could not be protected for storage: the system refused the "
            "memory it needs."));
}

// The name and the domain as the store keeps them.
NewMailbox normalized(const NewMailbox &input)
{
    NewMailbox mailbox = input;
    mailbox.name = rules::normalizedMailboxName(input.name);
    mailbox.domain = rules::normalizedDomainName(input.domain);
    return mailbox;
}

} // namespace

// One transaction; rolled back unless committed.
class SqlStore::Transaction
{
public:
    explicit Transaction(SqlStore &store) : m_store(store) { }
    ~Transaction()
    {
        if (m_open)
            m_store.m_connection->rollback();
        m_store.m_writing = false;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    std::optional<ServiceError> beginRead() { return begin(m_store.m_connection->dialect().beginRead, false); }
    std::optional<ServiceError> beginWrite() { return begin(m_store.m_connection->dialect().beginWrite, true); }
    std::optional<ServiceError> commit()
    {
        if (auto error = m_store.m_connection->commit())
            return error; // the destructor rolls back
        m_open = false;
        m_store.m_writing = false;
        return std::nullopt;
    }

private:
    std::optional<ServiceError> begin(const QString &statement, bool write)
    {
        if (auto error = m_store.m_connection->begin(statement))
            return error;
        m_open = true;
        m_store.m_writing = write;
        return std::nullopt;
    }

    SqlStore &m_store;
    bool m_open = false;
};

template<typename Work> auto SqlStore::inTransaction(Access access, Work work) -> decltype(work())
{
    Transaction transaction(*this);
    if (auto error = access == Access::Write ? transaction.beginWrite() : transaction.beginRead())
        return *error;
    auto result = work();
    if (!result)
        return result;
    if (auto error = transaction.commit())
        return *error;
    return result;
}

Outcome SqlStore::runInTransaction(Access access, const std::function<Outcome()> &work)
{
    return inTransaction<const std::function<Outcome()> &>(access, work);
}

SqlStore::SqlStore(std::unique_ptr<SqlConnection> connection) : m_connection(std::move(connection))
{ }

SqlStore::~SqlStore() = default;

QString SqlStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pecadmin.sqlite"_s;
}

QString SqlStore::path() const
{
    return m_connection->displayName();
}

const StoreLocation &SqlStore::location() const
{
    return m_connection->location();
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const QString &path)
{
    return open(StoreLocation::sqliteFile(path));
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const StoreLocation &location)
{
    Result<std::unique_ptr<SqlConnection>> connection
        = location.isPostgreSql() ? SqlConnection::openPostgreSql(location) : SqlConnection::openSqlite(location.path);
    if (!connection)
        return connection.error();
    std::unique_ptr<SqlStore> store(new SqlStore(connection.takeValue()));
    if (const Outcome ready = store->initialize(); !ready)
        return ready.error();
    return store;
}

// ---- the schema ----

Outcome SqlStore::initialize()
{
    // Read only, until the file is known to be ours and not too new: a refused file is left
    // exactly as it was (switching to WAL would rewrite its header).
    const Result<int> stored = SqlSchema::storedVersion(*m_connection);
    if (!stored)
        return stored.error();
    if (stored.value() > SqlSchema::version)
        return SqlSchema::newerVersion(m_connection->shownName(), stored.value());
    if (auto error = m_connection->setUpSession())
        return *error;
    const Result<QString> actor = HistoryLog::actorOf(*m_connection);
    if (!actor)
        return actor.error();
    m_actor = actor.value();
    // Whether a mail server purges the store is read by each deletion (a role that may not
    // read it can still open the store).
    if (stored.value() == SqlSchema::version)
        return Done {};
    return inTransaction(Access::Write, [this] { return migrate(); });
}

std::optional<ServiceError> SqlStore::readMailServer()
{
    QSqlQuery query = m_connection->query();
    if (auto error = m_connection->run(query, u"SELECT COUNT(*) FROM mail_server"_s))
        return error;
    m_mailServer = query.next() && query.value(0).toLongLong() > 0;
    return std::nullopt;
}

Result<MailPurge> SqlStore::purgeDeletedMail(const std::function<std::optional<QString>(const QString &)> &removeMail)
{
    // From now on the store is one that a mail server purges: deletions wait for it.
    Result<QStringList> queued = inTransaction(Access::Write, [this]() -> Result<QStringList> {
        QSqlQuery query = m_connection->query();
        if (auto error = m_connection->run(query, u"UPDATE mail_server SET purged = ?"_s, { SqlRows::nowMsecs() }))
            return *error;
        if (query.numRowsAffected() < 1) {
            query.finish();
            if (auto error
                = m_connection->run(query, u"INSERT INTO mail_server (purged) VALUES (?)"_s, { SqlRows::nowMsecs() }))
                return *error;
        }
        m_mailServer = true;
        query.finish();
        if (auto error
            = m_connection->run(query, u"SELECT \"user\" FROM deleted_mailboxes ORDER BY deleted, \"user\""_s))
            return *error;
        QStringList users;
        while (query.next())
            users.append(query.value(0).toString());
        return users;
    });
    if (!queued)
        return queued.error();
    MailPurge purge;
    // The mail is removed outside any transaction: the mail server reads the store meanwhile.
    for (const QString &user : queued.value()) {
        if (const std::optional<QString> failure = removeMail(user)) {
            purge.failed.append({ user, *failure });
            continue;
        }
        const Outcome removed = inTransaction(Access::Write, [this, &user]() -> Outcome {
            if (auto error = m_connection->run(u"DELETE FROM deleted_mailboxes WHERE \"user\" = ?"_s, { user }))
                return *error;
            return Done {};
        });
        if (!removed)
            return removed.error();
        purge.removed.append(user);
    }
    return purge;
}

Outcome SqlStore::migrate()
{
    if (const QString lock = m_connection->dialect().migrationLock; !lock.isEmpty()) {
        if (auto error = m_connection->run(lock))
            return *error;
    }
    // Another program may have migrated the file while this one waited for the lock.
    const Result<int> from = SqlSchema::storedVersion(*m_connection);
    if (!from)
        return from.error();
    if (from.value() > SqlSchema::version)
        return SqlSchema::newerVersion(m_connection->shownName(), from.value());
    for (const QString &statement : SqlSchema::upgrade(from.value(), m_connection->dialect())) {
        if (auto error = m_connection->run(statement))
            return *error;
    }
    if (auto error = m_connection->run(u"DELETE FROM schema_version"_s))
        return *error;
    if (auto error = m_connection->run(u"INSERT INTO schema_version (version) VALUES (?)"_s, { SqlSchema::version }))
        return *error;
    return Done {};
}

// ---- reading, inside a transaction ----

Result<DomainDetails> SqlStore::readDomainDetails(const QString &name, qint64 *domainId)
{
    // In a write, the row stays locked until the transaction ends: another write in the
    // domain waits here, then reads the totals as this one left them.
    QSqlQuery query = m_connection->query();
    if (auto error = m_connection->run(query,
            u"SELECT "_s + SqlRows::domainDetailsColumns + u" FROM domains WHERE name = ?"_s
                + (m_writing ? m_connection->dialect().lockForUpdate : QString()),
            { name }))
        return *error;
    if (!query.next())
        return notFoundDomain(name);
    if (domainId)
        *domainId = query.value(0).toLongLong();
    return SqlRows::domainDetails(query);
}

Result<Mailbox> SqlStore::readMailbox(qint64 domainId, const QString &domainName, const QString &name)
{
    QSqlQuery query = m_connection->query();
    if (auto error = m_connection->run(query,
            u"SELECT "_s + SqlRows::mailboxColumns + u" FROM mailboxes WHERE domain_id = ? AND name = ?"_s,
            { domainId, name }))
        return *error;
    if (!query.next())
        return notFoundMailbox(name + u'@' + domainName);
    return SqlRows::mailbox(query, domainName);
}

Result<Mailbox> SqlStore::readMailboxByAddress(const QString &address, DomainDetails *details, qint64 *domainId)
{
    rules::Address parsed;
    if (auto error = rules::parseAddress(address, &parsed))
        return *error;
    Result<DomainDetails> domain = readDomainDetails(parsed.domain, domainId);
    if (!domain) {
        if (domain.error().code() == Code::NotFound)
            return notFoundMailbox(parsed.name + u'@' + parsed.domain);
        return domain.error();
    }
    if (details)
        *details = domain.value();
    return readMailbox(*domainId, parsed.domain, parsed.name);
}

Result<Mailbox> SqlStore::readCurrent(
    const QString &address, const QString &version, DomainDetails *details, qint64 *domainId)
{
    Result<Mailbox> current = readMailboxByAddress(address, details, domainId);
    if (current && !version.isEmpty() && version != current.value().version)
        return conflict(current.value().address());
    return current;
}

Result<Mailbox> SqlStore::readForReset(
    const QString &address, const QString &version, const QString &password, qint64 *domainId)
{
    DomainDetails details;
    Result<Mailbox> current = readCurrent(address, version, &details, domainId);
    if (!current)
        return current;
    if (auto error = rules::checkPasswordReset(current.value()))
        return *error;
    if (auto error = rules::checkPassword(details.domain.passwordPolicy, password, current.value().name))
        return *error;
    return current;
}

std::optional<ServiceError> SqlStore::adjustTotals(
    qint64 domainId, qint64 mailboxes, qint64 allocatedMb, qint64 usedBytes)
{
    return m_connection->run(u"UPDATE domains SET mailbox_count = mailbox_count + ?, allocated_mb = allocated_mb + ?, "
                             "used_bytes = used_bytes + ? WHERE id = ?"_s,
        { mailboxes, allocatedMb, usedBytes, domainId });
}

// ---- domains ----

Result<QList<Domain>> SqlStore::domains()
{
    return inTransaction(Access::Read, [this]() -> Result<QList<Domain>> {
        QSqlQuery query = m_connection->query();
        if (auto error
            = m_connection->run(query, u"SELECT "_s + SqlRows::domainColumns + u" FROM domains ORDER BY name"_s))
            return *error;
        QList<Domain> list;
        while (query.next())
            list.append(SqlRows::domain(query));
        return list;
    });
}

Result<DomainDetails> SqlStore::domainDetails(const QString &domain)
{
    return inTransaction(Access::Read, [&]() -> Result<DomainDetails> {
        qint64 domainId = 0;
        Result<DomainDetails> details = readDomainDetails(rules::normalizedDomainName(domain), &domainId);
        if (!details)
            return details;
        DomainDetails read = details.value();
        if (auto error = readUsage(domainId, &read))
            return *error;
        return read;
    });
}

std::optional<ServiceError> SqlStore::readUsage(qint64 domainId, DomainDetails *details)
{
    // The first two read an index of the domain's mailboxes (by quota, by archiving), not the
    // mailboxes; the count of those whose usage the mail server has not reported reads them.
    QSqlQuery largest = m_connection->query();
    if (auto error = m_connection->run(
            largest, u"SELECT COALESCE(MAX(quota_mb), 0) FROM mailboxes WHERE domain_id = ?"_s, { domainId }))
        return error;
    details->largestQuotaMb = largest.next() ? largest.value(0).toLongLong() : 0;
    QSqlQuery archiving = m_connection->query();
    if (auto error = m_connection->run(
            archiving, u"SELECT 1 FROM mailboxes WHERE domain_id = ? AND archiving = 1 LIMIT 1"_s, { domainId }))
        return error;
    details->archivingInUse = archiving.next();
    QSqlQuery notReported = m_connection->query();
    if (auto error = m_connection->run(notReported,
            u"SELECT COUNT(*) FROM mailboxes WHERE domain_id = ? AND usage_updated IS NULL"_s, { domainId }))
        return error;
    details->usageNotReported = notReported.next() ? notReported.value(0).toInt() : 0;
    return std::nullopt;
}

Result<DomainDetails> SqlStore::changeDomain(const Domain &input)
{
    if (auto error = rules::checkDomain(input))
        return *error;
    Domain domain = input;
    domain.name = rules::normalizedDomainName(input.name);
    return inTransaction(Access::Write, [&]() -> Result<DomainDetails> {
        // The domain's row is locked: no mailbox is added or grown until this one commits.
        qint64 domainId = 0;
        Result<DomainDetails> current = readDomainDetails(domain.name, &domainId);
        if (!current)
            return current;
        DomainDetails details = current.value();
        if (auto error = readUsage(domainId, &details))
            return *error;
        if (auto error = rules::checkDomainChange(details, domain))
            return *error;
        QVariantList values = SqlRows::domainValues(domain);
        values.removeFirst(); // the name, which does not change, names the row
        values.append(domainId);
        if (auto error = m_connection->run(
                u"UPDATE domains SET total_space_mb = ?, max_mailboxes = ?, "
                "max_quota_mb = ?, archiving_available = ?, password_preset = ?, "
                "password_min_length = ?, password_max_length = ?, "
                "password_require_lowercase = ?, password_require_uppercase = ?, "
                "password_require_digit = ?, password_require_symbol = ?, "
                "password_allowed_symbols = ?, password_forbid_mailbox_name = ?, language = COALESCE(?, '') "
                "WHERE id = ?"_s,
                values))
            return *error;
        QString before;
        QString after;
        HistoryLog::changedFields(details.domain, domain, &before, &after);
        if (before != after) {
            if (auto error
                = record({ HistoryLog::entry(history::domainChanged, domain.name, QString(), before, after) }))
                return *error;
        }
        details.domain = domain;
        return details;
    });
}

Outcome SqlStore::removeDomain(const QString &name)
{
    if (auto error = rules::checkDomainName(name))
        return *error;
    const QString domain = rules::normalizedDomainName(name);
    return inTransaction(Access::Write, [&]() -> Outcome {
        qint64 domainId = 0;
        const Result<DomainDetails> details = readDomainDetails(domain, &domainId);
        if (!details)
            return details.error();
        if (auto error = rules::checkDomainRemoval(details.value()))
            return *error;
        // The count is kept by this program; the mailboxes themselves say what is left.
        QSqlQuery others = m_connection->query();
        if (auto error
            = m_connection->run(others, u"SELECT COUNT(*) FROM mailboxes WHERE domain_id = ? AND name <> ?"_s,
                { domainId, QString::fromUtf16(rules::postmasterName) }))
            return *error;
        DomainDetails counted = details.value();
        counted.mailboxCount = (others.next() ? others.value(0).toInt() : 0) + 1;
        others.finish();
        if (auto error = rules::checkDomainRemoval(counted))
            return *error;
        if (auto error = m_connection->run(u"DELETE FROM dovecot_quota WHERE username IN "
                                           "(SELECT name || ? FROM mailboxes WHERE domain_id = ?)"_s,
                { QString(u"@"_s + domain), domainId }))
            return *error;
        // The mail server removes the mail of its mailboxes, then their entries (purgeDeletedMail()).
        if (auto error = readMailServer())
            return *error;
        if (m_mailServer) {
            if (auto error = m_connection->run(u"INSERT INTO deleted_mailboxes (\"user\", deleted) "
                                               "SELECT name || ?, ? FROM mailboxes WHERE domain_id = ?"_s,
                    { QString(u"@"_s + domain), SqlRows::nowMsecs(), domainId }))
                return *error;
        }
        if (auto error = m_connection->run(u"DELETE FROM mailboxes WHERE domain_id = ?"_s, { domainId }))
            return *error;
        if (auto error = m_connection->run(u"DELETE FROM domains WHERE id = ?"_s, { domainId }))
            return *error;
        if (auto error = record({ HistoryLog::entry(
                history::domainRemoved, domain, QString(), HistoryLog::fields(details.value().domain), QString()) }))
            return *error;
        return Done {};
    });
}

Result<qint64> SqlStore::insertDomain(const Domain &domain, const QByteArray &postmasterHash)
{
    const auto exists = [&domain] {
        return ServiceError(
            Code::AlreadyExists, QT_TRANSLATE_NOOP("ServiceError", "The domain %1 exists already."), { domain.name })
            .onField(u"domain"_s);
    };
    {
        QSqlQuery query = m_connection->query();
        if (auto error = m_connection->run(query, u"SELECT id FROM domains WHERE name = ?"_s, { domain.name }))
            return *error;
        if (query.next())
            return exists();
        query.finish();
        // Its new postmaster would be given the old one's mail.
        if (auto error = m_connection->run(query, u"SELECT 1 FROM deleted_mailboxes WHERE \"user\" = ?"_s,
                { QString(QString::fromUtf16(rules::postmasterName) + u'@' + domain.name) }))
            return *error;
        if (query.next())
            return ServiceError(Code::BeingDeleted,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The domain %1 is being deleted: the mail server has not removed the mail of its mailboxes "
                    "yet. Try again in a minute."),
                { domain.name })
                .onField(u"domain"_s);
    }
    if (auto error = m_connection->run(SqlRows::insertDomain, SqlRows::domainValues(domain))) {
        if (error->code() == Code::AlreadyExists) // added by another connection meanwhile
            return exists().withDetail(error->detail());
        return *error;
    }
    QSqlQuery query = m_connection->query();
    if (auto error = m_connection->run(query, u"SELECT id FROM domains WHERE name = ?"_s, { domain.name }))
        return *error;
    if (!query.next())
        return notFoundDomain(domain.name);
    const qint64 id = query.value(0).toLongLong();

    // The provider's own administration mailbox comes with every domain. It has no
    // password that anybody knows: the provider sets it in its own panel.
    StoredMailbox postmaster;
    postmaster.name = QString::fromUtf16(rules::postmasterName);
    postmaster.quotaMb = std::min(domain.maxMailboxQuotaMb, domain.totalSpaceMb);
    postmaster.mustChangePassword = false;
    if (auto error = m_connection->run(SqlRows::insertMailbox,
            SqlRows::mailboxValues(id, postmaster, QString::fromLatin1(postmasterHash), SqlRows::nowMsecs())))
        return *error;
    if (auto error = adjustTotals(id, 1, postmaster.quotaMb, 0))
        return *error;
    if (auto error = record(
            { HistoryLog::entry(history::domainAdded, domain.name, QString(), QString(), HistoryLog::fields(domain)),
                HistoryLog::entry(history::mailboxCreated, domain.name, postmaster.name + u'@' + domain.name, QString(),
                    HistoryLog::fields(postmaster)) }))
        return *error;
    return id;
}

Result<Domain> SqlStore::addDomain(const Domain &input)
{
    if (auto error = rules::checkDomain(input))
        return *error;
    Domain domain = input;
    domain.name = rules::normalizedDomainName(input.name);
    const QByteArray postmasterHash = unusablePasswordHash();
    if (postmasterHash.isEmpty())
        return hashFailed();
    return inTransaction(Access::Write, [&]() -> Result<Domain> {
        if (const Result<qint64> id = insertDomain(domain, postmasterHash); !id)
            return id.error();
        return domain;
    });
}

Result<DomainDetails> SqlStore::addDemoDomain()
{
    const Domain domain = DemoData::domain();
    const QList<StoredMailbox> mailboxes = DemoData::mailboxes(QDateTime::currentDateTimeUtc().date());
    const QByteArray unusableHash = unusablePasswordHash();
    if (unusableHash.isEmpty())
        return hashFailed();
    return inTransaction(Access::Write, [&]() -> Result<DomainDetails> {
        const Result<qint64> domainId = insertDomain(domain, unusableHash);
        if (!domainId)
            return domainId.error();
        const Result<DomainDetails> details = readDomainDetails(domain.name, nullptr);
        if (!details)
            return details.error();
        if (const Result<int> written = insertMailboxes(domainId.value(), details.value(), mailboxes, unusableHash);
            !written)
            return written.error();
        Result<DomainDetails> added = readDomainDetails(domain.name, nullptr);
        if (!added)
            return added;
        DomainDetails read = added.value();
        if (auto error = readUsage(domainId.value(), &read))
            return *error;
        return read;
    });
}

// ---- mailboxes ----

Result<MailboxPage> SqlStore::mailboxes(const MailboxQuery &query)
{
    return mailboxes(query, MailboxPageColumns());
}

Result<MailboxPage> SqlStore::mailboxes(const MailboxQuery &query, const MailboxPageColumns &columns)
{
    const QString domainName = rules::normalizedDomainName(query.domain);
    return inTransaction(Access::Read, [&]() -> Result<MailboxPage> {
        QSqlQuery domain = m_connection->query();
        if (auto error
            = m_connection->run(domain, u"SELECT id, mailbox_count FROM domains WHERE name = ?"_s, { domainName }))
            return *error;
        if (!domain.next())
            return notFoundDomain(domainName);
        const MailboxPageQuery pageQuery(query, domain.value(0).toLongLong(), m_connection->dialect(), columns);
        const qint64 domainSize = domain.value(1).toLongLong();
        domain.finish();
        return pageQuery.read(*m_connection, domainSize);
    });
}

Result<Mailbox> SqlStore::mailbox(const QString &address)
{
    return inTransaction(Access::Read, [&] {
        qint64 domainId = 0;
        return readMailboxByAddress(address, nullptr, &domainId);
    });
}

std::optional<ServiceError> SqlStore::checkCreation(
    const NewMailbox &mailbox, const DomainDetails &details, qint64 domainId)
{
    if (auto error = rules::checkNewMailbox(details, mailbox))
        return error;
    QSqlQuery query = m_connection->query();
    if (auto error = m_connection->run(
            query, u"SELECT id FROM mailboxes WHERE domain_id = ? AND name = ?"_s, { domainId, mailbox.name }))
        return error;
    if (query.next())
        return mailboxExists(mailbox.name + u'@' + mailbox.domain).onField(u"name"_s);
    query.finish();
    // The mail server would give the new mailbox the old one's mail.
    const QString address = mailbox.name + u'@' + mailbox.domain;
    if (auto error = m_connection->run(query, u"SELECT 1 FROM deleted_mailboxes WHERE \"user\" = ?"_s, { address }))
        return error;
    if (query.next())
        return beingDeleted(address).onField(u"name"_s);
    return std::nullopt;
}

Outcome SqlStore::checkNewMailbox(const NewMailbox &input)
{
    if (auto error = rules::checkNewMailboxName(input.name))
        return *error;
    if (auto error = rules::checkDomainName(input.domain))
        return *error;
    const NewMailbox mailbox = normalized(input);
    return inTransaction(Access::Read, [&]() -> Outcome {
        qint64 domainId = 0;
        const Result<DomainDetails> details = readDomainDetails(mailbox.domain, &domainId);
        if (!details)
            return details.error();
        if (auto error = checkCreation(mailbox, details.value(), domainId))
            return *error;
        return Done {};
    });
}

Result<Mailbox> SqlStore::createMailbox(const NewMailbox &mailbox)
{
    // Checked once against the domain as it is now, so that a creation that is refused
    // anyway does not pay for the hash, and checked again inside the write.
    if (const Outcome checked = checkNewMailbox(mailbox); !checked)
        return checked.error();
    // The slow part, before the write lock is taken: the write transaction stays short.
    return createMailbox(mailbox, hashPassword(mailbox.password));
}

Result<Mailbox> SqlStore::createMailbox(const NewMailbox &input, const QByteArray &passwordHash)
{
    if (passwordHash.isEmpty())
        return hashFailed();
    if (auto error = rules::checkNewMailboxName(input.name))
        return *error;
    if (auto error = rules::checkDomainName(input.domain))
        return *error;
    const NewMailbox mailbox = normalized(input);
    return inTransaction(Access::Write, [&]() -> Result<Mailbox> {
        qint64 domainId = 0;
        const Result<DomainDetails> details = readDomainDetails(mailbox.domain, &domainId);
        if (!details)
            return details.error();
        // The domain may have changed since the password was checked and hashed.
        if (auto error = checkCreation(mailbox, details.value(), domainId))
            return *error;
        if (auto error = m_connection->run(SqlRows::insertMailbox,
                SqlRows::mailboxValues(domainId, mailbox, QString::fromLatin1(passwordHash), SqlRows::nowMsecs()))) {
            if (error->code() == Code::AlreadyExists)
                return mailboxExists(mailbox.name + u'@' + mailbox.domain)
                    .onField(u"name"_s)
                    .withDetail(error->detail());
            return *error;
        }
        if (auto error = adjustTotals(domainId, 1, mailbox.quotaMb, 0))
            return *error;
        Result<Mailbox> created = readMailbox(domainId, mailbox.domain, mailbox.name);
        if (!created)
            return created;
        if (auto error = record({ HistoryLog::entry(history::mailboxCreated, mailbox.domain, created.value().address(),
                QString(), HistoryLog::fields(created.value())) }))
            return *error;
        return created;
    });
}

Result<Mailbox> SqlStore::changeMailbox(const MailboxChange &change)
{
    return inTransaction(Access::Write, [&]() -> Result<Mailbox> {
        DomainDetails details;
        qint64 domainId = 0;
        Result<Mailbox> current = readCurrent(change.address, change.version, &details, &domainId);
        if (!current || change.isEmpty())
            return current;
        const Mailbox &mailbox = current.value();
        if (auto error = rules::checkChange(details, mailbox, change))
            return *error;
        // A soft quota removed, or raised above the usage, ends the crossing its alarm was sent for:
        // the alarm's time is cleared, and the next crossing sends and records a new one.
        const qint64 softQuotaMb = change.softQuotaMb.value_or(mailbox.softQuotaMb);
        const qint64 softQuotaBytes
            = softQuotaMb > 0 ? softQuotaMb * limits::bytesPerMb : std::numeric_limits<qint64>::max();
        // Only the version that was checked is changed: a change that another connection
        // slipped in meanwhile makes this one a conflict, never an overwrite.
        QSqlQuery update = m_connection->query();
        if (auto error = m_connection->run(update,
                u"UPDATE mailboxes SET enabled = ?, quota_mb = ?, soft_quota_mb = ?, archiving = ?, "
                "soft_quota_alarm = CASE WHEN soft_quota_alarm > 0 AND used_bytes < ? THEN NULL "
                "ELSE soft_quota_alarm END, "
                "modified = ?, version = version + 1 WHERE domain_id = ? AND name = ? AND version = ?"_s,
                { int(change.enabled.value_or(mailbox.enabled)), change.quotaMb.value_or(mailbox.quotaMb), softQuotaMb,
                    int(change.archiving.value_or(mailbox.archiving)), softQuotaBytes, SqlRows::nowMsecs(), domainId,
                    mailbox.name, mailbox.version.toLongLong() }))
            return *error;
        if (update.numRowsAffected() != 1)
            return conflict(mailbox.address());
        if (const qint64 grown = change.quotaMb.value_or(mailbox.quotaMb) - mailbox.quotaMb; grown != 0) {
            if (auto error = adjustTotals(domainId, 0, grown, 0))
                return *error;
        }
        Result<Mailbox> changed = readMailbox(domainId, mailbox.domain, mailbox.name);
        if (!changed)
            return changed;
        QString before;
        QString after;
        HistoryLog::changedFields(mailbox, changed.value(), &before, &after);
        if (auto error
            = record({ HistoryLog::entry(history::mailboxChanged, mailbox.domain, mailbox.address(), before, after) }))
            return *error;
        return changed;
    });
}

Outcome SqlStore::checkReset(const QString &address, const QString &version, const QString &password)
{
    const Result<Mailbox> checked = inTransaction(Access::Read, [&] {
        qint64 domainId = 0;
        return readForReset(address, version, password, &domainId);
    });
    if (!checked)
        return checked.error();
    return Done {};
}

Result<Mailbox> SqlStore::resetPassword(const QString &address, const QString &version, const QString &password)
{
    // Every check that can refuse the reset, before the slow hash.
    if (const Outcome checked = checkReset(address, version, password); !checked)
        return checked.error();
    return resetPassword(address, version, password, hashPassword(password));
}

Result<Mailbox> SqlStore::resetPassword(
    const QString &address, const QString &version, const QString &password, const QByteArray &hash)
{
    if (hash.isEmpty())
        return hashFailed();
    return inTransaction(Access::Write, [&]() -> Result<Mailbox> {
        qint64 domainId = 0;
        const Result<Mailbox> current = readForReset(address, version, password, &domainId);
        if (!current)
            return current.error();
        const Mailbox &mailbox = current.value();
        QSqlQuery update = m_connection->query();
        if (auto error = m_connection->run(update,
                u"UPDATE mailboxes SET password_hash = ?, must_change_password = 1, modified = ?, "
                "version = version + 1 WHERE domain_id = ? AND name = ? AND version = ?"_s,
                { QString::fromLatin1(hash), SqlRows::nowMsecs(), domainId, mailbox.name,
                    mailbox.version.toLongLong() }))
            return *error;
        if (update.numRowsAffected() != 1)
            return conflict(mailbox.address());
        // Never the password or its hash: only that it was reset.
        if (auto error = record({ HistoryLog::entry(
                history::passwordReset, mailbox.domain, mailbox.address(), QString(), u"{\"password\":\"reset\"}"_s) }))
            return *error;
        return readMailbox(domainId, mailbox.domain, mailbox.name);
    });
}

Result<Mailbox> SqlStore::changePassword(
    const QString &address, const QString &currentPassword, const QString &newPassword)
{
    // Every check that can refuse the change, before the slow hash.
    QString storedHash;
    QString version;
    const Result<Mailbox> checked = inTransaction(Access::Read, [&]() -> Result<Mailbox> {
        qint64 domainId = 0;
        Result<Mailbox> current = readForReset(address, QString(), newPassword, &domainId);
        if (!current)
            return current;
        QSqlQuery query = m_connection->query();
        if (auto error
            = m_connection->run(query, u"SELECT password_hash FROM mailboxes WHERE domain_id = ? AND name = ?"_s,
                { domainId, current.value().name }))
            return *error;
        if (!query.next())
            return conflict(current.value().address());
        storedHash = query.value(0).toString();
        version = current.value().version;
        return current;
    });
    if (!checked)
        return checked.error();
    if (!verifyPassword(storedHash.toLatin1(), currentPassword))
        return ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError", "The current password of %1 is not right: the password was not changed."),
            { checked.value().address() })
            .onField(u"currentPassword"_s);
    if (currentPassword == newPassword)
        return ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError", "The new password must be different from the current one."))
            .onField(u"password"_s);
    const QByteArray hash = hashPassword(newPassword);
    if (hash.isEmpty())
        return hashFailed();
    return inTransaction(Access::Write, [&]() -> Result<Mailbox> {
        qint64 domainId = 0;
        const Result<Mailbox> current = readForReset(address, version, newPassword, &domainId);
        if (!current)
            return current.error();
        const Mailbox &mailbox = current.value();
        QSqlQuery update = m_connection->query();
        // Only over the hash that was checked: a reset meanwhile makes this change stale.
        if (auto error = m_connection->run(update,
                u"UPDATE mailboxes SET password_hash = ?, must_change_password = 0, modified = ?, "
                "version = version + 1 WHERE domain_id = ? AND name = ? AND version = ? AND password_hash = ?"_s,
                { QString::fromLatin1(hash), SqlRows::nowMsecs(), domainId, mailbox.name, mailbox.version.toLongLong(),
                    storedHash }))
            return *error;
        if (update.numRowsAffected() != 1)
            return conflict(mailbox.address());
        // Never the password or its hash: only that the user changed it.
        if (auto error = record({ HistoryLog::entry(history::passwordReset, mailbox.domain, mailbox.address(),
                u"{\"mustChangePassword\":%1}"_s.arg(mailbox.mustChangePassword ? u"true"_s : u"false"_s),
                u"{\"mustChangePassword\":false,\"password\":\"changed by the user\"}"_s) }))
            return *error;
        return readMailbox(domainId, mailbox.domain, mailbox.name);
    });
}

Outcome SqlStore::deleteMailbox(const QString &address, const QString &version)
{
    return inTransaction(Access::Write, [&]() -> Outcome {
        qint64 domainId = 0;
        const Result<Mailbox> current = readCurrent(address, version, nullptr, &domainId);
        if (!current)
            return current.error();
        const Mailbox &mailbox = current.value();
        if (auto error = rules::checkDelete(mailbox))
            return *error;
        QSqlQuery remove = m_connection->query();
        if (auto error
            = m_connection->run(remove, u"DELETE FROM mailboxes WHERE domain_id = ? AND name = ? AND version = ?"_s,
                { domainId, mailbox.name, mailbox.version.toLongLong() }))
            return *error;
        if (remove.numRowsAffected() != 1)
            return conflict(mailbox.address());
        // A mailbox made again later starts from nothing, until the mail server reports.
        if (auto error = m_connection->run(u"DELETE FROM dovecot_quota WHERE username = ?"_s, { mailbox.address() }))
            return *error;
        // The mail server removes its mail, then the entry (purgeDeletedMail()).
        if (auto error = readMailServer())
            return *error;
        if (m_mailServer) {
            if (auto error = m_connection->run(u"INSERT INTO deleted_mailboxes (\"user\", deleted) VALUES (?, ?)"_s,
                    { mailbox.address(), SqlRows::nowMsecs() }))
                return *error;
        }
        if (auto error = adjustTotals(domainId, -1, -mailbox.quotaMb, -mailbox.usedBytes))
            return *error;
        if (auto error = record({ HistoryLog::entry(
                history::mailboxDeleted, mailbox.domain, mailbox.address(), HistoryLog::fields(mailbox), QString()) }))
            return *error;
        return Done {};
    });
}

// ---- many mailboxes at once ----

Result<int> SqlStore::insertMailboxes(qint64 domainId, const DomainDetails &details,
    const QList<StoredMailbox> &mailboxes, const QByteArray &fallbackHash)
{
    const Result<MailboxBatch> batch = MailboxBatch::check(details, mailboxes);
    if (!batch)
        return batch.error();
    if (auto error = batch.value().insert(*m_connection, domainId, fallbackHash))
        return *error;
    if (auto error = adjustTotals(domainId, batch.value().size(), batch.value().quotaMb(), batch.value().usedBytes()))
        return *error;
    // One entry per mailbox, then one for the whole batch.
    QList<HistoryEntry> entries;
    entries.reserve(batch.value().size() + 1);
    for (const StoredMailbox &mailbox : batch.value().mailboxes())
        entries.append(HistoryLog::entry(history::mailboxCreated, details.domain.name,
            mailbox.name + u'@' + details.domain.name, QString(), HistoryLog::fields(mailbox)));
    HistoryJob job;
    job.kind = u"batch"_s;
    job.domain = details.domain.name;
    job.total = job.done = batch.value().size();
    entries.append(history::jobEntry(job));
    if (auto error = record(entries))
        return *error;
    return batch.value().size();
}

Result<int> SqlStore::bulkInsert(const QString &domain, const QList<StoredMailbox> &mailboxes)
{
    const bool needsFallback = std::any_of(mailboxes.cbegin(), mailboxes.cend(),
        [](const StoredMailbox &mailbox) { return mailbox.passwordHash.isEmpty(); });
    QByteArray fallbackHash;
    if (needsFallback) {
        fallbackHash = unusablePasswordHash();
        if (fallbackHash.isEmpty())
            return hashFailed();
    }
    return inTransaction(Access::Write, [&]() -> Result<int> {
        qint64 domainId = 0;
        const Result<DomainDetails> details = readDomainDetails(rules::normalizedDomainName(domain), &domainId);
        if (!details)
            return details.error();
        return insertMailboxes(domainId, details.value(), mailboxes, fallbackHash);
    });
}

// ---- the history ----

std::optional<ServiceError> SqlStore::record(const QList<HistoryEntry> &entries)
{
    return HistoryLog(*m_connection, m_actor).append(entries);
}

Result<HistoryPage> SqlStore::history(const HistoryQuery &input)
{
    HistoryQuery query = input;
    query.domain = rules::normalizedDomainName(input.domain);
    if (const qsizetype at = input.mailbox.lastIndexOf(u'@'); at >= 0)
        query.mailbox = rules::normalizedMailboxName(input.mailbox.left(at)) + u'@'
            + rules::normalizedDomainName(input.mailbox.mid(at + 1));
    return inTransaction(Access::Read, [&] { return HistoryLog(*m_connection, m_actor).page(query); });
}

Result<HistoryCheck> SqlStore::verifyHistory()
{
    return inTransaction(Access::Read, [&] { return HistoryLog(*m_connection, m_actor).verify(); });
}

Result<HistoryEntry> SqlStore::historyHead()
{
    return inTransaction(Access::Read, [&] { return HistoryLog(*m_connection, m_actor).head(); });
}

Result<HistoryEntry> SqlStore::cutHistory(const QDateTime &before)
{
    if (!before.isValid())
        return ServiceError(
            ServiceError::Code::Validation, QT_TRANSLATE_NOOP("ServiceError", "The date is not valid."));
    return inTransaction(Access::Write, [&] { return HistoryLog(*m_connection, m_actor).cut(before); });
}

Outcome SqlStore::recordJob(const HistoryJob &job)
{
    HistoryJob recorded = job;
    recorded.domain = rules::normalizedDomainName(job.domain);
    return inTransaction(Access::Write, [&]() -> Outcome {
        if (auto error = record({ history::jobEntry(recorded) }))
            return *error;
        return Done {};
    });
}

} // namespace pecadmin
