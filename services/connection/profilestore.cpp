#include "profilestore.h"

#include "core/credentialstore.h"
#include "core/whenready.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace pecadmin {

namespace {

const QString arrayKey = QStringLiteral("Connections/profiles");
const QString lastKey = QStringLiteral("Connections/last");

template<typename T> QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

QString authName(ConnectionProfile::ScimAuth auth)
{
    return auth == ConnectionProfile::ScimAuth::Bearer ? QStringLiteral("bearer") : QStringLiteral("basic");
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials)
{ }

QString ProfileStore::localStoreName()
{
    return QStringLiteral("Local store");
}

ConnectionProfile ProfileStore::localStoreProfile(const QString &path)
{
    ConnectionProfile profile;
    profile.name = localStoreName();
    profile.kind = ConnectionProfile::Kind::SqliteFile;
    profile.path = path;
    profile.rememberSecret = false;
    return profile;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    const int size = m_settings.beginReadArray(arrayKey);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = m_settings.value(QStringLiteral("name")).toString();
        if (profile.name.isEmpty()
            || !ConnectionProfile::kindFromName(m_settings.value(QStringLiteral("kind")).toString(), &profile.kind))
            continue;
        profile.path = m_settings.value(QStringLiteral("path")).toString();
        profile.host = m_settings.value(QStringLiteral("host")).toString();
        profile.port = m_settings.value(QStringLiteral("port"), 5432).toInt();
        profile.database = m_settings.value(QStringLiteral("database")).toString();
        profile.user = m_settings.value(QStringLiteral("user")).toString();
        profile.sslMode = m_settings.value(QStringLiteral("sslMode"), QStringLiteral("prefer")).toString();
        profile.baseUrl = QUrl(m_settings.value(QStringLiteral("baseUrl")).toString());
        profile.auth = m_settings.value(QStringLiteral("auth")).toString() == u"bearer"
            ? ConnectionProfile::ScimAuth::Bearer
            : ConnectionProfile::ScimAuth::Basic;
        profile.caCertificateFile = m_settings.value(QStringLiteral("caCertificateFile")).toString();
        profile.domains = m_settings.value(QStringLiteral("domains")).toStringList();
        profile.webmailUrl = QUrl(m_settings.value(QStringLiteral("webmailUrl")).toString());
        profile.rememberSecret = m_settings.value(QStringLiteral("rememberSecret"), true).toBool();
        profile.keepOfflineCopy = m_settings.value(QStringLiteral("keepOfflineCopy"), true).toBool();
        list.append(profile);
    }
    m_settings.endArray();
    std::sort(list.begin(), list.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const QList<ConnectionProfile> list = profiles();
    for (const ConnectionProfile &profile : list) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).has_value();
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &profiles)
{
    m_settings.remove(arrayKey);
    m_settings.beginWriteArray(arrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), profile.name);
        m_settings.setValue(QStringLiteral("kind"), ConnectionProfile::kindName(profile.kind));
        m_settings.setValue(QStringLiteral("rememberSecret"), profile.rememberSecret);
        if (profile.isShared())
            m_settings.setValue(QStringLiteral("keepOfflineCopy"), profile.keepOfflineCopy);
        switch (profile.kind) {
        case ConnectionProfile::Kind::SqliteFile:
            m_settings.setValue(QStringLiteral("path"), profile.path);
            break;
        case ConnectionProfile::Kind::PostgreSql:
            m_settings.setValue(QStringLiteral("host"), profile.host);
            m_settings.setValue(QStringLiteral("port"), profile.port);
            m_settings.setValue(QStringLiteral("database"), profile.database);
            m_settings.setValue(QStringLiteral("user"), profile.user);
            m_settings.setValue(QStringLiteral("sslMode"), profile.sslMode);
            break;
        case ConnectionProfile::Kind::Scim:
            m_settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString(QUrl::RemoveUserInfo));
            m_settings.setValue(QStringLiteral("auth"), authName(profile.auth));
            m_settings.setValue(QStringLiteral("user"), profile.user);
            m_settings.setValue(QStringLiteral("caCertificateFile"), profile.caCertificateFile);
            m_settings.setValue(QStringLiteral("domains"), profile.domains);
            m_settings.setValue(QStringLiteral("webmailUrl"), profile.webmailUrl.toString(QUrl::RemoveUserInfo));
            break;
        }
    }
    m_settings.endArray();
    m_settings.sync();
}

QFuture<Outcome> ProfileStore::saveProfile(
    const ConnectionProfile &profile, const QString &previousName, const std::optional<QString> &secret)
{
    const QList<ServiceError> errors = profile.validate();
    if (!errors.isEmpty())
        return ready(Outcome(errors.constFirst()));
    if (profile.name == localStoreName() || (profile.name != previousName && contains(profile.name)))
        return ready(Outcome(ServiceError(ServiceError::Code::AlreadyExists,
            QT_TRANSLATE_NOOP("ServiceError", "A connection called %1 exists already."), { profile.name })
                                 .onField(QStringLiteral("name"))));

    QList<ConnectionProfile> list = profiles();
    list.removeIf([&](const ConnectionProfile &existing) {
        return existing.name == profile.name || (!previousName.isEmpty() && existing.name == previousName);
    });
    list.append(profile);
    writeAll(list);
    Q_EMIT profilesChanged();

    const bool renamed = !previousName.isEmpty() && previousName != profile.name;
    if (!profile.needsSecret() || !profile.rememberSecret) {
        if (renamed)
            deleteSecret(previousName);
        return deleteSecret(profile.name);
    }
    if (secret) {
        if (renamed)
            deleteSecret(previousName);
        return writeSecret(profile.name, *secret);
    }
    if (renamed)
        return moveSecret(previousName, profile.name);
    return ready(Outcome(Done {}));
}

QFuture<Outcome> ProfileStore::removeProfile(const QString &name)
{
    QList<ConnectionProfile> list = profiles();
    list.removeIf([&](const ConnectionProfile &existing) { return existing.name == name; });
    writeAll(list);
    if (lastProfile() == name)
        setLastProfile(QString());
    Q_EMIT profilesChanged();
    return deleteSecret(name);
}

QFuture<Result<QString>> ProfileStore::readSecret(const QString &name)
{
    if (!m_credentials)
        return ready(Result<QString>(CredentialStore::unavailableError()));
    return m_credentials->readSecret(ConnectionProfile::secretKeyFor(name));
}

QFuture<Outcome> ProfileStore::writeSecret(const QString &name, const QString &secret)
{
    if (!m_credentials)
        return ready(Outcome(CredentialStore::unavailableError()));
    return m_credentials->writeSecret(ConnectionProfile::secretKeyFor(name), secret);
}

QFuture<Outcome> ProfileStore::deleteSecret(const QString &name)
{
    if (!m_credentials)
        return ready(Outcome(Done {})); // nothing can have been remembered
    return m_credentials->deleteSecret(ConnectionProfile::secretKeyFor(name));
}

QFuture<Outcome> ProfileStore::moveSecret(const QString &from, const QString &to)
{
    if (!m_credentials)
        return ready(Outcome(Done {}));
    auto promise = std::make_shared<QPromise<Outcome>>();
    promise->start();
    auto finish = [promise](Outcome outcome) {
        promise->addResult(std::move(outcome));
        promise->finish();
    };
    whenReady(readSecret(from), this, [this, from, to, finish](const Result<QString> &read) {
        if (!read) {
            finish(CredentialStore::isNotFound(read.error()) ? Outcome(Done {}) : Outcome(read.error()));
            return;
        }
        whenReady(writeSecret(to, read.value()), this, [this, from, finish](const Outcome &written) {
            if (!written) {
                finish(written);
                return;
            }
            whenReady(deleteSecret(from), this, [finish](const Outcome &deleted) { finish(deleted); });
        });
    });
    return promise->future();
}

QString ProfileStore::lastProfile() const
{
    return m_settings.value(lastKey).toString();
}

void ProfileStore::setLastProfile(const QString &name)
{
    if (name.isEmpty() || name == localStoreName())
        m_settings.remove(lastKey);
    else
        m_settings.setValue(lastKey, name);
}

} // namespace pecadmin
