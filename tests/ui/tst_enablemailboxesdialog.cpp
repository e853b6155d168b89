#include "core/rules.h"
#include "dialogtestsupport.h"
#include "enablemailboxesdialog.h"
#include "errorlabel.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

class TestEnableMailboxesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void disablesAllButThePostmaster();
    void enablesADisabledMailbox();
    void onlyThePostmasterLeavesNothingToDo();
    void conflictOfOneGoesOnAndIsReportedAlone();
    void cancelStopsAfterTheCurrentMailbox();

private:
    QList<Mailbox> mailboxes(const QStringList &names) const;
    Store m_store;
};

void TestEnableMailboxesDialog::init()
{
    QVERIFY(m_store.open());
}

QList<Mailbox> TestEnableMailboxesDialog::mailboxes(const QStringList &names) const
{
    QList<Mailbox> list;
    for (const QString &name : names)
        list.append(m_store.mailbox(name + u"@pec.example.it"_s).value());
    return list;
}

void TestEnableMailboxesDialog::disablesAllButThePostmaster()
{
    const QStringList names = { u"giulia.bianchi"_s, u"postmaster"_s, u"luca.ferrari"_s, u"mario.rossi"_s };
    EnableMailboxesDialog dialog(m_store.service(), mailboxes(names), false, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &EnableMailboxesDialog::mailboxChanged);

    QVERIFY(child<QLabel>(&dialog, "explanationLabel")->text().contains(u"not delivered"_s));
    QCOMPARE(child<QLabel>(&dialog, "countLabel")->text(),
        EnableMailboxesDialog::tr("%n mailbox(es) will be disabled:", nullptr, 3));
    auto *disableButton = child<QPushButton>(&dialog, "disableButton");
    QCOMPARE(disableButton->text(), EnableMailboxesDialog::tr("&Disable %n mailbox(es)", nullptr, 3));
    QCOMPARE(child<QListWidget>(&dialog, "mailboxesListWidget")->count(), 4);
    const QString reason = rules::checkChange(DomainDetails(), m_store.mailbox(u"postmaster@pec.example.it"_s).value(),
        [] {
            MailboxChange change;
            change.enabled = false;
            return change;
        }())
                               ->message();
    auto *skipped = child<ErrorLabel>(&dialog, "skippedLabel");
    QVERIFY(skipped->isVisible());
    QVERIFY(skipped->text().contains(reason));

    QTest::mouseClick(disableButton, Qt::LeftButton);
    QVERIFY(child<QProgressBar>(&dialog, "progressBar")->isVisible());
    auto *summary = child<QLabel>(&dialog, "summaryLabel");
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 30000);
    QVERIFY(summary->text().startsWith(EnableMailboxesDialog::tr("%n mailbox(es) disabled.", nullptr, 3)));
    QVERIFY(summary->text().contains(u"postmaster@pec.example.it: "_s + reason));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(child<QProgressBar>(&dialog, "progressBar")->value(), 3);

    for (const QString &name : { u"giulia.bianchi"_s, u"luca.ferrari"_s, u"mario.rossi"_s })
        QVERIFY2(!m_store.mailbox(name + u"@pec.example.it"_s).value().enabled, qPrintable(name));
    QVERIFY(m_store.mailbox(u"postmaster@pec.example.it"_s).value().enabled);

    auto *close = child<QPushButton>(&dialog, "cancelButton");
    QCOMPARE(close->text(), u"Close"_s);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestEnableMailboxesDialog::enablesADisabledMailbox()
{
    const QString address = u"valentina.bruno@pec.example.it"_s;
    QVERIFY(!m_store.mailbox(address).value().enabled);
    EnableMailboxesDialog dialog(m_store.service(), mailboxes({ u"valentina.bruno"_s }), true, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &EnableMailboxesDialog::mailboxChanged);
    QCOMPARE(child<QLabel>(&dialog, "countLabel")->text(),
        EnableMailboxesDialog::tr("%n mailbox(es) will be enabled:", nullptr, 1));
    QVERIFY(child<QLabel>(&dialog, "explanationLabel")->text().contains(u"restores access"_s));
    QTest::mouseClick(child<QPushButton>(&dialog, "enableButton"), Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QTRY_VERIFY(dialog.isFinished());
    QVERIFY(m_store.mailbox(address).value().enabled);
    QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
        EnableMailboxesDialog::tr("%n mailbox(es) enabled.", nullptr, 1));
}

void TestEnableMailboxesDialog::onlyThePostmasterLeavesNothingToDo()
{
    EnableMailboxesDialog dialog(m_store.service(), mailboxes({ u"postmaster"_s }), false, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.applicableCount(), 0);
    QVERIFY(!child<QPushButton>(&dialog, "disableButton")->isEnabled());
    QVERIFY(child<ErrorLabel>(&dialog, "skippedLabel")->isVisible());
}

// The bulk engine reports each mailbox: one changed by someone else meanwhile fails with a
// conflict and is shown as it is now, and the others are changed all the same.
void TestEnableMailboxesDialog::conflictOfOneGoesOnAndIsReportedAlone()
{
    const QStringList names = { u"giulia.bianchi"_s, u"luca.ferrari"_s, u"mario.rossi"_s };
    EnableMailboxesDialog dialog(m_store.service(), mailboxes(names), false, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &EnableMailboxesDialog::mailboxChanged);
    QVERIFY(m_store.changeQuotaBehindTheDialog(u"luca.ferrari@pec.example.it"_s, 600));

    QTest::mouseClick(child<QPushButton>(&dialog, "disableButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 30000);

    auto *list = child<QListWidget>(&dialog, "mailboxesListWidget");
    QStringList states;
    for (int i = 0; i < list->count(); ++i)
        states.append(list->item(i)->data(Qt::UserRole + 1).toString());
    QCOMPARE(states, QStringList({ u"done"_s, u"failed"_s, u"done"_s }));
    const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
    QVERIFY(summary.startsWith(EnableMailboxesDialog::tr("%n mailbox(es) disabled.", nullptr, 2)));
    QVERIFY(summary.contains(u"luca.ferrari@pec.example.it: "_s));
    // Two changed, and the one in conflict read again as it is now: quota changed, still enabled.
    QCOMPARE(changed.count(), 3);
    const Mailbox reread = changed.at(1).at(0).value<Mailbox>();
    QCOMPARE(reread.address(), u"luca.ferrari@pec.example.it"_s);
    QCOMPARE(reread.quotaMb, 600);
    QVERIFY(reread.enabled);
    QVERIFY(!m_store.mailbox(u"giulia.bianchi@pec.example.it"_s).value().enabled);
    QVERIFY(m_store.mailbox(u"luca.ferrari@pec.example.it"_s).value().enabled);
    QVERIFY(!m_store.mailbox(u"mario.rossi@pec.example.it"_s).value().enabled);
}

// Cancel while the change runs stops after the mailbox whose answer is awaited: the last one is
// left as it was, and the summary says which changed and that the change was cancelled.
void TestEnableMailboxesDialog::cancelStopsAfterTheCurrentMailbox()
{
    const QStringList names = { u"giulia.bianchi"_s, u"luca.ferrari"_s, u"mario.rossi"_s };
    EnableMailboxesDialog dialog(m_store.service(), mailboxes(names), false, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &EnableMailboxesDialog::mailboxChanged);
    auto *cancel = child<QPushButton>(&dialog, "cancelButton");

    QTest::mouseClick(child<QPushButton>(&dialog, "disableButton"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(cancel->isEnabled());
    QVERIFY(changed.wait(30000)); // the first is changed
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 30000);

    // The one whose answer was awaited when Cancel was pressed may have been changed too.
    const int done = int(changed.count());
    QVERIFY2(done == 1 || done == 2, qPrintable(QString::number(done)));
    QVERIFY(!m_store.mailbox(u"giulia.bianchi@pec.example.it"_s).value().enabled);
    QCOMPARE(m_store.mailbox(u"luca.ferrari@pec.example.it"_s).value().enabled, done == 1);
    QVERIFY(m_store.mailbox(u"mario.rossi@pec.example.it"_s).value().enabled);
    const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
    QVERIFY(summary.startsWith(EnableMailboxesDialog::tr("%n mailbox(es) disabled.", nullptr, done)));
    QVERIFY(summary.contains(EnableMailboxesDialog::tr("%n mailbox(es) not changed:", nullptr, 3 - done)));
    QVERIFY(summary.contains(u"mario.rossi@pec.example.it: "_s));
    QVERIFY(summary.contains(
        EnableMailboxesDialog::tr("The change was cancelled: the mailboxes not done are as they were.")));
    QVERIFY(cancel->isEnabled());
    QCOMPARE(cancel->text(), u"Close"_s);
}

QTEST_MAIN(TestEnableMailboxesDialog)
#include "tst_enablemailboxesdialog.moc"
