#include "core/rules.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "newdomaindialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

class TestNewDomainDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badNameIsExplainedInline_data();
    void badNameIsExplainedInline();
    void presetShowsItsRules();
    void customRulesAreChecked();
    void addsTheDomain();
    void existingDomainKeepsWhatWasTyped();

private:
    std::unique_ptr<NewDomainDialog> makeDialog();
    Store m_store;
};

void TestNewDomainDialog::init()
{
    QVERIFY(m_store.open());
}

std::unique_ptr<NewDomainDialog> TestNewDomainDialog::makeDialog()
{
    auto dialog = std::make_unique<NewDomainDialog>(m_store.service(), nullptr);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestNewDomainDialog::badNameIsExplainedInline_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("one label") << u"pec"_s;
    QTest::newRow("accent") << u"pèc.example.it"_s;
    QTest::newRow("empty label") << u"pec..it"_s;
    QTest::newRow("space") << u"pec example.it"_s;
}

void TestNewDomainDialog::badNameIsExplainedInline()
{
    QFETCH(QString, name);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *nameEdit = child<QLineEdit>(dialog.get(), "nameLineEdit");
    auto *addButton = child<QPushButton>(dialog.get(), "addButton");
    auto *nameError = child<ErrorLabel>(dialog.get(), "nameErrorLabel");
    QVERIFY(!addButton->isEnabled());
    QVERIFY(!nameError->isVisible()); // nothing said before the user types

    typeText(nameEdit, name);
    QVERIFY(!addButton->isEnabled());
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), rules::checkDomainName(name)->message());

    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"pec.nuovo.it"_s);
    QVERIFY(!nameError->isVisible());
    QVERIFY(addButton->isEnabled());
}

void TestNewDomainDialog::presetShowsItsRules()
{
    auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *preset = child<QComboBox>(dialog.get(), "presetComboBox");
    auto *rulesLabel = child<QLabel>(dialog.get(), "presetRulesLabel");
    auto *custom = child<QGroupBox>(dialog.get(), "customGroupBox");
    QCOMPARE(preset->currentIndex(), 0);
    QVERIFY(rulesLabel->text().contains(u"8 to 16 letters and digits"_s));
    QCOMPARE(child<QSpinBox>(dialog.get(), "maxQuotaSpinBox")->value(), 1024);
    QVERIFY(!custom->isVisible());

    preset->setCurrentIndex(1); // Aruba
    QVERIFY(rulesLabel->text().contains(u"8 to 50"_s));
    QVERIFY(rulesLabel->text().contains(u"symbol"_s));
    QVERIFY(!custom->isVisible());

    QVERIFY(rulesLabel->text().contains(u"Must not contain the mailbox name"_s));

    preset->setCurrentIndex(2); // custom: its rules are the fields of the group
    QVERIFY(custom->isVisible());
    QVERIFY(!rulesLabel->isVisible());
}

void TestNewDomainDialog::customRulesAreChecked()
{
    auto dialog = makeDialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameLineEdit"), u"pec.nuovo.it"_s);
    child<QComboBox>(dialog.get(), "presetComboBox")->setCurrentIndex(2);
    auto *addButton = child<QPushButton>(dialog.get(), "addButton");
    QVERIFY(addButton->isEnabled());

    typeNumber(child<QSpinBox>(dialog.get(), "minLengthSpinBox"), 20);
    typeNumber(child<QSpinBox>(dialog.get(), "maxLengthSpinBox"), 12);
    auto *policyError = child<ErrorLabel>(dialog.get(), "policyErrorLabel");
    QVERIFY(policyError->isVisible());
    Domain broken;
    broken.name = u"pec.nuovo.it"_s;
    broken.totalSpaceMb = 1;
    broken.maxMailboxes = 1;
    broken.passwordPolicy.minLength = 20;
    broken.passwordPolicy.maxLength = 12;
    QCOMPARE(policyError->text(), rules::checkDomain(broken)->message());
    QVERIFY(!addButton->isEnabled());

    typeNumber(child<QSpinBox>(dialog.get(), "maxLengthSpinBox"), 40);
    QVERIFY(!policyError->isVisible());
    QVERIFY(addButton->isEnabled());
}

void TestNewDomainDialog::addsTheDomain()
{
    auto dialog = makeDialog();
    QVERIFY(dialog);
    QSignalSpy added(dialog.get(), &NewDomainDialog::domainAdded);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameLineEdit"), u"PEC.Nuovo.it"_s);
    typeNumber(child<QSpinBox>(dialog.get(), "spaceSpinBox"), 3);
    child<QComboBox>(dialog.get(), "spaceUnitComboBox")->setCurrentIndex(1); // GB
    typeNumber(child<QSpinBox>(dialog.get(), "maxMailboxesSpinBox"), 25);
    child<QComboBox>(dialog.get(), "presetComboBox")->setCurrentIndex(1); // Aruba
    QTest::mouseClick(child<QCheckBox>(dialog.get(), "archivingCheckBox"), Qt::LeftButton);
    // Italian by default; the users of this domain read English. Chosen with the keyboard.
    auto *language = child<QComboBox>(dialog.get(), "languageComboBox");
    QCOMPARE(language->currentData().toString(), u"it"_s);
    QCOMPARE(language->accessibleName(), u"Language of the messages to users"_s);
    language->setFocus(Qt::TabFocusReason);
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentText(), u"English"_s);

    QTest::mouseClick(child<QPushButton>(dialog.get(), "addButton"), Qt::LeftButton);
    QVERIFY(added.wait(30000));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const Result<DomainDetails> stored = await(m_store.service()->domainDetails(u"pec.nuovo.it"_s));
    QVERIFY(stored);
    const Domain &domain = stored.value().domain;
    QCOMPARE(domain.totalSpaceMb, 3 * 1024);
    QCOMPARE(domain.maxMailboxes, 25);
    QCOMPARE(domain.maxMailboxQuotaMb, 1024);
    QVERIFY(domain.archivingAvailable);
    QVERIFY(domain.passwordPolicy == PasswordPolicy::aruba());
    QCOMPARE(domain.language, u"en"_s);
}

void TestNewDomainDialog::existingDomainKeepsWhatWasTyped()
{
    auto dialog = makeDialog();
    QVERIFY(dialog);
    QSignalSpy added(dialog.get(), &NewDomainDialog::domainAdded);
    auto *nameEdit = child<QLineEdit>(dialog.get(), "nameLineEdit");
    QTest::keyClicks(nameEdit, demoDomain);
    typeNumber(child<QSpinBox>(dialog.get(), "maxMailboxesSpinBox"), 77);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "addButton"), Qt::LeftButton);
    auto *nameError = child<ErrorLabel>(dialog.get(), "nameErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), 30000);
    QCOMPARE(nameError->error()->code(), ServiceError::Code::AlreadyExists);
    QVERIFY(dialog->isVisible());
    QCOMPARE(added.count(), 0);
    QCOMPARE(nameEdit->text(), demoDomain);
    QCOMPARE(child<QSpinBox>(dialog.get(), "maxMailboxesSpinBox")->value(), 77);
    QCOMPARE(m_store.details().domain.maxMailboxes, 200); // the demo domain is untouched
}

QTEST_MAIN(TestNewDomainDialog)
#include "tst_newdomaindialog.moc"
