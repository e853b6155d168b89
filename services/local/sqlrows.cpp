#include "sqlrows.h"

#include "local/storedmailbox.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

constexpr int domainColumnCount = 15;

QDateTime fromMsecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

bool flag(const QSqlQuery &row, int column)
{
    return row.value(column).toLongLong() != 0;
}

} // namespace

const QString SqlRows::mailboxColumns = u"id, name, enabled, quota_mb, soft_quota_mb, used_bytes, archiving, "
                                        "must_change_password, created, modified, version, usage_updated"_s;

const QString SqlRows::domainColumns
    = u"id, name, total_space_mb, max_mailboxes, max_quota_mb, archiving_available, "
      "password_preset, password_min_length, password_max_length, "
      "password_require_lowercase, password_require_uppercase, password_require_digit, "
      "password_require_symbol, password_allowed_symbols, password_forbid_mailbox_name"_s;

const QString SqlRows::domainDetailsColumns = domainColumns + u", mailbox_count, allocated_mb, used_bytes"_s;

const QString SqlRows::insertDomain
    = u"INSERT INTO domains (name, total_space_mb, max_mailboxes, max_quota_mb, "
      "archiving_available, password_preset, password_min_length, password_max_length, "
      "password_require_lowercase, password_require_uppercase, password_require_digit, "
      "password_require_symbol, password_allowed_symbols, password_forbid_mailbox_name) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

const QString SqlRows::insertMailbox
    = u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, "
      "archiving, must_change_password, password_hash, created, modified, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s;

Mailbox SqlRows::mailbox(const QSqlQuery &row, const QString &domain)
{
    // Column 0 is the row id.
    Mailbox mailbox;
    mailbox.name = row.value(1).toString();
    mailbox.domain = domain;
    mailbox.enabled = flag(row, 2);
    mailbox.quotaMb = row.value(3).toLongLong();
    mailbox.softQuotaMb = row.value(4).toLongLong();
    mailbox.usedBytes = row.value(5).toLongLong();
    mailbox.archiving = flag(row, 6);
    mailbox.mustChangePassword = flag(row, 7);
    mailbox.created = fromMsecs(row.value(8).toLongLong());
    mailbox.modified = fromMsecs(row.value(9).toLongLong());
    mailbox.version = QString::number(row.value(10).toLongLong());
    if (!row.value(11).isNull())
        mailbox.usageUpdated = fromMsecs(row.value(11).toLongLong());
    return mailbox;
}

Domain SqlRows::domain(const QSqlQuery &row)
{
    // Column 0 is the row id.
    Domain domain;
    domain.name = row.value(1).toString();
    domain.totalSpaceMb = row.value(2).toLongLong();
    domain.maxMailboxes = row.value(3).toInt();
    domain.maxMailboxQuotaMb = row.value(4).toLongLong();
    domain.archivingAvailable = flag(row, 5);
    PasswordPolicy &policy = domain.passwordPolicy;
    policy.preset = PasswordPolicy::presetFromName(row.value(6).toString()).value_or(PasswordPolicy::Preset::Custom);
    policy.minLength = row.value(7).toInt();
    policy.maxLength = row.value(8).toInt();
    policy.requireLowercase = flag(row, 9);
    policy.requireUppercase = flag(row, 10);
    policy.requireDigit = flag(row, 11);
    policy.requireSymbol = flag(row, 12);
    policy.allowedSymbols = row.value(13).toString();
    policy.forbidMailboxName = flag(row, 14);
    return domain;
}

DomainDetails SqlRows::domainDetails(const QSqlQuery &row)
{
    DomainDetails details;
    details.domain = domain(row);
    details.mailboxCount = row.value(domainColumnCount).toInt();
    details.allocatedMb = row.value(domainColumnCount + 1).toLongLong();
    details.usedBytes = row.value(domainColumnCount + 2).toLongLong();
    return details;
}

QVariantList SqlRows::domainValues(const Domain &domain)
{
    const PasswordPolicy &policy = domain.passwordPolicy;
    return { domain.name, domain.totalSpaceMb, domain.maxMailboxes, domain.maxMailboxQuotaMb,
        int(domain.archivingAvailable), PasswordPolicy::presetName(policy.preset), policy.minLength, policy.maxLength,
        int(policy.requireLowercase), int(policy.requireUppercase), int(policy.requireDigit), int(policy.requireSymbol),
        policy.allowedSymbols, int(policy.forbidMailboxName) };
}

QVariantList SqlRows::mailboxValues(
    qint64 domainId, const StoredMailbox &mailbox, const QString &passwordHash, qint64 now)
{
    const qint64 created = mailbox.created.isValid() ? mailbox.created.toMSecsSinceEpoch() : now;
    return { domainId, mailbox.name, int(mailbox.enabled), mailbox.quotaMb, mailbox.softQuotaMb, mailbox.usedBytes,
        int(mailbox.archiving), int(mailbox.mustChangePassword), passwordHash, created, std::max(created, now) };
}

QVariantList SqlRows::mailboxValues(qint64 domainId, const NewMailbox &mailbox, const QString &passwordHash, qint64 now)
{
    StoredMailbox stored;
    stored.name = mailbox.name;
    stored.enabled = mailbox.enabled;
    stored.quotaMb = mailbox.quotaMb;
    stored.softQuotaMb = mailbox.softQuotaMb;
    stored.usedBytes = 0;
    stored.archiving = mailbox.archiving;
    stored.mustChangePassword = true;
    return mailboxValues(domainId, stored, passwordHash, now);
}

qint64 SqlRows::nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace pecadmin
