#pragma once

#include "core/result.h"

#include <QFuture>
#include <QString>

namespace pecadmin {

// Where the passwords and tokens of the connection profiles are kept: the system keyring,
// never a settings file. Every failure is a ServiceError with our own translated text:
//   NotFound     no secret is stored under that key
//   Unsupported  no keyring answers (none installed, locked, or no answer in time)
//   Storage      the keyring answered with another failure (access refused, write failed)
// Futures finish on the thread that called.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    virtual QFuture<Result<QString>> readSecret(const QString &key) = 0;
    virtual QFuture<Outcome> writeSecret(const QString &key, const QString &secret) = 0;
    // Deleting a key that holds nothing succeeds.
    virtual QFuture<Outcome> deleteSecret(const QString &key) = 0;

    // Whether `error` says that no keyring answers, so that the password is asked each time.
    static bool isUnavailable(const ServiceError &error) { return error.code() == ServiceError::Code::Unsupported; }
    static bool isNotFound(const ServiceError &error) { return error.code() == ServiceError::Code::NotFound; }

    static ServiceError notFoundError()
    {
        return ServiceError(ServiceError::Code::NotFound,
            QT_TRANSLATE_NOOP("ServiceError", "No password is saved in the system keyring for this connection."));
    }
    static ServiceError unavailableError()
    {
        return ServiceError(ServiceError::Code::Unsupported,
            QT_TRANSLATE_NOOP("ServiceError",
                "The system keyring does not answer: passwords cannot be remembered and are asked each time."));
    }
    static ServiceError accessDeniedError()
    {
        return ServiceError(ServiceError::Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError", "The system keyring refused access to the saved password."));
    }
    static ServiceError failedError()
    {
        return ServiceError(ServiceError::Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError", "The system keyring could not save or delete the password."));
    }
};

} // namespace pecadmin
