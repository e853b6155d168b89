#include "exporter.h"

#include "bulk/bulkjob.h"
#include "core/mailboxservice.h"
#include "core/outputfile.h"
#include "core/whenready.h"

#include <QFuture>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

ServiceError cannotWrite(const QSaveFile &file)
{
    return ServiceError(ServiceError::Code::Storage,
        QT_TRANSLATE_NOOP("ServiceError", "The file %1 cannot be written."), { file.fileName() })
        .withDetail(file.errorString())
        .onField(u"file"_s);
}

} // namespace

Exporter::Exporter(MailboxService &service, QObject *parent) : QObject(parent), m_service(service)
{ }

Exporter::~Exporter()
{
    if (m_file)
        m_file->cancelWriting();
}

void Exporter::start(const QString &domain, const QString &filePath, const MailboxCsvExportOptions &options)
{
    Q_ASSERT(!m_running);
    m_domain = domain;
    m_options = options;
    m_error.reset();
    m_count = 0;
    m_cancelRequested = false;
    m_cancelled = false;
    m_running = true;
    // Never onto the store itself, whatever the caller checked: replacing it would lose it.
    if (auto refusal = outputfile::checkTarget(filePath, m_service.storeFiles(), true)) {
        QMetaObject::invokeMethod(
            this, [this, error = *refusal] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const ServiceError error = cannotWrite(*m_file);
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    write(MailboxCsv::byteOrderMark() + MailboxCsv::headerBytes(m_options));
    fetch(std::nullopt);
}

void Exporter::cancel()
{
    if (m_running)
        m_cancelRequested = true;
}

void Exporter::write(const QByteArray &bytes)
{
    if (m_file && m_file->write(bytes) != bytes.size())
        m_error = cannotWrite(*m_file);
}

void Exporter::fetch(const std::optional<Mailbox> &after)
{
    MailboxQuery query;
    query.domain = m_domain;
    query.sortColumn = MailboxColumn::Address;
    query.limit = m_pageSize;
    query.after = after;
    whenReady(m_service.mailboxes(query), this, [this](const Result<MailboxPage> &page) {
        if (!page) {
            finish(page.error());
            return;
        }
        QByteArray bytes;
        for (const Mailbox &mailbox : page.value().mailboxes)
            bytes += MailboxCsv::rowBytes(mailbox, m_options);
        write(bytes);
        if (m_error) {
            finish(m_error);
            return;
        }
        m_count += int(page.value().mailboxes.size());
        Q_EMIT progress(m_count);
        if (!page.value().hasMore || page.value().mailboxes.isEmpty()) {
            finish(std::nullopt);
            return;
        }
        if (m_cancelRequested) {
            m_cancelled = true;
            finish(std::nullopt);
            return;
        }
        const Mailbox last = page.value().mailboxes.constLast();
        QMetaObject::invokeMethod(
            this, [this, last] { fetch(last); }, Qt::QueuedConnection);
    });
}

void Exporter::finish(std::optional<ServiceError> error)
{
    m_error = std::move(error);
    if (m_file) {
        if (m_error || m_cancelled)
            m_file->cancelWriting();
        if (m_file->isOpen() && !m_file->commit() && !m_error && !m_cancelled)
            m_error = cannotWrite(*m_file);
        m_file.reset();
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace pecadmin
