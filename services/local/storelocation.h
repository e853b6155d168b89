#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pecadmin {

// Where a store is: a SQLite file, or a database on a PostgreSQL server that several
// administrators share. A plain value: the password is kept in memory only, goes to the
// driver and nowhere else, and no text made from a location ever holds it.
struct StoreLocation
{
    enum class Kind { SqliteFile, PostgreSql };
    // How the connection to a PostgreSQL server is protected (libpq's sslmode).
    enum class SslMode {
        Disable, // clear text
        Prefer, // TLS where the server offers it, clear text otherwise
        Require, // TLS always, the server's certificate not checked
        VerifyFull, // TLS, with the certificate checked against the trusted authorities and the host name
    };

    Kind kind = Kind::SqliteFile;
    QString path; // the SQLite file
    QString host; // a name, an address, or the folder of a Unix socket
    int port = defaultPort;
    QString database;
    QString user;
    QString password;
    SslMode sslMode = SslMode::Prefer;

    static constexpr int defaultPort = 5432;

    static StoreLocation sqliteFile(const QString &path)
    {
        StoreLocation location;
        location.path = path;
        return location;
    }

    static StoreLocation postgreSql(const QString &host, int port, const QString &database, const QString &user,
        const QString &password = {}, SslMode sslMode = SslMode::Prefer)
    {
        StoreLocation location;
        location.kind = Kind::PostgreSql;
        location.host = host;
        location.port = port;
        location.database = database;
        location.user = user;
        location.password = password;
        location.sslMode = sslMode;
        return location;
    }

    bool isPostgreSql() const { return kind == Kind::PostgreSql; }

    // What a person reads: the file, or "postgresql://user@host:port/database". Never the password.
    QString displayName() const
    {
        if (kind == Kind::SqliteFile)
            return path;
        QString shownHost = host.contains(u':') && !host.startsWith(u'/') ? u'[' + host + u']' : host;
        return QStringLiteral("postgresql://") + (user.isEmpty() ? QString() : user + u'@') + shownHost + u':'
            + QString::number(port) + u'/' + database;
    }

    static QString sslModeName(SslMode mode)
    {
        switch (mode) {
        case SslMode::Disable:
            return QStringLiteral("disable");
        case SslMode::Prefer:
            return QStringLiteral("prefer");
        case SslMode::Require:
            return QStringLiteral("require");
        case SslMode::VerifyFull:
            return QStringLiteral("verify-full");
        }
        return QStringLiteral("prefer");
    }

    static std::optional<SslMode> sslModeFromName(const QString &name)
    {
        for (SslMode mode : { SslMode::Disable, SslMode::Prefer, SslMode::Require, SslMode::VerifyFull }) {
            if (name.compare(sslModeName(mode), Qt::CaseInsensitive) == 0)
                return mode;
        }
        return std::nullopt;
    }

    static QStringList sslModeNames()
    {
        return { QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-full") };
    }
};

} // namespace pecadmin
