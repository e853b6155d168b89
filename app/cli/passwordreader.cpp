#include "passwordreader.h"
#include "core/rules.h"

#include <QtGlobal>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace pecadmin {

namespace {

#if defined(Q_OS_UNIX)
// The terminal's settings while the echo is off, so that an interrupt restores them.
struct termios savedTerminal;
volatile std::sig_atomic_t echoIsOff = 0;

extern "C" void restoreTerminalAndExit(int signalNumber)
{
    if (echoIsOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Turns the terminal's echo off for its lifetime.
class HiddenInput
{
public:
    HiddenInput()
    {
        if (::tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        m_previousInt = std::signal(SIGINT, restoreTerminalAndExit);
        m_previousTerm = std::signal(SIGTERM, restoreTerminalAndExit);
        struct termios hidden = savedTerminal;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        echoIsOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
        m_active = true;
    }
    ~HiddenInput()
    {
        if (!m_active)
            return;
        if (echoIsOff)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        echoIsOff = 0;
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    bool m_active = false;
    void (*m_previousInt)(int) = SIG_DFL;
    void (*m_previousTerm)(int) = SIG_DFL;
};
#elif defined(Q_OS_WIN)
// Turns the console's echo off for its lifetime.
class HiddenInput
{
public:
    HiddenInput() : m_handle(GetStdHandle(STD_INPUT_HANDLE))
    {
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    }
    ~HiddenInput()
    {
        if (m_active) {
            SetConsoleMode(m_handle, m_mode);
            std::fputs("\n", stderr); // the Enter key was not echoed
        }
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    HANDLE m_handle;
    DWORD m_mode = 0;
    bool m_active = false;
};
#endif

// Overwrites a copy of a password before its memory is given back.
void wipe(std::string &text)
{
    volatile char *bytes = text.data();
    for (std::size_t i = 0; i < text.size(); ++i)
        bytes[i] = 0;
    text.clear();
}

} // namespace

bool PasswordReader::inputIsTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDIN_FILENO) != 0;
#elif defined(Q_OS_WIN)
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return false;
#endif
}

void PasswordReader::prompt(const QString &text)
{
    // UTF-8, like everything else the tool writes (main() sets the Windows console to it).
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

bool PasswordReader::readLine(QString *line, const QString &promptText)
{
    // The echo goes off before the prompt appears, so that nothing typed after it is shown.
    const bool hidden = !promptText.isEmpty();
#if defined(Q_OS_WIN)
    if (hidden) {
        // The console hands UTF-16 to ReadConsoleW whatever its code page.
        HiddenInput echoOff;
        prompt(promptText);
        HANDLE handle = GetStdHandle(STD_INPUT_HANDLE);
        wchar_t buffer[256];
        DWORD read = 0;
        QString text;
        while (ReadConsoleW(handle, buffer, DWORD(std::size(buffer)), &read, nullptr) && read > 0) {
            text += QString::fromWCharArray(buffer, int(read));
            if (text.contains(QLatin1Char('\n')))
                break;
        }
        SecureZeroMemory(buffer, sizeof buffer);
        if (text.isEmpty())
            return false;
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        *line = text.left(end < 0 ? text.size() : end);
        if (line->endsWith(QLatin1Char('\r')))
            line->chop(1);
        text.fill(QChar(0));
        return true;
    }
#endif
    std::string bytes;
    bool gotLine = false;
    {
#if defined(Q_OS_UNIX)
        std::optional<HiddenInput> echoOff;
        if (hidden)
            echoOff.emplace();
#endif
        if (hidden)
            prompt(promptText);
        gotLine = static_cast<bool>(std::getline(std::cin, bytes)) || !bytes.empty();
    }
    if (!bytes.empty() && bytes.back() == '\r')
        bytes.pop_back();
    *line = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    wipe(bytes);
    return gotLine;
}

Result<QString> PasswordReader::readCurrentPassword(const QString &address)
{
    QString password;
    if (!readLine(&password, inputIsTerminal() ? tr("Current password of %1: ").arg(address) : QString()))
        return ServiceError(ServiceError::Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError",
                "No password was given: standard input ended before a line was "
                "read."))
            .onField(QStringLiteral("currentPassword"));
    return password;
}

std::optional<QString> PasswordReader::readSecret(const QString &terminalPrompt)
{
    QString secret;
    if (!readLine(&secret, inputIsTerminal() ? terminalPrompt : QString()))
        return std::nullopt;
    return secret;
}

Result<QString> PasswordReader::readNewPassword(const QString &address)
{
    const bool terminal = inputIsTerminal();
    QString password;
    if (!readLine(&password, terminal ? tr("New password for %1: ").arg(address) : QString()))
        return ServiceError(ServiceError::Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError",
                "No password was given: standard input ended before a line was "
                "read."))
            .onField(QStringLiteral("password"));
    if (!terminal)
        return password;

    QString repeated;
    readLine(&repeated, tr("Repeat the password: "));
    const std::optional<ServiceError> mismatch = rules::checkPasswordsMatch(password, repeated);
    repeated.fill(QChar(0));
    if (mismatch) {
        password.fill(QChar(0));
        return *mismatch;
    }
    return password;
}

} // namespace pecadmin
