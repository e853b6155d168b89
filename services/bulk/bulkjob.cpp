#include "bulkjob.h"

#include "core/mailboxservice.h"
#include "core/whenready.h"

#include <QThread>

#include <algorithm>

namespace pecadmin {

namespace {

// Failures of the backend as a whole: the mailboxes after this one would fail the same way.
bool stopsTheRest(ServiceError::Code code)
{
    using Code = ServiceError::Code;
    switch (code) {
    case Code::Network:
    case Code::Server:
    case Code::Storage:
    case Code::AuthenticationRequired:
    case Code::SessionExpired:
    case Code::Unsupported:
    case Code::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

ServiceError cancelledError()
{
    return ServiceError(
        ServiceError::Code::Cancelled, QT_TRANSLATE_NOOP("ServiceError", "The operation stopped before it finished."));
}

BulkJob::BulkJob(QObject *parent) : QObject(parent)
{ }

int BulkJob::requestsInFlight()
{
    return std::max(1, QThread::idealThreadCount()) + 1;
}

BulkJob::~BulkJob()
{
    m_report.clearPasswords();
}

void BulkJob::cancel()
{
    if (m_running)
        m_cancelRequested = true;
}

qint64 BulkJob::estimatedMsecsLeft() const
{
    if (m_position == 0 || !m_timer.isValid())
        return -1;
    return m_timer.elapsed() * (total() - m_position) / m_position;
}

void BulkJob::beginPlan(
    QList<BulkReportEntry> entries, QList<int> work, PlanMode mode, const std::optional<ServiceError> &wholeRefusal)
{
    const bool refused = mode == PlanMode::Whole && wholeRefusal;
    if (refused)
        work.clear();
    begin(std::move(entries), std::move(work));
    if (refused)
        m_report.stoppedBy = wholeRefusal;
}

void BulkJob::begin(QList<BulkReportEntry> entries, QList<int> work)
{
    Q_ASSERT(!m_running);
    m_report = BulkReport();
    m_report.entries = std::move(entries);
    m_work = std::move(work);
    m_position = 0;
    m_sent = 0;
    m_inFlight = 0;
    m_running = true;
    m_finishing = false;
    m_cancelRequested = false;
    m_timer.start();
    QMetaObject::invokeMethod(this, &BulkJob::next, Qt::QueuedConnection);
}

void BulkJob::next()
{
    if (!m_running || m_finishing)
        return;
    while (m_inFlight < m_window && m_sent < total() && !m_cancelRequested && !m_report.stoppedBy) {
        ++m_inFlight;
        process(m_work.at(m_sent++));
    }
    if (m_inFlight > 0)
        return; // each answer calls again
    m_finishing = true;
    if (m_cancelRequested && !m_report.stoppedBy)
        m_report.cancelled = true;
    finish();
}

void BulkJob::complete(
    int index, BulkReportEntry::Outcome outcome, std::optional<ServiceError> error, const QString &password)
{
    BulkReportEntry &entry = m_report.entries[index];
    entry.outcome = outcome;
    entry.error = std::move(error);
    entry.password = password;
    ++m_position;
    --m_inFlight;
    Q_EMIT entryFinished(index);
    Q_EMIT progress(m_position, total(), estimatedMsecsLeft());
    if (outcome == BulkReportEntry::Outcome::Failed && entry.error && stopsTheRest(entry.error->code())
        && !m_report.stoppedBy)
        m_report.stoppedBy = entry.error; // no more requests; the job ends once those in flight answer
    // From the event loop: an answer that was ready at once must not nest one call per mailbox.
    QMetaObject::invokeMethod(this, &BulkJob::next, Qt::QueuedConnection);
}

void BulkJob::finish()
{
    if (!m_historyService || !m_historyService->capabilities().keepsHistory) {
        end();
        return;
    }
    HistoryJob job = historyJob();
    job.total = int(m_report.entries.size());
    job.done = m_report.count(BulkReportEntry::Outcome::Done);
    job.skipped = m_report.count(BulkReportEntry::Outcome::Skipped);
    job.failed = m_report.count(BulkReportEntry::Outcome::Failed);
    job.notDone = m_report.count(BulkReportEntry::Outcome::NotDone);
    job.cancelled = m_report.cancelled;
    job.stopped = m_report.stoppedBy.has_value();
    // The job's own entry is a summary: a store that cannot write it has refused the
    // mailboxes' entries already, each in its own transaction, and the report says so.
    whenReady(m_historyService->recordJob(job), this, [this](const Outcome &) { end(); });
}

void BulkJob::end()
{
    m_running = false;
    m_cancelRequested = false;
    Q_EMIT finished();
}

} // namespace pecadmin
