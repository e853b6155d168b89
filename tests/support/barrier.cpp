#include "support/barrier.h"

#include "core/mailboxservice.h"
#include "support/await.h"

#include <QEventLoop>
#include <QMetaObject>
#include <QTest>
#include <QTimer>

namespace pecadmin::test {

namespace {

// How long one turn may take before the test fails: only a blocked event loop gets near it.
constexpr int turnTimeoutMs = 30000;

} // namespace

bool eventBarrier(int turns, const char *file, int line)
{
    for (int turn = 0; turn < turns; ++turn) {
        QEventLoop loop;
        bool reached = false;
        QMetaObject::invokeMethod(
            &loop,
            [&] {
                reached = true;
                loop.quit();
            },
            Qt::QueuedConnection);
        QTimer::singleShot(turnTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (!reached) {
            QTest::qFail("eventBarrier: the event loop did not deliver a queued call in time", file, line);
            return false;
        }
    }
    return true;
}

bool serviceBarrier(MailboxService &service, const char *file, int line)
{
    if (!eventBarrier(1, file, line))
        return false;
    const QFuture<Result<QList<Domain>>> answer = service.domains();
    if (!await(QFuture<void>(answer), awaitTimeoutMs, file, line))
        return false;
    return eventBarrier(3, file, line);
}

} // namespace pecadmin::test
