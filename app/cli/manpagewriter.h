#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pecadmin {

// The manual pages pecadmin-cli(1) and pecadmin(1), in roff for man, in the current language:
// pecadmin-cli's from the table of commands, pecadmin's from the desktop application's table
// of options (GuiCommandLine). The build writes them with "pecadmin-cli manpage PROGRAM".
class ManPageWriter
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::ManPageWriter)

public:
    static QStringList programs(); // "pecadmin-cli", "pecadmin"
    static QString page(const QString &program);

    // `text` as roff text: backslashes, hyphens and a leading dot escaped.
    static QString escaped(const QString &text);

private:
    static QString cliPage();
    static QString guiPage();
};

} // namespace pecadmin
