#pragma once

#include "bulk/bulkjob.h"
#include "bulk/importplan.h"

namespace pecadmin {

class MailboxService;

// Carries out an import plan through MailboxService::createMailbox, one row at a time, by
// default only when no row of the plan is refused. Rows that
// exist are reported as skipped and invalid rows as failed with their reason, without a
// request; a mailbox that someone created meanwhile is skipped too. Since each creation is one
// transaction of the backend, a cancel or a failure midway leaves only whole mailboxes, and
// running the same file again creates only what is missing.
class Importer : public BulkJob
{
    Q_OBJECT

public:
    explicit Importer(MailboxService &service, QObject *parent = nullptr);
    ~Importer() override;

    // What an import does with a plan that has refused rows: the whole file or nothing
    // (PlanMode::Whole), or the ready rows and only those (PlanMode::ReadyOnly; the plan kept the
    // domain's limits over them all).
    using Mode = PlanMode;

    // Takes the plan's passwords: the report keeps the generated ones of the created rows. In
    // Whole mode a plan with a refused row creates nothing: its ready rows are reported not
    // done, and stoppedBy says why.
    void start(ImportPlan plan, Mode mode = Mode::Whole);

    // Why a whole-file import of `plan` creates nothing, if it does not.
    static std::optional<ServiceError> wholeFileRefusal(const ImportPlan &plan);

protected:
    void process(int index) override;
    HistoryJob historyJob() const override;

private:
    MailboxService &m_service;
    QList<ImportRow> m_rows; // by report entry
    QString m_domain;
};

} // namespace pecadmin
