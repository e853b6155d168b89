#pragma once

#include "core/credentialstore.h"

#include <QObject>
#include <QString>

namespace pecadmin {

// The CredentialStore of the system keyring (Secret Service, Windows Credential Manager,
// macOS Keychain) through QtKeychain, under the service name "pecadmin".
//
// Every job has a timeout: a keyring that waits for an unlock prompt nobody answers must not
// hold the application. A job that fails because no keyring answers is tried once more after
// a short pause (the keyring may still be starting at login). QtKeychain's own error texts
// never reach the user; they are not even kept as details, since they may name the key.
// There is no clear-text fallback.
class KeyringCredentialStore : public QObject, public CredentialStore
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 5000;
    static constexpr int defaultRetryDelayMs = 500;

    explicit KeyringCredentialStore(QObject *parent = nullptr);
    KeyringCredentialStore(const QString &serviceName, int timeoutMs, int retryDelayMs, QObject *parent = nullptr);
    ~KeyringCredentialStore() override;

    QFuture<Result<QString>> readSecret(const QString &key) override;
    QFuture<Outcome> writeSecret(const QString &key, const QString &secret) override;
    QFuture<Outcome> deleteSecret(const QString &key) override;

    QString serviceName() const { return m_serviceName; }

private:
    enum class Operation { Read, Write, Delete };
    struct Answer
    {
        int error = 0; // QKeychain::Error, or -1: no answer in time
        QString text;
    };
    template<typename Done>
    void run(Operation operation, const QString &key, const QString &secret, int attempt, Done done);

    QString m_serviceName;
    int m_timeoutMs;
    int m_retryDelayMs;
};

} // namespace pecadmin
