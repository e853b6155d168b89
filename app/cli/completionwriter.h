#pragma once

#include <QString>
#include <QStringList>

namespace pecadmin {

// The completion scripts of pecadmin-cli for bash and zsh, made from the table of commands:
// commands, the words of a group (domain add, list, show), options, the values of an option
// that takes one of a few (--sort, --preset), and file names where a file is expected.
class CompletionWriter
{
public:
    static QStringList shells(); // "bash", "zsh"
    static QString script(const QString &shell);

private:
    static QString bash();
    static QString zsh();
};

} // namespace pecadmin
