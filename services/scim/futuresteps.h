#pragma once

#include "core/result.h"

#include <QFuture>

#include <type_traits>
#include <utility>

namespace pecadmin {

// Small steps chained on futures, so that an operation made of several requests reads as a
// list of steps instead of callbacks nested in callbacks:
//
//     const auto user = andThen(connected(), [this, address](Done) { return lookup(address); });
//     return andThen(user, [](const ScimUser &user) { return Result<Mailbox>(user.mailbox); });
//
// A step runs on the thread that finishes the future before it, as soon as it finishes (at
// once when it has finished already): no event loop of its own, no thread hop. A future
// cancelled without a result (its owner went away) cancels every step after it, which then
// never runs.
namespace futuresteps {

template<typename T> struct IsFuture : std::false_type
{
};
template<typename T> struct IsFuture<QFuture<T>> : std::true_type
{
};
template<typename T> struct FutureValue
{
    using type = T;
};
template<typename T> struct FutureValue<QFuture<T>>
{
    using type = T;
};

} // namespace futuresteps

// A future that has finished with `value`.
template<typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// Continues `future` with `step(result)`, whatever the result. `step` returns a U or a
// QFuture<U>; either way, the continuation is a QFuture<U>.
template<typename T, typename Step> auto continueWith(QFuture<T> future, Step step)
{
    using Returned = std::invoke_result_t<Step, T>;
    if constexpr (futuresteps::IsFuture<Returned>::value)
        return future.then(QtFuture::Launch::Sync, std::move(step)).unwrap();
    else
        return future.then(QtFuture::Launch::Sync, std::move(step));
}

// Continues `future` with `step(value)` where it holds a value; an error skips `step` and
// becomes the continuation's result. `step` returns a Result<U> or a QFuture<Result<U>>;
// either way, the continuation is a QFuture<Result<U>>.
template<typename T, typename Step> auto andThen(QFuture<Result<T>> future, Step step)
{
    using Returned = std::invoke_result_t<Step, const T &>;
    using Next = typename futuresteps::FutureValue<Returned>::type; // Result<U>
    return continueWith(std::move(future), [step = std::move(step)](const Result<T> &result) -> Returned {
        if (result)
            return step(result.value());
        if constexpr (futuresteps::IsFuture<Returned>::value)
            return ready(Next(result.error()));
        else
            return Next(result.error());
    });
}

} // namespace pecadmin
