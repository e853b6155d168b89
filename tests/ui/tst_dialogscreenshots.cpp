// Every action dialog in the states a user sees, checked for text that does not fit, and
// saved as a picture when PECADMIN_SCREENSHOT_DIR names a folder (docs/screenshots/dialogs):
//   PECADMIN_SCREENSHOT_DIR=docs/screenshots/dialogs PECADMIN_SCREENSHOT_LANGUAGE=it tst_dialogscreenshots

#include "archivingdialog.h"
#include "createmailboxdialog.h"
#include "deletemailboxesdialog.h"
#include "dialogtestsupport.h"
#include "enablemailboxesdialog.h"
#include "errorlabel.h"
#include "newdomaindialog.h"
#include "quotadialog.h"
#include "removedomaindialog.h"
#include "resetpassworddialog.h"
#include "softquotadialog.h"
#include "support/screenshotcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

class TestDialogScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newDomain();
    void editDomain();
    void removeDomain();
    void createMailbox();
    void resetPassword();
    void quotas();
    void archiving();
    void enableAndDisable();
    void deleteMailboxes();

private:
    // Shows `dialog`, checks that every text fits, and saves it as `name`.png.
    bool capture(QDialog *dialog, const QString &name);
    Mailbox mailbox(const QString &name) const { return m_store.mailbox(name + u"@pec.example.it"_s).value(); }

    Store m_store;
    QString m_folder;
    QString m_language;
};

void TestDialogScreenshots::initTestCase()
{
    m_folder = qEnvironmentVariable("PECADMIN_SCREENSHOT_DIR");
    m_language = qEnvironmentVariable("PECADMIN_SCREENSHOT_LANGUAGE", u"en"_s);
    if (!m_folder.isEmpty())
        QVERIFY(QDir().mkpath(m_folder));
}

void TestDialogScreenshots::init()
{
    QVERIFY(m_store.open());
    if (m_language != u"en") {
        static Languages languages;
        QVERIFY(languages.setLanguage(m_language));
    }
}

bool TestDialogScreenshots::capture(QDialog *dialog, const QString &name)
{
    return test::checkAndCapture(dialog, name, m_folder, m_language);
}

void TestDialogScreenshots::newDomain()
{
    NewDomainDialog dialog(m_store.service(), nullptr);
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), u"pec.studiolegale.it"_s);
    QVERIFY(capture(&dialog, u"newdomain"_s));

    NewDomainDialog custom(m_store.service(), nullptr);
    QTest::keyClicks(child<QLineEdit>(&custom, "nameLineEdit"), u"pec"_s);
    child<QComboBox>(&custom, "presetComboBox")->setCurrentIndex(2);
    QVERIFY(capture(&custom, u"newdomain_custom"_s));
}

void TestDialogScreenshots::editDomain()
{
    // The demo domain with a custom policy and users who read English, and a mailbox limit typed
    // below what it holds.
    Domain domain = m_store.details().domain;
    domain.passwordPolicy = PasswordPolicy::custom();
    domain.passwordPolicy.forbidMailboxName = true;
    domain.language = u"en"_s;
    QVERIFY(await(m_store.service()->changeDomain(domain)));
    NewDomainDialog dialog(m_store.service(), m_store.details(), nullptr);
    typeNumber(child<QSpinBox>(&dialog, "maxMailboxesSpinBox"), 10);
    QVERIFY(child<ErrorLabel>(&dialog, "maxMailboxesErrorLabel")->hasError());
    QVERIFY(capture(&dialog, u"editdomain"_s));
}

void TestDialogScreenshots::removeDomain()
{
    RemoveDomainDialog refused(m_store.service(), m_store.details(), nullptr);
    QVERIFY(capture(&refused, u"removedomain_refused"_s));

    m_store.addDomain(u"pec.studiolegale.it"_s, 2048, false);
    RemoveDomainDialog dialog(m_store.service(), m_store.details(u"pec.studiolegale.it"_s), nullptr);
    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmLineEdit"), u"pec.studiolegale.it"_s);
    QVERIFY(capture(&dialog, u"removedomain"_s));
}

void TestDialogScreenshots::createMailbox()
{
    CreateMailboxDialog dialog(m_store.service(), m_store.details(), nullptr);
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), u"anna.verdi"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), u"Anna2024"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, "repeatLineEdit"), u"Anna20"_s);
    QVERIFY(capture(&dialog, u"createmailbox"_s));

    CreateMailboxDialog done(m_store.service(), m_store.details(), nullptr);
    QSignalSpy created(&done, &CreateMailboxDialog::mailboxCreated);
    QTest::keyClicks(child<QLineEdit>(&done, "nameLineEdit"), u"anna.verdi"_s);
    QTest::mouseClick(child<QPushButton>(&done, "generateButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&done, "createButton"), Qt::LeftButton);
    QVERIFY(created.wait(30000));
    QVERIFY(capture(&done, u"createmailbox_credentials"_s));
}

void TestDialogScreenshots::resetPassword()
{
    ResetPasswordDialog dialog(m_store.service(), mailbox(u"mario.rossi"_s), m_store.details().domain, nullptr);
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), u"Mario2024"_s);
    QVERIFY(capture(&dialog, u"resetpassword"_s));

    ResetPasswordDialog postmaster(m_store.service(), mailbox(u"postmaster"_s), m_store.details().domain, nullptr);
    QVERIFY(capture(&postmaster, u"resetpassword_postmaster"_s));
}

void TestDialogScreenshots::quotas()
{
    QuotaDialog quota(m_store.service(), mailbox(u"sara.marino"_s), m_store.details(), nullptr);
    typeNumber(child<QSpinBox>(&quota, "quotaSpinBox"), 450);
    QVERIFY(capture(&quota, u"quota"_s));

    SoftQuotaDialog soft(m_store.service(), mailbox(u"mario.rossi"_s), m_store.details(), nullptr);
    typeNumber(child<QSpinBox>(&soft, "softQuotaSpinBox"), 600);
    QVERIFY(capture(&soft, u"softquota"_s));
}

void TestDialogScreenshots::archiving()
{
    ArchivingDialog dialog(m_store.service(), mailbox(u"giulia.bianchi"_s), m_store.details(), nullptr);
    QVERIFY(capture(&dialog, u"archiving"_s));

    const DomainDetails without = m_store.addDomain(u"pec.senza.it"_s, 4096, false);
    ArchivingDialog unavailable(
        m_store.service(), m_store.mailbox(u"postmaster@pec.senza.it"_s).value(), without, nullptr);
    QVERIFY(capture(&unavailable, u"archiving_unavailable"_s));
}

void TestDialogScreenshots::enableAndDisable()
{
    const QList<Mailbox> selection = { mailbox(u"giulia.bianchi"_s), mailbox(u"postmaster"_s),
        mailbox(u"luca.ferrari"_s), mailbox(u"mario.rossi"_s) };
    EnableMailboxesDialog disable(m_store.service(), selection, false, nullptr);
    QVERIFY(capture(&disable, u"disable"_s));
    QTest::mouseClick(child<QPushButton>(&disable, "disableButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(disable.isFinished(), 30000);
    QVERIFY(capture(&disable, u"disable_summary"_s));

    EnableMailboxesDialog enable(m_store.service(), { mailbox(u"valentina.bruno"_s) }, true, nullptr);
    QVERIFY(capture(&enable, u"enable"_s));
}

void TestDialogScreenshots::deleteMailboxes()
{
    DeleteMailboxesDialog one(m_store.service(), { mailbox(u"mario.rossi"_s) }, nullptr);
    QTest::keyClicks(child<QLineEdit>(&one, "confirmLineEdit"), u"mario.rossi@pec"_s);
    QVERIFY(capture(&one, u"delete"_s));

    DeleteMailboxesDialog several(m_store.service(),
        { mailbox(u"luca.ferrari"_s), mailbox(u"postmaster"_s), mailbox(u"sara.marino"_s) }, nullptr);
    QVERIFY(capture(&several, u"delete_several"_s));
}

QTEST_MAIN(TestDialogScreenshots)
#include "tst_dialogscreenshots.moc"
