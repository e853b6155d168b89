#include "importplan.h"

#include "core/passwordpolicy.h"
#include "core/rules.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

// The normalized name that `written` stands for in `domain`, or the error that stops it.
std::optional<ServiceError> nameFor(const QString &written, const QString &domain, QString *name)
{
    if (written.contains(u'@')) {
        rules::Address address;
        if (auto error = rules::parseAddress(written, &address))
            return error;
        if (address.domain != domain)
            return ServiceError(Code::Validation,
                QT_TRANSLATE_NOOP("ServiceError", "%1 is an address of the domain %2, not of %3."),
                { written.trimmed(), address.domain, domain })
                .onField(u"name"_s);
        *name = address.name;
        return std::nullopt;
    }
    if (auto error = rules::checkMailboxName(written))
        return error;
    *name = rules::normalizedMailboxName(written);
    return std::nullopt;
}

} // namespace

QString ImportRow::address() const
{
    if (mailbox.name.isEmpty())
        return writtenName;
    return mailbox.name + u'@' + mailbox.domain;
}

QStringList ImportPlan::names(const MailboxCsvFile &file, const QString &domain)
{
    const QString domainName = rules::normalizedDomainName(domain);
    QStringList result;
    QSet<QString> seen;
    for (const MailboxCsvRow &row : file.rows) {
        QString name;
        if (nameFor(row.name, domainName, &name) || seen.contains(name))
            continue;
        seen.insert(name);
        result.append(name);
    }
    return result;
}

ImportPlan ImportPlan::build(
    const MailboxCsvFile &file, const DomainDetails &details, const QSet<QString> &existingNames)
{
    ImportPlan plan;
    plan.details = details;
    plan.warnings = file.warnings;
    // Where the server does not state the domain's limits, only it checks them.
    const DomainDetails checked = rules::limitsToCheck(details);
    const Domain &domain = checked.domain;
    const QString domainName = rules::normalizedDomainName(domain.name);
    const qint64 defaultQuotaMb = details.limitsKnown ? domain.maxMailboxQuotaMb : rules::unstatedDefaultQuotaMb;

    // The domain as it would be after the ready rows above the current one.
    DomainDetails running = checked;
    QHash<QString, int> firstRow; // normalized name -> the row it first appears on
    int defaultQuotaRows = 0;
    int generatedPasswords = 0;

    plan.rows.reserve(file.rows.size());
    for (const MailboxCsvRow &csvRow : file.rows) {
        ImportRow row;
        row.row = csvRow.row;
        row.writtenName = csvRow.name;
        row.mailbox.domain = domainName;
        const auto invalid = [&row](ServiceError error) {
            row.status = ImportRow::Status::Invalid;
            row.error = std::move(error);
        };

        QString name;
        if (auto error = nameFor(csvRow.name, domainName, &name)) {
            invalid(*error);
            plan.rows.append(std::move(row));
            continue;
        }
        row.mailbox.name = name;
        if (const auto first = firstRow.constFind(name); first != firstRow.constEnd()) {
            invalid(ServiceError(Code::Validation,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The mailbox %1 is already in row %2 of the file: only that row "
                    "is imported."),
                { row.address(), QString::number(*first) })
                        .onField(u"name"_s));
            plan.rows.append(std::move(row));
            continue;
        }
        firstRow.insert(name, csvRow.row);
        if (existingNames.contains(name) || rules::isReservedMailboxName(name)) {
            row.status = ImportRow::Status::Exists;
            plan.rows.append(std::move(row));
            continue;
        }
        if (csvRow.error) {
            invalid(*csvRow.error);
            plan.rows.append(std::move(row));
            continue;
        }

        NewMailbox &mailbox = row.mailbox;
        if (!csvRow.quotaMb)
            ++defaultQuotaRows;
        mailbox.quotaMb = csvRow.quotaMb.value_or(defaultQuotaMb);
        mailbox.softQuotaMb = csvRow.softQuotaMb.value_or(0);
        mailbox.archiving = csvRow.archiving.value_or(false);
        mailbox.enabled = csvRow.enabled.value_or(true);
        if (csvRow.password.isEmpty()) {
            mailbox.password = generatePassword(domain.passwordPolicy, name);
            row.passwordGenerated = true;
        } else {
            mailbox.password = csvRow.password;
        }

        std::optional<ServiceError> error = rules::checkPassword(domain.passwordPolicy, mailbox.password, name);
        if (!error && mailbox.quotaMb < 1)
            error = rules::checkQuota(domain, mailbox.quotaMb, 0);
        if (!error && mailbox.quotaMb > domain.maxMailboxQuotaMb)
            error = rules::checkQuota(domain, mailbox.quotaMb, 0);
        if (!error)
            error = rules::checkSoftQuota(mailbox.softQuotaMb, mailbox.quotaMb);
        if (!error)
            error = rules::checkArchiving(domain, mailbox.archiving);
        // Counted across the file: what the rows above take first.
        if (!error && running.mailboxCount >= domain.maxMailboxes)
            error = ServiceError(Code::MailboxLimitReached,
                QT_TRANSLATE_N_NOOP("ServiceError",
                    "With the rows above, the domain would go beyond its limit of "
                    "%n mailboxes."),
                {}, domain.maxMailboxes)
                        .onField(u"name"_s);
        if (!error && mailbox.quotaMb > running.freeSpaceMb())
            error = ServiceError(Code::QuotaExceeded,
                QT_TRANSLATE_NOOP("ServiceError",
                    "With the rows above, the domain has %1 MB of space left: a disk "
                    "quota of %2 MB does not fit."),
                { QString::number(std::max<qint64>(running.freeSpaceMb(), 0)), QString::number(mailbox.quotaMb) })
                        .onField(u"quota"_s);
        if (!error)
            error = rules::checkNewMailbox(running, mailbox);
        if (error) {
            mailbox.password.fill(QChar(0));
            mailbox.password.clear();
            row.passwordGenerated = false;
            invalid(*error);
            plan.rows.append(std::move(row));
            continue;
        }
        if (row.passwordGenerated)
            ++generatedPasswords;
        ++running.mailboxCount;
        running.allocatedMb += mailbox.quotaMb;
        plan.rows.append(std::move(row));
    }

    if (defaultQuotaRows > 0 && details.limitsKnown)
        plan.warnings.append(tr("%n rows give no disk quota: they get %1 MB, the largest quota of a mailbox of the "
                                "domain.",
            nullptr, defaultQuotaRows)
                                 .arg(domain.maxMailboxQuotaMb));
    else if (defaultQuotaRows > 0)
        plan.warnings.append(tr("%n rows give no disk quota: they get %1 MB. The server does not state the domain's "
                                "limits: it checks the quotas itself.",
            nullptr, defaultQuotaRows)
                                 .arg(defaultQuotaMb));
    if (generatedPasswords > 0)
        plan.warnings.append(tr("%n rows give no password: a password is generated for each, following the "
                                "domain's policy, and shown once when the import ends.",
            nullptr, generatedPasswords));
    return plan;
}

int ImportPlan::count(ImportRow::Status status) const
{
    int n = 0;
    for (const ImportRow &row : rows) {
        if (row.status == status)
            ++n;
    }
    return n;
}

qint64 ImportPlan::plannedQuotaMb() const
{
    qint64 total = 0;
    for (const ImportRow &row : rows) {
        if (row.status == ImportRow::Status::Ready)
            total += row.mailbox.quotaMb;
    }
    return total;
}

QString ImportPlan::resultText(const ImportRow &row)
{
    switch (row.status) {
    case ImportRow::Status::Ready:
        return tr("ready");
    case ImportRow::Status::Exists:
        return tr("exists, will be skipped");
    case ImportRow::Status::Invalid:
        return row.error ? row.error->message() : tr("not valid");
    }
    return {};
}

void ImportPlan::clearPasswords()
{
    for (ImportRow &row : rows) {
        row.mailbox.password.fill(QChar(0));
        row.mailbox.password.clear();
    }
}

} // namespace pecadmin
