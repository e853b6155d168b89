#include "bulkchangedialog.h"
#include "bulkreportmodel.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "messagebox.h"
#include "pdftext.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

Q_DECLARE_METATYPE(pecadmin::BulkChange::Action)

class TestBulkChangeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void changesThreeMailboxes_data();
    void changesThreeMailboxes();
    void valueCheckedAsTyped();
    void resetShowsPasswordsOnceAndWritesLetters();

private:
    QList<Mailbox> mailboxes(const QStringList &names) const;
    Store m_store;
};

namespace {
const QStringList three = { u"giulia.bianchi"_s, u"luca.ferrari"_s, u"mario.rossi"_s };
}

void TestBulkChangeDialog::init()
{
    QVERIFY(m_store.open());
}

QList<Mailbox> TestBulkChangeDialog::mailboxes(const QStringList &names) const
{
    QList<Mailbox> list;
    for (const QString &name : names)
        list.append(m_store.mailbox(name + u"@pec.example.it"_s).value());
    return list;
}

void TestBulkChangeDialog::changesThreeMailboxes_data()
{
    QTest::addColumn<BulkChange::Action>("action");
    QTest::addColumn<int>("value");
    QTest::newRow("quota") << BulkChange::Action::SetQuota << 900;
    QTest::newRow("soft quota") << BulkChange::Action::SetSoftQuota << 150;
    QTest::newRow("archiving on") << BulkChange::Action::ArchivingOn << 0;
    QTest::newRow("archiving off") << BulkChange::Action::ArchivingOff << 0;
}

void TestBulkChangeDialog::changesThreeMailboxes()
{
    QFETCH(BulkChange::Action, action);
    QFETCH(int, value);
    if (action == BulkChange::Action::ArchivingOff) {
        // Start from archiving on, so that the change is seen.
        for (const QString &name : three) {
            MailboxChange change;
            change.address = name + u"@pec.example.it"_s;
            change.archiving = true;
            QVERIFY(await(m_store.service()->changeMailbox(change)));
        }
    }
    BulkChangeDialog dialog(m_store.service(), mailboxes(three), action, m_store.details(), nullptr);
    QSignalSpy changed(&dialog, &BulkChangeDialog::mailboxesChanged);
    QSignalSpy finished(&dialog, &BulkChangeDialog::changeFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.applicableCount(), 3);
    QVERIFY(child<QLabel>(&dialog, "explanationLabel")->text().contains(u"3 selected mailbox"_s));
    QCOMPARE(child<QListWidget>(&dialog, "mailboxesListWidget")->count(), 3);
    auto *spinBox = child<QSpinBox>(&dialog, "valueSpinBox");
    QCOMPARE(spinBox->isVisible(), BulkChangeDialog::takesValue(action));
    if (BulkChangeDialog::takesValue(action))
        typeNumber(spinBox, value);
    auto *applyButton = child<QPushButton>(&dialog, "applyButton");
    QVERIFY(applyButton->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "applyApplicableButton")->isVisible());
    if (child<QLabel>(&dialog, "belowUsageLabel")->isVisible())
        MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(applyButton, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(changed.count(), 1);
    QVERIFY(child<QLabel>(&dialog, "summaryLabel")
                ->text()
                .startsWith(BulkChangeDialog::tr("%n mailbox(es) changed", nullptr, 3)));
    QVERIFY(child<QTableView>(&dialog, "reportTableView")->isColumnHidden(BulkReportModel::PasswordColumn));
    QVERIFY(!child<QPushButton>(&dialog, "saveLettersButton")->isVisible());

    for (const Mailbox &mailbox : mailboxes(three)) {
        switch (action) {
        case BulkChange::Action::SetQuota:
            QCOMPARE(mailbox.quotaMb, value);
            break;
        case BulkChange::Action::SetSoftQuota:
            QCOMPARE(mailbox.softQuotaMb, value);
            break;
        case BulkChange::Action::ArchivingOn:
            QVERIFY(mailbox.archiving);
            break;
        case BulkChange::Action::ArchivingOff:
            QVERIFY(!mailbox.archiving);
            break;
        default:
            QFAIL("not a change of this test");
        }
    }
}

void TestBulkChangeDialog::valueCheckedAsTyped()
{
    const QList<Mailbox> selected = mailboxes(three);
    {
        BulkChangeDialog dialog(m_store.service(), selected, BulkChange::Action::SetQuota, m_store.details(), nullptr);
        dialog.show();
        auto *spinBox = child<QSpinBox>(&dialog, "valueSpinBox");
        auto *error = child<ErrorLabel>(&dialog, "valueErrorLabel");
        typeNumber(spinBox, 5000);
        QVERIFY(error->hasError());
        QVERIFY(error->text().contains(u"1024"_s));
        QVERIFY(!child<QPushButton>(&dialog, "applyButton")->isEnabled());
        typeNumber(spinBox, 700);
        QVERIFY(!error->hasError());
        QVERIFY(child<QPushButton>(&dialog, "applyButton")->isEnabled());
    }
    {
        // A soft quota above the disk quota of one of them.
        qint64 smallest = selected.constFirst().quotaMb;
        for (const Mailbox &mailbox : selected)
            smallest = std::min(smallest, mailbox.quotaMb);
        BulkChangeDialog dialog(
            m_store.service(), selected, BulkChange::Action::SetSoftQuota, m_store.details(), nullptr);
        dialog.show();
        auto *error = child<ErrorLabel>(&dialog, "valueErrorLabel");
        typeNumber(child<QSpinBox>(&dialog, "valueSpinBox"), int(smallest + 1));
        QVERIFY(error->hasError());
        QVERIFY(!child<QPushButton>(&dialog, "applyButton")->isEnabled());
        typeNumber(child<QSpinBox>(&dialog, "valueSpinBox"), 0);
        QVERIFY(!error->hasError());
    }
    for (const Mailbox &mailbox : mailboxes(three))
        QCOMPARE(mailbox.version, selected.at(three.indexOf(mailbox.name)).version); // nothing was sent
}

void TestBulkChangeDialog::resetShowsPasswordsOnceAndWritesLetters()
{
    const QStringList names = { u"giulia.bianchi"_s, u"luca.ferrari"_s, u"mario.rossi"_s, u"postmaster"_s };
    const QList<Mailbox> before = mailboxes(names);
    BulkChangeDialog dialog(m_store.service(), before, BulkChange::Action::ResetPassword, m_store.details(), nullptr);
    QSignalSpy finished(&dialog, &BulkChangeDialog::changeFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.applicableCount(), 3);
    auto *leftOut = child<ErrorLabel>(&dialog, "leftOutLabel");
    QVERIFY(leftOut->isVisible());
    QVERIFY(leftOut->text().contains(u"postmaster@pec.example.it"_s));
    QCOMPARE(
        child<QPushButton>(&dialog, "applyButton")->text(), BulkChangeDialog::tr("&Reset %n password(s)", nullptr, 3));
    // Every mailbox or none: with the postmaster left out, only the explicit choice changes the others.
    auto *applyButton = child<QPushButton>(&dialog, "applyButton");
    QVERIFY(!applyButton->isEnabled());
    dialog.start();
    QCOMPARE(dialog.state(), BulkChangeDialog::State::Confirm);
    auto *applyApplicable = child<QPushButton>(&dialog, "applyApplicableButton");
    QVERIFY(applyApplicable->isVisible());
    QVERIFY(applyApplicable->isEnabled());
    QVERIFY(applyApplicable->focusPolicy() & Qt::TabFocus);
    QVERIFY(!applyApplicable->accessibleName().isEmpty());
    QTest::mouseClick(applyApplicable, Qt::LeftButton);
    QVERIFY(finished.wait(30000));

    auto *report = child<QTableView>(&dialog, "reportTableView");
    QVERIFY(!report->isColumnHidden(BulkReportModel::PasswordColumn));
    QVERIFY(child<QLabel>(&dialog, "passwordsLabel")->isVisible());
    QVERIFY(child<QPushButton>(&dialog, "copyPasswordsButton")->isVisible());
    // The postmaster is in the report, not changed, with the reason.
    QCOMPARE(report->model()->rowCount(), 4);
    QCOMPARE(
        report->model()->index(3, BulkReportModel::AddressColumn).data().toString(), u"postmaster@pec.example.it"_s);
    QVERIFY(report->model()->index(3, BulkReportModel::PasswordColumn).data().toString().isEmpty());
    QCOMPARE(m_store.mailbox(u"postmaster@pec.example.it"_s).value().version, before.at(3).version);
    QList<Credential> shown;
    for (int row = 0; row < 3; ++row) {
        const QString address = report->model()->index(row, BulkReportModel::AddressColumn).data().toString();
        const QString password = report->model()->index(row, BulkReportModel::PasswordColumn).data().toString();
        QCOMPARE(address, names.at(row) + u"@pec.example.it"_s);
        QVERIFY(password.size() >= 8);
        shown.append({ address, password });
    }
    for (const Mailbox &mailbox : mailboxes(names.mid(0, 3))) {
        QVERIFY(mailbox.mustChangePassword);
        QVERIFY(mailbox.version != before.at(names.indexOf(mailbox.name)).version);
    }

    // The credential letters, in Italian, one page each.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"lettere"_s); // the suffix is added
    auto *saveButton = child<QPushButton>(&dialog, "saveLettersButton");
    QVERIFY(saveButton->isVisible());
    auto *language = dialog.findChild<QComboBox *>(u"letterLanguageComboBox"_s);
    language->setCurrentIndex(language->findData(u"it"_s));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(QFile::exists(pdf + u".pdf"_s));
    if (havePdfToText()) {
        const auto pages = pdfPages(pdf + u".pdf"_s);
        QVERIFY(pages);
        QCOMPARE(pages->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(pages->at(i).contains(shown.at(i).address));
            QVERIFY(pages->at(i).contains(shown.at(i).password));
            QVERIFY(pages->at(i).contains(
                CredentialLetters::sentence(CredentialLetters::Sentence::ChangeAtFirstAccess, u"it"_s)));
        }
    }

    // Never onto the open store, even with a "yes" to replacing a file.
    const QString store = m_store.service()->storeFiles().constFirst();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(store);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QVERIFY2(MessageBox::lastText().contains(u"holds the open store"_s), qPrintable(MessageBox::lastText()));
    QFile storeFile(store);
    QVERIFY(storeFile.open(QIODevice::ReadOnly));
    QVERIFY(storeFile.read(16).startsWith("SQLite format 3"));
    QVERIFY(m_store.mailbox(u"mario.rossi@pec.example.it"_s).value().mustChangePassword);

    // Shown once: closing forgets them.
    child<QPushButton>(&dialog, "cancelButton")->click();
    QVERIFY(!dialog.isVisible());
    QVERIFY(report->model()->index(0, BulkReportModel::PasswordColumn).data().toString().isEmpty());
}

QTEST_MAIN(TestBulkChangeDialog)
#include "tst_bulkchangedialog.moc"
