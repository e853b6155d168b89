#include "connector.h"

#include "core/recordingservice.h"
#include "core/whenready.h"
#include "local/localmailboxservice.h"
#include "local/replicamailboxservice.h"
#include "local/replicastore.h"
#include "local/sodiumsecretbox.h"
#include "local/sqlstore.h"
#include "local/storelocation.h"
#include "scim/scimmailboxservice.h"
#include "scim/scimprotocol.h"

#include <QFileInfo>
#include <QPromise>
#include <QUrl>

namespace pecadmin {

using ServicePointer = std::shared_ptr<MailboxService>;

namespace {

StoreLocation storeLocation(const ConnectionProfile &profile, const QString &username, const QString &secret)
{
    if (profile.kind != ConnectionProfile::Kind::PostgreSql)
        return StoreLocation::sqliteFile(profile.path);
    return StoreLocation::postgreSql(profile.host, profile.port, profile.database,
        username.isEmpty() ? profile.user : username, secret,
        StoreLocation::sslModeFromName(profile.sslMode).value_or(StoreLocation::SslMode::Prefer));
}

ScimConnection scimConnection(const ConnectionProfile &profile, const QString &username, const QString &secret)
{
    ScimConnection connection;
    connection.baseUrl = profile.baseUrl;
    connection.auth
        = profile.auth == ConnectionProfile::ScimAuth::Bearer ? ScimConnection::Bearer : ScimConnection::Basic;
    connection.username
        = connection.auth == ScimConnection::Basic ? (username.isEmpty() ? profile.user : username) : QString();
    connection.secret = secret;
    connection.caCertificateFile = profile.caCertificateFile;
    connection.domains = profile.domains;
    return connection;
}

} // namespace

QString Connector::defaultStorePath()
{
    return SqlStore::defaultPath();
}

QString Connector::replicaPath(const QString &profileName)
{
    // Any name a profile may have, as one file name on every platform.
    const QString fileName = QString::fromLatin1(QUrl::toPercentEncoding(profileName, "@+ ()", "."));
    return QFileInfo(SqlStore::defaultPath()).absolutePath() + QStringLiteral("/offline/") + fileName
        + QStringLiteral(".sqlite");
}

bool Connector::hasReplica(const ConnectionProfile &profile)
{
    // The file of a SCIM connection that keeps no copy holds its history only.
    return profile.isShared() && ReplicaStore::holdsCopy(replicaPath(profile.name));
}

QFuture<Result<std::shared_ptr<Replica>>> Connector::openReplica(const ConnectionProfile &profile)
{
    // Who makes the changes offline: the account on the server, else the person at this computer.
    QString author = profile.user;
    if (author.isEmpty())
        author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    // A SCIM connection's file keeps the history of what was sent to the server; a shared
    // store keeps its own.
    return ReplicaMailboxService::open(
        replicaPath(profile.name), profile.displayLocation(), author, profile.kind == ConnectionProfile::Kind::Scim);
}

QFuture<Result<std::shared_ptr<Replica>>> Connector::openHistory(const ConnectionProfile &profile)
{
    return ReplicaMailboxService::open(
        replicaPath(profile.name), profile.displayLocation(), historyActor(profile, {}), true, false);
}

QString Connector::historyActor(const ConnectionProfile &profile, const QString &username)
{
    if (!username.isEmpty())
        return username;
    // A bearer token names no user: the connection's name stands for it.
    return profile.user.isEmpty() ? profile.name : profile.user;
}

QString Connector::journalKeyName(const QString &profileName)
{
    return QStringLiteral("offline-journal-key/") + profileName;
}

QFuture<Result<std::shared_ptr<const SecretBox>>> Connector::journalSecretBox(
    const ConnectionProfile &profile, CredentialStore *keyring)
{
    using Boxed = Result<std::shared_ptr<const SecretBox>>;
    auto promise = std::make_shared<QPromise<Boxed>>();
    QFuture<Boxed> future = promise->future();
    promise->start();
    auto *context = new QObject;
    const auto finish = [promise, context](Boxed boxed) {
        promise->addResult(std::move(boxed));
        promise->finish();
        context->deleteLater();
    };
    const auto boxOf = [](const QByteArray &key) -> Boxed {
        std::shared_ptr<const SecretBox> box = SodiumSecretBox::withKey(key);
        if (!box)
            return ServiceError(ServiceError::Code::Storage,
                QT_TRANSLATE_NOOP("ServiceError", "The key of the changes made offline could not be made."));
        return box;
    };
    const QString key = journalKeyName(profile.name);
    whenReady(keyring->readSecret(key), context, [keyring, key, finish, boxOf, context](const Result<QString> &read) {
        if (read) {
            QByteArray bytes = QByteArray::fromBase64(read.value().toLatin1());
            finish(boxOf(bytes));
            bytes.fill('\0');
            return;
        }
        if (!CredentialStore::isNotFound(read.error())) {
            finish(read.error());
            return;
        }
        const QByteArray fresh = SodiumSecretBox::newKey();
        whenReady(keyring->writeSecret(key, QString::fromLatin1(fresh.toBase64())), context,
            [finish, boxOf, fresh = QByteArray(fresh)](const Outcome &written) mutable {
                finish(written ? boxOf(fresh) : Boxed(written.error()));
                fresh.fill('\0');
            });
    });
    return future;
}

QFuture<Result<ServicePointer>> Connector::connect(
    const ConnectionProfile &profile, const QString &username, const QString &secret)
{
    return connect(profile, username, secret, Options {});
}

QFuture<Result<ServicePointer>> Connector::connect(
    const ConnectionProfile &profile, const QString &username, const QString &secret, const Options &options)
{
    if (profile.kind != ConnectionProfile::Kind::Scim) {
        // No continuation: the store's future is the caller's, so that the caller can take the
        // service out of it and own its last copy.
        return LocalMailboxService::openService(storeLocation(profile, username, secret));
    }

    auto promise = std::make_shared<QPromise<Result<ServicePointer>>>();
    promise->start();
    auto finish = [promise](Result<ServicePointer> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };

    // Deleted from the event loop: an answer of its network manager may still be on its way.
    std::shared_ptr<ScimMailboxService> service(new ScimMailboxService(scimConnection(profile, username, secret)),
        [](ScimMailboxService *scim) { scim->deleteLater(); });
    ScimMailboxService *context = service.get();
    context->setResendOnceAfterExpiry(options.resendOnceAfterExpiry);
    // What is sent and what the server answers is recorded in the connection's local file,
    // opened before anything is sent (docs/AUDIT.md).
    const QString path = replicaPath(profile.name);
    const QString actor = historyActor(profile, username);
    const QString shown = profile.displayLocation();
    whenReady(context->connectToServer(), context,
        [service, finish, context, path, actor, shown](const Outcome &outcome) mutable {
            if (!outcome) {
                finish(outcome.error());
                service.reset();
                return;
            }
            whenReady(ReplicaMailboxService::open(path, shown, actor, true, false), context,
                [service, finish](const Result<std::shared_ptr<Replica>> &log) mutable {
                    if (log)
                        finish(ServicePointer(std::make_shared<RecordingService>(service, log.value())));
                    else
                        finish(log.error());
                    service.reset();
                });
        });
    return promise->future();
}

} // namespace pecadmin
