#pragma once

#include "core/result.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace pecadmin {

// Waits for a service's answer, in a program without a window that could re-enter while it
// waits (the command-line tool, a test's child program), so that a local event loop is all it
// needs; the GUI never does this.
template<typename T> Result<T> awaitResult(QFuture<Result<T>> future)
{
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future); // reports `finished` through the loop even when it is already done
    if (!future.isFinished())
        loop.exec();
    if (future.isCanceled() || future.resultCount() == 0)
        return ServiceError(ServiceError::Code::Cancelled,
            QT_TRANSLATE_NOOP("ServiceError", "The operation stopped before it finished."));
    // Taken, not copied: the answer may hold the service, whose last copy the caller must own.
    return future.takeResult();
}

} // namespace pecadmin
