#include "keyringcredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QPromise>
#include <QTimer>

#include <memory>

namespace pecadmin {

namespace {

constexpr int noAnswer = -1;

ServiceError errorFor(int error)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return CredentialStore::notFoundError();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::accessDeniedError();
    case QKeychain::CouldNotDeleteEntry:
        return CredentialStore::failedError();
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case noAnswer:
    default:
        return CredentialStore::unavailableError();
    }
}

bool keyringMayBeStarting(int error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

KeyringCredentialStore::KeyringCredentialStore(QObject *parent)
    : KeyringCredentialStore(QStringLiteral("pecadmin"), defaultTimeoutMs, defaultRetryDelayMs, parent)
{ }

KeyringCredentialStore::KeyringCredentialStore(
    const QString &serviceName, int timeoutMs, int retryDelayMs, QObject *parent)
    : QObject(parent), m_serviceName(serviceName), m_timeoutMs(timeoutMs), m_retryDelayMs(retryDelayMs)
{ }

KeyringCredentialStore::~KeyringCredentialStore() = default;

template<typename Done>
void KeyringCredentialStore::run(Operation operation, const QString &key, const QString &secret, int attempt, Done done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_serviceName, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_serviceName, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_serviceName, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);

    // Whichever comes first, the job's answer or the timeout, settles the request.
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    auto finish = [this, settled, timer, operation, key, secret, attempt, done](const Answer &answer) mutable {
        if (*settled)
            return;
        *settled = true;
        timer->deleteLater();
        if (answer.error != QKeychain::NoError && answer.error != noAnswer && attempt == 1
            && keyringMayBeStarting(answer.error)) {
            // The keyring may not be up yet: one more try after a pause.
            QTimer::singleShot(m_retryDelayMs, this,
                [this, operation, key, secret, done]() mutable { run(operation, key, secret, 2, std::move(done)); });
            return;
        }
        done(answer);
    };
    connect(timer, &QTimer::timeout, this, [finish]() mutable { finish(Answer { noAnswer, {} }); });
    connect(job, &QKeychain::Job::finished, this, [finish, operation](QKeychain::Job *finishedJob) mutable {
        Answer answer { finishedJob->error(), {} };
        if (operation == Operation::Read && answer.error == QKeychain::NoError)
            answer.text = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        finish(answer);
    });
    timer->start(m_timeoutMs);
    job->start();
}

QFuture<Result<QString>> KeyringCredentialStore::readSecret(const QString &key)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    run(Operation::Read, key, {}, 1, [promise](const Answer &answer) {
        if (answer.error == QKeychain::NoError)
            promise->addResult(Result<QString>(answer.text));
        else
            promise->addResult(Result<QString>(errorFor(answer.error)));
        promise->finish();
    });
    return promise->future();
}

QFuture<Outcome> KeyringCredentialStore::writeSecret(const QString &key, const QString &secret)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    promise->start();
    run(Operation::Write, key, secret, 1, [promise](const Answer &answer) {
        if (answer.error == QKeychain::NoError)
            promise->addResult(Outcome(Done {}));
        else if (answer.error == QKeychain::EntryNotFound)
            promise->addResult(Outcome(CredentialStore::failedError()));
        else
            promise->addResult(Outcome(errorFor(answer.error)));
        promise->finish();
    });
    return promise->future();
}

QFuture<Outcome> KeyringCredentialStore::deleteSecret(const QString &key)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    promise->start();
    run(Operation::Delete, key, {}, 1, [promise](const Answer &answer) {
        if (answer.error == QKeychain::NoError || answer.error == QKeychain::EntryNotFound)
            promise->addResult(Outcome(Done {}));
        else
            promise->addResult(Outcome(errorFor(answer.error)));
        promise->finish();
    });
    return promise->future();
}

} // namespace pecadmin
