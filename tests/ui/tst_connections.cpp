// Connection profiles in the GUI: the connections dialog (add, edit, remove, validation), the
// sign-in after the SCIM server's session expired with the interrupted request resumed, and
// switching the main window between the local store and the SCIM server. Screenshots of the
// dialogs when PECADMIN_SCREENSHOT_DIR names a folder (docs/screenshots/dialogs), in the language
// PECADMIN_SCREENSHOT_LANGUAGE names (English by default; the checks of texts expect English).
#include "appsettings.h"
#include "connection/profilestore.h"
#include "connectionsession.h"
#include "core/languages.h"
#include "createmailboxdialog.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "profilesdialog.h"
#include "quotadialog.h"
#include "signindialog.h"
#include "support/await.h"
#include "support/fakecredentialstore.h"
#include "support/findchild.h"
#include "support/scimserverprocess.h"
#include "support/screenshotcheck.h"
#include "support/testmode.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using pecadmin::test::child;
using pecadmin::test::FakeCredentialStore;

namespace {

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    FakeCredentialStore m_keyring;
    test::ScimServerProcess m_server;
    QString m_screenshots;
    QString m_language;

    // Every state pictured is also checked as a keyboard and screen-reader user meets it; the
    // picture is saved only when PECADMIN_SCREENSHOT_DIR names a folder.
    void screenshot(QWidget *widget, const QString &name)
    {
        QVERIFY(test::checkAndCapture(widget, name, m_screenshots, m_language));
    }

    ConnectionProfile scimProfile() const
    {
        ConnectionProfile profile;
        profile.name = u"Provider"_s;
        profile.kind = ConnectionProfile::Kind::Scim;
        profile.baseUrl = m_server.baseUrl();
        profile.user = m_server.user();
        return profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        static Languages languages;
        m_language = qEnvironmentVariable("PECADMIN_SCREENSHOT_LANGUAGE", u"en"_s);
        languages.setLanguage(m_language);
        m_screenshots = qEnvironmentVariable("PECADMIN_SCREENSHOT_DIR");
        const QString failure = m_server.start();
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_qsettings = std::make_unique<QSettings>(m_dir->filePath(u"pecadmin.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(*m_qsettings);
        m_settings->setStorePath(m_dir->filePath(u"local.sqlite"_s));
        m_keyring.secrets.clear();
        m_keyring.unavailable = false;
    }

    void profilesDialogAddEditRemove()
    {
        ProfileStore store(*m_qsettings, &m_keyring);
        ProfilesDialog dialog(store);
        dialog.show();
        QSignalSpy saved(&dialog, &ProfilesDialog::profileSaved);

        // A new SCIM profile: errors inline as the fields are typed.
        auto *kind = child<QComboBox>(&dialog, "kindComboBox");
        kind->setCurrentIndex(int(ConnectionProfile::Kind::Scim));
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), u"Provider"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, "urlLineEdit"), u"scim.example.it"_s);
        auto *urlError = child<QLabel>(&dialog, "baseUrlErrorLabel");
        QVERIFY(urlError->isVisible());
        QVERIFY(urlError->text().contains(u"https://"_s));
        retype(child<QLineEdit>(&dialog, "urlLineEdit"), m_server.baseUrl().toString());
        QVERIFY(!urlError->isVisible());
        // Saving without a username says where the problem is.
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "userErrorLabel")->isVisible());
        QCOMPARE(saved.count(), 0);
        QTest::keyClicks(child<QLineEdit>(&dialog, "scimUserLineEdit"), m_server.user());
        QVERIFY(!child<QLabel>(&dialog, "userErrorLabel")->isVisible());
        QTest::keyClicks(child<QLineEdit>(&dialog, "domainsLineEdit"), u"pec.example.it"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretLineEdit"), m_server.password());
        QVERIFY(child<QCheckBox>(&dialog, "rememberCheckBox")->isChecked());
        screenshot(&dialog, u"connections_scim"_s);

        // Test connection against the real server.
        QSignalSpy tested(&dialog, &ProfilesDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.at(0).at(0).toBool(), true);
        QVERIFY(child<QLabel>(&dialog, "testLabel")
                    ->text()
                    .contains(QCoreApplication::translate("pecadmin::ProfilesDialog", "✔ The connection works.")));

        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(store.contains(u"Provider"_s));
        QCOMPARE(m_keyring.secrets.value(u"profile/Provider"_s), m_server.password());
        QCOMPARE(child<QListWidget>(&dialog, "profilesListWidget")->count(), 1);

        // A wrong password: the test says so, in our words.
        retype(child<QLineEdit>(&dialog, "secretLineEdit"), u"wrong"_s);
        tested.clear();
        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.at(0).at(0).toBool(), false);

        // Edit: renamed, the password not typed again follows the name.
        dialog.selectProfile(u"Provider"_s);
        retype(child<QLineEdit>(&dialog, "nameLineEdit"), u"Aruba PEC"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY(!store.contains(u"Provider"_s));
        QVERIFY(store.contains(u"Aruba PEC"_s));
        QTRY_COMPARE(m_keyring.secrets.value(u"profile/Aruba PEC"_s), m_server.password());
        QVERIFY(!m_keyring.secrets.contains(u"profile/Provider"_s));

        // A PostgreSQL profile and a file: their own fields.
        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        kind->setCurrentIndex(int(ConnectionProfile::Kind::PostgreSql));
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), u"Shared"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, "hostLineEdit"), u"db.example.it"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, "databaseLineEdit"), u"pecadmin"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, "pgUserLineEdit"), u"postmaster"_s);
        QVERIFY(child<QWidget>(&dialog, "secretWidget")->isVisible());
        screenshot(&dialog, u"connections_postgresql"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 3);
        QCOMPARE(store.profile(u"Shared"_s)->host, u"db.example.it"_s);

        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        kind->setCurrentIndex(int(ConnectionProfile::Kind::SqliteFile));
        QVERIFY(!child<QWidget>(&dialog, "secretWidget")->isVisible());
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), u"Archive"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, "pathLineEdit"), m_dir->filePath(u"archive.sqlite"_s));
        screenshot(&dialog, u"connections_sqlite"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 4);

        // Remove: asked first, the saved password goes too.
        dialog.selectProfile(u"Aruba PEC"_s);
        QSignalSpy removed(&dialog, &ProfilesDialog::profileRemoved);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QVERIFY(store.contains(u"Aruba PEC"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QTRY_COMPARE(removed.count(), 1);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QVERIFY(!store.contains(u"Aruba PEC"_s));
        QVERIFY(!m_keyring.secrets.contains(u"profile/Aruba PEC"_s));
        QCOMPARE(store.profiles().size(), 2);

        // Nothing secret in the settings file.
        m_qsettings->sync();
        QFile file(m_qsettings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_server.password().toUtf8()));
    }

    void signInDialogScreenshots()
    {
        ConnectionProfile profile = scimProfile();
        profile.baseUrl = QUrl(u"https://scim.example.it/scim/v2"_s);
        profile.user = u"postmaster@pec.example.it"_s;
        SignInDialog first(profile, SignInDialog::Reason::FirstSignIn);
        screenshot(&first, u"signin_en"_s.chopped(3));
        SignInDialog expired(profile, SignInDialog::Reason::SessionExpired);
        expired.setKeyringAvailable(false);
        QTest::keyClicks(child<QLineEdit>(&expired, "passwordLineEdit"), u"typed"_s);
        expired.showError(ServiceError(ServiceError::Code::AuthenticationRequired,
            QT_TRANSLATE_NOOP("ServiceError", "The server refused the user name or the password.")));
        QCOMPARE(child<QLineEdit>(&expired, "passwordLineEdit")->text(), u"typed"_s);
        QVERIFY(!child<QCheckBox>(&expired, "rememberCheckBox")->isEnabled());
        QVERIFY(child<QLabel>(&expired, "keyringLabel")->isVisibleTo(&expired));
        screenshot(&expired, u"signin_expired"_s);
    }

    void switchProfiles()
    {
        ProfileStore store(*m_qsettings, &m_keyring);
        ConnectionProfile profile = scimProfile();
        QVERIFY(await(store.saveProfile(profile, {}, m_server.password())).ok());

        MainWindow window(*m_settings);
        window.setCredentialStore(&m_keyring);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QVERIFY(ready.wait(30000));
        auto *connection = child<QLabel>(&window, "connectionLabel");
        QVERIFY(connection->text().startsWith(u"Local store"_s));

        // File > Connect to lists the saved connection.
        auto *menu = child<QMenu>(&window, "connectMenu");
        Q_EMIT menu->aboutToShow();
        QAction *scim = window.findChild<QAction *>(u"connectAction:Provider"_s);
        QVERIFY(scim);
        scim->trigger();
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.profile().name, u"Provider"_s);
        QCOMPARE(connection->text(), u"Provider · online"_s);
        QCOMPARE(window.currentDomain(), u"pec.example.it"_s);
        QTRY_VERIFY(window.mailboxModel()->rowCount() >= 1);
        // The provider's server keeps its domains: they are neither changed nor removed here.
        QAction *editDomain = child<QAction>(&window, "editDomainAction");
        QVERIFY(!editDomain->isEnabled());
        QVERIFY2(editDomain->toolTip().contains(u"provider"_s), qPrintable(editDomain->toolTip()));
        QVERIFY(!child<QAction>(&window, "removeDomainAction")->isEnabled());
        QVERIFY(child<QAction>(&window, "autoRefreshAction")->isEnabled());
        QVERIFY(child<QAction>(&window, "autoRefreshAction")->isChecked());
        QCOMPARE(store.lastProfile(), u"Provider"_s);

        // And back to the local store.
        window.connectProfile(QString());
        QVERIFY(ready.wait(30000));
        QVERIFY(connection->text().startsWith(u"Local store"_s));
        QVERIFY(!child<QAction>(&window, "autoRefreshAction")->isEnabled());
        QCOMPARE(store.lastProfile(), QString());
    }

    // The server stops accepting the session in the middle of work: the sign-in dialog says so,
    // and once signed in again the interrupted creation goes through with what was typed.
    void sessionExpiryResumesInterruptedRequest()
    {
        ProfileStore store(*m_qsettings, &m_keyring);
        QVERIFY(await(store.saveProfile(scimProfile(), {}, m_server.password())).ok());
        store.setLastProfile(u"Provider"_s);

        MainWindow window(*m_settings);
        window.setCredentialStore(&m_keyring);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.profile().name, u"Provider"_s);
        QSignalSpy details(&window, &MainWindow::domainDetailsChanged);
        QTRY_VERIFY(window.domainDetails().mailboxCount > 0);

        child<QAction>(&window, "newMailboxAction")->trigger();
        auto *dialog = window.findChild<CreateMailboxDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), u"ripresa.dopo.scadenza"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "generateButton"), Qt::LeftButton);
        const QString typedPassword = child<QLineEdit>(dialog, "passwordLineEdit")->text();

        m_server.changePassword(u"Rotated-Secret-2"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);

        // Sign in again, above the dialog that was interrupted.
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY((signIn = window.findChild<SignInDialog *>()) != nullptr);
        QCOMPARE(signIn->reason(), SignInDialog::Reason::SessionExpired);
        QVERIFY(child<QLabel>(signIn, "reasonLabel")->text().contains(u"Session expired"_s));
        QTRY_VERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
        // What was typed in the interrupted dialog is still there.
        QCOMPARE(child<QLineEdit>(dialog, "nameLineEdit")->text(), u"ripresa.dopo.scadenza"_s);
        QCOMPARE(child<QLineEdit>(dialog, "passwordLineEdit")->text(), typedPassword);
        // Only one sign-in dialog, however many requests failed.
        QCOMPARE(window.findChildren<SignInDialog *>().size(), 1);

        // A wrong password first: the error inline, what was typed kept.
        auto *password = child<QLineEdit>(signIn, "passwordLineEdit");
        QTest::keyClicks(password, u"still-wrong"_s);
        QTest::mouseClick(child<QPushButton>(signIn, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(signIn, "errorLabel")->isVisible());
        QCOMPARE(password->text(), u"still-wrong"_s);
        QVERIFY(signIn->isVisible());

        retype(password, u"Rotated-Secret-2"_s);
        QSignalSpy created(dialog, &CreateMailboxDialog::mailboxCreated);
        QTest::mouseClick(child<QPushButton>(signIn, "signInButton"), Qt::LeftButton);
        QVERIFY(created.wait(30000));
        QCOMPARE(created.at(0).at(0).value<Mailbox>().address(), u"ripresa.dopo.scadenza@pec.example.it"_s);
        QTRY_VERIFY(window.findChild<SignInDialog *>() == nullptr);
        QCOMPARE(child<QLabel>(&window, "connectionLabel")->text(), u"Provider · online"_s);
        // The new password is remembered.
        QCOMPARE(m_keyring.secrets.value(u"profile/Provider"_s), u"Rotated-Secret-2"_s);
        // The server has the mailbox.
        const Result<Mailbox> stored = await(window.service()->mailbox(u"ripresa.dopo.scadenza@pec.example.it"_s));
        QVERIFY(stored.ok());
        m_server.changePassword(m_server.password());
    }

    // Two dialogs are open and the first one's request is refused by the expired session: after
    // the sign-in that same request goes through, and the other dialog, opened later and with its
    // own button ready, is left as it was (pressing the last dialog's button would change the
    // wrong mailbox).
    void sessionExpiryResumesTheRequestOfItsOwnDialog()
    {
        ProfileStore store(*m_qsettings, &m_keyring);
        QVERIFY(await(store.saveProfile(scimProfile(), {}, m_server.password())).ok());
        store.setLastProfile(u"Provider"_s);

        MainWindow window(*m_settings);
        window.setCredentialStore(&m_keyring);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QVERIFY(ready.wait(30000));
        QTRY_VERIFY(window.domainDetails().mailboxCount > 0);
        QTRY_VERIFY(window.mailboxModel()->rowCount() > 0);

        // The first dialog: a new mailbox, filled in.
        child<QAction>(&window, "newMailboxAction")->trigger();
        auto *create = window.findChild<CreateMailboxDialog *>();
        QVERIFY(create);
        QTest::keyClicks(child<QLineEdit>(create, "nameLineEdit"), u"seconda.finestra"_s);
        QTest::mouseClick(child<QPushButton>(create, "generateButton"), Qt::LeftButton);

        // The second: the quota of a listed mailbox, its Set button ready.
        auto *table = child<QTableView>(&window, "mailboxTableView");
        table->selectRow(0);
        const Mailbox other = window.selectedMailboxes().constFirst();
        child<QAction>(&window, "quotaAction")->trigger();
        auto *quota = window.findChild<QuotaDialog *>();
        QVERIFY(quota);
        QTRY_VERIFY(quota->isVisible());
        auto *quotaSpinBox = child<QSpinBox>(quota, "quotaSpinBox");
        quotaSpinBox->setValue(int(other.quotaMb) + 1);
        QVERIFY(child<QPushButton>(quota, "setButton")->isEnabled());
        QSignalSpy quotaChanged(quota, &QuotaDialog::mailboxChanged);

        m_server.changePassword(u"Rotated-Secret-3"_s);
        QTest::mouseClick(child<QPushButton>(create, "createButton"), Qt::LeftButton);
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY((signIn = window.findChild<SignInDialog *>()) != nullptr);
        // The dialog may be opened by a refresh of the list refused first; the create request
        // joins the queue when its own refusal arrives.
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionSession()->waitingCount(), 1, 30000);

        QTest::keyClicks(child<QLineEdit>(signIn, "passwordLineEdit"), u"Rotated-Secret-3"_s);
        QSignalSpy created(create, &CreateMailboxDialog::mailboxCreated);
        QTest::mouseClick(child<QPushButton>(signIn, "signInButton"), Qt::LeftButton);
        QVERIFY(created.wait(30000));
        QCOMPARE(created.at(0).at(0).value<Mailbox>().address(), u"seconda.finestra@pec.example.it"_s);
        QCOMPARE(window.connectionSession()->waitingCount(), 0);
        QVERIFY(await(window.service()->mailbox(u"seconda.finestra@pec.example.it"_s)).ok());

        // The other dialog was not submitted: still open, as typed, and the server unchanged. The
        // read is a round trip after the sign-in, so a request of that dialog would be seen.
        QVERIFY(quota->isVisible());
        QCOMPARE(quotaSpinBox->value(), int(other.quotaMb) + 1);
        QCOMPARE(quotaChanged.count(), 0);
        const Result<Mailbox> unchanged = await(window.service()->mailbox(other.address()));
        QVERIFY(unchanged.ok());
        QCOMPARE(unchanged.value().quotaMb, other.quotaMb);
        QCOMPARE(quotaChanged.count(), 0);
        m_server.changePassword(m_server.password());
    }

    // No keyring answers: said once, and the password is asked.
    void noKeyringAsksThePassword()
    {
        ProfileStore store(*m_qsettings, &m_keyring);
        QVERIFY(await(store.saveProfile(scimProfile(), {}, m_server.password())).ok());
        m_keyring.unavailable = true;
        MainWindow window(*m_settings);
        window.setCredentialStore(&m_keyring);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QVERIFY(ready.wait(30000));
        QSignalSpy unavailable(window.connectionSession(), &ConnectionSession::keyringUnavailable);
        window.connectProfile(u"Provider"_s);
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY((signIn = window.findChild<SignInDialog *>()) != nullptr);
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!child<QCheckBox>(signIn, "rememberCheckBox")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(signIn, "passwordLineEdit"), m_server.password());
        QTest::mouseClick(child<QPushButton>(signIn, "signInButton"), Qt::LeftButton);
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.profile().name, u"Provider"_s);
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
