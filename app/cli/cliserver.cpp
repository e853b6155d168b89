// The part of CliConnection that reaches servers, saved connections, their copies and the
// system keyring: linked by the full program only (app/cli/CMakeLists.txt).
#include "cliconnection.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "core/awaitresult.h"
#include "keyring/keyringcredentialstore.h"
#include "passwordreader.h"

#include <QCoreApplication>
#include <QSettings>

#include <optional>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

const char *const serverContext = "ServerOptions";

QString translated(const char *text)
{
    return QCoreApplication::translate(serverContext, text);
}

// A usage error: `usage` says why; the error returned only marks it.
ServiceError usageError(QString *usage, const QString &text)
{
    *usage = text;
    return ServiceError(ServiceError::Code::Validation, "");
}

// The server of the --pg-* options as a connection, with the password of PECADMIN_PASSWORD or
// of standard input in `password`.
std::optional<ConnectionProfile> serverProfile(
    const Command::ConnectionOptions &options, QString *password, QString *error)
{
    const auto refused = [error](const QString &text) {
        *error = text;
        return std::nullopt;
    };
    if (options.pgHost.isEmpty() || options.pgDatabase.isEmpty() || options.pgUser.isEmpty())
        return refused(translated(QT_TRANSLATE_NOOP(
            "ServerOptions", "A store on a PostgreSQL server needs --pg-host, --pg-database and --pg-user.")));
    ConnectionProfile profile;
    profile.name = u"postgresql"_s;
    profile.kind = ConnectionProfile::Kind::PostgreSql;
    profile.host = options.pgHost;
    profile.database = options.pgDatabase;
    profile.user = options.pgUser;
    if (!options.pgPort.isEmpty()) {
        bool ok = false;
        profile.port = options.pgPort.toInt(&ok);
        if (!ok || profile.port < 1 || profile.port > 65535)
            return refused(translated(QT_TRANSLATE_NOOP("ServerOptions", "“%1” is not a port number (1 to 65535)."))
                               .arg(options.pgPort));
    }
    if (!options.pgSslMode.isEmpty()) {
        if (!ConnectionProfile::sslModeNames().contains(options.pgSslMode))
            return refused(translated(QT_TRANSLATE_NOOP("ServerOptions", "Unknown SSL mode “%1”: use one of %2."))
                               .arg(options.pgSslMode, ConnectionProfile::sslModeNames().join(u", "_s)));
        profile.sslMode = options.pgSslMode;
    }
    if (qEnvironmentVariableIsSet("PECADMIN_PASSWORD")) {
        *password = qEnvironmentVariable("PECADMIN_PASSWORD");
    } else {
        const std::optional<QString> typed = PasswordReader::readSecret(
            translated(QT_TRANSLATE_NOOP("ServerOptions", "Password of the database user: ")));
        if (!typed)
            return refused(translated(QT_TRANSLATE_NOOP("ServerOptions",
                "No password for the database user: set PECADMIN_PASSWORD, or write it on standard input.")));
        *password = *typed;
    }
    return profile;
}

// The connection that --profile or --scim names, with what the other connection options
// (--token-env, --domain, --ca) change; the saved connection whose secret is in the keyring in
// `savedName`.
std::optional<ConnectionProfile> namedProfile(
    const Command::ConnectionOptions &options, ProfileStore &profiles, QString *savedName, QString *usage)
{
    const auto refused = [usage](const QString &text) {
        *usage = text;
        return std::nullopt;
    };
    ConnectionProfile profile;
    if (!options.profile.isEmpty()) {
        if (!options.scimUrl.isEmpty() || !options.user.isEmpty())
            return refused(translated(
                QT_TRANSLATE_NOOP("ServerOptions", "Give either --profile or --scim with --user, not both.")));
        const std::optional<ConnectionProfile> saved = profiles.profile(options.profile);
        if (!saved)
            return refused(translated(QT_TRANSLATE_NOOP("ServerOptions", "There is no saved connection called “%1”."))
                               .arg(options.profile));
        profile = *saved;
        if (profile.rememberSecret)
            *savedName = profile.name;
        if (profile.kind != ConnectionProfile::Kind::Scim
            && (!options.tokenVariable.isEmpty() || !options.domains.isEmpty() || !options.caFile.isEmpty()))
            return refused(translated(QT_TRANSLATE_NOOP(
                "ServerOptions", "--token-env, --domain and --ca apply to a connection to a SCIM server only.")));
    } else {
        if (options.scimUrl.isEmpty() || (options.user.isEmpty() && options.tokenVariable.isEmpty()))
            return refused(translated(QT_TRANSLATE_NOOP(
                "ServerOptions", "A SCIM server needs --scim URL with --user NAME or with --token-env VAR.")));
        if (!options.user.isEmpty() && !options.tokenVariable.isEmpty())
            return refused(translated(QT_TRANSLATE_NOOP(
                "ServerOptions", "Give either --user (a password) or --token-env (a bearer token), not both.")));
        profile.name = u"scim"_s;
        profile.kind = ConnectionProfile::Kind::Scim;
        profile.baseUrl = QUrl(options.scimUrl);
        profile.user = options.user;
        profile.auth = options.tokenVariable.isEmpty() ? ConnectionProfile::ScimAuth::Basic
                                                       : ConnectionProfile::ScimAuth::Bearer;
        // A saved connection to the same server and user lends its domains, its CA file and
        // its saved password, where the command line does not give them.
        const QList<ConnectionProfile> saved = profiles.profiles();
        for (const ConnectionProfile &candidate : saved) {
            if (candidate.kind == ConnectionProfile::Kind::Scim && candidate.baseUrl == profile.baseUrl
                && candidate.user == profile.user && candidate.auth == profile.auth) {
                profile = candidate;
                if (candidate.rememberSecret)
                    *savedName = candidate.name;
                break;
            }
        }
    }
    if (!options.tokenVariable.isEmpty()) {
        profile.auth = ConnectionProfile::ScimAuth::Bearer;
        profile.user.clear();
        savedName->clear();
    }
    if (!options.domains.isEmpty())
        profile.domains = options.domains;
    if (!options.caFile.isEmpty())
        profile.caCertificateFile = options.caFile;
    const QList<ServiceError> errors = profile.validate();
    if (!errors.isEmpty())
        return refused(errors.constFirst().message());
    return profile;
}

std::optional<CliConnection::Server> serverOf(const Command::ConnectionOptions &options, QString *usage)
{
    const auto refused = [usage](const QString &text) {
        *usage = text;
        return std::nullopt;
    };
    QSettings settings; // the GUI's own settings: the same organisation and application names
    KeyringCredentialStore keyring(u"pecadmin"_s, 3000, 200);
    ProfileStore profiles(settings, &keyring);
    QString savedName;
    const std::optional<ConnectionProfile> named = namedProfile(options, profiles, &savedName, usage);
    if (!named)
        return std::nullopt;
    const ConnectionProfile &profile = *named;
    QString secret;
    bool reusable = false;
    if (!options.tokenVariable.isEmpty()) {
        secret = qEnvironmentVariable(qPrintable(options.tokenVariable));
        if (secret.isEmpty())
            return refused(translated(
                QT_TRANSLATE_NOOP("ServerOptions",
                    "The environment variable %1 of --token-env holds no token: set it to the bearer token."))
                               .arg(options.tokenVariable));
        reusable = true;
    } else if (profile.needsSecret()) {
        Result<QString> saved = savedName.isEmpty() ? Result<QString>(ServiceError(ServiceError::Code::NotFound, ""))
                                                    : awaitResult(profiles.readSecret(savedName));
        if (saved) {
            secret = saved.takeValue();
            reusable = true;
        } else if (qEnvironmentVariableIsSet("PECADMIN_PASSWORD")) {
            secret = qEnvironmentVariable("PECADMIN_PASSWORD");
            reusable = true;
        } else {
            std::optional<QString> typed = PasswordReader::readSecret(
                translated(QT_TRANSLATE_NOOP("ServerOptions", "Password for %1: ")).arg(profile.displayLocation()));
            if (!typed)
                return refused(translated(
                    QT_TRANSLATE_NOOP("ServerOptions",
                        "No password for %1: save it in the system keyring, set PECADMIN_PASSWORD, or write it on "
                        "standard input."))
                                   .arg(profile.displayLocation()));
            secret = *typed;
        }
    }
    return CliConnection::Server { profile, secret, reusable };
}

// The service of --profile or of --scim, connected.
Result<std::shared_ptr<MailboxService>> connectTo(const Command::ConnectionOptions &options, QString *usage)
{
    std::optional<CliConnection::Server> server = serverOf(options, usage);
    if (!server)
        return usageError(usage, *usage);
    Connector::Options connectOptions;
    connectOptions.resendOnceAfterExpiry = server->reusableSecret;
    Result<std::shared_ptr<MailboxService>> service
        = awaitResult(Connector::connect(server->profile, server->profile.user, server->secret, connectOptions));
    server->secret.fill(u'\0');
    return service;
}

// What a command does on the copy only reads it: no key is needed.
bool onlyReads(Command::Action action)
{
    switch (action) {
    case Command::Action::DomainList:
    case Command::Action::DomainShow:
    case Command::Action::List:
    case Command::Action::Show:
    case Command::Action::Export:
    case Command::Action::JournalList:
    case Command::Action::AuditList:
    case Command::Action::AuditExport:
    case Command::Action::AuditVerify:
    case Command::Action::AuditHead:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<std::shared_ptr<Replica>> CliConnection::openCopy(const Command &command, bool withKey, QString *usage)
{
    const Command::ConnectionOptions &options = command.connection;
    if (options.profile.isEmpty() || !options.scimUrl.isEmpty() || !options.user.isEmpty()
        || !options.tokenVariable.isEmpty() || options.postgreSqlGiven || !command.storePath.isEmpty())
        return usageError(usage,
            translated(options.offline
                    ? QT_TRANSLATE_NOOP("ServerOptions", "--offline works with --profile NAME alone.")
                    : QT_TRANSLATE_NOOP("ServerOptions", "journal works with --profile NAME alone.")));
    QSettings settings;
    KeyringCredentialStore keyring(u"pecadmin"_s, 3000, 200);
    ProfileStore profiles(settings, nullptr);
    const std::optional<ConnectionProfile> profile = profiles.profile(options.profile);
    if (!profile)
        return usageError(usage,
            translated(QT_TRANSLATE_NOOP("ServerOptions", "There is no saved connection called “%1”."))
                .arg(options.profile));
    if (!Connector::hasReplica(*profile))
        return ServiceError(ServiceError::Code::NotFound,
            QT_TRANSLATE_NOOP("ServiceError",
                "There is no copy of %1 for offline work yet: connect once while the server is reachable, with "
                "“Keep a copy for offline work” on."),
            { profile->name });
    Result<std::shared_ptr<Replica>> copy = awaitResult(Connector::openReplica(*profile));
    if (!copy)
        return copy.error();
    if (withKey) {
        // Without a keyring the copy refuses what carries a password, and says why.
        Result<std::shared_ptr<const SecretBox>> box = awaitResult(Connector::journalSecretBox(*profile, &keyring));
        if (box)
            copy.value()->setSecretBox(box.value());
    }
    return copy;
}

namespace {

// The copy of --profile kept for offline work; the server is not reached.
Result<std::shared_ptr<MailboxService>> openCopyService(const Command &command, QString *usage)
{
    Result<std::shared_ptr<Replica>> copy = CliConnection::openCopy(command, !onlyReads(command.action), usage);
    if (!copy)
        return copy.error();
    return std::shared_ptr<MailboxService>(copy.takeValue());
}

bool isAudit(Command::Action action)
{
    switch (action) {
    case Command::Action::AuditList:
    case Command::Action::AuditExport:
    case Command::Action::AuditVerify:
    case Command::Action::AuditHead:
    case Command::Action::AuditCut:
        return true;
    default:
        return false;
    }
}

// The history of a saved SCIM connection, kept in its local file: read without the server and
// without a password. None where --profile names no such connection (the usual way then).
std::optional<Result<std::shared_ptr<MailboxService>>> openScimHistory(const Command &command)
{
    const Command::ConnectionOptions &options = command.connection;
    if (!isAudit(command.action) || options.profile.isEmpty() || !options.scimUrl.isEmpty() || !options.user.isEmpty()
        || !options.tokenVariable.isEmpty() || options.postgreSqlGiven)
        return std::nullopt;
    QSettings settings;
    ProfileStore profiles(settings, nullptr);
    const std::optional<ConnectionProfile> profile = profiles.profile(options.profile);
    if (!profile || profile->kind != ConnectionProfile::Kind::Scim)
        return std::nullopt;
    Result<std::shared_ptr<Replica>> history = awaitResult(Connector::openHistory(*profile));
    if (!history)
        return Result<std::shared_ptr<MailboxService>>(history.error());
    return Result<std::shared_ptr<MailboxService>>(std::shared_ptr<MailboxService>(history.takeValue()));
}

} // namespace

std::optional<CliConnection::Server> CliConnection::server(const Command &command, QString *usage)
{
    if (command.connection.postgreSqlGiven || !command.storePath.isEmpty() || !command.connection.connectionGiven) {
        *usage
            = translated(QT_TRANSLATE_NOOP("ServerOptions", "Name a SCIM server with --scim URL or --profile NAME."));
        return std::nullopt;
    }
    return serverOf(command.connection, usage);
}

// The service of a server, of a saved connection or of its copy; a store file is opened by
// open() itself.
Result<std::shared_ptr<MailboxService>> CliConnection::openServer(const Command &command, QString *usage)
{
    const Command::ConnectionOptions &options = command.connection;
    if (options.postgreSqlGiven && !command.storePath.isEmpty())
        return usageError(usage,
            translated(QT_TRANSLATE_NOOP("ServerOptions", "Give either --store or the --pg-* options, not both.")));
    if (std::optional<Result<std::shared_ptr<MailboxService>>> history = openScimHistory(command))
        return std::move(*history);
    if (options.offline)
        return openCopyService(command, usage);
    if (options.connectionGiven) {
        if (options.postgreSqlGiven || !command.storePath.isEmpty())
            return usageError(usage,
                translated(QT_TRANSLATE_NOOP(
                    "ServerOptions", "Give one of --store, the --pg-* options, --profile or --scim.")));
        return connectTo(options, usage);
    }

    QString password;
    QString wrong;
    const std::optional<ConnectionProfile> profile = serverProfile(options, &password, &wrong);
    if (!profile)
        return usageError(usage, wrong);
    Result<std::shared_ptr<MailboxService>> service
        = awaitResult(Connector::connect(*profile, profile->user, password));
    password.fill(u'\0');
    password.clear();
    return service;
}

} // namespace pecadmin
