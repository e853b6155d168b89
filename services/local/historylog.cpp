#include "historylog.h"

#include "core/domain.h"
#include "local/sqlconnection.h"
#include "local/sqldialect.h"
#include "local/sqlrows.h"
#include "local/sqlrowwriter.h"
#include "local/sqlschema.h"
#include "local/storedmailbox.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

const QString columns = u"seq, logged_at, actor, operation, domain, mailbox, before_fields, after_fields, result, "
                        "prev_hash, hash"_s;
const QString insertEntryHead = u"INSERT INTO history (seq, logged_at, actor, operation, domain, mailbox, "
                                "before_fields, after_fields, result, prev_hash, hash) VALUES "_s;
const QString entryRow = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
// Taken by every writer of the history on PostgreSQL, until its transaction ends.
const QString chainLock = u"SELECT pg_advisory_xact_lock(7406072)"_s;
// How many entries the walk over the chain reads at a time.
constexpr int verifyBatch = 5000;

// An empty text, never NULL: every column is NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HistoryEntry readEntry(const QSqlQuery &row)
{
    HistoryEntry entry;
    entry.sequence = row.value(0).toLongLong();
    entry.time = QDateTime::fromMSecsSinceEpoch(row.value(1).toLongLong(), Qt::UTC);
    entry.actor = row.value(2).toString();
    entry.operation = row.value(3).toString();
    entry.domain = row.value(4).toString();
    entry.mailbox = row.value(5).toString();
    entry.before = row.value(6).toString();
    entry.after = row.value(7).toString();
    entry.result = row.value(8).toString();
    entry.previousHash = row.value(9).toString().toLatin1();
    entry.hash = row.value(10).toString().toLatin1();
    return entry;
}

} // namespace

HistoryLog::HistoryLog(SqlConnection &connection, QString actor) : m_connection(connection), m_actor(std::move(actor))
{ }

Result<QString> HistoryLog::actorOf(SqlConnection &connection)
{
    if (connection.dialect().kind == StoreLocation::Kind::PostgreSql) {
        QSqlQuery query = connection.query();
        if (auto error = connection.run(query, u"SELECT current_user"_s))
            return *error;
        if (!query.next())
            return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The database did not answer."));
        return query.value(0).toString();
    }
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        // The account this program runs as, where the session says none.
        passwd account {};
        passwd *found = nullptr;
        std::array<char, 4096> buffer {};
        if (getpwuid_r(geteuid(), &account, buffer.data(), buffer.size(), &found) == 0 && found)
            user = QString::fromLocal8Bit(found->pw_name);
    }
#endif
    if (user.isEmpty())
        user = QDir::home().dirName();
    return QString(user + u'@' + QSysInfo::machineHostName());
}

HistoryEntry HistoryLog::entry(const QString &operation, const QString &domain, const QString &mailbox,
    const QString &before, const QString &after, const QString &result)
{
    return history::entry(operation, domain, mailbox, before, after, result);
}

QString HistoryLog::fields(const Mailbox &mailbox)
{
    return history::mailboxFields(mailbox);
}

QString HistoryLog::fields(const StoredMailbox &mailbox)
{
    return compact(QJsonObject { { u"enabled"_s, mailbox.enabled }, { u"quota_mb"_s, mailbox.quotaMb },
        { u"soft_quota_mb"_s, mailbox.softQuotaMb }, { u"archiving"_s, mailbox.archiving },
        { u"must_change_password"_s, mailbox.mustChangePassword } });
}

QString HistoryLog::fields(const Domain &domain)
{
    const PasswordPolicy &policy = domain.passwordPolicy;
    QJsonObject object { { u"total_space_mb"_s, domain.totalSpaceMb }, { u"max_mailboxes"_s, domain.maxMailboxes },
        { u"max_quota_mb"_s, domain.maxMailboxQuotaMb }, { u"archiving_available"_s, domain.archivingAvailable },
        { u"password_policy"_s, PasswordPolicy::presetName(policy.preset) }, { u"language"_s, domain.language } };
    if (policy.preset == PasswordPolicy::Preset::Custom) {
        // A preset's name says its rules; a custom policy's rules are its own.
        object.insert(u"password_min_length"_s, policy.minLength);
        object.insert(u"password_max_length"_s, policy.maxLength);
        object.insert(u"password_require_lowercase"_s, policy.requireLowercase);
        object.insert(u"password_require_uppercase"_s, policy.requireUppercase);
        object.insert(u"password_require_digit"_s, policy.requireDigit);
        object.insert(u"password_require_symbol"_s, policy.requireSymbol);
        object.insert(u"password_allowed_symbols"_s, policy.allowedSymbols);
        object.insert(u"password_forbid_mailbox_name"_s, policy.forbidMailboxName);
    }
    return compact(object);
}

void HistoryLog::changedFields(const Mailbox &before, const Mailbox &after, QString *beforeText, QString *afterText)
{
    difference(fields(before), fields(after), beforeText, afterText);
}

void HistoryLog::changedFields(const Domain &before, const Domain &after, QString *beforeText, QString *afterText)
{
    difference(fields(before), fields(after), beforeText, afterText);
}

void HistoryLog::difference(const QString &before, const QString &after, QString *beforeText, QString *afterText)
{
    history::difference(before, after, beforeText, afterText);
}

std::optional<ServiceError> HistoryLog::append(QList<HistoryEntry> entries)
{
    if (entries.isEmpty())
        return std::nullopt;
    if (m_connection.dialect().kind == StoreLocation::Kind::PostgreSql) {
        if (auto error = m_connection.run(chainLock))
            return error;
    }
    const Result<HistoryEntry> last = head();
    if (!last)
        return last.error();
    return appendAfter(last.value(), std::move(entries));
}

std::optional<ServiceError> HistoryLog::appendAfter(const HistoryEntry &last, QList<HistoryEntry> entries)
{
    qint64 sequence = last.sequence;
    QByteArray previous = last.sequence == 0 ? history::genesisHash() : last.hash;
    SqlRowWriter insert(m_connection, insertEntryHead, entryRow);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(SqlRows::nowMsecs(), Qt::UTC);
    for (HistoryEntry &entry : entries) {
        entry.sequence = ++sequence;
        entry.time = now;
        entry.actor = m_actor;
        entry.previousHash = previous;
        entry.hash = entry.computeHash();
        if (auto error = insert.add({ entry.sequence, entry.time.toMSecsSinceEpoch(), text(entry.actor),
                text(entry.operation), text(entry.domain), text(entry.mailbox), text(entry.before), text(entry.after),
                text(entry.result), QString::fromLatin1(entry.previousHash), QString::fromLatin1(entry.hash) }))
            return error;
        previous = entry.hash;
    }
    return insert.finish();
}

Result<HistoryPage> HistoryLog::page(const HistoryQuery &query)
{
    QStringList where;
    QVariantList values;
    if (!query.mailbox.isEmpty()) {
        where.append(u"mailbox = ?"_s);
        values.append(query.mailbox);
    } else if (!query.domain.isEmpty()) {
        where.append(u"domain = ?"_s);
        values.append(query.domain);
    }
    if (!query.operation.isEmpty()) {
        where.append(u"operation = ?"_s);
        values.append(query.operation);
    }
    if (!query.actor.isEmpty()) {
        where.append(u"actor = ?"_s);
        values.append(query.actor);
    }
    if (query.since.isValid()) {
        where.append(u"logged_at >= ?"_s);
        values.append(query.since.toMSecsSinceEpoch());
    }
    if (query.until.isValid()) {
        where.append(u"logged_at < ?"_s);
        values.append(query.until.toMSecsSinceEpoch());
    }
    if (query.beforeSequence > 0) {
        where.append(u"seq < ?"_s);
        values.append(query.beforeSequence);
    }
    const int limit = std::max(1, query.limit);
    values.append(limit + 1);
    QSqlQuery rows = m_connection.query();
    if (auto error = m_connection.run(rows,
            u"SELECT "_s + columns + u" FROM history"_s
                + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s))
                + u" ORDER BY seq DESC LIMIT ?"_s,
            values))
        return *error;
    HistoryPage page;
    while (rows.next()) {
        if (page.entries.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.entries.append(readEntry(rows));
    }
    return page;
}

Result<HistoryEntry> HistoryLog::head()
{
    QSqlQuery query = m_connection.query();
    if (auto error = m_connection.run(query, u"SELECT "_s + columns + u" FROM history ORDER BY seq DESC LIMIT 1"_s))
        return *error;
    if (!query.next())
        return HistoryEntry();
    return readEntry(query);
}

Result<HistoryCheck> HistoryLog::verify()
{
    HistoryCheck check;
    qint64 lastSequence = 0;
    QByteArray lastHash;
    QByteArray firstPrevious;
    // The checkpoints read so far: the last entry each one removed, and its hash.
    QHash<qint64, QByteArray> checkpoints;
    const auto broken = [&check](HistoryCheck::Problem problem, qint64 sequence) {
        check.problem = problem;
        check.brokenSequence = sequence;
        check.head = HistoryEntry();
        return check;
    };
    for (;;) {
        QSqlQuery rows = m_connection.query();
        rows.setForwardOnly(true);
        if (auto error
            = m_connection.run(rows, u"SELECT "_s + columns + u" FROM history WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                { lastSequence, verifyBatch }))
            return *error;
        int read = 0;
        while (rows.next()) {
            ++read;
            const HistoryEntry entry = readEntry(rows);
            if (check.entries == 0) {
                check.firstSequence = entry.sequence;
                firstPrevious = entry.previousHash;
                if (entry.sequence == 1 && entry.previousHash != history::genesisHash())
                    return broken(HistoryCheck::Problem::Reordered, entry.sequence);
            } else {
                if (entry.sequence != lastSequence + 1)
                    return broken(HistoryCheck::Problem::Removed, lastSequence + 1);
                if (entry.previousHash != lastHash)
                    return broken(HistoryCheck::Problem::Reordered, entry.sequence);
            }
            if (entry.computeHash() != entry.hash)
                return broken(HistoryCheck::Problem::Changed, entry.sequence);
            if (entry.operation == history::cut) {
                const QJsonObject cut = QJsonDocument::fromJson(entry.after.toUtf8()).object();
                checkpoints.insert(
                    cut.value(u"through"_s).toInteger(), cut.value(u"last_hash"_s).toString().toLatin1());
            }
            ++check.entries;
            lastSequence = entry.sequence;
            lastHash = entry.hash;
            check.head = entry;
        }
        if (read < verifyBatch)
            break;
    }
    // A chain that does not start at 1 was cut: a checkpoint must name what came before its
    // first entry.
    if (check.firstSequence > 1) {
        const qint64 through = check.firstSequence - 1;
        if (checkpoints.value(through) != firstPrevious) {
            // The first entry removed: after the last one that a checkpoint accounts for.
            qint64 accounted = 0;
            for (auto it = checkpoints.constBegin(); it != checkpoints.constEnd(); ++it) {
                if (it.key() < through)
                    accounted = std::max(accounted, it.key());
            }
            return broken(HistoryCheck::Problem::Removed, accounted + 1);
        }
    }
    return check;
}

Result<HistoryEntry> HistoryLog::cut(const QDateTime &before)
{
    const bool postgreSql = m_connection.dialect().kind == StoreLocation::Kind::PostgreSql;
    if (postgreSql) {
        if (auto error = m_connection.run(chainLock))
            return *error;
    }
    // The chain goes on after its head, even where the cut removes every entry.
    const Result<HistoryEntry> last = head();
    if (!last)
        return last.error();
    qint64 through = 0;
    {
        // A prefix of the chain: up to the first entry of `before` or later.
        QSqlQuery query = m_connection.query();
        if (auto error = m_connection.run(
                query, u"SELECT MIN(seq) FROM history WHERE logged_at >= ?"_s, { before.toMSecsSinceEpoch() }))
            return *error;
        if (query.next() && !query.value(0).isNull())
            through = query.value(0).toLongLong() - 1;
        else
            through = last.value().sequence;
    }
    QByteArray lastHash;
    qint64 count = 0;
    {
        QSqlQuery query = m_connection.query();
        if (auto error = m_connection.run(query, u"SELECT COUNT(*) FROM history WHERE seq <= ?"_s, { through }))
            return *error;
        if (query.next())
            count = query.value(0).toLongLong();
    }
    if (count == 0)
        return ServiceError(Code::Validation,
            QT_TRANSLATE_NOOP("ServiceError", "The history holds no entries older than %1."),
            { before.toUTC().toString(Qt::ISODate) });
    {
        QSqlQuery query = m_connection.query();
        if (auto error = m_connection.run(query, u"SELECT hash FROM history WHERE seq = ?"_s, { through }))
            return *error;
        if (query.next())
            lastHash = query.value(0).toString().toLatin1();
    }
    if (postgreSql) {
        if (auto error = m_connection.run(u"SELECT set_config('pecadmin.history_cut', 'on', true)"_s))
            return *error;
    } else if (auto error = m_connection.run(u"DROP TRIGGER history_no_delete"_s)) {
        return *error;
    }
    if (auto error = m_connection.run(u"DELETE FROM history WHERE seq <= ?"_s, { through }))
        return *error;
    if (postgreSql) {
        if (auto error = m_connection.run(u"SELECT set_config('pecadmin.history_cut', 'off', true)"_s))
            return *error;
    } else if (auto error = m_connection.run(SqlSchema::historyDeleteGuard())) {
        return *error;
    }
    HistoryEntry checkpoint = entry(history::cut, QString(), QString(), QString(),
        compact(QJsonObject { { u"before"_s, before.toUTC().toString(Qt::ISODateWithMs) }, { u"count"_s, count },
            { u"last_hash"_s, QString::fromLatin1(lastHash) }, { u"through"_s, through } }));
    if (auto error = appendAfter(last.value(), { checkpoint }))
        return *error;
    return head();
}

} // namespace pecadmin
