#include "connectionprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pecadmin {

using Code = ServiceError::Code;

QString ConnectionProfile::displayLocation() const
{
    switch (kind) {
    case Kind::SqliteFile:
        return path;
    case Kind::PostgreSql: {
        const QString shownHost = host.contains(u':') && !host.startsWith(u'/') ? u'[' + host + u']' : host;
        return QStringLiteral("postgresql://") + (user.isEmpty() ? QString() : user + u'@') + shownHost + u':'
            + QString::number(port) + u'/' + database;
    }
    case Kind::Scim:
        return baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    }
    return {};
}

QString ConnectionProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SqliteFile:
        return QStringLiteral("sqlite");
    case Kind::PostgreSql:
        return QStringLiteral("postgresql");
    case Kind::Scim:
        return QStringLiteral("scim");
    }
    return QStringLiteral("sqlite");
}

bool ConnectionProfile::kindFromName(const QString &name, Kind *kind)
{
    for (Kind candidate : { Kind::SqliteFile, Kind::PostgreSql, Kind::Scim }) {
        if (kindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QStringList ConnectionProfile::sslModeNames()
{
    return { QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
        QStringLiteral("verify-full") };
}

QList<ServiceError> ConnectionProfile::validate() const
{
    QList<ServiceError> errors;
    auto refuse = [&errors](const QString &field, const char *text, const QStringList &arguments = {}) {
        errors.append(ServiceError(Code::Validation, text, arguments).onField(field));
    };
    if (name.trimmed().isEmpty())
        refuse(QStringLiteral("name"), QT_TRANSLATE_NOOP("ServiceError", "Give the connection a name."));
    else if (name != name.trimmed() || name.contains(u'/') || name.contains(u'\\'))
        refuse(QStringLiteral("name"),
            QT_TRANSLATE_NOOP("ServiceError", "A name cannot start or end with a space, nor hold / or \\."));

    switch (kind) {
    case Kind::SqliteFile:
        if (path.trimmed().isEmpty())
            refuse(QStringLiteral("path"), QT_TRANSLATE_NOOP("ServiceError", "Choose the store's file."));
        break;
    case Kind::PostgreSql:
        if (host.trimmed().isEmpty())
            refuse(QStringLiteral("host"), QT_TRANSLATE_NOOP("ServiceError", "Give the server's name or address."));
        if (port < 1 || port > 65535)
            refuse(QStringLiteral("port"), QT_TRANSLATE_NOOP("ServiceError", "A port is a number from 1 to 65535."));
        if (database.trimmed().isEmpty())
            refuse(QStringLiteral("database"), QT_TRANSLATE_NOOP("ServiceError", "Give the database's name."));
        if (user.trimmed().isEmpty())
            refuse(QStringLiteral("user"), QT_TRANSLATE_NOOP("ServiceError", "Give the database user."));
        if (!sslModeNames().contains(sslMode))
            refuse(QStringLiteral("sslMode"),
                QT_TRANSLATE_NOOP("ServiceError", "Choose how the connection is protected."));
        break;
    case Kind::Scim: {
        const QString scheme = baseUrl.scheme();
        if (baseUrl.isEmpty())
            refuse(
                QStringLiteral("baseUrl"), QT_TRANSLATE_NOOP("ServiceError", "Give the address of the SCIM server."));
        else if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
            refuse(QStringLiteral("baseUrl"),
                QT_TRANSLATE_NOOP("ServiceError", "The address must start with https:// and name a server."));
        else if (!baseUrl.userInfo().isEmpty())
            refuse(QStringLiteral("baseUrl"),
                QT_TRANSLATE_NOOP("ServiceError", "Put the username in its own field, not in the address."));
        if (auth == ScimAuth::Basic && user.trimmed().isEmpty())
            refuse(QStringLiteral("user"), QT_TRANSLATE_NOOP("ServiceError", "Give the username to sign in with."));
        static const QRegularExpression domainPattern(
            QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"));
        for (const QString &domain : domains) {
            if (!domainPattern.match(domain).hasMatch()) {
                refuse(QStringLiteral("domains"), QT_TRANSLATE_NOOP("ServiceError", "%1 is not a domain name."),
                    { domain });
                break;
            }
        }
        if (!webmailUrl.isEmpty()
            && (!webmailUrl.isValid() || webmailUrl.host().isEmpty()
                || (webmailUrl.scheme() != u"https" && webmailUrl.scheme() != u"http")))
            refuse(QStringLiteral("webmailUrl"),
                QT_TRANSLATE_NOOP("ServiceError", "The webmail address must start with https://."));
        break;
    }
    }
    return errors;
}

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    return name == other.name && kind == other.kind && path == other.path && host == other.host && port == other.port
        && database == other.database && user == other.user && sslMode == other.sslMode && baseUrl == other.baseUrl
        && auth == other.auth && caCertificateFile == other.caCertificateFile && domains == other.domains
        && webmailUrl == other.webmailUrl && rememberSecret == other.rememberSecret
        && keepOfflineCopy == other.keepOfflineCopy;
}

} // namespace pecadmin
