// The window and the new-mailbox dialog connected to a SCIM server without a Domain resource
// (tests/scim-server-alt --no-domain-resource), where the domain's limits are unknown: the
// status bar, the details pane and the dialog say so and show no made-up number. Checked for
// text that does not fit, and saved as pictures when PECADMIN_SCREENSHOT_DIR names a folder:
//   PECADMIN_SCREENSHOT_DIR=docs/screenshots PECADMIN_SCREENSHOT_LANGUAGE=it tst_unknownlimitsscreenshots

#include "appsettings.h"
#include "connection/profilestore.h"
#include "core/languages.h"
#include "core/rules.h"
#include "createmailboxdialog.h"
#include "mailboxdetailspane.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "support/await.h"
#include "support/fakecredentialstore.h"
#include "support/findchild.h"
#include "support/scimserverprocess.h"
#include "support/screenshotcheck.h"
#include "support/testmode.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using pecadmin::test::child;
using pecadmin::test::FakeCredentialStore;

class TestUnknownLimitsScreenshots : public QObject
{
    Q_OBJECT

private:
    test::ScimServerProcess m_server { test::ScimServerProcess::Server::Alternative };
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    FakeCredentialStore m_keyring;
    QString m_folder;
    QString m_language;

    bool capture(QWidget *widget, const QString &name)
    {
        return test::checkAndCapture(widget, name, m_folder, m_language);
    }

    bool italian() const { return m_language == u"it"; }

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        m_folder = qEnvironmentVariable("PECADMIN_SCREENSHOT_DIR");
        m_language = qEnvironmentVariable("PECADMIN_SCREENSHOT_LANGUAGE", u"en"_s);
        if (!m_folder.isEmpty())
            QVERIFY(QDir().mkpath(m_folder));
        static Languages languages;
        QVERIFY(languages.setLanguage(m_language));
        QVERIFY(m_dir.isValid());
        const QString failure = m_server.start({ u"--no-domain-resource"_s, u"--seed"_s, u"6"_s });
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        m_qsettings = std::make_unique<QSettings>(m_dir.filePath(u"pecadmin.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(*m_qsettings);
        m_settings->setStorePath(m_dir.filePath(u"local.sqlite"_s));

        ProfileStore store(*m_qsettings, &m_keyring);
        ConnectionProfile profile;
        profile.name = u"Provider"_s;
        profile.kind = ConnectionProfile::Kind::Scim;
        profile.baseUrl = m_server.baseUrl();
        profile.user = m_server.user();
        profile.domains = QStringList { u"pec.example.it"_s };
        QVERIFY(await(store.saveProfile(profile, {}, m_server.password())).ok());
        store.setLastProfile(u"Provider"_s);
    }

    void windowAndNewMailboxDialog()
    {
        MainWindow window(*m_settings);
        window.setCredentialStore(&m_keyring);
        window.resize(1280, 720);
        window.show();
        QSignalSpy ready(&window, &MainWindow::storeReady);
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.profile().name, u"Provider"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.domainDetails().mailboxCount, 7, 30000);
        QVERIFY(!window.domainDetails().limitsKnown);
        QTRY_COMPARE_WITH_TIMEOUT(window.mailboxModel()->rowCount(), 7, 30000);

        // The status bar: the count the server gives, no limit of 0, and why.
        auto *totals = child<QLabel>(&window, "totalsLabel");
        QTRY_VERIFY(!totals->text().isEmpty());
        QCOMPARE(totals->text(), italian() ? u"7 caselle"_s : u"7 mailboxes"_s);
        auto *note = child<QLabel>(&window, "noteLabel");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(italian() ? u"controllati dal gestore"_s : u"checked by the provider"_s),
            qPrintable(note->text()));

        // The details pane: the mailbox's own archiving, not "not available for this domain".
        auto *table = child<QTableView>(&window, "mailboxTableView");
        int row = -1;
        for (int i = 0; i < window.mailboxModel()->rowCount(); ++i) {
            if (window.mailboxModel()->mailboxAt(i).name == u"user0003")
                row = i;
        }
        QVERIFY(row >= 0);
        table->selectionModel()->select(
            window.mailboxModel()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *pane = child<MailboxDetailsPane>(&window, "mailboxDetailsPane");
        QTRY_COMPARE(pane->valueText(u"usernameValueLabel"_s), u"user0003"_s);
        QCOMPARE(pane->valueText(u"archivingValueLabel"_s), italian() ? u"Sì"_s : u"Yes"_s);
        QVERIFY(child<QAction>(&window, "archivingAction")->isEnabled());
        // The status bar and the details pane show every text whole; the picture is the window's.
        QVERIFY(test::showSettled(&window));
        QVERIFY2(
            test::cutTexts(window.statusBar()).isEmpty(), qPrintable(test::cutTexts(window.statusBar()).join(u' ')));
        QVERIFY2(test::cutTexts(pane).isEmpty(), qPrintable(test::cutTexts(pane).join(u' ')));
        if (!m_folder.isEmpty())
            QVERIFY(test::savePicture(&window, u"unknownlimits_window"_s, m_folder, m_language));

        // The new-mailbox dialog: the default quota, no made-up largest quota or policy.
        child<QAction>(&window, "newMailboxAction")->trigger();
        auto *dialog = window.findChild<CreateMailboxDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(child<QSpinBox>(dialog, "quotaSpinBox")->value(), rules::unstatedDefaultQuotaMb);
        const QString hint = child<QLabel>(dialog, "quotaHintLabel")->text();
        QVERIFY2(!hint.contains(u"MB"_s) && hint.contains(u"server"_s), qPrintable(hint));
        QVERIFY2(child<QLabel>(dialog, "checklistTitleLabel")->text().contains(u"server"_s),
            qPrintable(child<QLabel>(dialog, "checklistTitleLabel")->text()));
        QVERIFY(child<QCheckBox>(dialog, "archivingCheckBox")->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), u"anna.verdi"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordLineEdit"), u"anna"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatLineEdit"), u"anna"_s);
        // A short password is the server's to judge: nothing refuses it here.
        QVERIFY(child<QWidget>(dialog, "createButton")->isEnabled());
        QVERIFY(capture(dialog, u"unknownlimits_createmailbox"_s));
        dialog->reject();
    }
};

QTEST_MAIN(TestUnknownLimitsScreenshots)
#include "tst_unknownlimitsscreenshots.moc"
