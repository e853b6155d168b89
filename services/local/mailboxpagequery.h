#pragma once

#include "core/mailbox.h"
#include "core/result.h"
#include "local/sqlconnection.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlQuery;

namespace pecadmin {

struct SqlDialect;

// Columns that a reader of the page adds to each of its rows, in the page's own statement, and
// what it makes of them: the offline copy's server version and journal state (ReplicaStore).
// `sql` follows SqlRows::mailboxColumns in the select list (", … AS …"); `join` follows
// "FROM mailboxes" (" LEFT JOIN …"), and names none of the mailboxes' columns, which the page
// names unqualified; `values` are the placeholders' values of both, in order. `read` takes each
// row, whose reader's columns start at `first`, into the mailbox read from it.
struct MailboxPageColumns
{
    QString sql;
    QString join;
    QVariantList values;
    std::function<void(const QSqlQuery &row, int first, Mailbox *mailbox)> read;
};

// The statements that read one page of a domain's mailboxes (SqlStore::mailboxes()), and the
// choice between them.
//
// A page is read in the sort order from an index that ends with the name, which breaks ties:
// after a given mailbox (keyset paging: rows added or removed before it do not shift the
// page), or at an offset. A filter keeps the names that contain a text: a scan in the sort
// order tests each name until the page is full, which is fast where many names contain the
// text. Where few do, the scan would read the whole domain; on SQLite, the trigram index of
// the names (schema 3) finds them directly instead, at a higher cost a row. read() asks the
// index first, for at most trigramWorthIt() names: in one statement, the page from them and
// how many it found; where it found that many, the scan reads the page instead. The
// statements are public for tests.
class MailboxPageQuery
{
public:
    // Each row with the reader's `columns`, where it gives some.
    MailboxPageQuery(const MailboxQuery &query, qint64 domainId, const SqlDialect &dialect,
        MailboxPageColumns columns = MailboxPageColumns());

    // Reads the page on `connection`, inside the caller's transaction, for a domain of
    // `domainSize` mailboxes.
    Result<MailboxPage> read(SqlConnection &connection, qint64 domainSize) const;

    // The filter as names are stored: lower case.
    QString filter() const { return m_filter; }
    // Whether the trigram index may find the page's rows: on a database that has it, for a
    // text of three characters or more, and a page that follows a mailbox (an offset counts
    // rows in the sort order, which only the scan knows).
    bool mayUseTrigramIndex() const;
    // Up to how many names the index may find for it to be worth reading the page that way
    // in a domain of `domainSize` mailboxes.
    static qint64 trigramWorthIt(qint64 domainSize);
    // What the usage column orders by in `order`: the used bytes, or for a mailbox whose usage
    // the mail server has not reported, the key that sortKey() gives it (after every figure).
    static QString usageSortExpression(Qt::SortOrder order);

    // The rows of the page (one more than its size, which says whether another follows):
    // every mailbox of the domain, or those the filter keeps, read in the sort order.
    SqlStatement page() const;
    // The same, from the names the trigram index finds, at most `worthIt` of them, each row
    // followed by how many it found (one more column). Where the domain has none of them,
    // one row with that count, and NULL in every other column.
    SqlStatement pageFromTrigramIndex(qint64 worthIt) const;

private:
    // A condition appended to the WHERE clause, and its values.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };

    // Rows strictly after a row, in the sort order: by (column, name), or by name alone.
    Condition keyCondition(const QVariant &key, const QString &name) const;
    Condition likeCondition() const;
    QString orderBy() const;
    bool pagesByOffset() const { return m_offset > 0; }
    bool sortsByName() const { return m_column == u"name"; }
    // The page's SELECT: the domain by `domainCondition`, then `where`, the keyset, the order.
    SqlStatement select(const QString &domainCondition, const Condition &where) const;

    Result<MailboxPage> readPage(SqlConnection &connection, const SqlStatement &statement) const;
    // The mailbox of the current row, with the reader's columns.
    Mailbox mailboxOf(const QSqlQuery &row) const;
    // The page from the trigram index; nothing where the index finds `worthIt` names or more.
    Result<std::optional<MailboxPage>> readFromTrigramIndex(SqlConnection &connection, qint64 worthIt) const;

    QString m_domainName;
    qint64 m_domainId = 0;
    int m_limit = 1;
    QString m_column; // the sort column; "name" sorts by name alone
    bool m_descending = false;
    int m_offset = 0; // 0 where the page follows a mailbox
    QString m_filter;
    Condition m_after; // empty where the page does not follow a mailbox
    bool m_hasTrigramIndex = false;
    MailboxPageColumns m_columns;
};

} // namespace pecadmin
