#pragma once

#include "bulk/mailboxcsv.h"

#include <QObject>
#include <QSaveFile>

#include <algorithm>
#include <memory>
#include <optional>

namespace pecadmin {

class MailboxService;

// Writes a domain's mailboxes to a CSV file, asynchronously: the domain is listed a page at a
// time with keyset paging and each page is written as it arrives, so a domain of any size
// costs the memory of one page. The file is replaced only when the whole export succeeded: a
// cancel or a failure leaves whatever was there before.
class Exporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultPageSize = 500;

    explicit Exporter(MailboxService &service, QObject *parent = nullptr);
    ~Exporter() override;

    void setPageSize(int pageSize) { m_pageSize = std::max(pageSize, 1); }

    // Starts the export of `domain` to `filePath`; finished() follows. A `filePath` that is one
    // of the service's storeFiles() is refused; whether an existing file may be replaced is the
    // caller's to ask (outputfile::checkTarget).
    void start(const QString &domain, const QString &filePath, const MailboxCsvExportOptions &options);
    // Stops after the page that is awaited; the file is not written.
    void cancel();
    bool isRunning() const { return m_running; }

    // After finished(): the mailboxes written, and the error that stopped the export if any.
    int count() const { return m_count; }
    bool cancelled() const { return m_cancelled; }
    const std::optional<ServiceError> &error() const { return m_error; }

Q_SIGNALS:
    void progress(int written);
    void finished();

private:
    void fetch(const std::optional<Mailbox> &after);
    void write(const QByteArray &bytes);
    void finish(std::optional<ServiceError> error);

    MailboxService &m_service;
    QString m_domain;
    MailboxCsvExportOptions m_options;
    std::unique_ptr<QSaveFile> m_file;
    std::optional<ServiceError> m_error;
    int m_pageSize = defaultPageSize;
    int m_count = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_cancelled = false;
};

} // namespace pecadmin
