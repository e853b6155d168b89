#include "cliapplication.h"
#include "cliconnection.h"
#include "commandparser.h"
#include "commandrunner.h"
#include "commandtable.h"
#include "console.h"
#include "core/languages.h"
#include "passwordreader.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

using namespace pecadmin;

int main(int argc, char *argv[])
{
#if defined(Q_OS_WIN)
    SetConsoleOutputCP(CP_UTF8);
#endif
    const std::unique_ptr<QCoreApplication> app = createCliApplication(argc, argv);
    // The same names as the GUI, so that both find the same store under QStandardPaths.
    QCoreApplication::setOrganizationName(QStringLiteral("pecadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("pecadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PECADMIN_VERSION));

    Languages languages;
    languages.setLanguage(Languages::languageFor(QLocale::system()));

    Console console(stdout, stderr);
    CommandParser parser;
    const bool parsed = parser.parse(QCoreApplication::arguments().mid(1));
    console.setJson(parser.command().json);
    if (!parsed) {
        console.printUsageError(parser.errorText(), parser.usageHint());
        return int(ExitCode::UsageError);
    }
    const Command &command = parser.command();
    const CommandSpec &spec = *CommandTable::find(command.action);
    if (spec.runLocally)
        return int(spec.runLocally(command, console));

    QString usage;
    Result<std::shared_ptr<MailboxService>> service = CliConnection::open(command, &usage);
    if (!usage.isEmpty()) {
        console.printUsageError(usage, parser.usageHint());
        return int(ExitCode::UsageError);
    }
    if (!service) {
        console.printError(service.error());
        return int(ExitCode::Refused);
    }
    PasswordReader passwords;
    const ExitCode exitCode = (CommandRunner(*service.value(), console, passwords).*spec.run)(command);

    return int(exitCode);
}
