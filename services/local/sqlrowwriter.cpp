#include "sqlrowwriter.h"

#include "local/sqlconnection.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

static_assert(SqlRowWriter::maxParameters < 32766, "SQLite's limit of the values bound to a statement");

} // namespace

SqlRowWriter::SqlRowWriter(SqlConnection &connection, QString head, QString row)
    : m_connection(connection)
    , m_head(std::move(head))
    , m_row(std::move(row))
    , m_parametersPerRow(int(m_row.count(u'?')))
    , m_rowsPerStatement(rowsPerStatement(m_parametersPerRow))
    , m_full(connection.query())
{ }

int SqlRowWriter::rowsPerStatement(int parametersPerRow)
{
    return std::max(1, maxParameters / std::max(1, parametersPerRow));
}

std::optional<ServiceError> SqlRowWriter::add(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_parametersPerRow);
    m_values.append(values);
    if (++m_rows < m_rowsPerStatement)
        return std::nullopt;
    if (!m_fullPrepared) {
        if (auto error = m_connection.prepare(m_full, statement(m_rowsPerStatement)))
            return error;
        m_fullPrepared = true;
    }
    return runWith(m_full);
}

std::optional<ServiceError> SqlRowWriter::finish()
{
    if (m_rows == 0)
        return std::nullopt;
    QSqlQuery rest = m_connection.query();
    if (auto error = m_connection.prepare(rest, statement(m_rows)))
        return error;
    return runWith(rest);
}

QString SqlRowWriter::statement(int rows) const
{
    QString sql = m_head;
    sql.reserve(m_head.size() + qsizetype(rows) * (m_row.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += u", "_s;
        sql += m_row;
    }
    return sql;
}

std::optional<ServiceError> SqlRowWriter::runWith(QSqlQuery &query)
{
    std::optional<ServiceError> error = m_connection.runPrepared(query, m_values);
    query.finish();
    m_values.clear();
    m_rows = 0;
    return error;
}

} // namespace pecadmin
