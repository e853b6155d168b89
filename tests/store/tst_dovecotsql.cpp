#include "local/sqlstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

// A real Dovecot reads the store file through the `dovecot_users` view, with the
// configuration that docs/PASSWORDS.md shows, and logs in with the passwords set here.
class TestDovecotSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void login_data();
    void login();
    void userLookup();

private:
    int doveadm(const QStringList &arguments, QByteArray *output = nullptr);

    QTemporaryDir m_dir;
    QString m_dovecot;
    QString m_doveadm;
    QString m_config;
    QProcess m_server;
};

void TestDovecotSql::initTestCase()
{
    m_dovecot = QStandardPaths::findExecutable(u"dovecot"_s, { u"/usr/sbin"_s, u"/usr/bin"_s });
    m_doveadm = QStandardPaths::findExecutable(u"doveadm"_s, { u"/usr/bin"_s, u"/usr/sbin"_s });
    if (m_dovecot.isEmpty() || m_doveadm.isEmpty())
        QSKIP("Dovecot is not installed (dovecot-core): no mail server to read the store.");
    if (!QFileInfo::exists(u"/usr/lib/dovecot/modules/libdriver_sqlite.so"_s))
        QSKIP("Dovecot's SQLite driver is not installed (dovecot-sqlite).");
    QVERIFY(m_dir.isValid());

    const QString storePath = m_dir.filePath(u"store.sqlite"_s);
    {
        Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(storePath);
        QVERIFY(opened);
        SqlStore &store = *opened.value();
        Domain domain;
        domain.name = u"pec.test.it"_s;
        domain.totalSpaceMb = 10000;
        domain.maxMailboxes = 10;
        QVERIFY(store.addDomain(domain));
        NewMailbox mailbox;
        mailbox.domain = domain.name;
        mailbox.quotaMb = 512;
        mailbox.name = u"mario.rossi"_s;
        mailbox.password = u"Segreto2024ab"_s;
        QVERIFY(store.createMailbox(mailbox));
        mailbox.name = u"giulia.bianchi"_s;
        mailbox.password = u"Vecchia2023xy"_s;
        const Result<Mailbox> giulia = store.createMailbox(mailbox);
        QVERIFY(giulia);
        QVERIFY(store.resetPassword(giulia.value().address(), QString(), u"Nuova2024xy"_s));
        mailbox.name = u"spenta"_s;
        mailbox.password = u"Segreto2024ab"_s;
        mailbox.enabled = false;
        QVERIFY(store.createMailbox(mailbox));
    }

    const QString base = m_dir.filePath(u"run"_s);
    QVERIFY(QDir().mkpath(base));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"state"_s)));
    QFile sql(m_dir.filePath(u"dovecot-sql.conf.ext"_s));
    QVERIFY(sql.open(QIODevice::WriteOnly));
    sql.write("driver = sqlite\n"
              "connect = "
        + storePath.toUtf8()
        + "\n"
          "password_query = SELECT \"user\", password FROM dovecot_users WHERE \"user\" = '%u'\n"
          "user_query = SELECT \"user\", quota_rule FROM dovecot_users WHERE \"user\" = '%u'\n");
    sql.close();
    m_config = m_dir.filePath(u"dovecot.conf"_s);
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("base_dir = " + base.toUtf8()
        + "\n"
          "state_dir = "
        + m_dir.filePath(u"state"_s).toUtf8()
        + "\n"
          "log_path = "
        + m_dir.filePath(u"dovecot.log"_s).toUtf8()
        + "\n"
          "protocols =\n"
          "listen = 127.0.0.1\n"
          "ssl = no\n"
          "auth_failure_delay = 0\n"
          "default_internal_user = root\n"
          "default_login_user = root\n"
          "default_internal_group = root\n"
          "mail_home = "
        + m_dir.filePath(u"mail"_s).toUtf8()
        + "/%d/%n\n"
          "passdb {\n  driver = sql\n  args = "
        + sql.fileName().toUtf8()
        + "\n}\n"
          "userdb {\n  driver = sql\n  args = "
        + sql.fileName().toUtf8() + "\n}\n");
    config.close();

    m_server.start(m_dovecot, { u"-F"_s, u"-c"_s, m_config });
    QVERIFY(m_server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        QFileInfo::exists(base + u"/auth-client"_s) || m_server.state() != QProcess::Running, 10000);
    QVERIFY2(m_server.state() == QProcess::Running, m_server.readAllStandardError().constData());
}

void TestDovecotSql::cleanupTestCase()
{
    if (m_server.state() == QProcess::Running) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }
}

int TestDovecotSql::doveadm(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(m_doveadm, QStringList { u"-c"_s, m_config } + arguments);
    if (!process.waitForFinished(30000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestDovecotSql::login_data()
{
    // Fixed throwaway passwords: they travel on doveadm's command line.
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("right password") << u"mario.rossi@pec.test.it"_s << u"Segreto2024ab"_s << true;
    QTest::newRow("wrong password") << u"mario.rossi@pec.test.it"_s << u"Segreto2024aB"_s << false;
    QTest::newRow("password after reset") << u"giulia.bianchi@pec.test.it"_s << u"Nuova2024xy"_s << true;
    QTest::newRow("password before reset") << u"giulia.bianchi@pec.test.it"_s << u"Vecchia2023xy"_s << false;
    QTest::newRow("disabled mailbox") << u"spenta@pec.test.it"_s << u"Segreto2024ab"_s << false;
    QTest::newRow("postmaster, no password") << u"postmaster@pec.test.it"_s << QString() << false;
    QTest::newRow("postmaster, its name") << u"postmaster@pec.test.it"_s << u"postmaster"_s << false;
    QTest::newRow("unknown") << u"nessuno@pec.test.it"_s << u"Segreto2024ab"_s << false;
}

void TestDovecotSql::login()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, succeeds);
    // Each attempt from its own address: Dovecot slows down repeated failures from one.
    static int attempt = 0;
    const QString remote = u"192.0.2.%1"_s.arg(++attempt);
    const int code = doveadm({ u"auth"_s, u"test"_s, u"-x"_s, u"rip="_s + remote, user, password });
    QVERIFY(code >= 0);
    QCOMPARE(code == 0, succeeds);
}

void TestDovecotSql::userLookup()
{
    QByteArray output;
    QCOMPARE(doveadm({ u"user"_s, u"mario.rossi@pec.test.it"_s }, &output), 0);
    QVERIFY2(output.contains("*:storage=512M"), output.constData());
    QVERIFY(doveadm({ u"user"_s, u"spenta@pec.test.it"_s }) != 0);
}

QTEST_GUILESS_MAIN(TestDovecotSql)
#include "tst_dovecotsql.moc"
