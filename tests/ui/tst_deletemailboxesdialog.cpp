#include "core/rules.h"
#include "deletemailboxesdialog.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

namespace {

const QString mario = u"mario.rossi@pec.example.it"_s;

} // namespace

class TestDeleteMailboxesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneMailboxNeedsItsExactAddress();
    void severalNeedTheirNumber();
    void postmasterIsRefused();
    void staleVersionKeepsTheMailbox();
    void severalGoOnPastAConflict();

private:
    QList<Mailbox> mailboxes(const QStringList &addresses) const;
    Store m_store;
};

void TestDeleteMailboxesDialog::init()
{
    QVERIFY(m_store.open());
}

QList<Mailbox> TestDeleteMailboxesDialog::mailboxes(const QStringList &addresses) const
{
    QList<Mailbox> list;
    for (const QString &address : addresses)
        list.append(m_store.mailbox(address).value());
    return list;
}

void TestDeleteMailboxesDialog::oneMailboxNeedsItsExactAddress()
{
    DeleteMailboxesDialog dialog(m_store.service(), mailboxes({ mario }), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy deleted(&dialog, &DeleteMailboxesDialog::mailboxDeleted);

    QVERIFY(child<QLabel>(&dialog, "warningLabel")->text().contains(u"no backup"_s));
    QVERIFY(child<QLabel>(&dialog, "suggestionLabel")->text().contains(u"disable"_s));
    auto *deleteButton = child<QPushButton>(&dialog, "deleteButton");
    auto *cancelButton = child<QPushButton>(&dialog, "cancelButton");
    QCOMPARE(deleteButton->text().remove(u'&'), u"Delete mailbox"_s);
    // Enter does the deletion once it is confirmed, and nothing before (it does not cancel).
    QVERIFY(deleteButton->isDefault());
    QVERIFY(!cancelButton->isDefault());
    QVERIFY(!deleteButton->isEnabled());

    auto *confirm = child<QLineEdit>(&dialog, "confirmLineEdit");
    QTest::keyClicks(confirm, u"mario.ross"_s);
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0);
    QTest::keyClicks(confirm, u"i@pec.example.i"_s);
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClicks(confirm, u"t"_s);
    QVERIFY(deleteButton->isEnabled());

    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(deleted.wait(30000));
    QCOMPARE(deleted.at(0).at(0).toString(), mario);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const Result<Mailbox> gone = m_store.mailbox(mario);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code(), ServiceError::Code::NotFound);
}

void TestDeleteMailboxesDialog::severalNeedTheirNumber()
{
    const QStringList addresses
        = { u"luca.ferrari@pec.example.it"_s, u"postmaster@pec.example.it"_s, u"giulia.bianchi@pec.example.it"_s };
    const int before = m_store.details().mailboxCount;
    DeleteMailboxesDialog dialog(m_store.service(), mailboxes(addresses), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy deleted(&dialog, &DeleteMailboxesDialog::mailboxDeleted);
    QCOMPARE(dialog.deletableCount(), 2);
    auto *deleteButton = child<QPushButton>(&dialog, "deleteButton");
    QCOMPARE(deleteButton->text().remove(u'&'),
        DeleteMailboxesDialog::tr("&Delete %n mailbox(es)", nullptr, 2).remove(u'&'));
    QCOMPARE(child<QListWidget>(&dialog, "mailboxesListWidget")->count(), 3);
    QVERIFY(child<ErrorLabel>(&dialog, "refusalLabel")->isVisible());

    auto *confirm = child<QLineEdit>(&dialog, "confirmLineEdit");
    QTest::keyClicks(confirm, u"3"_s);
    QVERIFY(!deleteButton->isEnabled());
    confirm->clear();
    QTest::keyClicks(confirm, u"2"_s);
    QVERIFY(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);

    auto *summary = child<QLabel>(&dialog, "summaryLabel");
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 30000);
    QCOMPARE(deleted.count(), 2);
    QVERIFY(summary->text().startsWith(DeleteMailboxesDialog::tr("%n mailbox(es) deleted.", nullptr, 2)));
    QVERIFY(summary->text().contains(u"postmaster@pec.example.it"_s));
    QCOMPARE(m_store.details().mailboxCount, before - 2);
    QVERIFY(!m_store.mailbox(addresses.at(0)));
    QVERIFY(!m_store.mailbox(addresses.at(2)));
    QVERIFY(m_store.mailbox(addresses.at(1)));
}

void TestDeleteMailboxesDialog::postmasterIsRefused()
{
    const QString postmaster = u"postmaster@pec.example.it"_s;
    DeleteMailboxesDialog dialog(m_store.service(), mailboxes({ postmaster }), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *refusal = child<ErrorLabel>(&dialog, "refusalLabel");
    QVERIFY(refusal->isVisible());
    QCOMPARE(refusal->text(), rules::checkDelete(m_store.mailbox(postmaster).value())->message());
    QVERIFY(!child<QLineEdit>(&dialog, "confirmLineEdit")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "deleteButton")->isEnabled());
}

void TestDeleteMailboxesDialog::staleVersionKeepsTheMailbox()
{
    DeleteMailboxesDialog dialog(m_store.service(), mailboxes({ mario }), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy deleted(&dialog, &DeleteMailboxesDialog::mailboxDeleted);
    QSignalSpy changed(&dialog, &DeleteMailboxesDialog::mailboxChanged);
    QVERIFY(m_store.changeQuotaBehindTheDialog(mario, 600));

    auto *confirm = child<QLineEdit>(&dialog, "confirmLineEdit");
    QTest::keyClicks(confirm, mario);
    auto *deleteButton = child<QPushButton>(&dialog, "deleteButton");
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    auto *error = child<ErrorLabel>(&dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(error->error()->code(), ServiceError::Code::Conflict);
    QVERIFY(child<QLabel>(&dialog, "reloadedLabel")->isVisible());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Mailbox>().quotaMb, 600);
    QCOMPARE(confirm->text(), mario);
    QVERIFY(dialog.isVisible());
    QVERIFY(m_store.mailbox(mario));
    QCOMPARE(deleted.count(), 0);

    // Deleting again, knowingly, goes through with the fresh version.
    QVERIFY(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QVERIFY(deleted.wait(30000));
    QVERIFY(!m_store.mailbox(mario));
}

// Several through the bulk engine: one changed by someone else meanwhile is kept and reported,
// the others are deleted all the same, each said as it is done.
void TestDeleteMailboxesDialog::severalGoOnPastAConflict()
{
    const QStringList addresses = { u"giulia.bianchi@pec.example.it"_s, u"luca.ferrari@pec.example.it"_s, mario };
    DeleteMailboxesDialog dialog(m_store.service(), mailboxes(addresses), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy deleted(&dialog, &DeleteMailboxesDialog::mailboxDeleted);
    QSignalSpy changed(&dialog, &DeleteMailboxesDialog::mailboxChanged);
    QVERIFY(m_store.changeQuotaBehindTheDialog(addresses.at(1), 600));

    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmLineEdit"), u"3"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, "deleteButton"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    auto *summary = child<QLabel>(&dialog, "summaryLabel");
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 30000);

    QCOMPARE(deleted.count(), 2);
    QCOMPARE(deleted.at(0).at(0).toString(), addresses.at(0));
    QCOMPARE(deleted.at(1).at(0).toString(), addresses.at(2));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Mailbox>().quotaMb, 600);
    auto *list = child<QListWidget>(&dialog, "mailboxesListWidget");
    QCOMPARE(list->item(1)->data(Qt::UserRole + 1).toString(), u"failed"_s);
    QVERIFY(summary->text().startsWith(DeleteMailboxesDialog::tr("%n mailbox(es) deleted.", nullptr, 2)));
    QVERIFY(summary->text().contains(addresses.at(1) + u": "_s));
    QVERIFY(!m_store.mailbox(addresses.at(0)));
    QVERIFY(m_store.mailbox(addresses.at(1)));
    QVERIFY(!m_store.mailbox(addresses.at(2)));
}

QTEST_MAIN(TestDeleteMailboxesDialog)
#include "tst_deletemailboxesdialog.moc"
