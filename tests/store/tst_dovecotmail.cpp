#include "core/rules.h"
#include "local/sqlstore.h"
#include "support/programrun.h"
#include "teststorebackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

const QString domainName = u"pec.test.it"_s;
const QString mario = u"mario.rossi@pec.test.it"_s;
const QString giulia = u"giulia.bianchi@pec.test.it"_s;
constexpr qint64 bytesPerMb = 1024 * 1024;

// A port of 127.0.0.1 that nothing listens on at the moment.
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// As doveadm quota shows bytes: in kilobytes, rounded up.
qint64 kilobytes(qint64 bytes)
{
    return (bytes + 1023) / 1024;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

// A real Dovecot on the store, run with the configuration files of docs/dovecot/ (only their
// paths, users and ports replaced): mail delivered through LMTP is counted against the mailbox's
// quota, the usage reaches the store through quota_clone, a full mailbox refuses mail, and a
// disabled one neither logs in nor receives, and a first access is refused over IMAP until the
// user has changed the password through pecadmin-cli. On PostgreSQL the mail server connects with the role
// of docs/dovecot/pgsql/grants.sql, which can do exactly that and nothing else.
class TestDovecotMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deliveryIsShownAsUsage();
    void fullMailboxRefusesMail();
    void quotaBelowUsageWithTheRealFigure();
    void disabledMailboxIsRefusedAndKeepsItsMail();
    void deletionRemovesTheMail();
    void mustChangePasswordKeepsTheUserOut();
    void softQuotaAlarmOncePerCrossing();
    void mailServerRoleDoesWhatItMustAndNothingElse();
    void documentationQuotesTheseFiles();

private:
    QString configFile(const QString &name) const;
    QByteArray templated(const QString &name) const;
    int doveadm(const QStringList &arguments, QByteArray *output = nullptr);
    // Delivers a message of about `bodyBytes` bytes to `recipient` through LMTP; returns the
    // server's final reply line ("250 …", "552 …"), or the error of the step that failed.
    QByteArray deliver(const QString &recipient, int bodyBytes);
    bool canLogIn(const QString &user, const QString &password);
    // Logs in over IMAP; answers the tagged reply ("a OK …", "a NO …").
    QByteArray imapLogin(const QString &user, const QString &password);
    // pecadmin-cli mailserver change-password, as the user's password page runs it: the current
    // password, then the new one, on standard input. Answers the exit code; `output` its output.
    int changePasswordWithCli(
        const QString &address, const QString &current, const QString &password, QByteArray *output = nullptr);
    // pecadmin-cli on the store, as the postmaster: `input` on standard input.
    int runCli(const QStringList &command, const QByteArray &input = {}, QByteArray *output = nullptr);
    qint64 dovecotUsageKb(const QString &user);
    Mailbox stored(const QString &address);
    // The purge as the mail server runs it: with its own connection (on PostgreSQL its role).
    Result<MailPurge> purge();
    QStringList folders(const QString &user);

    QTemporaryDir m_dir;
    test::TestStores m_stores;
    StoreLocation m_location;
    std::unique_ptr<SqlStore> m_store;
    QString m_dovecot;
    QString m_doveadm;
    QString m_config;
    QString m_role; // PostgreSQL: the mail server's role
    quint16 m_lmtpPort = 0;
    quint16 m_imapPort = 0;
    QProcess m_server;
    int m_attempt = 0;
};

QString TestDovecotMail::configFile(const QString &name) const
{
    const QString kind = m_location.isPostgreSql() ? u"pgsql"_s : u"sqlite"_s;
    return QStringLiteral(PECADMIN_DOVECOT_DOCS) + u'/' + kind + u'/' + name;
}

// The documented file, with the paths, the users and the ports of this test.
QByteArray TestDovecotMail::templated(const QString &name) const
{
    QString text = QString::fromUtf8(readFile(configFile(name)));
    text.replace(u"/etc/dovecot/"_s, m_dir.filePath(u"etc/"_s));
    text.replace(u"/var/lib/pecadmin/pecadmin.sqlite"_s, m_location.path);
    text.replace(u"/etc/pecadmin/"_s, m_dir.filePath(u"etc/"_s));
    text.replace(u"/var/vmail"_s, m_dir.filePath(u"vmail"_s));
    // Dovecot refuses mail access as root: the mail belongs to nobody, as to vmail on a server.
    text.replace(u"= vmail"_s, u"= nobody"_s);
    text.replace(u"group = nobody"_s, u"group = nogroup"_s);
    text.replace(u"mail_gid = nobody"_s, u"mail_gid = nogroup"_s);
    text.replace(u"port = 24\n"_s, u"port = %1\n"_s.arg(m_lmtpPort));
    // The alarm's script writes the store's file, which is root's here (on a server, a group's).
    text.replace(u"pecadmin-quota-warning\n  user = nobody\n"_s, u"pecadmin-quota-warning\n  user = root\n"_s);
    if (m_location.isPostgreSql()) {
        text.replace(u"host=localhost port=5432 dbname=pecadmin"_s,
            u"host=%1 port=%2 dbname=%3"_s.arg(m_location.host).arg(m_location.port).arg(m_location.database));
        text.replace(u"--pg-host localhost --pg-port 5432 --pg-database pecadmin"_s,
            u"--pg-host %1 --pg-port %2 --pg-database %3"_s.arg(m_location.host)
                .arg(m_location.port)
                .arg(m_location.database));
        text.replace(u"mailserver"_s, m_role);
        text.replace(m_role + u" purge"_s, u"mailserver purge"_s); // the command, not the role
    }
    return text.toUtf8();
}

void TestDovecotMail::initTestCase()
{
    QString error;
    QVERIFY2(test::TestStores::serverReady(&error), qPrintable(error));
    m_dovecot = QStandardPaths::findExecutable(u"dovecot"_s, { u"/usr/sbin"_s, u"/usr/bin"_s });
    m_doveadm = QStandardPaths::findExecutable(u"doveadm"_s, { u"/usr/bin"_s, u"/usr/sbin"_s });
    if (m_dovecot.isEmpty() || m_doveadm.isEmpty())
        QSKIP("Dovecot is not installed (dovecot-core): no mail server to drive.");
    for (const QString &needed : { u"/usr/lib/dovecot/lmtp"_s, u"/usr/lib/dovecot/imap-login"_s,
             u"/usr/lib/dovecot/modules/libdriver_sqlite.so"_s, u"/usr/lib/dovecot/modules/libdriver_pgsql.so"_s }) {
        if (!QFileInfo::exists(needed))
            QSKIP(qPrintable(
                u"%1 is missing (dovecot-lmtpd, dovecot-imapd, dovecot-sqlite, dovecot-pgsql)"_s.arg(needed)));
    }
    if (::geteuid() != 0)
        QSKIP("The mail server's test runs Dovecot as root, in a folder of its own.");
    QVERIFY(m_dir.isValid());
    // The mail processes run as nobody: they must reach their homes and the dict socket.
    QVERIFY(QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther));
    for (const char *folder : { "etc", "run", "state", "vmail" })
        QVERIFY(QDir(m_dir.path()).mkdir(QString::fromLatin1(folder)));
    const test::ProgramRun chown = test::runProgram(
        u"chown"_s, { u"nobody:nogroup"_s, m_dir.filePath(u"vmail"_s) }, QProcessEnvironment::systemEnvironment());
    QVERIFY2(chown.exitCode == 0, qPrintable(chown.describe()));

    m_location
        = test::onPostgreSql() ? m_stores.newLocation() : StoreLocation::sqliteFile(m_dir.filePath(u"store.sqlite"_s));
    Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(m_location);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    m_store = opened.takeValue();
    Domain domain;
    domain.name = domainName;
    domain.totalSpaceMb = 100;
    domain.maxMailboxes = 10;
    domain.maxMailboxQuotaMb = 50;
    QVERIFY(m_store->addDomain(domain));
    NewMailbox mailbox;
    mailbox.domain = domainName;
    mailbox.quotaMb = 2;
    mailbox.name = u"mario.rossi"_s;
    mailbox.password = u"Iniziale2024ab"_s;
    QVERIFY(m_store->createMailbox(mailbox));
    mailbox.name = u"giulia.bianchi"_s;
    mailbox.quotaMb = 10;
    QVERIFY(m_store->createMailbox(mailbox));
    // Both users have made their first access: their own passwords, nothing to change.
    for (const QString &address : { mario, giulia }) {
        const Result<Mailbox> changed = m_store->changePassword(address, u"Iniziale2024ab"_s, u"Segreto2024ab"_s);
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message()));
        QVERIFY(!changed.value().mustChangePassword);
    }

    if (m_location.isPostgreSql()) {
        m_role = u"mailserver_%1"_s.arg(QCoreApplication::applicationPid());
        test::runOn(m_location, u"DROP ROLE IF EXISTS "_s + m_role);
        // The documented grants, statement by statement, as the store's owner.
        const QString grants = QString::fromUtf8(templated(u"grants.sql"_s));
        QString statement;
        for (const QString &line : grants.split(u'\n')) {
            if (line.startsWith(u"--"_s))
                continue;
            statement += line + u' ';
            if (line.trimmed().endsWith(u';')) {
                statement = statement.trimmed();
                statement.chop(1);
                QVERIFY2(test::runOn(m_location, statement), qPrintable(statement));
                statement.clear();
            }
        }
    }

    m_lmtpPort = freePort();
    QVERIFY(m_lmtpPort != 0);
    m_imapPort = freePort();
    QVERIFY(m_imapPort != 0 && m_imapPort != m_lmtpPort);
    for (const QString &name : { u"99-pecadmin.conf"_s, u"pecadmin-sql.conf.ext"_s, u"pecadmin-dict-sql.conf.ext"_s,
             u"pecadmin-quota-warning"_s })
        QVERIFY(writeFile(m_dir.filePath(u"etc/"_s + name), templated(name)));
    QVERIFY(QFile::setPermissions(m_dir.filePath(u"etc/pecadmin-quota-warning"_s),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther));
    if (m_location.isPostgreSql())
        QVERIFY(writeFile(m_dir.filePath(u"etc/"_s + m_role + u".env"_s), "PECADMIN_PASSWORD=CHANGE-ME\n"));
    // What a Debian system's dovecot.conf and conf.d give around the documented file, in a
    // folder of the test's own.
    m_config = m_dir.filePath(u"etc/dovecot.conf"_s);
    const QByteArray base = "base_dir = " + m_dir.filePath(u"run"_s).toUtf8() + "\n" + "state_dir = "
        + m_dir.filePath(u"state"_s).toUtf8() + "\n" + "log_path = " + m_dir.filePath(u"dovecot.log"_s).toUtf8()
        + "\n"
        // Debian's dovecot-lmtpd turns the protocol on in /usr/share/dovecot/protocols.d.
        + "protocols = lmtp imap\n"
          "listen = 127.0.0.1\n"
          "ssl = no\n"
          "auth_failure_delay = 0\n"
          // The quota plugin logs each warning it runs: the log says when one was not.
          "mail_debug = yes\n"
          "default_internal_user = root\n"
          "default_login_user = root\n"
          "default_internal_group = root\n"
          // The users' mail programs log in over IMAP; a login process never runs as root.
          "service imap-login {\n  user = nobody\n  inet_listener imap {\n    port = "
        + QByteArray::number(m_imapPort)
        + "\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}\n"
          "!include "
        + m_dir.filePath(u"etc/99-pecadmin.conf"_s).toUtf8() + "\n";
    QVERIFY(writeFile(m_config, base));

    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(m_dovecot, { u"-F"_s, u"-c"_s, m_config });
    QVERIFY(m_server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_lmtpPort);
            return probe.waitForConnected(200);
        }() || m_server.state() != QProcess::Running,
        15000);
    QVERIFY2(m_server.state() == QProcess::Running,
        QByteArray(m_server.readAll() + readFile(m_dir.filePath(u"dovecot.log"_s))).constData());

    // The mail server's first purge makes the store one that it purges: from then on a deleted
    // mailbox waits for its mail to be removed.
    QVERIFY(!m_store->mailServerPurges());
    const Result<MailPurge> first = purge();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message() + u' ' + first.error().detail()));
    QVERIFY(first.value().removed.isEmpty());
    QVERIFY(first.value().failed.isEmpty());
}

void TestDovecotMail::cleanupTestCase()
{
    if (m_server.state() == QProcess::Running) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }
    m_store.reset();
    if (!m_role.isEmpty()) {
        m_stores.dropAll();
        StoreLocation server;
        QString error;
        if (test::postgreSqlServer(&server, &error))
            test::runOn(server, u"DROP ROLE IF EXISTS "_s + m_role);
    }
}

int TestDovecotMail::doveadm(const QStringList &arguments, QByteArray *output)
{
    const test::ProgramRun run = test::runProgram(
        m_doveadm, QStringList { u"-c"_s, m_config } + arguments, QProcessEnvironment::systemEnvironment());
    if (output)
        *output = run.outBytes;
    return run.exitCode;
}

QByteArray TestDovecotMail::deliver(const QString &recipient, int bodyBytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_lmtpPort);
    if (!socket.waitForConnected(5000))
        return "no connection";
    // The last line of the reply to what was sent (multi-line replies end with "NNN ").
    const auto reply = [&socket]() -> QByteArray {
        QByteArray line;
        while (true) {
            if (!socket.canReadLine() && !socket.waitForReadyRead(10000))
                return "no reply";
            line = socket.readLine().trimmed();
            if (line.size() < 4 || line.at(3) != '-')
                return line;
        }
    };
    const auto command = [&socket, &reply](const QByteArray &text) {
        socket.write(text + "\r\n");
        return reply();
    };
    if (!reply().startsWith("220"))
        return "no greeting";
    for (const QByteArray &step : QByteArrayList { "LHLO test.local", "MAIL FROM:<mittente@example.org>",
             QByteArray("RCPT TO:<" + recipient.toUtf8() + ">") }) {
        const QByteArray answer = command(step);
        if (!answer.startsWith("250"))
            return answer;
    }
    if (!command("DATA").startsWith("354"))
        return "DATA refused";
    QByteArray message = "From: mittente@example.org\r\nTo: " + recipient.toUtf8()
        + "\r\nSubject: prova\r\nMessage-ID: <" + QByteArray::number(++m_attempt) + "@example.org>\r\n\r\n";
    const QByteArray line(76, 'x');
    for (int written = 0; written < bodyBytes; written += line.size() + 2)
        message += line + "\r\n";
    socket.write(message + ".\r\n");
    const QByteArray answer = reply();
    command("QUIT");
    return answer;
}

bool TestDovecotMail::canLogIn(const QString &user, const QString &password)
{
    // Each attempt from an address of its own: Dovecot slows down repeated failures from one.
    const QString remote = u"192.0.2.%1"_s.arg(++m_attempt % 250 + 1);
    return doveadm({ u"auth"_s, u"login"_s, u"-x"_s, u"rip="_s + remote, user, password }) == 0;
}

QByteArray TestDovecotMail::imapLogin(const QString &user, const QString &password)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_imapPort);
    if (!socket.waitForConnected(5000))
        return "no connection";
    const auto line = [&socket]() -> QByteArray {
        if (!socket.canReadLine() && !socket.waitForReadyRead(10000))
            return "no reply";
        return socket.readLine().trimmed();
    };
    if (const QByteArray greeting = line(); !greeting.startsWith("* OK"))
        return "no greeting: " + greeting + ' ' + readFile(m_dir.filePath(u"dovecot.log"_s)).right(600);
    socket.write("a LOGIN \"" + user.toUtf8() + "\" \"" + password.toUtf8() + "\"\r\n");
    QByteArray answer;
    do
        answer = line();
    while (answer.startsWith("* "));
    socket.write("b LOGOUT\r\n");
    socket.waitForBytesWritten(1000);
    return answer;
}

int TestDovecotMail::changePasswordWithCli(
    const QString &address, const QString &current, const QString &password, QByteArray *output)
{
    return runCli(
        { u"mailserver"_s, u"change-password"_s, address }, current.toUtf8() + '\n' + password.toUtf8() + '\n', output);
}

int TestDovecotMail::runCli(const QStringList &command, const QByteArray &input, QByteArray *output)
{
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (m_location.isPostgreSql()) {
        // A role that may change mailboxes (here the store's owner), not the mail server's.
        arguments = { u"--pg-host"_s, m_location.host, u"--pg-port"_s, QString::number(m_location.port),
            u"--pg-database"_s, m_location.database, u"--pg-user"_s, m_location.user };
        environment.insert(u"PECADMIN_PASSWORD"_s, m_location.password);
    } else {
        arguments = { u"--store"_s, m_location.path };
    }
    arguments += command;
    const test::ProgramRun run = test::runProgram(QStringLiteral(PECADMIN_CLI_PATH), arguments, environment, input);
    if (output)
        *output = run.outBytes + run.err.toUtf8();
    return run.exitCode;
}

qint64 TestDovecotMail::dovecotUsageKb(const QString &user)
{
    QByteArray output;
    if (doveadm({ u"-f"_s, u"tab"_s, u"quota"_s, u"get"_s, u"-u"_s, user }, &output) != 0)
        return -1;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() >= 3 && fields.at(1) == "STORAGE")
            return fields.at(2).toLongLong();
    }
    return -1;
}

Mailbox TestDovecotMail::stored(const QString &address)
{
    const Result<Mailbox> mailbox = m_store->mailbox(address);
    return mailbox ? mailbox.value() : Mailbox();
}

Result<MailPurge> TestDovecotMail::purge()
{
    // The command of the shipped systemd unit, with the paths and the server of this test.
    QString command;
    for (const QString &line : QString::fromUtf8(templated(u"pecadmin-purge.service"_s)).split(u'\n')) {
        if (line.startsWith(u"ExecStart="_s))
            command = line.mid(int(qstrlen("ExecStart=")));
    }
    command.replace(m_dir.filePath(u"etc/dovecot.conf"_s), m_config);
    QStringList arguments = command.split(u' ', Qt::SkipEmptyParts);
    if (arguments.value(0) != u"/usr/bin/pecadmin-cli"_s)
        return ServiceError(ServiceError::Code::Validation, "no pecadmin-cli in the unit");
    arguments.removeFirst();
    arguments.insert(0, u"--json"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PATH"_s, QFileInfo(m_doveadm).path() + u':' + environment.value(u"PATH"_s));
    if (m_location.isPostgreSql())
        environment.insert(u"PECADMIN_PASSWORD"_s, u"CHANGE-ME"_s); // the unit's EnvironmentFile
    const test::ProgramRun cli = test::runProgram(QStringLiteral(PECADMIN_CLI_PATH), arguments, environment);
    if (cli.exitCode < 0)
        return ServiceError(ServiceError::Code::Server, "pecadmin-cli did not finish").withDetail(cli.describe());
    const QJsonObject json = cli.json();
    if (cli.exitCode != 0 && json.isEmpty())
        return ServiceError(ServiceError::Code::Server, "pecadmin-cli failed").withDetail(cli.describe());
    MailPurge purge;
    for (const QJsonValue &user : json.value(u"removed"_s).toArray())
        purge.removed.append(user.toString());
    for (const QJsonValue &failure : json.value(u"failed"_s).toArray())
        purge.failed.append(
            { failure.toObject().value(u"mailbox"_s).toString(), failure.toObject().value(u"reason"_s).toString() });
    if (purge.failed.isEmpty() != (cli.exitCode == 0))
        return ServiceError(ServiceError::Code::Server, "the exit status does not match the failures");
    return purge;
}

QStringList TestDovecotMail::folders(const QString &user)
{
    QByteArray output;
    if (doveadm({ u"mailbox"_s, u"list"_s, u"-u"_s, user }, &output) != 0)
        return { u"(doveadm failed)"_s };
    QStringList names = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    names.sort();
    return names;
}

void TestDovecotMail::deliveryIsShownAsUsage()
{
    const Mailbox before = stored(mario);
    QCOMPARE(before.usedBytes, 0);
    QVERIFY(!before.usageUpdated.isValid());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);

    const QByteArray answer = deliver(mario, 700 * 1024);
    QVERIFY2(answer.startsWith("250"), answer.constData());
    // quota_clone writes after the delivery: wait for the store to have it.
    QTRY_VERIFY_WITH_TIMEOUT(stored(mario).usedBytes > 700 * 1024, 10000);
    const Mailbox after = stored(mario);
    QCOMPARE(kilobytes(after.usedBytes), dovecotUsageKb(mario));
    QVERIFY(after.usageUpdated.isValid());
    QVERIFY(after.usageUpdated >= start);
    QVERIFY(after.usageUpdated <= QDateTime::currentDateTimeUtc().addSecs(1));
    // The version is the postmaster's: a report does not make an edit stale.
    QCOMPARE(after.version, before.version);
    // The domain's total follows.
    const Result<DomainDetails> details = m_store->domainDetails(domainName);
    QVERIFY(details);
    QCOMPARE(details.value().usedBytes, after.usedBytes);
    // The other mailbox did not change.
    QCOMPARE(stored(giulia).usedBytes, 0);
}

void TestDovecotMail::fullMailboxRefusesMail()
{
    // 2 MB of quota, about 0.7 MB used: 1.7 MB more does not fit, even with the 10% that
    // Dovecot grants the last message (quota_grace).
    const qint64 usedBefore = stored(mario).usedBytes;
    QVERIFY(usedBefore > 0);
    const QByteArray answer = deliver(mario, 1700 * 1024);
    QVERIFY2(answer.startsWith("552") || answer.startsWith("452"), answer.constData());
    QVERIFY2(answer.contains("uota"), answer.constData());
    QCOMPARE(dovecotUsageKb(mario), kilobytes(usedBefore));
    // A message that fits is still accepted, and counted.
    const QByteArray small = deliver(mario, 10 * 1024);
    QVERIFY2(small.startsWith("250"), small.constData());
    QTRY_VERIFY_WITH_TIMEOUT(stored(mario).usedBytes > usedBefore + 10 * 1024, 10000);
    QCOMPARE(kilobytes(stored(mario).usedBytes), dovecotUsageKb(mario));
}

void TestDovecotMail::quotaBelowUsageWithTheRealFigure()
{
    // giulia: 10 MB of quota; 1.2 MB delivered, then her quota lowered to 1 MB.
    const QByteArray answer = deliver(giulia, 1200 * 1024);
    QVERIFY2(answer.startsWith("250"), answer.constData());
    QTRY_VERIFY_WITH_TIMEOUT(stored(giulia).usedBytes > 1200 * 1024, 10000);
    const Mailbox mailbox = stored(giulia);
    QVERIFY(rules::quotaBelowUsage(mailbox, 1));
    QVERIFY(!rules::quotaBelowUsage(mailbox, 2));
    MailboxChange change;
    change.address = giulia;
    change.version = mailbox.version;
    change.quotaMb = 1;
    const Result<Mailbox> changed = m_store->changeMailbox(change);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message()));
    QVERIFY(changed.value().usedBytes > changed.value().quotaMb * bytesPerMb);
    // Dovecot applies the new quota at once: even a small message is refused.
    const QByteArray refused = deliver(giulia, 1024);
    QVERIFY2(refused.startsWith("552") || refused.startsWith("452"), refused.constData());
}

void TestDovecotMail::disabledMailboxIsRefusedAndKeepsItsMail()
{
    QVERIFY(canLogIn(mario, u"Segreto2024ab"_s));
    const qint64 used = stored(mario).usedBytes;
    MailboxChange change;
    change.address = mario;
    change.enabled = false;
    QVERIFY(m_store->changeMailbox(change));
    QVERIFY(!canLogIn(mario, u"Segreto2024ab"_s));
    const QByteArray refused = deliver(mario, 1024);
    QVERIFY2(refused.startsWith("550"), refused.constData());

    change.enabled = true;
    QVERIFY(m_store->changeMailbox(change));
    QVERIFY(canLogIn(mario, u"Segreto2024ab"_s));
    QCOMPARE(dovecotUsageKb(mario), kilobytes(used));
    QByteArray status;
    QCOMPARE(
        doveadm({ u"-f"_s, u"tab"_s, u"mailbox"_s, u"status"_s, u"-u"_s, mario, u"messages"_s, u"INBOX"_s }, &status),
        0);
    QVERIFY2(status.split('\n').value(1).trimmed().endsWith("\t2"), status.constData());
}

void TestDovecotMail::deletionRemovesTheMail()
{
    const QString luca = u"luca.verdi@pec.test.it"_s;
    NewMailbox mailbox;
    mailbox.domain = domainName;
    mailbox.quotaMb = 5;
    mailbox.name = u"luca.verdi"_s;
    mailbox.password = u"Vecchia2024ab"_s;
    QVERIFY(m_store->createMailbox(mailbox));
    QVERIFY2(deliver(luca, 20 * 1024).startsWith("250"), "delivery");
    // A folder of his own, with a message in it.
    QCOMPARE(doveadm({ u"mailbox"_s, u"create"_s, u"-u"_s, luca, u"Archivio"_s }), 0);
    QCOMPARE(doveadm({ u"copy"_s, u"-u"_s, luca, u"Archivio"_s, u"mailbox"_s, u"INBOX"_s, u"all"_s }), 0);
    QCOMPARE(folders(luca), (QStringList { u"Archivio"_s, u"INBOX"_s }));
    QTRY_VERIFY_WITH_TIMEOUT(stored(luca).usedBytes > 40 * 1024, 10000);

    QVERIFY(m_store->deleteMailbox(luca, QString()));
    // The deletion saw that a mail server purges the store.
    QVERIFY(m_store->mailServerPurges());
    // Gone from the mail server's users: no login, no mail.
    QVERIFY(!canLogIn(luca, u"Vecchia2024ab"_s));
    QVERIFY(deliver(luca, 1024).startsWith("550"));
    // Until the mail server has removed the mail, the address cannot be made again.
    mailbox.password = u"Nuova2024abcd"_s;
    const Result<Mailbox> early = m_store->createMailbox(mailbox);
    QVERIFY(!early);
    QCOMPARE(early.error().code(), ServiceError::Code::BeingDeleted);
    QCOMPARE(early.error().field(), u"name"_s);
    QVERIFY2(early.error().message().contains(u"being deleted"_s), qPrintable(early.error().message()));

    const Result<MailPurge> purged = purge();
    QVERIFY2(purged, qPrintable(purged ? QString() : purged.error().message() + u' ' + purged.error().detail()));
    QVERIFY2(purged.value().failed.isEmpty(), qPrintable(purged.value().failed.value(0).second));
    QCOMPARE(purged.value().removed, QStringList { luca });
    // Nothing left to purge.
    const Result<MailPurge> again = purge();
    QVERIFY(again);
    QVERIFY(again.value().removed.isEmpty());

    // Made again: a new mailbox, empty, with the new password only.
    const Result<Mailbox> made = m_store->createMailbox(mailbox);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message()));
    QCOMPARE(made.value().usedBytes, 0);
    QVERIFY(made.value().mustChangePassword);
    QVERIFY(m_store->changePassword(luca, u"Nuova2024abcd"_s, u"Mia2024abcdef"_s));
    QVERIFY(canLogIn(luca, u"Mia2024abcdef"_s));
    QVERIFY(!canLogIn(luca, u"Nuova2024abcd"_s));
    QVERIFY(!canLogIn(luca, u"Vecchia2024ab"_s));
    QCOMPARE(folders(luca), QStringList { u"INBOX"_s });
    QByteArray status;
    QCOMPARE(
        doveadm({ u"-f"_s, u"tab"_s, u"mailbox"_s, u"status"_s, u"-u"_s, luca, u"messages"_s, u"INBOX"_s }, &status),
        0);
    QVERIFY2(status.split('\n').value(1).trimmed() == "INBOX\t0", status.constData());
    QCOMPARE(dovecotUsageKb(luca), 0);
}

void TestDovecotMail::mustChangePasswordKeepsTheUserOut()
{
    const QString anna = u"anna.neri@pec.test.it"_s;
    const QByteArray reason = "Change your password before the first access (ask your postmaster where).";
    NewMailbox mailbox;
    mailbox.domain = domainName;
    mailbox.quotaMb = 5;
    mailbox.name = u"anna.neri"_s;
    mailbox.password = u"Iniziale2024ab"_s;
    const Result<Mailbox> made = m_store->createMailbox(mailbox);
    QVERIFY(made);
    QVERIFY(made.value().mustChangePassword);

    // The right password: refused, with the documented reason.
    QByteArray answer = imapLogin(anna, u"Iniziale2024ab"_s);
    QCOMPARE(answer, "a NO [CONTACTADMIN] " + reason);
    QVERIFY(!canLogIn(anna, u"Iniziale2024ab"_s));
    // A wrong one learns nothing about the mailbox.
    answer = imapLogin(anna, u"Sbagliata2024ab"_s);
    QCOMPARE(answer, QByteArray("a NO [AUTHENTICATIONFAILED] Authentication failed."));
    // Mail still arrives meanwhile.
    QVERIFY2(deliver(anna, 1024).startsWith("250"), "delivery");

    // The change refuses a wrong current password, and the same password again; the flag stays.
    QByteArray output;
    QCOMPARE(changePasswordWithCli(anna, u"Sbagliata2024ab"_s, u"Mia2024abcdef"_s, &output), 1);
    QVERIFY2(output.contains("current password"), output.constData());
    QCOMPARE(changePasswordWithCli(anna, u"Iniziale2024ab"_s, u"Iniziale2024ab"_s, &output), 1);
    QVERIFY2(output.contains("different"), output.constData());
    QVERIFY(stored(anna).mustChangePassword);
    QVERIFY(imapLogin(anna, u"Iniziale2024ab"_s).contains(reason));

    // The user's change through the program: the new password logs in, the old one does not.
    QCOMPARE(changePasswordWithCli(anna, u"Iniziale2024ab"_s, u"Mia2024abcdef"_s, &output), 0);
    QVERIFY2(output.contains("changed"), output.constData());
    QVERIFY(!stored(anna).mustChangePassword);
    answer = imapLogin(anna, u"Mia2024abcdef"_s);
    QVERIFY2(answer.startsWith("a OK"), answer.constData());
    QVERIFY(canLogIn(anna, u"Mia2024abcdef"_s));
    QVERIFY(!canLogIn(anna, u"Iniziale2024ab"_s));

    // The postmaster's reset makes it a first access again; the user's change ends it again.
    const Result<Mailbox> reset = m_store->resetPassword(anna, QString(), u"Nuovissima24ab"_s);
    QVERIFY2(reset, qPrintable(reset ? QString() : reset.error().message()));
    answer = imapLogin(anna, u"Nuovissima24ab"_s);
    QVERIFY2(answer.contains(reason), answer.constData());
    QCOMPARE(changePasswordWithCli(anna, u"Nuovissima24ab"_s, u"Ancora2024abcd"_s, &output), 0);
    answer = imapLogin(anna, u"Ancora2024abcd"_s);
    QVERIFY2(answer.startsWith("a OK"), answer.constData());
}

void TestDovecotMail::softQuotaAlarmOncePerCrossing()
{
    // One domain in Italian (the default), one in English.
    Domain english;
    english.name = u"pec.test.com"_s;
    english.totalSpaceMb = 100;
    english.maxMailboxes = 10;
    english.maxMailboxQuotaMb = 50;
    english.language = u"en"_s;
    QVERIFY(m_store->addDomain(english));
    const struct
    {
        QString address;
        QByteArray subject;
        QByteArray otherSubject;
    } cases[] = {
        { u"sara.gialli@pec.test.it"_s, "Avviso: la casella ha superato la soglia di spazio",
            "Warning: the mailbox has gone past its space threshold" },
        { u"john.smith@pec.test.com"_s, "Warning: the mailbox has gone past its space threshold",
            "Avviso: la casella ha superato la soglia di spazio" },
    };
    for (const auto &mailboxCase : cases) {
        const QString address = mailboxCase.address;
        const QString name = address.section(u'@', 0, 0);
        NewMailbox mailbox;
        mailbox.domain = address.section(u'@', 1);
        mailbox.name = name;
        mailbox.quotaMb = 5;
        mailbox.softQuotaMb = 1;
        mailbox.password = u"Iniziale2024ab"_s;
        QVERIFY(m_store->createMailbox(mailbox));
        const auto alarm = [this, &name] {
            QStringList rows;
            test::runOn(m_location,
                u"SELECT COALESCE(CAST(soft_quota_alarm AS TEXT), 'never') FROM mailboxes WHERE name = '%1'"_s.arg(
                    name),
                &rows);
            return rows.value(0);
        };
        const auto warnings = [this, &address](const QByteArray &subject) {
            QByteArray output;
            if (doveadm({ u"fetch"_s, u"-u"_s, address, u"hdr.subject"_s, u"mailbox"_s, u"INBOX"_s, u"all"_s }, &output)
                != 0)
                return -1;
            return int(output.count(subject));
        };
        // The warnings Dovecot ran for the mailbox, as its log says (mail_debug).
        const auto executions = [this](const QString &user) {
            const QByteArray line = "quota: Executing warning: quota-warning ";
            int count = 0;
            for (const QByteArray &entry : readFile(m_dir.filePath(u"dovecot.log"_s)).split('\n'))
                count += entry.contains(line) && entry.contains(QByteArray(" " + user.toUtf8() + " (because")) ? 1 : 0;
            return count;
        };
        QCOMPARE(alarm(), u"never"_s);
        // Below the soft quota: no alarm.
        QVERIFY2(deliver(address, 600 * 1024).startsWith("250"), "delivery");
        QCOMPARE(warnings(mailboxCase.subject), 0);
        QCOMPARE(alarm(), u"never"_s);
        QVERIFY(stored(address).softQuotaAlarmKnown);
        QVERIFY(!stored(address).softQuotaAlarm.isValid());
        QByteArray shown;
        QCOMPARE(runCli({ u"show"_s, address }, {}, &shown), 0);
        QVERIFY2(QString::fromUtf8(shown).contains(QRegularExpression(u"Soft-quota alarm sent: +never\n"_s)),
            shown.constData());
        // Past it: Dovecot runs the alarm's script, which delivers the alarm, then records its time.
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 1000;
        QVERIFY2(deliver(address, 600 * 1024).startsWith("250"), "delivery");
        QTRY_VERIFY_WITH_TIMEOUT(alarm() != u"never"_s, 15000);
        const QString recorded = alarm();
        QVERIFY(recorded.toLongLong() >= before);
        QVERIFY(recorded.toLongLong() <= QDateTime::currentMSecsSinceEpoch() + 1000);
        QCOMPARE(warnings(mailboxCase.subject), 1);
        QCOMPARE(warnings(mailboxCase.otherSubject), 0);
        QCOMPARE(executions(address), 1);
        // The program shows it.
        QCOMPARE(stored(address).softQuotaAlarm.toMSecsSinceEpoch(), recorded.toLongLong());
        QCOMPARE(runCli({ u"--json"_s, u"show"_s, address }, {}, &shown), 0);
        QCOMPARE(QJsonDocument::fromJson(shown).object().value(u"softQuotaAlarm"_s).toString(),
            stored(address).softQuotaAlarm.toUTC().toString(Qt::ISODate));
        QCOMPARE(runCli({ u"show"_s, address }, {}, &shown), 0);
        QVERIFY2(
            QString::fromUtf8(shown).contains(QRegularExpression(u"Soft-quota alarm sent: +\\d"_s)), shown.constData());
        // More mail past it: no new alarm. The barrier is the delivery's own log line, written
        // after the commit that would have run the warning, by the same process.
        QVERIFY2(deliver(address, 300 * 1024).startsWith("250"), "delivery");
        const QByteArray saved = "msgid=<" + QByteArray::number(m_attempt) + "@example.org>: saved mail";
        QTRY_VERIFY_WITH_TIMEOUT(readFile(m_dir.filePath(u"dovecot.log"_s)).contains(saved), 10000);
        QCOMPARE(executions(address), 1);
        QCOMPARE(warnings(mailboxCase.subject), 1);
        QCOMPARE(alarm(), recorded);

        // The user deletes mail: the usage goes back below the soft quota, which ends the crossing.
        QCOMPARE(doveadm({ u"expunge"_s, u"-u"_s, address, u"mailbox"_s, u"INBOX"_s, u"subject"_s, u"prova"_s }), 0);
        QTRY_VERIFY_WITH_TIMEOUT(stored(address).usedBytes < 1024 * 1024, 10000);
        QCOMPARE(alarm(), u"never"_s);
        QVERIFY(stored(address).softQuotaAlarmKnown);
        QVERIFY(!stored(address).softQuotaAlarm.isValid());
        QCOMPARE(runCli({ u"show"_s, address }, {}, &shown), 0);
        QVERIFY2(QString::fromUtf8(shown).contains(QRegularExpression(u"Soft-quota alarm sent: +never\n"_s)),
            shown.constData());
        QCOMPARE(warnings(mailboxCase.subject), 1); // the alarm itself is kept
        // Crossed again: a second alarm lands, and its time is recorded.
        QVERIFY2(deliver(address, 600 * 1024).startsWith("250"), "delivery");
        QVERIFY2(deliver(address, 600 * 1024).startsWith("250"), "delivery");
        QTRY_VERIFY_WITH_TIMEOUT(alarm() != u"never"_s, 15000);
        QVERIFY(alarm().toLongLong() > recorded.toLongLong());
        QCOMPARE(warnings(mailboxCase.subject), 2);
        QCOMPARE(warnings(mailboxCase.otherSubject), 0);
        QCOMPARE(executions(address), 2);
        QCOMPARE(stored(address).softQuotaAlarm.toMSecsSinceEpoch(), alarm().toLongLong());
    }
}

void TestDovecotMail::mailServerRoleDoesWhatItMustAndNothingElse()
{
    if (!m_location.isPostgreSql())
        QSKIP("The mail server's own role is PostgreSQL's: a SQLite file is protected by its permissions.");
    StoreLocation asMailServer = m_location;
    asMailServer.user = m_role;
    asMailServer.password = u"CHANGE-ME"_s;
    QStringList rows;
    QVERIFY(test::runOn(
        asMailServer, u"SELECT quota_rule FROM dovecot_users WHERE \"user\" = 'giulia.bianchi@pec.test.it'"_s, &rows));
    QCOMPARE(rows, QStringList { u"*:storage=1M"_s });
    // It reports usage, which reaches the mailbox through the store's trigger.
    QVERIFY(test::runOn(
        asMailServer, u"UPDATE dovecot_quota SET bytes = 4096 WHERE username = 'giulia.bianchi@pec.test.it'"_s));
    QCOMPARE(stored(giulia).usedBytes, 4096);
    // It records a soft-quota alarm through the store's function, which does nothing else.
    QVERIFY(test::runOn(asMailServer, u"SELECT soft_quota_alarm_sent('giulia.bianchi@pec.test.it')"_s));
    rows.clear();
    QVERIFY(test::runOn(
        m_location, u"SELECT soft_quota_alarm IS NOT NULL FROM mailboxes WHERE name = 'giulia.bianchi'"_s, &rows));
    QCOMPARE(rows, QStringList { u"true"_s });
    // Nothing else: no quota, no password, no domain, no history.
    const QStringList forbidden {
        u"UPDATE mailboxes SET quota_mb = 50 WHERE name = 'giulia.bianchi'"_s,
        u"UPDATE mailboxes SET used_bytes = 1"_s,
        u"SELECT password_hash FROM mailboxes"_s,
        u"UPDATE domains SET total_space_mb = 100000"_s,
        u"DELETE FROM mailboxes"_s,
        u"INSERT INTO history (seq) VALUES (1000)"_s,
        u"DELETE FROM dovecot_quota"_s,
        u"INSERT INTO deleted_mailboxes (\"user\", deleted) VALUES ('giulia.bianchi@pec.test.it', 1)"_s,
        u"UPDATE deleted_mailboxes SET deleted = 1"_s,
        u"UPDATE mailboxes SET soft_quota_alarm = NULL"_s,
        u"UPDATE domains SET language = 'en'"_s,
    };
    for (const QString &statement : forbidden) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"permission denied"_s));
        QVERIFY2(!test::runOn(asMailServer, statement), qPrintable(statement));
    }
    QCOMPARE(stored(giulia).quotaMb, 1);
}

void TestDovecotMail::documentationQuotesTheseFiles()
{
    const QByteArray documentation = readFile(QStringLiteral(PECADMIN_DOVECOT_DOCS) + u"/../DOVECOT.md"_s);
    QVERIFY(!documentation.isEmpty());
    QStringList names { u"99-pecadmin.conf"_s, u"pecadmin-sql.conf.ext"_s, u"pecadmin-dict-sql.conf.ext"_s,
        u"pecadmin-purge.service"_s, u"pecadmin-purge.timer"_s, u"pecadmin-quota-warning"_s };
    if (m_location.isPostgreSql())
        names.append(u"grants.sql"_s);
    for (const QString &name : std::as_const(names)) {
        const QByteArray content = readFile(configFile(name));
        QVERIFY(!content.isEmpty());
        QVERIFY2(documentation.contains(QByteArray("```\n" + content + "```\n")), qPrintable(configFile(name)));
    }
}

QTEST_GUILESS_MAIN(TestDovecotMail)
#include "tst_dovecotmail.moc"
