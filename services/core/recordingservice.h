#pragma once

#include "core/mailboxservice.h"
#include "core/replica.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pecadmin {

// A connection to a provider's server whose changes this program records itself
// (docs/AUDIT.md): the server's own log is the provider's; this keeps, in the connection's
// local file (the copy for offline work, Replica::appendHistory()), what was sent and what
// the server answered, with the same hash chain and the same entries as a local store.
//
// Every call goes to `remote`. A change of a mailbox is answered once its entry is written:
// the result is "ok" or the error the server (or the lost connection) gave; a change refused
// here before anything was sent (an invalid input, an operation the server does not offer) is
// not recorded. A change or a deletion reads the mailbox first, for the fields before it. The
// history's reads answer from the file. Lives on the thread of `remote`.
class RecordingService : public MailboxService
{
    Q_OBJECT

public:
    // The entries name the author that `log` was opened with: the connection's user.
    RecordingService(std::shared_ptr<MailboxService> remote, std::shared_ptr<Replica> log);
    ~RecordingService() override;

    // The result an entry gives a change that failed: "error: CODE: what was said".
    static QString failureResult(const ServiceError &error);

    QString location() const override;
    QStringList storeFiles() const override;
    ServiceCapabilities capabilities() const override;
    QFuture<Outcome> reauthenticate(const QString &username, const QString &secret) override;

    QFuture<Result<QList<Domain>>> domains() override;
    QFuture<Result<DomainDetails>> domainDetails(const QString &domain) override;
    QFuture<Result<Domain>> addDomain(const Domain &domain) override;
    QFuture<Result<DomainDetails>> changeDomain(const Domain &domain) override;
    QFuture<Outcome> removeDomain(const QString &domain) override;
    QFuture<Result<DomainDetails>> addDemoDomain() override;

    QFuture<Result<MailboxPage>> mailboxes(const MailboxQuery &query) override;
    QFuture<Result<Mailbox>> mailbox(const QString &address) override;
    QFuture<Result<Mailbox>> createMailbox(const NewMailbox &mailbox) override;
    QFuture<Result<Mailbox>> changeMailbox(const MailboxChange &change) override;
    QFuture<Result<Mailbox>> resetPassword(
        const QString &address, const QString &version, const QString &password) override;
    QFuture<Outcome> deleteMailbox(const QString &address, const QString &version) override;

    QFuture<Result<HistoryPage>> history(const HistoryQuery &query) override;
    QFuture<Result<HistoryCheck>> verifyHistory() override;
    QFuture<Result<HistoryEntry>> historyHead() override;
    QFuture<Result<QString>> historyActor() override;
    QFuture<Result<HistoryEntry>> cutHistory(const QDateTime &before) override;
    QFuture<Outcome> recordJob(const HistoryJob &job) override;

    QFuture<Result<MailPurge>> purgeDeletedMail(const MailRemoval &removal) override;

private:
    // `answer`, given once the entry that `entryOf` makes of it is appended (none: nothing to
    // record).
    template<typename T>
    QFuture<T> recorded(const QFuture<T> &answer, std::function<std::optional<HistoryEntry>(const T &)> entryOf);
    // The mailbox as the server has it before a change, then `send`; `before` is empty where it
    // could not be read.
    template<typename T>
    QFuture<T> afterReading(const QString &address, std::function<QFuture<T>(const std::optional<Mailbox> &)> send);

    std::shared_ptr<MailboxService> m_remote;
    std::shared_ptr<Replica> m_log;
};

} // namespace pecadmin
