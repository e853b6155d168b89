#include "bulk/mailboxcsv.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void choose(QComboBox *comboBox, const QVariant &data)
{
    comboBox->setCurrentIndex(comboBox->findData(data));
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void selectionForAnItalianSpreadsheet();
    void wholeDomain();
    void cancelledFileDialogWritesNothing();
    void neverOntoTheStore_data();
    void neverOntoTheStore();
    void existingFileOnlyAfterAQuestion();

private:
    Store m_store;
    QTemporaryDir m_dir;
};

void TestExportDialog::init()
{
    QVERIFY(m_store.open());
    // A name that a spreadsheet would read as a formula.
    QVERIFY(m_store.createMailbox(demoDomain, u"-2.prova"_s, 256));
}

void TestExportDialog::selectionForAnItalianSpreadsheet()
{
    QList<Mailbox> selection;
    for (const QString &name : { u"-2.prova"_s, u"giulia.bianchi"_s, u"mario.rossi"_s })
        selection.append(m_store.mailbox(name + u"@pec.example.it"_s).value());
    ExportDialog dialog(selection, m_store.service()->storeFiles(), nullptr);
    QSignalSpy exported(&dialog, &ExportDialog::exportFinished);
    dialog.show();
    QVERIFY(child<QLabel>(&dialog, "scopeLabel")->text().contains(u"3 selected mailbox"_s));
    choose(child<QComboBox>(&dialog, "separatorComboBox"), QChar(u';'));
    choose(child<QComboBox>(&dialog, "headerLanguageComboBox"), u"it"_s);
    const QString path = m_dir.filePath(u"selezione.csv"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(dialog.state(), ExportDialog::State::Finished);
    QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(u"selezione.csv"_s));

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), MailboxCsv::headers(u"it"_s).join(u';'));
    QVERIFY2(lines.at(1).startsWith(u"'-2.prova;256;"_s), qPrintable(lines.at(1))); // neutralised
    QVERIFY(lines.at(2).startsWith(u"giulia.bianchi;"_s));
    QVERIFY(lines.at(3).startsWith(u"mario.rossi;"_s));
    QVERIFY(!bytes.toLower().contains("password"));
    QVERIFY(!bytes.contains("Provvisoria2024")); // the password the mailbox was created with
    // An export reads back as the same mailboxes.
    const auto reread = MailboxCsv::readFile(path);
    QVERIFY(reread);
    QCOMPARE(reread.value().rows.constFirst().name, u"-2.prova"_s);
}

void TestExportDialog::wholeDomain()
{
    const DomainDetails details = m_store.details();
    ExportDialog dialog(m_store.service(), demoDomain, details.mailboxCount, nullptr);
    QSignalSpy exported(&dialog, &ExportDialog::exportFinished);
    dialog.show();
    choose(child<QComboBox>(&dialog, "separatorComboBox"), QChar(u','));
    choose(child<QComboBox>(&dialog, "headerLanguageComboBox"), u"en"_s);
    const QString path = m_dir.filePath(u"domain.csv"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    // The local store may answer every page at once: the export can end inside the click.
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QCOMPARE(child<QLabel>(&dialog, "statusLabel")->text(),
        ExportDialog::tr("%n mailbox(es) exported to %1.", nullptr, details.mailboxCount)
            .arg(QDir::toNativeSeparators(path)));

    const QByteArray bytes = readAll(path);
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), details.mailboxCount + 1);
    QCOMPARE(lines.at(0), MailboxCsv::headers(u"en"_s).join(u','));
    QVERIFY(lines.contains(u"'-2.prova,256,0,no,yes"_s));
    QVERIFY(std::any_of(
        lines.cbegin(), lines.cend(), [](const QString &line) { return line.startsWith(u"mario.rossi,"_s); }));
    QVERIFY(!bytes.contains("Provvisoria2024"));
}

void TestExportDialog::cancelledFileDialogWritesNothing()
{
    ExportDialog dialog(m_store.service(), demoDomain, 1, nullptr);
    QSignalSpy exported(&dialog, &ExportDialog::exportFinished);
    dialog.show();
    FileDialog::setNextFileName(QString());
    QVERIFY(!dialog.exportToFile());
    QCOMPARE(dialog.state(), ExportDialog::State::Options);
    QVERIFY(child<QPushButton>(&dialog, "exportButton")->isEnabled());
    // A page of an export, had one been asked for, has been answered and delivered once this is back.
    QVERIFY(test::serviceBarrier(*m_store.service()));
    QCOMPARE(exported.count(), 0);
}

void TestExportDialog::neverOntoTheStore_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<bool>("wholeDomain");
    for (const bool whole : { true, false }) {
        const char *scope = whole ? "domain" : "selection";
        QTest::addRow("%s, same path", scope) << u"same"_s << whole;
        QTest::addRow("%s, another spelling", scope) << u"dots"_s << whole;
        QTest::addRow("%s, symbolic link", scope) << u"symlink"_s << whole;
        QTest::addRow("%s, hard link", scope) << u"hardlink"_s << whole;
    }
}

void TestExportDialog::neverOntoTheStore()
{
    QFETCH(QString, spelling);
    QFETCH(bool, wholeDomain);
    const QString store = m_store.service()->storeFiles().constFirst();
    const QFileInfo info(store);
    QString path = store;
    if (spelling == u"dots") {
        path = info.absolutePath() + u"/./"_s + info.fileName();
    } else if (spelling == u"symlink") {
        path = m_dir.filePath(u"link-%1.csv"_s.arg(wholeDomain));
        QFile::remove(path);
        QVERIFY(QFile::link(store, path));
    } else if (spelling == u"hardlink") {
        path = m_dir.filePath(u"hard-%1.csv"_s.arg(wholeDomain));
        QVERIFY(QFile::remove(path) || !QFile::exists(path));
        QCOMPARE(::link(QFile::encodeName(store).constData(), QFile::encodeName(path).constData()), 0);
    }
    const QByteArray before = readAll(store);
    const int count = m_store.details().mailboxCount;
    std::unique_ptr<ExportDialog> dialog = wholeDomain
        ? std::make_unique<ExportDialog>(m_store.service(), demoDomain, count, nullptr)
        : std::make_unique<ExportDialog>(QList<Mailbox> { m_store.mailbox(u"mario.rossi@pec.example.it"_s).value() },
            m_store.service()->storeFiles(), nullptr);
    dialog->show();
    // Even a "yes" to replacing does not reach the store.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "exportButton"), Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    auto *error = child<ErrorLabel>(dialog.get(), "errorLabel");
    QVERIFY(error->hasError());
    QVERIFY2(error->text().contains(u"holds the open store"_s), qPrintable(error->text()));
    QCOMPARE(dialog->state(), ExportDialog::State::Options);
    QVERIFY(test::serviceBarrier(*m_store.service()));
    QCOMPARE(m_store.details().mailboxCount, count);
    QVERIFY(readAll(store).size() >= before.size());
    QVERIFY(readAll(store).startsWith("SQLite format 3"));
}

void TestExportDialog::existingFileOnlyAfterAQuestion()
{
    const QString path = m_dir.filePath(u"mine.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine\n");
    }
    const DomainDetails details = m_store.details();
    ExportDialog dialog(m_store.service(), demoDomain, details.mailboxCount, nullptr);
    QSignalSpy exported(&dialog, &ExportDialog::exportFinished);
    dialog.show();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    FileDialog::setNextFileName(path);
    QVERIFY(!dialog.exportToFile());
    QVERIFY2(MessageBox::lastText().contains(u"exists already. Replace it?"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(dialog.state(), ExportDialog::State::Options);
    QVERIFY(test::serviceBarrier(*m_store.service()));
    QCOMPARE(exported.count(), 0);
    QCOMPARE(readAll(path), QByteArray("mine\n"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(path);
    QVERIFY(dialog.exportToFile());
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QVERIFY(readAll(path).contains("mario.rossi"));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
