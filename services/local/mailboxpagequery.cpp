#include "mailboxpagequery.h"

#include "core/rules.h"
#include "local/sqldialect.h"
#include "local/sqlrows.h"

#include <QSqlQuery>
#include <QSqlRecord>

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

MailboxPageQuery::MailboxPageQuery(
    const MailboxQuery &query, qint64 domainId, const SqlDialect &dialect, MailboxPageColumns columns)
    : m_domainName(rules::normalizedDomainName(query.domain))
    , m_domainId(domainId)
    , m_limit(std::clamp(query.limit, 1, 100000))
    , m_column(sortColumnName(query.sortColumn, query.sortOrder))
    , m_descending(query.sortOrder == Qt::DescendingOrder)
    , m_offset(!query.after && query.offset > 0 ? query.offset : 0)
    , m_filter(rules::normalizedMailboxName(query.filter))
    , m_hasTrigramIndex(dialect.hasTrigramIndex)
    , m_columns(std::move(columns))
{
    if (query.after)
        m_after = keyCondition(sortKey(*query.after, query.sortColumn, query.sortOrder), query.after->name);
}

// ---- the statements ----

MailboxPageQuery::Condition MailboxPageQuery::keyCondition(const QVariant &key, const QString &name) const
{
    const QString op = m_descending ? u" < "_s : u" > "_s;
    if (sortsByName())
        return { u" AND name"_s + op + u'?', { name } };
    Condition pair { u" AND ("_s + m_column + u", name)"_s + op + u"(?, ?)"_s, { key, name } };
    if (!m_column.startsWith(u'('))
        return pair;
    // The order by usage is an expression (usageSortExpression()): SQLite starts reading its
    // index at the pair for a column, not for an expression, where each page would read the
    // domain from its start. A bound on the expression alone, which the pair implies, starts it
    // there (for a column it would be used instead of the pair: not added).
    return { u" AND "_s + m_column + (m_descending ? u" <= ?"_s : u" >= ?"_s) + pair.sql,
        QVariantList { key } + pair.values };
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
    statement.sql = u"SELECT "_s + SqlRows::mailboxColumns + m_columns.sql + u" FROM mailboxes"_s + m_columns.join
        + u" WHERE "_s + domainCondition + where.sql + m_after.sql + orderBy() + u" LIMIT ?"_s;
    statement.values = m_columns.values + QVariantList { m_domainId } + where.values + m_after.values;
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

SqlStatement MailboxPageQuery::pageFromTrigramIndex(qint64 worthIt) const
{
    // The index's names once, in an ephemeral table: the page's rows are looked up from them by
    // id, then sorted ("+domain_id" keeps the planner from reading the domain's index instead),
    // and each row carries their count. Joined to one row, so that an empty page still says it.
    // Where the index found `worthIt` names, the scan reads the page: the count, a condition on
    // no row, is tested once before the rows are looked up, and none is (looking up and sorting
    // those names cost as much as the scan itself, for a text as common as "mario").
    // The index's trigrams are case-folded: the plain query's LIKE keeps only the rows it
    // would have kept itself, so that both ways find exactly the same rows.
    const Condition like = likeCondition();
    const SqlStatement rows = select(u"+domain_id = ?"_s,
        { u" AND (SELECT COUNT(*) FROM hits) < ? AND id IN (SELECT id FROM hits)"_s + like.sql,
            QVariantList { worthIt } + like.values });
    SqlStatement statement;
    statement.sql = u"WITH hits(id) AS MATERIALIZED (SELECT rowid FROM mailbox_names WHERE mailbox_names MATCH ? "
                    "LIMIT ?) SELECT page.*, (SELECT COUNT(*) FROM hits) AS hit_count FROM (SELECT 1) LEFT JOIN ("_s
        + rows.sql + u") AS page"_s + orderBy();
    statement.values = QVariantList { ftsPhrase(m_filter), worthIt } + rows.values;
    return statement;
}

QString MailboxPageQuery::usageSortExpression(Qt::SortOrder order)
{
    return u"(CASE WHEN usage_updated IS NULL THEN "_s + QString::number(unknownUsageSortKey(order))
        + u" ELSE used_bytes END)"_s;
}

// ---- the choice ----

bool MailboxPageQuery::mayUseTrigramIndex() const
{
    // The trigram index finds no name for a text of fewer than three characters (code points,
    // not UTF-16 units).
    return m_hasTrigramIndex && m_filter.toUcs4().size() >= 3 && !pagesByOffset();
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
    const Result<std::optional<MailboxPage>> indexed = readFromTrigramIndex(connection, trigramWorthIt(domainSize));
    if (!indexed)
        return indexed.error();
    if (indexed.value())
        return *indexed.value();
    // Many names contain the text: the scan fills the page sooner than the index would.
    return readPage(connection, page());
}

Result<MailboxPage> MailboxPageQuery::readPage(SqlConnection &connection, const SqlStatement &statement) const
{
    QSqlQuery fallback = connection.query();
    QSqlQuery *kept = nullptr;
    if (auto error = connection.runKept(&kept, fallback, statement))
        return *error;
    QSqlQuery &rows = *kept;
    MailboxPage result;
    while (rows.next()) {
        if (result.mailboxes.size() == m_limit) {
            result.hasMore = true;
            break;
        }
        result.mailboxes.append(mailboxOf(rows));
    }
    return result;
}

Mailbox MailboxPageQuery::mailboxOf(const QSqlQuery &row) const
{
    Mailbox mailbox = SqlRows::mailbox(row, m_domainName);
    if (m_columns.read) {
        // The reader's columns follow the row's own.
        static const int first = int(SqlRows::mailboxColumns.count(u',')) + 1;
        m_columns.read(row, first, &mailbox);
    }
    return mailbox;
}

Result<std::optional<MailboxPage>> MailboxPageQuery::readFromTrigramIndex(
    SqlConnection &connection, qint64 worthIt) const
{
    QSqlQuery fallback = connection.query();
    QSqlQuery *kept = nullptr;
    if (auto error = connection.runKept(&kept, fallback, pageFromTrigramIndex(worthIt)))
        return *error;
    QSqlQuery &rows = *kept;
    // The count follows SqlRows::mailboxColumns, however many they are.
    const int countColumn = rows.record().indexOf(u"hit_count"_s);
    if (countColumn < 0)
        return std::optional<MailboxPage>();
    MailboxPage result;
    while (rows.next()) {
        if (rows.value(countColumn).toLongLong() >= worthIt)
            return std::optional<MailboxPage>(); // the index stopped counting: the scan reads the page
        if (rows.value(0).isNull())
            break; // the one row of an empty page
        if (result.mailboxes.size() == m_limit) {
            result.hasMore = true;
            break;
        }
        result.mailboxes.append(mailboxOf(rows));
    }
    return std::optional(std::move(result));
}

} // namespace pecadmin
