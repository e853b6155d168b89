#include "replicastore.h"

#include "core/history.h"
#include "core/replica.h"
#include "core/rules.h"
#include "local/mailboxpagequery.h"
#include "local/sqlconnection.h"
#include "local/sqlitedriver.h"
#include "local/sqlrows.h"
#include "local/sqlrowwriter.h"
#include "local/sqlstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPartialOrdering>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

// A copied mailbox: the statement's head, and one row of its VALUES.
const QString copiedMailboxHead
    = u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, "
      "archiving, must_change_password, password_hash, created, modified, usage_updated, soft_quota_alarm, version) "
      "VALUES "_s;
const QString copiedMailboxRow = u"(?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, 1)"_s;
const QString insertCopiedMailbox = copiedMailboxHead + copiedMailboxRow;

const QString versionHead = u"INSERT INTO replica_versions (domain, name, version) VALUES "_s;
const QString versionRow = u"(?, ?, ?)"_s;
const QString insertVersion = versionHead + versionRow;

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// The values of insertCopiedMailbox for `mailbox`: a usage never reported stays unknown.
QVariantList copiedMailboxValues(qint64 domainId, const Mailbox &mailbox)
{
    return { domainId, mailbox.name, int(mailbox.enabled), mailbox.quotaMb, mailbox.softQuotaMb, mailbox.usedBytes,
        int(mailbox.archiving), int(mailbox.mustChangePassword), msecs(mailbox.created), msecs(mailbox.modified),
        mailbox.usageKnown() ? QVariant(msecs(mailbox.usageUpdated)) : QVariant(QMetaType::fromType<qint64>()),
        // The alarm as the server says it: a time, never (NULL), or -1 where it does not say.
        !mailbox.softQuotaAlarmKnown           ? QVariant(qint64(-1))
            : mailbox.softQuotaAlarm.isValid() ? QVariant(msecs(mailbox.softQuotaAlarm))
                                               : QVariant(QMetaType::fromType<qint64>()) };
}

QDateTime fromMsecs(qint64 value)
{
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}

// A NOT NULL text column takes an empty string, never a null one.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString mailboxJson(const std::optional<Mailbox> &mailbox)
{
    if (!mailbox)
        return QString();
    return history::compact(QJsonObject { { u"name"_s, mailbox->name }, { u"domain"_s, mailbox->domain },
        { u"enabled"_s, mailbox->enabled }, { u"quota_mb"_s, mailbox->quotaMb },
        { u"soft_quota_mb"_s, mailbox->softQuotaMb }, { u"used_bytes"_s, mailbox->usedBytes },
        { u"archiving"_s, mailbox->archiving }, { u"must_change_password"_s, mailbox->mustChangePassword },
        { u"created"_s, msecs(mailbox->created) }, { u"modified"_s, msecs(mailbox->modified) },
        { u"version"_s, mailbox->version } });
}

std::optional<Mailbox> mailboxFromJson(const QString &text)
{
    const QJsonObject object = parsed(text);
    if (object.isEmpty())
        return std::nullopt;
    Mailbox mailbox;
    mailbox.name = object.value(u"name"_s).toString();
    mailbox.domain = object.value(u"domain"_s).toString();
    mailbox.enabled = object.value(u"enabled"_s).toBool();
    mailbox.quotaMb = object.value(u"quota_mb"_s).toInteger();
    mailbox.softQuotaMb = object.value(u"soft_quota_mb"_s).toInteger();
    mailbox.usedBytes = object.value(u"used_bytes"_s).toInteger();
    mailbox.archiving = object.value(u"archiving"_s).toBool();
    mailbox.mustChangePassword = object.value(u"must_change_password"_s).toBool();
    mailbox.created = fromMsecs(object.value(u"created"_s).toInteger());
    mailbox.modified = fromMsecs(object.value(u"modified"_s).toInteger());
    mailbox.version = object.value(u"version"_s).toString();
    return mailbox;
}

// What an entry asks for, without its password.
QString fieldsJson(const JournalEntry &entry)
{
    if (entry.kind == JournalEntry::Kind::Create) {
        QJsonObject object;
        object.insert(u"quota_mb"_s, entry.created.quotaMb);
        object.insert(u"soft_quota_mb"_s, entry.created.softQuotaMb);
        object.insert(u"archiving"_s, entry.created.archiving);
        object.insert(u"enabled"_s, entry.created.enabled);
        return history::compact(object);
    }
    return history::changeFields(entry.change);
}

void readFields(const QString &text, JournalEntry *entry)
{
    const QJsonObject object = parsed(text);
    if (entry->kind == JournalEntry::Kind::Create) {
        entry->created.name = entry->address.section(u'@', 0, 0);
        entry->created.domain = entry->address.section(u'@', 1);
        entry->created.quotaMb = object.value(u"quota_mb"_s).toInteger();
        entry->created.softQuotaMb = object.value(u"soft_quota_mb"_s).toInteger();
        entry->created.archiving = object.value(u"archiving"_s).toBool();
        entry->created.enabled = object.value(u"enabled"_s).toBool(true);
        return;
    }
    MailboxChange &change = entry->change;
    change.address = entry->address;
    change.version = entry->baseVersion;
    if (object.contains(u"enabled"_s))
        change.enabled = object.value(u"enabled"_s).toBool();
    if (object.contains(u"quota_mb"_s))
        change.quotaMb = object.value(u"quota_mb"_s).toInteger();
    if (object.contains(u"soft_quota_mb"_s))
        change.softQuotaMb = object.value(u"soft_quota_mb"_s).toInteger();
    if (object.contains(u"archiving"_s))
        change.archiving = object.value(u"archiving"_s).toBool();
}

JournalEntry::Kind kindFromName(const QString &name)
{
    for (const JournalEntry::Kind kind : { JournalEntry::Kind::Create, JournalEntry::Kind::ResetPassword,
             JournalEntry::Kind::Change, JournalEntry::Kind::Delete }) {
        if (journal::kindName(kind) == name)
            return kind;
    }
    return JournalEntry::Kind::Change;
}

JournalEntry::State stateFromName(const QString &name)
{
    for (const JournalEntry::State state :
        { JournalEntry::State::Pending, JournalEntry::State::Sending, JournalEntry::State::Conflict }) {
        if (journal::stateName(state) == name)
            return state;
    }
    return JournalEntry::State::Pending;
}

ServiceError changedMeanwhile(const QString &address)
{
    return ServiceError(ServiceError::Code::Conflict,
        QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 was changed meanwhile. Reload it and try again."),
        { address });
}

ServiceError noSuchEntry(qint64 id)
{
    return ServiceError(ServiceError::Code::NotFound,
        QT_TRANSLATE_NOOP("ServiceError", "There is no change %1 waiting to be sent."), { QString::number(id) });
}

const QString entryColumns = u"id, made_at, author, kind, address, base_version, fields, state, conflict, theirs"_s;

} // namespace

ReplicaStore::ReplicaStore(std::unique_ptr<SqlStore> store) : m_store(std::move(store))
{ }

ReplicaStore::~ReplicaStore() = default;

Result<std::unique_ptr<ReplicaStore>> ReplicaStore::open(const QString &path)
{
    Result<std::unique_ptr<SqlStore>> store = SqlStore::open(path);
    if (!store)
        return store.error();
    std::unique_ptr<ReplicaStore> replica(new ReplicaStore(store.takeValue()));
    // A deleted row (a wiped secret) is overwritten, not only unlinked.
    if (auto error = replica->m_store->m_connection->run(u"PRAGMA secure_delete = ON"_s))
        return *error;
    if (const Outcome created = replica->createTables(); !created)
        return created.error();
    return replica;
}

bool ReplicaStore::holdsCopy(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    bool holds = false;
    const QString name = u"pecadmin-holds-copy-%1"_s.arg(quintptr(QThread::currentThreadId()));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(new SqliteDriver(), name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'replica_copy'"_s)
                && query.exec() && query.next())
                holds = true;
            query.finish();
            if (!holds && query.prepare(u"SELECT 1 FROM replica_domains LIMIT 1"_s) && query.exec() && query.next())
                holds = true;
            query.finish();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return holds;
}

Outcome ReplicaStore::markAsCopy()
{
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        if (auto error = m_store->m_connection->run(u"CREATE TABLE IF NOT EXISTS replica_copy (kept INTEGER)"_s))
            return *error;
        return Done {};
    });
}

QString ReplicaStore::path() const
{
    return m_store->path();
}

Outcome ReplicaStore::createTables()
{
    SqlConnection &connection = *m_store->m_connection;
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        if (auto error = connection.run(u"CREATE TABLE IF NOT EXISTS replica_domains ("
                                        "name TEXT PRIMARY KEY,"
                                        "limits_known INTEGER NOT NULL,"
                                        "policy_stated INTEGER NOT NULL,"
                                        "copied_at BIGINT NOT NULL)"_s))
            return *error;
        if (auto error = connection.run(u"CREATE TABLE IF NOT EXISTS replica_versions ("
                                        "domain TEXT NOT NULL,"
                                        "name TEXT NOT NULL,"
                                        "version TEXT NOT NULL,"
                                        "PRIMARY KEY (domain, name))"_s))
            return *error;
        if (auto error = connection.run(u"CREATE TABLE IF NOT EXISTS journal ("
                                        "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                        "made_at BIGINT NOT NULL,"
                                        "author TEXT NOT NULL,"
                                        "kind TEXT NOT NULL,"
                                        "address TEXT NOT NULL,"
                                        "base_version TEXT NOT NULL,"
                                        "fields TEXT NOT NULL,"
                                        "sealed BLOB,"
                                        "before_row TEXT NOT NULL,"
                                        "state TEXT NOT NULL,"
                                        "conflict TEXT NOT NULL,"
                                        "theirs TEXT NOT NULL)"_s))
            return *error;
        // A mailbox's entries and their states, from the index alone (a page's rows, mailboxes()).
        if (auto error = connection.run(u"DROP INDEX IF EXISTS journal_address"_s))
            return *error;
        if (auto error = connection.run(u"CREATE INDEX IF NOT EXISTS journal_by_address ON journal (address, state)"_s))
            return *error;
        return Done {};
    });
}

Outcome ReplicaStore::storeDomain(
    const DomainDetails &details, const QList<Mailbox> &mailboxes, const QDateTime &copiedAt)
{
    SqlConnection &connection = *m_store->m_connection;
    const QString name = rules::normalizedDomainName(details.domain.name);
    Domain domain = details.domain;
    domain.name = name;
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        QSqlQuery find = connection.query();
        if (auto error = connection.run(find, u"SELECT id FROM domains WHERE name = ?"_s, { name }))
            return *error;
        qint64 domainId = 0;
        if (find.next()) {
            domainId = find.value(0).toLongLong();
            find.finish();
            QVariantList values = SqlRows::domainValues(domain);
            values.removeFirst(); // the name stays
            values.append(domainId);
            if (auto error = connection.run(
                    u"UPDATE domains SET total_space_mb = ?, max_mailboxes = ?, max_quota_mb = ?, "
                    "archiving_available = ?, password_preset = ?, password_min_length = ?, password_max_length = ?, "
                    "password_require_lowercase = ?, password_require_uppercase = ?, password_require_digit = ?, "
                    "password_require_symbol = ?, password_allowed_symbols = ?, password_forbid_mailbox_name = ?, "
                    "language = COALESCE(?, '') "
                    "WHERE id = ?"_s,
                    values))
                return *error;
            // The mailboxes with changes made offline keep what the copy shows (the changes'
            // effect) until the changes are sent or cancelled.
            if (auto error = connection.run(u"DELETE FROM mailboxes WHERE domain_id = ? AND "
                                            "(name || '@' || ?) NOT IN (SELECT address FROM journal)"_s,
                    { domainId, name }))
                return *error;
        } else {
            find.finish();
            if (auto error = connection.run(SqlRows::insertDomain, SqlRows::domainValues(domain)))
                return *error;
            QSqlQuery id = connection.query();
            if (auto error = connection.run(id, u"SELECT id FROM domains WHERE name = ?"_s, { name }))
                return *error;
            if (!id.next())
                return ServiceError(ServiceError::Code::Storage,
                    QT_TRANSLATE_NOOP("ServiceError", "The copy of the domain %1 could not be written."), { name });
            domainId = id.value(0).toLongLong();
        }
        if (auto error = connection.run(u"DELETE FROM replica_versions WHERE domain = ? AND "
                                        "(name || '@' || domain) NOT IN (SELECT address FROM journal)"_s,
                { name }))
            return *error;
        QSqlQuery changed = connection.query();
        if (auto error = connection.run(changed, u"SELECT DISTINCT address FROM journal"_s))
            return *error;
        QSet<QString> changedOffline;
        while (changed.next())
            changedOffline.insert(changed.value(0).toString());
        changed.finish();

        qint64 allocatedMb = 0;
        qint64 usedBytes = 0;
        SqlRowWriter insert(connection, copiedMailboxHead, copiedMailboxRow);
        SqlRowWriter version(connection, versionHead, versionRow);
        for (const Mailbox &mailbox : mailboxes) {
            allocatedMb += mailbox.quotaMb;
            usedBytes += mailbox.usedBytes;
            if (changedOffline.contains(mailbox.name + u'@' + name))
                continue;
            if (auto error = insert.add(copiedMailboxValues(domainId, mailbox)))
                return *error;
            if (mailbox.version.isEmpty())
                continue; // no version, as setVersion() keeps it
            if (auto error = version.add({ name, mailbox.name, mailbox.version }))
                return *error;
        }
        if (auto error = insert.finish())
            return *error;
        if (auto error = version.finish())
            return *error;
        // The server's totals where it states them; else what the copied mailboxes add up to.
        const qint64 count = std::max<qint64>(details.mailboxCount, mailboxes.size());
        if (auto error
            = connection.run(u"UPDATE domains SET mailbox_count = ?, allocated_mb = ?, used_bytes = ? WHERE id = ?"_s,
                { count, details.limitsKnown ? details.allocatedMb : allocatedMb,
                    details.limitsKnown ? details.usedBytes : usedBytes, domainId }))
            return *error;
        if (auto error = connection.run(u"DELETE FROM replica_domains WHERE name = ?"_s, { name }))
            return *error;
        if (auto error = connection.run(
                u"INSERT INTO replica_domains (name, limits_known, policy_stated, copied_at) VALUES (?, ?, ?, ?)"_s,
                { name, int(details.limitsKnown), int(details.domain.passwordPolicy.stated), msecs(copiedAt) }))
            return *error;
        return Done {};
    });
}

Outcome ReplicaStore::keepOnly(const QStringList &domains)
{
    SqlConnection &connection = *m_store->m_connection;
    QStringList kept;
    for (const QString &domain : domains)
        kept.append(rules::normalizedDomainName(domain));
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        QSqlQuery all = connection.query();
        if (auto error = connection.run(all, u"SELECT name FROM domains"_s))
            return *error;
        QStringList gone;
        while (all.next()) {
            if (!kept.contains(all.value(0).toString()))
                gone.append(all.value(0).toString());
        }
        all.finish();
        for (const QString &name : gone) {
            if (auto error = connection.run(
                    u"DELETE FROM mailboxes WHERE domain_id = (SELECT id FROM domains WHERE name = ?)"_s, { name }))
                return *error;
            if (auto error = connection.run(u"DELETE FROM domains WHERE name = ?"_s, { name }))
                return *error;
            if (auto error = connection.run(u"DELETE FROM replica_versions WHERE domain = ?"_s, { name }))
                return *error;
            if (auto error = connection.run(u"DELETE FROM replica_domains WHERE name = ?"_s, { name }))
                return *error;
        }
        return Done {};
    });
}

Result<QDateTime> ReplicaStore::copiedAt()
{
    SqlConnection &connection = *m_store->m_connection;
    QDateTime copied;
    const Outcome read = m_store->runInTransaction(SqlStore::Access::Read, [&]() -> Outcome {
        QSqlQuery query = connection.query();
        if (auto error = connection.run(query, u"SELECT COUNT(*), MIN(copied_at) FROM replica_domains"_s))
            return *error;
        if (query.next() && query.value(0).toLongLong() > 0)
            copied = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        return Done {};
    });
    if (!read)
        return read.error();
    return copied;
}

std::optional<ServiceError> ReplicaStore::withServerVersion(Mailbox *mailbox)
{
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery query = connection.query();
    if (auto error = connection.run(query, u"SELECT version FROM replica_versions WHERE domain = ? AND name = ?"_s,
            { mailbox->domain, mailbox->name }))
        return error;
    mailbox->version = query.next() ? query.value(0).toString() : QString();
    query.finish();
    QSqlQuery pending = connection.query();
    if (auto error = connection.run(pending, u"SELECT state FROM journal WHERE address = ?"_s, { mailbox->address() }))
        return error;
    mailbox->pending = false;
    mailbox->inConflict = false;
    while (pending.next()) {
        mailbox->pending = true;
        if (stateFromName(pending.value(0).toString()) == JournalEntry::State::Conflict)
            mailbox->inConflict = true;
    }
    return std::nullopt;
}

std::optional<ServiceError> ReplicaStore::withStatedLimits(DomainDetails *details)
{
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery query = connection.query();
    if (auto error = connection.run(query, u"SELECT limits_known, policy_stated FROM replica_domains WHERE name = ?"_s,
            { details->domain.name }))
        return error;
    if (query.next()) {
        details->limitsKnown = query.value(0).toLongLong() != 0;
        details->domain.passwordPolicy.stated = query.value(1).toLongLong() != 0;
    }
    return std::nullopt;
}

Result<QList<Domain>> ReplicaStore::domains()
{
    Result<QList<Domain>> domains = m_store->domains();
    if (!domains)
        return domains;
    QList<Domain> stated = domains.value();
    for (Domain &domain : stated) {
        DomainDetails details;
        details.domain = domain;
        if (auto error = withStatedLimits(&details))
            return *error;
        domain = details.domain;
    }
    return stated;
}

Result<DomainDetails> ReplicaStore::domainDetails(const QString &domain)
{
    Result<DomainDetails> details = m_store->domainDetails(domain);
    if (!details)
        return details;
    DomainDetails stated = details.value();
    if (auto error = withStatedLimits(&stated))
        return *error;
    return stated;
}

Result<MailboxPage> ReplicaStore::mailboxes(const MailboxQuery &query)
{
    if (query.pendingOnly)
        return pendingMailboxes(query);
    // The page is read in one statement, as the local store reads it: each row with its
    // server version (NULL: none), joined by the key of replica_versions, and the state of its
    // entries in the journal (NULL: none; 0: pending; 1: one in conflict), from the journal's
    // index, looked up only where the journal holds anything (asked once a statement). The same
    // as withServerVersion() gives a row.
    const QString domain = rules::normalizedDomainName(query.domain);
    MailboxPageColumns columns;
    columns.sql = u", server_version, CASE WHEN (SELECT 1 FROM journal LIMIT 1) IS NOT NULL THEN "
                  "(SELECT MAX(journal.state = ?) FROM journal WHERE journal.address = mailboxes.name || '@' || ?) "
                  "END AS journal_state"_s;
    columns.join = u" LEFT JOIN (SELECT replica_versions.name AS server_name, replica_versions.version AS "
                   "server_version FROM replica_versions WHERE replica_versions.domain = ?) ON server_name = "
                   "mailboxes.name"_s;
    columns.values = { journal::stateName(JournalEntry::State::Conflict), domain, domain };
    columns.read = [](const QSqlQuery &row, int first, Mailbox *mailbox) {
        mailbox->version = row.value(first).isNull() ? QString() : row.value(first).toString();
        const QVariant state = row.value(first + 1);
        mailbox->pending = !state.isNull();
        mailbox->inConflict = mailbox->pending && state.toLongLong() != 0;
    };
    return m_store->mailboxes(query, columns);
}

Result<MailboxPage> ReplicaStore::pendingMailboxes(const MailboxQuery &query)
{
    // The journal holds few mailboxes: they are read one by one, then filtered, sorted and paged
    // here as the store's query does.
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery addresses = connection.query();
    if (auto error = connection.run(addresses, u"SELECT DISTINCT address FROM journal"_s))
        return *error;
    QStringList inDomain;
    while (addresses.next()) {
        const QString address = addresses.value(0).toString();
        if (address.section(u'@', 1).compare(query.domain, Qt::CaseInsensitive) == 0)
            inDomain.append(address);
    }
    addresses.finish();
    const QString filter = rules::normalizedMailboxName(query.filter);
    QList<Mailbox> found;
    for (const QString &address : std::as_const(inDomain)) {
        Result<Mailbox> one = mailbox(address);
        if (!one) {
            if (one.error().code() == ServiceError::Code::NotFound)
                continue; // deleted offline: nothing left to show
            return one.error();
        }
        if (filter.isEmpty() || one.value().name.contains(filter))
            found.append(one.value());
    }
    const bool descending = query.sortOrder == Qt::DescendingOrder;
    // Whether `a` comes before `b` in the page's order: by the column, then by the name.
    const auto before = [&query, descending](const Mailbox &a, const Mailbox &b) {
        const QPartialOrdering order = QVariant::compare(
            sortKey(a, query.sortColumn, query.sortOrder), sortKey(b, query.sortColumn, query.sortOrder));
        if (order == QPartialOrdering::Less || order == QPartialOrdering::Greater)
            return (order == QPartialOrdering::Less) != descending;
        if (a.name == b.name)
            return false;
        return (a.name < b.name) != descending;
    };
    std::sort(found.begin(), found.end(), before);
    qsizetype first = 0;
    if (query.after) {
        while (first < found.size() && !before(*query.after, found.at(first)))
            ++first;
    } else {
        first = std::min<qsizetype>(query.offset, found.size());
    }
    MailboxPage page;
    page.mailboxes = found.mid(first, query.limit);
    page.hasMore = first + query.limit < found.size();
    return page;
}

Result<Mailbox> ReplicaStore::mailbox(const QString &address)
{
    Result<Mailbox> mailbox = m_store->mailbox(address);
    if (!mailbox)
        return mailbox;
    Mailbox versioned = mailbox.value();
    if (auto error = withServerVersion(&versioned))
        return *error;
    return versioned;
}

// ---- changes made offline ----

void ReplicaStore::setHistoryActor(const QString &actor)
{
    m_store->m_actor = actor;
}

Outcome ReplicaStore::appendHistory(const QList<HistoryEntry> &entries)
{
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        if (auto error = m_store->record(entries))
            return *error;
        return Done {};
    });
}

Result<HistoryPage> ReplicaStore::history(const HistoryQuery &query)
{
    return m_store->history(query);
}

Result<HistoryCheck> ReplicaStore::verifyHistory()
{
    return m_store->verifyHistory();
}

Result<HistoryEntry> ReplicaStore::historyHead()
{
    return m_store->historyHead();
}

Result<HistoryEntry> ReplicaStore::cutHistory(const QDateTime &before)
{
    return m_store->cutHistory(before);
}

void ReplicaStore::setJournalIdentity(const QString &author, std::shared_ptr<const SecretBox> box)
{
    m_author = author;
    m_box = std::move(box);
}

Result<Mailbox> ReplicaStore::currentRow(const QString &address, DomainDetails *details, qint64 *domainId)
{
    Result<Mailbox> current = m_store->readMailboxByAddress(address, details, domainId);
    if (!current)
        return current;
    Mailbox mailbox = current.value();
    if (auto error = withServerVersion(&mailbox))
        return *error;
    if (details) {
        if (auto error = withStatedLimits(details))
            return *error;
    }
    return mailbox;
}

std::optional<ServiceError> ReplicaStore::setVersion(const QString &domain, const QString &name, const QString &version)
{
    SqlConnection &connection = *m_store->m_connection;
    if (auto error = connection.run(u"DELETE FROM replica_versions WHERE domain = ? AND name = ?"_s, { domain, name }))
        return error;
    if (version.isEmpty())
        return std::nullopt;
    return connection.run(insertVersion, { domain, name, version });
}

std::optional<ServiceError> ReplicaStore::insertRow(qint64 domainId, const Mailbox &mailbox)
{
    SqlConnection &connection = *m_store->m_connection;
    if (auto error = connection.run(insertCopiedMailbox, copiedMailboxValues(domainId, mailbox)))
        return error;
    if (auto error = setVersion(mailbox.domain, mailbox.name, mailbox.version))
        return error;
    return m_store->adjustTotals(domainId, 1, mailbox.quotaMb, mailbox.usedBytes);
}

std::optional<ServiceError> ReplicaStore::removeRow(qint64 domainId, const Mailbox &mailbox)
{
    SqlConnection &connection = *m_store->m_connection;
    if (auto error
        = connection.run(u"DELETE FROM mailboxes WHERE domain_id = ? AND name = ?"_s, { domainId, mailbox.name }))
        return error;
    if (auto error = setVersion(mailbox.domain, mailbox.name, QString()))
        return error;
    return m_store->adjustTotals(domainId, -1, -mailbox.quotaMb, -mailbox.usedBytes);
}

std::optional<ServiceError> ReplicaStore::appendEntry(
    const JournalEntry &entry, const std::optional<Mailbox> &before, const QByteArray &sealed)
{
    SqlConnection &connection = *m_store->m_connection;
    return connection.run(u"INSERT INTO journal (made_at, author, kind, address, base_version, fields, sealed, "
                          "before_row, state, conflict, theirs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')"_s,
        { SqlRows::nowMsecs(), text(m_author), journal::kindName(entry.kind), entry.address, text(entry.baseVersion),
            fieldsJson(entry), sealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(sealed),
            text(mailboxJson(before)), journal::stateName(JournalEntry::State::Pending) });
}

Result<Mailbox> ReplicaStore::createMailbox(const NewMailbox &input)
{
    if (!m_box)
        return Replica::refuseSecretWithoutKeyring();
    if (auto error = rules::checkNewMailboxName(input.name))
        return *error;
    if (auto error = rules::checkDomainName(input.domain))
        return *error;
    NewMailbox mailbox = input;
    mailbox.name = rules::normalizedMailboxName(input.name);
    mailbox.domain = rules::normalizedDomainName(input.domain);
    const QString address = mailbox.name + u'@' + mailbox.domain;
    Result<QByteArray> sealed = m_box->seal(mailbox.password.toUtf8());
    if (!sealed)
        return sealed.error();
    mailbox.password.fill(u'\0');
    mailbox.password.clear();
    Mailbox created;
    const Outcome written = m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        qint64 domainId = 0;
        Result<DomainDetails> details = m_store->readDomainDetails(mailbox.domain, &domainId);
        if (!details)
            return details.error();
        DomainDetails stated = details.value();
        if (auto error = withStatedLimits(&stated))
            return *error;
        NewMailbox checked = mailbox;
        checked.password = input.password;
        if (auto error = rules::checkNewMailbox(rules::limitsToCheck(stated), checked))
            return *error;
        checked.password.fill(u'\0');
        if (m_store->readMailbox(domainId, mailbox.domain, mailbox.name))
            return ServiceError(ServiceError::Code::AlreadyExists,
                QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."), { address })
                .onField(u"name"_s);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(SqlRows::nowMsecs(), Qt::UTC);
        created.name = mailbox.name;
        created.domain = mailbox.domain;
        created.enabled = mailbox.enabled;
        created.quotaMb = mailbox.quotaMb;
        created.softQuotaMb = mailbox.softQuotaMb;
        created.archiving = mailbox.archiving;
        created.mustChangePassword = true;
        created.created = now;
        created.modified = now;
        if (auto error = insertRow(domainId, created))
            return *error;
        JournalEntry entry;
        entry.kind = JournalEntry::Kind::Create;
        entry.address = address;
        entry.created = mailbox;
        if (auto error = appendEntry(entry, std::nullopt, sealed.value()))
            return *error;
        return Done {};
    });
    if (!written)
        return written.error();
    created.pending = true;
    return created;
}

Result<Mailbox> ReplicaStore::changeMailbox(const MailboxChange &change)
{
    Mailbox changed;
    const Outcome written = m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        DomainDetails details;
        qint64 domainId = 0;
        Result<Mailbox> current = currentRow(change.address, &details, &domainId);
        if (!current)
            return current.error();
        const Mailbox &mailbox = current.value();
        if (!change.version.isEmpty() && change.version != mailbox.version)
            return changedMeanwhile(mailbox.address());
        changed = mailbox;
        if (change.isEmpty())
            return Done {};
        if (auto error = rules::checkChange(rules::limitsToCheck(details), mailbox, change))
            return *error;
        changed.enabled = change.enabled.value_or(mailbox.enabled);
        changed.quotaMb = change.quotaMb.value_or(mailbox.quotaMb);
        changed.softQuotaMb = change.softQuotaMb.value_or(mailbox.softQuotaMb);
        changed.archiving = change.archiving.value_or(mailbox.archiving);
        changed.modified = QDateTime::fromMSecsSinceEpoch(SqlRows::nowMsecs(), Qt::UTC);
        SqlConnection &connection = *m_store->m_connection;
        if (auto error = connection.run(u"UPDATE mailboxes SET enabled = ?, quota_mb = ?, soft_quota_mb = ?, "
                                        "archiving = ?, modified = ? WHERE domain_id = ? AND name = ?"_s,
                { int(changed.enabled), changed.quotaMb, changed.softQuotaMb, int(changed.archiving),
                    msecs(changed.modified), domainId, mailbox.name }))
            return *error;
        if (changed.quotaMb != mailbox.quotaMb) {
            if (auto error = m_store->adjustTotals(domainId, 0, changed.quotaMb - mailbox.quotaMb, 0))
                return *error;
        }
        JournalEntry entry;
        entry.kind = JournalEntry::Kind::Change;
        entry.address = mailbox.address();
        entry.baseVersion = mailbox.version;
        entry.change = change;
        if (auto error = appendEntry(entry, mailbox, QByteArray()))
            return *error;
        changed.pending = true;
        return Done {};
    });
    if (!written)
        return written.error();
    return changed;
}

Result<Mailbox> ReplicaStore::resetPassword(const QString &address, const QString &version, const QString &password)
{
    if (!m_box)
        return Replica::refuseSecretWithoutKeyring();
    Mailbox changed;
    const Outcome written = m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        DomainDetails details;
        qint64 domainId = 0;
        Result<Mailbox> current = currentRow(address, &details, &domainId);
        if (!current)
            return current.error();
        const Mailbox &mailbox = current.value();
        if (!version.isEmpty() && version != mailbox.version)
            return changedMeanwhile(mailbox.address());
        if (auto error = rules::checkPasswordReset(mailbox))
            return *error;
        if (auto error
            = rules::checkPassword(rules::limitsToCheck(details).domain.passwordPolicy, password, mailbox.name))
            return *error;
        Result<QByteArray> sealed = m_box->seal(password.toUtf8());
        if (!sealed)
            return sealed.error();
        changed = mailbox;
        changed.mustChangePassword = true;
        changed.modified = QDateTime::fromMSecsSinceEpoch(SqlRows::nowMsecs(), Qt::UTC);
        SqlConnection &connection = *m_store->m_connection;
        if (auto error = connection.run(
                u"UPDATE mailboxes SET must_change_password = 1, modified = ? WHERE domain_id = ? AND name = ?"_s,
                { msecs(changed.modified), domainId, mailbox.name }))
            return *error;
        JournalEntry entry;
        entry.kind = JournalEntry::Kind::ResetPassword;
        entry.address = mailbox.address();
        entry.baseVersion = mailbox.version;
        if (auto error = appendEntry(entry, mailbox, sealed.value()))
            return *error;
        changed.pending = true;
        return Done {};
    });
    if (!written)
        return written.error();
    return changed;
}

Outcome ReplicaStore::deleteMailbox(const QString &address, const QString &version)
{
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        qint64 domainId = 0;
        Result<Mailbox> current = currentRow(address, nullptr, &domainId);
        if (!current)
            return current.error();
        const Mailbox &mailbox = current.value();
        if (!version.isEmpty() && version != mailbox.version)
            return changedMeanwhile(mailbox.address());
        if (auto error = rules::checkDelete(mailbox))
            return *error;
        if (auto error = removeRow(domainId, mailbox))
            return *error;
        JournalEntry entry;
        entry.kind = JournalEntry::Kind::Delete;
        entry.address = mailbox.address();
        entry.baseVersion = mailbox.version;
        if (auto error = appendEntry(entry, mailbox, QByteArray()))
            return *error;
        return Done {};
    });
}

Result<QList<JournalEntry>> ReplicaStore::readEntries(const QString &where, const QVariantList &values)
{
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery query = connection.query();
    if (auto error
        = connection.run(query, u"SELECT "_s + entryColumns + u" FROM journal "_s + where + u" ORDER BY id"_s, values))
        return *error;
    QList<JournalEntry> entries;
    while (query.next()) {
        JournalEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.when = fromMsecs(query.value(1).toLongLong());
        entry.author = query.value(2).toString();
        entry.kind = kindFromName(query.value(3).toString());
        entry.address = query.value(4).toString();
        entry.baseVersion = query.value(5).toString();
        readFields(query.value(6).toString(), &entry);
        entry.state = stateFromName(query.value(7).toString());
        entry.conflict = query.value(8).toString();
        entry.theirs = mailboxFromJson(query.value(9).toString());
        entries.append(entry);
    }
    return entries;
}

Result<QList<JournalEntry>> ReplicaStore::journal()
{
    QList<JournalEntry> entries;
    const Outcome read = m_store->runInTransaction(SqlStore::Access::Read, [&]() -> Outcome {
        Result<QList<JournalEntry>> all = readEntries(QString(), {});
        if (!all)
            return all.error();
        entries = all.value();
        return Done {};
    });
    if (!read)
        return read.error();
    return entries;
}

std::optional<ServiceError> ReplicaStore::undoFrom(qint64 id, const QString &address)
{
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery before = connection.query();
    if (auto error = connection.run(before, u"SELECT before_row FROM journal WHERE id = ?"_s, { id }))
        return error;
    if (!before.next())
        return noSuchEntry(id);
    const std::optional<Mailbox> previous = mailboxFromJson(before.value(0).toString());
    before.finish();
    // The mailbox as the copy shows it now, if it is there.
    qint64 domainId = 0;
    Result<Mailbox> current = m_store->readMailboxByAddress(address, nullptr, &domainId);
    if (current) {
        if (auto error = removeRow(domainId, current.value()))
            return error;
    } else if (current.error().code() != ServiceError::Code::NotFound) {
        return current.error();
    }
    if (previous) {
        QSqlQuery domain = connection.query();
        if (auto error = connection.run(domain, u"SELECT id FROM domains WHERE name = ?"_s, { previous->domain }))
            return error;
        if (domain.next()) {
            const qint64 previousDomainId = domain.value(0).toLongLong();
            domain.finish();
            if (auto error = insertRow(previousDomainId, *previous))
                return error;
        }
    }
    return connection.run(u"DELETE FROM journal WHERE address = ? AND id >= ?"_s, { address, id });
}

Outcome ReplicaStore::cancelEntry(qint64 id)
{
    Outcome cancelled = m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        Result<QList<JournalEntry>> entry = readEntries(u"WHERE id = ?"_s, { id });
        if (!entry)
            return entry.error();
        if (entry.value().isEmpty())
            return noSuchEntry(id);
        if (auto error = undoFrom(id, entry.value().constFirst().address))
            return *error;
        return Done {};
    });
    checkpoint();
    return cancelled;
}

Outcome ReplicaStore::cancelAll()
{
    Outcome cancelled = m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        // Each mailbox goes back to how its first entry found it.
        Result<QList<JournalEntry>> entries = readEntries(QString(), {});
        if (!entries)
            return entries.error();
        QStringList undone;
        for (const JournalEntry &entry : entries.value()) {
            if (undone.contains(entry.address))
                continue;
            undone.append(entry.address);
            if (auto error = undoFrom(entry.id, entry.address))
                return *error;
        }
        return Done {};
    });
    checkpoint();
    return cancelled;
}

std::optional<ServiceError> ReplicaStore::takeServerRow(const QString &address, const std::optional<Mailbox> &server)
{
    qint64 domainId = 0;
    Result<Mailbox> current = m_store->readMailboxByAddress(address, nullptr, &domainId);
    if (current) {
        if (auto error = removeRow(domainId, current.value()))
            return error;
    } else if (current.error().code() != ServiceError::Code::NotFound) {
        return current.error();
    }
    if (!server)
        return std::nullopt;
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery domain = connection.query();
    if (auto error = connection.run(
            domain, u"SELECT id FROM domains WHERE name = ?"_s, { rules::normalizedDomainName(server->domain) }))
        return error;
    if (!domain.next())
        return std::nullopt;
    const qint64 id = domain.value(0).toLongLong();
    domain.finish();
    Mailbox row = *server;
    row.domain = rules::normalizedDomainName(row.domain);
    row.name = rules::normalizedMailboxName(row.name);
    return insertRow(id, row);
}

Outcome ReplicaStore::resolveConflict(qint64 id, ConflictChoice choice)
{
    Outcome resolved = m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        Result<QList<JournalEntry>> found = readEntries(u"WHERE id = ?"_s, { id });
        if (!found)
            return found.error();
        if (found.value().isEmpty() || found.value().constFirst().state != JournalEntry::State::Conflict)
            return noSuchEntry(id);
        const JournalEntry entry = found.value().constFirst();
        SqlConnection &connection = *m_store->m_connection;
        if (choice == ConflictChoice::Mine) {
            // Sent again on the server's version: what the server holds now is overwritten by
            // choice. A creation whose address was taken cannot be; it stays in conflict.
            if (!entry.theirs && entry.kind != JournalEntry::Kind::Create)
                return ServiceError(ServiceError::Code::NotFound,
                    QT_TRANSLATE_NOOP("ServiceError",
                        "The mailbox %1 no longer exists on the server: this change cannot be applied. Keep the "
                        "server's state, or create the mailbox again."),
                    { entry.address });
            if (entry.theirs && entry.kind == JournalEntry::Kind::Create)
                return ServiceError(ServiceError::Code::AlreadyExists,
                    QT_TRANSLATE_NOOP("ServiceError",
                        "The address %1 was taken on the server meanwhile: this creation cannot be applied. Keep the "
                        "server's mailbox, or create one with another name."),
                    { entry.address });
            const QString version = entry.theirs ? entry.theirs->version : QString();
            if (auto error = connection.run(u"UPDATE journal SET base_version = ? WHERE address = ? AND id >= ?"_s,
                    { text(version), entry.address, id }))
                return *error;
            if (auto error = connection.run(u"UPDATE journal SET state = ?, conflict = '', theirs = '' WHERE id = ?"_s,
                    { journal::stateName(JournalEntry::State::Pending), id }))
                return *error;
            return Done {};
        }
        // Theirs: this entry and the later ones of the same mailbox go; the copy shows the
        // server's mailbox.
        if (auto error = connection.run(u"DELETE FROM journal WHERE address = ? AND id >= ?"_s, { entry.address, id }))
            return *error;
        QSqlQuery earlier = connection.query();
        if (auto error
            = connection.run(earlier, u"SELECT COUNT(*) FROM journal WHERE address = ?"_s, { entry.address }))
            return *error;
        const bool othersWait = earlier.next() && earlier.value(0).toLongLong() > 0;
        earlier.finish();
        if (!othersWait) {
            if (auto error = takeServerRow(entry.address, entry.theirs))
                return *error;
        }
        return Done {};
    });
    checkpoint();
    return resolved;
}

Result<QByteArray> ReplicaStore::sealedOf(qint64 id)
{
    SqlConnection &connection = *m_store->m_connection;
    QSqlQuery query = connection.query();
    if (auto error = connection.run(query, u"SELECT sealed FROM journal WHERE id = ?"_s, { id }))
        return *error;
    if (!query.next())
        return noSuchEntry(id);
    return query.value(0).toByteArray();
}

Outcome ReplicaStore::reviseCreation(qint64 id, const NewMailbox &revised)
{
    if (!m_box)
        return Replica::refuseSecretWithoutKeyring();
    if (auto error = rules::checkNewMailboxName(revised.name))
        return error->onField(u"name"_s);
    Outcome written = m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        Result<QList<JournalEntry>> found = readEntries(u"WHERE id = ?"_s, { id });
        if (!found)
            return found.error();
        if (found.value().isEmpty() || found.value().constFirst().state != JournalEntry::State::Conflict
            || found.value().constFirst().kind != JournalEntry::Kind::Create)
            return noSuchEntry(id);
        JournalEntry entry = found.value().constFirst();
        NewMailbox mailbox = revised;
        mailbox.name = rules::normalizedMailboxName(revised.name);
        mailbox.domain = entry.domain();
        mailbox.password.clear();
        const QString address = mailbox.name + u'@' + mailbox.domain;
        SqlConnection &connection = *m_store->m_connection;
        Result<QByteArray> sealedRead = sealedOf(id);
        if (!sealedRead)
            return sealedRead.error();
        const QByteArray sealed = sealedRead.value();

        // Mine leaves the old address, which shows the server's mailbox (if it has one).
        qint64 domainId = 0;
        Result<Mailbox> mine = m_store->readMailboxByAddress(entry.address, nullptr, &domainId);
        if (!mine && mine.error().code() != ServiceError::Code::NotFound)
            return mine.error();
        if (mine) {
            if (auto error = removeRow(domainId, mine.value()))
                return *error;
        }
        if (auto error = takeServerRow(entry.address, entry.theirs))
            return *error;

        Result<DomainDetails> details = m_store->readDomainDetails(mailbox.domain, &domainId);
        if (!details)
            return details.error();
        DomainDetails stated = details.value();
        if (auto error = withStatedLimits(&stated))
            return *error;
        Result<QByteArray> clear = m_box->open(sealed);
        if (!clear)
            return clear.error();
        QByteArray bytes = clear.takeValue();
        NewMailbox checked = mailbox;
        checked.password = QString::fromUtf8(bytes);
        bytes.fill('\0');
        std::optional<ServiceError> refused = rules::checkNewMailbox(rules::limitsToCheck(stated), checked);
        checked.password.fill(u'\0');
        if (refused)
            return *refused;
        if (m_store->readMailbox(domainId, mailbox.domain, mailbox.name))
            return ServiceError(ServiceError::Code::AlreadyExists,
                QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."), { address })
                .onField(u"name"_s);

        // Mine at the new address, as the later changes of it left it.
        Mailbox row = mine ? mine.value() : Mailbox();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(SqlRows::nowMsecs(), Qt::UTC);
        if (!mine) {
            row.mustChangePassword = true;
            row.created = now;
        }
        row.name = mailbox.name;
        row.domain = mailbox.domain;
        row.version.clear();
        row.modified = now;
        if (!mine || mailbox.quotaMb != entry.created.quotaMb)
            row.quotaMb = mailbox.quotaMb;
        if (!mine || mailbox.softQuotaMb != entry.created.softQuotaMb)
            row.softQuotaMb = mailbox.softQuotaMb;
        if (!mine || mailbox.archiving != entry.created.archiving)
            row.archiving = mailbox.archiving;
        if (!mine || mailbox.enabled != entry.created.enabled)
            row.enabled = mailbox.enabled;
        if (auto error = insertRow(domainId, row))
            return *error;

        // The later changes of mine go with it.
        QSqlQuery later = connection.query();
        if (auto error = connection.run(
                later, u"SELECT id, before_row FROM journal WHERE address = ? AND id > ?"_s, { entry.address, id }))
            return *error;
        QList<std::pair<qint64, std::optional<Mailbox>>> moved;
        while (later.next())
            moved.append({ later.value(0).toLongLong(), mailboxFromJson(later.value(1).toString()) });
        later.finish();
        for (auto &[laterId, before] : moved) {
            if (before) {
                before->name = mailbox.name;
                before->version.clear();
            }
            if (auto error = connection.run(u"UPDATE journal SET address = ?, before_row = ? WHERE id = ?"_s,
                    { address, text(mailboxJson(before)), laterId }))
                return *error;
        }
        entry.address = address;
        entry.created = mailbox;
        if (auto error = connection.run(u"UPDATE journal SET address = ?, fields = ?, base_version = '', state = ?, "
                                        "conflict = '', theirs = '' WHERE id = ?"_s,
                { address, fieldsJson(entry), journal::stateName(JournalEntry::State::Pending), id }))
            return *error;
        return Done {};
    });
    checkpoint();
    return written;
}

Result<QString> ReplicaStore::entryPassword(qint64 id)
{
    QByteArray sealed;
    const Outcome read = m_store->runInTransaction(SqlStore::Access::Read, [&]() -> Outcome {
        Result<QByteArray> found = sealedOf(id);
        if (!found)
            return found.error();
        sealed = found.value();
        return Done {};
    });
    if (!read)
        return read.error();
    if (!m_box)
        return Replica::refuseSecretWithoutKeyring();
    Result<QByteArray> clear = m_box->open(sealed);
    if (!clear)
        return clear.error();
    QByteArray bytes = clear.takeValue();
    QString password = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return password;
}

Outcome ReplicaStore::markState(qint64 id, JournalEntry::State state)
{
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        SqlConnection &connection = *m_store->m_connection;
        QSqlQuery update = connection.query();
        if (auto error
            = connection.run(update, u"UPDATE journal SET state = ? WHERE id = ?"_s, { journal::stateName(state), id }))
            return *error;
        if (update.numRowsAffected() != 1)
            return noSuchEntry(id);
        return Done {};
    });
}

Outcome ReplicaStore::entryApplied(qint64 id, const std::optional<Mailbox> &server)
{
    Outcome applied = m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        Result<QList<JournalEntry>> found = readEntries(u"WHERE id = ?"_s, { id });
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return noSuchEntry(id);
        const JournalEntry entry = found.value().constFirst();
        SqlConnection &connection = *m_store->m_connection;
        if (auto error = connection.run(u"DELETE FROM journal WHERE id = ?"_s, { id }))
            return *error;
        QSqlQuery later = connection.query();
        if (auto error = connection.run(later, u"SELECT COUNT(*) FROM journal WHERE address = ?"_s, { entry.address }))
            return *error;
        const bool othersWait = later.next() && later.value(0).toLongLong() > 0;
        later.finish();
        const QString version = server ? server->version : QString();
        if (othersWait) {
            // The later entries were made on top of this one: they go on the server's new version,
            // and the copy keeps showing their effect.
            if (auto error = connection.run(
                    u"UPDATE journal SET base_version = ? WHERE address = ?"_s, { text(version), entry.address }))
                return *error;
            if (server) {
                if (auto error = setVersion(rules::normalizedDomainName(server->domain),
                        rules::normalizedMailboxName(server->name), version))
                    return *error;
            }
            return Done {};
        }
        if (auto error = takeServerRow(entry.address, server))
            return *error;
        return Done {};
    });
    // The sealed password of the entry is gone from the table; empty the write-ahead log too.
    checkpoint();
    return applied;
}

Outcome ReplicaStore::entryConflict(qint64 id, const QString &refusal, const std::optional<Mailbox> &theirs)
{
    return m_store->runInTransaction(SqlStore::Access::Write, [&]() -> Outcome {
        SqlConnection &connection = *m_store->m_connection;
        QSqlQuery update = connection.query();
        if (auto error
            = connection.run(update, u"UPDATE journal SET state = ?, conflict = ?, theirs = ? WHERE id = ?"_s,
                { journal::stateName(JournalEntry::State::Conflict), text(refusal), text(mailboxJson(theirs)), id }))
            return *error;
        if (update.numRowsAffected() != 1)
            return noSuchEntry(id);
        return Done {};
    });
}

void ReplicaStore::checkpoint()
{
    // Best effort: a checkpoint that cannot run now runs at the next one.
    (void)m_store->m_connection->run(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

} // namespace pecadmin
