#include "commandparser.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

const QString programName = u"pecadmin-cli"_s;

// Options that take a value, and options that are flags.
const QStringList valueOptions = { u"store"_s, u"space-mb"_s, u"max-mailboxes"_s, u"preset"_s, u"max-quota-mb"_s,
    u"filter"_s, u"offset"_s, u"limit"_s, u"sort"_s, u"quota-mb"_s, u"soft-quota-mb"_s, u"language"_s };
const QStringList flagOptions = { u"json"_s, u"archiving"_s, u"desc"_s, u"generate-password"_s, u"yes"_s, u"help"_s,
    u"dry-run"_s, u"semicolon"_s };
// Options that every command accepts.
const QStringList globalOptions = { u"store"_s, u"json"_s, u"help"_s };

// `text` broken into lines of at most `width` characters, each starting with `indent`.
QString wrapped(const QString &text, qsizetype indent, qsizetype width = 80)
{
    const QString margin(indent, u' ');
    QString result;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && margin.size() + line.size() + 1 + word.size() > width) {
            result += margin + line + u'\n';
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    if (!line.isEmpty())
        result += margin + line + u'\n';
    return result;
}

// "-5" is a (negative) number for a positional argument, not an option.
bool looksLikeNumber(const QString &argument)
{
    bool ok = false;
    argument.toLongLong(&ok);
    return ok;
}

} // namespace

bool CommandParser::fail(const QString &text)
{
    m_errorText = text;
    return false;
}

bool CommandParser::parse(const QStringList &arguments)
{
    m_command = Command();
    m_actionKnown = false;
    m_errorText.clear();
    m_positionals.clear();
    m_options.clear();
    m_optionOrder.clear();

    // Known before anything can fail, so that even a usage error is reported as JSON.
    const qsizetype end = arguments.indexOf(u"--"_s);
    m_command.json = arguments.mid(0, end < 0 ? arguments.size() : end).contains(u"--json"_s);

    if (!collect(arguments) || !recogniseAction())
        return false;

    using Action = Command::Action;
    switch (m_command.action) {
    case Action::Help:
        return true;
    case Action::DomainAdd:
        return parseDomainAdd();
    case Action::DomainList:
    case Action::Demo:
        return checkOptions({}) && takePositionals({});
    case Action::DomainShow:
        return checkOptions({}) && takePositionals({ tr("Give the name of the domain.") });
    case Action::List:
        return parseList();
    case Action::Show:
    case Action::Enable:
    case Action::Disable:
        return checkOptions({}) && takePositionals({ tr("Give the address of the mailbox.") });
    case Action::Create:
        return parseCreate();
    case Action::Password:
        if (!checkOptions({ u"generate-password"_s }) || !takePositionals({ tr("Give the address of the mailbox.") }))
            return false;
        m_command.generatePassword = m_options.contains(u"generate-password"_s);
        return true;
    case Action::Quota:
    case Action::SoftQuota: {
        if (!checkOptions({})
            || !takePositionals({ tr("Give the address of the mailbox."),
                m_command.action == Action::Quota ? tr("Give the new disk quota in MB.")
                                                  : tr("Give the new soft quota in MB.") }))
            return false;
        qint64 megabytes = 0;
        if (!positionalWholeNumber(m_positionals.at(1), &megabytes))
            return false;
        if (m_command.action == Action::Quota)
            m_command.quotaMb = megabytes;
        else
            m_command.softQuotaMb = megabytes;
        return true;
    }
    case Action::Archiving: {
        if (!checkOptions({}) || !takePositionals({ tr("Give the address of the mailbox."), tr("Write on or off.") }))
            return false;
        const QString state = m_positionals.at(1).toLower();
        if (state != u"on" && state != u"off")
            return fail(tr("Write on or off, not “%1”.").arg(m_positionals.at(1)));
        m_command.archiving = state == u"on";
        return true;
    }
    case Action::Delete:
        if (!checkOptions({ u"yes"_s }) || !takePositionals({ tr("Give the address of the mailbox.") }))
            return false;
        m_command.confirmed = m_options.contains(u"yes"_s);
        if (!m_command.confirmed)
            return fail(tr("Deleting a mailbox erases every message in every folder for ever, and the provider "
                           "keeps no copy. Add --yes to confirm."));
        return true;
    case Action::Import:
        return parseImport();
    case Action::Export:
        return parseExport();
    }
    return fail(tr("Unknown command."));
}

bool CommandParser::collect(const QStringList &arguments)
{
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
            return fail(tr("Unknown option “%1”.").arg(argument));
        }

        if (valueOptions.contains(name)) {
            if (!hasValue) {
                if (i + 1 >= arguments.size())
                    return fail(tr("The option “--%1” needs a value.").arg(name));
                value = arguments.at(++i);
            }
        } else if (flagOptions.contains(name)) {
            if (hasValue)
                return fail(tr("The option “--%1” takes no value.").arg(name));
        } else {
            return fail(tr("Unknown option “%1”.").arg(argument));
        }
        if (m_options.contains(name))
            return fail(tr("The option “--%1” is given more than once.").arg(name));
        m_options.insert(name, value);
        m_optionOrder.append(name);

        if (name == u"store") {
            if (value.isEmpty())
                return fail(tr("The option “--%1” needs a value.").arg(name));
            m_command.storePath = value;
        }
    }
    return true;
}

bool CommandParser::recogniseAction()
{
    using Action = Command::Action;
    if (m_options.contains(u"help"_s)) {
        m_command.action = Action::Help;
        m_actionKnown = true;
        return true;
    }
    if (m_positionals.isEmpty())
        return fail(tr("No command given."));

    const QString word = m_positionals.takeFirst();
    static const QHash<QString, Action> actions = {
        { u"help"_s, Action::Help },
        { u"list"_s, Action::List },
        { u"show"_s, Action::Show },
        { u"create"_s, Action::Create },
        { u"password"_s, Action::Password },
        { u"enable"_s, Action::Enable },
        { u"disable"_s, Action::Disable },
        { u"quota"_s, Action::Quota },
        { u"soft-quota"_s, Action::SoftQuota },
        { u"archiving"_s, Action::Archiving },
        { u"delete"_s, Action::Delete },
        { u"demo"_s, Action::Demo },
        { u"import"_s, Action::Import },
        { u"export"_s, Action::Export },
    };
    if (word == u"domain") {
        if (m_positionals.isEmpty())
            return fail(tr("Say what to do with the domain: add, list or show."));
        const QString what = m_positionals.takeFirst();
        static const QHash<QString, Action> domainActions
            = { { u"add"_s, Action::DomainAdd }, { u"list"_s, Action::DomainList }, { u"show"_s, Action::DomainShow } };
        const auto found = domainActions.constFind(what);
        if (found == domainActions.constEnd())
            return fail(tr("Unknown domain command “%1”: use add, list or show.").arg(what));
        m_command.action = *found;
    } else {
        const auto found = actions.constFind(word);
        if (found == actions.constEnd())
            return fail(tr("Unknown command “%1”.").arg(word));
        m_command.action = *found;
    }
    m_actionKnown = true;
    return true;
}

bool CommandParser::checkOptions(const QStringList &allowed)
{
    for (const QString &name : std::as_const(m_optionOrder)) {
        if (!globalOptions.contains(name) && !allowed.contains(name))
            return fail(tr("The option “--%1” does not apply to this command.").arg(name));
    }
    return true;
}

bool CommandParser::takePositionals(const QStringList &missingTexts)
{
    if (m_positionals.size() < missingTexts.size())
        return fail(missingTexts.at(m_positionals.size()));
    if (m_positionals.size() > missingTexts.size())
        return fail(tr("Unexpected argument “%1”.").arg(m_positionals.at(missingTexts.size())));
    if (!m_positionals.isEmpty())
        m_command.target = m_positionals.constFirst();
    return true;
}

bool CommandParser::wholeNumber(const QString &option, qint64 *value)
{
    bool ok = false;
    const QString text = m_options.value(option);
    *value = text.toLongLong(&ok);
    if (!ok)
        return fail(tr("The value of “--%1” must be a whole number, not “%2”.").arg(option, text));
    return true;
}

bool CommandParser::positionalWholeNumber(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    if (!ok)
        return fail(tr("The size must be a whole number of megabytes, not “%1”.").arg(text));
    return true;
}

bool CommandParser::parseDomainAdd()
{
    if (!checkOptions({ u"space-mb"_s, u"max-mailboxes"_s, u"preset"_s, u"archiving"_s, u"max-quota-mb"_s })
        || !takePositionals({ tr("Give the name of the domain.") }))
        return false;
    Domain &domain = m_command.domain;
    domain.name = m_command.target;

    if (!m_options.contains(u"space-mb"_s))
        return fail(tr("Give the domain's total space with --space-mb N."));
    if (!wholeNumber(u"space-mb"_s, &domain.totalSpaceMb))
        return false;

    if (!m_options.contains(u"max-mailboxes"_s))
        return fail(tr("Give the domain's mailbox limit with --max-mailboxes N."));
    qint64 maxMailboxes = 0;
    if (!wholeNumber(u"max-mailboxes"_s, &maxMailboxes))
        return false;
    if (maxMailboxes > std::numeric_limits<int>::max() || maxMailboxes < std::numeric_limits<int>::min())
        return fail(tr("The value of “--%1” must be a whole number, not “%2”.")
                        .arg(u"max-mailboxes"_s, m_options.value(u"max-mailboxes"_s)));
    domain.maxMailboxes = int(maxMailboxes);

    if (m_options.contains(u"max-quota-mb"_s) && !wholeNumber(u"max-quota-mb"_s, &domain.maxMailboxQuotaMb))
        return false;

    domain.passwordPolicy = PasswordPolicy::poste();
    if (m_options.contains(u"preset"_s)) {
        const QString name = m_options.value(u"preset"_s);
        const auto preset = PasswordPolicy::presetFromName(name.toLower());
        if (!preset)
            return fail(tr("Unknown password policy “%1”: use poste, aruba or custom.").arg(name));
        domain.passwordPolicy = PasswordPolicy::forPreset(*preset);
    }
    domain.archivingAvailable = m_options.contains(u"archiving"_s);
    return true;
}

bool CommandParser::parseList()
{
    if (!checkOptions({ u"filter"_s, u"offset"_s, u"limit"_s, u"sort"_s, u"desc"_s })
        || !takePositionals({ tr("Give the name of the domain.") }))
        return false;
    m_command.filter = m_options.value(u"filter"_s);

    if (m_options.contains(u"offset"_s)) {
        qint64 offset = 0;
        if (!wholeNumber(u"offset"_s, &offset))
            return false;
        if (offset < 0 || offset > std::numeric_limits<int>::max())
            return fail(
                tr("“--%1” must be between %2 and %3.").arg(u"offset"_s).arg(0).arg(std::numeric_limits<int>::max()));
        m_command.offset = int(offset);
    }
    if (m_options.contains(u"limit"_s)) {
        qint64 limit = 0;
        if (!wholeNumber(u"limit"_s, &limit))
            return false;
        if (limit < 1 || limit > std::numeric_limits<int>::max())
            return fail(
                tr("“--%1” must be between %2 and %3.").arg(u"limit"_s).arg(1).arg(std::numeric_limits<int>::max()));
        m_command.limit = int(limit);
    }
    if (m_options.contains(u"sort"_s)) {
        const QString column = m_options.value(u"sort"_s);
        const qsizetype index = sortColumnNames().indexOf(column.toLower());
        if (index < 0)
            return fail(tr("Unknown sort column “%1”: use one of %2.").arg(column, sortColumnNames().join(u", "_s)));
        m_command.sortColumn = MailboxColumn(index);
    }
    m_command.sortOrder = m_options.contains(u"desc"_s) ? Qt::DescendingOrder : Qt::AscendingOrder;
    return true;
}

bool CommandParser::parseCreate()
{
    if (!checkOptions({ u"quota-mb"_s, u"soft-quota-mb"_s, u"archiving"_s, u"generate-password"_s })
        || !takePositionals({ tr("Give the address of the new mailbox.") }))
        return false;
    qint64 value = 0;
    if (m_options.contains(u"quota-mb"_s)) {
        if (!wholeNumber(u"quota-mb"_s, &value))
            return false;
        m_command.quotaMb = value;
    }
    if (m_options.contains(u"soft-quota-mb"_s)) {
        if (!wholeNumber(u"soft-quota-mb"_s, &value))
            return false;
        m_command.softQuotaMb = value;
    }
    m_command.archiving = m_options.contains(u"archiving"_s);
    m_command.generatePassword = m_options.contains(u"generate-password"_s);
    return true;
}

bool CommandParser::parseImport()
{
    if (!checkOptions({ u"dry-run"_s })
        || !takePositionals({ tr("Give the name of the domain."), tr("Give the CSV file to import.") }))
        return false;
    m_command.filePath = m_positionals.at(1);
    m_command.dryRun = m_options.contains(u"dry-run"_s);
    return true;
}

bool CommandParser::parseExport()
{
    if (!checkOptions({ u"semicolon"_s, u"language"_s }))
        return false;
    if (m_positionals.size() == 2)
        m_command.filePath = m_positionals.takeLast();
    if (!takePositionals({ tr("Give the name of the domain.") }))
        return false;
    m_command.semicolon = m_options.contains(u"semicolon"_s);
    if (m_options.contains(u"language"_s)) {
        const QString language = m_options.value(u"language"_s).toLower();
        if (language != u"it" && language != u"en")
            return fail(tr("Unknown language “%1”: use it or en.").arg(m_options.value(u"language"_s)));
        m_command.exportLanguage = language;
    }
    if (m_command.json && m_command.filePath.isEmpty())
        return fail(tr("With --json, give the FILE to write the CSV to: standard output carries the JSON."));
    return true;
}

QStringList CommandParser::sortColumnNames()
{
    // In the order of MailboxColumn.
    return { u"address"_s, u"status"_s, u"usage"_s, u"quota"_s, u"soft-quota"_s, u"archiving"_s, u"created"_s };
}

QString CommandParser::synopsis(Command::Action action)
{
    using Action = Command::Action;
    // The words in capitals are placeholders; the rest is typed as it is.
    switch (action) {
    case Action::Help:
        return tr("help", "command synopsis");
    case Action::DomainAdd:
        return tr("domain add NAME --space-mb N --max-mailboxes N [--preset poste|aruba|custom] [--archiving] "
                  "[--max-quota-mb N]",
            "command synopsis: translate only the words in capitals");
    case Action::DomainList:
        return tr("domain list", "command synopsis");
    case Action::DomainShow:
        return tr("domain show NAME", "command synopsis: translate only the words in capitals");
    case Action::List:
        return tr("list DOMAIN [--filter TEXT] [--offset N] [--limit N] [--sort COLUMN] [--desc]",
            "command synopsis: translate only the words in capitals");
    case Action::Show:
        return tr("show ADDRESS", "command synopsis: translate only the words in capitals");
    case Action::Create:
        return tr("create ADDRESS [--quota-mb N] [--soft-quota-mb N] [--archiving] [--generate-password]",
            "command synopsis: translate only the words in capitals");
    case Action::Password:
        return tr("password ADDRESS [--generate-password]", "command synopsis: translate only the words in capitals");
    case Action::Enable:
        return tr("enable ADDRESS", "command synopsis: translate only the words in capitals");
    case Action::Disable:
        return tr("disable ADDRESS", "command synopsis: translate only the words in capitals");
    case Action::Quota:
        return tr("quota ADDRESS MB", "command synopsis: translate only the words in capitals");
    case Action::SoftQuota:
        return tr("soft-quota ADDRESS MB", "command synopsis: translate only the words in capitals");
    case Action::Archiving:
        return tr("archiving ADDRESS on|off", "command synopsis: translate only the words in capitals");
    case Action::Delete:
        return tr("delete ADDRESS --yes", "command synopsis: translate only the words in capitals");
    case Action::Demo:
        return tr("demo", "command synopsis");
    case Action::Import:
        return tr("import DOMAIN FILE [--dry-run]", "command synopsis: translate only the words in capitals");
    case Action::Export:
        return tr("export DOMAIN [FILE] [--semicolon] [--language it|en]",
            "command synopsis: translate only the words in capitals");
    }
    return {};
}

QString CommandParser::usageHint() const
{
    const QString form = m_actionKnown && m_command.action != Command::Action::Help
        ? programName + u' ' + synopsis(m_command.action)
        : programName + u' '
            + tr("[--store FILE] [--json] COMMAND", "command synopsis: translate only the words in capitals");
    return tr("Usage: %1").arg(form) + u'\n' + tr("Run “%1 help” to see every command and option.").arg(programName);
}

QString CommandParser::helpText(const QString &defaultStorePath)
{
    using Action = Command::Action;
    const struct
    {
        Action action;
        QString description;
    } commands[] = {
        { Action::DomainAdd,
            tr("Adds a domain with its total space, mailbox limit, largest mailbox quota, password "
               "policy (poste by default) and whether it includes conservazione sostitutiva.") },
        { Action::DomainList, tr("Lists the domains with their limits and what they use.") },
        { Action::DomainShow, tr("Shows one domain's limits, password policy and usage.") },
        { Action::List,
            tr("Lists a domain's mailboxes, disabled ones too. --filter keeps the names that contain "
               "TEXT; --sort orders by address, status, usage, quota, soft-quota, archiving or "
               "created.") },
        { Action::Show, tr("Shows one mailbox.") },
        { Action::Create,
            tr("Creates a mailbox. Without --quota-mb, its disk quota is the domain's largest mailbox "
               "quota, within the space the domain has left. The user must change the password at "
               "first access.") },
        { Action::Password, tr("Sets a new password that the user must change at first access.") },
        { Action::Enable, tr("Enables a mailbox.") },
        { Action::Disable,
            tr("Disables a mailbox: it keeps its messages, but cannot be accessed, cannot send, and "
               "mail sent to it is not delivered.") },
        { Action::Quota,
            tr("Sets the disk quota. A quota below the space the mailbox already uses is set all the "
               "same, with a warning on standard error.") },
        { Action::SoftQuota, tr("Sets the soft quota, the size at which the user is warned; 0 for none.") },
        { Action::Archiving, tr("Turns conservazione sostitutiva (legal archiving) on or off.") },
        { Action::Delete,
            tr("Deletes a mailbox and every message in it, irrecoverably: the provider keeps no copy. "
               "Without --yes nothing is deleted.") },
        { Action::Demo, tr("Adds the demo domain pec.example.it with a few dozen mailboxes.") },
        { Action::Import,
            tr("Creates the mailboxes of a CSV file, one per row: columns name, password, quota, soft "
               "quota, archiving, enabled, with headers in Italian or English, separated by commas or "
               "semicolons. Mailboxes that exist are skipped; an empty password is generated and "
               "shown once. --dry-run shows what would happen to each row and changes nothing.") },
        { Action::Export,
            tr("Writes a domain's mailboxes as CSV (UTF-8), without passwords, to FILE or to standard "
               "output. --semicolon for spreadsheets set to Italian; --language it for Italian column "
               "names.") },
        { Action::Help, tr("Shows this help.") },
    };

    QString text
        = tr("Usage: %1")
              .arg(programName + u' '
                  + tr("[--store FILE] [--json] COMMAND", "command synopsis: translate only the words in capitals"))
        + u"\n\n" + tr("Administers the domains and mailboxes of a PEC Admin store.") + u"\n\n" + tr("Commands:")
        + u'\n';
    for (const auto &command : commands)
        text += u"  " + synopsis(command.action) + u'\n' + wrapped(command.description, 6);
    text += u'\n' + tr("Options:") + u'\n';
    text += u"  --store " + tr("FILE", "placeholder in the help") + u'\n'
        + wrapped(tr("The store to use. By default the file named by the PECADMIN_STORE environment variable, or "
                     "else %1.")
                      .arg(defaultStorePath),
            6);
    text += u"  --json\n"
        + wrapped(tr("Writes the result as JSON on standard output, and an error as JSON on standard error."), 6);
    text += u'\n'
        + wrapped(tr("Passwords are never read from the command line. With --generate-password a password that "
                     "meets the domain's policy is generated and shown once. Otherwise it is read from standard "
                     "input: typed twice without echo at a terminal, or one line when standard input is a file or "
                     "a pipe."),
            0)
        + u'\n'
        + wrapped(tr("Exit status: 0 on success, 1 when the operation is refused (the reason is on standard "
                     "error), 2 when the command line is wrong."),
            0);
    return text;
}

} // namespace pecadmin
