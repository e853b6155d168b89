#include "local/passwordhash.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

class TestPasswordHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashHasDovecotForm();
    void verifiesOnlyTheRightPassword_data();
    void verifiesOnlyTheRightPassword();
    void saltDiffersEachTime();
    void unusableHashOpensNothing();
    void dovecotVerifiesTheHash();
};

void TestPasswordHash::hashHasDovecotForm()
{
    const QByteArray hash = hashPassword(u"Segreto2024ab"_s);
    QVERIFY2(hash.startsWith("{ARGON2ID}$argon2id$v=19$m=19456,t=2,p=1$"), hash.constData());
    QVERIFY(!hash.contains("Segreto2024ab"));
}

void TestPasswordHash::verifiesOnlyTheRightPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << u"Segreto2024ab"_s << u"Segreto2024ab"_s << true;
    QTest::newRow("case differs") << u"Segreto2024ab"_s << u"segreto2024ab"_s << false;
    QTest::newRow("one character more") << u"Segreto2024ab"_s << u"Segreto2024abc"_s << false;
    QTest::newRow("empty attempt") << u"Segreto2024ab"_s << QString() << false;
    QTest::newRow("accents") << u"Perché-Città-€"_s << u"Perché-Città-€"_s << true;
    QTest::newRow("accents, other form") << u"Perché-Città-€"_s << u"Perche-Citta-€"_s << false;
}

void TestPasswordHash::verifiesOnlyTheRightPassword()
{
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QFETCH(bool, matches);
    const QByteArray hash = hashPassword(password);
    QVERIFY(!hash.isEmpty());
    QCOMPARE(verifyPassword(hash, attempt), matches);
    // Without the scheme prefix too, as another tool may store it.
    QCOMPARE(verifyPassword(hash.mid(int(qstrlen("{ARGON2ID}"))), attempt), matches);
}

void TestPasswordHash::saltDiffersEachTime()
{
    const QByteArray first = hashPassword(u"Segreto2024ab"_s);
    const QByteArray second = hashPassword(u"Segreto2024ab"_s);
    QVERIFY(first != second);
    QVERIFY(verifyPassword(first, u"Segreto2024ab"_s));
    QVERIFY(verifyPassword(second, u"Segreto2024ab"_s));
    QVERIFY(!verifyPassword("{SHA512-CRYPT}$6$abc$def", u"Segreto2024ab"_s));
    QVERIFY(!verifyPassword(QByteArray(), QString()));
}

void TestPasswordHash::unusableHashOpensNothing()
{
    const QByteArray hash = unusablePasswordHash();
    QVERIFY(hash.startsWith("{ARGON2ID}$argon2id$"));
    QVERIFY(!verifyPassword(hash, QString()));
    QVERIFY(!verifyPassword(hash, u"postmaster"_s));
    QVERIFY(unusablePasswordHash() != hash);
}

void TestPasswordHash::dovecotVerifiesTheHash()
{
    const QString doveadm = QStandardPaths::findExecutable(u"doveadm"_s, { u"/usr/bin"_s, u"/usr/sbin"_s });
    if (doveadm.isEmpty())
        QSKIP("doveadm (Dovecot) is not installed: the hash cannot be checked against Dovecot here.");

    // A fixed throwaway value: it appears on the child's command line, which is acceptable
    // for a test password only.
    const QString password = u"Prova2024xyz"_s;
    const QByteArray hash = hashPassword(password);
    const auto check = [&](const QString &attempt) {
        QProcess process;
        process.start(doveadm, { u"pw"_s, u"-t"_s, QString::fromLatin1(hash), u"-p"_s, attempt });
        if (!process.waitForFinished(30000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QCOMPARE(check(password), 0);
    QVERIFY(check(u"Prova2024xyZ"_s) != 0);
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
