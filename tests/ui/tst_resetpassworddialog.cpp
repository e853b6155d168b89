#include "core/rules.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "messagebox.h"
#include "passwordeditor.h"
#include "resetpassworddialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

namespace {

const QString mario = u"mario.rossi@pec.example.it"_s;

} // namespace

class TestResetPasswordDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusedForThePostmaster();
    void passwordAgainstThePolicyIsExplained();
    void resetsAndShowsThePasswordOnce();
    void staleVersionReloadsAndRetries();
    void lettersNeverWrittenOntoTheStore_data();
    void lettersNeverWrittenOntoTheStore();

private:
    std::unique_ptr<ResetPasswordDialog> makeDialog(const QString &address);
    Store m_store;
};

void TestResetPasswordDialog::init()
{
    QVERIFY(m_store.open());
}

std::unique_ptr<ResetPasswordDialog> TestResetPasswordDialog::makeDialog(const QString &address)
{
    const Result<Mailbox> mailbox = m_store.mailbox(address);
    if (!mailbox)
        return nullptr;
    auto dialog
        = std::make_unique<ResetPasswordDialog>(m_store.service(), mailbox.value(), m_store.details().domain, nullptr);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestResetPasswordDialog::refusedForThePostmaster()
{
    const QString postmaster = u"postmaster@pec.example.it"_s;
    const QString version = m_store.mailbox(postmaster).value().version;
    auto dialog = makeDialog(postmaster);
    QVERIFY(dialog);
    auto *refusal = child<ErrorLabel>(dialog.get(), "refusalLabel");
    QVERIFY(refusal->isVisible());
    QCOMPARE(refusal->text(), rules::checkPasswordReset(m_store.mailbox(postmaster).value())->message());
    QVERIFY(!refusal->accessibleName().isEmpty());
    QVERIFY(!child<PasswordEditor>(dialog.get(), "passwordEditor")->isVisible());
    auto *resetButton = child<QPushButton>(dialog.get(), "resetButton");
    QVERIFY(!resetButton->isEnabled());
    QTest::mouseClick(resetButton, Qt::LeftButton);
    // A reset, had one been sent, has been answered and delivered once this is back.
    QVERIFY(test::serviceBarrier(*m_store.service()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_store.mailbox(postmaster).value().version, version);
}

void TestResetPasswordDialog::passwordAgainstThePolicyIsExplained()
{
    auto dialog = makeDialog(mario);
    QVERIFY(dialog);
    auto *password = child<QLineEdit>(dialog.get(), "passwordLineEdit");
    auto *repeat = child<QLineEdit>(dialog.get(), "repeatLineEdit");
    auto *resetButton = child<QPushButton>(dialog.get(), "resetButton");
    QTest::keyClicks(password, u"corta1"_s);
    QTest::keyClicks(repeat, u"corta1"_s);
    auto *error = child<ErrorLabel>(dialog.get(), "passwordErrorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), rules::checkPassword(PasswordPolicy::poste(), u"corta1"_s)->message());
    QVERIFY(!resetButton->isEnabled());
    QTest::keyClicks(password, u"abcd"_s);
    QTest::keyClicks(repeat, u"abcd"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(resetButton->isEnabled());
}

void TestResetPasswordDialog::resetsAndShowsThePasswordOnce()
{
    const Mailbox before = m_store.mailbox(mario).value();
    QVERIFY(!before.mustChangePassword);
    auto dialog = makeDialog(mario);
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &ResetPasswordDialog::mailboxChanged);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "generateButton"), Qt::LeftButton);
    const QString password = child<QLineEdit>(dialog.get(), "passwordLineEdit")->text();
    QVERIFY(!password.isEmpty());
    auto *resetButton = child<QPushButton>(dialog.get(), "resetButton");
    QVERIFY(resetButton->isEnabled());
    QTest::mouseClick(resetButton, Qt::LeftButton);
    QVERIFY(changed.wait(30000));

    const Mailbox after = m_store.mailbox(mario).value();
    QVERIFY(after.mustChangePassword);
    QVERIFY(after.version != before.version);
    QCOMPARE(changed.at(0).at(0).value<Mailbox>().version, after.version);

    QCOMPARE(child<QStackedWidget>(dialog.get(), "stackedWidget")->currentWidget()->objectName(), u"credentialsPage"_s);
    QCOMPARE(child<QLineEdit>(dialog.get(), "credentialsPasswordLineEdit")->text(), password);
    QVERIFY(child<QLineEdit>(dialog.get(), "passwordLineEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(dialog.get(), "repeatLineEdit")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "copyButton"), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(password));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "closeButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(child<QLineEdit>(dialog.get(), "credentialsPasswordLineEdit")->text().isEmpty());
}

void TestResetPasswordDialog::staleVersionReloadsAndRetries()
{
    auto dialog = makeDialog(mario);
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &ResetPasswordDialog::mailboxChanged);
    QVERIFY(m_store.changeQuotaBehindTheDialog(mario, 600));
    auto *password = child<QLineEdit>(dialog.get(), "passwordLineEdit");
    QTest::keyClicks(password, u"Nuova2024abc"_s);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "repeatLineEdit"), u"Nuova2024abc"_s);
    auto *resetButton = child<QPushButton>(dialog.get(), "resetButton");
    QTest::mouseClick(resetButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
    QCOMPARE(changed.at(0).at(0).value<Mailbox>().quotaMb, 600);
    QCOMPARE(child<ErrorLabel>(dialog.get(), "errorLabel")->error()->code(), ServiceError::Code::Conflict);
    QCOMPARE(password->text(), u"Nuova2024abc"_s);
    QVERIFY(!m_store.mailbox(mario).value().mustChangePassword);

    QTRY_VERIFY(resetButton->isEnabled());
    QTest::mouseClick(resetButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 30000);
    QVERIFY(m_store.mailbox(mario).value().mustChangePassword);
}

void TestResetPasswordDialog::lettersNeverWrittenOntoTheStore_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("same path") << u"same"_s;
    QTest::newRow("another spelling") << u"dots"_s;
    QTest::newRow("symbolic link") << u"symlink"_s;
}

void TestResetPasswordDialog::lettersNeverWrittenOntoTheStore()
{
    QFETCH(QString, spelling);
    const QString store = m_store.service()->storeFiles().constFirst();
    const QFileInfo info(store);
    QString path = store;
    if (spelling == u"dots") {
        path = info.absolutePath() + u"/./"_s + info.fileName();
    } else if (spelling == u"symlink") {
        path = info.absolutePath() + u"/letters.pdf"_s;
        QVERIFY(QFile::link(store, path));
    }
    auto dialog = makeDialog(mario);
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &ResetPasswordDialog::mailboxChanged);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "generateButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "resetButton"), Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QVERIFY(test::serviceBarrier(*m_store.service()));
    const qint64 size = QFileInfo(store).size();
    const int count = m_store.details().mailboxCount;

    // Even a "yes" to replacing an existing file does not reach the store.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveLettersButton"), Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QVERIFY2(MessageBox::lastText().contains(u"holds the open store"_s), qPrintable(MessageBox::lastText()));

    QFile file(store);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(16).startsWith("SQLite format 3"));
    QVERIFY(QFileInfo(store).size() >= size);
    QVERIFY(m_store.mailbox(mario).value().mustChangePassword);
    QCOMPARE(m_store.details().mailboxCount, count);
}

QTEST_MAIN(TestResetPasswordDialog)
#include "tst_resetpassworddialog.moc"
