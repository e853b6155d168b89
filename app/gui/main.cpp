#include "appsettings.h"
#include "core/languages.h"
#include "core/mailboxservice.h"
#include "core/whenready.h"
#include "guicommandline.h"
#include "keyring/keyringcredentialstore.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <memory>

#include <cstdio>

using namespace pecadmin;

namespace {

// The same names as the command-line tool, so that both find the same store.
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("pecadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("pecadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PECADMIN_VERSION));
}

// The language chosen in the application, else the system's.
void chooseLanguage(Languages &languages)
{
    QSettings qsettings;
    AppSettings settings(qsettings);
    const QString language = settings.language();
    languages.setLanguage(language.isEmpty() ? Languages::languageFor(QLocale::system()) : language);
}

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

// --help, --version and a wrong command line answered without a window, and so without a
// display: only Qt Core is started.
int answerWithoutWindow(int argc, char *argv[], const GuiCommandLine &commandLine, GuiCommandLine::Outcome outcome)
{
    QCoreApplication app(argc, argv);
    nameApplication();
    Languages languages;
    chooseLanguage(languages);
    switch (outcome) {
    case GuiCommandLine::Outcome::Help:
        print(stdout, GuiCommandLine::helpText());
        return 0;
    case GuiCommandLine::Outcome::Version:
        print(stdout, GuiCommandLine::versionText() + u'\n');
        return 0;
    case GuiCommandLine::Outcome::Error:
    case GuiCommandLine::Outcome::Run:
        break;
    }
    print(stderr,
        GuiCommandLine::programName() + QStringLiteral(": ") + commandLine.errorText() + u'\n'
            + GuiCommandLine::usageHint() + u'\n');
    return 2;
}

// --screenshot FILE: once the store is shown (a domain's mailboxes and totals, the welcome page
// of an empty store, or why it could not be opened), saves a picture of the window and quits.
void saveScreenshotWhenShown(MainWindow &window, const QString &path)
{
    auto saved = std::make_shared<bool>(false);
    auto save = [&window, path, saved] {
        if (*saved)
            return;
        *saved = true;
        const bool written = window.grab().save(path, "PNG");
        if (!written)
            print(stderr,
                GuiCommandLine::programName() + QStringLiteral(": ")
                    + QCoreApplication::translate("pecadmin::GuiCommandLine", "The picture could not be saved as %1.")
                          .arg(path)
                    + u'\n');
        QCoreApplication::exit(written ? 0 : 1);
    };
    auto shownWithMailboxes = [&window, save] {
        if (window.mailboxModel()->rowCount() > 0 && !window.domainDetails().domain.name.isEmpty())
            save();
    };
    QObject::connect(window.mailboxModel(), &MailboxTableModel::pageLoaded, &window, shownWithMailboxes);
    QObject::connect(&window, &MainWindow::domainDetailsChanged, &window, shownWithMailboxes);
    QObject::connect(&window, &MainWindow::storeFailed, &window, [save] { QTimer::singleShot(0, save); });
    QObject::connect(&window, &MainWindow::storeReady, &window, [&window, save] {
        // An empty store shows its welcome page, and nothing more will come.
        whenReady(window.service()->domains(), &window, [save](const Result<QList<Domain>> &domains) {
            if (domains && domains.value().isEmpty())
                QTimer::singleShot(0, save);
        });
    });
    // Whatever is shown after a minute: never wait for ever.
    QTimer::singleShot(60000, &window, save);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    GuiCommandLine commandLine;
    const GuiCommandLine::Outcome outcome = commandLine.parse(arguments);
    if (outcome != GuiCommandLine::Outcome::Run)
        return answerWithoutWindow(argc, argv, commandLine, outcome);

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("PEC Admin"));
    QApplication::setDesktopFileName(QStringLiteral("it.example.pecadmin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pecadmin.svg")));

    QSettings qsettings;
    AppSettings settings(qsettings);
    Languages languages;
    chooseLanguage(languages);
    if (!commandLine.ignoredFiles().isEmpty()) {
        print(stderr,
            GuiCommandLine::programName() + QStringLiteral(": ")
                + QCoreApplication::translate("pecadmin::GuiCommandLine", "Only one store is opened: %1 is not.")
                      .arg(commandLine.ignoredFiles().join(QStringLiteral(", ")))
                + u'\n');
    }

    // The passwords of the connections, in the system keyring only.
    KeyringCredentialStore keyring;
    MainWindow window(settings, commandLine.storePath());
    window.setCredentialStore(&keyring);
    window.setLanguages(&languages);
    window.show();
    if (!commandLine.screenshotPath().isEmpty())
        saveScreenshotWhenShown(window, commandLine.screenshotPath());
    return QApplication::exec();
}
