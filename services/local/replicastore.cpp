#include "replicastore.h"

#include "core/rules.h"
#include "local/sqlconnection.h"
#include "local/sqlrows.h"
#include "local/sqlstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

const QString insertCopiedMailbox
    = u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, "
      "archiving, must_change_password, password_hash, created, modified, usage_updated, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, 1)"_s;

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

ReplicaStore::ReplicaStore(std::unique_ptr<SqlStore> store) : m_store(std::move(store))
{ }

ReplicaStore::~ReplicaStore() = default;

Result<std::unique_ptr<ReplicaStore>> ReplicaStore::open(const QString &path)
{
    Result<std::unique_ptr<SqlStore>> store = SqlStore::open(path);
    if (!store)
        return store.error();
    std::unique_ptr<ReplicaStore> replica(new ReplicaStore(store.takeValue()));
    if (const Outcome created = replica->createTables(); !created)
        return created.error();
    return replica;
}

QString ReplicaStore::path() const
{
    return m_store->path();
}

Outcome ReplicaStore::createTables()
{
    SqlConnection &connection = *m_store->m_connection;
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        if (auto error = connection.run(u"CREATE TABLE IF NOT EXISTS replica_domains ("
                                        "name TEXT PRIMARY KEY,"
                                        "limits_known INTEGER NOT NULL,"
                                        "policy_stated INTEGER NOT NULL,"
                                        "copied_at BIGINT NOT NULL)"_s))
            return *error;
        if (auto error = connection.run(u"CREATE TABLE IF NOT EXISTS replica_versions ("
                                        "domain TEXT NOT NULL,"
                                        "name TEXT NOT NULL,"
                                        "version TEXT NOT NULL,"
                                        "PRIMARY KEY (domain, name))"_s))
            return *error;
        return Done {};
    });
}

Outcome ReplicaStore::storeDomain(
    const DomainDetails &details, const QList<Mailbox> &mailboxes, const QDateTime &copiedAt)
{
    SqlConnection &connection = *m_store->m_connection;
    const QString name = rules::normalizedDomainName(details.domain.name);
    Domain domain = details.domain;
    domain.name = name;
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        QSqlQuery find = connection.query();
        if (auto error = connection.run(find, u"SELECT id FROM domains WHERE name = ?"_s, { name }))
            return *error;
        qint64 domainId = 0;
        if (find.next()) {
            domainId = find.value(0).toLongLong();
            find.finish();
            QVariantList values = SqlRows::domainValues(domain);
            values.removeFirst(); // the name stays
            values.append(domainId);
            if (auto error = connection.run(
                    u"UPDATE domains SET total_space_mb = ?, max_mailboxes = ?, max_quota_mb = ?, "
                    "archiving_available = ?, password_preset = ?, password_min_length = ?, password_max_length = ?, "
                    "password_require_lowercase = ?, password_require_uppercase = ?, password_require_digit = ?, "
                    "password_require_symbol = ?, password_allowed_symbols = ?, password_forbid_mailbox_name = ? "
                    "WHERE id = ?"_s,
                    values))
                return *error;
            if (auto error = connection.run(u"DELETE FROM mailboxes WHERE domain_id = ?"_s, { domainId }))
                return *error;
        } else {
            find.finish();
            if (auto error = connection.run(SqlRows::insertDomain, SqlRows::domainValues(domain)))
                return *error;
            QSqlQuery id = connection.query();
            if (auto error = connection.run(id, u"SELECT id FROM domains WHERE name = ?"_s, { name }))
                return *error;
            if (!id.next())
                return ServiceError(ServiceError::Code::Storage,
                    QT_TRANSLATE_NOOP("ServiceError", "The copy of the domain %1 could not be written."), { name });
            domainId = id.value(0).toLongLong();
        }
        if (auto error = connection.run(u"DELETE FROM replica_versions WHERE domain = ?"_s, { name }))
            return *error;

        qint64 allocatedMb = 0;
        qint64 usedBytes = 0;
        QSqlQuery insert = connection.query();
        QSqlQuery version = connection.query();
        for (const Mailbox &mailbox : mailboxes) {
            if (auto error = connection.run(insert, insertCopiedMailbox,
                    { domainId, mailbox.name, int(mailbox.enabled), mailbox.quotaMb, mailbox.softQuotaMb,
                        mailbox.usedBytes, int(mailbox.archiving), int(mailbox.mustChangePassword),
                        msecs(mailbox.created), msecs(mailbox.modified),
                        mailbox.usageKnown() ? QVariant(msecs(mailbox.usageUpdated))
                                             : QVariant(QMetaType::fromType<qint64>()) }))
                return *error;
            if (auto error
                = connection.run(version, u"INSERT INTO replica_versions (domain, name, version) VALUES (?, ?, ?)"_s,
                    { name, mailbox.name, mailbox.version }))
                return *error;
            allocatedMb += mailbox.quotaMb;
            usedBytes += mailbox.usedBytes;
        }
        // The server's totals where it states them; else what the copied mailboxes add up to.
        const qint64 count = std::max<qint64>(details.mailboxCount, mailboxes.size());
        if (auto error
            = connection.run(u"UPDATE domains SET mailbox_count = ?, allocated_mb = ?, used_bytes = ? WHERE id = ?"_s,
                { count, details.limitsKnown ? details.allocatedMb : allocatedMb,
                    details.limitsKnown ? details.usedBytes : usedBytes, domainId }))
            return *error;
        if (auto error = connection.run(u"DELETE FROM replica_domains WHERE name = ?"_s, { name }))
            return *error;
        if (auto error = connection.run(
                u"INSERT INTO replica_domains (name, limits_known, policy_stated, copied_at) VALUES (?, ?, ?, ?)"_s,
                { name, int(details.limitsKnown), int(details.domain.passwordPolicy.stated), msecs(copiedAt) }))
            return *error;
        return Done {};
    });
}

Outcome ReplicaStore::keepOnly(const QStringList &domains)
{
    SqlConnection &connection = *m_store->m_connection;
    QStringList kept;
    for (const QString &domain : domains)
        kept.append(rules::normalizedDomainName(domain));
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        QSqlQuery all = connection.query();
        if (auto error = connection.run(all, u"SELECT name FROM domains"_s))
            return *error;
        QStringList gone;
        while (all.next()) {
            if (!kept.contains(all.value(0).toString()))
                gone.append(all.value(0).toString());
        }
        all.finish();
        for (const QString &name : gone) {
            if (auto error = connection.run(
                    u"DELETE FROM mailboxes WHERE domain_id = (SELECT id FROM domains WHERE name = ?)"_s, { name }))
                return *error;
            if (auto error = connection.run(u"DELETE FROM domains WHERE name = ?"_s, { name }))
                return *error;
            if (auto error = connection.run(u"DELETE FROM replica_versions WHERE domain = ?"_s, { name }))
                return *error;
            if (auto error = connection.run(u"DELETE FROM replica_domains WHERE name = ?"_s, { name }))
                return *error;
        }
        return Done {};
    });
}

Result<QDateTime> ReplicaStore::copiedAt()
{
    SqlConnection &connection = *m_store->m_connection;
    QDateTime copied;
    const Outcome read = m_store->runInTransaction(SqlStore::Access::Read, [&]() -> Outcome {
        QSqlQuery query = connection.query();
        if (auto error = connection.run(query, u"SELECT COUNT(*), MIN(copied_at) FROM replica_domains"_s))
            return *error;
        if (query.next() && query.value(0).toLongLong() > 0)
            copied = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        return Done {};
    });
    if (!read)
        return read.error();
    return copied;
}

std::optional<ServiceError> ReplicaStore::withServerVersion(Mailbox *mailbox)
{
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery query = connection.query();
    if (auto error = connection.run(query, u"SELECT version FROM replica_versions WHERE domain = ? AND name = ?"_s,
            { mailbox->domain, mailbox->name }))
        return error;
    mailbox->version = query.next() ? query.value(0).toString() : QString();
    return std::nullopt;
}

std::optional<ServiceError> ReplicaStore::withStatedLimits(DomainDetails *details)
{
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery query = connection.query();
    if (auto error = connection.run(query, u"SELECT limits_known, policy_stated FROM replica_domains WHERE name = ?"_s,
            { details->domain.name }))
        return error;
    if (query.next()) {
        details->limitsKnown = query.value(0).toLongLong() != 0;
        details->domain.passwordPolicy.stated = query.value(1).toLongLong() != 0;
    }
    return std::nullopt;
}

Result<QList<Domain>> ReplicaStore::domains()
{
    Result<QList<Domain>> domains = m_store->domains();
    if (!domains)
        return domains;
    QList<Domain> stated = domains.value();
    for (Domain &domain : stated) {
        DomainDetails details;
        details.domain = domain;
        if (auto error = withStatedLimits(&details))
            return *error;
        domain = details.domain;
    }
    return stated;
}

Result<DomainDetails> ReplicaStore::domainDetails(const QString &domain)
{
    Result<DomainDetails> details = m_store->domainDetails(domain);
    if (!details)
        return details;
    DomainDetails stated = details.value();
    if (auto error = withStatedLimits(&stated))
        return *error;
    return stated;
}

Result<MailboxPage> ReplicaStore::mailboxes(const MailboxQuery &query)
{
    Result<MailboxPage> page = m_store->mailboxes(query);
    if (!page)
        return page;
    MailboxPage versioned = page.value();
    for (Mailbox &mailbox : versioned.mailboxes) {
        if (auto error = withServerVersion(&mailbox))
            return *error;
    }
    return versioned;
}

Result<Mailbox> ReplicaStore::mailbox(const QString &address)
{
    Result<Mailbox> mailbox = m_store->mailbox(address);
    if (!mailbox)
        return mailbox;
    Mailbox versioned = mailbox.value();
    if (auto error = withServerVersion(&versioned))
        return *error;
    return versioned;
}

} // namespace pecadmin
