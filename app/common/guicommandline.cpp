#include "guicommandline.h"

#include <QCommandLineParser>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

// QApplication's own options, which it takes out of the arguments itself: accepted here so
// that they are not refused before it sees them.
const QStringList qtValueOptions
    = { u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s, u"qwindowgeometry"_s, u"qwindowicon"_s,
          u"qwindowtitle"_s, u"style"_s, u"stylesheet"_s, u"display"_s, u"session"_s };
const QStringList qtFlagOptions = { u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s };

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

// A file a file manager passes may be a file:// URL.
QString localPath(const QString &argument)
{
    if (argument.startsWith(u"file:"_s))
        return QUrl(argument).toLocalFile();
    return argument;
}

} // namespace

QString GuiCommandLine::Option::valueText() const
{
    return valueName ? QCoreApplication::translate("pecadmin::GuiCommandLine", valueName) : QString();
}

QString GuiCommandLine::Option::descriptionText() const
{
    return QCoreApplication::translate("pecadmin::GuiCommandLine", description);
}

QString GuiCommandLine::Option::form() const
{
    QStringList forms;
    for (const QString &name : names)
        forms.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    const QString value = valueText();
    return forms.join(u", "_s) + (value.isEmpty() ? QString() : u' ' + value);
}

QList<GuiCommandLine::Option> GuiCommandLine::options()
{
    return {
        { { u"store"_s }, QT_TRANSLATE_NOOP("pecadmin::GuiCommandLine", "FILE"),
            QT_TRANSLATE_NOOP("pecadmin::GuiCommandLine",
                "Opens the local store FILE instead of the last store or connection used; a new store if FILE does "
                "not exist.") },
        { { u"screenshot"_s }, QT_TRANSLATE_NOOP("pecadmin::GuiCommandLine", "FILE"),
            QT_TRANSLATE_NOOP("pecadmin::GuiCommandLine",
                "Saves a picture of the window as the PNG file FILE once the store is shown, and quits: for "
                "documentation and bug reports, also without a screen (-platform offscreen).") },
        { { u"h"_s, u"help"_s }, nullptr, QT_TRANSLATE_NOOP("pecadmin::GuiCommandLine", "Shows this help and exits.") },
        { { u"v"_s, u"version"_s }, nullptr,
            QT_TRANSLATE_NOOP("pecadmin::GuiCommandLine", "Shows the version and exits.") },
    };
}

QList<GuiCommandLine::Argument> GuiCommandLine::arguments()
{
    return {
        { QT_TRANSLATE_NOOP("pecadmin::GuiCommandLine", "FILE"),
            QT_TRANSLATE_NOOP("pecadmin::GuiCommandLine",
                "A store file to open, as a file manager passes it: the same as --store FILE.") },
    };
}

GuiCommandLine::Outcome GuiCommandLine::parse(const QStringList &arguments)
{
    m_storePath.clear();
    m_screenshotPath.clear();
    m_ignoredFiles.clear();
    m_error = Error::None;
    m_errorOption.clear();

    QCommandLineParser parser;
    // "-platform offscreen" as QApplication reads it; "-h" and "-v" are names of one letter.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const Option &option : options()) {
        parser.addOption(option.valueName ? QCommandLineOption(option.names, QString(), u"value"_s)
                                          : QCommandLineOption(option.names));
    }
    for (const QString &name : qtValueOptions) {
        QCommandLineOption option(name, QString(), u"value"_s);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const QString &name : qtFlagOptions) {
        QCommandLineOption option(name);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }

    // QCommandLineParser expects the program's name first.
    if (!parser.parse(QStringList { programName() } + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString name = unknown.constFirst();
            m_error = Error::UnknownOption;
            m_errorOption = (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        } else {
            // The only other error: an option that needs a value was given none.
            m_error = Error::MissingValue;
            m_errorOption = arguments.contains(u"--screenshot"_s) && !arguments.contains(u"--store"_s)
                ? u"--screenshot"_s
                : u"--store"_s;
        }
        return Outcome::Error;
    }
    if (parser.isSet(u"help"_s))
        return Outcome::Help;
    if (parser.isSet(u"version"_s))
        return Outcome::Version;

    if (parser.isSet(u"screenshot"_s)) {
        m_screenshotPath = parser.value(u"screenshot"_s);
        if (m_screenshotPath.isEmpty()) {
            m_error = Error::MissingValue;
            m_errorOption = u"--screenshot"_s;
            return Outcome::Error;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(u"store"_s)) {
        if (!files.isEmpty()) {
            m_error = Error::StoreAndFile;
            return Outcome::Error;
        }
        m_storePath = parser.value(u"store"_s);
        if (m_storePath.isEmpty()) {
            m_error = Error::MissingValue;
            m_errorOption = u"--store"_s;
            return Outcome::Error;
        }
    } else if (!files.isEmpty()) {
        m_storePath = localPath(files.constFirst());
        for (qsizetype i = 1; i < files.size(); ++i)
            m_ignoredFiles.append(localPath(files.at(i)));
    }
    return Outcome::Run;
}

QString GuiCommandLine::errorText() const
{
    switch (m_error) {
    case Error::None:
        break;
    case Error::UnknownOption:
        return tr("Unknown option “%1”.").arg(m_errorOption);
    case Error::MissingValue:
        return tr("The option “%1” needs a value.").arg(m_errorOption);
    case Error::StoreAndFile:
        return tr("Give either --store FILE or a FILE, not both.");
    }
    return {};
}

QString GuiCommandLine::programName()
{
    return u"pecadmin"_s;
}

QString GuiCommandLine::summary()
{
    return tr("Administers the domains and mailboxes of PEC (certified e-mail): a local store, a shared store on "
              "PostgreSQL, or a provider's SCIM server.");
}

QString GuiCommandLine::synopsis()
{
    return tr("[--store FILE] [FILE]", "command synopsis: translate only the words in capitals");
}

QString GuiCommandLine::helpText()
{
    QString text = tr("Usage: %1").arg(programName() + u' ' + synopsis()) + u"\n\n" + wrapped(summary(), 0) + u'\n'
        + tr("Arguments:") + u'\n';
    const auto line = [](const QString &form, const QString &description) -> QString {
        return u"  "_s + form + u'\n' + wrapped(description, 6);
    };
    for (const Argument &argument : arguments()) {
        text += line(QCoreApplication::translate("pecadmin::GuiCommandLine", argument.name),
            QCoreApplication::translate("pecadmin::GuiCommandLine", argument.description));
    }
    text += u'\n' + tr("Options:") + u'\n';
    for (const Option &option : options())
        text += line(option.form(), option.descriptionText());
    text += u'\n'
        + wrapped(tr("The command-line tool pecadmin-cli does the same work in a terminal or a script: "
                     "“pecadmin-cli help”."),
            0);
    return text;
}

QString GuiCommandLine::versionText()
{
    return programName() + u' ' + QCoreApplication::applicationVersion();
}

QString GuiCommandLine::usageHint()
{
    return tr("Usage: %1").arg(programName() + u' ' + synopsis()) + u'\n'
        + tr("Run “%1” to see every option.").arg(programName() + u" --help"_s);
}

} // namespace pecadmin
