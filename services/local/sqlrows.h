#pragma once

#include "core/domain.h"
#include "core/mailbox.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace pecadmin {

struct StoredMailbox;

// The store's rows and the values they map to: which columns a SELECT reads for a Mailbox, a
// Domain or a DomainDetails and how the row becomes one, and the values an INSERT binds for a
// new row. Times are stored as milliseconds since 1970, UTC; booleans as 0 and 1.
class SqlRows
{
public:
    // What mailbox() reads, the row id first.
    static const QString mailboxColumns;
    // What domain() reads, the row id first.
    static const QString domainColumns;
    // What domainDetails() reads: domainColumns, then the domain's totals.
    static const QString domainDetailsColumns;

    static Mailbox mailbox(const QSqlQuery &row, const QString &domain);
    static Domain domain(const QSqlQuery &row);
    static DomainDetails domainDetails(const QSqlQuery &row);

    // A new domain: the statement, and its values in order. A language the backend does not state
    // (QString(), bound as NULL) is written as '' (the column holds no NULL).
    static const QString insertDomain;
    static QVariantList domainValues(const Domain &domain);
    // A new mailbox with every column given (its version is 1): the statement, and its values
    // in order. `passwordHash` as stored; an invalid `mailbox.created` is `now`.
    static const QString insertMailbox;
    // The same statement up to its VALUES, and one row of them (SqlRowWriter).
    static const QString insertMailboxHead;
    static const QString insertMailboxRow;
    static QVariantList mailboxValues(
        qint64 domainId, const StoredMailbox &mailbox, const QString &passwordHash, qint64 now);
    // The same for a mailbox created with its first password: nothing used yet, and a password
    // that the user must change.
    static QVariantList mailboxValues(
        qint64 domainId, const NewMailbox &mailbox, const QString &passwordHash, qint64 now);

    static qint64 nowMsecs();
};

} // namespace pecadmin
