#include "appsettings.h"
#include "core/languages.h"
#include "keyring/keyringcredentialstore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

using namespace pecadmin;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same names as the command-line tool, so that both find the same store.
    QApplication::setOrganizationName(QStringLiteral("pecadmin"));
    QApplication::setApplicationName(QStringLiteral("pecadmin"));
    QApplication::setApplicationDisplayName(QStringLiteral("PEC Admin"));
    QApplication::setApplicationVersion(QStringLiteral(PECADMIN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("it.example.pecadmin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pecadmin.svg")));

    QSettings qsettings;
    AppSettings settings(qsettings);
    Languages languages;
    const QString language = settings.language();
    languages.setLanguage(language.isEmpty() ? Languages::languageFor(QLocale::system()) : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administration of PEC domains and mailboxes"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
        QApplication::translate("main", "Open the local store FILE instead of the last one."),
        QApplication::translate("main", "FILE"));
    parser.addOption(storeOption);
    parser.process(app);

    // The passwords of the connections, in the system keyring only.
    KeyringCredentialStore keyring;
    MainWindow window(settings, parser.value(storeOption));
    window.setCredentialStore(&keyring);
    window.setLanguages(&languages);
    window.show();
    return QApplication::exec();
}
