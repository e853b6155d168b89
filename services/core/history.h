#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pecadmin {

struct HistoryEntry;
struct Mailbox;
struct MailboxChange;

// The history of changes that a backend keeps (docs/AUDIT.md): one entry per change, written
// in the transaction of the change, never rewritten. Each entry carries the SHA-256 of the
// previous entry's hash and of its own canonical content, so that an entry changed, removed
// or moved afterwards breaks the chain from that entry on.
namespace history {

// The operations, as stored: stable, untranslated names.
inline const QString domainAdded = QStringLiteral("domain-add");
inline const QString domainChanged = QStringLiteral("domain-change");
inline const QString domainRemoved = QStringLiteral("domain-remove");
inline const QString mailboxCreated = QStringLiteral("mailbox-create");
inline const QString mailboxChanged = QStringLiteral("mailbox-change");
inline const QString passwordReset = QStringLiteral("password-reset");
inline const QString mailboxDeleted = QStringLiteral("mailbox-delete");
// One entry for a whole import or bulk change, after the entries of its mailboxes.
inline const QString job = QStringLiteral("job");
// The entries before a date were removed; the entry keeps the hash of the last one removed.
inline const QString cut = QStringLiteral("history-cut");

QList<QString> operations();

// The result of an entry that records a change that was made.
inline const QString succeeded = QStringLiteral("ok");

// The previous hash of the chain's first entry: 64 zeros.
QByteArray genesisHash();

// The history as CSV (RFC 4180, UTF-8, CRLF): the header line, and one line per entry with
// every field of it, hashes included, so that the chain can be checked from the file.
QByteArray csvHeader();
QByteArray csvRow(const HistoryEntry &entry);

// The fields an entry keeps of a mailbox, as a compact JSON object with its keys sorted: never
// a password or a hash.
QString mailboxFields(const Mailbox &mailbox);
// Of two such objects, the fields of `after` that differ from `before`, each side on its own
// (a field that `after` no longer has goes to the before side only).
void difference(const QString &before, const QString &after, QString *beforeText, QString *afterText);
// The fields that `change` asks for, in the same form.
QString changeFields(const MailboxChange &change);
// A JSON object in that form: compact, its keys sorted.
QString compact(const QJsonObject &object);

} // namespace history

struct HistoryEntry
{
    qint64 sequence = 0; // the position in the chain, from 1, without gaps
    QDateTime time; // UTC, to the millisecond
    QString actor; // the PostgreSQL role, or "user@host" for a SQLite file
    QString operation; // one of history::
    QString domain;
    QString mailbox; // the address; empty for an entry about a domain or a job
    QString before; // the fields before, a JSON object (compact, keys sorted); empty: none
    QString after; // the fields after, the same way
    QString result;
    QByteArray previousHash; // lower-case hex
    QByteArray hash; // lower-case hex

    // The canonical content that the hash covers: the fields sequence, time (milliseconds
    // since 1970, UTC, in decimal), actor, operation, domain, mailbox, before, after and
    // result, in this order, each as the decimal length of its UTF-8 bytes, ':', those bytes,
    // and ','.
    QByteArray canonicalContent() const;
    // SHA-256 of previousHash (its 64 hex characters) followed by canonicalContent(), in
    // lower-case hex.
    QByteArray computeHash() const;
};

// Which entries to read: newest first, every condition that is set must hold.
struct HistoryQuery
{
    QString domain; // empty: every domain
    QString mailbox; // an address; empty: the domain's entries of every kind
    QString operation;
    QString actor;
    QDateTime since; // included; invalid: from the first
    QDateTime until; // excluded; invalid: to the last
    int limit = 100;
    // Keyset paging: entries older than this sequence (the last of the previous page); 0: from
    // the newest.
    qint64 beforeSequence = 0;
};

struct HistoryPage
{
    QList<HistoryEntry> entries;
    bool hasMore = false;
};

// What a walk over the whole chain found.
struct HistoryCheck
{
    enum class Problem {
        None,
        Changed, // the entry's content or hash is not what was written
        Removed, // entries before this one are missing
        Reordered, // the entry does not follow the one before it
    };

    Problem problem = Problem::None;
    qint64 entries = 0; // how many were read
    qint64 brokenSequence = 0; // the first entry that does not hold
    qint64 firstSequence = 0; // after a cut, the first entry kept
    HistoryEntry head; // the last entry, where the chain holds

    bool intact() const { return problem == Problem::None; }
};

// A whole import or bulk change, recorded after its mailboxes (history::job).
struct HistoryJob
{
    QString kind; // "import", "bulk-change"
    QString action; // for a bulk change: "enable", "disable", "set-quota", …
    QString domain;
    int total = 0;
    int done = 0;
    int skipped = 0;
    int failed = 0;
    int notDone = 0;
    bool cancelled = false;
    bool stopped = false; // a failure of the backend stopped the rest
};

namespace history {

// The entry of a whole job: its kind, action and counts after, and "ok", "cancelled" or
// "stopped" as its result.
HistoryEntry jobEntry(const HistoryJob &job);

// An entry of `operation` about `domain`, and about `mailbox` where it names one, with the
// fields before and after (empty where there were or are none) and its result.
HistoryEntry entry(const QString &operation, const QString &domain, const QString &mailbox, const QString &before,
    const QString &after, const QString &result = succeeded);

} // namespace history

} // namespace pecadmin

Q_DECLARE_METATYPE(pecadmin::HistoryEntry)
