// View → History on a real local store: the entries newest first, the filters, paging as the
// table scrolls, the export to CSV, the report in PDF, and the texts in Italian; and the
// History tab of the mailbox details pane, which shows its entries the same way.

#include "core/languages.h"
#include "dialogtestsupport.h"
#include "filedialog.h"
#include "historydialog.h"
#include "historyreport.h"
#include "historytablemodel.h"
#include "historyview.h"
#include "mailboxdetailspane.h"
#include "pdftext.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pecadmin;

class TestHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newestFirstWithFilters();
    void pagesAsTheTableScrolls();
    void exportsToCsv();
    void italian();
    void reportInPdf();
    void reportInItalian();
    void reportRefusesTheStore();
    void mailboxHistoryTab();

private:
    // Clicks the report button with `path` as the answer of the file dialog; the result.
    bool printReport(HistoryDialog &dialog, const QString &path)
    {
        FileDialog::setNextFileName(path);
        QSignalSpy finished(&dialog, &HistoryDialog::reportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"reportButton"_s), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(60000))
            return false;
        return finished.at(0).at(0).toBool();
    }
    void changeMany(const QString &address, int count)
    {
        for (int i = 0; i < count; ++i) {
            MailboxChange change;
            change.address = address;
            change.enabled = i % 2 == 1;
            QVERIFY(test::await(m_store.service()->changeMailbox(change)));
        }
    }

    bool waitForPage(HistoryDialog &dialog)
    {
        if (!dialog.model()->isLoading())
            return true;
        QSignalSpy loaded(dialog.model(), &HistoryTableModel::pageLoaded);
        return loaded.wait(30000);
    }

    test::Store m_store;
};

void TestHistoryDialog::init()
{
    QVERIFY(m_store.open());
    MailboxChange change;
    change.address = u"mario.rossi@pec.example.it"_s;
    change.enabled = false;
    QVERIFY(test::await(m_store.service()->changeMailbox(change)));
}

void TestHistoryDialog::cleanup()
{
    m_store = test::Store();
}

void TestHistoryDialog::newestFirstWithFilters()
{
    HistoryDialog dialog(m_store.service(), test::demoDomain);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(waitForPage(dialog));
    HistoryTableModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 44); // the domain, its postmaster, 40 mailboxes, the batch, the change
    QCOMPARE(model->entryAt(0).operation, history::mailboxChanged);
    QCOMPARE(model->index(0, HistoryTableModel::ChangeColumn).data().toString(), u"enabled: yes → no"_s);
    QCOMPARE(model->index(0, HistoryTableModel::OperationColumn).data().toString(), u"Mailbox changed"_s);
    QVERIFY(model->atEnd());

    auto *operation = dialog.findChild<QComboBox *>(u"operationComboBox"_s);
    operation->setCurrentIndex(operation->findData(history::domainAdded));
    Q_EMIT operation->activated(operation->currentIndex());
    QVERIFY(waitForPage(dialog));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entryAt(0).operation, history::domainAdded);

    operation->setCurrentIndex(0);
    Q_EMIT operation->activated(0);
    auto *mailbox = dialog.findChild<QLineEdit *>(u"mailboxEdit"_s);
    mailbox->setFocus();
    QTest::keyClicks(mailbox, u"mario.rossi"_s);
    QTest::keyClick(mailbox, Qt::Key_Return);
    QVERIFY(waitForPage(dialog));
    QCOMPARE(model->rowCount(), 2); // created, disabled
    QCOMPARE(model->entryAt(1).operation, history::mailboxCreated);

    auto *user = dialog.findChild<QLineEdit *>(u"userEdit"_s);
    user->setText(u"qualcun.altro"_s);
    Q_EMIT user->editingFinished();
    QVERIFY(waitForPage(dialog));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(dialog.findChild<QLabel *>(u"statusLabel"_s)->text(), u"No changes recorded that match."_s);
}

void TestHistoryDialog::pagesAsTheTableScrolls()
{
    // 250 more changes: more than one page of 200.
    for (int i = 0; i < 250; ++i) {
        MailboxChange change;
        change.address = u"giulia.bianchi@pec.example.it"_s;
        change.enabled = i % 2 == 1;
        QVERIFY(test::await(m_store.service()->changeMailbox(change)));
    }
    HistoryDialog dialog(m_store.service(), test::demoDomain);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(waitForPage(dialog));
    HistoryTableModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 200);
    QVERIFY(!model->atEnd());
    QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"more load as you scroll"_s));
    // Scrolling to the end asks for the next page. As a user does, the table is pulled to its end
    // again while it shows no more rows: a scroll made while the dialog was still being laid out,
    // or while a page was on its way, leaves the table short of its end.
    auto *table = dialog.findChild<QTableView *>(u"historyTableView"_s);
    QDeadlineTimer deadline(30000);
    while (model->rowCount() < 294 && !deadline.hasExpired()) {
        table->scrollToBottom();
        QTest::qWait(50);
    }
    QCOMPARE(model->rowCount(), 294);
    QVERIFY(model->atEnd());
    // Newest first, without gaps or repeats.
    for (int row = 1; row < model->rowCount(); ++row)
        QCOMPARE(model->entryAt(row).sequence, model->entryAt(row - 1).sequence - 1);
}

void TestHistoryDialog::exportsToCsv()
{
    HistoryDialog dialog(m_store.service(), test::demoDomain);
    dialog.show();
    QVERIFY(waitForPage(dialog));
    auto *mailbox = dialog.findChild<QLineEdit *>(u"mailboxEdit"_s);
    mailbox->setText(u"mario.rossi@pec.example.it"_s);
    Q_EMIT mailbox->editingFinished();
    QVERIFY(waitForPage(dialog));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"storia.csv"_s);
    FileDialog::setNextFileName(path);
    QSignalSpy exported(&dialog, &HistoryDialog::exportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the header, then oldest first
    QVERIFY(lines.at(0).startsWith("sequence,time,actor"));
    QVERIFY(lines.at(1).contains(",mailbox-create,"));
    QVERIFY(lines.at(2).contains(",mailbox-change,"));

    // A file that cannot be written: said, and nothing else changes.
    FileDialog::setNextFileName(dir.filePath(u"missing/folder/storia.csv"_s));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(1).at(0).toBool(), false);
    QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"could not be written"_s));
    QCOMPARE(dialog.model()->rowCount(), 2);
}

void TestHistoryDialog::italian()
{
    Languages languages;
    languages.setLanguage(u"it"_s);
    HistoryDialog dialog(m_store.service(), test::demoDomain);
    dialog.show();
    QVERIFY(waitForPage(dialog));
    QCOMPARE(dialog.model()->headerData(HistoryTableModel::ActorColumn, Qt::Horizontal).toString(), u"Chi"_s);
    QCOMPARE(dialog.model()->index(0, HistoryTableModel::OperationColumn).data().toString(), u"Casella modificata"_s);
    QCOMPARE(dialog.model()->index(0, HistoryTableModel::ChangeColumn).data().toString(), u"enabled: sì → no"_s);
    QVERIFY(dialog.windowTitle().startsWith(u"Storico"_s));
    languages.setLanguage(u"en"_s);
    QCOMPARE(dialog.model()->headerData(HistoryTableModel::ActorColumn, Qt::Horizontal).toString(), u"Who"_s);
    QTRY_VERIFY(dialog.windowTitle().startsWith(u"History"_s)); // the language change arrives as an event
}

void TestHistoryDialog::reportInPdf()
{
    changeMany(u"giulia.bianchi@pec.example.it"_s, 250);
    HistoryDialog dialog(m_store.service(), test::demoDomain);
    dialog.show();
    QVERIFY(waitForPage(dialog));
    const HistoryEntry head = test::await(m_store.service()->historyHead()).value();
    QCOMPARE(head.sequence, 294);

    // The report's own text, before it is laid out: the heading and every entry.
    HistoryReport report;
    report.domain = test::demoDomain;
    report.since = QDate(2026, 1, 1);
    report.printedBy = u"maria@ufficio"_s;
    report.printedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
    report.head = head;
    report.entries = { dialog.model()->entryAt(1), dialog.model()->entryAt(0) };
    const QString text = report.document()->toPlainText();
    QVERIFY2(text.startsWith(u"History of changes of pec.example.it"_s), qPrintable(text));
    QVERIFY(text.contains(u"Period: from 2026-01-01 to the last entry (UTC), both included"_s));
    QVERIFY(text.contains(u"Printed by maria@ufficio on 2026-03-02 09:15:00 (UTC)"_s));
    QVERIFY(text.contains(u"Head of the chain when printed: entry 294, SHA-256 "_s + QString::fromLatin1(head.hash)));
    QVERIFY(text.contains(u"2 changes, oldest first."_s));
    QVERIFY(text.contains(u"enabled: no → yes"_s));

    // Through the dialog: every entry that the filters select, up to the head, as PDF.
    auto *since = dialog.findChild<QCheckBox *>(u"sinceCheckBox"_s);
    QTest::mouseClick(since, Qt::LeftButton);
    QVERIFY(since->isChecked());
    auto *sinceEdit = dialog.findChild<QDateEdit *>(u"sinceEdit"_s);
    sinceEdit->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(waitForPage(dialog));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"storia"_s); // ".pdf" is added
    QVERIFY(printReport(dialog, path));
    QFile file(path + u".pdf"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"The report was written to"_s));
    if (!test::havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed: scripts/install-dependencies.sh installs it");
    const std::optional<QStringList> pages = test::pdfPages(file.fileName());
    QVERIFY(pages);
    // 294 lines of a table: more than a page, fewer than a hundred.
    QVERIFY2(pages->size() >= 5 && pages->size() <= 40, qPrintable(QString::number(pages->size())));
    const QString first = pages->constFirst();
    QVERIFY2(first.contains(u"History of changes of pec.example.it"_s), qPrintable(first));
    QVERIFY(first.contains(u"Period: from %1 to the last entry"_s.arg(sinceEdit->date().toString(Qt::ISODate))));
    QVERIFY(first.contains(u"Printed by "_s));
    QVERIFY(first.contains(u"entry 294"_s));
    QVERIFY(first.contains(u"294 changes, oldest first."_s));
    QVERIFY(first.contains(u"Domain added"_s));
    const QString all = pages->join(u' ');
    QVERIFY(all.contains(QString::fromLatin1(head.hash.left(32))));
    // The newest entry is the table's last line.
    const QString newest = u"294 "_s + head.time.toUTC().date().toString(Qt::ISODate);
    QVERIFY2(all.contains(newest), qPrintable(all.right(1500)));
    QVERIFY(all.indexOf(newest) > all.indexOf(u"293 "_s + head.time.toUTC().date().toString(Qt::ISODate)));
}

void TestHistoryDialog::reportInItalian()
{
    Languages languages;
    languages.setLanguage(u"it"_s);
    HistoryDialog dialog(m_store.service(), test::demoDomain);
    dialog.show();
    QVERIFY(waitForPage(dialog));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"storia.pdf"_s);
    QVERIFY(printReport(dialog, path));
    languages.setLanguage(u"en"_s);
    if (!test::havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed: scripts/install-dependencies.sh installs it");
    const std::optional<QStringList> pages = test::pdfPages(path);
    QVERIFY(pages);
    // 44 entries of up to three lines each.
    QVERIFY2(pages->size() >= 2 && pages->size() <= 8, qPrintable(QString::number(pages->size())));
    const QString text = pages->join(u' ');
    QVERIFY2(text.contains(u"Storico delle modifiche di pec.example.it"_s), qPrintable(text));
    QVERIFY(text.contains(u"Stampato da "_s));
    QVERIFY(text.contains(u"Casella modificata"_s));
    QVERIFY(!text.contains(u"Printed by"_s));
}

void TestHistoryDialog::reportRefusesTheStore()
{
    HistoryDialog dialog(m_store.service(), test::demoDomain);
    dialog.show();
    QVERIFY(waitForPage(dialog));
    const QString store = m_store.service()->storeFiles().constFirst();
    QFile before(store);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    FileDialog::setNextFileName(store);
    QSignalSpy finished(&dialog, &HistoryDialog::reportFinished);
    QVERIFY(!dialog.printReport());
    QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"holds the open store"_s));
    QVERIFY(finished.isEmpty());
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), bytes);
    // A folder that does not exist: said, and the dialog works on.
    QTemporaryDir dir;
    QVERIFY(!printReport(dialog, dir.filePath(u"missing/folder/storia.pdf"_s)));
    QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"could not be written"_s));
    QVERIFY(dialog.findChild<QPushButton *>(u"reportButton"_s)->isEnabled());
}

void TestHistoryDialog::mailboxHistoryTab()
{
    const QString address = u"mario.rossi@pec.example.it"_s;
    MailboxDetailsPane pane;
    pane.resize(420, 500);
    HistoryView *view = pane.historyView();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *tabs = pane.findChild<QTabWidget *>(u"detailsTabWidget"_s);
    QVERIFY(tabs);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(view))); // no connection: no history
    pane.setService(m_store.service());
    pane.setMailboxes({ m_store.mailbox(address).value() });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(view)));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(view->model()->rowCount(), 0); // nothing is read until the tab is shown

    // The tab, by the mouse: the mailbox's entries, newest first.
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(view)).center());
    QCOMPARE(tabs->currentWidget(), view);
    QTRY_VERIFY(!view->model()->isLoading());
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->entryAt(0).operation, history::mailboxChanged);
    QCOMPARE(view->model()->entryAt(1).operation, history::mailboxCreated);
    QVERIFY(view->tableView()->isColumnHidden(HistoryTableModel::SubjectColumn));
    QCOMPARE(view->tableView()->accessibleName(), u"Changes of this mailbox, newest first"_s);
    QCOMPARE(view->findChild<QLabel *>(u"statusLabel"_s)->text(), u"2 changes."_s);

    // A change gives the mailbox a new version: the tab reads its history again, a page at a
    // time as the table scrolls.
    changeMany(address, 150);
    pane.setMailboxes({ m_store.mailbox(address).value() });
    QTRY_VERIFY(!view->model()->isLoading());
    QCOMPARE(view->model()->rowCount(), 100);
    QVERIFY(!view->model()->atEnd());
    view->tableView()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 152, 30000);
    QVERIFY(view->model()->atEnd());
    for (int row = 1; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()->entryAt(row).sequence < view->model()->entryAt(row - 1).sequence);

    // Another mailbox: its own entries only.
    pane.setMailboxes({ m_store.mailbox(u"giulia.bianchi@pec.example.it"_s).value() });
    QTRY_VERIFY(!view->model()->isLoading());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->entryAt(0).mailbox, u"giulia.bianchi@pec.example.it"_s);

    // The keyboard reaches the table from the tabs.
    bar->setFocus();
    QTest::keyClick(bar, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view->tableView());

    // No connection: the tab goes, the details stay.
    pane.setService(nullptr);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(view)));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(view->model()->rowCount(), 0);
}

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
