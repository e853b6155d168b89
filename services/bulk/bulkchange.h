#pragma once

#include "bulk/bulkjob.h"
#include "core/mailbox.h"
#include "core/passwordpolicy.h"
#include "core/result.h"

namespace pecadmin {

class MailboxService;

// One action on a list of mailboxes, one mailbox at a time: enable, disable, set the disk quota
// or the soft quota, turn conservazione sostitutiva on or off, reset the password to a
// generated one, delete. Each request carries the version of the mailbox as it was listed, so
// a mailbox that changed meanwhile is refused (a conflict in the report, with the mailbox as
// it is now), not overwritten. Each entry of the report carries the mailbox as it answered.
class BulkChange : public BulkJob
{
    Q_OBJECT

public:
    enum class Action { Enable, Disable, SetQuota, SetSoftQuota, ArchivingOn, ArchivingOff, ResetPassword, Delete };

    explicit BulkChange(MailboxService &service, QObject *parent = nullptr);

    // `megabytes`: the new size for SetQuota and SetSoftQuota. `policy`: the domain's password
    // policy, for ResetPassword; the generated passwords are in the report. A mailbox that the
    // rules keep from the action (refusal()) fails without a request; in PlanMode::Whole one
    // such mailbox keeps the others from being changed (they are reported not done, and
    // stoppedBy says why).
    void start(Action action, const QList<Mailbox> &mailboxes, qint64 megabytes = 0,
        const PasswordPolicy &policy = PasswordPolicy(), PlanMode mode = PlanMode::ReadyOnly);

    // Why the rules keep `mailbox` from `action` before any request (the postmaster cannot be
    // deleted, disabled or have its password reset here), if they do.
    static std::optional<ServiceError> refusal(Action action, const Mailbox &mailbox);
    // Why a change of every mailbox or none is not made when `refused` of them cannot take it.
    static ServiceError wholeRefusal(int refused);

    Action action() const { return m_action; }

protected:
    void process(int index) override;
    HistoryJob historyJob() const override;

private:
    void answer(int index, const Result<Mailbox> &result, const QString &password = {});
    // A refusal; after a conflict the mailbox is read again for the report.
    void refuse(int index, const ServiceError &error);

    MailboxService &m_service;
    Action m_action = Action::Enable;
    QList<Mailbox> m_mailboxes;
    qint64 m_megabytes = 0;
    PasswordPolicy m_policy;
};

} // namespace pecadmin
