#include "core/rules.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "messagebox.h"
#include "quotadialog.h"
#include "softquotadialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

namespace {

// sara.marino of the demo domain: a 512 MB quota, nearly full.
const QString nearlyFull = u"sara.marino@pec.example.it"_s;
// mario.rossi: a 512 MB quota, a soft quota of 409 MB, 12 % used.
const QString roomy = u"mario.rossi@pec.example.it"_s;

} // namespace

class TestQuotaDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quotaBelowUsageAsksAgain();
    void quotaRangeFollowsTheDomain();
    void languageChangeKeepsTheInput();
    void unknownLimitsAreLeftToTheProvider();
    void quotaBelowSoftQuotaIsRefusedInline();
    void staleQuotaLoadsTheCurrentValues();
    void softQuotaAboveQuotaIsRefusedInline();
    void softQuotaZeroMeansNoWarning();
    void staleSoftQuotaLoadsTheCurrentValues();

private:
    template<typename Dialog> std::unique_ptr<Dialog> makeDialog(const QString &address, const DomainDetails &details);
    Store m_store;
};

void TestQuotaDialogs::init()
{
    QVERIFY(m_store.open());
}

void TestQuotaDialogs::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

template<typename Dialog>
std::unique_ptr<Dialog> TestQuotaDialogs::makeDialog(const QString &address, const DomainDetails &details)
{
    const Result<Mailbox> mailbox = m_store.mailbox(address);
    if (!mailbox)
        return nullptr;
    auto dialog = std::make_unique<Dialog>(m_store.service(), mailbox.value(), details, nullptr);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestQuotaDialogs::quotaBelowUsageAsksAgain()
{
    auto dialog = makeDialog<QuotaDialog>(nearlyFull, m_store.details());
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &QuotaDialog::mailboxChanged);
    auto *quota = child<QSpinBox>(dialog.get(), "quotaSpinBox");
    auto *setButton = child<QPushButton>(dialog.get(), "setButton");
    QCOMPARE(quota->value(), 512);
    QVERIFY(!setButton->isEnabled()); // nothing changed yet
    typeNumber(quota, 450); // above its soft quota of 409 MB, below the 502 MB it uses
    QVERIFY(setButton->isEnabled());
    QVERIFY(child<QLabel>(dialog.get(), "belowUsageLabel")->isVisible());

    // No: nothing is written, the dialog stays with the value typed.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(setButton, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(nearlyFull));
    // A change, had one been sent, has been answered and delivered once this is back.
    QVERIFY(test::serviceBarrier(*m_store.service()));
    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(quota->value(), 450);
    QCOMPARE(m_store.mailbox(nearlyFull).value().quotaMb, 512);

    // Yes: the quota is set.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(setButton, Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QCOMPARE(changed.at(0).at(0).value<Mailbox>().quotaMb, 450);
    QCOMPARE(m_store.mailbox(nearlyFull).value().quotaMb, 450);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestQuotaDialogs::quotaRangeFollowsTheDomain()
{
    // 1500 MB in all: 1024 for the postmaster, 100 for the mailbox, 376 left.
    const QString domain = u"pec.piccolo.it"_s;
    QVERIFY(!m_store.addDomain(domain, 1500, false).domain.name.isEmpty());
    QVERIFY(m_store.createMailbox(domain, u"anna"_s, 100));
    auto dialog = makeDialog<QuotaDialog>(u"anna@pec.piccolo.it"_s, m_store.details(domain));
    QVERIFY(dialog);
    QCOMPARE(dialog->maximumQuotaMb(), 476);
    QCOMPARE(child<QSpinBox>(dialog.get(), "quotaSpinBox")->maximum(), 476);
    QVERIFY(child<QLabel>(dialog.get(), "maximumValueLabel")->text().contains(u"476"_s));
    QVERIFY(child<QLabel>(dialog.get(), "spaceLeftValueLabel")->text().contains(u"376"_s));

    typeNumber(child<QSpinBox>(dialog.get(), "quotaSpinBox"), 476);
    QSignalSpy changed(dialog.get(), &QuotaDialog::mailboxChanged);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "setButton"), Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QCOMPARE(m_store.details(domain).freeSpaceMb(), 0);
}

void TestQuotaDialogs::languageChangeKeepsTheInput()
{
    auto dialog = makeDialog<QuotaDialog>(roomy, m_store.details());
    QVERIFY(dialog);
    auto *quota = child<QSpinBox>(dialog.get(), "quotaSpinBox");
    typeNumber(quota, 100);
    auto *error = child<ErrorLabel>(dialog.get(), "quotaErrorLabel");
    const QString message = error->text();
    QVERIFY(!message.isEmpty());
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(dialog.get(), &languageChange);
    QCOMPARE(quota->value(), 100);
    QCOMPARE(error->text(), message);
    QVERIFY(!child<QPushButton>(dialog.get(), "setButton")->text().isEmpty());
}

void TestQuotaDialogs::unknownLimitsAreLeftToTheProvider()
{
    DomainDetails unknown = m_store.details();
    unknown.limitsKnown = false;
    unknown.domain.totalSpaceMb = 0;
    unknown.domain.maxMailboxes = 0;
    unknown.allocatedMb = 0;
    auto dialog = makeDialog<QuotaDialog>(roomy, unknown);
    QVERIFY(dialog);
    // Neither the domain's space nor its largest quota is made up: the provider checks both.
    QCOMPARE(dialog->maximumQuotaMb(), rules::unstatedQuotaCapMb);
    QVERIFY(!child<QLabel>(dialog.get(), "spaceLeftValueLabel")->text().contains(u"MB"_s));
    QVERIFY(!child<QLabel>(dialog.get(), "maximumValueLabel")->text().contains(u"MB"_s));
    typeNumber(child<QSpinBox>(dialog.get(), "quotaSpinBox"), 1000);
    QVERIFY(!child<ErrorLabel>(dialog.get(), "quotaErrorLabel")->isVisible());
    QSignalSpy changed(dialog.get(), &QuotaDialog::mailboxChanged);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "setButton"), Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QCOMPARE(m_store.mailbox(roomy).value().quotaMb, 1000);
}

void TestQuotaDialogs::quotaBelowSoftQuotaIsRefusedInline()
{
    auto dialog = makeDialog<QuotaDialog>(roomy, m_store.details());
    QVERIFY(dialog);
    const Mailbox mailbox = m_store.mailbox(roomy).value();
    QVERIFY(mailbox.softQuotaMb > 100);
    typeNumber(child<QSpinBox>(dialog.get(), "quotaSpinBox"), 100);
    auto *error = child<ErrorLabel>(dialog.get(), "quotaErrorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), rules::checkSoftQuota(mailbox.softQuotaMb, 100)->message());
    QVERIFY(!child<QPushButton>(dialog.get(), "setButton")->isEnabled());
}

void TestQuotaDialogs::staleQuotaLoadsTheCurrentValues()
{
    auto dialog = makeDialog<QuotaDialog>(roomy, m_store.details());
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &QuotaDialog::mailboxChanged);
    // Another administrator sets the quota to 1000 MB meanwhile.
    QVERIFY(m_store.changeQuotaBehindTheDialog(roomy, 1000));

    auto *quota = child<QSpinBox>(dialog.get(), "quotaSpinBox");
    typeNumber(quota, 700);
    auto *setButton = child<QPushButton>(dialog.get(), "setButton");
    QTest::mouseClick(setButton, Qt::LeftButton);
    auto *error = child<ErrorLabel>(dialog.get(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(error->error()->code(), ServiceError::Code::Conflict);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
    QCOMPARE(changed.at(0).at(0).value<Mailbox>().quotaMb, 1000);
    QTRY_VERIFY(child<QLabel>(dialog.get(), "currentValueLabel")->text().contains(u"1,000"_s)
        || child<QLabel>(dialog.get(), "currentValueLabel")->text().contains(u"1000"_s));
    QVERIFY(child<QLabel>(dialog.get(), "reloadedLabel")->isVisible());
    QCOMPARE(quota->value(), 700); // what the user typed stays
    QCOMPARE(m_store.mailbox(roomy).value().quotaMb, 1000);

    // The retry carries the fresh version.
    QTRY_VERIFY(setButton->isEnabled());
    QTest::mouseClick(setButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 30000);
    QCOMPARE(m_store.mailbox(roomy).value().quotaMb, 700);
}

void TestQuotaDialogs::softQuotaAboveQuotaIsRefusedInline()
{
    auto dialog = makeDialog<SoftQuotaDialog>(roomy, m_store.details());
    QVERIFY(dialog);
    auto *soft = child<QSpinBox>(dialog.get(), "softQuotaSpinBox");
    auto *setButton = child<QPushButton>(dialog.get(), "setButton");
    auto *error = child<ErrorLabel>(dialog.get(), "softQuotaErrorLabel");
    typeNumber(soft, 600);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), rules::checkSoftQuota(600, 512)->message());
    QVERIFY(!setButton->isEnabled());

    typeNumber(soft, 300);
    QVERIFY(!error->isVisible());
    QVERIFY(setButton->isEnabled());
    QSignalSpy changed(dialog.get(), &SoftQuotaDialog::mailboxChanged);
    QTest::mouseClick(setButton, Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QCOMPARE(m_store.mailbox(roomy).value().softQuotaMb, 300);
}

void TestQuotaDialogs::softQuotaZeroMeansNoWarning()
{
    auto dialog = makeDialog<SoftQuotaDialog>(roomy, m_store.details());
    QVERIFY(dialog);
    auto *soft = child<QSpinBox>(dialog.get(), "softQuotaSpinBox");
    typeNumber(soft, 0);
    QCOMPARE(soft->value(), 0);
    QSignalSpy changed(dialog.get(), &SoftQuotaDialog::mailboxChanged);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "setButton"), Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QCOMPARE(m_store.mailbox(roomy).value().softQuotaMb, 0);
}

void TestQuotaDialogs::staleSoftQuotaLoadsTheCurrentValues()
{
    auto dialog = makeDialog<SoftQuotaDialog>(roomy, m_store.details());
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &SoftQuotaDialog::mailboxChanged);
    QVERIFY(m_store.changeQuotaBehindTheDialog(roomy, 800));
    typeNumber(child<QSpinBox>(dialog.get(), "softQuotaSpinBox"), 500);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "setButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
    QCOMPARE(child<ErrorLabel>(dialog.get(), "errorLabel")->error()->code(), ServiceError::Code::Conflict);
    QVERIFY(child<QLabel>(dialog.get(), "quotaValueLabel")->text().contains(u"800"_s));
    QCOMPARE(m_store.mailbox(roomy).value().softQuotaMb, 409);
}

QTEST_MAIN(TestQuotaDialogs)
#include "tst_quotadialogs.moc"
