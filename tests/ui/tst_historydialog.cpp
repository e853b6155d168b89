// View → History on a real local store: the entries newest first, the filters, paging as the
// table scrolls, the export to CSV, and the texts in Italian.

#include "core/languages.h"
#include "dialogtestsupport.h"
#include "filedialog.h"
#include "historydialog.h"
#include "historytablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

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

private:
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
    QVERIFY(waitForPage(dialog));
    HistoryTableModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 200);
    QVERIFY(!model->atEnd());
    QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"more load as you scroll"_s));
    // Scrolling to the end asks for the next page.
    auto *table = dialog.findChild<QTableView *>(u"historyTableView"_s);
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 294, 30000);
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

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
