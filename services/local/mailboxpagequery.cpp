#include "mailboxpagequery.h"

#include "core/rules.h"
#include "local/sqldialect.h"
#include "local/sqlrows.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

QString sortColumnName(MailboxColumn column, Qt::SortOrder order)
{
    switch (column) {
    case MailboxColumn::Address:
        return u"name"_s;
    case MailboxColumn::Status:
        return u"enabled"_s;
    case MailboxColumn::Usage:
        return MailboxPageQuery::usageSortExpression(order);
    case MailboxColumn::Quota:
        return u"quota_mb"_s;
    case MailboxColumn::SoftQuota:
        return u"soft_quota_mb"_s;
    case MailboxColumn::Archiving:
        return u"archiving"_s;
    case MailboxColumn::Created:
        return u"created"_s;
    }
    return u"name"_s;
}

// "50%_off" -> "50\%\_off": the text matches itself only, inside LIKE '%…%' ESCAPE '\'.
QString likeEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

// The text as one FTS5 phrase: "…", with its quotes doubled.
QString ftsPhrase(const QString &text)
{
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

MailboxPageQuery::MailboxPageQuery(const MailboxQuery &query, qint64 domainId, const SqlDialect &dialect)
    : m_domainName(rules::normalizedDomainName(query.domain))
    , m_domainId(domainId)
    , m_limit(std::clamp(query.limit, 1, 100000))
    , m_column(sortColumnName(query.sortColumn, query.sortOrder))
    , m_descending(query.sortOrder == Qt::DescendingOrder)
    , m_offset(!query.after && query.offset > 0 ? query.offset : 0)
    , m_filter(rules::normalizedMailboxName(query.filter))
    , m_hasTrigramIndex(dialect.hasTrigramIndex)
{
    if (query.after)
        m_after = keyCondition(false, sortKey(*query.after, query.sortColumn, query.sortOrder), query.after->name);
}

// ---- the statements ----

MailboxPageQuery::Condition MailboxPageQuery::keyCondition(bool upTo, const QVariant &key, const QString &name) const
{
    const QString op = upTo ? (m_descending ? u" >= "_s : u" <= "_s) : (m_descending ? u" < "_s : u" > "_s);
    if (sortsByName())
        return { u" AND name"_s + op + u'?', { name } };
    return { u" AND ("_s + m_column + u", name)"_s + op + u"(?, ?)"_s, { key, name } };
}

MailboxPageQuery::Condition MailboxPageQuery::likeCondition() const
{
    // Names are stored case-folded, so a case-folded pattern matches case-insensitively on
    // every database, whatever its LIKE does with case.
    return { u" AND name LIKE ? ESCAPE '\\'"_s, { QString(u'%' + likeEscaped(m_filter) + u'%') } };
}

QString MailboxPageQuery::orderBy() const
{
    const QString direction = m_descending ? u" DESC"_s : u" ASC"_s;
    const QString byColumn = sortsByName() ? QString() : m_column + direction + u", "_s;
    return u" ORDER BY "_s + byColumn + u"name"_s + direction;
}

SqlStatement MailboxPageQuery::select(const QString &domainCondition, const Condition &where) const
{
    SqlStatement statement;
    statement.sql = u"SELECT "_s + SqlRows::mailboxColumns + u" FROM mailboxes WHERE "_s + domainCondition + where.sql
        + m_after.sql + orderBy() + u" LIMIT ?"_s;
    statement.values = QVariantList { m_domainId } + where.values + m_after.values;
    statement.values.append(m_limit + 1); // one more than asked: whether another page follows
    if (pagesByOffset()) {
        statement.sql += u" OFFSET ?"_s;
        statement.values.append(m_offset);
    }
    return statement;
}

SqlStatement MailboxPageQuery::page() const
{
    return select(u"domain_id = ?"_s, m_filter.isEmpty() ? Condition() : likeCondition());
}

SqlStatement MailboxPageQuery::pageUpTo(const QVariant &key, const QString &name) const
{
    Condition where = likeCondition();
    const Condition upTo = keyCondition(true, key, name);
    where.sql += upTo.sql;
    where.values += upTo.values;
    return select(u"domain_id = ?"_s, where);
}

SqlStatement MailboxPageQuery::pageFromTrigramIndex() const
{
    // The matching rows by their id, then sorted: "+domain_id" keeps the planner from reading
    // the domain's index instead.
    return select(u"+domain_id = ?"_s,
        { u" AND id IN (SELECT rowid FROM mailbox_names WHERE mailbox_names MATCH ?)"_s, { ftsPhrase(m_filter) } });
}

SqlStatement MailboxPageQuery::scanBoundary() const
{
    const QString key = sortsByName() ? QString() : m_column + u", "_s;
    return { u"SELECT "_s + key + u"name FROM mailboxes WHERE domain_id = ?"_s + m_after.sql + orderBy()
            + u" LIMIT 1 OFFSET ?"_s,
        QVariantList { m_domainId } + m_after.values + QVariantList { scanBudget - 1 } };
}

SqlStatement MailboxPageQuery::trigramMatches(qint64 limit) const
{
    return { u"SELECT COUNT(*) FROM (SELECT rowid FROM mailbox_names WHERE mailbox_names MATCH ? LIMIT ?)"_s,
        { ftsPhrase(m_filter), limit } };
}

QString MailboxPageQuery::usageSortExpression(Qt::SortOrder order)
{
    return u"(CASE WHEN usage_updated IS NULL THEN "_s + QString::number(unknownUsageSortKey(order))
        + u" ELSE used_bytes END)"_s;
}

// ---- the choice ----

bool MailboxPageQuery::mayUseTrigramIndex() const
{
    return m_hasTrigramIndex && m_filter.size() >= 3 && !pagesByOffset();
}

qint64 MailboxPageQuery::trigramWorthIt(qint64 domainSize)
{
    // The index finds the rows whose name contains the text in the whole store, each then
    // looked up to keep the domain's: about 5 µs a row (measured with pecadmin-bench,
    // docs/PERFORMANCE.md) against 0.08 µs for a row the scan tests. Worth it only for a text
    // that fewer names contain than a 64th of the domain's mailboxes.
    return std::max<qint64>(100, domainSize / 64);
}

Result<MailboxPage> MailboxPageQuery::read(SqlConnection &connection, qint64 domainSize) const
{
    if (!mayUseTrigramIndex())
        return readPage(connection, page());
    const Result<std::optional<MailboxPage>> scanned = readWithinScanBudget(connection);
    if (!scanned)
        return scanned.error();
    if (scanned.value())
        return *scanned.value();
    const Result<bool> few = fewTrigramMatches(connection, domainSize);
    if (!few)
        return few.error();
    // Many names contain the text, just not among the next rows: the scan goes on.
    return readPage(connection, few.value() ? pageFromTrigramIndex() : page());
}

Result<MailboxPage> MailboxPageQuery::readPage(SqlConnection &connection, const SqlStatement &statement) const
{
    QSqlQuery rows = connection.query();
    if (auto error = connection.run(rows, statement))
        return *error;
    MailboxPage result;
    while (rows.next()) {
        if (result.mailboxes.size() == m_limit) {
            result.hasMore = true;
            break;
        }
        result.mailboxes.append(SqlRows::mailbox(rows, m_domainName));
    }
    return result;
}

Result<std::optional<MailboxPage>> MailboxPageQuery::readWithinScanBudget(SqlConnection &connection) const
{
    QSqlQuery boundary = connection.query();
    if (auto error = connection.run(boundary, scanBoundary()))
        return *error;
    if (!boundary.next()) {
        // Fewer rows than that are left: the scan is short anyway.
        Result<MailboxPage> all = readPage(connection, page());
        if (!all)
            return all.error();
        return std::optional(all.takeValue());
    }
    const QVariant key = sortsByName() ? QVariant() : boundary.value(0);
    const QString last = boundary.value(sortsByName() ? 0 : 1).toString();
    boundary.finish();
    Result<MailboxPage> bounded = readPage(connection, pageUpTo(key, last));
    if (!bounded)
        return bounded.error();
    if (!bounded.value().hasMore)
        return std::optional<MailboxPage>();
    return std::optional(bounded.takeValue());
}

Result<bool> MailboxPageQuery::fewTrigramMatches(SqlConnection &connection, qint64 domainSize) const
{
    const qint64 worthIt = trigramWorthIt(domainSize);
    QSqlQuery count = connection.query();
    if (auto error = connection.run(count, trigramMatches(worthIt)))
        return *error;
    return count.next() && count.value(0).toLongLong() < worthIt;
}

} // namespace pecadmin
