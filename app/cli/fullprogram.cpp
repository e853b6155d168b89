// The lean pecadmin-cli: what needs the network, the system keyring or QtGui is done by the full
// program, which this one runs in its own place with the same arguments (execv). Each entry
// point of the full program's part (app/cli/CMakeLists.txt) is defined here that way, so the
// command table, the runner and main() are the same in both programs; and the lean program
// links QtCore, QtSql and libsodium only, which is most of what a command on a store file costs
// before doing its work (docs/PERFORMANCE.md).
//
// Nothing is read from standard input or written to standard output before the full program
// runs: it asks for passwords itself.
#include "cliapplication.h"
#include "cliconnection.h"
#include "commandrunner.h"
#include "console.h"
#include "core/serviceerror.h"
#include "journalcommands.h"
#include "scimcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace pecadmin {

namespace {

// The arguments as the program received them, before QCoreApplication takes its own out.
std::vector<char *> &programArguments()
{
    static std::vector<char *> arguments;
    return arguments;
}

// Beside this program in the build folder; where it is installed (PECADMIN_CLI_FULL_RELATIVE_DIR
// from the folder of programs) otherwise.
QString fullProgramPath()
{
    const QString folder = QCoreApplication::applicationDirPath();
    const QString name = QStringLiteral(PECADMIN_CLI_FULL_NAME);
    const QString beside = folder + u'/' + name;
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(folder + QStringLiteral("/" PECADMIN_CLI_FULL_RELATIVE_DIR "/") + name);
}

// Runs the full program in place of this one: returns only where it cannot be started, with why.
ServiceError runFullProgram()
{
    std::fflush(stdout);
    std::fflush(stderr);
    const QString path = fullProgramPath();
    const QByteArray file = QFile::encodeName(path);
    std::vector<char *> arguments = programArguments();
    arguments.push_back(nullptr);
    ::execv(file.constData(), arguments.data());
    const int error = errno;
    return ServiceError(ServiceError::Code::Unsupported,
        QT_TRANSLATE_NOOP(
            "ServiceError", "This command is done by %1, which could not be started: reinstall PEC Admin."),
        { path })
        .withDetail(QString::fromLocal8Bit(std::strerror(error)));
}

ExitCode refusedWithoutFullProgram(Console &console)
{
    console.printError(runFullProgram());
    return ExitCode::Refused;
}

} // namespace

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv)
{
    programArguments().assign(argv, argv + argc);
    return std::make_unique<QCoreApplication>(argc, argv);
}

Result<std::shared_ptr<MailboxService>> CliConnection::openServer(const Command &, QString *)
{
    return runFullProgram();
}

ExitCode ScimCheck::run(const Command &, Console &console)
{
    return refusedWithoutFullProgram(console);
}

ExitCode JournalCommands::run(const Command &, Console &console)
{
    return refusedWithoutFullProgram(console);
}

ExitCode CommandRunner::writeHistoryReport(const Command &)
{
    return refused(runFullProgram());
}

} // namespace pecadmin
