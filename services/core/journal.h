#pragma once

#include "core/mailbox.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pecadmin {

// One change made offline on the copy of a remote connection (docs/OFFLINE.md), waiting to be
// sent to the server in order, with the version of the mailbox it was based on.
struct JournalEntry
{
    enum class Kind { Create, ResetPassword, Change, Delete };
    enum class State {
        Pending, // waiting to be sent
        Sending, // sent, and no answer has been read: looked up before it is sent again
        Conflict, // the server refused it; it waits for a choice (resolve or cancel)
    };

    qint64 id = 0; // the order of the journal
    QDateTime when; // UTC
    QString author; // who made it
    Kind kind = Kind::Change;
    QString address;
    // The server's version of the mailbox the change was made on; empty for a creation, and for
    // a change of a mailbox created offline until that creation is sent.
    QString baseVersion;
    // A creation: what was asked (never its password, which is kept sealed apart).
    NewMailbox created;
    // A change: the attributes it sets.
    MailboxChange change;
    State state = State::Pending;
    // A conflict: the server's refusal, for a person, and the mailbox as the server holds it
    // now (none where the server has no such mailbox).
    QString conflict;
    std::optional<Mailbox> theirs;

    QString domain() const { return address.section(QLatin1Char('@'), 1); }
};

// What the user chose for an entry in conflict.
enum class ConflictChoice {
    Mine, // send it again, on the server's current version
    Theirs, // drop it (and the later entries of the same mailbox); the copy takes the server's values
};

// How a sending of the journal ended.
struct JournalSummary
{
    int applied = 0;
    int conflicts = 0; // entries in conflict in the journal at the end
    int held = 0; // entries not sent because an earlier one of the same mailbox is in conflict
    int remaining = 0; // entries still in the journal at the end, conflicts and held ones included
    // Why sending stopped before the end (the server lost, the session ended); none: it reached
    // the end.
    std::optional<ServiceError> stoppedBy;
};

// Seals a secret (the password of a creation or a reset made offline) for the journal, under a
// key that is not on the disk. libsodium's crypto_secretbox in the product.
class SecretBox
{
public:
    virtual ~SecretBox() = default;
    virtual Result<QByteArray> seal(const QByteArray &clear) const = 0;
    virtual Result<QByteArray> open(const QByteArray &sealed) const = 0;
};

namespace journal {

// The name of the kind, as the command line writes it: "create", "reset-password", "change",
// "delete".
QString kindName(JournalEntry::Kind kind);
QString stateName(JournalEntry::State state);
// What the entry does, for a person: "Create mario.rossi@pec.example.it (quota 500 MB)".
QString describe(const JournalEntry &entry);

} // namespace journal

} // namespace pecadmin

Q_DECLARE_METATYPE(pecadmin::JournalSummary)
