#include "sqlrows.h"

#include "core/limits.h"
#include "local/storedmailbox.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

constexpr int domainColumnCount = 16;

QDateTime fromMsecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// A number of a row, held within [0, high]: a store edited by hand or damaged may hold any
// integer, and no sum or unit conversion may overflow on it. The rules keep what the program
// writes within these bounds.
qint64 bounded(const QSqlQuery &row, int column, qint64 high)
{
    return std::clamp<qint64>(row.value(column).toLongLong(), 0, high);
}

bool flag(const QSqlQuery &row, int column)
{
    return row.value(column).toLongLong() != 0;
}

} // namespace

const QString SqlRows::mailboxColumns = u"id, name, enabled, quota_mb, soft_quota_mb, used_bytes, archiving, "
                                        "must_change_password, created, modified, version, usage_updated, "
                                        "soft_quota_alarm"_s;

const QString SqlRows::domainColumns
    = u"id, name, total_space_mb, max_mailboxes, max_quota_mb, archiving_available, "
      "password_preset, password_min_length, password_max_length, "
      "password_require_lowercase, password_require_uppercase, password_require_digit, "
      "password_require_symbol, password_allowed_symbols, password_forbid_mailbox_name, language"_s;

const QString SqlRows::domainDetailsColumns = domainColumns + u", mailbox_count, allocated_mb, used_bytes"_s;

const QString SqlRows::insertDomain
    = u"INSERT INTO domains (name, total_space_mb, max_mailboxes, max_quota_mb, "
      "archiving_available, password_preset, password_min_length, password_max_length, "
      "password_require_lowercase, password_require_uppercase, password_require_digit, "
      "password_require_symbol, password_allowed_symbols, password_forbid_mailbox_name, language) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))"_s;

const QString SqlRows::insertMailboxHead
    = u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, "
      "archiving, must_change_password, password_hash, created, modified, usage_updated, version) VALUES "_s;
const QString SqlRows::insertMailboxRow = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s;
const QString SqlRows::insertMailbox = insertMailboxHead + insertMailboxRow;

Mailbox SqlRows::mailbox(const QSqlQuery &row, const QString &domain)
{
    // Column 0 is the row id.
    Mailbox mailbox;
    mailbox.name = row.value(1).toString();
    mailbox.domain = domain;
    mailbox.enabled = flag(row, 2);
    mailbox.quotaMb = bounded(row, 3, limits::maxSizeMb);
    mailbox.softQuotaMb = bounded(row, 4, limits::maxSizeMb);
    mailbox.usedBytes = bounded(row, 5, limits::maxUsedBytes);
    mailbox.archiving = flag(row, 6);
    mailbox.mustChangePassword = flag(row, 7);
    mailbox.created = fromMsecs(row.value(8).toLongLong());
    mailbox.modified = fromMsecs(row.value(9).toLongLong());
    mailbox.version = QString::number(row.value(10).toLongLong());
    if (!row.value(11).isNull())
        mailbox.usageUpdated = fromMsecs(row.value(11).toLongLong());
    // NULL: never sent; negative: a copy of a backend that does not say.
    const qint64 alarm = row.value(12).isNull() ? 0 : row.value(12).toLongLong();
    mailbox.softQuotaAlarmKnown = alarm >= 0;
    if (alarm > 0)
        mailbox.softQuotaAlarm = fromMsecs(alarm);
    return mailbox;
}

Domain SqlRows::domain(const QSqlQuery &row)
{
    // Column 0 is the row id.
    Domain domain;
    domain.name = row.value(1).toString();
    domain.totalSpaceMb = bounded(row, 2, limits::maxSizeMb);
    domain.maxMailboxes = int(bounded(row, 3, limits::maxMailboxes));
    domain.maxMailboxQuotaMb = bounded(row, 4, limits::maxSizeMb);
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
    // Empty in the offline copy of a server that does not state it.
    domain.language = row.value(15).toString();
    return domain;
}

DomainDetails SqlRows::domainDetails(const QSqlQuery &row)
{
    DomainDetails details;
    details.domain = domain(row);
    details.mailboxCount = int(bounded(row, domainColumnCount, std::numeric_limits<int>::max()));
    details.allocatedMb = bounded(row, domainColumnCount + 1, limits::maxTotalMb);
    details.usedBytes = bounded(row, domainColumnCount + 2, limits::maxTotalUsedBytes);
    return details;
}

QVariantList SqlRows::domainValues(const Domain &domain)
{
    const PasswordPolicy &policy = domain.passwordPolicy;
    return { domain.name, domain.totalSpaceMb, domain.maxMailboxes, domain.maxMailboxQuotaMb,
        int(domain.archivingAvailable), PasswordPolicy::presetName(policy.preset), policy.minLength, policy.maxLength,
        int(policy.requireLowercase), int(policy.requireUppercase), int(policy.requireDigit), int(policy.requireSymbol),
        policy.allowedSymbols, int(policy.forbidMailboxName), domain.language };
}

QVariantList SqlRows::mailboxValues(
    qint64 domainId, const StoredMailbox &mailbox, const QString &passwordHash, qint64 now)
{
    const qint64 created = mailbox.created.isValid() ? mailbox.created.toMSecsSinceEpoch() : now;
    const QVariant usageUpdated = mailbox.usageUpdated.isValid() ? QVariant(mailbox.usageUpdated.toMSecsSinceEpoch())
                                                                 : QVariant(QMetaType::fromType<qint64>());
    return { domainId, mailbox.name, int(mailbox.enabled), mailbox.quotaMb, mailbox.softQuotaMb, mailbox.usedBytes,
        int(mailbox.archiving), int(mailbox.mustChangePassword), passwordHash, created, std::max(created, now),
        usageUpdated };
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
