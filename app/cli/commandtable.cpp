// The command table: every command of pecadmin-cli, its arguments, options, help and runner, in one
// place, from which parsing, help, manual pages and completions are made. It is long because it
// is the list itself; each entry is short.
#include "commandtable.h"
#include "commandrunner.h"
#include "completionwriter.h"
#include "console.h"
#include "core/connectionprofile.h"
#include "core/limits.h"
#include "helpwriter.h"
#include "journalcommands.h"
#include "manpagewriter.h"
#include "outputformatter.h"
#include "scimcheck.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

const char *const context = "pecadmin::CommandParser";

// The setters of the values, each with the message of the value it refuses.

// Digits, with a sign: a whole number, though perhaps too long for 64 bits.
bool isWholeNumber(const QString &text)
{
    const QString digits = text.startsWith(u'-') || text.startsWith(u'+') ? text.mid(1) : text;
    return !digits.isEmpty() && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); });
}

// A size in MB (the default bound) or a count: a whole number within ±`bound`. Values below
// the rules' own lower bounds pass, for the rules to say what they need.
ValueSetter wholeNumber(
    const QString &option, std::function<void(Command &, qint64)> store, qint64 bound = limits::maxSizeMb)
{
    return [option, store, bound](Command &command, const QString &text) -> std::optional<QString> {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok && isWholeNumber(text))
            return CommandTable::tr("“--%1” must be between 0 and %2.").arg(option).arg(bound);
        if (!ok)
            return CommandTable::tr("The value of “--%1” must be a whole number, not “%2”.")
                .arg(option, limits::shortened(text));
        if (value > bound || value < -bound)
            return CommandTable::tr("“--%1” must be between 0 and %2.").arg(option).arg(bound);
        store(command, value);
        return std::nullopt;
    };
}

ValueSetter wholeNumberBetween(
    const QString &option, qint64 low, qint64 high, std::function<void(Command &, int)> store)
{
    return [option, low, high, store](Command &command, const QString &text) -> std::optional<QString> {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            return CommandTable::tr("The value of “--%1” must be a whole number, not “%2”.").arg(option, text);
        if (value < low || value > high)
            return CommandTable::tr("“--%1” must be between %2 and %3.").arg(option).arg(low).arg(high);
        store(command, int(value));
        return std::nullopt;
    };
}

ValueSetter megabytes(std::function<void(Command &, qint64)> store)
{
    return [store](Command &command, const QString &text) -> std::optional<QString> {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if ((!ok && isWholeNumber(text)) || (ok && (value > limits::maxSizeMb || value < -limits::maxSizeMb)))
            return CommandTable::tr("The size must be between 0 and %1 MB.").arg(limits::maxSizeMb);
        if (!ok)
            return CommandTable::tr("The size must be a whole number of megabytes, not “%1”.")
                .arg(limits::shortened(text));
        store(command, value);
        return std::nullopt;
    };
}

ValueSetter flag(std::function<void(Command &)> store)
{
    return [store](Command &command, const QString &) -> std::optional<QString> {
        store(command);
        return std::nullopt;
    };
}

ValueSetter textValue(std::function<void(Command &, const QString &)> store)
{
    return [store](Command &command, const QString &value) -> std::optional<QString> {
        store(command, value);
        return std::nullopt;
    };
}

ValueSetter into(QString Command::ConnectionOptions::*member, bool Command::ConnectionOptions::*given)
{
    return [member, given](Command &command, const QString &value) -> std::optional<QString> {
        command.connection.*member = value;
        command.connection.*given = true;
        return std::nullopt;
    };
}

const ValueSetter target = textValue([](Command &command, const QString &value) { command.target = value; });

ArgumentSpec argument(TableText name, TableText missingText, ValueSetter set = target)
{
    ArgumentSpec spec;
    spec.name = name;
    spec.missingText = missingText;
    spec.set = std::move(set);
    return spec;
}

ArgumentSpec address()
{
    return argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "ADDRESS", "placeholder in the help"),
        QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the address of the mailbox."));
}

ArgumentSpec domainName(
    TableText placeholder = QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "DOMAIN", "placeholder in the help"))
{
    return argument(placeholder, QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the name of the domain."));
}

// The number of a change made offline, as "journal list" shows it.
ArgumentSpec journalEntry()
{
    return argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "ID", "placeholder in the help"),
        QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the number of the change, as “journal list” shows it."),
        [](Command &command, const QString &value) -> std::optional<QString> {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!ok || id < 1)
                return CommandTable::tr("“%1” is not the number of a change: “journal list” shows them.").arg(value);
            command.target = value;
            return std::nullopt;
        });
}

OptionSpec option(const QString &name, TableText valueName, TableText description, ValueSetter set)
{
    OptionSpec spec;
    spec.name = name;
    spec.valueName = valueName;
    spec.description = description;
    spec.kind = valueName.isEmpty() ? ValueKind::Text : ValueKind::Number;
    spec.set = std::move(set);
    return spec;
}

OptionSpec flagOption(const QString &name, TableText description, ValueSetter set)
{
    return option(name, TableText {}, description, std::move(set));
}

OptionSpec choiceOption(const QString &name, TableText valueName, TableText description, const QStringList &choices,
    bool inSynopsis, ValueSetter set)
{
    OptionSpec spec = option(name, valueName, description, std::move(set));
    spec.kind = ValueKind::Choice;
    spec.choices = choices;
    spec.choicesInSynopsis = inSynopsis;
    return spec;
}

OptionSpec required(OptionSpec spec, TableText missingText)
{
    spec.missingText = missingText;
    return spec;
}

OptionSpec ofKind(OptionSpec spec, ValueKind kind)
{
    spec.kind = kind;
    return spec;
}

// A date ("2026-03-01", midnight UTC) or a time ("2026-03-01T14:30:00Z", UTC where no offset is
// given); `endOfDay`: a bare date means the end of that day (the start of the next), for --until.
ValueSetter dateValue(const QString &option, bool endOfDay, std::function<void(Command &, const QDateTime &)> store)
{
    return [option, endOfDay, store](Command &command, const QString &text) -> std::optional<QString> {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid()) {
            store(command, QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC));
            return std::nullopt;
        }
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            return CommandTable::tr("The value of “--%1” must be a date such as 2026-03-01 or a time such as "
                                    "2026-03-01T14:30:00Z, not “%2”.")
                .arg(option, text);
        if (time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        store(command, time.toUTC());
        return std::nullopt;
    };
}

// export, audit export: an existing file is replaced only when asked.
OptionSpec forceOption()
{
    return flagOption(u"force"_s,
        QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Replaces FILE if it exists. The open store is never replaced."),
        flag([](Command &command) { command.force = true; }));
}

QList<OptionSpec> historyFilterOptions()
{
    return {
        option(u"since"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "DATE", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Only the entries from DATE on (UTC)."),
            dateValue(u"since"_s, false, [](Command &command, const QDateTime &value) { command.since = value; })),
        option(u"until"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "DATE", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Only the entries up to DATE, that day included (UTC)."),
            dateValue(u"until"_s, true, [](Command &command, const QDateTime &value) { command.until = value; })),
        // Not --user, which names the user of a SCIM connection for every command.
        option(u"actor"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Only the changes made by NAME (a PostgreSQL role, or user@host for a store file)."),
            textValue([](Command &command, const QString &value) { command.actor = value; })),
        choiceOption(u"operation"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "OP", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Only the entries of one operation."), history::operations(),
            false,
            [](Command &command, const QString &value) -> std::optional<QString> {
                if (!history::operations().contains(value))
                    return CommandTable::tr("Unknown operation “%1”: use one of %2.")
                        .arg(value, history::operations().join(u", "_s));
                command.operation = value;
                return std::nullopt;
            }),
    };
}

ArgumentSpec historyTarget()
{
    return argument(
        QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "DOMAIN|ADDRESS", "placeholder in the help"), TableText {});
}

OptionSpec generatePasswordOption()
{
    return flagOption(u"generate-password"_s,
        QT_TRANSLATE_NOOP("pecadmin::CommandParser",
            "Generates a password that meets the domain's policy and shows it once, instead of reading one from "
            "standard input."),
        flag([](Command &command) { command.generatePassword = true; }));
}

// --language it|en: export's column names, a domain's messages to its users.
OptionSpec languageOption(TableText description, std::function<void(Command &, const QString &)> store)
{
    return choiceOption(u"language"_s,
        QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "LANGUAGE", "placeholder in the help"), description,
        { u"it"_s, u"en"_s }, true, [store](Command &command, const QString &value) -> std::optional<QString> {
            const QString language = value.toLower();
            if (language != u"it" && language != u"en")
                return CommandTable::tr("Unknown language “%1”: use it or en.").arg(value);
            store(command, language);
            return std::nullopt;
        });
}

// domain add, domain edit: the language of the mail server's messages to the domain's users.
OptionSpec domainLanguageOption(std::function<void(Command &, const QString &)> store)
{
    return languageOption(QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                              "The language of the messages the mail server sends the domain's users, such as the "
                              "soft-quota alarm: it (Italian, the default of a new domain) or en (English)."),
        std::move(store));
}

OptionSpec archivingOption(TableText description, std::function<void(Command &)> store)
{
    return flagOption(u"archiving"_s, description, flag(std::move(store)));
}

// The options that describe a password policy, the same for domain add and domain edit.
QList<OptionSpec> policyOptions(TableText presetDescription)
{
    const auto length = [](const QString &name, std::optional<int> Command::PolicyOptions::*member) {
        return option(name, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
            name == u"min-length"
                ? QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The shortest password allowed, in characters.")
                : QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The longest password allowed, in characters."),
            wholeNumberBetween(name, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(),
                [member](Command &command, int value) { command.policy.*member = value; }));
    };
    return {
        choiceOption(u"preset"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "POLICY", "placeholder in the help"),
            presetDescription, { u"poste"_s, u"aruba"_s, u"custom"_s }, true,
            [](Command &command, const QString &name) -> std::optional<QString> {
                const auto preset = PasswordPolicy::presetFromName(name.toLower());
                if (!preset)
                    return CommandTable::tr("Unknown password policy “%1”: use poste, aruba or custom.").arg(name);
                command.policy.preset = *preset;
                return std::nullopt;
            }),
        length(u"min-length"_s, &Command::PolicyOptions::minLength),
        length(u"max-length"_s, &Command::PolicyOptions::maxLength),
        option(u"require"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "CLASSES", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "What a password must have, separated by commas: lower, upper, digit, symbol; or none."),
            [](Command &command, const QString &value) -> std::optional<QString> {
                const QStringList known { u"lower"_s, u"upper"_s, u"digit"_s, u"symbol"_s };
                QStringList classes;
                for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                    const QString name = part.trimmed().toLower();
                    if (name == u"none" && value.split(u',', Qt::SkipEmptyParts).size() == 1)
                        continue;
                    if (!known.contains(name))
                        return CommandTable::tr("Unknown kind of character “%1”: use lower, upper, digit, symbol or "
                                                "none, separated by commas.")
                            .arg(part.trimmed());
                    classes.append(name);
                }
                if (value.trimmed().isEmpty())
                    return CommandTable::tr("Say what a password must have: lower, upper, digit, symbol or none.");
                command.policy.requiredClasses = classes;
                return std::nullopt;
            }),
        option(u"symbols"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "CHARS", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "The symbols a password may have besides letters and digits, such as '!#$%'; an empty value for "
                "letters and digits only."),
            [](Command &command, const QString &value) -> std::optional<QString> {
                QString symbols;
                for (const QChar c : value) {
                    if (c.unicode() >= 128 || c.isLetterOrNumber() || c.isSpace() || !c.isPrint())
                        return CommandTable::tr("“--symbols” takes symbols only, such as !#$%, not “%1”.").arg(c);
                    if (!symbols.contains(c))
                        symbols.append(c);
                }
                command.policy.allowedSymbols = symbols;
                return std::nullopt;
            }),
        flagOption(u"forbid-name"_s,
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "A password must not contain the mailbox name."),
            flag([](Command &command) { command.policy.forbidMailboxName = true; })),
        flagOption(u"allow-name"_s,
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "A password may contain the mailbox name."),
            [](Command &command, const QString &) -> std::optional<QString> {
                if (command.policy.forbidMailboxName)
                    return CommandTable::tr("Give --forbid-name or --allow-name, not both.");
                command.policy.forbidMailboxName = false;
                return std::nullopt;
            }),
    };
}

QList<CommandSpec> buildCommands()
{
    using Action = Command::Action;
    QList<CommandSpec> commands;
    const auto add = [&commands](Action action, const QStringList &words, TableText description) -> CommandSpec & {
        CommandSpec spec;
        spec.action = action;
        spec.words = words;
        spec.description = description;
        commands.append(spec);
        return commands.last();
    };

    {
        CommandSpec &spec = add(Action::DomainAdd, { u"domain"_s, u"add"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Adds a domain with its total space, mailbox limit, largest mailbox quota, password "
                "policy (poste by default), whether it includes conservazione sostitutiva, and the language of "
                "its users' messages (Italian by default)."));
        spec.arguments
            = { domainName(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help")) };
        spec.arguments[0].set = textValue([](Command &command, const QString &value) {
            command.target = value;
            command.domain.name = value;
        });
        spec.options = {
            required(
                option(u"space-mb"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                    QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The space the domain may give its mailboxes, in MB."),
                    wholeNumber(
                        u"space-mb"_s, [](Command &command, qint64 value) { command.domain.totalSpaceMb = value; })),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the domain's total space with --space-mb N.")),
            required(option(u"max-mailboxes"_s,
                         QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                         QT_TRANSLATE_NOOP("pecadmin::CommandParser", "How many mailboxes the domain may hold."),
                         wholeNumber(
                             u"max-mailboxes"_s,
                             [](Command &command, qint64 value) { command.domain.maxMailboxes = int(value); },
                             limits::maxMailboxes)),
                QT_TRANSLATE_NOOP(
                    "pecadmin::CommandParser", "Give the domain's mailbox limit with --max-mailboxes N.")),
            archivingOption(QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                                "The domain includes conservazione sostitutiva (legal archiving)."),
                [](Command &command) { command.domain.archivingAvailable = true; }),
            option(u"max-quota-mb"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP(
                    "pecadmin::CommandParser", "The largest disk quota of one mailbox, in MB (1024 by default)."),
                wholeNumber(u"max-quota-mb"_s,
                    [](Command &command, qint64 value) { command.domain.maxMailboxQuotaMb = value; })),
            domainLanguageOption([](Command &command, const QString &language) { command.domain.language = language; }),
        };
        // --preset where it always was, after the limits; the rules of a custom policy at the end.
        QList<OptionSpec> policy = policyOptions(QT_TRANSLATE_NOOP("pecadmin::CommandParser",
            "The password policy: Poste's (the default), Aruba's, or a custom one; the options that follow change "
            "it into a custom one."));
        spec.options.insert(2, policy.takeFirst());
        spec.options += policy;
        spec.check = [](Command &command) -> std::optional<QString> {
            command.domain.passwordPolicy = command.policy.appliedTo(PasswordPolicy::poste());
            return std::nullopt;
        };
        spec.run = &CommandRunner::addDomain;
    }
    add(Action::DomainList, { u"domain"_s, u"list"_s },
        QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Lists the domains with their limits and what they use."))
        .run
        = &CommandRunner::listDomains;
    {
        CommandSpec &spec = add(Action::DomainShow, { u"domain"_s, u"show"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Shows one domain's limits, password policy and usage."));
        spec.arguments
            = { domainName(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help")) };
        spec.run = &CommandRunner::showDomain;
    }
    {
        CommandSpec &spec = add(Action::DomainEdit, { u"domain"_s, u"edit"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Changes a domain's total space, mailbox limit, largest mailbox quota, conservazione sostitutiva, "
                "password policy or the language of its users' messages; what is not given stays. Limits below what "
                "the mailboxes already use are "
                "refused. A new policy applies to the passwords set from then on."));
        spec.arguments
            = { domainName(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help")) };
        spec.options = {
            option(u"space-mb"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The space the domain may give its mailboxes, in MB."),
                wholeNumber(
                    u"space-mb"_s, [](Command &command, qint64 value) { command.domainChange.totalSpaceMb = value; })),
            option(u"max-mailboxes"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "How many mailboxes the domain may hold."),
                wholeNumber(
                    u"max-mailboxes"_s,
                    [](Command &command, qint64 value) { command.domainChange.maxMailboxes = int(value); },
                    limits::maxMailboxes)),
            option(u"max-quota-mb"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The largest disk quota of one mailbox, in MB."),
                wholeNumber(u"max-quota-mb"_s,
                    [](Command &command, qint64 value) { command.domainChange.maxMailboxQuotaMb = value; })),
            archivingOption(QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                                "The domain includes conservazione sostitutiva (legal archiving)."),
                [](Command &command) { command.domainChange.archivingAvailable = true; }),
            flagOption(u"no-archiving"_s,
                QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                    "The domain no longer includes conservazione sostitutiva; refused while a mailbox has it on."),
                [](Command &command, const QString &) -> std::optional<QString> {
                    if (command.domainChange.archivingAvailable)
                        return CommandTable::tr("Give --archiving or --no-archiving, not both.");
                    command.domainChange.archivingAvailable = false;
                    return std::nullopt;
                }),
            domainLanguageOption(
                [](Command &command, const QString &language) { command.domainChange.language = language; }),
        };
        spec.options += policyOptions(QT_TRANSLATE_NOOP("pecadmin::CommandParser",
            "A new password policy: Poste's, Aruba's, or a custom one; the options that follow change it, or the "
            "domain's own, into a custom one."));
        spec.check = [](Command &command) -> std::optional<QString> {
            if (command.domainChange.isEmpty() && !command.policy.preset && !command.policy.changesRules())
                return CommandTable::tr("Say what to change: --space-mb, --max-mailboxes, --max-quota-mb, "
                                        "--archiving, --no-archiving, --language, or the password policy.");
            return std::nullopt;
        };
        spec.run = &CommandRunner::editDomain;
    }
    {
        CommandSpec &spec = add(Action::DomainRemove, { u"domain"_s, u"remove"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Removes a domain that holds no mailbox but its postmaster, which goes with it. Without --yes "
                "nothing is removed."));
        spec.arguments
            = { domainName(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help")) };
        spec.options
            = { required(flagOption(u"yes"_s, QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Confirms the removal."),
                             flag([](Command &command) { command.confirmed = true; })),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                    "Removing a domain removes its postmaster mailbox too, and cannot be undone. Add --yes to "
                    "confirm.")) };
        spec.run = &CommandRunner::removeDomain;
    }
    {
        CommandSpec &spec = add(Action::List, { u"list"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Lists a domain's mailboxes, disabled ones too. --filter keeps the names that contain "
                "TEXT; --sort orders by address, status, usage, quota, soft-quota, archiving or "
                "created."));
        spec.arguments = { domainName() };
        spec.options = {
            option(u"filter"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "TEXT", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Only the mailboxes whose name contains TEXT."),
                textValue([](Command &command, const QString &value) { command.filter = value; })),
            option(u"offset"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Skips the first N mailboxes."),
                wholeNumberBetween(u"offset"_s, 0, std::numeric_limits<int>::max(),
                    [](Command &command, int value) { command.offset = value; })),
            option(u"limit"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Lists at most N mailboxes."),
                wholeNumberBetween(u"limit"_s, 1, std::numeric_limits<int>::max(),
                    [](Command &command, int value) { command.limit = value; })),
            choiceOption(u"sort"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "COLUMN", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The column to sort by."), CommandTable::sortColumnNames(),
                false,
                [](Command &command, const QString &column) -> std::optional<QString> {
                    const qsizetype index = CommandTable::sortColumnNames().indexOf(column.toLower());
                    if (index < 0)
                        return CommandTable::tr("Unknown sort column “%1”: use one of %2.")
                            .arg(column, CommandTable::sortColumnNames().join(u", "_s));
                    command.sortColumn = MailboxColumn(index);
                    return std::nullopt;
                }),
            flagOption(u"desc"_s, QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Sorts in descending order."),
                flag([](Command &command) { command.sortOrder = Qt::DescendingOrder; })),
        };
        spec.run = &CommandRunner::listMailboxes;
    }
    {
        CommandSpec &spec
            = add(Action::Show, { u"show"_s }, QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Shows one mailbox."));
        spec.arguments = { address() };
        spec.run = &CommandRunner::showMailbox;
    }
    {
        CommandSpec &spec = add(Action::Create, { u"create"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Creates a mailbox. Without --quota-mb, its disk quota is the domain's largest mailbox "
                "quota, within the space the domain has left. The user must change the password at "
                "first access."));
        spec.arguments = { argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "ADDRESS", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the address of the new mailbox.")) };
        spec.options = {
            option(u"quota-mb"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The disk quota, in MB."),
                wholeNumber(u"quota-mb"_s, [](Command &command, qint64 value) { command.quotaMb = value; })),
            option(u"soft-quota-mb"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP(
                    "pecadmin::CommandParser", "The soft quota, the size at which the user is warned, in MB."),
                wholeNumber(u"soft-quota-mb"_s, [](Command &command, qint64 value) { command.softQuotaMb = value; })),
            archivingOption(
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Turns conservazione sostitutiva (legal archiving) on."),
                [](Command &command) { command.archiving = true; }),
            generatePasswordOption(),
        };
        spec.run = &CommandRunner::createMailbox;
    }
    {
        CommandSpec &spec = add(Action::Password, { u"password"_s },
            QT_TRANSLATE_NOOP(
                "pecadmin::CommandParser", "Sets a new password that the user must change at first access."));
        spec.arguments = { address() };
        spec.options = { generatePasswordOption() };
        spec.run = &CommandRunner::resetPassword;
    }
    {
        CommandSpec &spec
            = add(Action::Enable, { u"enable"_s }, QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Enables a mailbox."));
        spec.arguments = { address() };
        spec.run = &CommandRunner::enableMailbox;
    }
    {
        CommandSpec &spec = add(Action::Disable, { u"disable"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Disables a mailbox: it keeps its messages, but cannot be accessed, cannot send, and "
                "mail sent to it is not delivered."));
        spec.arguments = { address() };
        spec.run = &CommandRunner::disableMailbox;
    }
    {
        CommandSpec &spec = add(Action::Quota, { u"quota"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Sets the disk quota. A quota below the space the mailbox already uses is set all the "
                "same, with a warning on standard error."));
        spec.arguments = { address(),
            argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "MB", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the new disk quota in MB."),
                megabytes([](Command &command, qint64 value) { command.quotaMb = value; })) };
        spec.arguments[1].kind = ValueKind::Number;
        spec.run = &CommandRunner::setQuota;
    }
    {
        CommandSpec &spec = add(Action::SoftQuota, { u"soft-quota"_s },
            QT_TRANSLATE_NOOP(
                "pecadmin::CommandParser", "Sets the soft quota, the size at which the user is warned; 0 for none."));
        spec.arguments = { address(),
            argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "MB", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the new soft quota in MB."),
                megabytes([](Command &command, qint64 value) { command.softQuotaMb = value; })) };
        spec.arguments[1].kind = ValueKind::Number;
        spec.run = &CommandRunner::setSoftQuota;
    }
    {
        CommandSpec &spec = add(Action::Archiving, { u"archiving"_s },
            QT_TRANSLATE_NOOP(
                "pecadmin::CommandParser", "Turns conservazione sostitutiva (legal archiving) on or off."));
        ArgumentSpec state = argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "STATE", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Write on or off."),
            [](Command &command, const QString &value) -> std::optional<QString> {
                const QString lower = value.toLower();
                if (lower != u"on" && lower != u"off")
                    return CommandTable::tr("Write on or off, not “%1”.").arg(value);
                command.archiving = lower == u"on";
                return std::nullopt;
            });
        state.kind = ValueKind::Choice;
        state.choices = { u"on"_s, u"off"_s };
        spec.arguments = { address(), state };
        spec.run = &CommandRunner::setArchiving;
    }
    {
        CommandSpec &spec = add(Action::Delete, { u"delete"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Deletes a mailbox and every message in it, irrecoverably: the provider keeps no copy. "
                "Without --yes nothing is deleted."));
        spec.arguments = { address() };
        spec.options
            = { required(flagOption(u"yes"_s, QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Confirms the deletion."),
                             flag([](Command &command) { command.confirmed = true; })),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                    "Deleting a mailbox erases every message in every folder for ever, and the provider "
                    "keeps no copy. Add --yes to confirm.")) };
        spec.run = &CommandRunner::deleteMailbox;
    }
    add(Action::Demo, { u"demo"_s },
        QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Adds the demo domain pec.example.it with a few dozen mailboxes."))
        .run
        = &CommandRunner::addDemoDomain;
    {
        CommandSpec &spec = add(Action::Import, { u"import"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Creates the mailboxes of a CSV file, one per row: columns name, password, quota, soft "
                "quota, archiving, enabled, with headers in Italian or English, separated by commas or "
                "semicolons. Mailboxes that exist are skipped; an empty password is generated and "
                "shown once. --dry-run shows what would happen to each row and changes nothing. A file "
                "with a refused row creates nothing unless --skip-invalid is given."));
        ArgumentSpec file = argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "FILE", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the CSV file to import."),
            textValue([](Command &command, const QString &value) { command.filePath = value; }));
        file.kind = ValueKind::File;
        spec.arguments = { domainName(), file };
        spec.options = { flagOption(u"dry-run"_s,
                             QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                                 "Shows what would happen to each row, and changes nothing."),
                             flag([](Command &command) { command.dryRun = true; })),
            flagOption(u"skip-invalid"_s,
                QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                    "Creates the rows that are ready even when other rows are refused. Without it, a file with "
                    "a refused row creates nothing."),
                flag([](Command &command) { command.skipInvalid = true; })) };
        spec.run = &CommandRunner::importMailboxes;
    }
    {
        CommandSpec &spec = add(Action::Export, { u"export"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Writes a domain's mailboxes as CSV (UTF-8), without passwords, to FILE or to standard "
                "output. --semicolon for spreadsheets set to Italian; --language it for Italian column "
                "names."));
        ArgumentSpec file = argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "FILE", "placeholder in the help"),
            TableText {}, textValue([](Command &command, const QString &value) { command.filePath = value; }));
        file.kind = ValueKind::File;
        spec.arguments = { domainName(), file };
        spec.options = {
            forceOption(),
            flagOption(u"semicolon"_s,
                QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                    "Separates the columns with semicolons, for spreadsheets set to Italian."),
                flag([](Command &command) { command.semicolon = true; })),
            languageOption(QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The language of the column names."),
                [](Command &command, const QString &language) { command.exportLanguage = language; }),
        };
        spec.check = [](Command &command) -> std::optional<QString> {
            if (command.json && command.filePath.isEmpty())
                return CommandTable::tr(
                    "With --json, give the FILE to write the CSV to: standard output carries the JSON.");
            return std::nullopt;
        };
        spec.run = &CommandRunner::exportMailboxes;
    }
    {
        CommandSpec &spec = add(Action::AuditList, { u"audit"_s, u"list"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Lists the history of changes, newest first: of one domain or mailbox, or of the whole "
                "store. Every change names who made it and when (UTC)."));
        spec.arguments = { historyTarget() };
        spec.options = historyFilterOptions();
        spec.options.append(
            option(u"limit"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "N", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Lists at most N entries."),
                wholeNumberBetween(u"limit"_s, 1, std::numeric_limits<int>::max(),
                    [](Command &command, int value) { command.limit = value; })));
        spec.run = &CommandRunner::listHistory;
    }
    {
        CommandSpec &spec = add(Action::AuditExport, { u"audit"_s, u"export"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Writes the history of changes as CSV (UTF-8), oldest first, with every entry's hashes, "
                "to FILE: of one domain or mailbox, or of the whole store."));
        ArgumentSpec file = argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "FILE", "placeholder in the help"),
            TableText {}, textValue([](Command &command, const QString &value) { command.filePath = value; }));
        file.kind = ValueKind::File;
        spec.arguments = { historyTarget(), file };
        spec.options = historyFilterOptions();
        spec.options.append(forceOption());
        spec.options.append(flagOption(u"pdf"_s,
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Writes to FILE the printed report of the history of one domain or mailbox for the period of "
                "--since and --until (as the window's Report), in the language of the command, instead of the "
                "CSV."),
            flag([](Command &command) { command.pdf = true; })));
        spec.check = [](Command &command) -> std::optional<QString> {
            // One argument is the file: the target comes first only when both are given.
            if (command.filePath.isEmpty()) {
                command.filePath = command.target;
                command.target.clear();
            }
            if (command.filePath.isEmpty())
                return command.pdf ? CommandTable::tr("Give the PDF file to write.")
                                   : CommandTable::tr("Give the CSV file to write.");
            if (command.pdf && command.target.isEmpty())
                return CommandTable::tr("A report is of one domain or mailbox: give it before the FILE.");
            if (command.pdf && command.filePath == u"-")
                return CommandTable::tr("A report is written to a file, not to the standard output.");
            return std::nullopt;
        };
        spec.run = &CommandRunner::exportHistory;
    }
    {
        CommandSpec &spec = add(Action::AuditVerify, { u"audit"_s, u"verify"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Checks the hash chain of the whole history and names the first entry that was changed, "
                "removed or reordered (exit status 1). --head checks as well that an entry kept elsewhere "
                "with “audit head” is still in the chain, unchanged."));
        spec.options = { option(u"head"_s,
            QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "SEQUENCE:HASH", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "An entry of the chain as “audit head” printed it."),
            [](Command &command, const QString &value) -> std::optional<QString> {
                bool ok = false;
                const qint64 sequence = value.section(u':', 0, 0).toLongLong(&ok);
                const QByteArray hash = value.section(u':', 1).trimmed().toLower().toLatin1();
                if (!ok || sequence < 1 || hash.size() != 64)
                    return CommandTable::tr("The value of “--head” must be SEQUENCE:HASH as “audit head” prints it, "
                                            "not “%1”.")
                        .arg(value);
                command.headSequence = sequence;
                command.headHash = hash;
                return std::nullopt;
            }) };
        spec.run = &CommandRunner::verifyHistory;
    }
    {
        CommandSpec &spec = add(Action::AuditHead, { u"audit"_s, u"head"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Prints the newest entry of the history as SEQUENCE:HASH and its time: keep it elsewhere "
                "(a server's log, a printout), so that a rewrite of the whole history is caught."));
        spec.run = &CommandRunner::historyHead;
    }
    {
        CommandSpec &spec = add(Action::AuditCut, { u"audit"_s, u"cut"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Removes the history's entries older than DATE, after exporting them with “audit export”, "
                "and adds a checkpoint entry with the hash of the last one removed, so that “audit "
                "verify” still holds. On PostgreSQL only a role that may delete from the history can."));
        spec.options = { required(
            option(u"before"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "DATE", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Removes the entries before DATE (UTC)."),
                dateValue(u"before"_s, false, [](Command &command, const QDateTime &value) { command.until = value; })),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Give the date with --before DATE.")) };
        spec.run = &CommandRunner::cutHistory;
    }
    {
        CommandSpec &spec = add(Action::MailServerPurge, { u"mailserver"_s, u"purge"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Run on the mail server: removes with Dovecot's doveadm the mail of the mailboxes deleted since "
                "the last purge, then their entries, so that their addresses can be made again. Its first run "
                "makes the store one that a mail server purges: from then on a deleted mailbox's address waits "
                "for its purge. The timer of docs/dovecot/ runs it every minute. Exit status 1 when some mail "
                "could not be removed (it is tried again at the next purge)."));
        spec.options = {
            option(u"doveadm"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "PROGRAM", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "The doveadm program (by default the one on the PATH)."),
                textValue([](Command &command, const QString &value) { command.doveadm = value; })),
            option(u"dovecot-config"_s,
                QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "FILE", "placeholder in the help"),
                QT_TRANSLATE_NOOP(
                    "pecadmin::CommandParser", "Dovecot's configuration file (by default Dovecot's own)."),
                textValue([](Command &command, const QString &value) { command.dovecotConfig = value; })),
        };
        spec.run = &CommandRunner::purgeDeletedMail;
    }
    {
        CommandSpec &spec = add(Action::MailServerChangePassword, { u"mailserver"_s, u"change-password"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "The user's own change of password, for a password page of the mail server: reads the current "
                "password, then the new one (at a terminal typed twice; from a pipe one line each). The new "
                "password must meet the domain's policy and differ from the current one. It ends \u201cmust change "
                "the password at first access\u201d, which until then keeps the user out of the mail server."));
        spec.arguments = { address() };
        spec.run = &CommandRunner::changeOwnPassword;
    }
    {
        CommandSpec &spec = add(Action::JournalList, { u"journal"_s, u"list"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Lists the changes made offline on the copy of --profile NAME that wait to be sent, in order: "
                "who made each and when, what it does, and, for one the server refused, why and what the "
                "server holds."));
        spec.runLocally
            = [](const Command &command, Console &console) { return JournalCommands::run(command, console); };
    }
    {
        CommandSpec &spec = add(Action::JournalSend, { u"journal"_s, u"send"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Sends the changes made offline to the server of --profile NAME, in order, each with the version "
                "of the mailbox it was made on. A change the server refuses (the mailbox changed or deleted "
                "meanwhile, the address taken, a limit exceeded) stays in the journal for a choice: exit status "
                "3. Sending stops when the server is lost, and goes on from the same change next time."));
        spec.runLocally
            = [](const Command &command, Console &console) { return JournalCommands::run(command, console); };
    }
    {
        CommandSpec &spec = add(Action::JournalCancel, { u"journal"_s, u"cancel"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Cancels the change ID made offline, and the later changes of the same mailbox made on top of "
                "it: the copy shows the mailbox as it was before them."));
        spec.arguments = { journalEntry() };
        spec.runLocally
            = [](const Command &command, Console &console) { return JournalCommands::run(command, console); };
    }
    {
        CommandSpec &spec = add(Action::JournalCancelAll, { u"journal"_s, u"cancel-all"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Cancels every change made offline that waits to be sent: the copy shows the domains as the "
                "server last did."));
        spec.runLocally
            = [](const Command &command, Console &console) { return JournalCommands::run(command, console); };
    }
    {
        CommandSpec &spec = add(Action::JournalResolve, { u"journal"_s, u"resolve"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Settles the change ID that the server refused: --mine sends it again, at the next journal send, "
                "on the server's current version; --theirs drops it (and the later changes of the same mailbox), "
                "and the copy takes the server's values. Nothing is overwritten without this choice."));
        spec.arguments = { journalEntry() };
        spec.options = {
            flagOption(u"mine"_s,
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Sends my change again over the server's values."),
                flag([](Command &command) { command.keepMine = true; })),
            flagOption(u"theirs"_s,
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Drops my change and keeps the server's values."),
                flag([](Command &command) { command.keepTheirs = true; })),
        };
        spec.check = [](Command &command) -> std::optional<QString> {
            if (command.keepMine == command.keepTheirs)
                return CommandTable::tr("Give either --mine or --theirs.");
            return std::nullopt;
        };
        spec.runLocally
            = [](const Command &command, Console &console) { return JournalCommands::run(command, console); };
    }
    {
        CommandSpec &spec = add(Action::Version, { u"version"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Shows the version of pecadmin-cli."));
        spec.runLocally = [](const Command &, Console &console) {
            console.printResult(HelpWriter::versionText(), HelpWriter::versionJson());
            return ExitCode::Success;
        };
    }
    {
        CommandSpec &spec = add(Action::Check, { u"check"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Tries a SCIM server (--scim or a saved connection) against what PEC Admin needs of it, and says "
                "for each trait whether it passes and what PEC Admin does about it: discovery, the mailbox "
                "extension, filters, paging across maxResults, sorting, PATCH, versions, uniqueness and "
                "If-Match. It creates two mailboxes named pecadmin-check-… in the first --domain (or the "
                "server's first domain) and deletes them. Exit status 1 when a failure blocks the use of the "
                "server."));
        spec.runLocally = [](const Command &command, Console &console) { return ScimCheck::run(command, console); };
    }
    {
        CommandSpec &spec = add(Action::Completion, { u"completion"_s },
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Writes the completion script of bash or zsh. The package installs both; by hand: "
                "source <(pecadmin-cli completion bash)."));
        ArgumentSpec shell = argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "SHELL", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Say which shell: bash or zsh."),
            [](Command &command, const QString &value) -> std::optional<QString> {
                if (!CompletionWriter::shells().contains(value))
                    return CommandTable::tr("Unknown shell “%1”: use bash or zsh.").arg(value);
                command.target = value;
                return std::nullopt;
            });
        shell.kind = ValueKind::Choice;
        shell.choices = CompletionWriter::shells();
        spec.arguments = { shell };
        spec.runLocally = [](const Command &command, Console &console) {
            console.printBytes(CompletionWriter::script(command.target).toUtf8());
            return ExitCode::Success;
        };
    }
    {
        // For the build: the manual pages of the two programs, in the current language.
        CommandSpec &spec = add(Action::ManPage, { u"manpage"_s }, TableText {});
        ArgumentSpec program
            = argument(QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "PROGRAM", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Say which program: pecadmin-cli or pecadmin."),
                [](Command &command, const QString &value) -> std::optional<QString> {
                    if (!ManPageWriter::programs().contains(value))
                        return CommandTable::tr("Unknown program “%1”: use pecadmin-cli or pecadmin.").arg(value);
                    command.target = value;
                    return std::nullopt;
                });
        program.kind = ValueKind::Choice;
        program.choices = ManPageWriter::programs();
        spec.arguments = { program };
        spec.hidden = true;
        spec.runLocally = [](const Command &command, Console &console) {
            console.printBytes(ManPageWriter::page(command.target).toUtf8());
            return ExitCode::Success;
        };
    }
    {
        CommandSpec &spec = add(Action::Help, { u"help"_s },
            QT_TRANSLATE_NOOP(
                "pecadmin::CommandParser", "Shows this help; with a COMMAND, what that command does and its options."));
        ArgumentSpec topic = argument(
            QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "COMMAND", "placeholder in the help"), TableText {});
        spec.arguments = { topic }; // the parser gives help every word that follows
        spec.runLocally = [](const Command &command, Console &console) {
            if (console.json()) {
                console.printResult({}, HelpWriter::helpJson(command.helpTopic));
                return ExitCode::Success;
            }
            console.printText(
                command.helpTopic.isEmpty() ? HelpWriter::helpText() : HelpWriter::commandHelpText(command.helpTopic));
            return ExitCode::Success;
        };
    }
    return commands;
}

QList<GlobalOptionSpec> buildGlobalOptions()
{
    using Group = GlobalOptionSpec::Group;
    using C = Command::ConnectionOptions;
    QList<GlobalOptionSpec> options;
    const auto add = [&options](Group group, OptionSpec spec) { options.append(GlobalOptionSpec { spec, group }); };

    add(Group::Store,
        ofKind(option(u"store"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "FILE", "placeholder in the help"),
                   QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                       "The store to use. By default the file named by the PECADMIN_STORE environment variable, or "
                       "else %1."),
                   [](Command &command, const QString &value) -> std::optional<QString> {
                       if (value.isEmpty())
                           return CommandTable::tr("The option “--%1” needs a value.").arg(u"store"_s);
                       command.storePath = value;
                       return std::nullopt;
                   }),
            ValueKind::File));
    add(Group::General,
        flagOption(u"json"_s,
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "Writes the result as JSON on standard output, and an error as JSON on standard error."),
            flag([](Command &command) { command.json = true; })));
    add(Group::General,
        flagOption(u"version"_s, QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Shows the version of pecadmin-cli."),
            flag([](Command &) {})));
    add(Group::General,
        flagOption(u"help"_s,
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "Shows the help; after a command, that command's help."),
            flag([](Command &) {})));

    add(Group::PostgreSql,
        option(u"pg-host"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "HOST", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "the server's name or address"),
            into(&C::pgHost, &C::postgreSqlGiven)));
    add(Group::PostgreSql,
        option(u"pg-port"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "PORT", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "its port (5432 by default)"),
            into(&C::pgPort, &C::postgreSqlGiven)));
    add(Group::PostgreSql,
        option(u"pg-database"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "the database of the store"),
            into(&C::pgDatabase, &C::postgreSqlGiven)));
    add(Group::PostgreSql,
        option(u"pg-user"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "USER", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "the database user"), into(&C::pgUser, &C::postgreSqlGiven)));
    add(Group::PostgreSql,
        choiceOption(u"pg-sslmode"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "MODE", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "disable, prefer (the default), require or verify-full"),
            ConnectionProfile::sslModeNames(), false, into(&C::pgSslMode, &C::postgreSqlGiven)));

    add(Group::Connection,
        option(u"profile"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "a connection saved in PEC Admin (File > Connect to)"),
            into(&C::profile, &C::connectionGiven)));
    add(Group::Connection,
        flagOption(u"offline"_s,
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "with --profile: reads the copy of the connection's domains kept for offline work, without "
                "reaching the server; changes are refused"),
            flag([](Command &command) { command.connection.offline = true; })));
    add(Group::Connection,
        option(u"scim"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "URL", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "a provider's SCIM 2.0 server, with --user or --token-env"),
            into(&C::scimUrl, &C::connectionGiven)));
    add(Group::Connection,
        option(u"user"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser", "the username to sign in to the SCIM server with"),
            into(&C::user, &C::connectionGiven)));
    add(Group::Connection,
        option(u"token-env"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "VAR", "placeholder in the help"),
            QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                "signs in with the bearer token held by the environment variable VAR (never the token itself on "
                "the command line), instead of --user and a password"),
            into(&C::tokenVariable, &C::connectionGiven)));
    {
        OptionSpec domain
            = option(u"domain"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "NAME", "placeholder in the help"),
                QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                    "a domain of the SCIM server to work on; give it once for each domain (needed where the server "
                    "does not list its domains)"),
                [](Command &command, const QString &value) -> std::optional<QString> {
                    command.connection.domains.append(value);
                    command.connection.connectionGiven = true;
                    return std::nullopt;
                });
        domain.repeatable = true;
        add(Group::Connection, domain);
    }
    add(Group::Connection,
        ofKind(option(u"ca"_s, QT_TRANSLATE_NOOP3("pecadmin::CommandParser", "FILE", "placeholder in the help"),
                   QT_TRANSLATE_NOOP("pecadmin::CommandParser",
                       "a PEM file with the certificate of a certification authority to trust for the SCIM server, "
                       "besides the system's"),
                   into(&C::caFile, &C::connectionGiven)),
            ValueKind::File));
    for (GlobalOptionSpec &spec : options) {
        if (spec.group != Group::General && spec.option.kind == ValueKind::Number)
            spec.option.kind = ValueKind::Text;
    }
    return options;
}

} // namespace

PasswordPolicy Command::PolicyOptions::appliedTo(const PasswordPolicy &base) const
{
    PasswordPolicy policy = preset ? PasswordPolicy::forPreset(*preset) : base;
    if (!changesRules())
        return policy;
    policy.preset = PasswordPolicy::Preset::Custom;
    policy.minLength = minLength.value_or(policy.minLength);
    policy.maxLength = maxLength.value_or(policy.maxLength);
    if (requiredClasses) {
        policy.requireLowercase = requiredClasses->contains(u"lower"_s);
        policy.requireUppercase = requiredClasses->contains(u"upper"_s);
        policy.requireDigit = requiredClasses->contains(u"digit"_s);
        policy.requireSymbol = requiredClasses->contains(u"symbol"_s);
    }
    policy.allowedSymbols = allowedSymbols.value_or(policy.allowedSymbols);
    policy.forbidMailboxName = forbidMailboxName.value_or(policy.forbidMailboxName);
    return policy;
}

Domain Command::DomainChange::appliedTo(const Domain &domain) const
{
    Domain changed = domain;
    changed.totalSpaceMb = totalSpaceMb.value_or(domain.totalSpaceMb);
    changed.maxMailboxes = maxMailboxes.value_or(domain.maxMailboxes);
    changed.maxMailboxQuotaMb = maxMailboxQuotaMb.value_or(domain.maxMailboxQuotaMb);
    changed.archivingAvailable = archivingAvailable.value_or(domain.archivingAvailable);
    changed.language = language.value_or(domain.language);
    return changed;
}

QString TableText::translated() const
{
    if (isEmpty())
        return {};
    return QCoreApplication::translate(context, source, comment);
}

QString OptionSpec::form() const
{
    const QString dashed = u"--"_s + name;
    if (isFlag())
        return dashed;
    return dashed + u' ' + (choicesInSynopsis ? choices.join(u'|') : valueName.translated());
}

QString ArgumentSpec::form() const
{
    const QString shown = choices.isEmpty() ? name.translated() : choices.join(u'|');
    return isOptional() ? u'[' + shown + u']' : shown;
}

QString CommandSpec::synopsis() const
{
    QStringList parts = words;
    for (const ArgumentSpec &argument : arguments)
        parts.append(argument.form());
    for (const OptionSpec &option : options)
        parts.append(option.isRequired() ? option.form() : u'[' + option.form() + u']');
    return parts.join(u' ');
}

const OptionSpec *CommandSpec::option(const QString &optionName) const
{
    for (const OptionSpec &spec : options) {
        if (spec.name == optionName)
            return &spec;
    }
    return nullptr;
}

const QList<CommandSpec> &CommandTable::commands()
{
    static const QList<CommandSpec> table = buildCommands();
    return table;
}

const QList<GlobalOptionSpec> &CommandTable::globalOptions()
{
    static const QList<GlobalOptionSpec> table = buildGlobalOptions();
    return table;
}

const CommandSpec *CommandTable::find(const QStringList &words)
{
    for (const CommandSpec &spec : commands()) {
        if (spec.words == words)
            return &spec;
    }
    return nullptr;
}

const CommandSpec *CommandTable::find(Command::Action action)
{
    for (const CommandSpec &spec : commands()) {
        if (spec.action == action)
            return &spec;
    }
    return nullptr;
}

QStringList CommandTable::commandWords(bool withHidden)
{
    QStringList words;
    for (const CommandSpec &spec : commands()) {
        if ((withHidden || !spec.hidden) && !words.contains(spec.words.constFirst()))
            words.append(spec.words.constFirst());
    }
    return words;
}

QStringList CommandTable::subcommandWords(const QString &word, bool withHidden)
{
    QStringList words;
    for (const CommandSpec &spec : commands()) {
        if ((withHidden || !spec.hidden) && spec.words.size() > 1 && spec.words.constFirst() == word)
            words.append(spec.words.at(1));
    }
    return words;
}

QStringList CommandTable::allOptionNames()
{
    QStringList names;
    for (const GlobalOptionSpec &spec : globalOptions())
        names.append(spec.option.name);
    for (const CommandSpec &command : commands()) {
        for (const OptionSpec &spec : command.options) {
            if (!names.contains(spec.name))
                names.append(spec.name);
        }
    }
    return names;
}

const OptionSpec *CommandTable::anyOption(const QString &name)
{
    if (const GlobalOptionSpec *global = globalOption(name))
        return &global->option;
    for (const CommandSpec &command : commands()) {
        if (const OptionSpec *spec = command.option(name))
            return spec;
    }
    return nullptr;
}

const GlobalOptionSpec *CommandTable::globalOption(const QString &name)
{
    for (const GlobalOptionSpec &spec : globalOptions()) {
        if (spec.option.name == name)
            return &spec;
    }
    return nullptr;
}

QStringList CommandTable::sortColumnNames()
{
    // In the order of MailboxColumn.
    return { u"address"_s, u"status"_s, u"usage"_s, u"quota"_s, u"soft-quota"_s, u"archiving"_s, u"created"_s };
}

QString CommandTable::programName()
{
    return u"pecadmin-cli"_s;
}

QString CommandTable::generalSynopsis()
{
    return tr("[--store FILE] [--json] COMMAND", "command synopsis: translate only the words in capitals");
}

} // namespace pecadmin
