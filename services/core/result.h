#pragma once

#include "core/serviceerror.h"

#include <optional>
#include <utility>
#include <variant>

namespace pecadmin {

// Either the value of an operation or the typed error that stopped it.
template<typename T> class Result
{
public:
    // An empty result reads as an error without a message; it exists for containers.
    Result() : m_state(ServiceError()) { }
    Result(T value) : m_state(std::move(value)) { }
    Result(ServiceError error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    T takeValue() { return std::move(std::get<T>(m_state)); }
    const ServiceError &error() const { return std::get<ServiceError>(m_state); }

private:
    std::variant<T, ServiceError> m_state;
};

// The result of an operation that returns nothing but success.
struct Done
{
};
using Outcome = Result<Done>;

} // namespace pecadmin
