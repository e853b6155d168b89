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

} // namespace pecadmin
