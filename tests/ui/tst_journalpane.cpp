// The journal of changes made offline in the window, against the real SCIM test server: File >
// Work offline, a mailbox created, one disabled and a quota raised through their dialogs; the
// banner and the status bar; the journal pane lists the three in order, the "Pending changes"
// filter shows their mailboxes; one is cancelled and the table shows the mailbox as it was;
// Send now sends the rest and the server holds them. Then conflicts: three quotas changed
// offline while the server changes them too, sent: the conflict view shows mine against
// theirs, and "Apply mine anyway", "Keep theirs" and "Edit" each do what they say; then Edit for
// every other kind of conflict: a creation whose address was taken (made again with another
// address and the same password), a password reset and a change of a mailbox deleted on the
// server (created again, or dropped), a deletion of a mailbox changed on the server (confirmed
// in the deletion dialog). The models pass
// QAbstractItemModelTester. Saved as pictures when PECADMIN_SCREENSHOT_DIR names a folder, in
// the language of PECADMIN_SCREENSHOT_LANGUAGE (English by default).
#include "appsettings.h"
#include "conflictdialog.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "connectioncontroller.h"
#include "core/languages.h"
#include "journalmodel.h"
#include "journalpane.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "support/await.h"
#include "support/findchild.h"
#include "support/offlinewindowfixture.h"
#include "support/screenshotcheck.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;
using pecadmin::test::child;

namespace {

constexpr int seeded = 8; // and the postmaster
const QString domainName = u"pec.example.it"_s;
const QString newPassword = u"Collega2026x"_s;

QString address(const QString &name)
{
    return name + u'@' + domainName;
}

// The dialog shown now, once it is the one named `name`.
QWidget *modalNamed(const QString &name)
{
    QWidget *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = QApplication::activeModalWidget();
            return dialog && dialog->objectName() == name;
        },
        10000);
    return shown ? dialog : nullptr;
}

// What a dialog's messages say, for a failure's report.
QString errorTexts(QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisible() && label->objectName().contains(u"Error"_s, Qt::CaseInsensitive))
            texts.append(label->objectName() + u": "_s + label->text());
    }
    return texts.join(u" | "_s);
}

QPushButton *acceptButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

class TestJournalPane : public QObject
{
    Q_OBJECT

private:
    test::OfflineWindowFixture m_fixture;
    test::ScimServerProcess &m_server = m_fixture.server();

    bool italian() const { return m_fixture.italian(); }

    // A window on the saved connection, shown, its first domain read and its copy made.
    test::OfflineWindowFixture::Window openWindow() { return m_fixture.openWindow(QSize(1280, 800), true); }

    static MailboxTableModel *table(MainWindow &window) { return window.mailboxModel(); }
    static JournalPane *pane(MainWindow &window) { return child<JournalPane>(&window, "journalPane"); }

    static Mailbox shown(MainWindow &window, const QString &name)
    {
        const int row = table(window)->rowOfAddress(address(name));
        return row < 0 ? Mailbox() : table(window)->mailboxAt(row);
    }

    // Selects the mailbox `name` in the table.
    static bool select(MainWindow &window, const QString &name)
    {
        auto *view = child<QTableView>(&window, "mailboxTableView");
        return QTest::qWaitFor(
            [&] {
                const int row = table(window)->rowOfAddress(address(name));
                if (row < 0)
                    return false;
                view->selectRow(row);
                return window.selectedMailboxes().size() == 1 && window.selectedMailboxes().constFirst().name == name;
            },
            10000);
    }

    Mailbox onServer(MainWindow &window, const QString &name)
    {
        auto result = await(window.connectionController()->remoteService()->mailbox(address(name)));
        return result ? result.value() : Mailbox();
    }

    // File > Work offline, and the window on the copy.
    static bool goOffline(MainWindow &window)
    {
        child<QAction>(&window, "workOfflineAction")->trigger();
        return QTest::qWaitFor(
            [&] {
                return window.connectionController()->isOffline() && pane(window)->copy()
                    && table(window)->rowCount() > 0 && !table(window)->isLoading();
            },
            30000);
    }

    // Sets the quota of `name` through the quota dialog.
    static bool setQuota(MainWindow &window, const QString &name, int quotaMb)
    {
        if (!select(window, name))
            return false;
        child<QAction>(&window, "quotaAction")->trigger();
        QWidget *dialog = modalNamed(u"quotaDialog"_s);
        if (!dialog)
            return false;
        dialog->findChild<QSpinBox *>(u"quotaSpinBox"_s)->setValue(quotaMb);
        QPushButton *apply = acceptButton(dialog);
        if (!QTest::qWaitFor([apply] { return apply->isEnabled(); }, 5000))
            return false;
        apply->click();
        return QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 10000)
            && QTest::qWaitFor([&] { return shown(window, name).quotaMb == quotaMb; }, 10000);
    }

    bool screenshot(QWidget *widget, const QString &name) { return m_fixture.screenshot(widget, name); }

    // Presses `button` and waits for the sending it starts: how many were applied (-1: none ended).
    static int appliedAfter(QSignalSpy &sent, QPushButton *button)
    {
        sent.clear();
        button->click();
        if (!sent.wait(30000))
            return -1;
        return sent.constFirst().constFirst().value<JournalSummary>().applied;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = m_fixture.setUp(seeded, domainName);
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
    }

    void journalModelPassesTheTester()
    {
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JournalEntry create;
        create.id = 1;
        create.when = QDateTime::currentDateTimeUtc();
        create.kind = JournalEntry::Kind::Create;
        create.address = address(u"nuova"_s);
        create.created.quotaMb = 20;
        JournalEntry quota;
        quota.id = 2;
        quota.when = create.when;
        quota.address = address(u"user0001"_s);
        quota.change.quotaMb = 40;
        quota.state = JournalEntry::State::Conflict;
        quota.conflict = u"changed meanwhile"_s;
        model.setEntries({ create, quota });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(JournalModel::ColumnCount));
        QCOMPARE(model.conflictCount(), 1);
        QCOMPARE(model.rowOfId(2), 1);
        QCOMPARE(model.index(1, JournalModel::StateColumn).data().toString(),
            JournalModel::stateText(JournalEntry::State::Conflict));
        QCOMPARE(model.index(1, JournalModel::AddressColumn).data().toString(), quota.address);
        QVERIFY(model.index(1, 0).data(JournalModel::ConflictRole).toBool());
        QCOMPARE(model.index(0, 0).data(JournalModel::IdRole).toLongLong(), 1);
        model.retranslate();
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void offlineChangesListedCancelledAndSent()
    {
        auto window = openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(table(*window)->rowCount(), seeded + 1, 30000);
        QAbstractItemModelTester tableTester(table(*window), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester journalTester(
            pane(*window)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(goOffline(*window));

        // The banner says what happens to the changes.
        auto *banner = child<QLabel>(window.get(), "offlineBanner");
        QTRY_VERIFY(banner->isVisible());
        const QString start = italian() ? u"Offline: è mostrata la copia del"_s : u"Offline: showing the copy of"_s;
        const QString end = italian() ? u"le modifiche saranno inviate quando il server sarà raggiungibile"_s
                                      : u"; changes will be sent when the server is reachable"_s;
        QVERIFY2(banner->text().startsWith(start) && banner->text().endsWith(end), qPrintable(banner->text()));

        // A creation, through its dialog, with its password sealed in the journal.
        child<QAction>(window.get(), "newMailboxAction")->trigger();
        QWidget *create = modalNamed(u"createMailboxDialog"_s);
        QVERIFY(create);
        QTest::keyClicks(create->findChild<QLineEdit *>(u"nameLineEdit"_s), u"nuova.collega"_s);
        QTest::keyClicks(create->findChild<QLineEdit *>(u"passwordLineEdit"_s), newPassword);
        QTest::keyClicks(create->findChild<QLineEdit *>(u"repeatLineEdit"_s), newPassword);
        auto *createButton = create->findChild<QPushButton *>(u"createButton"_s);
        QTRY_VERIFY2(createButton->isEnabled(), qPrintable(errorTexts(create)));
        createButton->click();
        auto *closeButton = create->findChild<QPushButton *>(u"closeButton"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            closeButton->isVisible(), qPrintable(create->findChild<QLabel *>(u"errorLabel"_s)->text()), 10000);
        closeButton->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(shown(*window, u"nuova.collega"_s).pending);

        // A leaver disabled.
        QVERIFY(select(*window, u"user0001"_s));
        QVERIFY(shown(*window, u"user0001"_s).enabled);
        child<QAction>(window.get(), "disableAction")->trigger();
        QWidget *disable = modalNamed(u"disableMailboxesDialog"_s);
        QVERIFY(disable);
        disable->findChild<QPushButton *>(u"disableButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!shown(*window, u"user0001"_s).enabled, 10000);
        if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(shown(*window, u"user0001"_s).pending);

        // A quota raised.
        QVERIFY(setQuota(*window, u"user0002"_s, 50));
        QVERIFY(shown(*window, u"user0002"_s).pending);

        // The pane, from the View menu: the three, in order, pending.
        auto *dock = child<QDockWidget>(window.get(), "journalDock");
        QVERIFY(!dock->isVisible());
        child<QAction>(window.get(), "journalAction")->trigger();
        QTRY_VERIFY(dock->isVisible());
        JournalModel *journal = pane(*window)->model();
        QTRY_COMPARE(journal->rowCount(), 3);
        QCOMPARE(journal->entryAt(0).kind, JournalEntry::Kind::Create);
        QCOMPARE(journal->entryAt(0).address, address(u"nuova.collega"_s));
        QCOMPARE(journal->entryAt(1).address, address(u"user0001"_s));
        QCOMPARE(journal->entryAt(2).address, address(u"user0002"_s));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(journal->index(row, JournalModel::StateColumn).data().toString(),
                JournalModel::stateText(JournalEntry::State::Pending));
        // The status bar counts them.
        QTRY_VERIFY2(child<QLabel>(window.get(), "noteLabel")->text().contains(u'3'),
            qPrintable(child<QLabel>(window.get(), "noteLabel")->text()));
        // Every widget of the pane named, and reached by Tab.
        for (const char *name : { "journalTableView", "journalSendButton", "journalConflictButton",
                 "journalCancelButton", "journalCancelAllButton" }) {
            auto *widget = child<QWidget>(window.get(), name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
        QVERIFY(screenshot(window.get(), u"journal_pane"_s));

        // The table's "Pending changes" filter: only the three.
        auto *show = child<QComboBox>(window.get(), "showComboBox");
        QVERIFY(show->isVisible());
        QVERIFY(!show->accessibleName().isEmpty());
        show->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!table(*window)->isLoading() && table(*window)->rowCount() == 3, 10000);
        for (int row = 0; row < 3; ++row)
            QVERIFY(table(*window)->index(row, 0).data(MailboxTableModel::PendingRole).toBool());
        show->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!table(*window)->isLoading() && table(*window)->rowCount() == seeded + 2, 10000);

        // Cancelling the disabling: the table shows the mailbox enabled again.
        auto *journalView = child<QTableView>(window.get(), "journalTableView");
        journalView->selectRow(1);
        auto *cancel = child<QPushButton>(window.get(), "journalCancelButton");
        QTRY_VERIFY(cancel->isEnabled());
        cancel->click();
        QTRY_COMPARE(journal->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            shown(*window, u"user0001"_s).enabled && !shown(*window, u"user0001"_s).pending, 10000);

        // Cancel all asks first; No keeps them.
        MessageBox::setNextAnswer(QMessageBox::No);
        child<QPushButton>(window.get(), "journalCancelAllButton")->click();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QCOMPARE(journal->rowCount(), 2);

        // Send now: the two applied, the server holds them.
        QSignalSpy sent(pane(*window), &JournalPane::sent);
        auto *send = child<QPushButton>(window.get(), "journalSendButton");
        QVERIFY(send->isEnabled());
        send->click();
        QVERIFY(sent.wait(30000));
        const auto summary = sent.constFirst().constFirst().value<JournalSummary>();
        QCOMPARE(summary.applied, 2);
        QCOMPARE(summary.conflicts, 0);
        QVERIFY(!summary.stoppedBy);
        auto *summaryLabel = child<QLabel>(window.get(), "journalSummaryLabel");
        QVERIFY(summaryLabel->isVisible());
        if (!italian())
            QCOMPARE(summaryLabel->text(), u"2 applied, 0 conflicts"_s);
        QTRY_COMPARE(journal->rowCount(), 0);
        QCOMPARE(onServer(*window, u"user0002"_s).quotaMb, 50);
        QVERIFY(onServer(*window, u"user0001"_s).enabled);
        QVERIFY(m_server.passwordMatches(address(u"nuova.collega"_s), newPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!shown(*window, u"user0002"_s).pending, 10000);

        child<QAction>(window.get(), "workOfflineAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->connectionController()->isOnline(), 30000);
    }

    void conflictsShownAndChosen()
    {
        auto window = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(table(*window)->rowCount() > 0, 30000);
        QVERIFY(goOffline(*window));
        QVERIFY(setQuota(*window, u"user0003"_s, 60));
        QVERIFY(setQuota(*window, u"user0004"_s, 70));
        QVERIFY(setQuota(*window, u"user0005"_s, 80));
        // Meanwhile someone changes the three on the server.
        for (const auto &[name, quota] :
            { std::pair { u"user0003"_s, 40 }, std::pair { u"user0004"_s, 45 }, std::pair { u"user0005"_s, 55 } }) {
            MailboxChange theirs;
            theirs.address = address(name);
            theirs.quotaMb = quota;
            PECADMIN_VERIFY_OK(await(window->connectionController()->remoteService()->changeMailbox(theirs)));
        }

        child<QAction>(window.get(), "journalAction")->trigger();
        JournalPane *journalPane = pane(*window);
        QTRY_COMPARE(journalPane->model()->rowCount(), 3);
        QSignalSpy sent(journalPane, &JournalPane::sent);
        child<QPushButton>(window.get(), "journalSendButton")->click();
        QVERIFY(sent.wait(30000));
        QCOMPARE(sent.constFirst().constFirst().value<JournalSummary>().conflicts, 3);
        // Nothing overwritten.
        QCOMPARE(onServer(*window, u"user0003"_s).quotaMb, 40);
        QCOMPARE(onServer(*window, u"user0004"_s).quotaMb, 45);

        // The conflict view of the first: mine against theirs.
        QTRY_VERIFY(journalPane->conflictDialog() && journalPane->conflictDialog()->isVisible());
        ConflictDialog *dialog = journalPane->conflictDialog();
        QCOMPARE(dialog->entry().address, address(u"user0003"_s));
        auto *fields = dialog->findChild<QTableWidget *>(u"conflictFieldsTable"_s);
        QVERIFY(fields->rowCount() >= 1);
        QVERIFY2(fields->item(0, 1)->text().contains(u"60"_s), qPrintable(fields->item(0, 1)->text()));
        QVERIFY2(fields->item(0, 2)->text().contains(u"40"_s), qPrintable(fields->item(0, 2)->text()));
        QVERIFY(!dialog->findChild<QLabel *>(u"conflictReasonLabel"_s)->text().isEmpty());
        for (const char *name : { "applyMineButton", "keepTheirsButton", "editMineButton", "closeButton" }) {
            auto *button = child<QPushButton>(dialog, name);
            QVERIFY2(!button->accessibleName().isEmpty(), name);
            QVERIFY2(button->isEnabled(), name);
            QVERIFY2(button->focusPolicy() & Qt::TabFocus, name);
        }
        QVERIFY(!fields->accessibleName().isEmpty());
        QVERIFY(test::showSettled(dialog));
        QVERIFY2(test::cutTexts(dialog).isEmpty(), qPrintable(test::cutTexts(dialog).join(u' ')));
        QVERIFY(screenshot(dialog, u"conflict_view"_s));

        // Apply mine anyway: sent again on the server's version.
        QCOMPARE(appliedAfter(sent, child<QPushButton>(dialog, "applyMineButton")), 1);
        QCOMPARE(onServer(*window, u"user0003"_s).quotaMb, 60);

        // The second is shown next; Keep theirs drops mine.
        QTRY_VERIFY(journalPane->conflictDialog() && journalPane->conflictDialog()->isVisible()
            && journalPane->conflictDialog()->entry().address == address(u"user0004"_s));
        child<QPushButton>(journalPane->conflictDialog(), "keepTheirsButton")->click();
        QTRY_COMPARE(journalPane->model()->rowCount(), 1);
        QCOMPARE(onServer(*window, u"user0004"_s).quotaMb, 45);
        QTRY_VERIFY_WITH_TIMEOUT(shown(*window, u"user0004"_s).quotaMb == 45, 10000);
        QVERIFY(!shown(*window, u"user0004"_s).pending);

        // The third from the pane: Edit drops mine and opens the quota dialog on theirs, with mine.
        child<QTableView>(window.get(), "journalTableView")->selectRow(0);
        auto *resolve = child<QPushButton>(window.get(), "journalConflictButton");
        QTRY_VERIFY(resolve->isEnabled());
        resolve->click();
        QTRY_VERIFY(journalPane->conflictDialog() && journalPane->conflictDialog()->isVisible());
        QCOMPARE(journalPane->conflictDialog()->entry().address, address(u"user0005"_s));
        child<QPushButton>(journalPane->conflictDialog(), "editMineButton")->click();
        QWidget *quotaDialog = modalNamed(u"quotaDialog"_s);
        QVERIFY(quotaDialog);
        QCOMPARE(quotaDialog->findChild<QSpinBox *>(u"quotaSpinBox"_s)->value(), 80);
        QTRY_COMPARE(journalPane->model()->rowCount(), 0); // mine was dropped
        QPushButton *apply = acceptButton(quotaDialog);
        QTRY_VERIFY(apply->isEnabled());
        apply->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        // Confirmed in the dialog, it is a change of the journal again, on the server's version.
        QTRY_COMPARE(journalPane->model()->rowCount(), 1);
        QCOMPARE(appliedAfter(sent, child<QPushButton>(window.get(), "journalSendButton")), 1);
        QCOMPARE(onServer(*window, u"user0005"_s).quotaMb, 80);

        child<QAction>(window.get(), "workOfflineAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->connectionController()->isOnline(), 30000);
    }
    void everyKindOfConflictEdited()
    {
        auto window = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(table(*window)->rowCount() > 0, 30000);
        QVERIFY(goOffline(*window));
        std::shared_ptr<Replica> copy = pane(*window)->copy();
        std::shared_ptr<MailboxService> server = window->connectionController()->remoteService();
        // Offline: a creation, a password reset, a deletion and a quota, into the journal.
        NewMailbox created;
        created.name = u"contesa"_s;
        created.domain = domainName;
        created.password = newPassword;
        created.quotaMb = 30;
        PECADMIN_VERIFY_OK(await(copy->createMailbox(created)));
        PECADMIN_VERIFY_OK(await(copy->resetPassword(address(u"user0006"_s), QString(), newPassword)));
        PECADMIN_VERIFY_OK(await(copy->deleteMailbox(address(u"user0007"_s), QString())));
        MailboxChange quota;
        quota.address = address(u"user0008"_s);
        quota.quotaMb = 90;
        PECADMIN_VERIFY_OK(await(copy->changeMailbox(quota)));
        // Meanwhile on the server: the address taken, two mailboxes deleted, one changed.
        NewMailbox taken = created;
        taken.password = u"Altrui2026x"_s;
        taken.quotaMb = 20;
        PECADMIN_VERIFY_OK(await(server->createMailbox(taken)));
        PECADMIN_VERIFY_OK(await(server->deleteMailbox(address(u"user0006"_s), QString())));
        PECADMIN_VERIFY_OK(await(server->deleteMailbox(address(u"user0008"_s), QString())));
        MailboxChange theirs;
        theirs.address = address(u"user0007"_s);
        theirs.quotaMb = 35;
        PECADMIN_VERIFY_OK(await(server->changeMailbox(theirs)));

        child<QAction>(window.get(), "journalAction")->trigger();
        JournalPane *journalPane = pane(*window);
        journalPane->reload(); // the four were made on the copy, not through the window
        QTRY_COMPARE(journalPane->model()->rowCount(), 4);
        QSignalSpy sent(journalPane, &JournalPane::sent);
        child<QPushButton>(window.get(), "journalSendButton")->click();
        QVERIFY(sent.wait(30000));
        QCOMPARE(sent.constFirst().constFirst().value<JournalSummary>().conflicts, 4);
        QCOMPARE(onServer(*window, u"contesa"_s).quotaMb, 20); // nothing overwritten
        QVERIFY(m_server.passwordMatches(address(u"contesa"_s), u"Altrui2026x"_s));

        // The address taken: the view says so in its own words, not the server's "reload".
        QTRY_VERIFY(journalPane->conflictDialog() && journalPane->conflictDialog()->isVisible());
        ConflictDialog *dialog = journalPane->conflictDialog();
        QCOMPARE(dialog->entry().kind, JournalEntry::Kind::Create);
        auto *reason = child<QLabel>(dialog, "conflictReasonLabel");
        QVERIFY2(reason->text().contains(address(u"contesa"_s)), qPrintable(reason->text()));
        QVERIFY(reason->text() != dialog->entry().conflict);
        QVERIFY2(
            reason->text().startsWith(italian() ? u"L'indirizzo"_s : u"The address"_s), qPrintable(reason->text()));
        QVERIFY(!child<QPushButton>(dialog, "applyMineButton")->isEnabled());
        auto *edit = child<QPushButton>(dialog, "editMineButton");
        QVERIFY(edit->isEnabled());
        edit->click();
        auto *revise = child<QWidget>(dialog, "reviseGroupBox");
        QTRY_VERIFY(revise->isVisible());
        auto *name = child<QLineEdit>(dialog, "reviseNameLineEdit");
        auto *send = child<QPushButton>(dialog, "sendRevisedButton");
        for (QWidget *widget : { static_cast<QWidget *>(name), static_cast<QWidget *>(send),
                 static_cast<QWidget *>(child<QSpinBox>(dialog, "reviseQuotaSpinBox")) }) {
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->objectName().toUtf8().constData());
            QVERIFY(widget->focusPolicy() & Qt::TabFocus);
        }
        QCOMPARE(name->text(), u"contesa"_s);
        QVERIFY(test::showSettled(dialog));
        QVERIFY2(test::cutTexts(dialog).isEmpty(), qPrintable(test::cutTexts(dialog).join(u' ')));
        QVERIFY(screenshot(dialog, u"conflict_view_address_taken"_s));
        // Another address taken in the copy: refused on the field, what was typed stays.
        name->setText(u"user0001"_s);
        send->click();
        auto *nameError = child<QLabel>(dialog, "reviseNameErrorLabel");
        QTRY_VERIFY(nameError->isVisible() && !nameError->text().isEmpty());
        QCOMPARE(name->text(), u"user0001"_s);
        QCOMPARE(journalPane->model()->rowCount(), 4);
        // A free one: sent as a new creation, with the password sealed offline.
        name->setText(u"contesa.due"_s);
        QCOMPARE(appliedAfter(sent, send), 1);
        QVERIFY(m_server.passwordMatches(address(u"contesa.due"_s), newPassword));
        QCOMPARE(onServer(*window, u"contesa.due"_s).quotaMb, 30);
        QCOMPARE(onServer(*window, u"contesa"_s).quotaMb, 20);
        QTRY_COMPARE(journalPane->model()->rowCount(), 3);

        // The reset of a mailbox deleted on the server: create it again.
        QTRY_VERIFY(journalPane->conflictDialog() && journalPane->conflictDialog()->isVisible()
            && journalPane->conflictDialog()->entry().address == address(u"user0006"_s));
        dialog = journalPane->conflictDialog();
        reason = child<QLabel>(dialog, "conflictReasonLabel");
        QVERIFY2(reason->text().contains(italian() ? u"eliminata sul server"_s : u"was deleted on the server"_s),
            qPrintable(reason->text()));
        QVERIFY(!child<QPushButton>(dialog, "applyMineButton")->isEnabled());
        edit = child<QPushButton>(dialog, "editMineButton");
        QVERIFY(edit->isEnabled());
        QVERIFY(test::showSettled(dialog));
        QVERIFY2(test::cutTexts(dialog).isEmpty(), qPrintable(test::cutTexts(dialog).join(u' ')));
        QVERIFY(screenshot(dialog, u"conflict_view_deleted"_s));
        edit->click();
        QWidget *create = modalNamed(u"createMailboxDialog"_s);
        QVERIFY(create);
        QCOMPARE(create->findChild<QLineEdit *>(u"nameLineEdit"_s)->text(), u"user0006"_s);
        QTRY_COMPARE(journalPane->model()->rowCount(), 2); // mine was dropped
        QTest::keyClicks(create->findChild<QLineEdit *>(u"passwordLineEdit"_s), newPassword);
        QTest::keyClicks(create->findChild<QLineEdit *>(u"repeatLineEdit"_s), newPassword);
        auto *createButton = create->findChild<QPushButton *>(u"createButton"_s);
        QTRY_VERIFY2(createButton->isEnabled(), qPrintable(errorTexts(create)));
        createButton->click();
        auto *closeButton = create->findChild<QPushButton *>(u"closeButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(closeButton->isVisible(), 10000);
        closeButton->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        // Made in the dialog, a creation of the journal again (the window works offline).
        QTRY_COMPARE(journalPane->model()->rowCount(), 3);
        QCOMPARE(appliedAfter(sent, child<QPushButton>(window.get(), "journalSendButton")), 1);
        QVERIFY(m_server.passwordMatches(address(u"user0006"_s), newPassword));

        // The deletion of a mailbox changed on the server: confirmed in the deletion dialog.
        QTRY_VERIFY(journalPane->conflictDialog() && journalPane->conflictDialog()->isVisible()
            && journalPane->conflictDialog()->entry().address == address(u"user0007"_s));
        dialog = journalPane->conflictDialog();
        QCOMPARE(dialog->entry().kind, JournalEntry::Kind::Delete);
        reason = child<QLabel>(dialog, "conflictReasonLabel");
        QVERIFY2(reason->text().contains(italian() ? u"modificata sul server"_s : u"was changed on the server"_s),
            qPrintable(reason->text()));
        QVERIFY(!reason->text().contains(italian() ? u"Ricarica"_s : u"Reload"_s));
        QVERIFY(child<QPushButton>(dialog, "applyMineButton")->isEnabled());
        child<QPushButton>(dialog, "editMineButton")->click();
        QWidget *remove = modalNamed(u"deleteMailboxesDialog"_s);
        QVERIFY(remove);
        QTRY_COMPARE(journalPane->model()->rowCount(), 1);
        QCOMPARE(onServer(*window, u"user0007"_s).quotaMb, 35); // not deleted until confirmed
        QTest::keyClicks(remove->findChild<QLineEdit *>(u"confirmLineEdit"_s), address(u"user0007"_s));
        auto *deleteButton = remove->findChild<QPushButton *>(u"deleteButton"_s);
        QTRY_VERIFY(deleteButton->isEnabled());
        deleteButton->click();
        QTRY_COMPARE(journalPane->model()->rowCount(), 2);
        if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(appliedAfter(sent, child<QPushButton>(window.get(), "journalSendButton")), 1);
        QVERIFY(!await(server->mailbox(address(u"user0007"_s))));

        // The quota of a mailbox deleted on the server: the new mailbox dialog with mine, and
        // cancelled there, nothing is made.
        QTRY_VERIFY(journalPane->conflictDialog() && journalPane->conflictDialog()->isVisible()
            && journalPane->conflictDialog()->entry().address == address(u"user0008"_s));
        dialog = journalPane->conflictDialog();
        child<QPushButton>(dialog, "editMineButton")->click();
        create = modalNamed(u"createMailboxDialog"_s);
        QVERIFY(create);
        QCOMPARE(create->findChild<QLineEdit *>(u"nameLineEdit"_s)->text(), u"user0008"_s);
        QCOMPARE(create->findChild<QSpinBox *>(u"quotaSpinBox"_s)->value(), 90);
        QTRY_COMPARE(journalPane->model()->rowCount(), 0);
        create->findChild<QPushButton *>(u"cancelButton"_s)->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(journalPane->model()->rowCount(), 0);
        QVERIFY(!await(server->mailbox(address(u"user0008"_s))));

        child<QAction>(window.get(), "workOfflineAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->connectionController()->isOnline(), 30000);
    }
};

QTEST_MAIN(TestJournalPane)
#include "tst_journalpane.moc"
