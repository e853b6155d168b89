// The main window on a remote connection that keeps a copy for offline work, against the real
// SCIM test server: the copy made while online; File > Work offline; the server stopped, the
// window offline on the copy (banner, status bar, reads, a change's dialog); the server back, the
// window online by itself; and a start with the server down opening straight into offline mode.
// Checked for cut text and named widgets, and saved as pictures when PECADMIN_SCREENSHOT_DIR
// names a folder, in the language of PECADMIN_SCREENSHOT_LANGUAGE (English by default).
#include "appsettings.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "connectioncontroller.h"
#include "core/languages.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "support/await.h"
#include "support/findchild.h"
#include "support/offlinewindowfixture.h"
#include "support/screenshotcheck.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using pecadmin::test::child;

namespace {

constexpr int seeded = 8; // and the postmaster

} // namespace

class TestOfflineWindow : public QObject
{
    Q_OBJECT

private:
    test::OfflineWindowFixture m_fixture;
    test::ScimServerProcess &m_server = m_fixture.server();

    bool italian() const { return m_fixture.italian(); }
    // The word is the same in both languages; the rest of the banner is not.
    QString bannerStart() const
    {
        return italian() ? u"Offline: è mostrata la copia del"_s : u"Offline: showing the copy of"_s;
    }

    // A window on the saved connection, shown, its first domain read; its copy's refreshes
    // watched from before it was shown.
    test::OfflineWindowFixture::Window openWindow() { return m_fixture.openWindow(QSize(1280, 720), false); }

    static int rowsOf(MainWindow &window) { return window.mailboxModel()->rowCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = m_fixture.setUp(seeded, u"pec.example.it"_s);
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        ProfileStore store(m_fixture.qsettings(), &m_fixture.keyring());
        QVERIFY(store.profile(QString::fromLatin1(test::OfflineWindowFixture::profileName))->keepOfflineCopy);
    }

    void workOfflineOnPurposeAndBack()
    {
        auto window = openWindow();
        ConnectionController *connection = window->connectionController();
        QSignalSpy &copied = *window.copied;
        QVERIFY(!copied.isEmpty() || copied.wait(30000));
        PECADMIN_VERIFY_OK(copied.constFirst().constFirst().value<Outcome>());
        QVERIFY(Connector::hasReplica(window->profile()));
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*window), seeded + 1, 30000);
        QVERIFY(connection->isOnline());
        auto *banner = child<QLabel>(window.get(), "offlineBanner");
        QVERIFY(!banner->isVisible());

        auto *workOffline = child<QAction>(window.get(), "workOfflineAction");
        QVERIFY(workOffline->isEnabled());
        workOffline->trigger();
        QTRY_VERIFY(connection->isOffline());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(bannerStart()), qPrintable(banner->text()));
        QVERIFY(!banner->accessibleName().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*window), seeded + 1, 30000);
        QVERIFY(child<QLabel>(window.get(), "connectionLabel")->text().endsWith(u"offline"_s));

        workOffline->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!connection->isOffline(), 30000);
        QTRY_VERIFY(!banner->isVisible());
        QTRY_VERIFY(connection->isOnline());
    }

    void serverGoneAndBack()
    {
        auto window = openWindow();
        ConnectionController *connection = window->connectionController();
        // The copy is refreshed right after connecting: watched from before the window was shown.
        QSignalSpy &copied = *window.copied;
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*window), seeded + 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!copied.isEmpty(), 60000);

        m_server.stop();
        child<QAction>(window.get(), "refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(connection->isOffline(), 30000);
        auto *banner = child<QLabel>(window.get(), "offlineBanner");
        QTRY_VERIFY(banner->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*window), seeded + 1, 30000);

        // Reads from the copy: the totals, a search, a sort.
        QTRY_COMPARE(window->domainDetails().mailboxCount, seeded + 1);
        QVERIFY(!child<QLabel>(window.get(), "totalsLabel")->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(window.get(), "searchLineEdit"), u"user000"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*window), seeded, 30000);
        child<QTableView>(window.get(), "mailboxTableView")->sortByColumn(0, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowsOf(*window) == seeded && window->mailboxModel()->mailboxAt(0).name == u"user0008"_s, 30000);

        // A change of a mailbox opens its dialog: offline it goes into the journal (tst_journalpane).
        child<QTableView>(window.get(), "mailboxTableView")->selectRow(0);
        QTRY_VERIFY(child<QAction>(window.get(), "disableAction")->isEnabled());
        child<QAction>(window.get(), "disableAction")->trigger();
        QTRY_VERIFY(QApplication::activeModalWidget()
            && QApplication::activeModalWidget()->objectName() == u"disableMailboxesDialog"_s);
        QApplication::activeModalWidget()->close();
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // The server comes back: online again without anyone asking.
        const QString failure = m_server.restart({ u"--seed"_s, QString::number(seeded) });
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        QTRY_VERIFY_WITH_TIMEOUT(!connection->isOffline(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(connection->isOnline(), 30000);
        QTRY_VERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window->mailboxModel()->isLoading() && rowsOf(*window) == seeded, 30000);
        // The table may be read again meanwhile (the refresh after coming back): select until it holds.
        auto *table = child<QTableView>(window.get(), "mailboxTableView");
        QTRY_VERIFY_WITH_TIMEOUT(
            (table->selectRow(0), child<QAction>(window.get(), "disableAction")->isEnabled()), 30000);
    }

    void startsOfflineWithTheServerDown()
    {
        m_server.stop();
        auto window = openWindow();
        ConnectionController *connection = window->connectionController();
        QTRY_VERIFY_WITH_TIMEOUT(connection->isOffline(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*window), seeded + 1, 30000);
        auto *banner = child<QLabel>(window.get(), "offlineBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(bannerStart()), qPrintable(banner->text()));
        QTRY_VERIFY(connection->copiedAt().isValid());
        QTRY_VERIFY(banner->text().contains(QString::number(connection->copiedAt().toLocalTime().time().minute())));
        QVERIFY(!window->findChild<QWidget *>(u"errorPage"_s)->isVisible());
        // The banner and the status bar show their texts whole; the picture is the window's.
        QVERIFY(test::showSettled(window.get()));
        QVERIFY2(
            test::cutTexts(window->statusBar()).isEmpty(), qPrintable(test::cutTexts(window->statusBar()).join(u' ')));
        QVERIFY(banner->height() >= banner->heightForWidth(banner->width()));
        QVERIFY(banner->focusPolicy() != Qt::NoFocus); // Tab reaches it
        QVERIFY(m_fixture.screenshot(window.get(), u"offline_window"_s));
        const QString restarted = m_server.restart({ u"--seed"_s, QString::number(seeded) });
        if (!restarted.isEmpty())
            QFAIL(qPrintable(restarted));
        QTRY_VERIFY_WITH_TIMEOUT(connection->isOnline(), 30000);
    }
};

QTEST_MAIN(TestOfflineWindow)
#include "tst_offlinewindow.moc"
