#include "core/rules.h"
#include "dialogtestsupport.h"
#include "enablemailboxesdialog.h"
#include "errorlabel.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>

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

QTEST_MAIN(TestEnableMailboxesDialog)
#include "tst_enablemailboxesdialog.moc"
