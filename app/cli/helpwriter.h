#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pecadmin {

// The help and the version of pecadmin-cli, as text for a person or JSON for a script, made
// from the table of commands.
class HelpWriter
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::CommandParser)

public:
    // The whole help; `defaultStorePath` is where the store is by default.
    static QString helpText(const QString &defaultStorePath);
    static QString helpText(); // with the store's real default path
    // The help of one command ({"list"}) or of a group of commands ({"domain"}).
    static QString commandHelpText(const QStringList &topic);
    // Every command (or those of `topic`) with its arguments and options, and the options of
    // every command.
    static QJsonObject helpJson(const QStringList &topic = {});

    static QString version(); // "0.1.0"
    static QString versionText(); // "pecadmin-cli 0.1.0"
    static QJsonObject versionJson();

    // What the texts of the help say in common with the manual page.
    static QString summary(); // "Administers the domains and mailboxes of a PEC Admin store."
    static QString passwordsText();
    static QString exitStatusText();
    static QString postgreSqlIntro();
    static QString postgreSqlOutro();
    static QString connectionIntro();
    static QString connectionOutro();

    // `text` broken into lines of at most `width` characters, each starting with `indent`
    // spaces.
    static QString wrapped(const QString &text, qsizetype indent, qsizetype width = 80);
};

} // namespace pecadmin
