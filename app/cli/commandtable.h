#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pecadmin {

class CommandRunner;
class Console;

// A text of the table, translated where it is shown (the language can change after the table
// is built). The context is CommandParser's, where the parser's own messages are.
struct TableText
{
    TableText(const char *sourceText = nullptr, const char *commentText = nullptr)
        : source(sourceText), comment(commentText)
    { }

    const char *source;
    const char *comment;

    bool isEmpty() const { return source == nullptr || *source == '\0'; }
    QString translated() const;
};

// What a value is, for the completions: a file offers file names, a choice its choices.
enum class ValueKind { Text, Number, File, Choice };

// Checks a value and stores it in the command; returns what is wrong with it, translated.
using ValueSetter = std::function<std::optional<QString>(Command &command, const QString &value)>;

// One option: "--name VALUE", or a flag "--name".
struct OptionSpec
{
    QString name; // without the dashes
    TableText valueName; // a placeholder in capitals ("N", "FILE"); empty for a flag
    TableText description;
    ValueKind kind = ValueKind::Text;
    QStringList choices; // the values it accepts, when it is a choice
    bool choicesInSynopsis = false; // "--preset poste|aruba|custom" rather than "--preset NAME"
    TableText missingText; // set: the option is required, and this says so when it is absent
    ValueSetter set; // stores the value (empty for a flag) in the command; only when given
    bool repeatable = false; // may be given more than once, each value stored

    bool isFlag() const { return valueName.isEmpty(); }
    bool isRequired() const { return !missingText.isEmpty(); }
    // "--space-mb N", "--preset poste|aruba|custom", "--desc"
    QString form() const;
};

// One positional argument.
struct ArgumentSpec
{
    TableText name; // a placeholder in capitals ("ADDRESS")
    TableText missingText; // empty: the argument may be left out
    ValueKind kind = ValueKind::Text;
    QStringList choices; // shown as "on|off" in the synopsis when set
    ValueSetter set;

    bool isOptional() const { return missingText.isEmpty(); }
    QString form() const; // "ADDRESS", "[FILE]", "on|off"
};

// A command that needs no store: help, version, completion.
using LocalCommand = std::function<ExitCode(const Command &command, Console &console)>;
// A command carried out on a service.
using ServiceCommand = ExitCode (CommandRunner::*)(const Command &command);

// One command of pecadmin-cli, everything about it in one place: the words that name it, its
// arguments and options, its description, the checks of the whole command line, and what
// carries it out. The parser, the help (text and JSON), the man page and the shell
// completions are all made from the table of these.
struct CommandSpec
{
    Command::Action action = Command::Action::Help;
    QStringList words; // {"domain", "add"}
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;
    TableText description;
    // Checks that concern more than one value; returns what is wrong, translated.
    std::function<std::optional<QString>(Command &command)> check;
    ServiceCommand run = nullptr;
    LocalCommand runLocally; // set for a command that needs no store
    bool hidden = false; // not in the help, the man page or the completions (generators for the build)

    QString name() const { return words.join(u' '); }
    // "quota ADDRESS MB", without the program's name; the words in capitals are translated.
    QString synopsis() const;
    const OptionSpec *option(const QString &name) const;
};

// The options that every command accepts, in groups for the help. `set` of a connection
// option stores its value in Command::connection: adding one is one entry in the table.
struct GlobalOptionSpec
{
    enum class Group {
        General, // --json, --help, --version
        Store, // --store: a store file
        PostgreSql, // --pg-*: a store on a PostgreSQL server
        Connection, // --profile, --scim, --user, --token-env, --domain, --ca: a saved connection or a SCIM server
    };

    OptionSpec option;
    Group group = Group::General;
};

class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::CommandParser)

public:
    static const QList<CommandSpec> &commands();
    static const QList<GlobalOptionSpec> &globalOptions();

    // The command named by `words` ({"domain", "add"}), or nullptr.
    static const CommandSpec *find(const QStringList &words);
    static const CommandSpec *find(Command::Action action);
    // The first words of the commands, in the table's order, each once ("domain" for domain add).
    static QStringList commandWords(bool withHidden = false);
    // The second words of the commands whose first word is `word` ("add", "list", "show").
    static QStringList subcommandWords(const QString &word, bool withHidden = false);
    // Every option name that some command or every command accepts, without dashes.
    static QStringList allOptionNames();
    static const OptionSpec *anyOption(const QString &name);
    static const GlobalOptionSpec *globalOption(const QString &name);

    // The names that --sort accepts, in the order of MailboxColumn.
    static QStringList sortColumnNames();
    // The program's name, as it is typed.
    static QString programName();
    // "[--store FILE] [--json] COMMAND", the general form, translated.
    static QString generalSynopsis();
};

} // namespace pecadmin
