#include "archivingdialog.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

namespace {

// giulia.bianchi of the demo domain has no archiving yet; the demo domain offers it.
const QString giulia = u"giulia.bianchi@pec.example.it"_s;

} // namespace

class TestArchivingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void turnsArchivingOn();
    void offersNothingWhereTheDomainHasNoArchiving();
    void staleVersionShowsTheCurrentState();

private:
    std::unique_ptr<ArchivingDialog> makeDialog(const QString &address, const DomainDetails &details);
    Store m_store;
};

void TestArchivingDialog::init()
{
    QVERIFY(m_store.open());
}

std::unique_ptr<ArchivingDialog> TestArchivingDialog::makeDialog(const QString &address, const DomainDetails &details)
{
    const Result<Mailbox> mailbox = m_store.mailbox(address);
    if (!mailbox)
        return nullptr;
    auto dialog = std::make_unique<ArchivingDialog>(m_store.service(), mailbox.value(), details, nullptr);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestArchivingDialog::turnsArchivingOn()
{
    QVERIFY(!m_store.mailbox(giulia).value().archiving);
    auto dialog = makeDialog(giulia, m_store.details());
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &ArchivingDialog::mailboxChanged);
    auto *checkBox = child<QCheckBox>(dialog.get(), "archivingCheckBox");
    auto *saveButton = child<QPushButton>(dialog.get(), "saveButton");
    QVERIFY(checkBox->isVisible());
    QVERIFY(!child<QLabel>(dialog.get(), "unavailableLabel")->isVisible());
    QVERIFY(!saveButton->isEnabled());
    QTest::mouseClick(checkBox, Qt::LeftButton);
    QVERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QVERIFY(m_store.mailbox(giulia).value().archiving);
}

void TestArchivingDialog::offersNothingWhereTheDomainHasNoArchiving()
{
    const QString domain = u"pec.senza.it"_s;
    const DomainDetails details = m_store.addDomain(domain, 4096, false);
    QVERIFY(m_store.createMailbox(domain, u"anna"_s, 100));
    auto dialog = makeDialog(u"anna@pec.senza.it"_s, details);
    QVERIFY(dialog);
    auto *unavailable = child<QLabel>(dialog.get(), "unavailableLabel");
    QVERIFY(unavailable->isVisible());
    QVERIFY(unavailable->text().contains(domain));
    QVERIFY(!child<QCheckBox>(dialog.get(), "archivingCheckBox")->isVisible());
    QVERIFY(!child<QPushButton>(dialog.get(), "saveButton")->isVisible());
    auto *close = child<QPushButton>(dialog.get(), "cancelButton");
    QCOMPARE(close->text(), u"Close"_s);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(!m_store.mailbox(u"anna@pec.senza.it"_s).value().archiving);
}

void TestArchivingDialog::staleVersionShowsTheCurrentState()
{
    auto dialog = makeDialog(giulia, m_store.details());
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &ArchivingDialog::mailboxChanged);
    QVERIFY(m_store.changeQuotaBehindTheDialog(giulia, 900));
    QTest::mouseClick(child<QCheckBox>(dialog.get(), "archivingCheckBox"), Qt::LeftButton);
    auto *saveButton = child<QPushButton>(dialog.get(), "saveButton");
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
    QCOMPARE(changed.at(0).at(0).value<Mailbox>().quotaMb, 900);
    QCOMPARE(child<ErrorLabel>(dialog.get(), "errorLabel")->error()->code(), ServiceError::Code::Conflict);
    QVERIFY(child<QCheckBox>(dialog.get(), "archivingCheckBox")->isChecked());
    QVERIFY(!m_store.mailbox(giulia).value().archiving);
    QTRY_VERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 30000);
    QVERIFY(m_store.mailbox(giulia).value().archiving);
}

QTEST_MAIN(TestArchivingDialog)
#include "tst_archivingdialog.moc"
