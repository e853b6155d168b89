#pragma once

#include "local/storelocation.h"

#include <QString>
#include <QStringList>

class QSqlError;

namespace pecadmin {

// Everything that differs between the SQL databases the store runs on, in one place: the
// statements that differ in syntax, what each database can do (capabilities) and how its
// errors read. The store's other statements are written once, in the SQL both accept: `?`
// placeholders, `||`, LIMIT and OFFSET, row values in comparisons.
//
// The store uses neither an upsert nor RETURNING: a new row is checked for inside the write
// transaction and then read back by its unique name, the same on both databases.
struct SqlDialect
{
    // What a database error means to the store.
    enum class ErrorKind {
        ConnectionLost, // the server went away: the connection is opened again, once
        Busy, // another connection holds the lock, longer than the store waits
        UniqueViolation, // a name taken meanwhile
        NotADatabase, // the file is not a database
        Damaged, // the database's pages or indexes are damaged
        DiskFull, // the disk (or the server's) has no space left
        LockLost, // the file's lock failed or was lost, as on a network share
        Other,
    };

    StoreLocation::Kind kind = StoreLocation::Kind::SqliteFile;
    QString driver; // the Qt SQL driver (a plugin); none for SQLite, reached through SqliteDriver
    QString connectOptions; // empty for PostgreSQL: set per connection, see SqlConnection
    QString identityColumn; // the type of an auto-numbered primary key
    QString listTables; // the names of the tables and views of the database

    // ---- transactions and locking ----
    QString beginRead; // a transaction that sees one snapshot
    QString beginWrite; // a transaction that holds the write lock from its start
    QString lockForUpdate; // appended to the SELECT of the domain row in a write; empty: beginWrite locks
    // Taken first in the transaction of a migration, so that two programs opening an empty
    // database at once do not both create the tables. Empty: beginWrite already excludes.
    QString migrationLock;
    // Pragmas (SQLite) or session settings (PostgreSQL), run once after the connection opens
    // and again after it is opened anew.
    QStringList sessionSetup;

    // ---- capabilities ----
    // Whether a statement without parameters may be prepared. PostgreSQL prepares only SELECT,
    // INSERT, UPDATE, DELETE and VALUES: its fixed statements (transactions, schema, session
    // settings) are sent as they are.
    bool preparesEveryStatement = true;
    // Whether schema 3's trigram index of the mailbox names (FTS5, table mailbox_names) exists,
    // for a search that few names match (MailboxPageQuery). PostgreSQL searches with LIKE.
    bool hasTrigramIndex = false;
    // Whether other administrators share the database from other computers: a lock is then
    // held by one of them rather than by another program on this one.
    bool sharedServer = false;

    // ---- error mapping: native error codes ----
    QStringList busyCodes;
    QStringList uniqueCodes;
    QStringList notDatabaseCodes;
    QStringList damagedCodes;
    QStringList diskFullCodes;
    QStringList lockLostCodes;
    // Codes or classes (prefixes) of a lost connection; empty where a connection cannot be lost.
    QStringList connectionLostCodes;

    static const SqlDialect &sqlite();
    static const SqlDialect &postgreSql();

    // Whether `sql`, a fixed statement of the store's own with nothing bound, is sent without
    // preparing it (see preparesEveryStatement).
    bool sendsUnprepared(const QString &sql) const;
    ErrorKind classify(const QSqlError &error) const;

private:
    bool isConnectionLoss(const QSqlError &error) const;
};

} // namespace pecadmin
