#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace pecadmin {

struct CommandSpec;

// Reads the arguments of pecadmin-cli into a Command, following the table of commands
// (commandtable.h), or says in a translated sentence what is wrong with them, with a
// suggestion when a word is close to one the tool knows. Checks the form only (known command,
// required arguments, whole numbers); whether a name, a quota or a limit is acceptable is for
// the service's rules to say.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::CommandParser)

public:
    // Parses the arguments after the program's name. Returns false on a usage error.
    bool parse(const QStringList &arguments);

    // The command; after a failed parse, only `json` and the connection options are meaningful.
    const Command &command() const { return m_command; }
    // What is wrong with the arguments, translated; empty after a successful parse.
    QString errorText() const { return m_errorText; }
    // The usage of the command that was recognised ("pecadmin-cli quota ADDRESS MB"), of the
    // commands of a group ("domain …"), or the general form when no command was.
    QString usageHint() const;

    // The whole help text, translated (kept for the tests: HelpWriter::helpText).
    static QString helpText(const QString &defaultStorePath);
    // The usage line of one command, without the program's name.
    static QString synopsis(Command::Action action);
    // The names that --sort accepts, in the order of MailboxColumn.
    static QStringList sortColumnNames();

    // The candidate closest to `word` (by edit distance, a transposition counting as one edit,
    // or the only one that starts with it), or an empty string when none is close enough.
    static QString closest(const QString &word, const QStringList &candidates);

private:
    bool fail(const QString &text);
    void collect(const QStringList &arguments);
    bool recogniseAction();
    bool parseCommand(const CommandSpec &spec);
    QString withSuggestion(const QString &message, const QString &word, const QStringList &candidates) const;

    Command m_command;
    const CommandSpec *m_spec = nullptr; // the command recognised, even after a later error
    QString m_group; // the first word of a group of commands ("domain") when only it was recognised
    QString m_errorText;
    // The first error in the options, reported once the command is known (its usage follows).
    QString m_optionError;
    QString m_unknownOption; // the option of m_optionError, when it is unknown ("--fliter")
    QStringList m_positionals;
    QHash<QString, QString> m_options; // name without "--" -> value (empty for a flag)
    QStringList m_optionOrder;
};

} // namespace pecadmin
