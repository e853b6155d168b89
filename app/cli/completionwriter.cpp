#include "completionwriter.h"
#include "commandtable.h"

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

// `text` between single quotes, for the shell.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

// The first sentence of a description, for a completion menu.
QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(u". "_s);
    QString sentence = end < 0 ? text : text.left(end);
    if (sentence.endsWith(u'.'))
        sentence.chop(1);
    return sentence;
}

QList<const OptionSpec *> everyOption()
{
    QList<const OptionSpec *> options;
    QStringList seen;
    for (const GlobalOptionSpec &global : CommandTable::globalOptions()) {
        options.append(&global.option);
        seen.append(global.option.name);
    }
    for (const CommandSpec &spec : CommandTable::commands()) {
        for (const OptionSpec &option : spec.options) {
            if (!seen.contains(option.name)) {
                options.append(&option);
                seen.append(option.name);
            }
        }
    }
    return options;
}

QString globalOptionNames()
{
    QStringList names;
    for (const GlobalOptionSpec &global : CommandTable::globalOptions())
        names.append(u"--"_s + global.option.name);
    return names.join(u' ');
}

QString valueOptionNames()
{
    QStringList names;
    for (const OptionSpec *option : everyOption()) {
        if (!option->isFlag())
            names.append(u"--"_s + option->name);
    }
    return names.join(u' ');
}

// "text file choice:on,off": what each positional argument of a command is.
QString argumentKinds(const CommandSpec &spec)
{
    QStringList kinds;
    for (const ArgumentSpec &argument : spec.arguments) {
        if (argument.kind == ValueKind::File)
            kinds.append(u"file"_s);
        else if (!argument.choices.isEmpty())
            kinds.append(u"choice:"_s + argument.choices.join(u','));
        else
            kinds.append(u"text"_s);
    }
    if (spec.action == Command::Action::Help) {
        // help COMMAND: the commands, then the words of a group.
        kinds = { u"choice:"_s + CommandTable::commandWords().join(u',') };
    }
    return kinds.join(u' ');
}

QString commandOptionNames(const CommandSpec &spec)
{
    QStringList names;
    for (const OptionSpec &option : spec.options)
        names.append(u"--"_s + option.name);
    return names.join(u' ');
}

QString groupsCase(const QString &indent, const std::function<QString(const QString &word)> &body)
{
    QString text;
    for (const QString &word : CommandTable::commandWords()) {
        const QStringList subcommands = CommandTable::subcommandWords(word);
        if (!subcommands.isEmpty())
            text += indent + word + u")\n" + body(word) + indent + u"    ;;\n";
    }
    return text;
}

} // namespace

QStringList CompletionWriter::shells()
{
    return { u"bash"_s, u"zsh"_s };
}

QString CompletionWriter::script(const QString &shell)
{
    return shell == u"zsh" ? zsh() : bash();
}

QString CompletionWriter::bash()
{
    QString values;
    QString noValues;
    for (const OptionSpec *option : everyOption()) {
        if (option->isFlag())
            continue;
        if (option->kind == ValueKind::File)
            values += u"        --"_s + option->name + u") _pecadmin_cli_files \"$cur\"; return ;;\n";
        else if (!option->choices.isEmpty())
            values += u"        --"_s + option->name + u") COMPREPLY=($(compgen -W "_s
                + quoted(option->choices.join(u' ')) + u" -- \"$cur\")); return ;;\n";
        else
            noValues += (noValues.isEmpty() ? u"--"_s : u"|--"_s) + option->name;
    }
    if (!noValues.isEmpty())
        values += u"        "_s + noValues + u") return ;; # a value the user types\n";

    QString commands;
    for (const CommandSpec &spec : CommandTable::commands()) {
        if (spec.hidden)
            continue;
        commands += u"        "_s + quoted(spec.name()) + u") options="_s + quoted(commandOptionNames(spec))
            + u"; arguments="_s + quoted(argumentKinds(spec)) + u" ;;\n";
    }

    return u"# bash completion for pecadmin-cli                     -*- shell-script -*-\n"
           "# Made by \"pecadmin-cli completion bash\" from the tool's table of commands.\n"
           "\n"
           "_pecadmin_cli_files()\n"
           "{\n"
           "    compopt -o filenames 2>/dev/null\n"
           "    COMPREPLY=($(compgen -f -- \"$1\"))\n"
           "}\n"
           "\n"
           "_pecadmin_cli()\n"
           "{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    # \"--store=FILE\" reaches here as \"--store\", \"=\", \"FILE\".\n"
           "    if [[ $cur == = ]]; then\n"
           "        prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "        cur=\n"
           "    elif [[ $prev == = ]]; then\n"
           "        prev=${COMP_WORDS[COMP_CWORD-2]}\n"
           "    fi\n"
           "    local global_options="_s
        + quoted(globalOptionNames())
        + u"\n"
          "    local value_options="_s
        + quoted(u' ' + valueOptionNames() + u' ')
        + u"\n"
          "\n"
          "    case $prev in\n"_s
        + values
        + u"    esac\n"
          "\n"
          "    # The words typed so far, without the options and their values.\n"
          "    local i word positionals=() options_ended=\n"
          "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
          "        word=${COMP_WORDS[i]}\n"
          "        if [[ -z $options_ended && $word == -- ]]; then\n"
          "            options_ended=yes\n"
          "        elif [[ -z $options_ended && $word == -* ]]; then\n"
          "            if [[ $value_options == *\" $word \"* ]]; then\n"
          "                [[ ${COMP_WORDS[i+1]} == = ]] && ((i++))\n"
          "                ((i++))\n"
          "            elif [[ ${COMP_WORDS[i+1]} == = ]]; then\n"
          "                ((i += 2))\n"
          "            fi\n"
          "        else\n"
          "            positionals+=(\"$word\")\n"
          "        fi\n"
          "    done\n"
          "\n"
          "    if ((${#positionals[@]} == 0)); then\n"
          "        if [[ $cur == -* ]]; then\n"
          "            COMPREPLY=($(compgen -W \"$global_options\" -- \"$cur\"))\n"
          "        else\n"
          "            COMPREPLY=($(compgen -W "_s
        + quoted(CommandTable::commandWords().join(u' '))
        + u" -- \"$cur\"))\n"
          "        fi\n"
          "        return\n"
          "    fi\n"
          "\n"
          "    local key=${positionals[0]} typed=$((${#positionals[@]} - 1))\n"
          "    case $key in\n"_s
        + groupsCase(u"        "_s,
            [](const QString &word) -> QString {
                return u"            if ((${#positionals[@]} == 1)); then\n"
                       "                [[ $cur != -* ]] && COMPREPLY=($(compgen -W "_s
                    + quoted(CommandTable::subcommandWords(word).join(u' '))
                    + u" -- \"$cur\"))\n"
                      "                [[ $cur == -* ]] && COMPREPLY=($(compgen -W \"$global_options\" -- \"$cur\"))\n"
                      "                return\n"
                      "            fi\n"
                      "            key=\"$key ${positionals[1]}\"\n"
                      "            typed=$((${#positionals[@]} - 2))\n"_s;
            })
        + u"    esac\n"
          "\n"
          "    local options= arguments=\n"
          "    case $key in\n"_s
        + commands
        + u"        *) return ;;\n"
          "    esac\n"
          "\n"
          "    if [[ $cur == -* ]]; then\n"
          "        COMPREPLY=($(compgen -W \"$options $global_options\" -- \"$cur\"))\n"
          "        return\n"
          "    fi\n"
          "    local kinds=($arguments)\n"
          "    local kind=${kinds[typed]}\n"
          "    if [[ $key == help && $typed == 1 ]]; then\n"
          "        case ${positionals[1]} in\n"_s
        + groupsCase(u"            "_s,
            [](const QString &word) -> QString {
                return u"                COMPREPLY=($(compgen -W "_s
                    + quoted(CommandTable::subcommandWords(word).join(u' ')) + u" -- \"$cur\"))\n"_s;
            })
        + u"        esac\n"
          "        return\n"
          "    fi\n"
          "    case $kind in\n"
          "        file) _pecadmin_cli_files \"$cur\" ;;\n"
          "        choice:*)\n"
          "            kind=${kind#choice:}\n"
          "            COMPREPLY=($(compgen -W \"${kind//,/ }\" -- \"$cur\"))\n"
          "            ;;\n"
          "    esac\n"
          "}\n"
          "complete -F _pecadmin_cli pecadmin-cli\n"_s;
}

QString CompletionWriter::zsh()
{
    const auto describe = [](const QString &name, const QString &description) -> QString {
        QString escaped = name;
        escaped.replace(u':', u"\\:"_s);
        return quoted(escaped + u':' + firstSentence(description));
    };

    QString values;
    QString noValues;
    for (const OptionSpec *option : everyOption()) {
        if (option->isFlag())
            continue;
        if (option->kind == ValueKind::File)
            values += u"        --"_s + option->name + u") _files; return ;;\n";
        else if (!option->choices.isEmpty())
            values += u"        --"_s + option->name + u") compadd -- " + option->choices.join(u' ') + u"; return ;;\n";
        else
            values += u"        --"_s + option->name + u") _message "
                + quoted(option->valueName.translated() + u": " + firstSentence(option->description.translated()))
                + u"; return ;;\n";
    }

    QStringList globalDescriptions;
    for (const GlobalOptionSpec &global : CommandTable::globalOptions()) {
        QString description = global.option.description.translated();
        if (global.option.name == u"store")
            description = description.section(u'.', 0, 0);
        globalDescriptions.append(describe(u"--"_s + global.option.name, description));
    }
    QStringList commandDescriptions;
    QStringList seenWords;
    for (const CommandSpec &spec : CommandTable::commands()) {
        if (spec.hidden || seenWords.contains(spec.words.constFirst()))
            continue;
        seenWords.append(spec.words.constFirst());
        const bool group = spec.words.size() > 1;
        commandDescriptions.append(describe(spec.words.constFirst(),
            group ? CommandTable::subcommandWords(spec.words.constFirst()).join(u", "_s)
                  : spec.description.translated()));
    }

    QString commands;
    for (const CommandSpec &spec : CommandTable::commands()) {
        if (spec.hidden)
            continue;
        QStringList options;
        for (const OptionSpec &option : spec.options)
            options.append(describe(u"--"_s + option.name, option.description.translated()));
        commands += u"        "_s + quoted(spec.name()) + u")\n            options=(" + options.join(u' ')
            + u")\n            arguments=(" + argumentKinds(spec) + u")\n            ;;\n";
    }

    QString groups;
    for (const QString &word : CommandTable::commandWords()) {
        QStringList subcommands;
        for (const CommandSpec &spec : CommandTable::commands()) {
            if (!spec.hidden && spec.words.size() > 1 && spec.words.constFirst() == word)
                subcommands.append(describe(spec.words.at(1), spec.description.translated()));
        }
        if (!subcommands.isEmpty())
            groups += u"        "_s + word + u")\n            local -a subcommands=(" + subcommands.join(u' ')
                + u")\n            if (( ${#positionals} == 1 )); then\n"
                  "                [[ $cur == -* ]] && _describe -t options option global_options && return\n"
                  "                _describe -t commands command subcommands\n"
                  "                return\n"
                  "            fi\n"
                  "            key=\"$key ${positionals[2]}\"\n"
                  "            (( typed-- ))\n"
                  "            ;;\n"_s;
    }

    return u"#compdef pecadmin-cli\n"
           "# zsh completion for pecadmin-cli.\n"
           "# Made by \"pecadmin-cli completion zsh\" from the tool's table of commands.\n"
           "\n"
           "_pecadmin_cli() {\n"
           "    local cur=${words[CURRENT]} prev=${words[CURRENT-1]}\n"
           "    local -a global_options=("_s
        + globalDescriptions.join(u' ')
        + u")\n"
          "    local -a commands=("_s
        + commandDescriptions.join(u' ')
        + u")\n"
          "    local -a value_options=("_s
        + valueOptionNames()
        + u")\n"
          "\n"
          "    case $prev in\n"_s
        + values
        + u"    esac\n"
          "\n"
          "    local -a positionals\n"
          "    local i options_ended=\n"
          "    for (( i = 2; i < CURRENT; i++ )); do\n"
          "        if [[ -z $options_ended && ${words[i]} == -- ]]; then\n"
          "            options_ended=yes\n"
          "        elif [[ -z $options_ended && ${words[i]} == -* ]]; then\n"
          "            (( ${value_options[(Ie)${words[i]}]} )) && (( i++ ))\n"
          "        else\n"
          "            positionals+=(${words[i]})\n"
          "        fi\n"
          "    done\n"
          "\n"
          "    if (( ${#positionals} == 0 )); then\n"
          "        if [[ $cur == -* ]]; then\n"
          "            _describe -t options option global_options\n"
          "        else\n"
          "            _describe -t commands command commands\n"
          "        fi\n"
          "        return\n"
          "    fi\n"
          "\n"
          "    local key=${positionals[1]}\n"
          "    local -i typed=$(( ${#positionals} - 1 ))\n"
          "    case $key in\n"_s
        + groups
        + u"    esac\n"
          "\n"
          "    local -a options arguments\n"
          "    case $key in\n"_s
        + commands
        + u"        *) return ;;\n"
          "    esac\n"
          "\n"
          "    if [[ $cur == -* ]]; then\n"
          "        _describe -t options option options -- global_options\n"
          "        return\n"
          "    fi\n"
          "    local kind=${arguments[typed + 1]}\n"
          "    case $kind in\n"
          "        file) _files ;;\n"
          "        choice:*) compadd -- ${(s:,:)${kind#choice:}} ;;\n"
          "    esac\n"
          "}\n"
          "\n"
          "if [[ $funcstack[1] == _pecadmin-cli ]]; then\n"
          "    _pecadmin_cli \"$@\"\n"
          "else\n"
          "    compdef _pecadmin_cli pecadmin-cli\n"
          "fi\n"_s;
}

} // namespace pecadmin
