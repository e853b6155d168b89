#include "support/scimserverprocess.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>

namespace pecadmin::test {

namespace {

constexpr int startTimeoutMs = 20000;
constexpr int controlTimeoutMs = 10000;

} // namespace

ScimServerProcess::Server ScimServerProcess::defaultServer()
{
    return qEnvironmentVariable("PECADMIN_TEST_SCIM_SERVER") == QStringLiteral("alt") ? Server::Alternative
                                                                                      : Server::Scimmy;
}

ScimServerProcess::~ScimServerProcess()
{
    stop();
}

QString ScimServerProcess::start(const QStringList &options)
{
    return launch(options, 0, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString ScimServerProcess::restart(const QStringList &options)
{
    stop();
    return launch(options, m_lastPort, m_password);
}

QString ScimServerProcess::launch(const QStringList &options, quint16 port, const QString &password)
{
    stop();
    const bool scimmy = m_server == Server::Scimmy;
    const QString serverDir
        = scimmy ? QStringLiteral(PECADMIN_SCIM_SERVER_DIR) : QStringLiteral(PECADMIN_SCIM_ALT_SERVER_DIR);
    const QStringList packages = scimmy
        ? QStringList { QStringLiteral("scimmy"), QStringLiteral("scimmy-routers") }
        : QStringList { QStringLiteral("scim-patch"), QStringLiteral("scim2-parse-filter") };
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return QStringLiteral("Node.js (node) is not on PATH: install it to run the SCIM tests.");
    for (const QString &package : packages) {
        if (!QFileInfo::exists(serverDir + QStringLiteral("/node_modules/") + package))
            return QStringLiteral("The SCIM test server's packages are missing: run `npm ci --prefix %1` first.")
                .arg(serverDir);
    }
    m_password = password;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SCIM_TEST_USER"), user());
    environment.insert(QStringLiteral("SCIM_TEST_PASSWORD"), m_password);
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(serverDir);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Port 0: the system picks a free one, which the server prints.
    m_process.start(
        node, QStringList { QStringLiteral("server.js"), QStringLiteral("--port"), QString::number(port) } + options);
    if (!m_process.waitForStarted(startTimeoutMs))
        return QStringLiteral("node could not be started: ") + m_process.errorString();
    const QString failure = waitUntilListening();
    if (!failure.isEmpty())
        stop();
    return failure;
}

QString ScimServerProcess::waitUntilListening()
{
    const QDeadlineTimer deadline(startTimeoutMs);
    QByteArray output;
    while (!output.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
            break;
        output += m_process.readAllStandardOutput();
    }
    const QByteArray line = output.trimmed();
    if (!line.startsWith("listening on "))
        return QStringLiteral("The SCIM test server did not start: ")
            + QString::fromUtf8(output + m_process.readAllStandardError());
    m_port = line.mid(13).toUShort();
    if (m_port == 0)
        return QStringLiteral("The SCIM test server named no port: ") + QString::fromUtf8(line);

    // It says it listens; it is ready once it answers a request.
    QUrlQuery probe;
    probe.addQueryItem(QStringLiteral("userName"), QStringLiteral("nobody@pec.example.it"));
    probe.addQueryItem(QStringLiteral("password"), QStringLiteral("-"));
    const QJsonObject answer = QJsonDocument::fromJson(control("GET", QStringLiteral("check"), {}, probe)).object();
    if (!answer.contains(QStringLiteral("matches")))
        return QStringLiteral("The SCIM test server on port %1 does not answer: ").arg(m_port)
            + QString::fromUtf8(m_process.readAllStandardError());
    return {};
}

void ScimServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the server ends when its standard input does
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    if (m_port != 0)
        m_lastPort = m_port;
    m_port = 0;
}

QUrl ScimServerProcess::root() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl ScimServerProcess::baseUrl() const
{
    return QUrl(root().toString() + QStringLiteral("/scim/v2"));
}

QByteArray ScimServerProcess::control(
    const QByteArray &verb, const QString &path, const QJsonObject &body, const QUrlQuery &query)
{
    QUrl url = root();
    url.setPath(QStringLiteral("/control/") + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(controlTimeoutMs);
    const QByteArray answer = reply->isFinished() ? reply->readAll() : QByteArray();
    reply->abort();
    reply->deleteLater();
    return answer;
}

void ScimServerProcess::changePassword(const QString &password)
{
    control("POST", QStringLiteral("password"), QJsonObject { { QStringLiteral("password"), password } });
    m_password = password;
}

bool ScimServerProcess::passwordMatches(const QString &address, const QString &password)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userName"), address);
    query.addQueryItem(QStringLiteral("password"), password);
    return QJsonDocument::fromJson(control("GET", QStringLiteral("check"), {}, query))
        .object()
        .value(QStringLiteral("matches"))
        .toBool();
}

} // namespace pecadmin::test
