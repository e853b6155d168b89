#pragma once

#include "core/result.h"
#include "core/serviceerror.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace pecadmin {

// Calls `function(result)` on `context`'s thread, from its event loop, when `future` finishes;
// never once `context` is gone. A future cancelled without a result is delivered as a
// Cancelled error.
//
// Qt 6.4's QFuture::then(context, …) asserts when the context dies before the future
// finishes, and runs the continuation synchronously, inside the caller, when the future has
// finished already; a watcher owned by the context does neither.
template<typename T, typename Function> void whenReady(const QFuture<T> &future, QObject *context, Function &&function)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
        [watcher, function = std::forward<Function>(function)]() mutable {
            watcher->deleteLater();
            const QFuture<T> done = watcher->future();
            if (done.resultCount() > 0)
                function(done.result());
            else
                function(T(ServiceError(
                    ServiceError::Code::Cancelled, QT_TRANSLATE_NOOP("ServiceError", "The operation was cancelled."))));
        });
    watcher->setFuture(future);
}

} // namespace pecadmin
