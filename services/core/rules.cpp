#include "rules.h"

#include "core/limits.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace pecadmin::rules {

namespace {

using Code = ServiceError::Code;

ServiceError invalid(const char *text, QStringList arguments = {}, int count = -1)
{
    return ServiceError(Code::Validation, text, std::move(arguments), count);
}

bool isLocalPartCharacter(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-'
        || u == u'_';
}

} // namespace

QString normalizedMailboxName(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

std::optional<ServiceError> checkMailboxName(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "Enter the mailbox name.")).onField(QStringLiteral("name"));
    if (name.contains(u'@'))
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "Enter the name without “@” and the domain: for mario.rossi@pec.example.it, "
                           "just mario.rossi."))
            .onField(QStringLiteral("name"));
    for (const QChar c : name) {
        if (c.isSpace())
            return invalid(QT_TRANSLATE_NOOP("ServiceError", "The mailbox name must be one word, without spaces."))
                .onField(QStringLiteral("name"));
    }
    for (const QChar c : name) {
        if (!isLocalPartCharacter(c.unicode()))
            return invalid(QT_TRANSLATE_NOOP("ServiceError",
                               "The mailbox name cannot contain “%1”: use letters without accents, "
                               "digits, dots, hyphens and underscores."),
                { QString(c) })
                .onField(QStringLiteral("name"));
    }
    if (name.startsWith(u'.') || name.endsWith(u'.'))
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The mailbox name cannot start or end with a dot."))
            .onField(QStringLiteral("name"));
    if (name.contains(QStringLiteral("..")))
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The mailbox name cannot contain two dots in a row."))
            .onField(QStringLiteral("name"));
    if (name.size() > maxMailboxNameLength)
        return invalid(QT_TRANSLATE_N_NOOP("ServiceError", "The mailbox name can be at most %n characters long."), {},
            maxMailboxNameLength)
            .onField(QStringLiteral("name"));
    return std::nullopt;
}

bool isReservedMailboxName(const QString &name)
{
    return normalizedMailboxName(name) == QStringView(postmasterName);
}

std::optional<ServiceError> checkNewMailboxName(const QString &name)
{
    if (auto error = checkMailboxName(name))
        return error;
    if (isReservedMailboxName(name))
        return ServiceError(Code::AlreadyExists,
            QT_TRANSLATE_NOOP("ServiceError",
                "“postmaster” is the domain's own administration mailbox and is "
                "reserved."))
            .onField(QStringLiteral("name"));
    return std::nullopt;
}

QString normalizedDomainName(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

std::optional<ServiceError> checkDomainName(const QString &rawName)
{
    const QString name = normalizedDomainName(rawName);
    const auto bad = [] {
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "Enter a domain name such as pec.example.it: letters without accents, "
                           "digits and hyphens, in parts separated by dots."))
            .onField(QStringLiteral("domain"));
    };
    if (name.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "Enter the domain name.")).onField(QStringLiteral("domain"));
    if (name.size() > maxDomainNameLength)
        return bad();
    const QList<QStringView> labels = QStringView(name).split(u'.');
    if (labels.size() < 2)
        return bad();
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return bad();
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
                return bad();
        }
    }
    return std::nullopt;
}

std::optional<ServiceError> parseAddress(const QString &address, Address *parsed)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1)
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "“%1” is not a mailbox address: write it as name@domain, for example "
                           "mario.rossi@pec.example.it."),
            { trimmed })
            .onField(QStringLiteral("address"));
    const QString name = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1);
    if (auto error = checkMailboxName(name))
        return error;
    if (auto error = checkDomainName(domain))
        return error;
    if (parsed) {
        parsed->name = normalizedMailboxName(name);
        parsed->domain = normalizedDomainName(domain);
    }
    return std::nullopt;
}

std::optional<ServiceError> checkPassword(
    const PasswordPolicy &policy, const QString &password, const QString &mailboxName)
{
    if (password.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "Enter a password.")).onField(QStringLiteral("password"));
    for (const PasswordRuleCheck &check : passwordChecklist(policy, password, mailboxName)) {
        if (!check.satisfied)
            return invalid(QT_TRANSLATE_NOOP("ServiceError", "The password does not meet the domain's policy: %1."),
                { check.refusal })
                .onField(QStringLiteral("password"));
    }
    return std::nullopt;
}

std::optional<ServiceError> checkPasswordsMatch(const QString &password, const QString &repeated)
{
    if (password != repeated)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The two passwords are different."))
            .onField(QStringLiteral("repeatPassword"));
    return std::nullopt;
}

std::optional<ServiceError> checkDomain(const Domain &domain)
{
    if (auto error = checkDomainName(domain.name))
        return error;
    if (domain.totalSpaceMb < 1)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The domain's total space must be at least 1 MB."))
            .onField(QStringLiteral("space"));
    if (domain.maxMailboxes < 1)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The domain must allow at least one mailbox."))
            .onField(QStringLiteral("maxMailboxes"));
    if (domain.maxMailboxQuotaMb < 1)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The largest quota of a mailbox must be at least 1 MB."))
            .onField(QStringLiteral("maxQuota"));
    if (domain.totalSpaceMb > limits::maxSizeMb)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The domain's total space can be at most %1 MB."),
            { QString::number(limits::maxSizeMb) })
            .onField(QStringLiteral("space"));
    if (domain.maxMailboxes > limits::maxMailboxes)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The domain can allow at most %1 mailboxes."),
            { QString::number(limits::maxMailboxes) })
            .onField(QStringLiteral("maxMailboxes"));
    if (domain.maxMailboxQuotaMb > limits::maxSizeMb)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The largest quota of a mailbox can be at most %1 MB."),
            { QString::number(limits::maxSizeMb) })
            .onField(QStringLiteral("maxQuota"));
    const PasswordPolicy &policy = domain.passwordPolicy;
    if (policy.minLength < 4 || policy.maxLength < policy.minLength || policy.maxLength > 128)
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "The password length must be between 4 and 128 characters, the minimum "
                           "not above the maximum."))
            .onField(QStringLiteral("passwordPolicy"));
    for (const QChar c : policy.allowedSymbols) {
        if (c.unicode() >= 128 || c.isLetterOrNumber() || c.isSpace() || !c.isPrint())
            return invalid(QT_TRANSLATE_NOOP("ServiceError",
                               "The allowed symbols can be only symbols such as !#$%, without letters, digits, "
                               "accents or spaces: “%1” is not one."),
                { QString(c) })
                .onField(QStringLiteral("passwordPolicy"));
    }
    if (policy.requireSymbol && policy.allowedSymbols.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "A policy that requires a symbol must allow at least one."))
            .onField(QStringLiteral("passwordPolicy"));
    if (!domainLanguages().contains(domain.language))
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "The language of the messages to the domain's users must be Italian (it) or English "
                           "(en), not “%1”."),
            { domain.language })
            .onField(QStringLiteral("language"));
    return std::nullopt;
}

QStringList domainLanguages()
{
    return { QStringLiteral("it"), QStringLiteral("en") };
}

std::optional<ServiceError> checkDomainChange(const DomainDetails &current, const Domain &changed)
{
    if (auto error = checkDomain(changed))
        return error;
    if (changed.totalSpaceMb < current.allocatedMb)
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "The mailboxes already have %1 MB of disk quota between them: the total space cannot be "
                           "less. Lower their quotas first."),
            { QString::number(current.allocatedMb) })
            .onField(QStringLiteral("space"));
    if (changed.maxMailboxes < current.mailboxCount)
        return invalid(QT_TRANSLATE_N_NOOP("ServiceError",
                           "The domain already holds %n mailboxes, its postmaster included: the limit cannot be "
                           "lower."),
            {}, current.mailboxCount)
            .onField(QStringLiteral("maxMailboxes"));
    if (changed.maxMailboxQuotaMb < current.largestQuotaMb)
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "A mailbox already has a disk quota of %1 MB: the largest quota cannot be less."),
            { QString::number(current.largestQuotaMb) })
            .onField(QStringLiteral("maxQuota"));
    if (!changed.archivingAvailable && current.archivingInUse)
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "Some mailboxes have conservazione sostitutiva (legal archiving) on: turn it off in "
                           "them before the domain gives it up."))
            .onField(QStringLiteral("archiving"));
    return std::nullopt;
}

std::optional<ServiceError> checkDomainRemoval(const DomainDetails &details)
{
    // The postmaster is always there, and goes with the domain.
    const int others = details.mailboxCount - 1;
    if (others > 0)
        return ServiceError(Code::Protected,
            QT_TRANSLATE_N_NOOP(
                "ServiceError", "The domain %1 still holds %n mailboxes besides its postmaster: delete them first."),
            { details.domain.name }, others);
    return std::nullopt;
}

std::optional<ServiceError> checkQuota(const Domain &domain, qint64 quotaMb, qint64 otherAllocatedMb)
{
    if (quotaMb < 1)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The disk quota must be at least 1 MB."))
            .onField(QStringLiteral("quota"));
    const qint64 largest = std::min(domain.maxMailboxQuotaMb, limits::maxSizeMb);
    if (quotaMb > largest)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The disk quota can be at most %1 MB per mailbox."),
            { QString::number(largest) })
            .onField(QStringLiteral("quota"));
    const qint64 left = limits::saturatingSubtract(domain.totalSpaceMb, otherAllocatedMb);
    if (quotaMb > left)
        return ServiceError(Code::QuotaExceeded,
            QT_TRANSLATE_NOOP("ServiceError",
                "The domain has %1 MB of space left to allocate: the disk quota "
                "cannot be %2 MB."),
            { QString::number(std::max<qint64>(left, 0)), QString::number(quotaMb) })
            .onField(QStringLiteral("quota"));
    return std::nullopt;
}

std::optional<ServiceError> checkSoftQuota(qint64 softQuotaMb, qint64 quotaMb)
{
    if (softQuotaMb < 0)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The soft quota cannot be negative."))
            .onField(QStringLiteral("softQuota"));
    if (softQuotaMb > quotaMb)
        return invalid(
            QT_TRANSLATE_NOOP("ServiceError", "The soft quota (%1 MB) cannot be above the disk quota (%2 MB)."),
            { QString::number(softQuotaMb), QString::number(quotaMb) })
            .onField(QStringLiteral("softQuota"));
    return std::nullopt;
}

std::optional<ServiceError> checkArchiving(const Domain &domain, bool archiving)
{
    if (archiving && !domain.archivingAvailable)
        return invalid(QT_TRANSLATE_NOOP("ServiceError",
                           "The domain %1 does not include conservazione sostitutiva (legal "
                           "archiving)."),
            { domain.name })
            .onField(QStringLiteral("archiving"));
    return std::nullopt;
}

bool quotaBelowUsage(const Mailbox &mailbox, qint64 quotaMb)
{
    return mailbox.usageKnown() && mailbox.usedBytes > limits::bytesFromMb(quotaMb);
}

DomainDetails limitsToCheck(const DomainDetails &details)
{
    if (details.limitsKnown)
        return details;
    DomainDetails open = details;
    open.domain.totalSpaceMb = std::numeric_limits<qint64>::max() / 4;
    open.domain.maxMailboxes = std::numeric_limits<int>::max();
    open.domain.maxMailboxQuotaMb = unstatedQuotaCapMb;
    open.domain.archivingAvailable = true;
    open.domain.passwordPolicy = PasswordPolicy::unstated();
    open.allocatedMb = 0;
    open.usedBytes = 0;
    return open;
}

qint64 defaultQuotaMb(const DomainDetails &details)
{
    if (!details.limitsKnown)
        return unstatedDefaultQuotaMb;
    const qint64 free = details.freeSpaceMb();
    const qint64 largest = details.domain.maxMailboxQuotaMb;
    return free >= 1 ? std::min(largest, free) : largest;
}

std::optional<ServiceError> checkNewMailbox(const DomainDetails &details, const NewMailbox &mailbox)
{
    if (auto error = checkNewMailboxName(mailbox.name))
        return error;
    if (auto error
        = checkPassword(details.domain.passwordPolicy, mailbox.password, normalizedMailboxName(mailbox.name)))
        return error;
    if (details.mailboxCount >= details.domain.maxMailboxes)
        return ServiceError(Code::MailboxLimitReached,
            QT_TRANSLATE_N_NOOP("ServiceError", "The domain already holds its limit of %n mailboxes."), {},
            details.domain.maxMailboxes);
    if (auto error = checkQuota(details.domain, mailbox.quotaMb, details.allocatedMb))
        return error;
    if (auto error = checkSoftQuota(mailbox.softQuotaMb, mailbox.quotaMb))
        return error;
    if (auto error = checkArchiving(details.domain, mailbox.archiving))
        return error;
    return std::nullopt;
}

std::optional<ServiceError> checkChange(
    const DomainDetails &details, const Mailbox &current, const MailboxChange &change)
{
    if (change.enabled && !*change.enabled) {
        if (auto error = checkDisable(current))
            return error;
    }
    const qint64 quota = change.quotaMb.value_or(current.quotaMb);
    if (change.quotaMb) {
        if (auto error = checkQuota(details.domain, quota, details.allocatedMb - current.quotaMb))
            return error;
    }
    if (change.softQuotaMb || change.quotaMb) {
        if (auto error = checkSoftQuota(change.softQuotaMb.value_or(current.softQuotaMb), quota))
            return error;
    }
    if (change.archiving) {
        if (auto error = checkArchiving(details.domain, *change.archiving))
            return error;
    }
    return std::nullopt;
}

std::optional<ServiceError> checkDisable(const Mailbox &mailbox)
{
    if (mailbox.isPostmaster())
        return ServiceError(Code::Protected,
            QT_TRANSLATE_NOOP("ServiceError", "The postmaster mailbox cannot be disabled: the domain needs it."));
    return std::nullopt;
}

std::optional<ServiceError> checkPasswordReset(const Mailbox &mailbox)
{
    if (mailbox.isPostmaster())
        return ServiceError(Code::Protected,
            QT_TRANSLATE_NOOP("ServiceError",
                "The postmaster's password cannot be reset here: change it from the "
                "provider's own panel."));
    return std::nullopt;
}

std::optional<ServiceError> checkDelete(const Mailbox &mailbox)
{
    if (mailbox.isPostmaster())
        return ServiceError(Code::Protected,
            QT_TRANSLATE_NOOP("ServiceError", "The postmaster mailbox cannot be deleted: the domain needs it."));
    return std::nullopt;
}

} // namespace pecadmin::rules
