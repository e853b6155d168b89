// Changing and removing a domain, through the dialogs' widgets against a real local store.
#include "core/rules.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "newdomaindialog.h"
#include "removedomaindialog.h"

#include <QApplication>
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

namespace {

const QString domainName = u"pec.prova.it"_s;

// The widgets that Tab reaches from `first`, in order, pressing Tab as a user does until the
// focus comes back.
QList<QWidget *> tabChain(QWidget *first)
{
    QList<QWidget *> chain;
    first->activateWindow();
    first->setFocus(Qt::TabFocusReason);
    QWidget *widget = QApplication::focusWidget();
    for (int i = 0; i < 100 && widget && !chain.contains(widget); ++i) {
        chain.append(widget);
        QTest::keyClick(widget, Qt::Key_Tab);
        widget = QApplication::focusWidget();
    }
    return chain;
}

} // namespace

class TestDomainDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editShowsTheDomainAndWhatItUses();
    void editRefusesLimitsBelowUsage();
    void editSavesLimitsAndCustomPolicy();
    void editKeepsWhatWasTypedWhenTheStoreRefuses();
    void everyFieldHasANameAndTabReachesIt();
    void removeNeedsTheTypedName();
    void removeRefusedWhileMailboxesRemain();

private:
    // pec.prova.it, 4 GB, archiving: the postmaster (1024 MB) and mario (800 MB, archiving on).
    DomainDetails addUsedDomain();
    std::unique_ptr<NewDomainDialog> editDialog(const DomainDetails &details);

    Store m_store;
};

void TestDomainDialogs::init()
{
    QVERIFY(m_store.open(false));
}

DomainDetails TestDomainDialogs::addUsedDomain()
{
    m_store.addDomain(domainName, 4096, true);
    const Result<Mailbox> mario = m_store.createMailbox(domainName, u"mario"_s, 800);
    if (!mario)
        return {};
    MailboxChange change;
    change.address = mario.value().address();
    change.archiving = true;
    if (!await(m_store.service()->changeMailbox(change)))
        return {};
    return m_store.details(domainName);
}

std::unique_ptr<NewDomainDialog> TestDomainDialogs::editDialog(const DomainDetails &details)
{
    auto dialog = std::make_unique<NewDomainDialog>(m_store.service(), details, nullptr);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestDomainDialogs::editShowsTheDomainAndWhatItUses()
{
    const DomainDetails details = addUsedDomain();
    QCOMPARE(details.allocatedMb, 1824);
    auto dialog = editDialog(details);
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    auto *name = child<QLineEdit>(dialog.get(), "nameLineEdit");
    QCOMPARE(name->text(), domainName);
    QVERIFY(name->isReadOnly());
    QCOMPARE(child<QSpinBox>(dialog.get(), "spaceSpinBox")->value(), 4);
    QCOMPARE(child<QComboBox>(dialog.get(), "spaceUnitComboBox")->currentIndex(), 1); // GB
    QCOMPARE(child<QSpinBox>(dialog.get(), "maxMailboxesSpinBox")->value(), 10);
    QCOMPARE(child<QSpinBox>(dialog.get(), "maxQuotaSpinBox")->value(), 1024);
    QVERIFY(child<QCheckBox>(dialog.get(), "archivingCheckBox")->isChecked());
    QCOMPARE(child<QComboBox>(dialog.get(), "presetComboBox")->currentIndex(), 0); // Poste
    auto *usage = child<QLabel>(dialog.get(), "usageLabel");
    QVERIFY(usage->isVisible());
    QVERIFY2(usage->text().contains(QLocale().toString(1824)), qPrintable(usage->text()));
    QVERIFY(usage->text().contains(u"2 mailboxes"_s));
    // Nothing refused as it opens: the domain as it is can be saved.
    QVERIFY(child<QPushButton>(dialog.get(), "addButton")->isEnabled());
    QCOMPARE(child<QPushButton>(dialog.get(), "addButton")->text().remove(u'&'), u"Save changes"_s);
    QCOMPARE(dialog->windowTitle(), u"Edit Domain"_s);
}

void TestDomainDialogs::editRefusesLimitsBelowUsage()
{
    const DomainDetails details = addUsedDomain();
    auto dialog = editDialog(details);
    QVERIFY(dialog);
    auto *save = child<QPushButton>(dialog.get(), "addButton");
    const auto expected = [&] { return rules::checkDomainChange(details, dialog->domain())->message(); };

    auto *maxMailboxes = child<QSpinBox>(dialog.get(), "maxMailboxesSpinBox");
    auto *maxMailboxesError = child<ErrorLabel>(dialog.get(), "maxMailboxesErrorLabel");
    typeNumber(maxMailboxes, 1);
    QVERIFY(maxMailboxesError->isVisible());
    QCOMPARE(maxMailboxesError->text(), expected());
    QCOMPARE(maxMailboxes->accessibleDescription(), expected()); // read with the field
    QVERIFY(!save->isEnabled());
    typeNumber(maxMailboxes, 2);
    QVERIFY(!maxMailboxesError->isVisible());
    QVERIFY(maxMailboxes->accessibleDescription().isEmpty());
    QVERIFY(save->isEnabled());

    auto *space = child<QSpinBox>(dialog.get(), "spaceSpinBox");
    auto *spaceError = child<ErrorLabel>(dialog.get(), "spaceErrorLabel");
    child<QComboBox>(dialog.get(), "spaceUnitComboBox")->setCurrentIndex(0); // MB: 4 MB now
    QVERIFY(spaceError->isVisible());
    QCOMPARE(spaceError->text(), expected());
    QVERIFY(spaceError->text().contains(u"1824"_s));
    QVERIFY(!save->isEnabled());
    typeNumber(space, 1824);
    QVERIFY(!spaceError->isVisible());

    auto *maxQuota = child<QSpinBox>(dialog.get(), "maxQuotaSpinBox");
    auto *maxQuotaError = child<ErrorLabel>(dialog.get(), "maxQuotaErrorLabel");
    typeNumber(maxQuota, 1000);
    QVERIFY(maxQuotaError->isVisible());
    QCOMPARE(maxQuotaError->text(), expected());
    QVERIFY(!save->isEnabled());
    typeNumber(maxQuota, 1024);
    QVERIFY(!maxQuotaError->isVisible());

    auto *archiving = child<QCheckBox>(dialog.get(), "archivingCheckBox");
    auto *archivingError = child<ErrorLabel>(dialog.get(), "archivingErrorLabel");
    QTest::mouseClick(archiving, Qt::LeftButton);
    QVERIFY(!archiving->isChecked());
    QVERIFY(archivingError->isVisible());
    QCOMPARE(archivingError->text(), expected());
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(archiving, Qt::LeftButton);
    QVERIFY(!archivingError->isVisible());
    QVERIFY(save->isEnabled());

    // A custom policy with a letter among its symbols.
    child<QComboBox>(dialog.get(), "presetComboBox")->setCurrentIndex(2);
    auto *symbols = child<QLineEdit>(dialog.get(), "symbolsLineEdit");
    auto *policyError = child<ErrorLabel>(dialog.get(), "policyErrorLabel");
    symbols->clear();
    typeText(symbols, u"!é"_s);
    QVERIFY(policyError->isVisible());
    QCOMPARE(policyError->text(), expected());
    QVERIFY(!save->isEnabled());

    // Nothing was written meanwhile.
    QCOMPARE(m_store.details(domainName).domain.totalSpaceMb, 4096);
}

void TestDomainDialogs::editSavesLimitsAndCustomPolicy()
{
    const DomainDetails details = addUsedDomain();
    auto dialog = editDialog(details);
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &NewDomainDialog::domainChanged);
    child<QComboBox>(dialog.get(), "spaceUnitComboBox")->setCurrentIndex(0);
    typeNumber(child<QSpinBox>(dialog.get(), "spaceSpinBox"), 1824);
    typeNumber(child<QSpinBox>(dialog.get(), "maxMailboxesSpinBox"), 2);
    typeNumber(child<QSpinBox>(dialog.get(), "maxQuotaSpinBox"), 2000);
    child<QComboBox>(dialog.get(), "presetComboBox")->setCurrentIndex(2);
    QVERIFY(child<QGroupBox>(dialog.get(), "customGroupBox")->isVisible());
    typeNumber(child<QSpinBox>(dialog.get(), "minLengthSpinBox"), 12);
    auto *symbols = child<QLineEdit>(dialog.get(), "symbolsLineEdit");
    symbols->clear();
    typeText(symbols, u"!?"_s);
    auto *forbidName = child<QCheckBox>(dialog.get(), "forbidNameCheckBox");
    if (!forbidName->isChecked())
        QTest::mouseClick(forbidName, Qt::LeftButton);
    QVERIFY(!child<QLabel>(dialog.get(), "presetRulesLabel")->isVisible());
    auto *language = child<QComboBox>(dialog.get(), "languageComboBox");
    QCOMPARE(language->currentData().toString(), u"it"_s); // as stored
    language->setCurrentIndex(language->findData(u"en"_s));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "addButton"), Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const DomainDetails stored = m_store.details(domainName);
    QCOMPARE(stored.domain.totalSpaceMb, 1824);
    QCOMPARE(stored.domain.maxMailboxes, 2);
    QCOMPARE(stored.domain.maxMailboxQuotaMb, 2000);
    QVERIFY(stored.domain.archivingAvailable);
    const PasswordPolicy &policy = stored.domain.passwordPolicy;
    QCOMPARE(policy.preset, PasswordPolicy::Preset::Custom);
    QCOMPARE(policy.minLength, 12);
    QCOMPARE(policy.allowedSymbols, u"!?"_s);
    QVERIFY(policy.forbidMailboxName);
    QCOMPARE(stored.domain.language, u"en"_s);
    QCOMPARE(changed.constFirst().constFirst().value<DomainDetails>().domain.maxMailboxQuotaMb, 2000);

    // Opened again, the form shows the custom rules as saved.
    auto again = editDialog(stored);
    QVERIFY(again);
    QCOMPARE(child<QSpinBox>(again.get(), "minLengthSpinBox")->value(), 12);
    QCOMPARE(child<QLineEdit>(again.get(), "symbolsLineEdit")->text(), u"!?"_s);
    QVERIFY(child<QCheckBox>(again.get(), "forbidNameCheckBox")->isChecked());
    QCOMPARE(child<QComboBox>(again.get(), "spaceUnitComboBox")->currentIndex(), 0); // 1824 MB is no whole GB
    QCOMPARE(child<QComboBox>(again.get(), "languageComboBox")->currentText(), u"English"_s);
}

void TestDomainDialogs::editKeepsWhatWasTypedWhenTheStoreRefuses()
{
    const DomainDetails details = addUsedDomain();
    auto dialog = editDialog(details);
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &NewDomainDialog::domainChanged);
    child<QComboBox>(dialog.get(), "spaceUnitComboBox")->setCurrentIndex(0);
    typeNumber(child<QSpinBox>(dialog.get(), "spaceSpinBox"), 1824);
    // Another administrator adds a mailbox meanwhile: the store refuses what the form allowed.
    QVERIFY(m_store.createMailbox(domainName, u"giulia"_s, 100));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "addButton"), Qt::LeftButton);
    auto *spaceError = child<ErrorLabel>(dialog.get(), "spaceErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(spaceError->isVisible(), 30000);
    QVERIFY(spaceError->text().contains(u"1924"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(child<QSpinBox>(dialog.get(), "spaceSpinBox")->value(), 1824);
    QCOMPARE(m_store.details(domainName).domain.totalSpaceMb, 4096);
}

void TestDomainDialogs::everyFieldHasANameAndTabReachesIt()
{
    const DomainDetails details = addUsedDomain();
    auto dialog = editDialog(details);
    QVERIFY(dialog);
    child<QComboBox>(dialog.get(), "presetComboBox")->setCurrentIndex(2);
    const QList<QWidget *> chain = tabChain(child<QLineEdit>(dialog.get(), "nameLineEdit"));
    for (const char *name : { "spaceSpinBox", "spaceUnitComboBox", "maxMailboxesSpinBox", "maxQuotaSpinBox",
             "presetComboBox", "minLengthSpinBox", "maxLengthSpinBox", "lowercaseCheckBox", "symbolsLineEdit",
             "forbidNameCheckBox", "archivingCheckBox", "languageComboBox", "addButton", "cancelButton" }) {
        QWidget *widget = child<QWidget>(dialog.get(), name);
        QVERIFY2(widget, name);
        QVERIFY2(chain.contains(widget), name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // In the order of the form: the largest quota after the mailbox limit, the symbols after the classes.
    QVERIFY(chain.indexOf(child<QWidget>(dialog.get(), "maxQuotaSpinBox"))
        == chain.indexOf(child<QWidget>(dialog.get(), "maxMailboxesSpinBox")) + 1);
    QVERIFY(chain.indexOf(child<QWidget>(dialog.get(), "symbolsLineEdit"))
        == chain.indexOf(child<QWidget>(dialog.get(), "symbolCheckBox")) + 1);
    QVERIFY(chain.indexOf(child<QWidget>(dialog.get(), "languageComboBox"))
        == chain.indexOf(child<QWidget>(dialog.get(), "archivingCheckBox")) + 1);
    for (const char *name : { "maxQuotaErrorLabel", "archivingErrorLabel", "policyErrorLabel", "spaceErrorLabel",
             "languageErrorLabel", "usageLabel" })
        QVERIFY2(!child<QWidget>(dialog.get(), name)->accessibleName().isEmpty(), name);

    m_store.addDomain(u"pec.vuoto.it"_s, 2048, false);
    RemoveDomainDialog remove(m_store.service(), m_store.details(u"pec.vuoto.it"_s), nullptr);
    remove.show();
    QVERIFY(QTest::qWaitForWindowExposed(&remove));
    auto *confirm = child<QLineEdit>(&remove, "confirmLineEdit");
    QCOMPARE(remove.focusWidget(), confirm);
    typeText(confirm, u"pec.vuoto.it"_s);
    const QList<QWidget *> removeChain = tabChain(confirm);
    for (const char *name : { "confirmLineEdit", "removeButton", "cancelButton" }) {
        QWidget *widget = child<QWidget>(&remove, name);
        QVERIFY2(removeChain.contains(widget), name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

void TestDomainDialogs::removeNeedsTheTypedName()
{
    m_store.addDomain(u"pec.vuoto.it"_s, 2048, false);
    RemoveDomainDialog dialog(m_store.service(), m_store.details(u"pec.vuoto.it"_s), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy removed(&dialog, &RemoveDomainDialog::domainRemoved);
    auto *confirm = child<QLineEdit>(&dialog, "confirmLineEdit");
    auto *removeButton = child<QPushButton>(&dialog, "removeButton");
    QVERIFY(!child<ErrorLabel>(&dialog, "refusalLabel")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "confirmLabel")->text().contains(u"pec.vuoto.it"_s));
    QVERIFY(!removeButton->isEnabled());
    typeText(confirm, u"pec.vuoto"_s);
    QVERIFY(!removeButton->isEnabled());
    // Return before the name is complete does nothing: the dialog stays, and nothing is removed.
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(removed.count(), 0);
    typeText(confirm, u".IT"_s);
    QVERIFY(removeButton->isEnabled());

    // Once it is, Return removes the domain, as the delete-mailbox dialog deletes.
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(removed.wait(30000));
    QCOMPARE(removed.constFirst().constFirst().toString(), u"pec.vuoto.it"_s);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(await(m_store.service()->domainDetails(u"pec.vuoto.it"_s)).error().code(), ServiceError::Code::NotFound);
}

void TestDomainDialogs::removeRefusedWhileMailboxesRemain()
{
    const DomainDetails details = addUsedDomain();
    RemoveDomainDialog dialog(m_store.service(), details, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *refusal = child<ErrorLabel>(&dialog, "refusalLabel");
    QVERIFY(refusal->isVisible());
    QCOMPARE(refusal->text(), rules::checkDomainRemoval(details)->message());
    QVERIFY(refusal->text().contains(u"first"_s));
    QVERIFY(!child<QLineEdit>(&dialog, "confirmLineEdit")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "removeButton")->isVisible());
    QCOMPARE(child<QPushButton>(&dialog, "cancelButton")->text(), u"Close"_s);
    QCOMPARE(dialog.focusWidget(), child<QPushButton>(&dialog, "cancelButton"));
    QCOMPARE(m_store.details(domainName).mailboxCount, 2);
}

QTEST_MAIN(TestDomainDialogs)
#include "tst_domaindialogs.moc"
