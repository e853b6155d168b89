#include "manpagewriter.h"
#include "commandtable.h"
#include "guicommandline.h"
#include "helpwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

const QString defaultStore = u"~/.local/share/pecadmin/pecadmin/pecadmin.sqlite"_s;

QString bold(const QString &text)
{
    return u"\\fB"_s + ManPageWriter::escaped(text) + u"\\fR"_s;
}

QString italic(const QString &text)
{
    return u"\\fI"_s + ManPageWriter::escaped(text) + u"\\fR"_s;
}

// A synopsis with what is typed as it is in bold and the placeholders in italics.
QString synopsisMarkup(const QString &synopsis)
{
    static const QRegularExpression placeholder(u"^[[:upper:]]+$"_s);
    QStringList parts;
    const QStringList tokens = synopsis.split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        qsizetype start = 0;
        qsizetype end = token.size();
        while (start < end && token.at(start) == u'[')
            ++start;
        while (end > start && token.at(end - 1) == u']')
            --end;
        const QString word = token.mid(start, end - start);
        const QString markup = placeholder.match(word).hasMatch() ? italic(word) : bold(word);
        parts.append(token.left(start) + markup + token.mid(end));
    }
    return parts.join(u' ');
}

QString heading(const QString &text)
{
    return u".SH \""_s + ManPageWriter::escaped(text.toUpper()) + u"\"\n"_s;
}

QString subheading(const QString &text)
{
    return u".SS \""_s + ManPageWriter::escaped(text) + u"\"\n"_s;
}

QString paragraph(const QString &text)
{
    return u".PP\n"_s + ManPageWriter::escaped(text) + u'\n';
}

QString item(const QString &markup, const QString &text)
{
    return u".TP\n"_s + markup + u'\n' + ManPageWriter::escaped(text) + u'\n';
}

QString optionMarkup(const OptionSpec &option)
{
    QString markup = bold(u"--"_s + option.name);
    if (!option.isFlag())
        markup += u' '
            + (option.choicesInSynopsis ? bold(option.choices.join(u'|')) : italic(option.valueName.translated()));
    return markup;
}

QString title(const QString &program)
{
    return u".TH "_s + ManPageWriter::escaped(program.toUpper()) + u" 1 \"\" \"pecadmin "_s
        + ManPageWriter::escaped(HelpWriter::version()) + u"\" \""_s
        + ManPageWriter::escaped(ManPageWriter::tr("User Commands")) + u"\"\n"_s;
}

} // namespace

QStringList ManPageWriter::programs()
{
    return { CommandTable::programName(), GuiCommandLine::programName() };
}

QString ManPageWriter::page(const QString &program)
{
    return program == GuiCommandLine::programName() ? guiPage() : cliPage();
}

QString ManPageWriter::escaped(const QString &text)
{
    QString result = text;
    result.replace(u'\\', u"\\e"_s);
    result.replace(u'-', u"\\-"_s);
    QStringList lines = result.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(u"\\&"_s);
    }
    return lines.join(u'\n');
}

QString ManPageWriter::cliPage()
{
    const QString program = CommandTable::programName();
    QString page = title(program);
    page += heading(tr("Name"));
    page += escaped(program) + u" \\- "_s + escaped(tr("administers the domains and mailboxes of PEC Admin")) + u'\n';

    page += heading(tr("Synopsis"));
    page += synopsisMarkup(program + u' ' + CommandTable::generalSynopsis()) + u" \\&...\n"_s;

    page += heading(tr("Description"));
    page += paragraph(HelpWriter::summary() + u' '
        + tr("It does on the command line what the desktop application pecadmin does, on the same store or server, "
             "for scripts and for postmasters who prefer a terminal."));
    page += paragraph(HelpWriter::passwordsText());

    page += heading(tr("Commands"));
    for (const CommandSpec &spec : CommandTable::commands()) {
        if (spec.hidden)
            continue;
        page += item(synopsisMarkup(spec.synopsis()), spec.description.translated());
        if (!spec.options.isEmpty()) {
            page += u".RS\n"_s;
            for (const OptionSpec &option : spec.options) {
                QString description = option.description.translated();
                if (option.kind == ValueKind::Choice && !option.choicesInSynopsis)
                    description += u' ' + HelpWriter::tr("One of: %1.").arg(option.choices.join(u", "_s));
                page += item(optionMarkup(option), description);
            }
            page += u".RE\n"_s;
        }
    }

    using Group = GlobalOptionSpec::Group;
    page += heading(tr("Options"));
    page += paragraph(tr("These options apply to every command, before or after it."));
    const auto options = [&page](Group group) {
        for (const GlobalOptionSpec &global : CommandTable::globalOptions()) {
            if (global.group != group)
                continue;
            QString description = global.option.description.translated();
            if (global.group == Group::Store)
                description = description.arg(defaultStore);
            QString markup = optionMarkup(global.option);
            if (global.option.name == u"help")
                markup += u", "_s + bold(u"-h"_s);
            page += item(markup, description);
        }
    };
    options(Group::Store);
    options(Group::General);
    page += subheading(tr("PostgreSQL"));
    page += paragraph(HelpWriter::postgreSqlIntro());
    options(Group::PostgreSql);
    page += paragraph(HelpWriter::postgreSqlOutro());
    page += subheading(tr("Saved connections and SCIM servers"));
    page += paragraph(HelpWriter::connectionIntro());
    options(Group::Connection);
    page += paragraph(HelpWriter::connectionOutro());

    page += heading(tr("Environment"));
    page += item(bold(u"PECADMIN_STORE"_s), tr("The store file to use when --store is not given."));
    page += item(bold(u"PECADMIN_PASSWORD"_s),
        tr("The password of a PostgreSQL user or of a SCIM server when it is not in the system keyring."));
    page += item(bold(u"LANG"_s) + u", "_s + bold(u"LC_ALL"_s),
        tr("The language of the messages and of the numbers: Italian for it_IT.UTF-8, English otherwise."));

    page += heading(tr("Exit status"));
    page += paragraph(HelpWriter::exitStatusText());

    page += heading(tr("Files"));
    page += item(italic(defaultStore), tr("The local store, shared with the desktop application."));

    page += heading(tr("Examples"));
    const QList<std::pair<QString, QString>> examples = {
        { tr("Add the demo domain and list its mailboxes whose name contains rossi:"),
            u"pecadmin-cli demo\npecadmin-cli list pec.example.it --filter rossi"_s },
        { tr("Create a mailbox with a generated password, shown once:"),
            u"pecadmin-cli create anna.verdi@pec.example.it --quota-mb 512 --generate-password"_s },
        { tr("Set a password read from a variable, as a script does:"),
            u"printf '%s\\n' \"$NEW_PASSWORD\" | pecadmin-cli password anna.verdi@pec.example.it"_s },
        { tr("Preview the import of a spreadsheet, then import it:"),
            u"pecadmin-cli import pec.example.it dipendenti.csv --dry-run\n"
            "pecadmin-cli import pec.example.it dipendenti.csv"_s },
    };
    for (const auto &[explanation, commands] : examples)
        page += paragraph(explanation) + u".PP\n.nf\n.RS\n"_s + escaped(commands) + u"\n.RE\n.fi\n"_s;

    page += heading(tr("See also"));
    page += u".BR pecadmin (1)\n"_s;
    return page;
}

QString ManPageWriter::guiPage()
{
    const QString program = GuiCommandLine::programName();
    QString page = title(program);
    page += heading(tr("Name"));
    page += escaped(program) + u" \\- "_s + escaped(tr("administers the domains and mailboxes of PEC")) + u'\n';

    page += heading(tr("Synopsis"));
    page += synopsisMarkup(program + u' ' + GuiCommandLine::synopsis()) + u'\n';

    page += heading(tr("Description"));
    page += paragraph(GuiCommandLine::summary());
    page += paragraph(
        tr("It creates, searches, enables, disables and deletes mailboxes, resets passwords, and sets disk quotas, "
           "soft quotas and conservazione sostitutiva (legal archiving), one mailbox at a time or many at once, "
           "in Italian or English."));

    page += heading(tr("Arguments"));
    for (const GuiCommandLine::Argument &argument : GuiCommandLine::arguments()) {
        page += item(italic(QCoreApplication::translate("pecadmin::GuiCommandLine", argument.name)),
            QCoreApplication::translate("pecadmin::GuiCommandLine", argument.description));
    }
    page += heading(tr("Options"));
    for (const GuiCommandLine::Option &option : GuiCommandLine::options()) {
        QStringList forms;
        for (const QString &name : option.names)
            forms.append(bold((name.size() == 1 ? u"-"_s : u"--"_s) + name));
        QString markup = forms.join(u", "_s);
        if (option.valueName)
            markup += u' ' + italic(option.valueText());
        page += item(markup, option.descriptionText());
    }
    page += paragraph(tr("The options of every Qt application, such as -platform and -style, apply too."));

    page += heading(tr("Environment"));
    page += item(bold(u"LANG"_s) + u", "_s + bold(u"LC_ALL"_s),
        tr("The language of the window when none is chosen in View > Language: Italian for it_IT.UTF-8, English "
           "otherwise."));

    page += heading(tr("Files"));
    page += item(italic(defaultStore), tr("The local store, shared with pecadmin-cli."));
    page += item(italic(u"~/.config/pecadmin/pecadmin.conf"_s),
        tr("The settings: the last store, the saved connections (never their passwords, which only the system "
           "keyring keeps), the language, the window's size and columns."));

    page += heading(tr("See also"));
    page += u".BR pecadmin\\-cli (1)\n"_s;
    return page;
}

} // namespace pecadmin
