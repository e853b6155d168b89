// Opens the main window on a demo store in a temporary folder, in a given language, and
// saves PNGs of it: the welcome page of an empty store and the demo domain's mailboxes.
//
//   pecadmin-screenshots [--language it] [--size 1240x720] OUTDIR
//
// Run it with QT_QPA_PLATFORM=offscreen to make the pictures without a screen.

#include "appsettings.h"
#include "core/languages.h"
#include "core/mailboxservice.h"
#include "core/whenready.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace pecadmin;

namespace {

bool save(QWidget *widget, const QString &file)
{
    const bool saved = widget->grab().save(file);
    QTextStream(stdout) << (saved ? "saved " : "could not save ") << file << Qt::endl;
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pecadmin"));
    QApplication::setApplicationName(QStringLiteral("pecadmin-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("PEC Admin"));
    QStandardPaths::setTestModeEnabled(true); // never the user's own settings or store

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("en or it"), QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size, WxH"), QStringLiteral("size"), QStringLiteral("1240x720"));
    parser.addOption(languageOption);
    parser.addOption(sizeOption);
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Where the PNGs go"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QDir outDir(parser.positionalArguments().constFirst());
    if (!outDir.exists() && !QDir().mkpath(outDir.path()))
        return 1;
    const QString language = parser.value(languageOption);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());

    QTemporaryDir folder;
    if (!folder.isValid())
        return 1;
    QSettings qsettings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(qsettings);
    Languages languages;
    languages.setLanguage(language);

    MainWindow window(settings, folder.filePath(QStringLiteral("pecadmin.sqlite")));
    window.setLanguages(&languages);
    window.resize(windowSize.isValid() ? windowSize : QSize(1280, 720));
    window.show();

    int status = 1;
    bool welcomeSaved = false;
    auto finish = [&](int code) {
        status = code;
        QApplication::quit();
    };
    QTimer::singleShot(30000, &app, [&] { finish(2); }); // never hang

    QObject::connect(&window, &MainWindow::storeFailed, &app, [&] { finish(3); });
    auto addDemo = [&] {
        whenReady(window.service()->addDemoDomain(), &window, [&](const Result<DomainDetails> &result) {
            if (!result)
                finish(4);
            else
                window.openStore(window.storePath()); // as a user who starts it again
        });
    };
    QObject::connect(&window, &MainWindow::storeReady, &app, [&] {
        if (welcomeSaved)
            return;
        // An empty store: the welcome page, then the demo domain.
        welcomeSaved = true;
        QTimer::singleShot(200, &app, [&] {
            save(&window, outDir.filePath(QStringLiteral("welcome-%1.png").arg(language)));
            addDemo();
        });
    });
    bool mainShot = false;
    // Once the rows and the domain's totals are both there.
    auto shootMain = [&] {
        if (mainShot || window.mailboxModel()->rowCount() == 0 || window.domainDetails().domain.name.isEmpty())
            return;
        mainShot = true;
        auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTableView"));
        // Select a mailbox that uses most of its quota, so that the details pane and the
        // red bar show.
        int row = 0;
        for (int i = 0; i < window.mailboxModel()->rowCount(); ++i) {
            if (window.mailboxModel()->mailboxAt(i).name == u"sara.marino") {
                row = i;
                break;
            }
        }
        table->selectRow(row);
        table->scrollTo(window.mailboxModel()->index(row, 0), QAbstractItemView::PositionAtCenter);
        QTimer::singleShot(200, &app,
            [&] { finish(save(&window, outDir.filePath(QStringLiteral("main-%1.png").arg(language))) ? 0 : 5); });
    };
    QObject::connect(window.mailboxModel(), &MailboxTableModel::pageLoaded, &app, shootMain);
    QObject::connect(&window, &MainWindow::domainDetailsChanged, &app, shootMain);

    QApplication::exec();
    return status;
}
