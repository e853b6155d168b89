#pragma once

#include "bulk/importplan.h"
#include "bulk/mailboxcsv.h"

#include <QObject>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace pecadmin {

class MailboxService;

// Builds the preview of an import from what the service says now: the domain's details and
// which of the file's mailboxes exist already.
//
// The names that exist are found the cheaper way for the case at hand. Listing the domain with
// keyset paging costs one request per page of mailboxes, whatever the file holds;
// looking each name up costs one request per row. A file of 50,000 rows against a domain of
// 300 mailboxes takes one page instead of 50,000 look-ups; a file of 5 rows against a domain
// of 200,000 takes 5 look-ups instead of 200 pages. Every request is answered before the next.
class ImportPlanner : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultPageSize = 1000;

    explicit ImportPlanner(MailboxService &service, QObject *parent = nullptr);

    // Starts building the plan of `file` for `domain`; finished() follows.
    void start(const QString &domain, MailboxCsvFile file);
    bool isRunning() const { return m_running; }

    // After finished(): the plan, or the error that stopped it (an unknown domain, the store).
    const std::optional<ImportPlan> &plan() const { return m_plan; }
    std::optional<ImportPlan> takePlan() { return std::exchange(m_plan, std::nullopt); }
    const std::optional<ServiceError> &error() const { return m_error; }
    // The number of requests made for the names that exist (for tests and logs).
    int lookupRequests() const { return m_requests; }

    // The mailboxes asked for in one page when the domain is listed.
    void setPageSize(int pageSize) { m_pageSize = std::max(pageSize, 1); }
    int pageSize() const { return m_pageSize; }

    // Whether looking the names up one by one takes fewer requests than listing the domain.
    static bool looksUpEachName(qsizetype names, int mailboxCount, int pageSize);

Q_SIGNALS:
    void finished();

private:
    void lookUp(qsizetype index);
    void listFrom(const std::optional<Mailbox> &after);
    void done();
    void fail(const ServiceError &error);

    MailboxService &m_service;
    MailboxCsvFile m_file;
    DomainDetails m_details;
    QStringList m_names;
    QSet<QString> m_existing;
    std::optional<ImportPlan> m_plan;
    std::optional<ServiceError> m_error;
    bool m_running = false;
    int m_requests = 0;
    int m_pageSize = defaultPageSize;
};

} // namespace pecadmin
