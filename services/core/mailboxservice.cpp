#include "mailboxservice.h"

#include <QMetaObject>
#include <QPromise>
#include <QThread>

namespace pecadmin {

MailboxService::MailboxService(QObject *parent) : QObject(parent)
{ }

MailboxService::~MailboxService() = default;

QFuture<Outcome> MailboxService::reauthenticate(const QString &, const QString &)
{
    QPromise<Outcome> promise;
    promise.start();
    promise.addResult(Outcome(ServiceError(ServiceError::Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError", "This connection does not sign in again."))));
    promise.finish();
    return promise.future();
}

namespace {

template<typename T> QFuture<T> noHistory()
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(T(ServiceError(ServiceError::Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError", "This connection keeps no history of changes."))));
    promise.finish();
    return promise.future();
}

} // namespace

QFuture<Result<HistoryPage>> MailboxService::history(const HistoryQuery &)
{
    return noHistory<Result<HistoryPage>>();
}

QFuture<Result<HistoryCheck>> MailboxService::verifyHistory()
{
    return noHistory<Result<HistoryCheck>>();
}

QFuture<Result<HistoryEntry>> MailboxService::historyHead()
{
    return noHistory<Result<HistoryEntry>>();
}

QFuture<Result<QString>> MailboxService::historyActor()
{
    return noHistory<Result<QString>>();
}

QFuture<Result<HistoryEntry>> MailboxService::cutHistory(const QDateTime &)
{
    return noHistory<Result<HistoryEntry>>();
}

QFuture<Outcome> MailboxService::recordJob(const HistoryJob &)
{
    return noHistory<Outcome>();
}

void MailboxService::setReachable(bool reachable)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, reachable] { setReachable(reachable); }, Qt::QueuedConnection);
        return;
    }
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable);
}

QFuture<Result<MailPurge>> MailboxService::purgeDeletedMail(const MailRemoval &)
{
    QPromise<Result<MailPurge>> promise;
    promise.start();
    promise.addResult(Result<MailPurge>(ServiceError(ServiceError::Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError", "This connection is not a store that a mail server reads."))));
    promise.finish();
    return promise.future();
}

QFuture<Result<Mailbox>> MailboxService::changePassword(const QString &, const QString &, const QString &)
{
    QPromise<Result<Mailbox>> promise;
    promise.start();
    promise.addResult(Result<Mailbox>(ServiceError(ServiceError::Code::Unsupported,
        QT_TRANSLATE_NOOP("ServiceError", "This connection is not a store that a mail server reads."))));
    promise.finish();
    return promise.future();
}

} // namespace pecadmin
