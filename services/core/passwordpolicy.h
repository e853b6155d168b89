#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pecadmin {

// The rules a provider sets for a mailbox password, as data.
struct PasswordPolicy
{
    enum class Preset { Poste, Aruba, Custom };

    Preset preset = Preset::Custom;
    int minLength = 8;
    int maxLength = 16;
    bool requireLowercase = false;
    bool requireUppercase = false;
    bool requireDigit = false;
    bool requireSymbol = false;
    // Characters allowed besides ASCII letters and digits; empty: letters and digits only.
    QString allowedSymbols;
    // The password may not contain the mailbox name (compared case-insensitively).
    bool forbidMailboxName = false;
    // False where the server does not state the domain's policy: no rule is checked here (the
    // server checks the password and says why it refuses one), and the fields above only shape
    // a generated password.
    bool stated = true;

    static PasswordPolicy poste();
    static PasswordPolicy aruba();
    static PasswordPolicy custom();
    // The policy of a domain whose server does not state one: generated passwords of 16 letters
    // and digits in both cases, which the usual policies accept.
    static PasswordPolicy unstated();
    static PasswordPolicy forPreset(Preset preset);

    static QString presetName(Preset preset); // "poste", "aruba", "custom"
    static std::optional<Preset> presetFromName(const QString &name);

    bool operator==(const PasswordPolicy &other) const;
    bool operator!=(const PasswordPolicy &other) const { return !(*this == other); }
};

// One line of the checklist that a password form shows, ticked as the user types.
struct PasswordRuleCheck
{
    enum class Rule { Length, Characters, Lowercase, Uppercase, Digit, Symbol, NotMailboxName };
    Rule rule;
    bool satisfied = false;
    QString description; // translated, as a checklist item: "8 to 16 characters"
    QString refusal; // translated, what an unmet rule asks for: "it must have 8 to 16 characters"
};

// Every rule of `policy` with whether `password` satisfies it; none for an unstated policy.
QList<PasswordRuleCheck> passwordChecklist(
    const PasswordPolicy &policy, const QString &password, const QString &mailboxName = {});

// A random password that satisfies `policy` for the mailbox `mailboxName`, from the system's
// cryptographic generator.
QString generatePassword(const PasswordPolicy &policy, const QString &mailboxName = {});

} // namespace pecadmin
