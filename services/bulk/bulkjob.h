#pragma once

#include "bulk/bulkreport.h"
#include "core/history.h"
#include "core/mailboxservice.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <algorithm>

namespace pecadmin {

// The error of a request whose future was cancelled before it answered.
ServiceError cancelledError();

// The common shape of an operation on many mailboxes: a request per mailbox, with at most
// requestsInFlight() of them awaited at once, so that a backend that works on several at once
// (the local store hashes passwords on every core while it writes) uses every core (a backend
// applies each in one transaction, so a stop midway leaves only whole mailboxes), progress with an estimate of the
// time left, a cancel that takes effect once the requests in flight have answered, and a report
// at the end. A failure of the backend itself (store, network, session) stops the rest; a
// refusal of one mailbox does not.
class BulkJob : public QObject
{
    Q_OBJECT

public:
    // What a job does with a plan in which some items are refused before any request (an
    // import's invalid rows, the mailboxes a change cannot reach).
    enum class PlanMode {
        Whole, // nothing unless every item is ready: the plan is carried out whole or not at all
        ReadyOnly, // the ready items, and only those
    };

    ~BulkJob() override;

    bool isRunning() const { return m_running; }
    // Stops after the mailboxes whose answers are awaited; the rest stay "not done".
    void cancel();

    // How many requests a job keeps in flight: one a core, and one more.
    static int requestsInFlight();

    int total() const { return int(m_work.size()); }
    int done() const { return m_position; }
    // The time the rest will take at the pace so far; -1 until one mailbox is done.
    qint64 estimatedMsecsLeft() const;

    // Complete once finished() has been emitted.
    const BulkReport &report() const { return m_report; }
    // Overwrites the generated passwords of the report once they have been shown.
    void clearPasswords() { m_report.clearPasswords(); }

Q_SIGNALS:
    // Entry `index` of the report has its outcome (report().entries.at(index)).
    void entryFinished(int index);
    void progress(int done, int total, qint64 msecsLeft);
    void finished();

protected:
    explicit BulkJob(QObject *parent);

    // The service whose history records the whole job when it ends (where it keeps one), after
    // the entries of its mailboxes; finished() follows the record.
    void setHistoryService(MailboxService *service) { m_historyService = service; }
    // What the history records of the job: its kind, action and domain (the counts are added).
    virtual HistoryJob historyJob() const { return {}; }

    // Starts: `entries` is the whole report, `work` the indexes of the entries to process, in
    // order. The first requests are made from the event loop, never inside this call.
    void begin(QList<BulkReportEntry> entries, QList<int> work);
    // How many requests are awaited at once: one (the default: each answer before the next
    // request), or requestsInFlight() for a job whose every request hashes a password.
    void setRequestsAtOnce(int requests) { m_window = std::max(1, requests); }
    // begin() for a plan: `work` lists the ready items. In PlanMode::Whole a `wholeRefusal` (why
    // the plan is not carried out whole) leaves every ready item not done, with the refusal as
    // the report's stoppedBy, and no request is made.
    void beginPlan(QList<BulkReportEntry> entries, QList<int> work, PlanMode mode,
        const std::optional<ServiceError> &wholeRefusal);
    // Sends the request for entry `index`; the answer goes to complete().
    virtual void process(int index) = 0;
    void complete(int index, BulkReportEntry::Outcome outcome, std::optional<ServiceError> error = std::nullopt,
        const QString &password = {});

    BulkReport m_report;

private:
    void next();
    void finish();
    void end();

    // Guarded: a dialog closed with its window may outlive the connection while its job ends.
    QPointer<MailboxService> m_historyService;
    QList<int> m_work;
    int m_position = 0; // entries answered
    int m_sent = 0; // entries of m_work whose request was made
    int m_inFlight = 0;
    int m_window = 1;
    bool m_running = false;
    bool m_finishing = false;
    bool m_cancelRequested = false;
    QElapsedTimer m_timer;
};

} // namespace pecadmin
