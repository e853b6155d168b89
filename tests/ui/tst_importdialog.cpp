#include "bulkreportmodel.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "importdialog.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The file as an Italian spreadsheet saves it: a byte order mark, semicolons, CRLF.
QByteArray spreadsheet(const QStringList &lines)
{
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QString cell(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

QStringList names(LocalMailboxService *service, const QString &domain)
{
    MailboxQuery query;
    query.domain = domain;
    query.limit = 1000;
    const Result<MailboxPage> page = await(service->mailboxes(query));
    QStringList list;
    for (const Mailbox &mailbox : page.value().mailboxes)
        list.append(mailbox.name);
    return list;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void previewAndApplyASpreadsheetFile();
    void cancelMidwayThenImportTheRest();
    void unreadableFile();

private:
    Store m_store;
    QTemporaryDir m_dir;
};

void TestImportDialog::init()
{
    QVERIFY(m_store.open());
}

void TestImportDialog::previewAndApplyASpreadsheetFile()
{
    const QString path = m_dir.filePath(u"nuove_caselle.csv"_s);
    QVERIFY(writeFile(path,
        spreadsheet({ u"Nome;Quota disco (MB);Soft quota (MB);Conservazione sostitutiva;Reparto"_s,
            u"nuova.collega;512;400;sì;Amministrazione"_s, u"mario.rossi;256;;no;Vendite"_s,
            u"con spazio;256;;no;Vendite"_s, u"troppo.grande;5000;;no;Vendite"_s, u"secondo.collega;;;no;Legale"_s })));

    const Mailbox marioBefore = m_store.mailbox(u"mario.rossi@pec.example.it"_s).value();
    ImportDialog dialog(m_store.service(), demoDomain, nullptr);
    QSignalSpy previewReady(&dialog, &ImportDialog::previewReady);
    QSignalSpy changed(&dialog, &ImportDialog::mailboxesChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FileDialog::setNextFileName(path);
    QVERIFY(dialog.chooseFile());
    QVERIFY(previewReady.wait(30000));
    QCOMPARE(dialog.state(), ImportDialog::State::Preview);

    const QString counts = child<QLabel>(&dialog, "countsLabel")->text();
    QVERIFY2(counts.startsWith(ImportDialog::tr("%n mailbox(es) will be created", nullptr, 2) + u", "_s
                 + ImportDialog::tr("%n skipped", nullptr, 1) + u", "_s + ImportDialog::tr("%n invalid", nullptr, 2)
                 + u'\n'),
        qPrintable(counts));
    QVERIFY2(counts.contains(u"imported only when no row is refused"_s), qPrintable(counts));
    const QString warnings = child<QLabel>(&dialog, "warningsLabel")->text();
    QVERIFY2(warnings.contains(u"Reparto"_s), qPrintable(warnings));
    QVERIFY(child<QLabel>(&dialog, "warningsLabel")->isVisible());

    auto *preview = child<QTableView>(&dialog, "previewTableView");
    QCOMPARE(preview->model()->rowCount(), 5);
    const QStringList addresses = { u"nuova.collega@pec.example.it"_s, u"mario.rossi@pec.example.it"_s, u"con spazio"_s,
        u"troppo.grande@pec.example.it"_s, u"secondo.collega@pec.example.it"_s };
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(cell(preview, row, 0), QString::number(row + 2)); // the spreadsheet's row
        QCOMPARE(cell(preview, row, 1), addresses.at(row));
    }
    QCOMPARE(cell(preview, 0, 3), ImportPlan::tr("ready"));
    QCOMPARE(cell(preview, 1, 3), ImportPlan::tr("exists, will be skipped"));
    QVERIFY2(cell(preview, 2, 3).contains(u"without spaces"_s), qPrintable(cell(preview, 2, 3)));
    QVERIFY2(cell(preview, 3, 3).contains(u"1024"_s), qPrintable(cell(preview, 3, 3)));
    QCOMPARE(cell(preview, 4, 3), ImportPlan::tr("ready"));

    // With refused rows the file is not imported whole: only the separate button imports the
    // ready rows.
    auto *importButton = child<QPushButton>(&dialog, "importButton");
    QCOMPARE(importButton->text(), ImportDialog::tr("&Import %n mailbox(es)", nullptr, 2));
    QVERIFY(!importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(dialog.state(), ImportDialog::State::Preview);
    QVERIFY(!m_store.mailbox(u"nuova.collega@pec.example.it"_s));
    auto *importReadyButton = child<QPushButton>(&dialog, "importReadyButton");
    QVERIFY(importReadyButton->isVisible());
    QVERIFY(importReadyButton->isEnabled());
    QCOMPARE(importReadyButton->text(), ImportDialog::tr("Import &only the %n ready row(s)", nullptr, 2));
    QCOMPARE(importReadyButton->accessibleName(),
        ImportDialog::tr("Import &only the %n ready row(s)", nullptr, 2).remove(u'&'));
    QTest::mouseClick(importReadyButton, Qt::LeftButton);
    auto *summary = child<QLabel>(&dialog, "summaryLabel");
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 30000);
    QVERIFY2(summary->text().startsWith(ImportDialog::tr("%n mailbox(es) created", nullptr, 2) + u", "_s
                 + ImportDialog::tr("%n skipped", nullptr, 1) + u", "_s + ImportDialog::tr("%n failed", nullptr, 2)),
        qPrintable(summary->text()));
    QCOMPARE(changed.count(), 1);

    // The generated passwords, shown this once, for the created rows only.
    auto *report = child<QTableView>(&dialog, "reportTableView");
    QVERIFY(!report->isColumnHidden(BulkReportModel::PasswordColumn));
    QVERIFY(child<QPushButton>(&dialog, "copyPasswordsButton")->isVisible());
    QVERIFY(child<QPushButton>(&dialog, "saveLettersButton")->isVisible());
    QCOMPARE(report->model()->rowCount(), 5);
    QVERIFY(cell(report, 0, BulkReportModel::PasswordColumn).size() >= 8);
    QVERIFY(cell(report, 1, BulkReportModel::PasswordColumn).isEmpty());
    QVERIFY(cell(report, 4, BulkReportModel::PasswordColumn).size() >= 8);
    QVERIFY(cell(report, 2, BulkReportModel::ResultColumn).startsWith(u"failed: "_s));

    // The store holds what the preview promised.
    const Mailbox created = m_store.mailbox(u"nuova.collega@pec.example.it"_s).value();
    QCOMPARE(created.quotaMb, 512);
    QCOMPARE(created.softQuotaMb, 400);
    QVERIFY(created.archiving);
    QVERIFY(created.mustChangePassword);
    QCOMPARE(m_store.mailbox(u"secondo.collega@pec.example.it"_s).value().quotaMb, 1024);
    QVERIFY(!m_store.mailbox(u"troppo.grande@pec.example.it"_s));
    QCOMPARE(m_store.mailbox(u"mario.rossi@pec.example.it"_s).value().version, marioBefore.version);

    // Closing forgets the passwords.
    child<QPushButton>(&dialog, "cancelButton")->click();
    QVERIFY(cell(report, 0, BulkReportModel::PasswordColumn).isEmpty());
}

void TestImportDialog::cancelMidwayThenImportTheRest()
{
    const QString domain = u"pec.annullato.it"_s;
    Domain settings;
    settings.name = domain;
    settings.totalSpaceMb = 100000;
    settings.maxMailboxes = 100;
    settings.maxMailboxQuotaMb = 1024;
    QVERIFY(await(m_store.service()->addDomain(settings)));
    QStringList lines = { u"Casella;Quota disco"_s };
    for (int i = 1; i <= 30; ++i)
        lines.append(u"dipendente%1;100"_s.arg(i, 2, 10, QChar(u'0')));
    const QString path = m_dir.filePath(u"trenta.csv"_s);
    QVERIFY(writeFile(path, spreadsheet(lines)));

    int done = 0;
    {
        ImportDialog dialog(m_store.service(), domain, nullptr);
        QSignalSpy previewReady(&dialog, &ImportDialog::previewReady);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.show();
        dialog.loadFile(path);
        QVERIFY(previewReady.wait(30000));
        QCOMPARE(dialog.plan()->count(ImportRow::Status::Ready), 30);
        QVERIFY(!child<QPushButton>(&dialog, "importReadyButton")->isVisible());
        auto *progressBar = child<QProgressBar>(&dialog, "progressBar");
        auto *cancelButton = child<QPushButton>(&dialog, "cancelButton");
        // Cancel as the fifth mailbox is reported, the way a user clicks while it runs.
        connect(progressBar, &QProgressBar::valueChanged, cancelButton, [cancelButton](int value) {
            if (value == 5)
                cancelButton->click();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(dialog.state(), ImportDialog::State::Importing);
        QVERIFY(progressBar->isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY(dialog.isVisible()); // Cancel stopped the import, it did not close the window
        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(u"cancelled"_s), qPrintable(summary));
        done = qobject_cast<BulkReportModel *>(child<QTableView>(&dialog, "reportTableView")->model())
                   ->report()
                   .count(BulkReportEntry::Outcome::Done);
        QVERIFY2(done >= 5 && done < 30, qPrintable(QString::number(done)));
    }

    // Only whole mailboxes: each one created is there with its quota, nothing else.
    QStringList present = names(m_store.service(), domain);
    present.removeAll(u"postmaster"_s);
    QCOMPARE(present.size(), done);
    for (const QString &name : std::as_const(present))
        QCOMPARE(m_store.mailbox(name + u'@' + domain).value().quotaMb, 100);
    QCOMPARE(m_store.details(domain).mailboxCount, done + 1);

    // The same file again: what exists is skipped, the rest is created.
    ImportDialog again(m_store.service(), domain, nullptr);
    QSignalSpy previewReady(&again, &ImportDialog::previewReady);
    QSignalSpy finished(&again, &ImportDialog::importFinished);
    again.show();
    again.loadFile(path);
    QVERIFY(previewReady.wait(30000));
    QCOMPARE(again.plan()->count(ImportRow::Status::Exists), done);
    QCOMPARE(again.plan()->count(ImportRow::Status::Ready), 30 - done);
    QTest::mouseClick(child<QPushButton>(&again, "importButton"), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    present = names(m_store.service(), domain);
    present.removeAll(u"postmaster"_s);
    QCOMPARE(present.size(), 30);
}

void TestImportDialog::unreadableFile()
{
    ImportDialog dialog(m_store.service(), demoDomain, nullptr);
    dialog.show();
    dialog.loadFile(m_dir.filePath(u"missing.csv"_s));
    auto *error = child<ErrorLabel>(&dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->hasError(), 30000);
    QVERIFY(error->text().contains(u"missing.csv"_s));
    QCOMPARE(dialog.state(), ImportDialog::State::NoFile);
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "chooseFileButton")->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
