#include "core/rules.h"
#include "createmailboxdialog.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

class TestCreateMailboxDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badNameIsExplainedInline_data();
    void badNameIsExplainedInline();
    void differentPasswordsAreRefused();
    void checklistTicksAsTheUserTypes();
    void quotaDefaultsToWhatTheDomainAllows();
    void createsTheMailboxAndShowsItsCredentialsOnce();
    void refusalKeepsWhatWasTyped();
    void archivingOnlyWhereTheDomainHasIt();
    void unknownLimitsAreLeftToTheProvider();

private:
    std::unique_ptr<CreateMailboxDialog> makeDialog(const DomainDetails &details);
    Store m_store;
};

void TestCreateMailboxDialog::init()
{
    QVERIFY(m_store.open());
}

std::unique_ptr<CreateMailboxDialog> TestCreateMailboxDialog::makeDialog(const DomainDetails &details)
{
    auto dialog = std::make_unique<CreateMailboxDialog>(m_store.service(), details, nullptr);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestCreateMailboxDialog::badNameIsExplainedInline_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("space") << u"mario rossi"_s;
    QTest::newRow("at sign") << u"mario@pec.example.it"_s;
    QTest::newRow("accent") << u"nicolò"_s;
    QTest::newRow("double dot") << u"mario..rossi"_s;
    QTest::newRow("reserved") << u"postmaster"_s;
}

void TestCreateMailboxDialog::badNameIsExplainedInline()
{
    QFETCH(QString, name);
    auto dialog = makeDialog(m_store.details());
    QVERIFY(dialog);
    auto *nameEdit = child<QLineEdit>(dialog.get(), "nameLineEdit");
    auto *password = child<QLineEdit>(dialog.get(), "passwordLineEdit");
    auto *repeat = child<QLineEdit>(dialog.get(), "repeatLineEdit");
    auto *createButton = child<QPushButton>(dialog.get(), "createButton");
    auto *nameError = child<ErrorLabel>(dialog.get(), "nameErrorLabel");
    QVERIFY(nameEdit && password && repeat && createButton && nameError);
    QVERIFY(!nameError->accessibleName().isEmpty());

    QTest::keyClicks(password, u"Valida2024xy"_s);
    QTest::keyClicks(repeat, u"Valida2024xy"_s);
    typeText(nameEdit, name);
    QVERIFY(!createButton->isEnabled());
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), rules::checkNewMailboxName(name)->message());

    // Corrected, the same form is accepted.
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"mario.verdi"_s);
    QVERIFY(!nameError->isVisible());
    QVERIFY(createButton->isEnabled());
}

void TestCreateMailboxDialog::differentPasswordsAreRefused()
{
    auto dialog = makeDialog(m_store.details());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameLineEdit"), u"mario.verdi"_s);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "passwordLineEdit"), u"Valida2024xy"_s);
    auto *repeat = child<QLineEdit>(dialog.get(), "repeatLineEdit");
    auto *repeatError = child<ErrorLabel>(dialog.get(), "repeatErrorLabel");
    QTest::keyClicks(repeat, u"Valida2024x"_s); // on its way: nothing to say yet
    QVERIFY(!repeatError->isVisible());
    QVERIFY(!child<QPushButton>(dialog.get(), "createButton")->isEnabled());
    QTest::keyClicks(repeat, u"z"_s);
    QVERIFY(repeatError->isVisible());
    QCOMPARE(repeatError->text(), rules::checkPasswordsMatch(u"a"_s, u"b"_s)->message());
    QVERIFY(!child<QPushButton>(dialog.get(), "createButton")->isEnabled());

    // A password against the policy (Poste: letters and digits only).
    auto *password = child<QLineEdit>(dialog.get(), "passwordLineEdit");
    password->clear();
    QTest::keyClicks(password, u"Valida2024!"_s);
    auto *passwordError = child<ErrorLabel>(dialog.get(), "passwordErrorLabel");
    QCOMPARE(passwordError->text(), rules::checkPassword(PasswordPolicy::poste(), u"Valida2024!"_s)->message());
}

void TestCreateMailboxDialog::checklistTicksAsTheUserTypes()
{
    auto dialog = makeDialog(m_store.details());
    QVERIFY(dialog);
    auto *length = child<QLabel>(dialog.get(), "ruleLabel0");
    QVERIFY(length);
    QCOMPARE(length->property("satisfied").toBool(), false);
    auto *password = child<QLineEdit>(dialog.get(), "passwordLineEdit");
    QTest::keyClicks(password, u"abc1234"_s);
    QCOMPARE(length->property("satisfied").toBool(), false);
    QTest::keyClicks(password, u"5"_s);
    QCOMPARE(length->property("satisfied").toBool(), true);
    QVERIFY(length->accessibleName().contains(u"8"_s));
}

void TestCreateMailboxDialog::quotaDefaultsToWhatTheDomainAllows()
{
    // 1500 MB in all, the postmaster holds 1024: 476 MB left, below the 1024 MB per mailbox.
    const DomainDetails small = m_store.addDomain(u"pec.piccolo.it"_s, 1500, false);
    QCOMPARE(small.freeSpaceMb(), 476);
    auto dialog = makeDialog(small);
    QVERIFY(dialog);
    auto *quota = child<QSpinBox>(dialog.get(), "quotaSpinBox");
    QCOMPARE(quota->maximum(), 476);
    QCOMPARE(quota->value(), 476);

    auto demo = makeDialog(m_store.details());
    QCOMPARE(child<QSpinBox>(demo.get(), "quotaSpinBox")->value(), 1024);
}

void TestCreateMailboxDialog::createsTheMailboxAndShowsItsCredentialsOnce()
{
    auto dialog = makeDialog(m_store.details());
    QVERIFY(dialog);
    QSignalSpy created(dialog.get(), &CreateMailboxDialog::mailboxCreated);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameLineEdit"), u"Nuovo.Utente"_s);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "generateButton"), Qt::LeftButton);
    const QString password = child<QLineEdit>(dialog.get(), "passwordLineEdit")->text();
    QVERIFY(!rules::checkPassword(PasswordPolicy::poste(), password));
    QCOMPARE(child<QLineEdit>(dialog.get(), "repeatLineEdit")->text(), password);
    typeNumber(child<QSpinBox>(dialog.get(), "quotaSpinBox"), 300);
    typeNumber(child<QSpinBox>(dialog.get(), "softQuotaSpinBox"), 250);
    auto *archiving = child<QCheckBox>(dialog.get(), "archivingCheckBox");
    QVERIFY(archiving->isVisible());
    QTest::mouseClick(archiving, Qt::LeftButton);
    auto *createButton = child<QPushButton>(dialog.get(), "createButton");
    QVERIFY(createButton->isEnabled());

    QTest::mouseClick(createButton, Qt::LeftButton);
    QVERIFY(!createButton->isEnabled()); // while the store works
    QVERIFY(created.wait(30000));
    const auto mailbox = created.at(0).at(0).value<Mailbox>();
    QCOMPARE(mailbox.address(), u"nuovo.utente@pec.example.it"_s);

    // The store holds what the form said.
    const Result<Mailbox> stored = m_store.mailbox(u"nuovo.utente@pec.example.it"_s);
    QVERIFY(stored);
    QCOMPARE(stored.value().quotaMb, 300);
    QCOMPARE(stored.value().softQuotaMb, 250);
    QVERIFY(stored.value().archiving);
    QVERIFY(stored.value().mustChangePassword);

    // The credentials page, once, in the same window.
    auto *stack = child<QStackedWidget>(dialog.get(), "stackedWidget");
    QCOMPARE(stack->currentWidget()->objectName(), u"credentialsPage"_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog.get(), "credentialsAddressLineEdit")->text(), mailbox.address());
    QCOMPARE(child<QLineEdit>(dialog.get(), "credentialsPasswordLineEdit")->text(), password);
    QVERIFY(child<QLineEdit>(dialog.get(), "passwordLineEdit")->text().isEmpty());
    QVERIFY(child<QLabel>(dialog.get(), "reminderLabel")->text().contains(u"first access"_s));

    // The credential letter is never written onto the open store.
    const QString store = m_store.service()->storeFiles().constFirst();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(store);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveLettersButton"), Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QVERIFY2(MessageBox::lastText().contains(u"holds the open store"_s), qPrintable(MessageBox::lastText()));
    QFile storeFile(store);
    QVERIFY(storeFile.open(QIODevice::ReadOnly));
    QVERIFY(storeFile.read(16).startsWith("SQLite format 3"));
    QVERIFY(m_store.mailbox(u"nuovo.utente@pec.example.it"_s));

    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "copyButton"), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(mailbox.address()), qPrintable(copied));
    QVERIFY(copied.contains(password));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "closeButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(child<QLineEdit>(dialog.get(), "credentialsPasswordLineEdit")->text().isEmpty());
}

void TestCreateMailboxDialog::refusalKeepsWhatWasTyped()
{
    const int before = m_store.details().mailboxCount;
    auto dialog = makeDialog(m_store.details());
    QVERIFY(dialog);
    QSignalSpy created(dialog.get(), &CreateMailboxDialog::mailboxCreated);
    auto *nameEdit = child<QLineEdit>(dialog.get(), "nameLineEdit");
    auto *password = child<QLineEdit>(dialog.get(), "passwordLineEdit");
    auto *repeat = child<QLineEdit>(dialog.get(), "repeatLineEdit");
    QTest::keyClicks(nameEdit, u"mario.rossi"_s); // exists in the demo domain
    QTest::keyClicks(password, u"Valida2024xy"_s);
    QTest::keyClicks(repeat, u"Valida2024xy"_s);
    auto *createButton = child<QPushButton>(dialog.get(), "createButton");
    QTest::mouseClick(createButton, Qt::LeftButton);

    auto *nameError = child<ErrorLabel>(dialog.get(), "nameErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), 30000);
    QVERIFY(nameError->error());
    QCOMPARE(nameError->error()->code(), ServiceError::Code::AlreadyExists);
    QVERIFY(nameError->text().contains(u"mario.rossi"_s));
    QCOMPARE(created.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QStackedWidget>(dialog.get(), "stackedWidget")->currentIndex(), 0);
    QCOMPARE(nameEdit->text(), u"mario.rossi"_s);
    QCOMPARE(password->text(), u"Valida2024xy"_s);
    QCOMPARE(repeat->text(), u"Valida2024xy"_s);
    QCOMPARE(m_store.details().mailboxCount, before);

    // Fixing the name is enough to try again.
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"mario.rossi2"_s);
    QVERIFY(createButton->isEnabled());
    QTest::mouseClick(createButton, Qt::LeftButton);
    QVERIFY(created.wait(30000));
    QCOMPARE(m_store.details().mailboxCount, before + 1);
}

void TestCreateMailboxDialog::archivingOnlyWhereTheDomainHasIt()
{
    const DomainDetails without = m_store.addDomain(u"pec.senza.it"_s, 4096, false);
    auto dialog = makeDialog(without);
    QVERIFY(dialog);
    auto *archiving = child<QCheckBox>(dialog.get(), "archivingCheckBox");
    QVERIFY(!archiving->isVisible());
    QVERIFY(!archiving->isEnabled());
    QCOMPARE(child<QLabel>(dialog.get(), "domainLabel")->text(), u"@pec.senza.it"_s);
}

void TestCreateMailboxDialog::unknownLimitsAreLeftToTheProvider()
{
    // As a SCIM server without Domain resources reports a domain.
    DomainDetails unknown = m_store.details();
    unknown.limitsKnown = false;
    unknown.domain.totalSpaceMb = 0;
    unknown.domain.maxMailboxes = 0;
    unknown.allocatedMb = 0;
    unknown.usedBytes = 0;
    auto dialog = makeDialog(unknown);
    QVERIFY(dialog);
    QSignalSpy created(dialog.get(), &CreateMailboxDialog::mailboxCreated);
    auto *quota = child<QSpinBox>(dialog.get(), "quotaSpinBox");
    // The default quota, and no made-up largest quota, space or password policy.
    QCOMPARE(quota->maximum(), rules::unstatedQuotaCapMb);
    QCOMPARE(quota->value(), rules::unstatedDefaultQuotaMb);
    QVERIFY(!child<QLabel>(dialog.get(), "quotaHintLabel")->text().contains(u"MB"_s));
    QVERIFY(child<QLabel>(dialog.get(), "checklistTitleLabel")->text().contains(u"does not state"_s));
    QVERIFY(!child<QLabel>(dialog.get(), "ruleLabel0"));
    QVERIFY(child<QCheckBox>(dialog.get(), "archivingCheckBox")->isEnabled());
    QVERIFY(!child<ErrorLabel>(dialog.get(), "errorLabel")->isVisible());
    QVERIFY(!child<ErrorLabel>(dialog.get(), "quotaErrorLabel")->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameLineEdit"), u"anna.neri"_s);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "generateButton"), Qt::LeftButton);
    auto *createButton = child<QPushButton>(dialog.get(), "createButton");
    QVERIFY(createButton->isEnabled());
    QTest::mouseClick(createButton, Qt::LeftButton);
    QVERIFY(created.wait(30000));
    QVERIFY(m_store.mailbox(u"anna.neri@pec.example.it"_s));
}

QTEST_MAIN(TestCreateMailboxDialog)
#include "tst_createmailboxdialog.moc"
