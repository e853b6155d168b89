#pragma once

#include "core/replica.h"
#include "local/servicethread.h"

#include <QString>

#include <memory>

namespace pecadmin {

class ReplicaStore;

// The copy of a remote connection's domains (ReplicaStore) behind the service interface, on a
// worker thread of its own that opens the file and runs every call in order. Reads answer from
// the copy; a mailbox's writes go into the journal; the domains' writes are refused
// (Replica::refuseWhileOffline()).
class ReplicaMailboxService : public Replica
{
    Q_OBJECT

public:
    // Opens (or creates) the copy at `path`; `capabilities` are the remote connection's, as
    // far as a copy can keep them.
    // `author` is who the changes made offline are recorded for, and who the entries of the
    // history name; `keepsHistory`: the file keeps the history of what was sent to the server
    // (a SCIM connection), which the history's reads then answer (elsewhere the server keeps
    // the history, and they say there is none here). `asCopy`: the file is used as the copy for
    // offline work (ReplicaStore::holdsCopy()); false: only for the history.
    static QFuture<Result<std::shared_ptr<Replica>>> open(const QString &path, const QString &remoteLocation,
        const QString &author = {}, bool keepsHistory = false, bool asCopy = true);
    ~ReplicaMailboxService() override;

    QString location() const override;
    ServiceCapabilities capabilities() const override;

    QFuture<Outcome> storeDomain(
        const DomainDetails &details, const QList<Mailbox> &mailboxes, const QDateTime &copiedAt) override;
    QFuture<Outcome> keepOnly(const QStringList &domains) override;
    QFuture<Result<QDateTime>> copiedAt() override;

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

    void setSecretBox(std::shared_ptr<const SecretBox> box) override;
    QFuture<Result<QList<JournalEntry>>> journal() override;
    QFuture<Outcome> cancelEntry(qint64 id) override;
    QFuture<Outcome> cancelAll() override;
    QFuture<Outcome> resolveConflict(qint64 id, ConflictChoice choice) override;
    QFuture<Outcome> reviseCreation(qint64 id, const NewMailbox &revised) override;
    QFuture<Result<QString>> entryPassword(qint64 id) override;
    QFuture<Outcome> markSending(qint64 id) override;
    QFuture<Outcome> entryApplied(qint64 id, const std::optional<Mailbox> &server) override;
    QFuture<Outcome> entryConflict(qint64 id, const QString &refusal, const std::optional<Mailbox> &theirs) override;
    QFuture<Outcome> markPending(qint64 id) override;

    QFuture<Outcome> appendHistory(const QList<HistoryEntry> &entries) override;
    QFuture<Result<HistoryPage>> history(const HistoryQuery &query) override;
    QFuture<Result<HistoryCheck>> verifyHistory() override;
    QFuture<Result<HistoryEntry>> historyHead() override;
    QFuture<Result<QString>> historyActor() override;
    QFuture<Result<HistoryEntry>> cutHistory(const QDateTime &before) override;

private:
    ReplicaMailboxService(const QString &path, QString remoteLocation, QString author, bool keepsHistory);
    template<typename T, typename Work> QFuture<T> post(Work work);
    // The domains' writes: they need the server.
    template<typename T> static QFuture<T> refused();

    QString m_path;
    QString m_remoteLocation;
    QString m_author;
    bool m_keepsHistory = false;
    ServiceThread m_thread; // calls are queued to its worker
    std::unique_ptr<ReplicaStore> m_store; // created, used and destroyed on m_thread only
};

} // namespace pecadmin
