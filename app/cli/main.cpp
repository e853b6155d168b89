#include "awaitresult.h"
#include "commandparser.h"
#include "commandrunner.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "console.h"
#include "core/languages.h"
#include "keyring/keyringcredentialstore.h"
#include "passwordreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <optional>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace pecadmin;
using namespace Qt::StringLiterals;

namespace {

// --store, else the PECADMIN_STORE environment variable, else the application's own store.
QString storePath(const Command &command)
{
    if (!command.storePath.isEmpty())
        return command.storePath;
    const QString fromEnvironment = qEnvironmentVariable("PECADMIN_STORE");
    return fromEnvironment.isEmpty() ? Connector::defaultStorePath() : fromEnvironment;
}

const char *const serverContext = "ServerOptions";

QString translated(const char *text)
{
    return QCoreApplication::translate(serverContext, text);
}

// The --pg-* options, taken out of the arguments before the command parser sees them.
struct ServerOptions
{
    bool given = false;
    QString host;
    QString port;
    QString database;
    QString user;
    QString sslMode;
};

// Removes the --pg-* options (as "--pg-host H" or "--pg-host=H") from `arguments`.
// Returns an error text, or nothing.
std::optional<QString> takeServerOptions(QStringList *arguments, ServerOptions *options)
{
    const QList<std::pair<QString, QString *>> names { { u"--pg-host"_s, &options->host },
        { u"--pg-port"_s, &options->port }, { u"--pg-database"_s, &options->database },
        { u"--pg-user"_s, &options->user }, { u"--pg-sslmode"_s, &options->sslMode } };
    QStringList rest;
    for (qsizetype i = 0; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        if (argument == u"--"_s) {
            rest += arguments->mid(i);
            break;
        }
        bool matched = false;
        for (const auto &[name, value] : names) {
            if (argument == name) {
                if (i + 1 >= arguments->size())
                    return translated(QT_TRANSLATE_NOOP("ServerOptions", "The option %1 needs a value.")).arg(name);
                *value = arguments->at(++i);
            } else if (argument.startsWith(name + u'=')) {
                *value = argument.mid(name.size() + 1);
            } else {
                continue;
            }
            matched = true;
            options->given = true;
            break;
        }
        if (!matched && argument.startsWith(u"--pg-"_s))
            return translated(QT_TRANSLATE_NOOP("ServerOptions", "Unknown option %1.")).arg(argument);
        if (!matched)
            rest.append(argument);
    }
    *arguments = rest;
    return std::nullopt;
}

// One line from standard input, with the echo off at a terminal.
std::optional<QString> readServerPassword()
{
#if defined(Q_OS_WIN)
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool terminal = GetConsoleMode(input, &mode);
    if (terminal) {
        std::fputs(
            qPrintable(translated(QT_TRANSLATE_NOOP("ServerOptions", "Password of the database user: "))), stderr);
        SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    }
#else
    termios saved {};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::fputs(
            qPrintable(translated(QT_TRANSLATE_NOOP("ServerOptions", "Password of the database user: "))), stderr);
        std::fflush(stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QByteArray line;
    int c = 0;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.append(char(c));
    }
#if defined(Q_OS_WIN)
    if (terminal) {
        SetConsoleMode(input, mode);
        std::fputs("\n", stderr);
    }
#else
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    if (!any)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

// The server of the --pg-* options as a connection, with the password of PECADMIN_PASSWORD or
// of standard input in `password`.
std::optional<ConnectionProfile> serverProfile(const ServerOptions &options, QString *password, QString *error)
{
    const auto refused = [error](const QString &text) {
        *error = text;
        return std::nullopt;
    };
    if (options.host.isEmpty() || options.database.isEmpty() || options.user.isEmpty())
        return refused(translated(QT_TRANSLATE_NOOP(
            "ServerOptions", "A store on a PostgreSQL server needs --pg-host, --pg-database and --pg-user.")));
    ConnectionProfile profile;
    profile.name = u"postgresql"_s;
    profile.kind = ConnectionProfile::Kind::PostgreSql;
    profile.host = options.host;
    profile.database = options.database;
    profile.user = options.user;
    if (!options.port.isEmpty()) {
        bool ok = false;
        profile.port = options.port.toInt(&ok);
        if (!ok || profile.port < 1 || profile.port > 65535)
            return refused(translated(QT_TRANSLATE_NOOP("ServerOptions", "%1 is not a port number (1 to 65535)."))
                               .arg(options.port));
    }
    if (!options.sslMode.isEmpty()) {
        if (!ConnectionProfile::sslModeNames().contains(options.sslMode))
            return refused(translated(QT_TRANSLATE_NOOP("ServerOptions", "--pg-sslmode is one of: %1."))
                               .arg(ConnectionProfile::sslModeNames().join(u", "_s)));
        profile.sslMode = options.sslMode;
    }
    if (qEnvironmentVariableIsSet("PECADMIN_PASSWORD")) {
        *password = qEnvironmentVariable("PECADMIN_PASSWORD");
    } else {
        const std::optional<QString> typed = readServerPassword();
        if (!typed)
            return refused(translated(QT_TRANSLATE_NOOP("ServerOptions",
                "No password for the database user: set PECADMIN_PASSWORD, or write it on standard input.")));
        *password = *typed;
    }
    return profile;
}

// --profile NAME, or --scim URL with --user NAME: a saved connection or a SCIM server.
struct ConnectionOptions
{
    QString profile;
    QString scimUrl;
    QString user;
    bool given() const { return !profile.isEmpty() || !scimUrl.isEmpty() || !user.isEmpty(); }
};

// Removes --profile, --scim and --user (as "--scim URL" or "--scim=URL") from `arguments`.
std::optional<QString> takeConnectionOptions(QStringList *arguments, ConnectionOptions *options)
{
    const QList<std::pair<QString, QString *>> names { { u"--profile"_s, &options->profile },
        { u"--scim"_s, &options->scimUrl }, { u"--user"_s, &options->user } };
    QStringList rest;
    for (qsizetype i = 0; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        if (argument == u"--"_s) {
            rest += arguments->mid(i);
            break;
        }
        bool matched = false;
        for (const auto &[name, value] : names) {
            if (argument == name) {
                if (i + 1 >= arguments->size())
                    return translated(QT_TRANSLATE_NOOP("ServerOptions", "The option %1 needs a value.")).arg(name);
                *value = arguments->at(++i);
            } else if (argument.startsWith(name + u'=')) {
                *value = argument.mid(name.size() + 1);
            } else {
                continue;
            }
            matched = true;
            break;
        }
        if (!matched)
            rest.append(argument);
    }
    *arguments = rest;
    return std::nullopt;
}

// The secret of a connection: from the system keyring where it is saved there, else from
// PECADMIN_PASSWORD, else from the first line of standard input.
std::optional<QString> connectionSecret(ProfileStore &profiles, const QString &savedName)
{
    if (!savedName.isEmpty()) {
        Result<QString> saved = awaitResult(profiles.readSecret(savedName));
        if (saved)
            return saved.takeValue();
    }
    if (qEnvironmentVariableIsSet("PECADMIN_PASSWORD"))
        return qEnvironmentVariable("PECADMIN_PASSWORD");
    return readServerPassword();
}

// The service of --profile or of --scim/--user, connected.
Result<std::shared_ptr<MailboxService>> connectTo(const ConnectionOptions &options, QString *usage)
{
    QSettings settings; // the GUI's own settings: the same organisation and application names
    KeyringCredentialStore keyring(u"pecadmin"_s, 3000, 200);
    ProfileStore profiles(settings, &keyring);
    ConnectionProfile profile;
    QString savedName;
    if (!options.profile.isEmpty()) {
        if (!options.scimUrl.isEmpty() || !options.user.isEmpty()) {
            *usage = translated(
                QT_TRANSLATE_NOOP("ServerOptions", "Give either --profile or --scim with --user, not both."));
            return ServiceError(ServiceError::Code::Validation, "");
        }
        const std::optional<ConnectionProfile> saved = profiles.profile(options.profile);
        if (!saved) {
            *usage = translated(QT_TRANSLATE_NOOP("ServerOptions", "There is no saved connection called %1."))
                         .arg(options.profile);
            return ServiceError(ServiceError::Code::Validation, "");
        }
        profile = *saved;
        if (profile.rememberSecret)
            savedName = profile.name;
    } else {
        if (options.scimUrl.isEmpty() || options.user.isEmpty()) {
            *usage = translated(
                QT_TRANSLATE_NOOP("ServerOptions", "A SCIM server needs both --scim URL and --user NAME."));
            return ServiceError(ServiceError::Code::Validation, "");
        }
        profile.name = u"scim"_s;
        profile.kind = ConnectionProfile::Kind::Scim;
        profile.baseUrl = QUrl(options.scimUrl);
        profile.user = options.user;
        const QList<ServiceError> errors = profile.validate();
        if (!errors.isEmpty()) {
            *usage = errors.constFirst().message();
            return ServiceError(ServiceError::Code::Validation, "");
        }
        // A saved connection to the same server and user lends its domains and its saved password.
        const QList<ConnectionProfile> saved = profiles.profiles();
        for (const ConnectionProfile &candidate : saved) {
            if (candidate.kind == ConnectionProfile::Kind::Scim && candidate.baseUrl == profile.baseUrl
                && candidate.user == profile.user) {
                profile = candidate;
                if (candidate.rememberSecret)
                    savedName = candidate.name;
                break;
            }
        }
    }
    QString secret;
    if (profile.needsSecret()) {
        std::optional<QString> found = connectionSecret(profiles, savedName);
        if (!found) {
            *usage = translated(QT_TRANSLATE_NOOP("ServerOptions",
                                    "No password for %1: save it in the system keyring, set PECADMIN_PASSWORD, or "
                                    "write it on standard input."))
                         .arg(profile.displayLocation());
            return ServiceError(ServiceError::Code::Validation, "");
        }
        secret = *found;
    }
    Result<std::shared_ptr<MailboxService>> service = awaitResult(Connector::connect(profile, profile.user, secret));
    secret.fill(u'\0');
    return service;
}

QString serverHelp()
{
    return u"\n"_s
        + translated(QT_TRANSLATE_NOOP("ServerOptions",
            "A store on a PostgreSQL server, shared by several administrators, instead of a file:\n"
            "  --pg-host HOST        the server's name or address\n"
            "  --pg-port PORT        its port (5432 by default)\n"
            "  --pg-database NAME    the database of the store\n"
            "  --pg-user USER        the database user\n"
            "  --pg-sslmode MODE     disable, prefer (the default), require or verify-full\n"
            "The password of the database user is read from the PECADMIN_PASSWORD environment\n"
            "variable, or else from the first line of standard input; never from the command line.\n"
            "\n"
            "A saved connection of the desktop application, or a provider's SCIM server:\n"
            "  --profile NAME        a connection saved in PEC Admin (File > Connect to)\n"
            "  --scim URL --user NAME  a SCIM 2.0 server and the username to sign in with\n"
            "Their password comes from the system keyring where it is saved there, else from\n"
            "PECADMIN_PASSWORD, else from the first line of standard input."))
        + u'\n';
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(Q_OS_WIN)
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so that both find the same store under QStandardPaths.
    QCoreApplication::setOrganizationName(u"pecadmin"_s);
    QCoreApplication::setApplicationName(u"pecadmin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PECADMIN_VERSION));

    Languages languages;
    languages.setLanguage(Languages::languageFor(QLocale::system()));

    Console console(stdout, stderr);
    CommandParser parser;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    ServerOptions server;
    if (const std::optional<QString> wrong = takeServerOptions(&arguments, &server)) {
        console.printUsageError(*wrong, parser.usageHint());
        return int(ExitCode::UsageError);
    }
    ConnectionOptions connection;
    if (const std::optional<QString> wrong = takeConnectionOptions(&arguments, &connection)) {
        console.printUsageError(*wrong, parser.usageHint());
        return int(ExitCode::UsageError);
    }
    const bool parsed = parser.parse(arguments);
    console.setJson(parser.command().json);
    if (!parsed) {
        console.printUsageError(parser.errorText(), parser.usageHint());
        return int(ExitCode::UsageError);
    }
    const Command &command = parser.command();
    if (command.action == Command::Action::Help) {
        console.printText(CommandParser::helpText(Connector::defaultStorePath()) + serverHelp());
        return int(ExitCode::Success);
    }
    if (server.given && !command.storePath.isEmpty()) {
        console.printUsageError(
            translated(QT_TRANSLATE_NOOP("ServerOptions", "Give either --store or the --pg-* options, not both.")),
            parser.usageHint());
        return int(ExitCode::UsageError);
    }

    if (connection.given()) {
        if (server.given || !command.storePath.isEmpty()) {
            console.printUsageError(translated(QT_TRANSLATE_NOOP("ServerOptions",
                                        "Give one of --store, the --pg-* options, --profile or --scim.")),
                parser.usageHint());
            return int(ExitCode::UsageError);
        }
        QString usage;
        Result<std::shared_ptr<MailboxService>> connected = connectTo(connection, &usage);
        if (!usage.isEmpty()) {
            console.printUsageError(usage, parser.usageHint());
            return int(ExitCode::UsageError);
        }
        if (!connected) {
            console.printError(connected.error());
            return int(ExitCode::Refused);
        }
        PasswordReader passwords;
        CommandRunner runner(*connected.value(), console, passwords);
        return int(runner.run(command));
    }

    ConnectionProfile profile;
    profile.name = ProfileStore::localStoreName();
    profile.path = storePath(command);
    QString password;
    if (server.given) {
        QString wrong;
        std::optional<ConnectionProfile> remote = serverProfile(server, &password, &wrong);
        if (!remote) {
            console.printUsageError(wrong, parser.usageHint());
            return int(ExitCode::UsageError);
        }
        profile = std::move(*remote);
    }
    Result<std::shared_ptr<MailboxService>> service = awaitResult(Connector::connect(profile, profile.user, password));
    password.fill(u'\0');
    password.clear();
    if (!service) {
        console.printError(service.error());
        return int(ExitCode::Refused);
    }
    PasswordReader passwords;
    CommandRunner runner(*service.value(), console, passwords);
    return int(runner.run(command));
}
