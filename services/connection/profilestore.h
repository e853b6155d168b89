#pragma once

#include "core/connectionprofile.h"
#include "core/result.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace pecadmin {

class CredentialStore;

// The connection profiles, kept in a QSettings that the caller owns (the same one for the
// GUI and pecadmin-cli), and their secrets in a CredentialStore under "profile/<name>".
// Nothing secret is ever written to the settings. Without a credential store (no keyring),
// secrets are not remembered and reading one answers CredentialStore::unavailableError().
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    ProfileStore(QSettings &settings, CredentialStore *credentials, QObject *parent = nullptr);

    // The built-in profile of the application's own SQLite store: not saved, not removable.
    static QString localStoreName();
    static ConnectionProfile localStoreProfile(const QString &path);

    // The saved profiles, by name.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    bool contains(const QString &name) const;

    // Checks and saves `profile`, replacing the one called `previousName` (empty: a new one).
    // Validation errors and a name taken by another profile answer at once, saving nothing.
    // Then the secret follows: with `secret`, it is written to the keyring when the profile
    // remembers it; a profile that does not remember its secret has it deleted; a renamed
    // profile's secret moves to the new name. The profile is saved even when the keyring
    // fails; the outcome then carries the keyring's error.
    QFuture<Outcome> saveProfile(const ConnectionProfile &profile, const QString &previousName = {},
        const std::optional<QString> &secret = std::nullopt);
    // Removes the profile and deletes its secret.
    QFuture<Outcome> removeProfile(const QString &name);

    QFuture<Result<QString>> readSecret(const QString &name);
    QFuture<Outcome> writeSecret(const QString &name, const QString &secret);
    CredentialStore *credentials() const { return m_credentials; }
    void setCredentials(CredentialStore *credentials) { m_credentials = credentials; }

    // The profile connected last; empty: the local store.
    QString lastProfile() const;
    void setLastProfile(const QString &name);

Q_SIGNALS:
    void profilesChanged();

private:
    void writeAll(const QList<ConnectionProfile> &profiles);
    QFuture<Outcome> deleteSecret(const QString &name);
    QFuture<Outcome> moveSecret(const QString &from, const QString &to);

    QSettings &m_settings;
    CredentialStore *m_credentials;
};

} // namespace pecadmin
