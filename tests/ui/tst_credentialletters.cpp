#include "credentialletters.h"
#include "dialogtestsupport.h"
#include "pdftext.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

class TestCredentialLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onePagePerMailbox_data();
    void onePagePerMailbox();
    void webmailOnlyWhereThereIsOne();
    void unwritableFolder();
    void sentencesInBothLanguages();
};

void TestCredentialLetters::initTestCase()
{
    installEnglish();
}

void TestCredentialLetters::onePagePerMailbox_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("instruction");
    QTest::addColumn<QString>("otherInstruction");
    QTest::addColumn<QString>("date");
    const QString it = CredentialLetters::sentence(CredentialLetters::Sentence::ChangeAtFirstAccess, u"it"_s);
    const QString en = CredentialLetters::sentence(CredentialLetters::Sentence::ChangeAtFirstAccess, u"en"_s);
    QTest::newRow("italian") << u"it"_s << it << en << u"3 marzo 2026"_s;
    QTest::newRow("english") << u"en"_s << en << it << u"3 March 2026"_s;
}

void TestCredentialLetters::onePagePerMailbox()
{
    QFETCH(QString, language);
    QFETCH(QString, instruction);
    QFETCH(QString, otherInstruction);
    QFETCH(QString, date);
    if (!havePdfToText())
        QSKIP("/usr/bin/pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");

    const QList<Credential> credentials = {
        { u"anna.esempio@pec.example.it"_s, u"Xk4mPq9rTz"_s },
        { u"bruno.prova@pec.example.it"_s, u"Lw7nHc2vBd"_s },
        { u"carla.fittizia@pec.example.it"_s, u"Rt5yGh8jKm"_s },
    };
    CredentialLetters letters(credentials);
    letters.setLanguage(language);
    letters.setDate(QDate(2026, 3, 3));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lettere.pdf"_s);
    QString error;
    QVERIFY2(letters.writePdf(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);

    const auto pages = pdfPages(path);
    QVERIFY(pages);
    QCOMPARE(pages->size(), credentials.size());
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const QString &page = pages->at(i);
        QVERIFY2(page.contains(credentials.at(i).address), qPrintable(page));
        QVERIFY2(page.contains(credentials.at(i).password), qPrintable(page));
        QVERIFY2(page.contains(instruction), qPrintable(page));
        QVERIFY2(!page.contains(otherInstruction), qPrintable(page));
        QVERIFY2(page.contains(date), qPrintable(page));
        // Each page holds its own mailbox only.
        for (qsizetype j = 0; j < credentials.size(); ++j) {
            if (j != i)
                QVERIFY(!page.contains(credentials.at(j).password));
        }
    }

    letters.clear();
    QVERIFY(letters.isEmpty());
}

void TestCredentialLetters::webmailOnlyWhereThereIsOne()
{
    if (!havePdfToText())
        QSKIP("/usr/bin/pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
    QTemporaryDir dir;
    CredentialLetters letters({ { u"anna.esempio@pec.example.it"_s, u"Xk4mPq9rTz"_s } });
    letters.setLanguage(u"en"_s);
    QString error;
    QVERIFY(letters.writePdf(dir.filePath(u"without.pdf"_s), &error));
    letters.setWebmailUrl(u"https://webmail.pec.example.it"_s);
    QVERIFY(letters.writePdf(dir.filePath(u"with.pdf"_s), &error));
    const auto without = pdfPages(dir.filePath(u"without.pdf"_s));
    const auto with = pdfPages(dir.filePath(u"with.pdf"_s));
    QVERIFY(without && with);
    QVERIFY(!without->constFirst().contains(u"Webmail"_s));
    QVERIFY(with->constFirst().contains(u"https://webmail.pec.example.it"_s));
}

void TestCredentialLetters::unwritableFolder()
{
    CredentialLetters letters({ { u"anna.esempio@pec.example.it"_s, u"Xk4mPq9rTz"_s } });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/letters.pdf"_s);
    QString error;
    QVERIFY(!letters.writePdf(path, &error));
    QVERIFY(error.contains(u"letters.pdf"_s));
    QVERIFY(!QFile::exists(path));
}

void TestCredentialLetters::sentencesInBothLanguages()
{
    using S = CredentialLetters::Sentence;
    for (S sentence : { S::Title, S::Intro, S::Date, S::Address, S::Password, S::ChangeAtFirstAccess, S::KeepSafe }) {
        const QString it = CredentialLetters::sentence(sentence, u"it"_s);
        const QString en = CredentialLetters::sentence(sentence, u"en"_s);
        QVERIFY(!it.isEmpty());
        QVERIFY(!en.isEmpty());
        QVERIFY2(it != en, qPrintable(en));
    }
    QCOMPARE(CredentialLetters::sentence(S::Webmail, u"it"_s), u"Webmail"_s);
}

QTEST_MAIN(TestCredentialLetters)
#include "tst_credentialletters.moc"
