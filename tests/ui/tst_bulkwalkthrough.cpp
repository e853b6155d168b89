// A new postmaster's first afternoon: the domain's fifty employees, typed into a spreadsheet
// and saved as CSV with semicolons, imported through the main window; the credential letters
// saved for them; the domain exported back to a spreadsheet.

#include "appsettings.h"
#include "bulk/mailboxcsv.h"
#include "bulkchangedialog.h"
#include "bulkreportmodel.h"
#include "dialogtestsupport.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "importdialog.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "pdftext.h"
#include "support/testmode.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

class TestBulkWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyEmployeesFromASpreadsheet();
    void severalSelectedRowsOfferTheBulkChanges();
};

void TestBulkWalkthrough::fiftyEmployeesFromASpreadsheet()
{
    test::enableTestMode();
    installEnglish();
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"store.sqlite"_s);
    const QString domain = u"pec.studioesempio.it"_s;
    const QString employees = QStringLiteral(PECADMIN_TEST_DATA "/dipendenti-50.csv");
    QVERIFY(QFile::exists(employees));

    // The domain the provider has set up: room for 60 mailboxes, 30 GB.
    {
        auto opened = await(LocalMailboxService::open(storePath));
        QVERIFY(opened);
        Domain settings;
        settings.name = domain;
        settings.totalSpaceMb = 30000;
        settings.maxMailboxes = 60;
        settings.maxMailboxQuotaMb = 1024;
        settings.archivingAvailable = true;
        settings.passwordPolicy = PasswordPolicy::poste();
        QVERIFY(await(opened.value()->addDomain(settings)));
    }

    QSettings qsettings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(qsettings);
    MainWindow window(settings, storePath);
    window.resize(1100, 700);
    window.show();
    auto *importAction = window.findChild<QAction *>(u"importAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(importAction->isEnabled(), 30000);
    QCOMPARE(window.currentDomain(), domain);

    // File > Import mailboxes…, the spreadsheet chosen.
    FileDialog::setNextFileName(employees);
    importAction->trigger();
    auto *import = window.findChild<ImportDialog *>();
    QVERIFY(import);
    QTRY_COMPARE_WITH_TIMEOUT(import->state(), ImportDialog::State::Preview, 30000);
    QVERIFY(import->isVisible());

    // The preview: every employee ready, the ignored columns said.
    QCOMPARE(child<QLabel>(import, "countsLabel")->text(),
        ImportDialog::tr("%n mailbox(es) will be created", nullptr, 50) + u", "_s
            + ImportDialog::tr("%n skipped", nullptr, 0) + u", "_s + ImportDialog::tr("%n invalid", nullptr, 0));
    const QString warnings = child<QLabel>(import, "warningsLabel")->text();
    QVERIFY2(warnings.contains(u"Reparto"_s) && warnings.contains(u"Cognome"_s), qPrintable(warnings));
    auto *preview = child<QTableView>(import, "previewTableView");
    QCOMPARE(preview->model()->rowCount(), 50);
    QCOMPARE(preview->model()->index(0, 1).data().toString(), u"anna.esempio@pec.studioesempio.it"_s);

    // Import: progress, then the report with the passwords.
    QSignalSpy finished(import, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(import, "importButton"), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QVERIFY(child<QLabel>(import, "summaryLabel")
                ->text()
                .startsWith(ImportDialog::tr("%n mailbox(es) created", nullptr, 50)));
    auto *report = qobject_cast<BulkReportModel *>(child<QTableView>(import, "reportTableView")->model());
    const QList<Credential> credentials = report->credentials();
    QCOMPARE(credentials.size(), 50);

    // The credential letters, in Italian, saved as one PDF.
    const QString letters = dir.filePath(u"lettere-credenziali.pdf"_s);
    auto *language = import->findChild<QComboBox *>(u"letterLanguageComboBox"_s);
    language->setCurrentIndex(language->findData(u"it"_s));
    FileDialog::setNextFileName(letters);
    QTest::mouseClick(child<QPushButton>(import, "saveLettersButton"), Qt::LeftButton);
    QVERIFY(QFile::exists(letters));
    if (havePdfToText()) {
        const auto pages = pdfPages(letters);
        QVERIFY(pages);
        QCOMPARE(pages->size(), 50);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(pages->at(i).contains(credentials.at(i).address));
            QVERIFY(pages->at(i).contains(credentials.at(i).password));
        }
    }
    child<QPushButton>(import, "cancelButton")->click(); // Close

    // The main window shows the new mailboxes and the domain's totals.
    QTRY_COMPARE_WITH_TIMEOUT(window.mailboxModel()->rowCount(), 51, 30000); // with the postmaster
    QTRY_COMPARE_WITH_TIMEOUT(window.domainDetails().mailboxCount, 51, 30000);
    const Mailbox anna = await(window.service()->mailbox(u"anna.esempio@pec.studioesempio.it"_s)).value();
    QCOMPARE(anna.quotaMb, 512);
    QCOMPARE(anna.softQuotaMb, 400);
    QVERIFY(anna.archiving);
    QVERIFY(anna.mustChangePassword);

    // File > Export mailboxes…, back to a spreadsheet set to Italian.
    window.findChild<QAction *>(u"exportAction"_s)->trigger();
    auto *exportDialog = window.findChild<ExportDialog *>();
    QVERIFY(exportDialog);
    auto *separator = child<QComboBox>(exportDialog, "separatorComboBox");
    separator->setCurrentIndex(separator->findData(QChar(u';')));
    auto *header = child<QComboBox>(exportDialog, "headerLanguageComboBox");
    header->setCurrentIndex(header->findData(u"it"_s));
    const QString exported = dir.filePath(u"caselle.csv"_s);
    QSignalSpy done(exportDialog, &ExportDialog::exportFinished);
    FileDialog::setNextFileName(exported);
    QTest::mouseClick(child<QPushButton>(exportDialog, "exportButton"), Qt::LeftButton);
    // The local store may answer every page at once: the export can end inside the click.
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);

    // The export reads back as the employees' mailboxes, without a password.
    const auto original = MailboxCsv::readFile(employees);
    const auto back = MailboxCsv::readFile(exported);
    QVERIFY(original && back);
    QCOMPARE(back.value().separator, QChar(u';'));
    QCOMPARE(back.value().rows.size(), 51);
    QHash<QString, MailboxCsvRow> byName;
    for (const MailboxCsvRow &row : back.value().rows)
        byName.insert(row.name, row);
    for (const MailboxCsvRow &row : original.value().rows) {
        QVERIFY2(byName.contains(row.name), qPrintable(row.name));
        const MailboxCsvRow &exportedRow = byName.value(row.name);
        QCOMPARE(exportedRow.quotaMb, row.quotaMb);
        QCOMPARE(exportedRow.softQuotaMb, row.softQuotaMb);
        QCOMPARE(exportedRow.archiving, row.archiving);
        QVERIFY(exportedRow.password.isEmpty());
    }
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const Credential &credential : credentials)
        QVERIFY(!bytes.contains(credential.password.toUtf8()));
}

void TestBulkWalkthrough::severalSelectedRowsOfferTheBulkChanges()
{
    test::enableTestMode();
    installEnglish();
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"store.sqlite"_s);
    {
        auto opened = await(LocalMailboxService::open(storePath));
        QVERIFY(opened);
        QVERIFY(await(opened.value()->addDemoDomain()));
    }
    QSettings qsettings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(qsettings);
    MainWindow window(settings, storePath);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QAction *>(u"exportAction"_s)->isEnabled(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(window.mailboxModel()->rowCount() > 3 && !window.mailboxModel()->isLoading(), 30000);

    auto *bulkMenu = window.findChild<QMenu *>(u"bulkMenu"_s);
    auto *resetAction = window.findChild<QAction *>(u"bulkResetPasswordsAction"_s);
    auto *exportSelected = window.findChild<QAction *>(u"exportSelectedAction"_s);
    auto *view = window.findChild<QTableView *>(u"mailboxTableView"_s);
    QVERIFY(view);
    view->selectRow(0);
    QVERIFY(exportSelected->isEnabled());
    QVERIFY(!bulkMenu->isEnabled()); // one mailbox has its own dialogs
    const QAbstractItemModel *model = view->model();
    view->selectionModel()->select(QItemSelection(model->index(1, 0), model->index(2, 0)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedMailboxes().size(), 3);
    QVERIFY(bulkMenu->isEnabled());
    QVERIFY(resetAction->isEnabled());
    QVERIFY(window.findChild<QAction *>(u"bulkArchivingOnAction"_s)->isEnabled()); // the demo domain has it

    resetAction->trigger();
    auto *dialog = window.findChild<BulkChangeDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->action(), BulkChange::Action::ResetPassword);
    QCOMPARE(dialog->applicableCount() + (window.selectedMailboxes().constFirst().isPostmaster() ? 1 : 0), 3);
    dialog->reject();
}

QTEST_MAIN(TestBulkWalkthrough)
#include "tst_bulkwalkthrough.moc"
