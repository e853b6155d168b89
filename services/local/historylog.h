#pragma once

#include "core/history.h"
#include "core/mailbox.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace pecadmin {

class SqlConnection;
struct Domain;
struct StoredMailbox;

// The store's history table (schema 4, docs/AUDIT.md): entries appended to the hash chain
// inside the caller's write transaction, pages of them, the walk that checks the chain, and
// the cut that removes old entries behind a checkpoint. Every function expects an open
// transaction on `connection`.
class HistoryLog
{
public:
    // `actor` is who every appended entry names: the PostgreSQL role, or "user@host".
    HistoryLog(SqlConnection &connection, QString actor);

    // Who the entries of a connection name: the role as the server says (current_user), or
    // the operating system's user and host for a SQLite file.
    static Result<QString> actorOf(SqlConnection &connection);

    // Appends `entries` (their operation, domain, mailbox, before, after and result set) to
    // the chain, giving each its sequence, time, actor and hashes. On PostgreSQL it first
    // takes the chain's lock, held until the transaction ends, so that writers of different
    // domains append one after the other.
    std::optional<ServiceError> append(QList<HistoryEntry> entries);

    Result<HistoryPage> page(const HistoryQuery &query);
    // The newest entry; an entry with sequence 0 where the history is empty.
    Result<HistoryEntry> head();
    Result<HistoryCheck> verify();
    // Removes every entry older than `before` (a prefix of the chain) and appends the
    // checkpoint; expects a write transaction.
    Result<HistoryEntry> cut(const QDateTime &before);

    // The fields an entry keeps of a mailbox and of a domain: never a password or a hash.
    static QString fields(const Mailbox &mailbox);
    static QString fields(const StoredMailbox &mailbox);
    static QString fields(const Domain &domain);
    // The fields of `after` that differ from `before`, each side on its own.
    static void changedFields(const Mailbox &before, const Mailbox &after, QString *beforeText, QString *afterText);
    static void changedFields(const Domain &before, const Domain &after, QString *beforeText, QString *afterText);

    static HistoryEntry entry(const QString &operation, const QString &domain, const QString &mailbox,
        const QString &before, const QString &after, const QString &result = history::succeeded);

private:
    static void difference(const QString &before, const QString &after, QString *beforeText, QString *afterText);
    // Appends after `last` (sequence 0: the history is empty), once the chain's lock is held.
    std::optional<ServiceError> appendAfter(const HistoryEntry &last, QList<HistoryEntry> entries);

    SqlConnection &m_connection;
    QString m_actor;
};

} // namespace pecadmin
