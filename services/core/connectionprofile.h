#pragma once

#include "core/serviceerror.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pecadmin {

// A named way to reach a store or a provider's server: a SQLite file, a database on a
// PostgreSQL server, or a SCIM 2.0 server. A plain value without the secret: the password or
// token lives in the CredentialStore under secretKey(), and in memory while connected.
struct ConnectionProfile
{
    enum class Kind { SqliteFile, PostgreSql, Scim };
    enum class ScimAuth { Basic, Bearer };

    QString name;
    Kind kind = Kind::SqliteFile;

    // SqliteFile
    QString path;

    // PostgreSql
    QString host;
    int port = 5432;
    QString database;
    QString user; // also the SCIM username (Basic)
    QString sslMode = QStringLiteral("prefer"); // disable, prefer, require, verify-full

    // Scim
    QUrl baseUrl; // "https://scim.example.it/scim/v2"
    ScimAuth auth = ScimAuth::Basic;
    QString caCertificateFile; // a PEM file with a private CA to trust besides the system's
    QStringList domains; // shown where the server has no Domain resources
    QUrl webmailUrl; // where the mailboxes' users read their mail

    // Whether the password or token is kept in the system keyring.
    bool rememberSecret = true;
    // A remote connection keeps a copy of its domains in a local file for working offline
    // (Connector::replicaPath()); meaningless for a SQLite file.
    bool keepOfflineCopy = true;

    // A password or a token is needed to connect.
    bool needsSecret() const { return kind != Kind::SqliteFile; }
    // The username the secret goes with; empty for a bearer token.
    bool needsUser() const { return kind == Kind::PostgreSql || (kind == Kind::Scim && auth == ScimAuth::Basic); }
    // Several administrators work on the same data: the table is refreshed periodically.
    bool isShared() const { return kind != Kind::SqliteFile; }
    // A copy of the domains is kept for working offline.
    bool keepsOfflineCopy() const { return isShared() && keepOfflineCopy; }
    QString secretKey() const { return secretKeyFor(name); }
    static QString secretKeyFor(const QString &name) { return QStringLiteral("profile/") + name; }

    // Where it connects, for a person: a file, "postgresql://user@host:port/db", a URL.
    // Never a secret.
    QString displayLocation() const;

    static QString kindName(Kind kind); // "sqlite", "postgresql", "scim"
    static bool kindFromName(const QString &name, Kind *kind);
    static QStringList sslModeNames();

    // What is wrong with the profile, each error on its field ("name", "path", "host", "port",
    // "database", "user", "sslMode", "baseUrl", "caCertificateFile", "domains", "webmailUrl").
    QList<ServiceError> validate() const;

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};

} // namespace pecadmin
