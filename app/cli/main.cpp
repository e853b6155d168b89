#include "commandparser.h"
#include "commandrunner.h"
#include "console.h"
#include "languages.h"
#include "localmailboxservice.h"
#include "passwordreader.h"
#include "awaitresult.h"
#include "sqlstore.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <windows.h>
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
    return fromEnvironment.isEmpty() ? SqlStore::defaultPath() : fromEnvironment;
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
    const bool parsed = parser.parse(QCoreApplication::arguments().mid(1));
    console.setJson(parser.command().json);
    if (!parsed) {
        console.printUsageError(parser.errorText(), parser.usageHint());
        return int(ExitCode::UsageError);
    }
    const Command &command = parser.command();
    if (command.action == Command::Action::Help) {
        console.printText(CommandParser::helpText(SqlStore::defaultPath()));
        return int(ExitCode::Success);
    }

    Result<std::shared_ptr<LocalMailboxService>> service = awaitResult(LocalMailboxService::open(storePath(command)));
    if (!service) {
        console.printError(service.error());
        return int(ExitCode::Refused);
    }
    PasswordReader passwords;
    CommandRunner runner(*service.value(), console, passwords);
    return int(runner.run(command));
}
