// ProfileStore: profiles in a real settings file, secrets only in the credential store.
#include "connection/profilestore.h"
#include "support/await.h"
#include "support/fakecredentialstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using pecadmin::test::FakeCredentialStore;

namespace {

ConnectionProfile scimProfile(const QString &name = u"Provider"_s)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.kind = ConnectionProfile::Kind::Scim;
    profile.baseUrl = QUrl(u"https://scim.example.it/scim/v2"_s);
    profile.user = u"postmaster@pec.example.it"_s;
    profile.domains = QStringList { u"pec.example.it"_s, u"studio.example.it"_s };
    profile.webmailUrl = QUrl(u"https://webmail.example.it"_s);
    profile.caCertificateFile = u"/etc/ssl/private-ca.pem"_s;
    return profile;
}

ConnectionProfile pgProfile(const QString &name = u"Shared"_s)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.kind = ConnectionProfile::Kind::PostgreSql;
    profile.host = u"db.example.it"_s;
    profile.port = 6432;
    profile.database = u"pecadmin"_s;
    profile.user = u"postmaster"_s;
    profile.sslMode = u"verify-full"_s;
    return profile;
}

const QString secret = u"Very-Secret-Password-42"_s;

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file() const { return m_dir->filePath(u"pecadmin.ini"_s); }
    QByteArray fileBytes() const
    {
        QFile settings(file());
        return settings.open(QIODevice::ReadOnly) ? settings.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void roundTrip_data()
    {
        QTest::addColumn<ConnectionProfile>("profile");
        QTest::newRow("scim") << scimProfile();
        ConnectionProfile bearer = scimProfile(u"Token"_s);
        bearer.auth = ConnectionProfile::ScimAuth::Bearer;
        bearer.user.clear();
        bearer.domains.clear();
        bearer.rememberSecret = false;
        QTest::newRow("scim bearer") << bearer;
        QTest::newRow("postgresql") << pgProfile();
        ConnectionProfile file;
        file.name = u"Archive 2023"_s;
        file.path = u"/home/postmaster/archive.sqlite"_s;
        file.rememberSecret = false;
        QTest::newRow("sqlite") << file;
    }
    void roundTrip()
    {
        QFETCH(ConnectionProfile, profile);
        FakeCredentialStore keyring;
        {
            QSettings settings(file(), QSettings::IniFormat);
            ProfileStore store(settings, &keyring);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            const Outcome saved
                = await(store.saveProfile(profile, {}, profile.needsSecret() ? std::optional(secret) : std::nullopt));
            QVERIFY(saved.ok());
            QCOMPARE(changed.count(), 1);
            store.setLastProfile(profile.name);
        }
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(settings, &keyring);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profile(profile.name).value(), profile);
        QCOMPARE(store.lastProfile(), profile.name);
        QCOMPARE(keyring.secrets.contains(profile.secretKey()), profile.needsSecret() && profile.rememberSecret);
        QVERIFY(!fileBytes().contains(secret.toUtf8()));
    }

    void noSecretInSettingsBytes()
    {
        FakeCredentialStore keyring;
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(settings, &keyring);
        QVERIFY(await(store.saveProfile(scimProfile(), {}, secret)).ok());
        QVERIFY(await(store.saveProfile(pgProfile(), {}, secret)).ok());
        settings.sync();
        const QByteArray bytes = fileBytes();
        QVERIFY(bytes.contains("scim.example.it"));
        QVERIFY(bytes.contains("db.example.it"));
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.toLower().contains("password"));
        QCOMPARE(keyring.secrets.value(u"profile/Provider"_s), secret);
        QCOMPARE(keyring.secrets.value(u"profile/Shared"_s), secret);
        QCOMPARE(await(store.readSecret(u"Provider"_s)).value(), secret);
    }

    void removeDeletesSecret()
    {
        FakeCredentialStore keyring;
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(settings, &keyring);
        QVERIFY(await(store.saveProfile(scimProfile(), {}, secret)).ok());
        QVERIFY(await(store.saveProfile(pgProfile(), {}, u"other"_s)).ok());
        store.setLastProfile(u"Provider"_s);
        QVERIFY(await(store.removeProfile(u"Provider"_s)).ok());
        QVERIFY(!store.contains(u"Provider"_s));
        QVERIFY(store.contains(u"Shared"_s));
        QVERIFY(!keyring.secrets.contains(u"profile/Provider"_s));
        QCOMPARE(keyring.secrets.value(u"profile/Shared"_s), u"other"_s);
        QCOMPARE(store.lastProfile(), QString()); // back to the local store
        QVERIFY(CredentialStore::isNotFound(await(store.readSecret(u"Provider"_s)).error()));
    }

    void forgetAndRename()
    {
        FakeCredentialStore keyring;
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(settings, &keyring);
        QVERIFY(await(store.saveProfile(scimProfile(), {}, secret)).ok());

        // Renamed without typing the password again: the secret follows the name.
        ConnectionProfile renamed = scimProfile(u"Aruba"_s);
        QVERIFY(await(store.saveProfile(renamed, u"Provider"_s)).ok());
        QVERIFY(!store.contains(u"Provider"_s));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!keyring.secrets.contains(u"profile/Provider"_s));
        QCOMPARE(keyring.secrets.value(u"profile/Aruba"_s), secret);

        // No longer remembered: the secret leaves the keyring.
        renamed.rememberSecret = false;
        QVERIFY(await(store.saveProfile(renamed, u"Aruba"_s)).ok());
        QVERIFY(keyring.secrets.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<ConnectionProfile>("profile");
        QTest::addColumn<QString>("field");
        ConnectionProfile profile = scimProfile(QString());
        QTest::newRow("no name") << profile << u"name"_s;
        profile = scimProfile(u"a/b"_s);
        QTest::newRow("slash in name") << profile << u"name"_s;
        profile = scimProfile(u"Local store"_s);
        QTest::newRow("the local store's name") << profile << u"name"_s;
        profile = scimProfile();
        profile.baseUrl = QUrl(u"scim.example.it"_s);
        QTest::newRow("url without scheme") << profile << u"baseUrl"_s;
        profile = scimProfile();
        profile.baseUrl = QUrl(u"https://admin:pw@scim.example.it/v2"_s);
        QTest::newRow("password in url") << profile << u"baseUrl"_s;
        profile = scimProfile();
        profile.user.clear();
        QTest::newRow("basic without user") << profile << u"user"_s;
        profile = scimProfile();
        profile.domains = QStringList { u"not a domain"_s };
        QTest::newRow("bad domain") << profile << u"domains"_s;
        profile = pgProfile();
        profile.port = 70000;
        QTest::newRow("port") << profile << u"port"_s;
        profile = pgProfile();
        profile.database.clear();
        QTest::newRow("no database") << profile << u"database"_s;
        profile = pgProfile();
        profile.sslMode = u"sometimes"_s;
        QTest::newRow("ssl mode") << profile << u"sslMode"_s;
    }
    void refused()
    {
        QFETCH(ConnectionProfile, profile);
        QFETCH(QString, field);
        FakeCredentialStore keyring;
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(settings, &keyring);
        const Outcome saved = await(store.saveProfile(profile, {}, secret));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field(), field);
        QVERIFY(!saved.error().message().isEmpty());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(keyring.secrets.isEmpty());
    }

    void duplicateName()
    {
        FakeCredentialStore keyring;
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(settings, &keyring);
        QVERIFY(await(store.saveProfile(scimProfile(), {}, secret)).ok());
        const Outcome again = await(store.saveProfile(pgProfile(u"Provider"_s), {}, u"other"_s));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ServiceError::Code::AlreadyExists);
        QCOMPARE(store.profile(u"Provider"_s)->kind, ConnectionProfile::Kind::Scim);
        QCOMPARE(keyring.secrets.value(u"profile/Provider"_s), secret);
    }

    void keyringUnavailable()
    {
        FakeCredentialStore keyring;
        keyring.unavailable = true;
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(settings, &keyring);
        const Outcome saved = await(store.saveProfile(scimProfile(), {}, secret));
        QVERIFY(!saved.ok());
        QVERIFY(CredentialStore::isUnavailable(saved.error()));
        QVERIFY(store.contains(u"Provider"_s)); // the profile itself is kept
        settings.sync();
        QVERIFY(!fileBytes().contains(secret.toUtf8()));

        // Without any credential store at all, the same.
        ProfileStore without(settings, nullptr);
        QVERIFY(CredentialStore::isUnavailable(await(without.readSecret(u"Provider"_s)).error()));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
