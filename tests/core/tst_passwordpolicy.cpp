#include "core/passwordpolicy.h"
#include "core/rules.h"

#include <QSet>
#include <QTest>

using namespace pecadmin;

Q_DECLARE_METATYPE(pecadmin::PasswordPolicy)

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets();
    void presetNames();
    void aruba_data();
    void aruba();
    void checklist();
    void generatorSatisfies_data();
    void generatorSatisfies();
    void generatorAvoidsName();
    void unstated();
};

void TestPasswordPolicy::presets()
{
    const PasswordPolicy poste = PasswordPolicy::poste();
    QCOMPARE(poste.minLength, 8);
    QCOMPARE(poste.maxLength, 16);
    QVERIFY(poste.allowedSymbols.isEmpty());
    QCOMPARE(PasswordPolicy::forPreset(PasswordPolicy::Preset::Aruba), PasswordPolicy::aruba());
    QVERIFY(PasswordPolicy::poste() != PasswordPolicy::aruba());
}

void TestPasswordPolicy::presetNames()
{
    for (auto preset : { PasswordPolicy::Preset::Poste, PasswordPolicy::Preset::Aruba, PasswordPolicy::Preset::Custom })
        QCOMPARE(PasswordPolicy::presetFromName(PasswordPolicy::presetName(preset)), preset);
    QCOMPARE(PasswordPolicy::presetFromName(QStringLiteral(" Poste ")), PasswordPolicy::Preset::Poste);
    QVERIFY(!PasswordPolicy::presetFromName(QStringLiteral("tim")));
}

void TestPasswordPolicy::aruba_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    QTest::newRow("all classes") << QStringLiteral("Rossi#2024x") << true;
    QTest::newRow("no symbol") << QStringLiteral("Rossi2024x") << false;
    QTest::newRow("no digit") << QStringLiteral("Rossi#abcx") << false;
    QTest::newRow("no upper") << QStringLiteral("rossi#2024") << false;
    QTest::newRow("no lower") << QStringLiteral("ROSSI#2024") << false;
    QTest::newRow("7 characters") << QStringLiteral("Ro#2024") << false;
    QTest::newRow("50 characters") << (QStringLiteral("Aa1#") + QString(46, u'x')) << true;
    QTest::newRow("51 characters") << (QStringLiteral("Aa1#") + QString(47, u'x')) << false;
    QTest::newRow("contains the name") << QStringLiteral("Mario#2024x") << false;
    QTest::newRow("space") << QStringLiteral("Rossi# 2024x") << false;
}

void TestPasswordPolicy::aruba()
{
    QFETCH(QString, password);
    QFETCH(bool, valid);
    QCOMPARE(!rules::checkPassword(PasswordPolicy::aruba(), password, QStringLiteral("mario")).has_value(), valid);
}

void TestPasswordPolicy::checklist()
{
    const auto checks = passwordChecklist(PasswordPolicy::aruba(), QStringLiteral("abc"), QStringLiteral("mario"));
    QCOMPARE(checks.size(), 7);
    int satisfied = 0;
    for (const auto &check : checks) {
        QVERIFY(!check.description.isEmpty());
        satisfied += check.satisfied ? 1 : 0;
    }
    // Characters, lower case, and "not the name" hold; length, upper, digit and symbol do not.
    QCOMPARE(satisfied, 3);
    const auto poste = passwordChecklist(PasswordPolicy::poste(), QStringLiteral("abcdefgh"));
    QCOMPARE(poste.size(), 2);
    QVERIFY(poste.at(0).satisfied && poste.at(1).satisfied);
}

void TestPasswordPolicy::generatorSatisfies_data()
{
    QTest::addColumn<PasswordPolicy>("policy");
    QTest::newRow("poste") << PasswordPolicy::poste();
    QTest::newRow("aruba") << PasswordPolicy::aruba();
    QTest::newRow("custom") << PasswordPolicy::custom();
    PasswordPolicy tight = PasswordPolicy::custom();
    tight.minLength = 4;
    tight.maxLength = 4;
    tight.requireSymbol = true;
    tight.allowedSymbols = QStringLiteral("#");
    QTest::newRow("four characters, every class") << tight;
}

void TestPasswordPolicy::generatorSatisfies()
{
    QFETCH(PasswordPolicy, policy);
    QSet<QString> seen;
    for (int i = 0; i < 500; ++i) {
        const QString password = generatePassword(policy, QStringLiteral("mario"));
        const auto error = rules::checkPassword(policy, password, QStringLiteral("mario"));
        QVERIFY2(!error, qPrintable(password + QStringLiteral(": ") + (error ? error->message() : QString())));
        seen.insert(password);
    }
    // Random, not a fixed list: nearly every draw differs.
    QVERIFY(seen.size() > 400);
}

void TestPasswordPolicy::generatorAvoidsName()
{
    // A one-letter mailbox name forbids that letter anywhere in an Aruba password.
    for (int i = 0; i < 200; ++i) {
        const QString password = generatePassword(PasswordPolicy::aruba(), QStringLiteral("a"));
        QVERIFY(!password.contains(u'a', Qt::CaseInsensitive));
    }
}

void TestPasswordPolicy::unstated()
{
    // No rule to show or check; a generated password that the usual policies accept.
    const PasswordPolicy policy = PasswordPolicy::unstated();
    QVERIFY(!policy.stated);
    QVERIFY(policy != PasswordPolicy::custom());
    QVERIFY(passwordChecklist(policy, QStringLiteral("a")).isEmpty());
    for (int i = 0; i < 20; ++i) {
        const QString password = generatePassword(policy, QStringLiteral("mario"));
        QCOMPARE(password.size(), 16);
        for (const PasswordPolicy &usual : { PasswordPolicy::poste(), PasswordPolicy::custom() }) {
            for (const PasswordRuleCheck &check : passwordChecklist(usual, password))
                QVERIFY2(check.satisfied, qPrintable(password + u' ' + check.description));
        }
    }
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
