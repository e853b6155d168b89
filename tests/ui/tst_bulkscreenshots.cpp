// The import, export and bulk change dialogs and a credential letter in the states a user sees,
// checked for text that does not fit and for widgets without a name, and saved as pictures
// when PECADMIN_SCREENSHOT_DIR names a folder (docs/screenshots/dialogs):
//   PECADMIN_SCREENSHOT_DIR=docs/screenshots/dialogs tst_bulkscreenshots

#include "bulkchangedialog.h"
#include "credentialletters.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "support/screenshotcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

class TestBulkScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importPreviewProgressAndReport();
    void bulkChanges();
    void exportOptions();
    void letter();

private:
    bool capture(QWidget *dialog, const QString &name);
    QList<Mailbox> mailboxes(const QStringList &names) const;

    Store m_store;
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_language;
};

void TestBulkScreenshots::initTestCase()
{
    m_folder = qEnvironmentVariable("PECADMIN_SCREENSHOT_DIR");
    m_language = qEnvironmentVariable("PECADMIN_SCREENSHOT_LANGUAGE", u"en"_s);
    if (!m_folder.isEmpty())
        QVERIFY(QDir().mkpath(m_folder));
}

void TestBulkScreenshots::init()
{
    QVERIFY(m_store.open());
    if (m_language != u"en") {
        static Languages languages;
        QVERIFY(languages.setLanguage(m_language));
    }
}

QList<Mailbox> TestBulkScreenshots::mailboxes(const QStringList &names) const
{
    QList<Mailbox> list;
    for (const QString &name : names)
        list.append(m_store.mailbox(name + u"@pec.example.it"_s).value());
    return list;
}

bool TestBulkScreenshots::capture(QWidget *dialog, const QString &name)
{
    return test::checkAndCapture(dialog, name, m_folder, m_language);
}

void TestBulkScreenshots::importPreviewProgressAndReport()
{
    const QString path = m_dir.filePath(u"nuove_caselle.csv"_s);
    QStringList lines = { u"Nome;Quota disco (MB);Soft quota (MB);Conservazione sostitutiva;Reparto"_s,
        u"mario.rossi;512;;no;Vendite"_s, u"nuovo utente;256;;no;Vendite"_s, u"sara.esempio;2048;;no;Legale"_s };
    const QStringList firsts = { u"anna"_s, u"bruno"_s, u"carla"_s, u"dario"_s, u"elena"_s, u"fabio"_s, u"giada"_s,
        u"ivo"_s, u"laura"_s, u"marco"_s, u"nadia"_s, u"oscar"_s, u"paola"_s, u"renato"_s, u"tommaso"_s };
    for (qsizetype i = 0; i < firsts.size(); ++i)
        lines.append(u"%1.esempio;%2;;%3;Amministrazione"_s.arg(
            firsts.at(i), i % 2 ? u"256"_s : u"512"_s, i % 3 ? u"no"_s : u"sì"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF" + lines.join(u"\r\n"_s).toUtf8() + "\r\n");
    file.close();

    ImportDialog dialog(m_store.service(), demoDomain, nullptr);
    QSignalSpy previewReady(&dialog, &ImportDialog::previewReady);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.show();
    dialog.loadFile(path);
    QVERIFY(previewReady.wait(30000));
    QVERIFY(capture(&dialog, u"import-preview"_s));

    bool progressCaptured = false;
    auto *progressBar = child<QProgressBar>(&dialog, "progressBar");
    connect(progressBar, &QProgressBar::valueChanged, this, [&](int value) {
        if (value == 6)
            progressCaptured = capture(&dialog, u"import-progress"_s);
    });
    // The file has refused rows: the whole file is not imported, only its ready rows on request.
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, "importReadyButton"), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(progressCaptured);
    QVERIFY(capture(&dialog, u"import-report"_s));
}

void TestBulkScreenshots::bulkChanges()
{
    const QStringList names = { u"giulia.bianchi"_s, u"luca.ferrari"_s, u"mario.rossi"_s };
    {
        BulkChangeDialog dialog(
            m_store.service(), mailboxes(names), BulkChange::Action::SetQuota, m_store.details(), nullptr);
        dialog.show();
        typeNumber(child<QSpinBox>(&dialog, "valueSpinBox"), 768);
        QVERIFY(capture(&dialog, u"bulkchange-quota"_s));
    }
    {
        BulkChangeDialog dialog(m_store.service(), mailboxes(names + QStringList { u"postmaster"_s }),
            BulkChange::Action::ResetPassword, m_store.details(), nullptr);
        QSignalSpy finished(&dialog, &BulkChangeDialog::changeFinished);
        QVERIFY(capture(&dialog, u"bulkchange-reset"_s));
        // The postmaster's password is not reset here: the change is made on the others only
        // on request.
        QVERIFY(!child<QPushButton>(&dialog, "applyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "applyApplicableButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(capture(&dialog, u"bulkchange-reset-report"_s));
    }
}

void TestBulkScreenshots::exportOptions()
{
    ExportDialog dialog(m_store.service(), demoDomain, m_store.details().mailboxCount, nullptr);
    QVERIFY(capture(&dialog, u"export"_s));
}

void TestBulkScreenshots::letter()
{
    CredentialLetters letters({ { u"giulia.bianchi@pec.example.it"_s, u"Xk4mPq9rTz"_s },
        { u"luca.ferrari@pec.example.it"_s, u"Lw7nHc2vBd"_s } });
    letters.setLanguage(m_language);
    letters.setWebmailUrl(u"https://webmail.pec.example.it"_s);
    const QString pdf = m_dir.filePath(u"letters.pdf"_s);
    QString error;
    QVERIFY2(letters.writePdf(pdf, &error), qPrintable(error));
    if (m_folder.isEmpty())
        return;
    if (!QFile::exists(u"/usr/bin/pdftoppm"_s))
        QSKIP("/usr/bin/pdftoppm (poppler-utils) is not installed: the letter cannot be rendered");
    QProcess render;
    render.start(u"/usr/bin/pdftoppm"_s,
        { u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
            QDir(m_folder).filePath(u"letter_"_s + m_language) });
    QVERIFY(render.waitForFinished(30000));
    QCOMPARE(render.exitCode(), 0);
    QVERIFY(QFile::exists(QDir(m_folder).filePath(u"letter_"_s + m_language + u".png"_s)));
}

QTEST_MAIN(TestBulkScreenshots)
#include "tst_bulkscreenshots.moc"
