#pragma once

// A SCIM test server as a child process: tests/scim-server (SCIMMY on Node.js) or the second one,
// tests/scim-server-alt (express, each provider's trait chosen by option). It listens on a free
// port of 127.0.0.1, with a throwaway account of its own, and is stopped (its standard input
// closes, then it is killed if it lingers) by stop() or with this object.

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace pecadmin::test {

class ScimServerProcess
{
public:
    enum class Server {
        Scimmy, // tests/scim-server
        Alternative, // tests/scim-server-alt
    };

    // PECADMIN_TEST_SCIM_SERVER=alt in the environment makes the default the second server
    // (with SCIM_ALT_CONFIG, a whole suite runs against one provider's shape).
    explicit ScimServerProcess(Server server = defaultServer()) : m_server(server) { }
    static Server defaultServer();
    ~ScimServerProcess();
    ScimServerProcess(const ScimServerProcess &) = delete;
    ScimServerProcess &operator=(const ScimServerProcess &) = delete;

    // Starts the server with server.js's `options` ("--seed", "5", "--no-etag", …) and returns
    // once it answers HTTP; an empty answer, or why it could not start (for QFAIL). Both servers
    // have the controls below.
    QString start(const QStringList &options = {});
    // Starts the server again after stop(), on the same port with the same account (its
    // mailboxes are the seeded ones again): a server that comes back.
    QString restart(const QStringList &options = {});
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QString user() const { return QStringLiteral("admin"); }
    QString password() const { return m_password; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT, where the test controls are.
    QUrl root() const;
    // http://127.0.0.1:PORT/scim/v2, what a connection names.
    QUrl baseUrl() const;

    // A test control of the server (not SCIM), waited for: its answer's body, empty when none
    // came within 10 seconds.
    QByteArray control(
        const QByteArray &verb, const QString &path, const QJsonObject &body = {}, const QUrlQuery &query = {});
    // Changes the account's password: the sessions signed in with the old one expire.
    void changePassword(const QString &password);
    // Whether the mailbox `address` has `password`.
    bool passwordMatches(const QString &address, const QString &password);

private:
    QString launch(const QStringList &options, quint16 port, const QString &password);
    QString waitUntilListening();

    Server m_server;
    QProcess m_process;
    QString m_password;
    quint16 m_port = 0;
    quint16 m_lastPort = 0;
    QNetworkAccessManager m_network;
};

} // namespace pecadmin::test

// Starts `server` with the given arguments, or fails the test function with the reason.
#define START_SCIM_SERVER(server, ...)                                                                                 \
    do {                                                                                                               \
        const QString startError = (server).start(__VA_ARGS__);                                                        \
        if (!startError.isEmpty())                                                                                     \
            QFAIL(qPrintable(startError));                                                                             \
    } while (false)
