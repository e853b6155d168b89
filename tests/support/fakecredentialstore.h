#pragma once

// An in-memory CredentialStore for tests: what a keyring would hold, or a keyring that does not
// answer. Never part of the product.
#include "core/credentialstore.h"

#include <QHash>
#include <QPromise>

namespace pecadmin::test {

class FakeCredentialStore : public CredentialStore
{
public:
    QFuture<Result<QString>> readSecret(const QString &key) override
    {
        ++reads;
        if (unavailable)
            return ready(Result<QString>(unavailableError()));
        if (!secrets.contains(key))
            return ready(Result<QString>(notFoundError()));
        return ready(Result<QString>(secrets.value(key)));
    }
    QFuture<Outcome> writeSecret(const QString &key, const QString &secret) override
    {
        if (unavailable)
            return ready(Outcome(unavailableError()));
        secrets.insert(key, secret);
        return ready(Outcome(Done {}));
    }
    QFuture<Outcome> deleteSecret(const QString &key) override
    {
        if (unavailable)
            return ready(Outcome(unavailableError()));
        secrets.remove(key);
        return ready(Outcome(Done {}));
    }

    QHash<QString, QString> secrets;
    bool unavailable = false;
    int reads = 0;

private:
    template<typename T> static QFuture<T> ready(T value)
    {
        QPromise<T> promise;
        promise.start();
        promise.addResult(std::move(value));
        promise.finish();
        return promise.future();
    }
};

} // namespace pecadmin::test
