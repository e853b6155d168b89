#include "bulkchange.h"

#include "core/mailboxservice.h"
#include "core/rules.h"
#include "core/whenready.h"

#include <QFuture>

namespace pecadmin {

using EntryOutcome = BulkReportEntry::Outcome;

BulkChange::BulkChange(MailboxService &service, QObject *parent) : BulkJob(parent), m_service(service)
{
    setHistoryService(&service);
}

HistoryJob BulkChange::historyJob() const
{
    static const char *const names[] = { "enable", "disable", "set-quota", "set-soft-quota", "archiving-on",
        "archiving-off", "reset-password", "delete" };
    HistoryJob job;
    job.kind = QStringLiteral("bulk-change");
    job.action = QString::fromLatin1(names[int(m_action)]);
    job.domain = m_mailboxes.isEmpty() ? QString() : m_mailboxes.constFirst().domain;
    if (m_action == Action::SetQuota || m_action == Action::SetSoftQuota)
        job.action += u' ' + QString::number(m_megabytes);
    return job;
}

std::optional<ServiceError> BulkChange::refusal(Action action, const Mailbox &mailbox)
{
    switch (action) {
    case Action::Delete:
        return rules::checkDelete(mailbox);
    case Action::ResetPassword:
        return rules::checkPasswordReset(mailbox);
    case Action::Disable:
        return rules::checkDisable(mailbox);
    default:
        return std::nullopt;
    }
}

ServiceError BulkChange::wholeRefusal(int refused)
{
    return ServiceError(ServiceError::Code::Validation,
        QT_TRANSLATE_N_NOOP("ServiceError",
            "%n of the mailboxes cannot take this change, so no mailbox was changed. Leave them out of the "
            "selection, or change only the others."),
        {}, refused);
}

void BulkChange::start(
    Action action, const QList<Mailbox> &mailboxes, qint64 megabytes, const PasswordPolicy &policy, PlanMode mode)
{
    m_action = action;
    m_mailboxes = mailboxes;
    m_megabytes = megabytes;
    m_policy = policy;
    QList<BulkReportEntry> entries;
    QList<int> work;
    int refused = 0;
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        BulkReportEntry entry;
        entry.row = int(i) + 1;
        entry.address = mailboxes.at(i).address();
        if (auto error = refusal(action, mailboxes.at(i)); error && mode == PlanMode::Whole) {
            // Reported at once: in Whole mode nothing is requested for any mailbox.
            entry.outcome = BulkReportEntry::Outcome::Failed;
            entry.error = std::move(error);
            ++refused;
        } else {
            work.append(int(i));
        }
        entries.append(entry);
    }
    // A reset hashes each password: several at once use every core. Other changes go one at a time.
    setRequestsAtOnce(m_action == Action::ResetPassword ? requestsInFlight() : 1);
    beginPlan(std::move(entries), std::move(work), mode,
        refused > 0 ? std::optional<ServiceError>(wholeRefusal(refused)) : std::nullopt);
}

void BulkChange::answer(int index, const Result<Mailbox> &result, const QString &password)
{
    if (result) {
        m_report.entries[index].mailbox = result.value();
        complete(index, EntryOutcome::Done, std::nullopt, password);
        return;
    }
    refuse(index, result.error());
}

void BulkChange::refuse(int index, const ServiceError &error)
{
    if (error.code() != ServiceError::Code::Conflict) {
        complete(index, EntryOutcome::Failed, error);
        return;
    }
    // Someone else changed the mailbox meanwhile: the report shows it as it is now.
    whenReady(
        m_service.mailbox(m_mailboxes.at(index).address()), this, [this, index, error](const Result<Mailbox> &current) {
            if (current)
                m_report.entries[index].mailbox = current.value();
            complete(index, EntryOutcome::Failed, error);
        });
}

void BulkChange::process(int index)
{
    const Mailbox &mailbox = m_mailboxes.at(index);

    if (auto error = refusal(m_action, mailbox)) {
        complete(index, EntryOutcome::Failed, *error);
        return;
    }
    if (m_action == Action::Delete) {
        whenReady(
            m_service.deleteMailbox(mailbox.address(), mailbox.version), this, [this, index](const Outcome &deleted) {
                if (deleted)
                    complete(index, EntryOutcome::Done);
                else
                    refuse(index, deleted.error());
            });
        return;
    }
    if (m_action == Action::ResetPassword) {
        const QString password = generatePassword(m_policy, mailbox.name);
        whenReady(m_service.resetPassword(mailbox.address(), mailbox.version, password), this,
            [this, index, password](
                const Result<Mailbox> &changed) { answer(index, changed, changed ? password : QString()); });
        return;
    }

    MailboxChange change;
    change.address = mailbox.address();
    change.version = mailbox.version;
    switch (m_action) {
    case Action::Enable:
        change.enabled = true;
        break;
    case Action::Disable:
        change.enabled = false;
        break;
    case Action::SetQuota:
        change.quotaMb = m_megabytes;
        break;
    case Action::SetSoftQuota:
        change.softQuotaMb = m_megabytes;
        break;
    case Action::ArchivingOn:
        change.archiving = true;
        break;
    case Action::ArchivingOff:
        change.archiving = false;
        break;
    case Action::ResetPassword:
    case Action::Delete:
        break; // above
    }
    whenReady(m_service.changeMailbox(change), this,
        [this, index](const Result<Mailbox> &changed) { answer(index, changed); });
}

} // namespace pecadmin
