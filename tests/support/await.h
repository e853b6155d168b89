#pragma once

// Waiting for a service's answer in a test: the thread's event loop runs meanwhile (so that
// answers delivered through it arrive), and an answer that never comes fails the test with a
// message that says where, instead of hanging it.

#include "core/result.h"
#include "core/serviceerror.h"

#include <QByteArray>
#include <QFuture>

#include <type_traits>

namespace pecadmin::test {

// Long enough for the slowest answer of the suite (a bulk job, a SCIM server on a busy machine).
inline constexpr int awaitTimeoutMs = 60000;

namespace detail {

// Runs the event loop until `future` finishes or `timeoutMs` pass; records the test's failure,
// naming `file` and `line`, when it did not finish.
bool waitForFinished(const QFuture<void> &future, int timeoutMs, const char *file, int line);
void failWithoutResult(const char *file, int line);
ServiceError noAnswer(bool finished, int timeoutMs);

} // namespace detail

// The result of `future`, once it has finished. When it does not finish within `timeoutMs` the
// test fails there; a Result then holds a Cancelled error, so that the test's own checks of it
// fail too rather than crash. A future that finished without a result (cancelled) gives that
// Cancelled error as well, which tests of cancellation can check.
template<typename T>
T await(const QFuture<T> &future, int timeoutMs = awaitTimeoutMs, const char *file = __builtin_FILE(),
    int line = __builtin_LINE())
{
    const bool finished = detail::waitForFinished(QFuture<void>(future), timeoutMs, file, line);
    if (finished && future.resultCount() > 0)
        return future.result();
    if constexpr (std::is_constructible_v<T, ServiceError>) {
        return T(detail::noAnswer(finished, timeoutMs));
    } else {
        if (finished)
            detail::failWithoutResult(file, line);
        return T();
    }
}

// Waits for a future without a result; false, and the test failed, when it did not finish.
inline bool await(const QFuture<void> &future, int timeoutMs = awaitTimeoutMs, const char *file = __builtin_FILE(),
    int line = __builtin_LINE())
{
    return detail::waitForFinished(future, timeoutMs, file, line);
}

// A service error as one line: code, message and detail.
QByteArray describe(const ServiceError &error);

} // namespace pecadmin::test

// Verifies that `result` holds a value, and prints its error otherwise.
#define PECADMIN_VERIFY_OK(result)                                                                                     \
    do {                                                                                                               \
        if (!(result).ok())                                                                                            \
            QFAIL(pecadmin::test::describe((result).error()).constData());                                             \
    } while (false)
