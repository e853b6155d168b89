#pragma once

// The SCIM test server of tests/scim-server (SCIMMY on Node.js) as a child process on
// 127.0.0.1, with a throwaway account; it ends with this object (its standard input closes).
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace pecadmin::testing {

class ScimServerProcess
{
public:
    ~ScimServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    // Starts the server; an empty answer, or why it could not start.
    QString start(const QString &serverDir, const QStringList &options = {})
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            return QStringLiteral("Node.js (node) is not on PATH: install it to run the SCIM tests.");
        if (!QFileInfo::exists(serverDir + QStringLiteral("/node_modules/scimmy")))
            return QStringLiteral("Run `npm ci --prefix tests/scim-server` first.");
        m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SCIM_TEST_USER"), user());
        environment.insert(QStringLiteral("SCIM_TEST_PASSWORD"), m_password);
        m_process.setProcessEnvironment(environment);
        m_process.setWorkingDirectory(serverDir);
        m_process.start(
            node, QStringList { QStringLiteral("server.js"), QStringLiteral("--port"), QStringLiteral("0") } + options);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("node could not be started: ") + m_process.errorString();
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
            return QStringLiteral("The SCIM test server did not start: ")
                + QString::fromUtf8(output + m_process.readAllStandardError());
        m_port = line.mid(13).toUShort();
        return {};
    }

    QString user() const { return QStringLiteral("admin"); }
    QString password() const { return m_password; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(m_port)); }

    // Changes the account's password: the sessions signed in with the old one expire.
    void changePassword(const QString &password)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/control/password").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply
            = m_network.post(request, QJsonDocument(QJsonObject { { QStringLiteral("password"), password } }).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        m_password = password;
    }

private:
    QProcess m_process;
    QString m_password;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

} // namespace pecadmin::testing
