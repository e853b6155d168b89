// pecadmin-cli --profile NAME --offline: the copy of a saved connection, made while the real SCIM
// test server answered, read with the server stopped; a domain's changes refused; no copy, a clear error.
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "core/replica.h"
#include "support/await.h"
#include "support/scimserverprocess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;

class TestCliOffline : public QObject
{
    Q_OBJECT

private:
    test::ScimServerProcess m_server { test::ScimServerProcess::Server::Scimmy };
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_home.filePath(u"no-bus"_s));
        environment.remove(u"DISPLAY"_s);
        // No password anywhere: the copy needs none.
        environment.remove(u"PECADMIN_PASSWORD"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PECADMIN_CLI_PATH), arguments);
        process.closeWriteChannel();
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // This process finds the copy where pecadmin-cli will.
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"pecadmin"_s);
        QCoreApplication::setApplicationName(u"pecadmin"_s);
        const QString failure = m_server.start({ u"--seed"_s, u"12"_s });
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));

        ConnectionProfile profile;
        profile.name = u"Provider"_s;
        profile.kind = ConnectionProfile::Kind::Scim;
        profile.baseUrl = m_server.baseUrl();
        profile.user = m_server.user();
        {
            QSettings settings(m_home.filePath(u"config/pecadmin/pecadmin.conf"_s), QSettings::IniFormat);
            ProfileStore profiles(settings, nullptr);
            QVERIFY(!profiles.saveProfile(profile).isCanceled());
        }
        // Without a copy, --offline says so.
        const Run none = run({ u"--profile"_s, u"Provider"_s, u"--offline"_s, u"list"_s, u"pec.example.it"_s });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"no copy of Provider"_s), qPrintable(none.err));

        auto connected = await(Connector::connect(profile, profile.user, m_server.password()));
        PECADMIN_VERIFY_OK(connected);
        auto replica = await(Connector::openReplica(profile));
        PECADMIN_VERIFY_OK(replica);
        ReplicaRefresh refresh(connected.value(), replica.value());
        QSignalSpy finished(&refresh, &ReplicaRefresh::finished);
        refresh.start();
        QVERIFY(finished.wait(test::awaitTimeoutMs));
        PECADMIN_VERIFY_OK(finished.constFirst().constFirst().value<Outcome>());
        QVERIFY(QFile::exists(m_home.filePath(u"data/pecadmin/pecadmin/offline/Provider.sqlite"_s)));
        m_server.stop();
    }

    void listSearchSortAndShowReadTheCopy()
    {
        const QStringList offline { u"--profile"_s, u"Provider"_s, u"--offline"_s };
        const Run listed = run(offline + QStringList { u"--json"_s, u"list"_s, u"pec.example.it"_s });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonDocument json = QJsonDocument::fromJson(listed.out.toUtf8());
        QVERIFY2(json.isObject() || json.isArray(), qPrintable(listed.out));
        QVERIFY(listed.out.contains(u"user0012@pec.example.it"_s));
        QVERIFY(listed.out.contains(u"postmaster@pec.example.it"_s));

        const Run searched = run(offline + QStringList { u"list"_s, u"pec.example.it"_s, u"--filter"_s, u"user001"_s });
        QVERIFY2(searched.exitCode == 0, qPrintable(searched.err));
        QVERIFY(searched.out.contains(u"user0011@pec.example.it"_s));
        QVERIFY(!searched.out.contains(u"user0009@pec.example.it"_s));
        QVERIFY(!searched.out.contains(u"postmaster@"_s));

        const Run sorted = run(offline
            + QStringList {
                u"list"_s, u"pec.example.it"_s, u"--sort"_s, u"address"_s, u"--desc"_s, u"--limit"_s, u"1"_s });
        QVERIFY2(sorted.exitCode == 0, qPrintable(sorted.err));
        QVERIFY2(sorted.out.contains(u"user0012@pec.example.it"_s), qPrintable(sorted.out));
        QVERIFY(!sorted.out.contains(u"user0011@pec.example.it"_s));

        const Run shown = run(offline + QStringList { u"show"_s, u"user0010@pec.example.it"_s });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY(shown.out.contains(u"user0010@pec.example.it"_s));
    }

    void changesGoIntoTheJournalOrAreRefused()
    {
        const QStringList offline { u"--profile"_s, u"Provider"_s, u"--offline"_s };
        // A change waits in the journal (tst_clijournal sends it); a domain's change needs the server.
        const Run disabled = run(offline + QStringList { u"disable"_s, u"user0001@pec.example.it"_s });
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        const Run cancelled = run({ u"--profile"_s, u"Provider"_s, u"journal"_s, u"cancel-all"_s });
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        const Run domain
            = run(offline + QStringList { u"domain"_s, u"edit"_s, u"pec.example.it"_s, u"--max-mailboxes"_s, u"10"_s });
        QCOMPARE(domain.exitCode, 1);
        QVERIFY2(domain.err.contains(u"offline"_s), qPrintable(domain.err));
    }

    void offlineNeedsAProfile()
    {
        const Run refused = run({ u"--offline"_s, u"list"_s, u"pec.example.it"_s });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--profile"_s), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOffline)
#include "tst_clioffline.moc"
