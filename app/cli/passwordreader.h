#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pecadmin {

// Reads a password from standard input, never from the command line. At a terminal the
// password is typed twice with the echo off; from a file or a pipe it is one line, as
// scripts write it.
class PasswordReader
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::PasswordReader)

public:
    static bool inputIsTerminal();

    // `address` names the mailbox in the prompt. Refuses two different entries at a
    // terminal, and an input that ends before a line is read.
    Result<QString> readNewPassword(const QString &address);
    // The password the mailbox has now, typed once: the first line of the input.
    Result<QString> readCurrentPassword(const QString &address);
    // Another secret (a database user's or a server's password), typed once: the first line of
    // the input, behind `terminalPrompt` with the echo off at a terminal; none where the input
    // ends before a line.
    static std::optional<QString> readSecret(const QString &terminalPrompt);

private:
    // One line without its line ending; false at the end of the input. With a prompt, the
    // prompt is shown on standard error and the echo is off while the line is typed.
    static bool readLine(QString *line, const QString &promptText);
    static void prompt(const QString &text);
};

} // namespace pecadmin
