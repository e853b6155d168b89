#include "helpwriter.h"
#include "commandtable.h"
#include "local/sqlstore.h"

#include <QJsonArray>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Group = GlobalOptionSpec::Group;

QString groupName(Group group)
{
    switch (group) {
    case Group::General:
        return u"general"_s;
    case Group::Store:
        return u"store"_s;
    case Group::PostgreSql:
        return u"postgresql"_s;
    case Group::Connection:
        return u"connection"_s;
    }
    return {};
}

QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Text:
        return u"text"_s;
    case ValueKind::Number:
        return u"number"_s;
    case ValueKind::File:
        return u"file"_s;
    case ValueKind::Choice:
        return u"choice"_s;
    }
    return {};
}

// "  --pg-host HOST        the server's name or address": the form, then its description in a
// column, wrapped under it.
QString optionLine(const QString &form, const QString &description)
{
    constexpr qsizetype column = 24;
    const QString head = u"  "_s + form;
    const QString rest = HelpWriter::wrapped(description, column);
    if (head.size() + 2 > column)
        return head + u"\n"_s + rest;
    return head.leftJustified(column) + rest.mid(column);
}

QString storeDescription(const OptionSpec &option, const QString &defaultStorePath)
{
    return option.description.translated().arg(defaultStorePath);
}

QJsonObject optionJson(const OptionSpec &option, const QString &defaultStorePath = {})
{
    const QString description
        = option.name == u"store" ? storeDescription(option, defaultStorePath) : option.description.translated();
    QJsonObject object { { u"name"_s, QString(u"--"_s + option.name) }, { u"description"_s, description },
        { u"required"_s, option.isRequired() } };
    if (!option.isFlag()) {
        object.insert(u"value"_s, option.valueName.translated());
        object.insert(u"kind"_s, kindName(option.kind));
    }
    if (!option.choices.isEmpty())
        object.insert(u"choices"_s, QJsonArray::fromStringList(option.choices));
    return object;
}

QJsonObject commandJson(const CommandSpec &spec)
{
    QJsonArray arguments;
    for (const ArgumentSpec &argument : spec.arguments) {
        QJsonObject object { { u"name"_s, argument.name.translated() }, { u"required"_s, !argument.isOptional() },
            { u"kind"_s, kindName(argument.kind) } };
        if (!argument.choices.isEmpty())
            object.insert(u"choices"_s, QJsonArray::fromStringList(argument.choices));
        arguments.append(object);
    }
    QJsonArray options;
    for (const OptionSpec &option : spec.options)
        options.append(optionJson(option));
    return QJsonObject { { u"name"_s, spec.name() }, { u"synopsis"_s, spec.synopsis() },
        { u"description"_s, spec.description.translated() }, { u"arguments"_s, arguments }, { u"options"_s, options } };
}

bool inTopic(const CommandSpec &spec, const QStringList &topic)
{
    return !spec.hidden && (topic.isEmpty() || spec.words.mid(0, topic.size()) == topic);
}

} // namespace

QString HelpWriter::wrapped(const QString &text, qsizetype indent, qsizetype width)
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

QString HelpWriter::summary()
{
    return tr("Administers the domains and mailboxes of a PEC Admin store.");
}

QString HelpWriter::passwordsText()
{
    return tr("Passwords are never read from the command line. With --generate-password a password that "
              "meets the domain's policy is generated and shown once. Otherwise it is read from standard "
              "input: typed twice without echo at a terminal, or one line when standard input is a file or "
              "a pipe.");
}

QString HelpWriter::exitStatusText()
{
    return tr("Exit status: 0 on success, 1 when the operation is refused (the reason is on standard "
              "error), 2 when the command line is wrong.");
}

QString HelpWriter::postgreSqlIntro()
{
    return tr("A store on a PostgreSQL server, shared by several administrators, instead of a file:");
}

QString HelpWriter::postgreSqlOutro()
{
    return tr("The password of the database user is read from the PECADMIN_PASSWORD environment variable, or "
              "else from the first line of standard input; never from the command line.");
}

QString HelpWriter::connectionIntro()
{
    return tr("A saved connection of the desktop application, or a provider's SCIM server:");
}

QString HelpWriter::connectionOutro()
{
    return tr("Their password comes from the system keyring where it is saved there, else from "
              "PECADMIN_PASSWORD, else from the first line of standard input.");
}

QString HelpWriter::helpText()
{
    return helpText(SqlStore::defaultPath());
}

QString HelpWriter::helpText(const QString &defaultStorePath)
{
    const QString program = CommandTable::programName();
    QString text = tr("Usage: %1").arg(program + u' ' + CommandTable::generalSynopsis()) + u"\n\n" + summary() + u"\n\n"
        + tr("Commands:") + u'\n';
    for (const CommandSpec &spec : CommandTable::commands()) {
        if (!spec.hidden)
            text += u"  " + spec.synopsis() + u'\n' + wrapped(spec.description.translated(), 6);
    }

    text += u'\n' + tr("Options:") + u'\n';
    for (const GlobalOptionSpec &global : CommandTable::globalOptions()) {
        const OptionSpec &option = global.option;
        if (global.group == Group::Store) {
            text += u"  " + option.form() + u'\n' + wrapped(storeDescription(option, defaultStorePath), 6);
        } else if (global.group == Group::General) {
            const QString form = option.name == u"help" ? option.form() + u", -h"_s : option.form();
            text += u"  " + form + u'\n' + wrapped(option.description.translated(), 6);
        }
    }
    text += u'\n' + wrapped(passwordsText(), 0) + u'\n' + wrapped(exitStatusText(), 0);

    const auto group = [&text](Group which, const QString &intro, const QString &outro) {
        text += u'\n' + wrapped(intro, 0);
        for (const GlobalOptionSpec &global : CommandTable::globalOptions()) {
            if (global.group == which)
                text += optionLine(global.option.form(), global.option.description.translated());
        }
        text += wrapped(outro, 0);
    };
    group(Group::PostgreSql, postgreSqlIntro(), postgreSqlOutro());
    group(Group::Connection, connectionIntro(), connectionOutro());
    return text;
}

QString HelpWriter::commandHelpText(const QStringList &topic)
{
    const QString program = CommandTable::programName();
    QStringList parts;
    for (const CommandSpec &spec : CommandTable::commands()) {
        if (!inTopic(spec, topic))
            continue;
        QString text = tr("Usage: %1").arg(program + u' ' + spec.synopsis()) + u"\n\n"
            + wrapped(spec.description.translated(), 0);
        if (!spec.options.isEmpty()) {
            text += u'\n' + tr("Options:") + u'\n';
            for (const OptionSpec &option : spec.options) {
                QString description = option.description.translated();
                if (option.kind == ValueKind::Choice && !option.choicesInSynopsis)
                    description += u' ' + tr("One of: %1.").arg(option.choices.join(u", "_s));
                text += optionLine(option.form(), description);
            }
        }
        parts.append(text);
    }
    return parts.join(u'\n') + u'\n'
        + wrapped(
            tr("Run “%1” to see every command, and the options that every command takes.").arg(program + u" help"_s),
            0);
}

QJsonObject HelpWriter::helpJson(const QStringList &topic)
{
    const QString defaultStorePath = SqlStore::defaultPath();
    QJsonArray commands;
    for (const CommandSpec &spec : CommandTable::commands()) {
        if (inTopic(spec, topic))
            commands.append(commandJson(spec));
    }
    QJsonArray options;
    for (const GlobalOptionSpec &global : CommandTable::globalOptions()) {
        QJsonObject object = optionJson(global.option, defaultStorePath);
        object.insert(u"group"_s, groupName(global.group));
        options.append(object);
    }
    const QJsonArray exitCodes {
        QJsonObject { { u"code"_s, int(ExitCode::Success) }, { u"meaning"_s, tr("success") } },
        QJsonObject { { u"code"_s, int(ExitCode::Refused) }, { u"meaning"_s, tr("the operation was refused") } },
        QJsonObject { { u"code"_s, int(ExitCode::UsageError) }, { u"meaning"_s, tr("the command line is wrong") } },
    };
    return QJsonObject { { u"program"_s, CommandTable::programName() }, { u"version"_s, version() },
        { u"usage"_s, QString(CommandTable::programName() + u' ' + CommandTable::generalSynopsis()) },
        { u"description"_s, summary() }, { u"commands"_s, commands }, { u"options"_s, options },
        { u"exitCodes"_s, exitCodes } };
}

QString HelpWriter::version()
{
    return QStringLiteral(PECADMIN_VERSION);
}

QString HelpWriter::versionText()
{
    return CommandTable::programName() + u' ' + version();
}

QJsonObject HelpWriter::versionJson()
{
    const QVersionNumber number = QVersionNumber::fromString(version());
    return QJsonObject { { u"program"_s, CommandTable::programName() }, { u"version"_s, version() },
        { u"major"_s, number.majorVersion() }, { u"minor"_s, number.minorVersion() },
        { u"patch"_s, number.microVersion() }, { u"qt"_s, QString::fromLatin1(qVersion()) } };
}

} // namespace pecadmin
