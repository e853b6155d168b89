#include "commandparser.h"
#include "commandtable.h"
#include "helpwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

// "-5" is a (negative) number for a positional argument, not an option.
bool looksLikeNumber(const QString &argument)
{
    bool ok = false;
    argument.toLongLong(&ok);
    return ok;
}

// The edit distance between two words, a transposition of two neighbours counting as one
// edit ("lsit" is one edit from "list").
qsizetype editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

QString CommandParser::closest(const QString &word, const QStringList &candidates)
{
    const QString typed = word.toLower();
    if (typed.isEmpty())
        return {};
    // One or two edits, depending on the length: "ad" is "add", "lsit" is "list".
    const qsizetype allowed = typed.size() >= 5 ? 2 : 1;
    QString best;
    qsizetype bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const qsizetype distance = editDistance(typed, candidate.toLower());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (!best.isEmpty())
        return best;
    // The start of a single word: "del" is "delete".
    QStringList starting;
    for (const QString &candidate : candidates) {
        if (typed.size() >= 2 && candidate.toLower().startsWith(typed))
            starting.append(candidate);
    }
    return starting.size() == 1 ? starting.constFirst() : QString();
}

QString CommandParser::withSuggestion(const QString &message, const QString &word, const QStringList &candidates) const
{
    const QString suggestion = closest(word, candidates);
    if (suggestion.isEmpty())
        return message;
    return message + u' ' + tr("Did you mean “%1”?").arg(suggestion);
}

bool CommandParser::fail(const QString &text)
{
    m_errorText = text;
    return false;
}

bool CommandParser::parse(const QStringList &arguments)
{
    m_command = Command();
    m_spec = nullptr;
    m_group.clear();
    m_errorText.clear();
    m_optionError.clear();
    m_unknownOption.clear();
    m_positionals.clear();
    m_options.clear();
    m_optionOrder.clear();

    // Known before anything can fail, so that even a usage error is reported as JSON.
    const qsizetype end = arguments.indexOf(u"--"_s);
    m_command.json = arguments.mid(0, end < 0 ? arguments.size() : end).contains(u"--json"_s);

    collect(arguments);
    const bool recognised = recogniseAction();
    if (!m_optionError.isEmpty()) {
        // The command's own options are the likeliest meant, then those of every command.
        if (!m_unknownOption.isEmpty()) {
            QStringList candidates;
            for (const GlobalOptionSpec &global : CommandTable::globalOptions())
                candidates.append(global.option.name);
            if (m_spec) {
                for (const OptionSpec &spec : m_spec->options)
                    candidates.append(spec.name);
            } else {
                candidates = CommandTable::allOptionNames();
            }
            QString name = m_unknownOption;
            while (name.startsWith(u'-'))
                name.remove(0, 1);
            const QString suggestion = closest(name, candidates);
            if (!suggestion.isEmpty())
                m_optionError += u' ' + tr("Did you mean “%1”?").arg(u"--"_s + suggestion);
        }
        return fail(m_optionError);
    }
    if (!recognised)
        return false;
    return parseCommand(*m_spec);
}

void CommandParser::collect(const QStringList &arguments)
{
    const auto optionError = [this](const QString &text, const QString &unknown = {}) {
        if (m_optionError.isEmpty()) {
            m_optionError = text;
            m_unknownOption = unknown;
        }
    };
    bool endOfOptions = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (endOfOptions || !argument.startsWith(u'-') || argument == u"-" || looksLikeNumber(argument)) {
            m_positionals.append(argument);
            continue;
        }
        if (argument == u"--") {
            endOfOptions = true;
            continue;
        }
        QString name;
        QString value;
        bool hasValue = false;
        if (argument == u"-h") {
            name = u"help"_s;
        } else if (argument.startsWith(u"--")) {
            name = argument.mid(2);
            const qsizetype equals = name.indexOf(u'=');
            if (equals >= 0) {
                value = name.mid(equals + 1);
                name.truncate(equals);
                hasValue = true;
            }
        } else {
            optionError(tr("Unknown option “%1”.").arg(argument), argument);
            continue;
        }

        const OptionSpec *spec = CommandTable::anyOption(name);
        if (!spec) {
            optionError(tr("Unknown option “%1”.").arg(hasValue ? u"--"_s + name : argument), name);
            // "--pg-hots db.example.it": the value of the option meant is not the command.
            const OptionSpec *meant = CommandTable::anyOption(closest(name, CommandTable::allOptionNames()));
            if (meant && !meant->isFlag() && !hasValue && i + 1 < arguments.size())
                ++i;
            continue;
        }
        if (!spec->isFlag()) {
            if (!hasValue) {
                if (i + 1 >= arguments.size()) {
                    optionError(tr("The option “--%1” needs a value.").arg(name));
                    continue;
                }
                value = arguments.at(++i);
            }
        } else if (hasValue) {
            optionError(tr("The option “--%1” takes no value.").arg(name));
            continue;
        }
        if (m_options.contains(name) && !spec->repeatable) {
            optionError(tr("The option “--%1” is given more than once.").arg(name));
            continue;
        }
        if (!m_options.contains(name))
            m_optionOrder.append(name);
        m_options.insert(name, value);

        // The options of every command take effect at once: --json and the store are known
        // even when the command is wrong.
        if (CommandTable::globalOption(name)) {
            if (const std::optional<QString> wrong = spec->set(m_command, value))
                optionError(*wrong);
        }
    }
}

bool CommandParser::recogniseAction()
{
    using Action = Command::Action;
    const bool helpAsked = m_options.contains(u"help"_s);
    const bool versionAsked = m_options.contains(u"version"_s);

    if (m_positionals.isEmpty()) {
        if (helpAsked || versionAsked) {
            m_spec = CommandTable::find(helpAsked ? Action::Help : Action::Version);
            m_command.action = m_spec->action;
            m_positionals.clear();
            return true;
        }
        return fail(tr("No command given."));
    }

    const QString word = m_positionals.constFirst();
    QStringList words { word };
    const QStringList subcommands = CommandTable::subcommandWords(word, true);
    const bool group = !subcommands.isEmpty();
    if (group) {
        m_group = word;
        if (m_positionals.size() >= 2)
            words.append(m_positionals.at(1));
    }
    const CommandSpec *spec = CommandTable::find(words);
    // COMMAND --help: that command's help; --help alone or after a word it does not know: the help.
    if (helpAsked || versionAsked) {
        if (helpAsked && spec && spec->action != Action::Help)
            m_command.helpTopic = spec->words;
        else if (helpAsked && group)
            m_command.helpTopic = { word };
        m_spec = CommandTable::find(helpAsked ? Action::Help : Action::Version);
        m_command.action = m_spec->action;
        m_positionals.clear();
        return true;
    }
    if (!spec) {
        if (!group)
            return fail(withSuggestion(tr("Unknown command “%1”.").arg(word), word, CommandTable::commandWords()));
        if (words.size() < 2)
            return fail(tr("Say what to do with the domain: add, list, show, edit or remove."));
        return fail(
            withSuggestion(tr("Unknown domain command “%1”: use add, list, show, edit or remove.").arg(words.at(1)),
                words.at(1), CommandTable::subcommandWords(word)));
    }
    m_spec = spec;
    m_command.action = spec->action;
    m_positionals.remove(0, words.size());
    return true;
}

bool CommandParser::parseCommand(const CommandSpec &spec)
{
    for (const QString &name : std::as_const(m_optionOrder)) {
        if (!CommandTable::globalOption(name) && !spec.option(name))
            return fail(tr("The option “--%1” does not apply to this command.").arg(name));
    }

    if (spec.action == Command::Action::Help) {
        // help COMMAND: every word that follows names the command.
        if (m_positionals.isEmpty())
            return true;
        const QString word = m_positionals.constFirst();
        if (!CommandTable::commandWords().contains(word))
            return fail(withSuggestion(tr("Unknown command “%1”.").arg(word), word, CommandTable::commandWords()));
        m_command.helpTopic = { word };
        if (m_positionals.size() >= 2) {
            const QString second = m_positionals.at(1);
            if (!CommandTable::find({ word, second }))
                return fail(withSuggestion(tr("Unknown command “%1”.").arg(word + u' ' + second), second,
                    CommandTable::subcommandWords(word)));
            m_command.helpTopic.append(second);
        }
        if (m_positionals.size() > m_command.helpTopic.size())
            return fail(tr("Unexpected argument “%1”.").arg(m_positionals.at(m_command.helpTopic.size())));
        return true;
    }

    const qsizetype needed = std::count_if(spec.arguments.cbegin(), spec.arguments.cend(),
        [](const ArgumentSpec &argument) { return !argument.isOptional(); });
    if (m_positionals.size() < needed)
        return fail(spec.arguments.at(m_positionals.size()).missingText.translated());
    if (m_positionals.size() > spec.arguments.size())
        return fail(tr("Unexpected argument “%1”.").arg(m_positionals.at(spec.arguments.size())));
    for (qsizetype i = 0; i < m_positionals.size(); ++i) {
        if (const std::optional<QString> wrong = spec.arguments.at(i).set(m_command, m_positionals.at(i)))
            return fail(*wrong);
    }

    for (const OptionSpec &option : spec.options) {
        const auto given = m_options.constFind(option.name);
        if (given == m_options.constEnd()) {
            if (option.isRequired())
                return fail(option.missingText.translated());
            continue;
        }
        if (const std::optional<QString> wrong = option.set(m_command, *given))
            return fail(*wrong);
    }
    if (spec.check) {
        if (const std::optional<QString> wrong = spec.check(m_command))
            return fail(*wrong);
    }
    return true;
}

QStringList CommandParser::sortColumnNames()
{
    return CommandTable::sortColumnNames();
}

QString CommandParser::synopsis(Command::Action action)
{
    const CommandSpec *spec = CommandTable::find(action);
    return spec ? spec->synopsis() : QString();
}

QString CommandParser::helpText(const QString &defaultStorePath)
{
    return HelpWriter::helpText(defaultStorePath);
}

QString CommandParser::usageHint() const
{
    const QString program = CommandTable::programName();
    QStringList forms;
    QString more;
    if (m_spec && m_spec->action != Command::Action::Help && m_spec->action != Command::Action::Version) {
        forms.append(program + u' ' + m_spec->synopsis());
        more = tr("Run “%1” to see what it does and its options.").arg(program + u" help "_s + m_spec->name());
    } else if (!m_group.isEmpty()) {
        for (const CommandSpec &spec : CommandTable::commands()) {
            if (!spec.hidden && spec.words.constFirst() == m_group)
                forms.append(program + u' ' + spec.synopsis());
        }
        more = tr("Run “%1” to see what they do and their options.").arg(program + u" help "_s + m_group);
    } else {
        forms.append(program + u' ' + CommandTable::generalSynopsis());
        more = tr("Run “%1 help” to see every command and option.").arg(program);
    }
    // Further forms line up under the first: "Usage: " is as long as its translation.
    const QString usage = tr("Usage: %1");
    const QString margin(usage.indexOf(u"%1"_s), u' ');
    return usage.arg(forms.join(u'\n' + margin)) + u'\n' + more;
}

} // namespace pecadmin
