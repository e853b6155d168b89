// KeyringCredentialStore on a real Secret Service: a GNOME keyring of its own, unlocked, on a
// private D-Bus session (run through tests/keyring/run-with-keyring.sh).
#include "connection/profilestore.h"
#include "core/credentialstore.h"
#include "keyring/keyringcredentialstore.h"
#include "support/await.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;

class TestKeyringCredentialStore : public QObject
{
    Q_OBJECT

private:
    // Each run uses its own service name, so that runs never see each other's entries.
    QString m_service = u"pecadmin-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        // Only ever on the throwaway keyring of run-with-keyring.sh, never on a person's own.
        if (qEnvironmentVariableIsEmpty("PECADMIN_THROWAWAY_KEYRING")
            || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariableIsEmpty("DISPLAY"))
            QFAIL("Run this test through tests/keyring/run-with-keyring.sh (ctest does).");
    }

    void writeReadDelete()
    {
        KeyringCredentialStore store(m_service, 10000, 200);
        const QString key = u"profile/Provider è"_s;
        const QString secret = u"s3gr€to-di-prova"_s;

        const Result<QString> missing = await(store.readSecret(key));
        QVERIFY(!missing.ok());
        QVERIFY(CredentialStore::isNotFound(missing.error()));
        QCOMPARE(missing.error().message(), CredentialStore::notFoundError().message());

        QVERIFY2(await(store.writeSecret(key, secret)).ok(), "the secret is written");
        const Result<QString> read = await(store.readSecret(key));
        QVERIFY(read.ok());
        QCOMPARE(read.value(), secret);

        // Another store object (another start of the application) reads it too.
        KeyringCredentialStore again(m_service, 10000, 200);
        QCOMPARE(await(again.readSecret(key)).value(), secret);

        QVERIFY(await(store.writeSecret(key, u"changed"_s)).ok());
        QCOMPARE(await(store.readSecret(key)).value(), u"changed"_s);

        QVERIFY(await(store.deleteSecret(key)).ok());
        QVERIFY(CredentialStore::isNotFound(await(store.readSecret(key)).error()));
        // Deleting what is not there is no error.
        QVERIFY(await(store.deleteSecret(key)).ok());
    }

    void keysAreSeparate()
    {
        KeyringCredentialStore store(m_service, 10000, 200);
        QVERIFY(await(store.writeSecret(u"profile/a"_s, u"alpha"_s)).ok());
        QVERIFY(await(store.writeSecret(u"profile/b"_s, u"beta"_s)).ok());
        QCOMPARE(await(store.readSecret(u"profile/a"_s)).value(), u"alpha"_s);
        QCOMPARE(await(store.readSecret(u"profile/b"_s)).value(), u"beta"_s);
        QVERIFY(await(store.deleteSecret(u"profile/a"_s)).ok());
        QCOMPARE(await(store.readSecret(u"profile/b"_s)).value(), u"beta"_s);
        QVERIFY(await(store.deleteSecret(u"profile/b"_s)).ok());
    }

    // A job that does not answer within the timeout is refused with our own text; its late
    // answer is dropped, and the store keeps working.
    void timeout()
    {
        KeyringCredentialStore impatient(m_service, 0, 0);
        const Result<QString> late = await(impatient.readSecret(u"profile/slow"_s));
        QVERIFY(!late.ok());
        QVERIFY(CredentialStore::isUnavailable(late.error()));
        QCOMPARE(late.error().message(), CredentialStore::unavailableError().message());

        // QtKeychain runs one job at a time, the next once the one before has finished: the
        // first answer below comes after the late one has arrived and been dropped.
        KeyringCredentialStore store(m_service, 10000, 200);
        QVERIFY(await(store.writeSecret(u"profile/slow"_s, u"x"_s)).ok());
        QVERIFY(await(store.deleteSecret(u"profile/slow"_s)).ok());
    }

    // Through the profile store: the password goes to the keyring, never to the settings file,
    // and removing the profile removes it from the keyring.
    void profileSecretInKeyringOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        const QString secret = u"Keyring-Only-7f3a"_s;
        KeyringCredentialStore keyring(m_service, 10000, 200);
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore profiles(settings, &keyring);
            ConnectionProfile profile;
            profile.name = u"Provider"_s;
            profile.kind = ConnectionProfile::Kind::Scim;
            profile.baseUrl = QUrl(u"https://scim.example.it/scim/v2"_s);
            profile.user = u"postmaster@pec.example.it"_s;
            QVERIFY(await(profiles.saveProfile(profile, {}, secret)).ok());
            QCOMPARE(await(profiles.readSecret(u"Provider"_s)).value(), secret);
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.contains("Provider"));
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QCOMPARE(await(keyring.readSecret(u"profile/Provider"_s)).value(), secret);

        QSettings settings(file, QSettings::IniFormat);
        ProfileStore profiles(settings, &keyring);
        QVERIFY(await(profiles.removeProfile(u"Provider"_s)).ok());
        QVERIFY(CredentialStore::isNotFound(await(keyring.readSecret(u"profile/Provider"_s)).error()));
    }
};

QTEST_GUILESS_MAIN(TestKeyringCredentialStore)
#include "tst_keyringcredentialstore.moc"
