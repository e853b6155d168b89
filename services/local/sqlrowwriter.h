#pragma once

#include "core/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace pecadmin {

class SqlConnection;

// Many rows written into one table, many rows to a statement: `INSERT ... VALUES (row), (row),
// ...`, with as many rows as the database takes bound values to a statement (maxParameters),
// the statement of full batches prepared once and one more for the rows left at the end. Every
// value is bound, none is written into the statement. Inside the caller's transaction: a failed
// statement fails the transaction, which the caller rolls back.
//
// SQLite does a statement's bookkeeping once a statement, not once a row; above all the trigram
// index of the names (FTS5, kept by a trigger that fires for every row) writes its pending terms
// out at the end of every statement, so that rows written one a statement spend most of their
// time merging the index's tiny segments (docs/PERFORMANCE.md, the copy for offline work).
class SqlRowWriter
{
public:
    // The most values bound to one statement. SQLite takes 32,766 (SQLITE_MAX_VARIABLE_NUMBER
    // since 3.32; Debian 12 has 3.40) and PostgreSQL 65,535. Through Qt's SQLite driver, which
    // renamed each `?` into a named parameter that SQLite looks up by a linear search, preparing
    // took time as the square of the values (3 s for 30,000); SqliteDriver binds them as they are.
    // Generating 100,000 mailboxes (Release, load 7) went at 7,900 to 8,300 a second with 1,200
    // to 6,000 values a statement then, and at 15,600 a second with 4,000 through SqliteDriver on
    // a quiet machine (docs/PERFORMANCE.md). 333 rows of a mailbox a statement.
    static constexpr int maxParameters = 4000;

    // `head` is the statement up to its rows, "INSERT INTO t (a, b, c) VALUES "; `row` is one
    // row, "(?, ?, 1)": its `?` are the values add() takes.
    SqlRowWriter(SqlConnection &connection, QString head, QString row);

    // The rows of one statement for rows of `parametersPerRow` values.
    static int rowsPerStatement(int parametersPerRow);
    int rowsPerStatement() const { return m_rowsPerStatement; }
    int parametersPerRow() const { return m_parametersPerRow; }

    // One row: as many values as `row` has `?`, in order. Writes a full statement's rows.
    std::optional<ServiceError> add(const QVariantList &values);
    // Writes the rows added since the last full statement.
    std::optional<ServiceError> finish();

private:
    QString statement(int rows) const;
    std::optional<ServiceError> runWith(QSqlQuery &query);

    SqlConnection &m_connection;
    QString m_head;
    QString m_row;
    int m_parametersPerRow;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_values;
    int m_rows = 0;
};

} // namespace pecadmin
