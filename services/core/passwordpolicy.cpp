#include "passwordpolicy.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace pecadmin {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("PasswordPolicy", text);
}

} // namespace

PasswordPolicy PasswordPolicy::poste()
{
    // Poste "Gestione PEC2": alphanumeric, 8 to 16 characters, case-sensitive.
    PasswordPolicy policy;
    policy.preset = Preset::Poste;
    policy.minLength = 8;
    policy.maxLength = 16;
    return policy;
}

PasswordPolicy PasswordPolicy::aruba()
{
    // Aruba PEC: 8 to 50 characters with upper and lower case letters, a digit and a
    // symbol, and never the mailbox name.
    PasswordPolicy policy;
    policy.preset = Preset::Aruba;
    policy.minLength = 8;
    policy.maxLength = 50;
    policy.requireLowercase = true;
    policy.requireUppercase = true;
    policy.requireDigit = true;
    policy.requireSymbol = true;
    policy.allowedSymbols = QStringLiteral("!#$%&()*+,-./:;<=>?@[]^_{|}~");
    policy.forbidMailboxName = true;
    return policy;
}

PasswordPolicy PasswordPolicy::custom()
{
    PasswordPolicy policy;
    policy.preset = Preset::Custom;
    policy.minLength = 10;
    policy.maxLength = 64;
    policy.requireLowercase = true;
    policy.requireUppercase = true;
    policy.requireDigit = true;
    policy.allowedSymbols = QStringLiteral("!#$%&()*+,-./:;<=>?@[]^_{|}~");
    return policy;
}

PasswordPolicy PasswordPolicy::unstated()
{
    PasswordPolicy policy;
    policy.preset = Preset::Custom;
    policy.minLength = 16;
    policy.maxLength = 16;
    policy.requireLowercase = true;
    policy.requireUppercase = true;
    policy.requireDigit = true;
    policy.stated = false;
    return policy;
}

PasswordPolicy PasswordPolicy::forPreset(Preset preset)
{
    switch (preset) {
    case Preset::Poste:
        return poste();
    case Preset::Aruba:
        return aruba();
    case Preset::Custom:
        return custom();
    }
    return custom();
}

QString PasswordPolicy::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Poste:
        return QStringLiteral("poste");
    case Preset::Aruba:
        return QStringLiteral("aruba");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

std::optional<PasswordPolicy::Preset> PasswordPolicy::presetFromName(const QString &name)
{
    const QString folded = name.trimmed().toLower();
    if (folded == u"poste")
        return Preset::Poste;
    if (folded == u"aruba")
        return Preset::Aruba;
    if (folded == u"custom")
        return Preset::Custom;
    return std::nullopt;
}

bool PasswordPolicy::operator==(const PasswordPolicy &other) const
{
    return preset == other.preset && minLength == other.minLength && maxLength == other.maxLength
        && requireLowercase == other.requireLowercase && requireUppercase == other.requireUppercase
        && requireDigit == other.requireDigit && requireSymbol == other.requireSymbol
        && allowedSymbols == other.allowedSymbols && forbidMailboxName == other.forbidMailboxName
        && stated == other.stated;
}

QList<PasswordRuleCheck> passwordChecklist(
    const PasswordPolicy &policy, const QString &password, const QString &mailboxName)
{
    using Rule = PasswordRuleCheck::Rule;
    QList<PasswordRuleCheck> checks;
    if (!policy.stated)
        return checks;

    const int length = int(password.size());
    // Where no symbol is allowed, the length says so too: "8 to 16 letters and digits".
    checks.append({ Rule::Length, length >= policy.minLength && length <= policy.maxLength,
        (policy.allowedSymbols.isEmpty()
                ? translated(QT_TRANSLATE_NOOP("PasswordPolicy", "%1 to %2 letters and digits"))
                : translated(QT_TRANSLATE_NOOP("PasswordPolicy", "%1 to %2 characters")))
            .arg(policy.minLength)
            .arg(policy.maxLength),
        translated(QT_TRANSLATE_NOOP("PasswordPolicy", "it must have %1 to %2 characters"))
            .arg(policy.minLength)
            .arg(policy.maxLength) });

    bool allowed = true;
    bool lower = false, upper = false, digit = false, symbol = false;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            lower = true;
        else if (u >= u'A' && u <= u'Z')
            upper = true;
        else if (u >= u'0' && u <= u'9')
            digit = true;
        else if (policy.allowedSymbols.contains(c))
            symbol = true;
        else
            allowed = false;
    }
    checks.append({ Rule::Characters, allowed,
        policy.allowedSymbols.isEmpty()
            ? translated(QT_TRANSLATE_NOOP("PasswordPolicy", "Only letters and digits, without accents or spaces"))
            : translated(QT_TRANSLATE_NOOP("PasswordPolicy", "Letters, digits and the symbols %1 only"))
                  .arg(policy.allowedSymbols),
        policy.allowedSymbols.isEmpty()
            ? translated(QT_TRANSLATE_NOOP(
                "PasswordPolicy", "it may contain only letters and digits, without accents or spaces"))
            : translated(QT_TRANSLATE_NOOP("PasswordPolicy", "it may contain only letters, digits and the symbols %1"))
                  .arg(policy.allowedSymbols) });
    if (policy.requireLowercase)
        checks.append(
            { Rule::Lowercase, lower, translated(QT_TRANSLATE_NOOP("PasswordPolicy", "At least one lower-case letter")),
                translated(QT_TRANSLATE_NOOP("PasswordPolicy", "it needs at least one lower-case letter")) });
    if (policy.requireUppercase)
        checks.append(
            { Rule::Uppercase, upper, translated(QT_TRANSLATE_NOOP("PasswordPolicy", "At least one upper-case letter")),
                translated(QT_TRANSLATE_NOOP("PasswordPolicy", "it needs at least one upper-case letter")) });
    if (policy.requireDigit)
        checks.append({ Rule::Digit, digit, translated(QT_TRANSLATE_NOOP("PasswordPolicy", "At least one digit")),
            translated(QT_TRANSLATE_NOOP("PasswordPolicy", "it needs at least one digit")) });
    if (policy.requireSymbol)
        checks.append({ Rule::Symbol, symbol, translated(QT_TRANSLATE_NOOP("PasswordPolicy", "At least one symbol")),
            translated(QT_TRANSLATE_NOOP("PasswordPolicy", "it needs at least one symbol")) });
    if (policy.forbidMailboxName) {
        const bool contains = !mailboxName.isEmpty() && password.contains(mailboxName, Qt::CaseInsensitive);
        checks.append({ Rule::NotMailboxName, !contains,
            translated(QT_TRANSLATE_NOOP("PasswordPolicy", "Must not contain the mailbox name")),
            translated(QT_TRANSLATE_NOOP("PasswordPolicy", "it must not contain the mailbox name")) });
    }
    return checks;
}

namespace {

QString drawPassword(const PasswordPolicy &policy)
{
    static const QString lowers = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
    static const QString uppers = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    // Letters that look alike (l, I, O, 0, 1) are left out: the password is read from paper.

    QRandomGenerator *random = QRandomGenerator::system();
    const auto pick = [random](const QString &from) { return from.at(int(random->bounded(qsizetype(from.size())))); };

    // A length that is comfortable to type and never below 12 where the policy allows it.
    const int length = std::clamp(std::max(policy.minLength, 12), policy.minLength, policy.maxLength);

    // Symbols only where the policy asks for one: they are the hardest part to dictate.
    QString symbols;
    for (const QChar c : policy.allowedSymbols) {
        if (c != u'"' && c != u'\'' && c != u'`' && c != u'\\' && c != u' ')
            symbols.append(c);
    }

    QString password;
    password.append(pick(lowers));
    password.append(pick(uppers));
    password.append(pick(digits));
    if (policy.requireSymbol && !symbols.isEmpty())
        password.append(pick(symbols));
    const QString alphabet = lowers + uppers + digits;
    while (password.size() < length)
        password.append(pick(alphabet));

    // Shuffle so that the required classes are not always at the start.
    for (qsizetype i = password.size() - 1; i > 0; --i) {
        const qsizetype j = qsizetype(random->bounded(quint64(i + 1)));
        const QChar c = password.at(i);
        password[i] = password.at(j);
        password[j] = c;
    }
    return password;
}

bool satisfiesAll(const QList<PasswordRuleCheck> &checks)
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const PasswordRuleCheck &check) { return check.satisfied; });
}

} // namespace

QString generatePassword(const PasswordPolicy &policy, const QString &mailboxName)
{
    // A draw that contains the mailbox name by chance is drawn again.
    QString password = drawPassword(policy);
    while (!satisfiesAll(passwordChecklist(policy, password, mailboxName)))
        password = drawPassword(policy);
    return password;
}

} // namespace pecadmin
