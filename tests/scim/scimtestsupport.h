#pragma once

#include "core/result.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>

namespace pecadmin {

// The result of `future`, with the event loop running meanwhile (the service answers on
// this thread); a result that never comes reads as a Cancelled error.
template<typename T> T awaitResult(QFuture<T> future, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!future.isFinished() || future.resultCount() == 0)
        return T(ServiceError(ServiceError::Code::Cancelled, "no answer in time"));
    return future.result();
}

inline QByteArray describe(const ServiceError &error)
{
    return (ServiceError::codeName(error.code()) + QLatin1String(": ") + error.message() + QLatin1String(" [")
        + error.detail() + QLatin1Char(']'))
        .toUtf8();
}

} // namespace pecadmin

// Verifies that `result` holds a value and prints its error otherwise.
#define SCIM_VERIFY_OK(result)                                                                                         \
    do {                                                                                                               \
        if (!(result).ok())                                                                                            \
            QFAIL(pecadmin::describe((result).error()).constData());                                                   \
    } while (false)
