// The main window with a mailbox's History tab, and View → History, on a real local store:
// checked for text that does not fit and for keyboard and screen-reader users, and saved as
// pictures when PECADMIN_SCREENSHOT_DIR names a folder:
//   PECADMIN_SCREENSHOT_DIR=docs/screenshots PECADMIN_SCREENSHOT_LANGUAGE=it tst_historyscreenshots

#include "appsettings.h"
#include "core/languages.h"
#include "historydialog.h"
#include "historytablemodel.h"
#include "historyview.h"
#include "mailboxdetailspane.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "support/screenshotcheck.h"
#include "support/testmode.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;

class TestHistoryScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        m_folder = qEnvironmentVariable("PECADMIN_SCREENSHOT_DIR");
        m_language = qEnvironmentVariable("PECADMIN_SCREENSHOT_LANGUAGE", u"en"_s);
        if (!m_folder.isEmpty())
            QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_languages.setLanguage(m_language));
        m_qsettings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(*m_qsettings);
    }

    void mailboxHistoryTab()
    {
        MainWindow window(*m_settings, m_dir.filePath(u"store.sqlite"_s));
        window.resize(1100, 640);
        window.show();
        auto *pages = window.findChild<QStackedWidget *>(u"pagesStackedWidget"_s);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
        QTest::mouseClick(window.findChild<QPushButton *>(u"demoDomainButton"_s), Qt::LeftButton);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"mailboxesPage"_s);
        QTRY_VERIFY(window.mailboxModel()->rowCount() > 0 && !window.mailboxModel()->isLoading());

        // A mailbox, clicked in the table; its History tab, clicked.
        auto *table = window.findChild<QTableView *>(u"mailboxTableView"_s);
        const int row = window.mailboxModel()->rowOfAddress(u"mario.rossi@pec.example.it"_s);
        const QModelIndex index = window.mailboxModel()->index(row, MailboxTableModel::AddressColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        auto *pane = window.findChild<MailboxDetailsPane *>(u"mailboxDetailsPane"_s);
        QTRY_COMPARE(pane->valueText(u"usernameValueLabel"_s), u"mario.rossi"_s);
        auto *tabs = pane->findChild<QTabWidget *>(u"detailsTabWidget"_s);
        HistoryView *view = pane->historyView();
        QVERIFY(tabs->isTabVisible(tabs->indexOf(view)));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(view)).center());
        QTRY_VERIFY(!view->model()->isLoading() && view->model()->rowCount() == 1);
        QCOMPARE(view->model()->entryAt(0).operation, history::mailboxCreated);
        QCOMPARE(view->model()->index(0, HistoryTableModel::OperationColumn).data().toString(),
            italian() ? u"Casella creata"_s : u"Mailbox created"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), italian() ? u"St&orico"_s : u"Histor&y"_s);

        QVERIFY(test::showSettled(&window));
        QVERIFY2(test::cutTexts(pane).isEmpty(), qPrintable(test::cutTexts(pane).join(u' ')));
        QVERIFY2(test::unnamedWidgets(pane).isEmpty(), qPrintable(test::unnamedWidgets(pane).join(u' ')));
        if (!m_folder.isEmpty())
            QVERIFY(test::savePicture(&window, u"mailbox_history"_s, m_folder, m_language));

        // View → History: the domain's entries, with the buttons to export and to report.
        window.findChild<QAction *>(u"historyAction"_s)->trigger();
        auto *dialog = window.findChild<HistoryDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_VERIFY(!dialog->model()->isLoading() && dialog->model()->rowCount() == 43);
        QVERIFY(test::checkAndCapture(dialog, u"history_dialog"_s, m_folder, m_language));
        dialog->reject();
    }

private:
    bool italian() const { return m_language == u"it"; }

    QTemporaryDir m_dir;
    Languages m_languages;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    QString m_folder;
    QString m_language;
};

QTEST_MAIN(TestHistoryScreenshots)
#include "tst_historyscreenshots.moc"
