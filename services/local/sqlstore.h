#pragma once

#include "domain.h"
#include "mailbox.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace pecadmin {

struct SqlDialect;

// A mailbox written as it is, for demo data, imports of existing accounts and benchmarks:
// the used space and the state are given, the password is already hashed.
struct StoredMailbox
{
    QString name;
    bool enabled = true;
    qint64 quotaMb = 0;
    qint64 softQuotaMb = 0;
    qint64 usedBytes = 0;
    bool archiving = false;
    bool mustChangePassword = true;
    QByteArray passwordHash; // empty: a hash that no password opens
    QDateTime created; // invalid: now
};

// The local store of domains and mailboxes in one SQL database (a SQLite file today). Every
// operation is synchronous and runs in one transaction, applying every rule of `rules`
// against the domain as it is read inside that transaction. One SqlStore owns one
// connection, which belongs to the thread that opened it.
//
// Passwords are stored only as Argon2id hashes, and the view `dovecot_users` lets a Dovecot
// `driver = sql` passdb and userdb read the file directly.
class SqlStore
{
public:
    // The schema version this program writes; a file with a newer one is refused.
    static constexpr int schemaVersion = 1;

    // Opens the SQLite store at `path`, creating the file (and its folder) where there is
    // none yet. Refuses, changing nothing, a file that is not a PEC Admin store, a read-only
    // file or folder, a file another program holds locked, and a newer schema.
    static Result<std::unique_ptr<SqlStore>> open(const QString &path);
    static QString defaultPath();

    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    QString path() const { return m_path; }

    Result<QList<Domain>> domains();
    Result<DomainDetails> domainDetails(const QString &domain);
    // Adds the domain with its postmaster mailbox, which has no usable password.
    Result<Domain> addDomain(const Domain &domain);
    Result<DomainDetails> addDemoDomain();

    Result<MailboxPage> mailboxes(const MailboxQuery &query);
    Result<Mailbox> mailbox(const QString &address);
    // Hashes the password before the write transaction begins.
    Result<Mailbox> createMailbox(const NewMailbox &mailbox);
    Result<Mailbox> changeMailbox(const MailboxChange &change);
    Result<Mailbox> resetPassword(const QString &address, const QString &version, const QString &password);
    Outcome deleteMailbox(const QString &address, const QString &version);

    // Writes many mailboxes into `domain` in one transaction with one prepared statement,
    // after checking names, quotas and the domain's limits for the whole batch. Returns how
    // many were written; on any error nothing is.
    Result<int> bulkInsert(const QString &domain, const QList<StoredMailbox> &mailboxes);

private:
    class Transaction;

    SqlStore(QSqlDatabase database, QString path, const SqlDialect &dialect);

    Outcome initialize();
    Result<int> storedSchemaVersion(bool *isEmpty);
    Outcome migrate();

    // Each expects an open transaction.
    Result<DomainDetails> readDomainDetails(const QString &name, qint64 *domainId);
    Result<Mailbox> readMailbox(qint64 domainId, const QString &domainName, const QString &name);
    Result<Mailbox> readMailboxByAddress(const QString &address, DomainDetails *details, qint64 *domainId);
    Result<qint64> insertDomain(const Domain &domain, const QByteArray &postmasterHash);
    Result<int> insertMailboxes(qint64 domainId, const DomainDetails &details, const QList<StoredMailbox> &mailboxes,
        const QByteArray &fallbackHash);

    // Prepares `sql`, binds `values` to its `?` placeholders in order and runs it.
    std::optional<ServiceError> run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    std::optional<ServiceError> run(const QString &sql, const QVariantList &values = {});
    ServiceError storageError(const QSqlError &error) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    const SqlDialect &m_dialect;
};

} // namespace pecadmin
