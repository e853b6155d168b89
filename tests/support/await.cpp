#include "support/await.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

namespace pecadmin::test::detail {

bool waitForFinished(const QFuture<void> &future, int timeoutMs, const char *file, int line)
{
    if (future.isFinished())
        return true;
    QFutureWatcher<void> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (finished.count() == 0)
        finished.wait(timeoutMs);
    if (future.isFinished())
        return true;
    const QByteArray message = "await: no answer within " + QByteArray::number(timeoutMs) + " ms";
    QTest::qFail(message.constData(), file, line);
    return false;
}

void failWithoutResult(const char *file, int line)
{
    QTest::qFail("await: the future finished without a result (cancelled)", file, line);
}

ServiceError noAnswer(bool finished, int timeoutMs)
{
    if (finished)
        return ServiceError(ServiceError::Code::Cancelled, "finished without a result");
    return ServiceError(ServiceError::Code::Cancelled, "no answer within %1 ms", { QString::number(timeoutMs) });
}

} // namespace pecadmin::test::detail

namespace pecadmin::test {

QByteArray describe(const ServiceError &error)
{
    return (ServiceError::codeName(error.code()) + QLatin1String(": ") + error.message() + QLatin1String(" [")
        + error.detail() + QLatin1Char(']'))
        .toUtf8();
}

} // namespace pecadmin::test
