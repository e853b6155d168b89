#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDriver>

struct sqlite3;

namespace pecadmin {

class SqliteResult;

// The program's way to SQLite: a Qt SQL driver over SQLite's C library, which the program links,
// given to QSqlDatabase::addDatabase() as an object. Qt's own SQLite driver is a plugin, found by
// scanning Qt's folder of plugins and loaded with dlopen, which was a fifth of what a command of
// pecadmin-cli cost on a store file; and it copies every column of every row into a QVariant
// before anyone asks for it. Here a column is read from SQLite when it is asked for, and the
// statement's `?` reach SQLite as they are (Qt's driver renames each one, and SQLite looks each
// name up in a list while it prepares: docs/PERFORMANCE.md).
//
// Otherwise it behaves as Qt's QSQLITE does, which tst_sqlitedriver holds it to, statement by
// statement: the same values of the same types for each column, NULL for a null value bound,
// SQLite's extended result codes as native error codes, a statement begun by exec() (which
// reads its first row, so that a write's error is exec()'s), a statement that reaches its end
// reset at once (so that it holds no lock), and the same connection options:
// QSQLITE_BUSY_TIMEOUT=ms (5,000 unless given), QSQLITE_OPEN_READONLY.
class SqliteDriver final : public QSqlDriver
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDriver)

public:
    SqliteDriver();
    ~SqliteDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
        const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    sqlite3 *connection() const { return m_connection; }
    // The results that hold a statement of this connection: their statements are finalized when
    // it closes, and they forget it when it goes.
    void addResult(SqliteResult *result) const { m_results.append(result); }
    void removeResult(SqliteResult *result) const { m_results.removeOne(result); }

private:
    bool runWithoutRows(const char *sql, const char *failure);
    void finalizeResults(bool forget);

    sqlite3 *m_connection = nullptr;
    mutable QList<SqliteResult *> m_results;
};

} // namespace pecadmin
