#include "mailboxbatch.h"

#include "core/rules.h"
#include "local/sqlconnection.h"
#include "local/sqlrows.h"

#include <QSqlError>
#include <QSqlQuery>

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

std::optional<ServiceError> MailboxBatch::insert(
    SqlConnection &connection, qint64 domainId, const QByteArray &fallbackHash) const
{
    QSqlQuery insert = connection.query();
    if (!insert.prepare(SqlRows::insertMailbox))
        return connection.storageError(insert.lastError());
    const qint64 now = SqlRows::nowMsecs();
    const QString fallback = QString::fromLatin1(fallbackHash);
    for (const StoredMailbox &mailbox : m_mailboxes) {
        const QString hash = mailbox.passwordHash.isEmpty() ? fallback : QString::fromLatin1(mailbox.passwordHash);
        const QVariantList values = SqlRows::mailboxValues(domainId, mailbox, hash, now);
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (insert.exec())
            continue;
        ServiceError error = connection.storageError(insert.lastError());
        if (error.code() == Code::AlreadyExists)
            return ServiceError(Code::AlreadyExists,
                QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."),
                { mailbox.name + u'@' + m_domain });
        return error;
    }
    return std::nullopt;
}

} // namespace pecadmin
