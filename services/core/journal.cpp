#include "journal.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pecadmin::journal {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Journal", text);
}

QString onOff(bool on)
{
    return on ? translated(QT_TRANSLATE_NOOP("Journal", "on")) : translated(QT_TRANSLATE_NOOP("Journal", "off"));
}

} // namespace

QString kindName(JournalEntry::Kind kind)
{
    switch (kind) {
    case JournalEntry::Kind::Create:
        return u"create"_s;
    case JournalEntry::Kind::ResetPassword:
        return u"reset-password"_s;
    case JournalEntry::Kind::Change:
        return u"change"_s;
    case JournalEntry::Kind::Delete:
        return u"delete"_s;
    }
    return {};
}

QString stateName(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Pending:
        return u"pending"_s;
    case JournalEntry::State::Sending:
        return u"sending"_s;
    case JournalEntry::State::Conflict:
        return u"conflict"_s;
    }
    return {};
}

QString describe(const JournalEntry &entry)
{
    switch (entry.kind) {
    case JournalEntry::Kind::Create:
        return translated(QT_TRANSLATE_NOOP("Journal", "Create %1 (quota %2 MB)"))
            .arg(entry.address)
            .arg(entry.created.quotaMb);
    case JournalEntry::Kind::ResetPassword:
        return translated(QT_TRANSLATE_NOOP("Journal", "Reset the password of %1")).arg(entry.address);
    case JournalEntry::Kind::Delete:
        return translated(QT_TRANSLATE_NOOP("Journal", "Delete %1")).arg(entry.address);
    case JournalEntry::Kind::Change:
        break;
    }
    QStringList parts;
    const MailboxChange &change = entry.change;
    if (change.enabled)
        parts.append(*change.enabled ? translated(QT_TRANSLATE_NOOP("Journal", "enable"))
                                     : translated(QT_TRANSLATE_NOOP("Journal", "disable")));
    if (change.quotaMb)
        parts.append(translated(QT_TRANSLATE_NOOP("Journal", "quota %1 MB")).arg(*change.quotaMb));
    if (change.softQuotaMb)
        parts.append(translated(QT_TRANSLATE_NOOP("Journal", "warning threshold %1 MB")).arg(*change.softQuotaMb));
    if (change.archiving)
        parts.append(translated(QT_TRANSLATE_NOOP("Journal", "archiving %1")).arg(onOff(*change.archiving)));
    return translated(QT_TRANSLATE_NOOP("Journal", "Change %1: %2")).arg(entry.address, parts.join(u", "_s));
}

} // namespace pecadmin::journal
