#pragma once

// Running one of the project's programs (the command line, the window) as a child process in a
// test: an environment that touches nothing of the user's, the language it speaks, and its
// exit status and output.

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pecadmin::test {

struct ProgramRun
{
    // -1: it did not finish in time (and was killed); -2: it crashed.
    int exitCode = -1;
    QByteArray outBytes; // standard output as written
    QString out;
    QString err;

    // Standard output read as one JSON object: the answer of a --json command.
    QJsonObject json() const;
    // The "error" object that a --json command writes to standard error.
    QJsonObject error() const;
    // All of it, for the message of a failed check.
    QString describe() const;
};

// Long enough for the slowest command of the suite (an import over SCIM on a busy machine).
inline constexpr int programTimeoutMs = 120000;

// The test's environment with `home` as the home folder and the settings and data folders
// below it, no session bus (so no keyring answers), no display, no password in the
// environment, and English.
QProcessEnvironment isolatedEnvironment(const QString &home);

// The program speaks Italian (it_IT.UTF-8, LANGUAGE=it) or English (C.UTF-8).
void setLanguage(QProcessEnvironment &environment, bool italian);

// Runs `program` with `arguments` in `environment`, writes `input` to its standard input and
// closes it, and waits for it with the thread's event loop running (a server of the test's own
// answers meanwhile).
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input = {}, int timeoutMs = programTimeoutMs);

} // namespace pecadmin::test
