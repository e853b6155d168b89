// ScimMailboxService against a real SCIM server: tests/scim-server (SCIMMY on Node.js),
// started here on 127.0.0.1 for each test.
#include "scim/scimmailboxservice.h"
#include "scimtestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using Code = ServiceError::Code;

namespace {

const QString serverDir = QStringLiteral(PECADMIN_SCIM_SERVER_DIR);

// The Node.js server as a child process; it ends with this object (its standard input closes).
class ScimServer
{
public:
    ~ScimServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    QString start(const QStringList &options)
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty())
            return u"Node.js (node) is not on PATH: install it to run the SCIM integration tests."_s;
        if (!QFileInfo::exists(serverDir + u"/node_modules/scimmy"_s)
            || !QFileInfo::exists(serverDir + u"/node_modules/scimmy-routers"_s))
            return u"The SCIM test server's packages are missing: run `npm ci --prefix tests/scim-server` "
                   "from the source folder first."_s;
        m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SCIM_TEST_USER"_s, user());
        environment.insert(u"SCIM_TEST_PASSWORD"_s, m_password);
        m_process.setProcessEnvironment(environment);
        m_process.setWorkingDirectory(serverDir);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(node, QStringList { u"server.js"_s, u"--port"_s, u"0"_s } + options);
        if (!m_process.waitForStarted(10000))
            return u"node could not be started: "_s + m_process.errorString();
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        while (!output.contains('\n') && timer.elapsed() < 20000) {
            if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
                break;
            output += m_process.readAllStandardOutput();
        }
        const QByteArray line = output.trimmed();
        if (!line.startsWith("listening on "))
            return u"The SCIM test server did not start: "_s
                + QString::fromUtf8(output + m_process.readAllStandardError());
        m_port = line.mid(13).toUShort();
        return {};
    }

    QString user() const { return u"admin"_s; }
    QString password() const { return m_password; }
    QUrl root() const { return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port)); }
    QUrl baseUrl() const { return QUrl(root().toString() + u"/scim/v2"_s); }

    ScimConnection connection(const QStringList &domains = {}) const
    {
        ScimConnection connection;
        connection.baseUrl = baseUrl();
        connection.username = user();
        connection.secret = m_password;
        connection.domains = domains;
        connection.timeoutMs = 20000;
        return connection;
    }

    // The server's test controls (not SCIM), waited for.
    QByteArray control(
        const QByteArray &verb, const QString &path, const QJsonObject &body = {}, const QUrlQuery &query = {})
    {
        QUrl url = root();
        url.setPath(u"/control/"_s + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    bool passwordMatches(const QString &address, const QString &password)
    {
        QUrlQuery query;
        query.addQueryItem(u"userName"_s, address);
        query.addQueryItem(u"password"_s, password);
        return QJsonDocument::fromJson(control("GET", u"check"_s, {}, query)).object().value(u"matches"_s).toBool();
    }

private:
    QProcess m_process;
    QString m_password;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

NewMailbox newMailbox(const QString &name, qint64 quotaMb = 512, const QString &domain = u"pec.example.it"_s)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = domain;
    mailbox.password = u"Segreto1234"_s;
    mailbox.quotaMb = quotaMb;
    return mailbox;
}

} // namespace

#define START_SERVER(server, ...)                                                                                      \
    do {                                                                                                               \
        const QString startError = (server).start(__VA_ARGS__);                                                        \
        if (!startError.isEmpty())                                                                                     \
            QFAIL(qPrintable(startError));                                                                             \
    } while (false)

class TestScimMailboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryWithDomainResource()
    {
        ScimServer server;
        START_SERVER(server, {});
        ScimMailboxService service(server.connection());
        QVERIFY(!service.isConnected());
        const Outcome connected = awaitResult(service.connectToServer());
        SCIM_VERIFY_OK(connected);
        QVERIFY(service.isConnected());
        QVERIFY(service.serverCapabilities().filter);
        QVERIFY(service.serverCapabilities().patch);
        QVERIFY(service.serverCapabilities().sort);
        QVERIFY(service.serverCapabilities().etag);
        QVERIFY(!service.serverCapabilities().bulk);
        QCOMPARE(service.serverCapabilities().maxResults, 200);
        QVERIFY(service.hasDomainResource());
        QVERIFY(service.capabilities().sortsWholeList);
        QVERIFY(!service.capabilities().addsDomains);
        QCOMPARE(service.location(), server.baseUrl().toString());

        const Result<QList<Domain>> domains = awaitResult(service.domains());
        SCIM_VERIFY_OK(domains);
        QCOMPARE(domains.value().size(), 2);
        QCOMPARE(domains.value().at(0).name, u"pec.example.it"_s);
        QCOMPARE(domains.value().at(0).maxMailboxes, 2000);
        QCOMPARE(domains.value().at(0).passwordPolicy, PasswordPolicy::poste());
        QCOMPARE(domains.value().at(1).name, u"studio.example.it"_s);
        QVERIFY(!domains.value().at(1).archivingAvailable);

        const Result<DomainDetails> details = awaitResult(service.domainDetails(u"pec.example.it"_s));
        SCIM_VERIFY_OK(details);
        QVERIFY(details.value().limitsKnown);
        QCOMPARE(details.value().domain.totalSpaceMb, 51200);
        QCOMPARE(details.value().domain.maxMailboxQuotaMb, 1024);
        QCOMPARE(details.value().mailboxCount, 1); // the postmaster
        QCOMPARE(details.value().allocatedMb, 100);

        const Result<DomainDetails> unknown = awaitResult(service.domainDetails(u"altro.example.it"_s));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), Code::NotFound);

        QCOMPARE(awaitResult(service.addDomain(Domain {})).error().code(), Code::Unsupported);
        QCOMPARE(awaitResult(service.addDemoDomain()).error().code(), Code::Unsupported);
    }

    void discoveryWithoutDomainResource()
    {
        ScimServer server;
        START_SERVER(server, { u"--no-domains"_s, u"--seed"_s, u"25"_s });
        ScimMailboxService service(server.connection({ u"PEC.example.it"_s }));
        SCIM_VERIFY_OK(awaitResult(service.connectToServer()));
        QVERIFY(!service.hasDomainResource());

        const Result<QList<Domain>> domains = awaitResult(service.domains());
        SCIM_VERIFY_OK(domains);
        QCOMPARE(domains.value().size(), 1);
        QCOMPARE(domains.value().at(0).name, u"pec.example.it"_s);

        // The count comes from a count=0 query; the limits are unknown and said so.
        const Result<DomainDetails> details = awaitResult(service.domainDetails(u"pec.example.it"_s));
        SCIM_VERIFY_OK(details);
        QVERIFY(!details.value().limitsKnown);
        QCOMPARE(details.value().mailboxCount, 26);
        QCOMPARE(details.value().domain.maxMailboxes, 0);
        QCOMPARE(details.value().domain.totalSpaceMb, 0);
        // Not a domain of the profile.
        QCOMPARE(awaitResult(service.domainDetails(u"studio.example.it"_s)).error().code(), Code::NotFound);

        // The server still says what a mailbox can be; creation works without known limits.
        const Result<Mailbox> created = awaitResult(service.createMailbox(newMailbox(u"anna.verdi"_s)));
        SCIM_VERIFY_OK(created);
        QCOMPARE(awaitResult(service.domainDetails(u"pec.example.it"_s)).value().mailboxCount, 27);
    }

    void everyOperation()
    {
        ScimServer server;
        START_SERVER(server, {});
        ScimMailboxService service(server.connection());
        // No explicit connectToServer(): the first operation connects.

        NewMailbox input = newMailbox(u"Mario.Rossi"_s, 512);
        input.softQuotaMb = 400;
        input.archiving = true;
        const Result<Mailbox> created = awaitResult(service.createMailbox(input));
        SCIM_VERIFY_OK(created);
        const Mailbox &mario = created.value();
        QCOMPARE(mario.address(), u"mario.rossi@pec.example.it"_s);
        QVERIFY(mario.enabled);
        QCOMPARE(mario.quotaMb, 512);
        QCOMPARE(mario.softQuotaMb, 400);
        QVERIFY(mario.archiving);
        QVERIFY(mario.mustChangePassword);
        QVERIFY(!mario.version.isEmpty());
        QVERIFY(mario.created.isValid());
        QVERIFY(server.passwordMatches(mario.address(), u"Segreto1234"_s));
        SCIM_VERIFY_OK(awaitResult(service.createMailbox(newMailbox(u"giulia.bianchi"_s, 256))));
        SCIM_VERIFY_OK(awaitResult(service.createMailbox(newMailbox(u"marco.romano"_s, 256))));

        // list: every mailbox of the domain, the postmaster too, by address
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        Result<MailboxPage> page = awaitResult(service.mailboxes(query));
        SCIM_VERIFY_OK(page);
        QStringList names;
        for (const Mailbox &mailbox : page.value().mailboxes)
            names.append(mailbox.name);
        QCOMPARE(names, (QStringList { u"giulia.bianchi"_s, u"marco.romano"_s, u"mario.rossi"_s, u"postmaster"_s }));
        QVERIFY(!page.value().hasMore);

        // search
        query.filter = u"ROSSI"_s;
        page = awaitResult(service.mailboxes(query));
        SCIM_VERIFY_OK(page);
        QCOMPARE(page.value().mailboxes.size(), 1);
        QCOMPARE(page.value().mailboxes.at(0).name, u"mario.rossi"_s);
        query.filter = u"mar"_s;
        query.sortOrder = Qt::DescendingOrder;
        page = awaitResult(service.mailboxes(query));
        SCIM_VERIFY_OK(page);
        QCOMPARE(page.value().mailboxes.size(), 2);
        QCOMPARE(page.value().mailboxes.at(0).name, u"mario.rossi"_s);

        // show
        Result<Mailbox> shown = awaitResult(service.mailbox(u"Mario.Rossi@pec.example.it"_s));
        SCIM_VERIFY_OK(shown);
        QCOMPARE(shown.value().version, mario.version);
        QCOMPARE(awaitResult(service.mailbox(u"nessuno@pec.example.it"_s)).error().code(), Code::NotFound);

        // disable, enable
        MailboxChange change;
        change.address = mario.address();
        change.version = mario.version;
        change.enabled = false;
        Result<Mailbox> changed = awaitResult(service.changeMailbox(change));
        SCIM_VERIFY_OK(changed);
        QVERIFY(!changed.value().enabled);
        QVERIFY(changed.value().version != mario.version);
        change = MailboxChange { mario.address(), changed.value().version, true, {}, {}, {} };
        changed = awaitResult(service.changeMailbox(change));
        SCIM_VERIFY_OK(changed);
        QVERIFY(changed.value().enabled);

        // quota, soft quota, archiving
        change = MailboxChange { mario.address(), changed.value().version, {}, 700, {}, {} };
        changed = awaitResult(service.changeMailbox(change));
        SCIM_VERIFY_OK(changed);
        QCOMPARE(changed.value().quotaMb, 700);
        change = MailboxChange { mario.address(), changed.value().version, {}, {}, 300, {} };
        changed = awaitResult(service.changeMailbox(change));
        SCIM_VERIFY_OK(changed);
        QCOMPARE(changed.value().softQuotaMb, 300);
        change = MailboxChange { mario.address(), changed.value().version, {}, {}, {}, false };
        changed = awaitResult(service.changeMailbox(change));
        SCIM_VERIFY_OK(changed);
        QVERIFY(!changed.value().archiving);
        QCOMPARE(changed.value().quotaMb, 700);
        QCOMPARE(changed.value().softQuotaMb, 300);

        // the domain's totals follow
        const Result<DomainDetails> details = awaitResult(service.domainDetails(u"pec.example.it"_s));
        SCIM_VERIFY_OK(details);
        QCOMPARE(details.value().mailboxCount, 4);
        QCOMPARE(details.value().allocatedMb, 100 + 700 + 256 + 256);

        // password reset: the server has the new password and the user must change it
        Result<Mailbox> reset
            = awaitResult(service.resetPassword(mario.address(), changed.value().version, u"Nuova12345"_s));
        SCIM_VERIFY_OK(reset);
        QVERIFY(reset.value().mustChangePassword);
        QVERIFY(reset.value().version != changed.value().version);
        QVERIFY(server.passwordMatches(mario.address(), u"Nuova12345"_s));
        QVERIFY(!server.passwordMatches(mario.address(), u"Segreto1234"_s));
        // refused by the domain's policy (Poste: letters and digits only) before anything is sent
        const Result<Mailbox> weak = awaitResult(service.resetPassword(mario.address(), {}, u"corta"_s));
        QCOMPARE(weak.error().code(), Code::Validation);
        QVERIFY(server.passwordMatches(mario.address(), u"Nuova12345"_s));

        // delete
        const Outcome deleted = awaitResult(service.deleteMailbox(mario.address(), reset.value().version));
        SCIM_VERIFY_OK(deleted);
        QCOMPARE(awaitResult(service.mailbox(mario.address())).error().code(), Code::NotFound);
        QCOMPARE(awaitResult(service.deleteMailbox(mario.address(), {})).error().code(), Code::NotFound);
    }

    void rulesAreAppliedBeforeSending()
    {
        ScimServer server;
        START_SERVER(server, {});
        ScimMailboxService service(server.connection());
        SCIM_VERIFY_OK(awaitResult(service.connectToServer()));
        const QString postmaster = u"postmaster@pec.example.it"_s;
        const Result<Mailbox> current = awaitResult(service.mailbox(postmaster));
        SCIM_VERIFY_OK(current);

        MailboxChange disable { postmaster, current.value().version, false, {}, {}, {} };
        QCOMPARE(awaitResult(service.changeMailbox(disable)).error().code(), Code::Protected);
        QCOMPARE(awaitResult(service.resetPassword(postmaster, {}, u"Segreto1234"_s)).error().code(), Code::Protected);
        QCOMPARE(awaitResult(service.deleteMailbox(postmaster, {})).error().code(), Code::Protected);
        QCOMPARE(awaitResult(service.createMailbox(newMailbox(u"postmaster"_s))).error().code(), Code::AlreadyExists);
        // Nothing changed on the server.
        const Result<Mailbox> after = awaitResult(service.mailbox(postmaster));
        QCOMPARE(after.value().version, current.value().version);
        QVERIFY(after.value().enabled);

        // The domain's limits, as the Domain resource states them.
        QCOMPARE(awaitResult(service.createMailbox(newMailbox(u"grande"_s, 2048))).error().code(), Code::Validation);
        NewMailbox soft = newMailbox(u"soglia"_s, 100);
        soft.softQuotaMb = 200;
        QCOMPARE(awaitResult(service.createMailbox(soft)).error().code(), Code::Validation);
        NewMailbox archived = newMailbox(u"archivio"_s, 100, u"studio.example.it"_s);
        archived.password = u"Segreto1234!"_s;
        archived.archiving = true;
        QCOMPARE(awaitResult(service.createMailbox(archived)).error().code(), Code::Validation);
        NewMailbox badName = newMailbox(u"mario rossi"_s);
        QCOMPARE(awaitResult(service.createMailbox(badName)).error().code(), Code::Validation);
        // studio.example.it holds at most 5 mailboxes, the postmaster one of them.
        for (int i = 1; i <= 4; ++i) {
            NewMailbox mailbox = newMailbox(u"socio"_s + QString::number(i), 100, u"studio.example.it"_s);
            mailbox.password = u"Segreto1234!"_s;
            SCIM_VERIFY_OK(awaitResult(service.createMailbox(mailbox)));
        }
        NewMailbox sixth = newMailbox(u"socio5"_s, 100, u"studio.example.it"_s);
        sixth.password = u"Segreto1234!"_s;
        QCOMPARE(awaitResult(service.createMailbox(sixth)).error().code(), Code::MailboxLimitReached);
    }

    void duplicateCreate()
    {
        ScimServer server;
        START_SERVER(server, {});
        ScimMailboxService service(server.connection());
        SCIM_VERIFY_OK(awaitResult(service.createMailbox(newMailbox(u"mario.rossi"_s))));
        const Result<Mailbox> again = awaitResult(service.createMailbox(newMailbox(u"MARIO.ROSSI"_s)));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), Code::AlreadyExists);
        QVERIFY(again.error().detail().contains(u"409"_s));
    }

    void conflictingUpdate()
    {
        ScimServer server;
        START_SERVER(server, {});
        ScimMailboxService mine(server.connection());
        ScimMailboxService theirs(server.connection());
        const Result<Mailbox> created = awaitResult(mine.createMailbox(newMailbox(u"luca.ferrari"_s, 256)));
        SCIM_VERIFY_OK(created);
        const Mailbox seen = created.value();

        // Someone else changes the quota meanwhile.
        const Result<Mailbox> theirChange
            = awaitResult(theirs.changeMailbox(MailboxChange { seen.address(), seen.version, {}, 900, {}, {} }));
        SCIM_VERIFY_OK(theirChange);

        // A change from the stale view is refused, not applied.
        const Result<Mailbox> stale
            = awaitResult(mine.changeMailbox(MailboxChange { seen.address(), seen.version, false, 128, {}, {} }));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code(), Code::Conflict);
        QVERIFY(stale.error().message().contains(u"changed by someone else meanwhile"_s));
        QCOMPARE(awaitResult(mine.deleteMailbox(seen.address(), seen.version)).error().code(), Code::Conflict);
        QCOMPARE(awaitResult(mine.resetPassword(seen.address(), seen.version, u"Nuova12345"_s)).error().code(),
            Code::Conflict);

        // The fresh values can be read, and a change from them goes through.
        const Result<Mailbox> fresh = awaitResult(mine.mailbox(seen.address()));
        SCIM_VERIFY_OK(fresh);
        QCOMPARE(fresh.value().quotaMb, 900);
        QVERIFY(fresh.value().enabled);
        QCOMPARE(fresh.value().version, theirChange.value().version);
        const Result<Mailbox> retried = awaitResult(
            mine.changeMailbox(MailboxChange { seen.address(), fresh.value().version, false, {}, {}, {} }));
        SCIM_VERIFY_OK(retried);
        QVERIFY(!retried.value().enabled);
    }

    void pagingOverAThousandMailboxes()
    {
        ScimServer server;
        START_SERVER(server, { u"--seed"_s, u"1000"_s });
        ScimMailboxService service(server.connection());
        SCIM_VERIFY_OK(awaitResult(service.connectToServer()));

        // By address, 150 at a time, each page after the last one of the previous page: the
        // server's maxResults (200) is above that, so every page is full.
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        query.limit = 150;
        QStringList all;
        int pages = 0;
        for (;;) {
            const Result<MailboxPage> page = awaitResult(service.mailboxes(query));
            SCIM_VERIFY_OK(page);
            ++pages;
            for (const Mailbox &mailbox : page.value().mailboxes)
                all.append(mailbox.name);
            if (!page.value().hasMore)
                break;
            QCOMPARE(page.value().mailboxes.size(), 150);
            query.after = page.value().mailboxes.constLast();
            QVERIFY(pages < 20);
        }
        QCOMPARE(pages, 7);
        QCOMPARE(all.size(), 1001);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 1001);
        QStringList sorted = all;
        sorted.sort();
        QCOMPARE(all, sorted);
        QCOMPARE(all.constFirst(), u"postmaster"_s);
        QCOMPARE(all.constLast(), u"user1000"_s);

        // More than the server gives at once: pages of its maxResults.
        query.after.reset();
        query.limit = 500;
        const Result<MailboxPage> capped = awaitResult(service.mailboxes(query));
        SCIM_VERIFY_OK(capped);
        QCOMPARE(capped.value().mailboxes.size(), 200);
        QVERIFY(capped.value().hasMore);

        // By quota, largest first, sorted by the server across pages.
        query = MailboxQuery {};
        query.domain = u"pec.example.it"_s;
        query.sortColumn = MailboxColumn::Quota;
        query.sortOrder = Qt::DescendingOrder;
        query.limit = 200;
        QList<qint64> quotas;
        for (;;) {
            const Result<MailboxPage> page = awaitResult(service.mailboxes(query));
            SCIM_VERIFY_OK(page);
            for (const Mailbox &mailbox : page.value().mailboxes)
                quotas.append(mailbox.quotaMb);
            if (!page.value().hasMore)
                break;
            query.after = page.value().mailboxes.constLast();
        }
        QCOMPARE(quotas.size(), 1001);
        QVERIFY(std::is_sorted(quotas.crbegin(), quotas.crend()));
        QCOMPARE(quotas.constFirst(), 100); // the postmaster's
        QCOMPARE(quotas.constLast(), 10);

        // A filter: user0900 … user0999 by name, the postmaster excluded.
        query = MailboxQuery {};
        query.domain = u"pec.example.it"_s;
        query.filter = u"user09"_s;
        query.limit = 60;
        QStringList filtered;
        for (;;) {
            const Result<MailboxPage> page = awaitResult(service.mailboxes(query));
            SCIM_VERIFY_OK(page);
            for (const Mailbox &mailbox : page.value().mailboxes)
                filtered.append(mailbox.name);
            if (!page.value().hasMore)
                break;
            query.after = page.value().mailboxes.constLast();
        }
        QCOMPARE(filtered.size(), 100);
        QCOMPARE(filtered.constFirst(), u"user0900"_s);
        QCOMPARE(filtered.constLast(), u"user0999"_s);

        // A mailbox added before the next page meanwhile does not repeat the last row.
        query = MailboxQuery {};
        query.domain = u"pec.example.it"_s;
        query.limit = 100;
        const Result<MailboxPage> first = awaitResult(service.mailboxes(query));
        SCIM_VERIFY_OK(first);
        SCIM_VERIFY_OK(awaitResult(service.createMailbox(newMailbox(u"aaa.nuovo"_s, 10))));
        query.after = first.value().mailboxes.constLast();
        const Result<MailboxPage> second = awaitResult(service.mailboxes(query));
        SCIM_VERIFY_OK(second);
        QVERIFY(second.value().mailboxes.constFirst().name > first.value().mailboxes.constLast().name);
    }

    void sortsLocallyWhereTheServerCannot()
    {
        ScimServer server;
        START_SERVER(server, { u"--no-sort"_s, u"--seed"_s, u"30"_s });
        ScimMailboxService service(server.connection());
        SCIM_VERIFY_OK(awaitResult(service.connectToServer()));
        QVERIFY(!service.serverCapabilities().sort);
        QVERIFY(!service.capabilities().sortsWholeList);
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        query.sortColumn = MailboxColumn::Quota;
        query.sortOrder = Qt::DescendingOrder;
        query.limit = 100;
        const Result<MailboxPage> page = awaitResult(service.mailboxes(query));
        SCIM_VERIFY_OK(page);
        QCOMPARE(page.value().mailboxes.size(), 31);
        QList<qint64> quotas;
        for (const Mailbox &mailbox : page.value().mailboxes)
            quotas.append(mailbox.quotaMb);
        QVERIFY(std::is_sorted(quotas.crbegin(), quotas.crend()));
    }

    void withoutEtagNoIfMatch()
    {
        ScimServer server;
        START_SERVER(server, { u"--no-etag"_s });
        ScimMailboxService service(server.connection());
        const Result<Mailbox> created = awaitResult(service.createMailbox(newMailbox(u"sara.marino"_s)));
        SCIM_VERIFY_OK(created);
        QVERIFY(!service.serverCapabilities().etag);
        QVERIFY(created.value().version.isEmpty());
        const Result<Mailbox> changed
            = awaitResult(service.changeMailbox(MailboxChange { created.value().address(), {}, {}, 300, {}, {} }));
        SCIM_VERIFY_OK(changed);
        QCOMPARE(changed.value().quotaMb, 300);
        SCIM_VERIFY_OK(awaitResult(service.deleteMailbox(created.value().address(), {})));
    }

    void wrongCredentials()
    {
        ScimServer server;
        START_SERVER(server, {});
        ScimConnection connection = server.connection();
        connection.secret = u"not-the-password"_s;
        ScimMailboxService service(connection);
        QSignalSpy expired(&service, &ScimMailboxService::sessionExpired);
        const Outcome connected = awaitResult(service.connectToServer());
        QVERIFY(!connected.ok());
        QCOMPARE(connected.error().code(), Code::AuthenticationRequired);
        QCOMPARE(expired.count(), 0);
        QVERIFY(!connected.error().detail().contains(u"not-the-password"_s));

        service.setCredentials(server.user(), server.password());
        SCIM_VERIFY_OK(awaitResult(service.connectToServer()));
    }

    void sessionExpiresAndResumes()
    {
        ScimServer server;
        START_SERVER(server, {});
        ScimMailboxService service(server.connection());
        QSignalSpy expired(&service, &ScimMailboxService::sessionExpired);
        SCIM_VERIFY_OK(awaitResult(service.connectToServer()));

        // The server stops accepting the credentials: the session has expired.
        server.control("POST", u"password"_s, QJsonObject { { u"password"_s, u"rotated-secret"_s } });
        const Result<Mailbox> interrupted = awaitResult(service.createMailbox(newMailbox(u"elena.conti"_s)));
        QVERIFY(!interrupted.ok());
        QCOMPARE(interrupted.error().code(), Code::SessionExpired);
        QCOMPARE(expired.count(), 1);

        // A wrong password is refused by the check of reauthenticate(), which asks the server.
        const Outcome wrong = awaitResult(service.reauthenticate(server.user(), u"still-wrong"_s));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code(), Code::AuthenticationRequired);

        // Signed in again, the interrupted operation is retried and succeeds.
        SCIM_VERIFY_OK(awaitResult(service.reauthenticate(server.user(), u"rotated-secret"_s)));
        const Result<Mailbox> retried = awaitResult(service.createMailbox(newMailbox(u"elena.conti"_s)));
        SCIM_VERIFY_OK(retried);
        QCOMPARE(expired.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScimMailboxService)
#include "tst_scimmailboxservice.moc"
