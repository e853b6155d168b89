#pragma once

#include "core/result.h"
#include "local/storelocation.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace pecadmin {

struct SqlDialect;

// A statement and the values of its `?` placeholders, in order.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// One connection of the store to its database, SQLite file or PostgreSQL server, and the
// dialect it speaks: opening it (refusing, untouched, a file that is not a store), running
// prepared statements, turning a database error into a translated ServiceError, and opening
// the connection again, once, when a server connection was lost. It belongs to the thread
// that opened it. Which statements make up a transaction is the store's business (SqlStore).
class SqlConnection
{
public:
    // Opens the SQLite file at `path`, creating it (readable by its owner only) where there is
    // none yet. Refuses a missing folder (except the default store's, which it makes, for its
    // owner only), a read-only file or folder and a file that is not SQLite, before opening it.
    static Result<std::unique_ptr<SqlConnection>> openSqlite(const QString &path);
    // Connects to an existing PostgreSQL database. The password goes to the driver only.
    static Result<std::unique_ptr<SqlConnection>> openPostgreSql(const StoreLocation &location);

    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    const SqlDialect &dialect() const { return m_dialect; }
    const StoreLocation &location() const { return m_location; }
    // The file, or the server's address (StoreLocation::displayName()).
    QString displayName() const { return m_displayName; }
    // The file in the system's notation, or the server's address: for messages.
    QString shownName() const;

    // A query on this connection, for run().
    QSqlQuery query() const;
    // Prepares `sql`, binds `values` to its `?` placeholders in order and runs it; a fixed
    // statement that the dialect does not prepare is sent as it is.
    std::optional<ServiceError> run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    std::optional<ServiceError> run(const QString &sql, const QVariantList &values = {});
    // A statement run many times: prepared once on `query`, then each time bound to `values` (its
    // `?` placeholders, in order) and run.
    std::optional<ServiceError> prepare(QSqlQuery &query, const QString &sql);
    std::optional<ServiceError> runPrepared(QSqlQuery &query, const QVariantList &values);
    std::optional<ServiceError> run(QSqlQuery &query, const SqlStatement &statement)
    {
        return run(query, statement.sql, statement.values);
    }
    // The same, on a statement that the connection keeps prepared on SQLite inside a transaction
    // (preparing the page's statement costs about a tenth of reading its 200 rows): `*rows` is
    // that statement, valid until the transaction ends, where every kept statement is reset so
    // that none holds on to the file's snapshot. Running a kept statement again ends the reading
    // of its previous rows. Elsewhere `*rows` is `fallback`, prepared as run() does.
    std::optional<ServiceError> runKept(QSqlQuery **rows, QSqlQuery &fallback, const SqlStatement &statement);
    // The translated error of a failed statement; notes a lost connection.
    ServiceError storageError(const QSqlError &error);

    // The largest SQLite file whose pages are checked (PRAGMA quick_check) when it is opened:
    // some 35,000 mailboxes, about 60 ms on a quiet machine (1.8 ms of processor time a MiB,
    // docs/SECURITY.md), which covers the domains of most postmasters. A busy machine takes ten
    // times that, so the bound is not higher: for a store of 200,000 mailboxes (180 MB) the check
    // made every opening, the command line's and the window's first page, take seconds. A damaged
    // page of a larger store is told when it is read (SQLITE_CORRUPT).
    static constexpr qint64 quickCheckLimitBytes = qint64(32) * 1024 * 1024;

    // Runs the dialect's session setup (pragmas, session settings).
    std::optional<ServiceError> setUpSession();
    // Begins a transaction with `statement`, opening the connection again first, once, where
    // it was lost.
    std::optional<ServiceError> begin(const QString &statement);
    // A lost connection while committing leaves it unknown whether the change was saved:
    // its error says so.
    std::optional<ServiceError> commit();
    // Rolls back, unless the connection was lost (the server has rolled back already).
    void rollback();

private:
    struct KeptStatement;
    void resetKeptStatements();

    // A damaged page of a SQLite file of at most quickCheckLimitBytes, told at once.
    std::optional<ServiceError> checkPages(qint64 fileSize);
    SqlConnection(const QString &connectionName, StoreLocation location, const SqlDialect &dialect);

    std::optional<ServiceError> reconnect();

    QSqlDatabase m_db;
    QString m_connectionName;
    StoreLocation m_location;
    QString m_displayName;
    const SqlDialect &m_dialect;
    QHash<QString, std::shared_ptr<KeptStatement>> m_kept; // by their SQL
    bool m_inTransaction = false;
    bool m_committing = false;
    bool m_connectionLost = false;
};

} // namespace pecadmin
