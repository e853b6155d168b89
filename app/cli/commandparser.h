#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace pecadmin {

// Reads the arguments of pecadmin-cli into a Command, or says in a translated sentence what is
// wrong with them. Checks the form only (known command, required arguments, whole numbers);
// whether a name, a quota or a limit is acceptable is for the service's rules to say.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::CommandParser)

public:
    // Parses the arguments after the program's name. Returns false on a usage error.
    bool parse(const QStringList &arguments);

    // The command; after a failed parse, only `json` and `storePath` are meaningful.
    const Command &command() const { return m_command; }
    // What is wrong with the arguments, translated; empty after a successful parse.
    QString errorText() const { return m_errorText; }
    // The usage of the command that was recognised ("pecadmin-cli quota ADDRESS MB"), or the
    // general form when no command was.
    QString usageHint() const;

    // The whole help text, translated; `defaultStorePath` is where the store is by default.
    static QString helpText(const QString &defaultStorePath);
    // The usage line of one command, without the program's name.
    static QString synopsis(Command::Action action);
    // The names that --sort accepts, in the order of MailboxColumn.
    static QStringList sortColumnNames();

private:
    bool fail(const QString &text);
    bool collect(const QStringList &arguments);
    bool recogniseAction();
    bool checkOptions(const QStringList &allowed);
    bool takePositionals(const QStringList &missingTexts);
    bool wholeNumber(const QString &option, qint64 *value);
    bool positionalWholeNumber(const QString &text, qint64 *value);
    bool parseDomainAdd();
    bool parseList();
    bool parseCreate();
    bool parseImport();
    bool parseExport();

    Command m_command;
    bool m_actionKnown = false;
    QString m_errorText;
    QStringList m_positionals;
    QHash<QString, QString> m_options; // name without "--" -> value (empty for a flag)
    QStringList m_optionOrder;
};

} // namespace pecadmin
