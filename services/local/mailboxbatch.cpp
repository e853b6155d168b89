#include "mailboxbatch.h"

#include "core/rules.h"
#include "local/sqlconnection.h"
#include "local/sqlrows.h"
#include "local/sqlrowwriter.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

// Why `mailbox`, its name as stored, cannot be written into `domain`, where `allocatedMb`
// are given out already; `typedName` is the name as it was given.
std::optional<ServiceError> checkMailbox(
    const Domain &domain, const StoredMailbox &mailbox, const QString &typedName, qint64 allocatedMb)
{
    if (auto error = rules::checkNewMailboxName(mailbox.name))
        return error->withDetail(typedName);
    if (auto error = rules::checkQuota(domain, mailbox.quotaMb, allocatedMb))
        return error->withDetail(mailbox.name);
    if (auto error = rules::checkSoftQuota(mailbox.softQuotaMb, mailbox.quotaMb))
        return error->withDetail(mailbox.name);
    if (auto error = rules::checkArchiving(domain, mailbox.archiving))
        return error->withDetail(mailbox.name);
    if (mailbox.usedBytes < 0)
        return ServiceError(Code::Validation, QT_TRANSLATE_NOOP("ServiceError", "The used space cannot be negative."))
            .withDetail(mailbox.name);
    return std::nullopt;
}

} // namespace

Result<MailboxBatch> MailboxBatch::check(const DomainDetails &details, const QList<StoredMailbox> &mailboxes)
{
    const Domain &domain = details.domain;
    if (details.mailboxCount + mailboxes.size() > domain.maxMailboxes)
        return ServiceError(Code::MailboxLimitReached,
            QT_TRANSLATE_N_NOOP("ServiceError",
                "The domain can hold at most %n mailboxes: there is no room for "
                "all of these."),
            {}, domain.maxMailboxes);
    MailboxBatch batch;
    batch.m_domain = domain.name;
    batch.m_domainHasMailboxes = details.mailboxCount > 0;
    batch.m_mailboxes.reserve(mailboxes.size());
    for (const StoredMailbox &mailbox : mailboxes) {
        StoredMailbox stored = mailbox;
        stored.name = rules::normalizedMailboxName(mailbox.name);
        if (auto error = checkMailbox(domain, stored, mailbox.name, details.allocatedMb + batch.m_quotaMb))
            return *error;
        batch.m_quotaMb += stored.quotaMb;
        batch.m_usedBytes += stored.usedBytes;
        batch.m_mailboxes.append(stored);
    }
    return batch;
}

std::optional<ServiceError> MailboxBatch::checkNamesFree(SqlConnection &connection, qint64 domainId) const
{
    // The names of the batch that mailboxes of the domain have: none where it has none.
    QSet<QString> taken;
    if (m_domainHasMailboxes) {
        constexpr int namesPerStatement = 500;
        const auto statement = [](qsizetype names) -> QString {
            QString sql = u"SELECT name FROM mailboxes WHERE domain_id = ? AND name IN (?"_s;
            sql.reserve(sql.size() + names * 3);
            for (qsizetype i = 1; i < names; ++i)
                sql += u", ?"_s;
            sql += u')';
            return sql;
        };
        QSqlQuery full = connection.query();
        bool fullPrepared = false;
        for (qsizetype from = 0; from < m_mailboxes.size(); from += namesPerStatement) {
            const qsizetype names = std::min<qsizetype>(namesPerStatement, m_mailboxes.size() - from);
            QVariantList values { domainId };
            for (qsizetype i = from; i < from + names; ++i)
                values.append(m_mailboxes.at(i).name);
            QSqlQuery rest = connection.query();
            QSqlQuery &query = names == namesPerStatement ? full : rest;
            if (&query == &rest || !fullPrepared) {
                if (auto error = connection.prepare(query, statement(names)))
                    return error;
                fullPrepared = fullPrepared || &query == &full;
            }
            if (auto error = connection.runPrepared(query, values))
                return error;
            while (query.next())
                taken.insert(query.value(0).toString());
            query.finish();
        }
    }
    // The first mailbox whose name is taken, by the domain or by one before it in the batch.
    QSet<QString> seen;
    seen.reserve(m_mailboxes.size());
    for (const StoredMailbox &mailbox : m_mailboxes) {
        if (taken.contains(mailbox.name) || seen.contains(mailbox.name))
            return ServiceError(Code::AlreadyExists,
                QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."),
                { mailbox.name + u'@' + m_domain });
        seen.insert(mailbox.name);
    }
    return std::nullopt;
}

std::optional<ServiceError> MailboxBatch::insert(
    SqlConnection &connection, qint64 domainId, const QByteArray &fallbackHash) const
{
    if (auto error = checkNamesFree(connection, domainId))
        return error;
    SqlRowWriter rows(connection, SqlRows::insertMailboxHead, SqlRows::insertMailboxRow);
    const qint64 now = SqlRows::nowMsecs();
    const QString fallback = QString::fromLatin1(fallbackHash);
    for (const StoredMailbox &mailbox : m_mailboxes) {
        const QString hash = mailbox.passwordHash.isEmpty() ? fallback : QString::fromLatin1(mailbox.passwordHash);
        if (auto error = rows.add(SqlRows::mailboxValues(domainId, mailbox, hash, now)))
            return error;
    }
    return rows.finish();
}

} // namespace pecadmin
