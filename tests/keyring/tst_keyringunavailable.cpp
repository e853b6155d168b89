// KeyringCredentialStore where no keyring answers (no session bus): every job is refused in
// time with our own translated text, and no secret is written anywhere in clear.
#include "connection/profilestore.h"
#include "core/credentialstore.h"
#include "core/languages.h"
#include "keyring/keyringcredentialstore.h"
#include "support/await.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;

namespace {

const QString secret = u"Clear-Text-Never-91c4"_s;

} // namespace

class TestKeyringUnavailable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    Languages m_languages;

    void verifyRefused(const ServiceError &error)
    {
        QVERIFY(CredentialStore::isUnavailable(error));
        QCOMPARE(error.message(), CredentialStore::unavailableError().message());
        QVERIFY(error.detail().isEmpty()); // nothing of QtKeychain's own text
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // No session bus, no display, and a home of its own: nothing can reach a real keyring,
        // and whatever might be written lands where this test looks.
        const QString runtime = m_home.filePath(u"runtime"_s);
        QVERIFY(QDir().mkpath(runtime));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_home.filePath(u"no-bus"_s).toUtf8());
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u".config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u".local/share"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"pecadmin"_s);
        QCoreApplication::setApplicationName(u"pecadmin"_s);
        m_languages.setLanguage(u"en"_s);
    }

    void refusedInTime_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("read") << 0;
        QTest::newRow("write") << 1;
        QTest::newRow("delete") << 2;
    }
    void refusedInTime()
    {
        QFETCH(int, operation);
        KeyringCredentialStore store(u"pecadmin"_s, 3000, 200);
        QElapsedTimer timer;
        timer.start();
        ServiceError error;
        if (operation == 0) {
            const Result<QString> result = await(store.readSecret(u"profile/Provider"_s));
            QVERIFY(!result.ok());
            error = result.error();
        } else {
            const Outcome result = operation == 1 ? await(store.writeSecret(u"profile/Provider"_s, secret))
                                                  : await(store.deleteSecret(u"profile/Provider"_s));
            QVERIFY(!result.ok());
            error = result.error();
        }
        verifyRefused(error);
        // Two attempts and the pause between them, within one timeout.
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void ownWords()
    {
        // Our text, translated through our catalogue: QtKeychain's has no Italian, and its
        // errorString() names the bus and the key.
        KeyringCredentialStore store(u"pecadmin"_s, 3000, 200);
        const Result<QString> result = await(store.readSecret(u"profile/Provider"_s));
        QVERIFY(!result.ok());
        const QString english = result.error().message();
        QVERIFY(english.contains(u"keyring"_s));
        QVERIFY(!english.contains(u"D-Bus"_s, Qt::CaseInsensitive));
    }

    void noClearTextAnywhere()
    {
        KeyringCredentialStore keyring(u"pecadmin"_s, 3000, 200);
        const QString file = m_home.filePath(u"settings.ini"_s);
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore profiles(settings, &keyring);
            ConnectionProfile profile;
            profile.name = u"Provider"_s;
            profile.kind = ConnectionProfile::Kind::PostgreSql;
            profile.host = u"db.example.it"_s;
            profile.database = u"pecadmin"_s;
            profile.user = u"postmaster"_s;
            const Outcome saved = await(profiles.saveProfile(profile, {}, secret));
            // The profile is kept; the keyring's refusal is reported, in our words.
            QVERIFY(!saved.ok());
            verifyRefused(saved.error());
            QVERIFY(profiles.contains(u"Provider"_s));
            verifyRefused(await(profiles.readSecret(u"Provider"_s)).error());
        }
        // Not in the settings file, nor in any file under the home folder.
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        while (files.hasNext()) {
            QFile candidate(files.next());
            QVERIFY(candidate.open(QIODevice::ReadOnly));
            const QByteArray bytes = candidate.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(candidate.fileName()));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)),
                qPrintable(candidate.fileName()));
            ++looked;
        }
        QVERIFY(looked >= 1); // the settings file at least
        QFile settingsFile(file);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(settingsFile.readAll().contains("db.example.it"));
    }
};

QTEST_GUILESS_MAIN(TestKeyringUnavailable)
#include "tst_keyringunavailable.moc"
