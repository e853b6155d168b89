#include "importer.h"

#include "core/mailboxservice.h"
#include "core/whenready.h"

#include <QFuture>

namespace pecadmin {

namespace {

using EntryOutcome = BulkReportEntry::Outcome;

ServiceError existsError(const QString &address)
{
    return ServiceError(ServiceError::Code::AlreadyExists,
        QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."), { address });
}

} // namespace

Importer::Importer(MailboxService &service, QObject *parent) : BulkJob(parent), m_service(service)
{
    setHistoryService(&service);
}

HistoryJob Importer::historyJob() const
{
    HistoryJob job;
    job.kind = QStringLiteral("import");
    job.domain = m_domain;
    return job;
}

Importer::~Importer()
{
    for (ImportRow &row : m_rows)
        row.mailbox.password.fill(QChar(0));
}

std::optional<ServiceError> Importer::wholeFileRefusal(const ImportPlan &plan)
{
    const int refused = plan.count(ImportRow::Status::Invalid);
    if (refused == 0)
        return std::nullopt;
    return ServiceError(ServiceError::Code::Validation,
        QT_TRANSLATE_N_NOOP("ServiceError",
            "%n row(s) of the file are refused, so nothing was imported. Correct the file, or import only the "
            "ready rows."),
        {}, refused);
}

void Importer::start(ImportPlan plan, Mode mode)
{
    const std::optional<ServiceError> refusal = wholeFileRefusal(plan);
    for (ImportRow &row : m_rows)
        row.mailbox.password.fill(QChar(0));
    m_rows = std::move(plan.rows);
    m_domain = m_rows.isEmpty() ? QString() : m_rows.constFirst().mailbox.domain;
    QList<BulkReportEntry> entries;
    QList<int> work;
    entries.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const ImportRow &row = m_rows.at(i);
        BulkReportEntry entry;
        entry.row = row.row;
        entry.address = row.address();
        switch (row.status) {
        case ImportRow::Status::Ready:
            entry.outcome = EntryOutcome::NotDone;
            work.append(int(i));
            break;
        case ImportRow::Status::Exists:
            entry.outcome = EntryOutcome::Skipped;
            entry.error = existsError(row.address());
            break;
        case ImportRow::Status::Invalid:
            entry.outcome = EntryOutcome::Failed;
            entry.error = row.error;
            break;
        }
        entries.append(std::move(entry));
    }
    setRequestsAtOnce(requestsInFlight()); // every creation hashes its password
    beginPlan(std::move(entries), std::move(work), mode, refusal);
}

void Importer::process(int index)
{
    ImportRow &row = m_rows[index];
    whenReady(m_service.createMailbox(row.mailbox), this, [this, index](const Result<Mailbox> &created) {
        ImportRow &done = m_rows[index];
        QString password;
        if (created && done.passwordGenerated)
            password = done.mailbox.password;
        done.mailbox.password.fill(QChar(0));
        done.mailbox.password.clear();
        if (created)
            complete(index, EntryOutcome::Done, std::nullopt, password);
        else if (created.error().code() == ServiceError::Code::AlreadyExists)
            complete(index, EntryOutcome::Skipped, created.error());
        else
            complete(index, EntryOutcome::Failed, created.error());
        password.fill(QChar(0));
    });
}

} // namespace pecadmin
