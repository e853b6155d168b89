#include "sqlstore.h"

#include "core/rules.h"
#include "local/passwordhash.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

// Everything that differs between the SQL databases the store runs on, in one place.
struct SqlDialect
{
    StoreLocation::Kind kind;
    QString driver;
    QString connectOptions;
    QString identityColumn; // the type of an auto-numbered primary key
    QString beginRead; // a transaction that sees one snapshot
    QString beginWrite; // a transaction that holds the write lock from its start
    QString lockForUpdate; // appended to the SELECT of the domain row in a write
    QString listTables; // the names of the tables and views of the database
    QStringList sessionSetup; // run once after the connection opens
    QList<QString> busyCodes; // native error codes: another program holds the lock
    QList<QString> uniqueCodes; // native error codes: a unique constraint failed
    QList<QString> notDatabaseCodes; // native error codes: the file is not a database
    // Taken first in the transaction of a migration, so that two programs opening an empty
    // database at once do not both create the tables. Empty: beginWrite already excludes.
    QString migrationLock;
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES: the fixed statements
    // without parameters (transactions, schema, session settings) are sent as they are there.
    bool prepareFixedStatements = true;
    QList<QString> connectionLostCodes; // native error codes or their classes: the server went away
};

namespace {

using Code = ServiceError::Code;

const SqlDialect &sqliteDialect()
{
    static const SqlDialect dialect {
        StoreLocation::Kind::SqliteFile,
        u"QSQLITE"_s,
        // Wait up to 2 s for a lock that another program holds before giving up.
        u"QSQLITE_BUSY_TIMEOUT=2000"_s,
        u"INTEGER PRIMARY KEY"_s,
        u"BEGIN DEFERRED"_s,
        // Takes the write lock at once, so that the limits read and the write that follows
        // form one atomic step even against another process on the same file.
        u"BEGIN IMMEDIATE"_s,
        QString(),
        u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"_s,
        { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s },
        { u"5"_s, u"6"_s }, // SQLITE_BUSY, SQLITE_LOCKED
        { u"19"_s, u"2067"_s, u"1555"_s }, // SQLITE_CONSTRAINT and its UNIQUE / PRIMARY KEY forms
        { u"26"_s, u"11"_s }, // SQLITE_NOTADB, SQLITE_CORRUPT
        QString(),
        true,
        {},
    };
    return dialect;
}

// PostgreSQL through QPSQL. Reads see one snapshot (REPEATABLE READ); writes run in READ
// COMMITTED and begin by locking the domain's row (FOR UPDATE), so that every write in a
// domain waits for the one before it and then reads the domain's totals as it left them.
const SqlDialect &postgreSqlDialect()
{
    static const SqlDialect dialect {
        StoreLocation::Kind::PostgreSql,
        u"QPSQL"_s,
        QString(), // set per connection: see openPostgreSql()
        u"BIGSERIAL PRIMARY KEY"_s,
        u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s,
        u"BEGIN ISOLATION LEVEL READ COMMITTED"_s,
        u" FOR UPDATE"_s,
        u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s,
        // A lock that another administrator holds longer than this ends in a clear error
        // instead of an endless wait.
        { u"SET lock_timeout = '20s'"_s, u"SET client_min_messages = warning"_s },
        // lock_not_available, serialization_failure, deadlock_detected, query_canceled
        { u"55P03"_s, u"40001"_s, u"40P01"_s, u"57014"_s },
        { u"23505"_s }, // unique_violation
        {},
        u"SELECT pg_advisory_xact_lock(7406071)"_s,
        false,
        // connection_exception (class 08), admin_shutdown, crash_shutdown, cannot_connect_now
        { u"08"_s, u"57P01"_s, u"57P02"_s, u"57P03"_s },
    };
    return dialect;
}

// One statement of a migration, for every database or for one only.
struct MigrationStatement
{
    MigrationStatement(const QString &text) : sql(text) { }
    MigrationStatement(StoreLocation::Kind kind, const QString &text) : sql(text), only(kind) { }

    QString sql;
    std::optional<StoreLocation::Kind> only;
};

// The schema, one step per version. A step never changes once released: a new version adds
// a new step. `{id}` is replaced by the dialect's auto-numbered key type.
const QList<QList<MigrationStatement>> &migrations()
{
    using Kind = StoreLocation::Kind;
    static const QList<QList<MigrationStatement>> steps {
        // Version 1.
        {
            u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
            u"CREATE TABLE domains ("
            "id {id},"
            "name TEXT NOT NULL UNIQUE,"
            "total_space_mb BIGINT NOT NULL,"
            "max_mailboxes INTEGER NOT NULL,"
            "max_quota_mb BIGINT NOT NULL,"
            "archiving_available INTEGER NOT NULL,"
            "password_preset TEXT NOT NULL,"
            "password_min_length INTEGER NOT NULL,"
            "password_max_length INTEGER NOT NULL,"
            "password_require_lowercase INTEGER NOT NULL,"
            "password_require_uppercase INTEGER NOT NULL,"
            "password_require_digit INTEGER NOT NULL,"
            "password_require_symbol INTEGER NOT NULL,"
            "password_allowed_symbols TEXT,"
            "password_forbid_mailbox_name INTEGER NOT NULL)"_s,
            u"CREATE TABLE mailboxes ("
            "id {id},"
            "domain_id BIGINT NOT NULL REFERENCES domains (id) ON DELETE CASCADE,"
            "name TEXT NOT NULL,"
            "enabled INTEGER NOT NULL,"
            "quota_mb BIGINT NOT NULL,"
            "soft_quota_mb BIGINT NOT NULL,"
            "used_bytes BIGINT NOT NULL,"
            "archiving INTEGER NOT NULL,"
            "must_change_password INTEGER NOT NULL,"
            "password_hash TEXT NOT NULL,"
            "created BIGINT NOT NULL," // milliseconds since 1970, UTC
            "modified BIGINT NOT NULL," // milliseconds since 1970, UTC
            "version BIGINT NOT NULL)"_s,
            // One index per sort column, ending with the name that breaks ties, so that a
            // page of any sort order is read in index order and stops after its rows.
            u"CREATE UNIQUE INDEX mailboxes_by_name ON mailboxes (domain_id, name)"_s,
            u"CREATE INDEX mailboxes_by_enabled ON mailboxes (domain_id, enabled, name)"_s,
            u"CREATE INDEX mailboxes_by_used ON mailboxes (domain_id, used_bytes, name)"_s,
            u"CREATE INDEX mailboxes_by_quota ON mailboxes (domain_id, quota_mb, name)"_s,
            u"CREATE INDEX mailboxes_by_soft_quota ON mailboxes (domain_id, soft_quota_mb, name)"_s,
            u"CREATE INDEX mailboxes_by_archiving ON mailboxes (domain_id, archiving, name)"_s,
            u"CREATE INDEX mailboxes_by_created ON mailboxes (domain_id, created, name)"_s,
            // What a Dovecot passdb and userdb with `driver = sql` read (docs/PASSWORDS.md).
            u"CREATE VIEW dovecot_users AS "
            "SELECT m.name || '@' || d.name AS \"user\", m.password_hash AS password, "
            "'*:storage=' || m.quota_mb || 'M' AS quota_rule "
            "FROM mailboxes m JOIN domains d ON d.id = m.domain_id WHERE m.enabled = 1"_s,
        },
        // Version 2: the domain's totals, kept in its row instead of summed over its
        // mailboxes at every read and every write (a scan of the whole domain).
        //
        // The store's code keeps the count and the allocated space, in the transaction of the
        // write that changes them (adjustTotals()): one update of the domain's row per
        // operation, where a trigger on every row would update it once per mailbox, and a
        // batch of 20 000 mailboxes in one transaction would then stack 20 000 versions of
        // one row on PostgreSQL (measured: 12 s instead of 1.5 s). The used space is written
        // by the mail server too, one mailbox at a time: a trigger on that column keeps the
        // total right whoever writes it.
        {
            u"ALTER TABLE domains ADD COLUMN mailbox_count BIGINT NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE domains ADD COLUMN allocated_mb BIGINT NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE domains ADD COLUMN used_bytes BIGINT NOT NULL DEFAULT 0"_s,
            u"UPDATE domains SET "
            "mailbox_count = (SELECT COUNT(*) FROM mailboxes m WHERE m.domain_id = domains.id), "
            "allocated_mb = (SELECT COALESCE(SUM(m.quota_mb), 0) FROM mailboxes m WHERE m.domain_id = domains.id), "
            "used_bytes = (SELECT COALESCE(SUM(m.used_bytes), 0) FROM mailboxes m WHERE m.domain_id = domains.id)"_s,
            { Kind::SqliteFile,
                u"CREATE TRIGGER mailboxes_used_bytes AFTER UPDATE OF used_bytes ON mailboxes BEGIN "
                "UPDATE domains SET used_bytes = used_bytes - OLD.used_bytes + NEW.used_bytes "
                "WHERE id = NEW.domain_id; "
                "END"_s },
            { Kind::PostgreSql,
                u"CREATE FUNCTION mailboxes_used_bytes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "UPDATE domains SET used_bytes = used_bytes - OLD.used_bytes + NEW.used_bytes "
                "WHERE id = NEW.domain_id; "
                "RETURN NULL; "
                "END $$"_s },
            { Kind::PostgreSql,
                u"CREATE TRIGGER mailboxes_used_bytes AFTER UPDATE OF used_bytes ON mailboxes "
                "FOR EACH ROW WHEN (OLD.used_bytes IS DISTINCT FROM NEW.used_bytes) "
                "EXECUTE FUNCTION mailboxes_used_bytes()"_s },
        },
        // Version 3: on SQLite, an index of every trigram of the mailbox names (FTS5's trigram
        // tokenizer), so that a search text that few names contain finds them without reading
        // the whole domain (see SqlStore::mailboxes()). The index keeps no copy of the names
        // (the mailboxes table is its content); triggers follow every insert and delete, whoever
        // writes them. The totals of version 2 are not touched. PostgreSQL searches with LIKE.
        {
            { Kind::SqliteFile,
                u"CREATE VIRTUAL TABLE mailbox_names USING fts5(name, content='mailboxes', content_rowid='id', "
                "tokenize='trigram')"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER mailbox_names_insert AFTER INSERT ON mailboxes BEGIN "
                "INSERT INTO mailbox_names (rowid, name) VALUES (NEW.id, NEW.name); "
                "END"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER mailbox_names_delete AFTER DELETE ON mailboxes BEGIN "
                "INSERT INTO mailbox_names (mailbox_names, rowid, name) VALUES ('delete', OLD.id, OLD.name); "
                "END"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER mailbox_names_update AFTER UPDATE OF name ON mailboxes BEGIN "
                "INSERT INTO mailbox_names (mailbox_names, rowid, name) VALUES ('delete', OLD.id, OLD.name); "
                "INSERT INTO mailbox_names (rowid, name) VALUES (NEW.id, NEW.name); "
                "END"_s },
            { Kind::SqliteFile, u"INSERT INTO mailbox_names (mailbox_names) VALUES ('rebuild')"_s },
        },
    };
    return steps;
}

const QString mailboxColumns = u"id, name, enabled, quota_mb, soft_quota_mb, used_bytes, archiving, "
                               "must_change_password, created, modified, version"_s;

const QString domainColumns = u"id, name, total_space_mb, max_mailboxes, max_quota_mb, archiving_available, "
                              "password_preset, password_min_length, password_max_length, "
                              "password_require_lowercase, password_require_uppercase, password_require_digit, "
                              "password_require_symbol, password_allowed_symbols, password_forbid_mailbox_name"_s;
constexpr int domainColumnCount = 15;

QString sortColumnName(MailboxColumn column)
{
    switch (column) {
    case MailboxColumn::Address:
        return u"name"_s;
    case MailboxColumn::Status:
        return u"enabled"_s;
    case MailboxColumn::Usage:
        return u"used_bytes"_s;
    case MailboxColumn::Quota:
        return u"quota_mb"_s;
    case MailboxColumn::SoftQuota:
        return u"soft_quota_mb"_s;
    case MailboxColumn::Archiving:
        return u"archiving"_s;
    case MailboxColumn::Created:
        return u"created"_s;
    }
    return u"name"_s;
}

// "50%_off" -> "50\%\_off": the text matches itself only, inside LIKE '%…%' ESCAPE '\'.
QString likeEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

QDateTime fromMsecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

qint64 nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Mailbox mailboxFromRow(const QSqlQuery &query, const QString &domain)
{
    // Column 0 is the row id.
    Mailbox mailbox;
    mailbox.name = query.value(1).toString();
    mailbox.domain = domain;
    mailbox.enabled = query.value(2).toLongLong() != 0;
    mailbox.quotaMb = query.value(3).toLongLong();
    mailbox.softQuotaMb = query.value(4).toLongLong();
    mailbox.usedBytes = query.value(5).toLongLong();
    mailbox.archiving = query.value(6).toLongLong() != 0;
    mailbox.mustChangePassword = query.value(7).toLongLong() != 0;
    mailbox.created = fromMsecs(query.value(8).toLongLong());
    mailbox.modified = fromMsecs(query.value(9).toLongLong());
    mailbox.version = QString::number(query.value(10).toLongLong());
    return mailbox;
}

Domain domainFromRow(const QSqlQuery &query)
{
    Domain domain;
    domain.name = query.value(1).toString();
    domain.totalSpaceMb = query.value(2).toLongLong();
    domain.maxMailboxes = query.value(3).toInt();
    domain.maxMailboxQuotaMb = query.value(4).toLongLong();
    domain.archivingAvailable = query.value(5).toLongLong() != 0;
    PasswordPolicy &policy = domain.passwordPolicy;
    policy.preset = PasswordPolicy::presetFromName(query.value(6).toString()).value_or(PasswordPolicy::Preset::Custom);
    policy.minLength = query.value(7).toInt();
    policy.maxLength = query.value(8).toInt();
    policy.requireLowercase = query.value(9).toLongLong() != 0;
    policy.requireUppercase = query.value(10).toLongLong() != 0;
    policy.requireDigit = query.value(11).toLongLong() != 0;
    policy.requireSymbol = query.value(12).toLongLong() != 0;
    policy.allowedSymbols = query.value(13).toString();
    policy.forbidMailboxName = query.value(14).toLongLong() != 0;
    return domain;
}

// Whether a file or folder may be written. Root passes every access(2) check, so the
// permission bits are looked at as well: a store someone made read-only stays untouched.
bool isWritableEntry(const QFileInfo &info)
{
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

ServiceError notFoundDomain(const QString &domain)
{
    return ServiceError(Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The domain %1 does not exist."), { domain });
}

ServiceError notFoundMailbox(const QString &address)
{
    return ServiceError(
        Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 does not exist."), { address });
}

ServiceError conflict(const QString &address)
{
    return ServiceError(Code::Conflict,
        QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 was changed meanwhile. Reload it and try again."),
        { address });
}

ServiceError hashFailed()
{
    return ServiceError(Code::Storage,
        QT_TRANSLATE_NOOP("ServiceError",
            "The password could not be protected for storage: the system refused the "
            "memory it needs."));
}

QAtomicInteger<quint64> connectionCounter;

} // namespace

// One transaction; rolled back unless committed.
class SqlStore::Transaction
{
public:
    explicit Transaction(SqlStore &store) : m_store(store) { }
    ~Transaction()
    {
        if (m_open && !m_store.m_connectionLost)
            m_store.run(u"ROLLBACK"_s);
        m_store.m_writing = false;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    std::optional<ServiceError> beginRead() { return begin(m_store.m_dialect.beginRead, false); }
    std::optional<ServiceError> beginWrite() { return begin(m_store.m_dialect.beginWrite, true); }
    std::optional<ServiceError> commit()
    {
        m_store.m_committing = true;
        auto error = m_store.run(u"COMMIT"_s);
        m_store.m_committing = false;
        if (error)
            return error; // the destructor rolls back
        m_open = false;
        m_store.m_writing = false;
        return std::nullopt;
    }

private:
    std::optional<ServiceError> begin(const QString &statement, bool write)
    {
        if (auto error = m_store.begin(statement))
            return error;
        m_open = true;
        m_store.m_writing = write;
        return std::nullopt;
    }

    SqlStore &m_store;
    bool m_open = false;
};

SqlStore::SqlStore(QSqlDatabase database, StoreLocation location, const SqlDialect &dialect)
    : m_db(std::move(database))
    , m_connectionName(m_db.connectionName())
    , m_location(std::move(location))
    , m_path(m_location.displayName())
    , m_dialect(dialect)
{ }

SqlStore::~SqlStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqlStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pecadmin.sqlite"_s;
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const QString &path)
{
    return openSqlite(path);
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const StoreLocation &location)
{
    if (location.isPostgreSql())
        return openPostgreSql(location);
    return openSqlite(location.path);
}

Result<std::unique_ptr<SqlStore>> SqlStore::openPostgreSql(const StoreLocation &location)
{
    if (location.host.trimmed().isEmpty() || location.database.trimmed().isEmpty() || location.user.trimmed().isEmpty())
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "To open a store on a PostgreSQL server, give the server's host, the database and the user."));
    if (location.port < 1 || location.port > 65535)
        return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "%1 is not a valid port number."),
            { QString::number(location.port) });

    const SqlDialect &dialect = postgreSqlDialect();
    if (!QSqlDatabase::isDriverAvailable(dialect.driver))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The PostgreSQL driver of Qt is missing: install it (on Debian, the package libqt6sql6-psql)."));

    const QString shown = location.displayName();
    const QString connectionName = u"pecadmin-store-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driver, connectionName);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        // Kept by the driver in memory, for the connection and for opening it again.
        db.setPassword(location.password);
        db.setConnectOptions(u"sslmode=%1;connect_timeout=10;application_name=pecadmin"_s.arg(
            StoreLocation::sslModeName(location.sslMode)));
        if (!db.open()) {
            // libpq's text names the server and the user, never the password.
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            if (detail.contains(u"authentication failed"_s) || detail.contains(u"no password supplied"_s)
                || detail.contains(u"password"_s, Qt::CaseInsensitive))
                return ServiceError(Code::AuthenticationRequired,
                    QT_TRANSLATE_NOOP("ServiceError", "The database server %1 refused the user name or the password."),
                    { shown })
                    .withDetail(detail);
            if (detail.contains(u"does not exist"_s))
                return ServiceError(Code::Storage,
                    QT_TRANSLATE_NOOP("ServiceError",
                        "The database server answered, but the database or the user of %1 does not exist. "
                        "Ask its administrator to create them."),
                    { shown })
                    .withDetail(detail);
            if (detail.contains(u"SSL"_s) || detail.contains(u"certificate"_s))
                return ServiceError(Code::Network,
                    QT_TRANSLATE_NOOP(
                        "ServiceError", "A protected (TLS) connection to the database server %1 could not be made."),
                    { shown })
                    .withDetail(detail);
            return ServiceError(Code::Network,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The database server %1 cannot be reached. Check the address and the port, and "
                    "that the server is running."),
                { shown })
                .withDetail(detail);
        }
    }
    std::unique_ptr<SqlStore> store(new SqlStore(QSqlDatabase::database(connectionName, false), location, dialect));
    const Outcome ready = store->initialize();
    if (!ready)
        return ready.error();
    return store;
}

Result<std::unique_ptr<SqlStore>> SqlStore::openSqlite(const QString &path)
{
    if (path.trimmed().isEmpty())
        return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "No store file was given."));

    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    const QString folderPath = info.absolutePath();
    if (!QFileInfo::exists(folderPath) && !QDir().mkpath(folderPath))
        return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The folder %1 could not be created."),
            { QDir::toNativeSeparators(folderPath) });
    // SQLite writes its journal next to the file: a read-only folder is refused before
    // anything is opened.
    if (!isWritableEntry(QFileInfo(folderPath)))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError", "The folder %1 is read-only: PEC Admin cannot keep its store there."),
            { QDir::toNativeSeparators(folderPath) });
    if (info.exists()) {
        if (!info.isFile())
            return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "%1 is not a file."),
                { QDir::toNativeSeparators(absolutePath) });
        if (!isWritableEntry(info))
            return ServiceError(Code::Storage,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The store %1 is read-only. Make it writable, or choose another "
                    "file."),
                { QDir::toNativeSeparators(absolutePath) });
        if (info.size() > 0) {
            QFile file(absolutePath);
            if (!file.open(QIODevice::ReadOnly))
                return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store %1 cannot be read."),
                    { QDir::toNativeSeparators(absolutePath) })
                    .withDetail(file.errorString());
            static const QByteArray sqliteHeader("SQLite format 3", 16); // with its final NUL
            if (file.read(sqliteHeader.size()) != sqliteHeader)
                return ServiceError(Code::Storage,
                    QT_TRANSLATE_NOOP("ServiceError",
                        "%1 is not a PEC Admin store. PEC Admin has left it as it "
                        "is: choose another file."),
                    { QDir::toNativeSeparators(absolutePath) });
        }
    }

    const SqlDialect &dialect = sqliteDialect();
    if (!QSqlDatabase::isDriverAvailable(dialect.driver))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError", "The SQLite driver of Qt is missing: reinstall PEC Admin."));

    const QString connectionName = u"pecadmin-store-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driver, connectionName);
        db.setDatabaseName(absolutePath);
        db.setConnectOptions(dialect.connectOptions);
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store %1 cannot be opened."),
                { QDir::toNativeSeparators(absolutePath) })
                .withDetail(detail);
        }
    }
    std::unique_ptr<SqlStore> store(
        new SqlStore(QSqlDatabase::database(connectionName, false), StoreLocation::sqliteFile(absolutePath), dialect));
    const Outcome ready = store->initialize();
    if (!ready)
        return ready.error();
    return store;
}

Outcome SqlStore::initialize()
{
    // Read only, until the file is known to be ours and not too new: a refused file is left
    // exactly as it was (switching to WAL would rewrite its header).
    bool isEmpty = false;
    const Result<int> stored = storedSchemaVersion(&isEmpty);
    if (!stored)
        return stored.error();
    if (stored.value() > schemaVersion)
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The store %1 was written by a newer version of PEC Admin (schema "
                "%2, this version knows up to %3). Update PEC Admin to open it."),
            { QDir::toNativeSeparators(m_path), QString::number(stored.value()), QString::number(schemaVersion) });
    if (auto error = setUpSession())
        return *error;
    return migrate();
}

std::optional<ServiceError> SqlStore::setUpSession()
{
    for (const QString &statement : m_dialect.sessionSetup) {
        if (auto error = run(statement))
            return error;
    }
    return std::nullopt;
}

std::optional<ServiceError> SqlStore::begin(const QString &statement)
{
    if (m_connectionLost) {
        if (auto error = reconnect())
            return error;
    }
    std::optional<ServiceError> error = run(statement);
    if (error && m_connectionLost) {
        // The connection died while nothing was under way: open it again, once.
        if (auto failed = reconnect())
            return failed;
        error = run(statement);
    }
    return error;
}

std::optional<ServiceError> SqlStore::reconnect()
{
    m_db.close();
    if (!m_db.open())
        return ServiceError(Code::Network,
            QT_TRANSLATE_NOOP("ServiceError",
                "The connection to the database server %1 was lost and cannot be made again. Check that "
                "the server is running, and try again."),
            { m_path })
            .withDetail(m_db.lastError().text());
    m_connectionLost = false;
    return setUpSession();
}

Result<int> SqlStore::storedSchemaVersion(bool *isEmpty)
{
    QStringList tables;
    {
        QSqlQuery query(m_db);
        if (auto error = run(query, m_dialect.listTables))
            return *error;
        while (query.next())
            tables.append(query.value(0).toString());
    }
    *isEmpty = tables.isEmpty();
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(u"schema_version"_s))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "%1 is a database of another program, not a PEC Admin store. PEC "
                "Admin has left it as it is: choose another file."),
            { QDir::toNativeSeparators(m_path) });
    QSqlQuery query(m_db);
    if (auto error = run(query, u"SELECT MAX(version) FROM schema_version"_s))
        return *error;
    return query.next() ? query.value(0).toInt() : 0;
}

Outcome SqlStore::migrate()
{
    bool isEmpty = false;
    Result<int> stored = storedSchemaVersion(&isEmpty);
    if (!stored)
        return stored.error();
    if (stored.value() == schemaVersion)
        return Done {};

    Transaction transaction(*this);
    if (auto error = transaction.beginWrite())
        return *error;
    if (!m_dialect.migrationLock.isEmpty()) {
        if (auto error = run(m_dialect.migrationLock))
            return *error;
    }
    // Another program may have migrated the file while this one waited for the lock.
    stored = storedSchemaVersion(&isEmpty);
    if (!stored)
        return stored.error();
    const int from = stored.value();
    if (from > schemaVersion)
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The store %1 was written by a newer version of PEC Admin (schema "
                "%2, this version knows up to %3). Update PEC Admin to open it."),
            { QDir::toNativeSeparators(m_path), QString::number(from), QString::number(schemaVersion) });
    const QList<QList<MigrationStatement>> &steps = migrations();
    for (int version = from + 1; version <= schemaVersion; ++version) {
        for (const MigrationStatement &step : steps.at(version - 1)) {
            if (step.only && *step.only != m_dialect.kind)
                continue;
            QString statement = step.sql;
            statement.replace(u"{id}"_s, m_dialect.identityColumn);
            if (auto error = run(statement))
                return *error;
        }
    }
    if (auto error = run(u"DELETE FROM schema_version"_s))
        return *error;
    if (auto error = run(u"INSERT INTO schema_version (version) VALUES (?)"_s, { schemaVersion }))
        return *error;
    if (auto error = transaction.commit())
        return *error;
    return Done {};
}

std::optional<ServiceError> SqlStore::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!m_dialect.prepareFixedStatements && values.isEmpty()) {
        static const QStringList preparable { u"SELECT"_s, u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s };
        const QString verb = sql.section(u' ', 0, 0).toUpper();
        if (!preparable.contains(verb)) {
            // A fixed statement of the program's own, with nothing bound (see SqlDialect).
            if (!query.exec(sql))
                return storageError(query.lastError());
            return std::nullopt;
        }
    }
    if (!query.prepare(sql))
        return storageError(query.lastError());
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return storageError(query.lastError());
    return std::nullopt;
}

std::optional<ServiceError> SqlStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    return run(query, sql, values);
}

bool SqlStore::isConnectionLoss(const QSqlError &error) const
{
    if (m_dialect.connectionLostCodes.isEmpty())
        return false;
    const QString code = error.nativeErrorCode();
    for (const QString &lost : m_dialect.connectionLostCodes) {
        if (code.startsWith(lost))
            return true;
    }
    // libpq reports a dead connection without a SQLSTATE.
    const QString text = error.text();
    return text.contains(u"server closed the connection"_s) || text.contains(u"no connection to the server"_s)
        || text.contains(u"terminating connection"_s) || text.contains(u"could not receive data"_s)
        || text.contains(u"could not send data"_s) || text.contains(u"connection to server"_s)
        || (code.isEmpty() && error.type() == QSqlError::ConnectionError);
}

ServiceError SqlStore::storageError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString path = m_location.isPostgreSql() ? m_path : QDir::toNativeSeparators(m_path);
    if (isConnectionLoss(error)) {
        m_connectionLost = true;
        if (m_committing)
            return ServiceError(Code::Network,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The connection to the database server was lost while the change was being saved: it may "
                    "or may not have been saved. Reload, and check, before trying again."))
                .withDetail(error.text());
        return ServiceError(Code::Network,
            QT_TRANSLATE_NOOP("ServiceError",
                "The connection to the database server was lost, and nothing of this operation was saved. "
                "Try again when the server is back."))
            .withDetail(error.text());
    }
    if (m_location.isPostgreSql() && m_dialect.busyCodes.contains(code))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "Another administrator is changing the same domain in %1 at this moment. Nothing was "
                "saved: try again."),
            { path })
            .withDetail(error.text());
    if (m_dialect.busyCodes.contains(code) || error.text().contains(u"database is locked"_s))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The store %1 is in use by another program. Close the other program, "
                "or wait for it to finish, and try again."),
            { path })
            .withDetail(error.text());
    if (m_dialect.uniqueCodes.contains(code))
        return ServiceError(Code::AlreadyExists,
            QT_TRANSLATE_NOOP("ServiceError", "A mailbox or domain with that name exists already."))
            .withDetail(error.text());
    if (m_dialect.notDatabaseCodes.contains(code))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "%1 is not a PEC Admin store, or it is damaged. PEC Admin has left it "
                "as it is: choose another file."),
            { path })
            .withDetail(error.text());
    return ServiceError(
        Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store %1 could not be read or written."), { path })
        .withDetail(error.text());
}

// ---- reading, inside a transaction ----

Result<DomainDetails> SqlStore::readDomainDetails(const QString &name, qint64 *domainId)
{
    DomainDetails details;
    qint64 id = 0;
    // In a write, the row stays locked until the transaction ends: another write in the
    // domain waits here, then reads the totals as this one left them.
    QSqlQuery query(m_db);
    if (auto error = run(query,
            u"SELECT "_s + domainColumns + u", mailbox_count, allocated_mb, used_bytes FROM domains WHERE name = ?"_s
                + (m_writing ? m_dialect.lockForUpdate : QString()),
            { name }))
        return *error;
    if (!query.next())
        return notFoundDomain(name);
    id = query.value(0).toLongLong();
    details.domain = domainFromRow(query);
    details.mailboxCount = query.value(domainColumnCount).toInt();
    details.allocatedMb = query.value(domainColumnCount + 1).toLongLong();
    details.usedBytes = query.value(domainColumnCount + 2).toLongLong();
    if (domainId)
        *domainId = id;
    return details;
}

Result<Mailbox> SqlStore::readMailbox(qint64 domainId, const QString &domainName, const QString &name)
{
    QSqlQuery query(m_db);
    if (auto error = run(query, u"SELECT "_s + mailboxColumns + u" FROM mailboxes WHERE domain_id = ? AND name = ?"_s,
            { domainId, name }))
        return *error;
    if (!query.next())
        return notFoundMailbox(name + u'@' + domainName);
    return mailboxFromRow(query, domainName);
}

Result<Mailbox> SqlStore::readMailboxByAddress(const QString &address, DomainDetails *details, qint64 *domainId)
{
    rules::Address parsed;
    if (auto error = rules::parseAddress(address, &parsed))
        return *error;
    Result<DomainDetails> domain = readDomainDetails(parsed.domain, domainId);
    if (!domain) {
        if (domain.error().code() == Code::NotFound)
            return notFoundMailbox(parsed.name + u'@' + parsed.domain);
        return domain.error();
    }
    if (details)
        *details = domain.value();
    return readMailbox(*domainId, parsed.domain, parsed.name);
}

std::optional<ServiceError> SqlStore::adjustTotals(
    qint64 domainId, qint64 mailboxes, qint64 allocatedMb, qint64 usedBytes)
{
    return run(u"UPDATE domains SET mailbox_count = mailbox_count + ?, allocated_mb = allocated_mb + ?, "
               "used_bytes = used_bytes + ? WHERE id = ?"_s,
        { mailboxes, allocatedMb, usedBytes, domainId });
}

// ---- the operations ----

Result<QList<Domain>> SqlStore::domains()
{
    Transaction transaction(*this);
    if (auto error = transaction.beginRead())
        return *error;
    QList<Domain> list;
    {
        QSqlQuery query(m_db);
        if (auto error = run(query, u"SELECT "_s + domainColumns + u" FROM domains ORDER BY name"_s))
            return *error;
        while (query.next())
            list.append(domainFromRow(query));
    }
    if (auto error = transaction.commit())
        return *error;
    return list;
}

Result<DomainDetails> SqlStore::domainDetails(const QString &domain)
{
    Transaction transaction(*this);
    if (auto error = transaction.beginRead())
        return *error;
    Result<DomainDetails> details = readDomainDetails(rules::normalizedDomainName(domain), nullptr);
    if (!details)
        return details;
    if (auto error = transaction.commit())
        return *error;
    return details;
}

Result<qint64> SqlStore::insertDomain(const Domain &domain, const QByteArray &postmasterHash)
{
    const auto exists = [&domain] {
        return ServiceError(
            Code::AlreadyExists, QT_TRANSLATE_NOOP("ServiceError", "The domain %1 exists already."), { domain.name })
            .onField(u"domain"_s);
    };
    {
        QSqlQuery query(m_db);
        if (auto error = run(query, u"SELECT id FROM domains WHERE name = ?"_s, { domain.name }))
            return *error;
        if (query.next())
            return exists();
    }
    const PasswordPolicy &policy = domain.passwordPolicy;
    if (auto error = run(u"INSERT INTO domains (name, total_space_mb, max_mailboxes, max_quota_mb, "
                         "archiving_available, password_preset, password_min_length, password_max_length, "
                         "password_require_lowercase, password_require_uppercase, password_require_digit, "
                         "password_require_symbol, password_allowed_symbols, password_forbid_mailbox_name) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { domain.name, domain.totalSpaceMb, domain.maxMailboxes, domain.maxMailboxQuotaMb,
                int(domain.archivingAvailable), PasswordPolicy::presetName(policy.preset), policy.minLength,
                policy.maxLength, int(policy.requireLowercase), int(policy.requireUppercase), int(policy.requireDigit),
                int(policy.requireSymbol), policy.allowedSymbols, int(policy.forbidMailboxName) })) {
        if (error->code() == Code::AlreadyExists) // added by another connection meanwhile
            return exists().withDetail(error->detail());
        return *error;
    }
    QSqlQuery query(m_db);
    if (auto error = run(query, u"SELECT id FROM domains WHERE name = ?"_s, { domain.name }))
        return *error;
    if (!query.next())
        return notFoundDomain(domain.name);
    const qint64 id = query.value(0).toLongLong();

    // The provider's own administration mailbox comes with every domain. It has no
    // password that anybody knows: the provider sets it in its own panel.
    const qint64 now = nowMsecs();
    if (auto error = run(u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, "
                         "archiving, must_change_password, password_hash, created, modified, version) "
                         "VALUES (?, ?, 1, ?, 0, 0, 0, 0, ?, ?, ?, 1)"_s,
            { id, QString::fromUtf16(rules::postmasterName), std::min(domain.maxMailboxQuotaMb, domain.totalSpaceMb),
                QString::fromLatin1(postmasterHash), now, now }))
        return *error;
    if (auto error = adjustTotals(id, 1, std::min(domain.maxMailboxQuotaMb, domain.totalSpaceMb), 0))
        return *error;
    return id;
}

Result<Domain> SqlStore::addDomain(const Domain &input)
{
    if (auto error = rules::checkDomain(input))
        return *error;
    Domain domain = input;
    domain.name = rules::normalizedDomainName(input.name);

    const QByteArray postmasterHash = unusablePasswordHash();
    if (postmasterHash.isEmpty())
        return hashFailed();

    Transaction transaction(*this);
    if (auto error = transaction.beginWrite())
        return *error;
    if (const Result<qint64> id = insertDomain(domain, postmasterHash); !id)
        return id.error();
    if (auto error = transaction.commit())
        return *error;
    return domain;
}

Result<MailboxPage> SqlStore::mailboxes(const MailboxQuery &query)
{
    const QString domainName = rules::normalizedDomainName(query.domain);
    const int limit = std::clamp(query.limit, 1, 100000);
    const QString column = sortColumnName(query.sortColumn);
    const bool descending = query.sortOrder == Qt::DescendingOrder;
    const QString direction = descending ? u" DESC"_s : u" ASC"_s;
    const bool byName = query.sortColumn == MailboxColumn::Address;

    Transaction transaction(*this);
    if (auto error = transaction.beginRead())
        return *error;

    qint64 domainId = 0;
    qint64 domainSize = 0;
    {
        QSqlQuery lookup(m_db);
        if (auto error = run(lookup, u"SELECT id, mailbox_count FROM domains WHERE name = ?"_s, { domainName }))
            return *error;
        if (!lookup.next())
            return notFoundDomain(domainName);
        domainId = lookup.value(0).toLongLong();
        domainSize = lookup.value(1).toLongLong();
    }

    // Rows strictly after (`after`) or up to and including (`upTo`) a row, in the sort order:
    // by (column, name), or by name alone.
    const auto keyCondition
        = [&](bool upTo, const QVariant &key, const QString &name, QVariantList *values) -> QString {
        const QString op = upTo ? (descending ? u" >= "_s : u" <= "_s) : (descending ? u" < "_s : u" > "_s);
        if (byName) {
            values->append(name);
            return u" AND name"_s + op + u'?';
        }
        values->append(key);
        values->append(name);
        return u" AND ("_s + column + u", name)"_s + op + u"(?, ?)"_s;
    };
    QString keyset;
    QVariantList keysetValues;
    if (query.after)
        keyset = keyCondition(false, sortKey(*query.after, query.sortColumn), query.after->name, &keysetValues);
    const QString orderBy
        = u" ORDER BY "_s + (byName ? QString() : column + direction + u", "_s) + u"name"_s + direction;
    const QString offset = !query.after && query.offset > 0 ? u" OFFSET ?"_s : QString();

    // Runs a page's query: `where` after the domain's condition, `values` after its id.
    MailboxPage page;
    const auto readPage = [&](const QString &domainCondition, const QString &where, QVariantList values) {
        page = MailboxPage();
        values.prepend(domainId);
        values.append(keysetValues);
        values.append(limit + 1); // one more than asked: whether another page follows
        if (!offset.isEmpty())
            values.append(query.offset);
        QSqlQuery rows(m_db);
        if (auto error = run(rows,
                u"SELECT "_s + mailboxColumns + u" FROM mailboxes WHERE "_s + domainCondition + where + keyset + orderBy
                    + u" LIMIT ?"_s + offset,
                values))
            return error;
        while (rows.next()) {
            if (page.mailboxes.size() == limit) {
                page.hasMore = true;
                break;
            }
            page.mailboxes.append(mailboxFromRow(rows, domainName));
        }
        return std::optional<ServiceError>();
    };

    const QString filter = rules::normalizedMailboxName(query.filter);
    // Names are stored case-folded, so a case-folded pattern matches case-insensitively on
    // every database, whatever its LIKE does with case.
    const QString likeCondition = u" AND name LIKE ? ESCAPE '\\'"_s;
    const QString pattern = u'%' + likeEscaped(filter) + u'%';
    if (filter.isEmpty()) {
        if (auto error = readPage(u"domain_id = ?"_s, QString(), {}))
            return *error;
    } else if (m_dialect.kind != StoreLocation::Kind::SqliteFile || filter.size() < 3 || !offset.isEmpty()) {
        // Reading the domain in the sort order and testing each name, until the page is full.
        if (auto error = readPage(u"domain_id = ?"_s, likeCondition, { pattern }))
            return *error;
    } else {
        // The same, but only over the next `scanBudget` rows: enough for a text that many
        // names contain. A text that fewer names contain would make the scan read the whole
        // domain; the trigram index (schema 3) finds its names directly instead.
        constexpr int scanBudget = 20000;
        QVariantList boundaryValues { domainId };
        boundaryValues.append(keysetValues);
        boundaryValues.append(scanBudget - 1);
        QSqlQuery boundary(m_db);
        if (auto error = run(boundary,
                u"SELECT "_s + (byName ? QString() : column + u", "_s) + u"name FROM mailboxes WHERE domain_id = ?"_s
                    + keyset + orderBy + u" LIMIT 1 OFFSET ?"_s,
                boundaryValues))
            return *error;
        bool done = false;
        if (!boundary.next()) {
            // Fewer rows than that are left: the scan is short anyway.
            if (auto error = readPage(u"domain_id = ?"_s, likeCondition, { pattern }))
                return *error;
            done = true;
        } else {
            const QVariant key = byName ? QVariant() : boundary.value(0);
            const QString last = boundary.value(byName ? 0 : 1).toString();
            boundary.finish();
            QVariantList values { pattern };
            const QString bounded = likeCondition + keyCondition(true, key, last, &values);
            if (auto error = readPage(u"domain_id = ?"_s, bounded, values))
                return *error;
            done = page.hasMore;
        }
        if (!done) {
            // The index finds the rows whose name contains the text in the whole store, each
            // then looked up to keep the domain's: about 5 µs a row (measured with
            // pecadmin-bench, docs/PERFORMANCE.md) against 0.08 µs for a row the scan tests.
            // Worth it only for a text that fewer names contain than a 64th of the domain's
            // mailboxes: counted, up to there.
            const QString phrase = u'"' + QString(filter).replace(u'"', u"\"\""_s) + u'"';
            const qint64 worthIt = std::max<qint64>(100, domainSize / 64);
            QSqlQuery count(m_db);
            if (auto error = run(count,
                    u"SELECT COUNT(*) FROM (SELECT rowid FROM mailbox_names WHERE mailbox_names MATCH ? LIMIT ?)"_s,
                    { phrase, worthIt }))
                return *error;
            const bool fewMatches = count.next() && count.value(0).toLongLong() < worthIt;
            count.finish();
            if (fewMatches) {
                // The matching rows by their id, then sorted: "+domain_id" keeps the planner
                // from reading the domain's index instead.
                if (auto error = readPage(u"+domain_id = ?"_s,
                        u" AND id IN (SELECT rowid FROM mailbox_names WHERE mailbox_names MATCH ?)"_s, { phrase }))
                    return *error;
            } else {
                // Many names contain it, just not among the next rows: the scan goes on.
                if (auto error = readPage(u"domain_id = ?"_s, likeCondition, { pattern }))
                    return *error;
            }
        }
    }
    if (auto error = transaction.commit())
        return *error;
    return page;
}

Result<Mailbox> SqlStore::mailbox(const QString &address)
{
    Transaction transaction(*this);
    if (auto error = transaction.beginRead())
        return *error;
    qint64 domainId = 0;
    Result<Mailbox> found = readMailboxByAddress(address, nullptr, &domainId);
    if (!found)
        return found;
    if (auto error = transaction.commit())
        return *error;
    return found;
}

namespace {

// The name and the domain as the store keeps them.
NewMailbox normalized(const NewMailbox &input)
{
    NewMailbox mailbox = input;
    mailbox.name = rules::normalizedMailboxName(input.name);
    mailbox.domain = rules::normalizedDomainName(input.domain);
    return mailbox;
}

} // namespace

std::optional<ServiceError> SqlStore::checkCreation(
    const NewMailbox &mailbox, const DomainDetails &details, qint64 domainId)
{
    if (auto error = rules::checkNewMailbox(details, mailbox))
        return error;
    QSqlQuery query(m_db);
    if (auto error
        = run(query, u"SELECT id FROM mailboxes WHERE domain_id = ? AND name = ?"_s, { domainId, mailbox.name }))
        return error;
    if (query.next())
        return ServiceError(Code::AlreadyExists, QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."),
            { mailbox.name + u'@' + mailbox.domain })
            .onField(u"name"_s);
    return std::nullopt;
}

Outcome SqlStore::checkNewMailbox(const NewMailbox &input)
{
    if (auto error = rules::checkNewMailboxName(input.name))
        return *error;
    if (auto error = rules::checkDomainName(input.domain))
        return *error;
    const NewMailbox mailbox = normalized(input);
    Transaction transaction(*this);
    if (auto error = transaction.beginRead())
        return *error;
    qint64 domainId = 0;
    const Result<DomainDetails> details = readDomainDetails(mailbox.domain, &domainId);
    if (!details)
        return details.error();
    if (auto error = checkCreation(mailbox, details.value(), domainId))
        return *error;
    if (auto error = transaction.commit())
        return *error;
    return Done {};
}

Result<Mailbox> SqlStore::createMailbox(const NewMailbox &mailbox)
{
    // Checked once against the domain as it is now, so that a creation that is refused
    // anyway does not pay for the hash, and checked again inside the write.
    if (const Outcome checked = checkNewMailbox(mailbox); !checked)
        return checked.error();
    // The slow part, before the write lock is taken: the write transaction stays short.
    return createMailbox(mailbox, hashPassword(mailbox.password));
}

Result<Mailbox> SqlStore::createMailbox(const NewMailbox &input, const QByteArray &passwordHash)
{
    if (passwordHash.isEmpty())
        return hashFailed();
    if (auto error = rules::checkNewMailboxName(input.name))
        return *error;
    if (auto error = rules::checkDomainName(input.domain))
        return *error;
    const NewMailbox mailbox = normalized(input);
    const QString address = mailbox.name + u'@' + mailbox.domain;

    Transaction transaction(*this);
    if (auto error = transaction.beginWrite())
        return *error;
    qint64 domainId = 0;
    const Result<DomainDetails> details = readDomainDetails(mailbox.domain, &domainId);
    if (!details)
        return details.error();
    // The domain may have changed since the password was checked and hashed.
    if (auto error = checkCreation(mailbox, details.value(), domainId))
        return *error;
    const qint64 now = nowMsecs();
    if (auto error = run(u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, "
                         "archiving, must_change_password, password_hash, created, modified, version) "
                         "VALUES (?, ?, ?, ?, ?, 0, ?, 1, ?, ?, ?, 1)"_s,
            { domainId, mailbox.name, int(mailbox.enabled), mailbox.quotaMb, mailbox.softQuotaMb,
                int(mailbox.archiving), QString::fromLatin1(passwordHash), now, now })) {
        if (error->code() == Code::AlreadyExists)
            return ServiceError(
                Code::AlreadyExists, QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."), { address })
                .onField(u"name"_s)
                .withDetail(error->detail());
        return *error;
    }
    if (auto error = adjustTotals(domainId, 1, mailbox.quotaMb, 0))
        return *error;
    Result<Mailbox> created = readMailbox(domainId, mailbox.domain, mailbox.name);
    if (!created)
        return created;
    if (auto error = transaction.commit())
        return *error;
    return created;
}

Result<Mailbox> SqlStore::changeMailbox(const MailboxChange &change)
{
    Transaction transaction(*this);
    if (auto error = transaction.beginWrite())
        return *error;
    DomainDetails details;
    qint64 domainId = 0;
    Result<Mailbox> current = readMailboxByAddress(change.address, &details, &domainId);
    if (!current)
        return current;
    const Mailbox &mailbox = current.value();
    if (!change.version.isEmpty() && change.version != mailbox.version)
        return conflict(mailbox.address());
    if (change.isEmpty()) {
        if (auto error = transaction.commit())
            return *error;
        return current;
    }
    if (auto error = rules::checkChange(details, mailbox, change))
        return *error;
    // Only the version that was checked is changed: a change that another connection
    // slipped in meanwhile makes this one a conflict, never an overwrite.
    QSqlQuery update(m_db);
    if (auto error = run(update,
            u"UPDATE mailboxes SET enabled = ?, quota_mb = ?, soft_quota_mb = ?, archiving = ?, "
            "modified = ?, version = version + 1 WHERE domain_id = ? AND name = ? AND version = ?"_s,
            { int(change.enabled.value_or(mailbox.enabled)), change.quotaMb.value_or(mailbox.quotaMb),
                change.softQuotaMb.value_or(mailbox.softQuotaMb), int(change.archiving.value_or(mailbox.archiving)),
                nowMsecs(), domainId, mailbox.name, mailbox.version.toLongLong() }))
        return *error;
    if (update.numRowsAffected() != 1)
        return conflict(mailbox.address());
    if (const qint64 grown = change.quotaMb.value_or(mailbox.quotaMb) - mailbox.quotaMb; grown != 0) {
        if (auto error = adjustTotals(domainId, 0, grown, 0))
            return *error;
    }
    Result<Mailbox> changed = readMailbox(domainId, mailbox.domain, mailbox.name);
    if (!changed)
        return changed;
    if (auto error = transaction.commit())
        return *error;
    return changed;
}

Result<Mailbox> SqlStore::resetPassword(const QString &address, const QString &version, const QString &password)
{
    // Every check that can refuse the reset, before the slow hash.
    {
        Transaction transaction(*this);
        if (auto error = transaction.beginRead())
            return *error;
        DomainDetails details;
        qint64 domainId = 0;
        const Result<Mailbox> current = readMailboxByAddress(address, &details, &domainId);
        if (!current)
            return current;
        if (!version.isEmpty() && version != current.value().version)
            return conflict(current.value().address());
        if (auto error = rules::checkPasswordReset(current.value()))
            return *error;
        if (auto error = rules::checkPassword(details.domain.passwordPolicy, password, current.value().name))
            return *error;
        if (auto error = transaction.commit())
            return *error;
    }

    const QByteArray hash = hashPassword(password);
    if (hash.isEmpty())
        return hashFailed();

    Transaction transaction(*this);
    if (auto error = transaction.beginWrite())
        return *error;
    DomainDetails details;
    qint64 domainId = 0;
    const Result<Mailbox> current = readMailboxByAddress(address, &details, &domainId);
    if (!current)
        return current;
    const Mailbox &mailbox = current.value();
    if (!version.isEmpty() && version != mailbox.version)
        return conflict(mailbox.address());
    if (auto error = rules::checkPasswordReset(mailbox))
        return *error;
    if (auto error = rules::checkPassword(details.domain.passwordPolicy, password, mailbox.name))
        return *error;
    QSqlQuery update(m_db);
    if (auto error = run(update,
            u"UPDATE mailboxes SET password_hash = ?, must_change_password = 1, modified = ?, "
            "version = version + 1 WHERE domain_id = ? AND name = ? AND version = ?"_s,
            { QString::fromLatin1(hash), nowMsecs(), domainId, mailbox.name, mailbox.version.toLongLong() }))
        return *error;
    if (update.numRowsAffected() != 1)
        return conflict(mailbox.address());
    Result<Mailbox> changed = readMailbox(domainId, mailbox.domain, mailbox.name);
    if (!changed)
        return changed;
    if (auto error = transaction.commit())
        return *error;
    return changed;
}

Outcome SqlStore::deleteMailbox(const QString &address, const QString &version)
{
    Transaction transaction(*this);
    if (auto error = transaction.beginWrite())
        return *error;
    qint64 domainId = 0;
    const Result<Mailbox> current = readMailboxByAddress(address, nullptr, &domainId);
    if (!current)
        return current.error();
    const Mailbox &mailbox = current.value();
    if (!version.isEmpty() && version != mailbox.version)
        return conflict(mailbox.address());
    if (auto error = rules::checkDelete(mailbox))
        return *error;
    QSqlQuery remove(m_db);
    if (auto error = run(remove, u"DELETE FROM mailboxes WHERE domain_id = ? AND name = ? AND version = ?"_s,
            { domainId, mailbox.name, mailbox.version.toLongLong() }))
        return *error;
    if (remove.numRowsAffected() != 1)
        return conflict(mailbox.address());
    if (auto error = adjustTotals(domainId, -1, -mailbox.quotaMb, -mailbox.usedBytes))
        return *error;
    if (auto error = transaction.commit())
        return *error;
    return Done {};
}

Result<int> SqlStore::insertMailboxes(qint64 domainId, const DomainDetails &details,
    const QList<StoredMailbox> &mailboxes, const QByteArray &fallbackHash)
{
    const Domain &domain = details.domain;
    if (details.mailboxCount + mailboxes.size() > domain.maxMailboxes)
        return ServiceError(Code::MailboxLimitReached,
            QT_TRANSLATE_N_NOOP("ServiceError",
                "The domain can hold at most %n mailboxes: there is no room for "
                "all of these."),
            {}, domain.maxMailboxes);
    qint64 allocated = details.allocatedMb;
    QList<QString> names;
    names.reserve(mailboxes.size());
    for (const StoredMailbox &mailbox : mailboxes) {
        const QString name = rules::normalizedMailboxName(mailbox.name);
        if (auto error = rules::checkNewMailboxName(name))
            return error->withDetail(mailbox.name);
        if (auto error = rules::checkQuota(domain, mailbox.quotaMb, allocated))
            return error->withDetail(name);
        if (auto error = rules::checkSoftQuota(mailbox.softQuotaMb, mailbox.quotaMb))
            return error->withDetail(name);
        if (auto error = rules::checkArchiving(domain, mailbox.archiving))
            return error->withDetail(name);
        if (mailbox.usedBytes < 0)
            return ServiceError(
                Code::Validation, QT_TRANSLATE_NOOP("ServiceError", "The used space cannot be negative."))
                .withDetail(name);
        allocated += mailbox.quotaMb;
        names.append(name);
    }

    QSqlQuery insert(m_db);
    if (!insert.prepare(u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, "
                        "archiving, must_change_password, password_hash, created, modified, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s))
        return storageError(insert.lastError());
    const qint64 now = nowMsecs();
    const QString fallback = QString::fromLatin1(fallbackHash);
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        const StoredMailbox &mailbox = mailboxes.at(i);
        const qint64 created = mailbox.created.isValid() ? mailbox.created.toMSecsSinceEpoch() : now;
        insert.bindValue(0, domainId);
        insert.bindValue(1, names.at(i));
        insert.bindValue(2, int(mailbox.enabled));
        insert.bindValue(3, mailbox.quotaMb);
        insert.bindValue(4, mailbox.softQuotaMb);
        insert.bindValue(5, mailbox.usedBytes);
        insert.bindValue(6, int(mailbox.archiving));
        insert.bindValue(7, int(mailbox.mustChangePassword));
        insert.bindValue(8, mailbox.passwordHash.isEmpty() ? fallback : QString::fromLatin1(mailbox.passwordHash));
        insert.bindValue(9, created);
        insert.bindValue(10, std::max(created, now));
        if (!insert.exec()) {
            ServiceError error = storageError(insert.lastError());
            if (error.code() == Code::AlreadyExists)
                return ServiceError(Code::AlreadyExists,
                    QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 exists already."),
                    { names.at(i) + u'@' + domain.name });
            return error;
        }
    }
    qint64 usedBytes = 0;
    for (const StoredMailbox &mailbox : mailboxes)
        usedBytes += mailbox.usedBytes;
    if (auto error = adjustTotals(domainId, mailboxes.size(), allocated - details.allocatedMb, usedBytes))
        return *error;
    return int(mailboxes.size());
}

Result<int> SqlStore::bulkInsert(const QString &domain, const QList<StoredMailbox> &mailboxes)
{
    const bool needsFallback = std::any_of(mailboxes.cbegin(), mailboxes.cend(),
        [](const StoredMailbox &mailbox) { return mailbox.passwordHash.isEmpty(); });
    QByteArray fallbackHash;
    if (needsFallback) {
        fallbackHash = unusablePasswordHash();
        if (fallbackHash.isEmpty())
            return hashFailed();
    }

    Transaction transaction(*this);
    if (auto error = transaction.beginWrite())
        return *error;
    qint64 domainId = 0;
    const Result<DomainDetails> details = readDomainDetails(rules::normalizedDomainName(domain), &domainId);
    if (!details)
        return details.error();
    const Result<int> written = insertMailboxes(domainId, details.value(), mailboxes, fallbackHash);
    if (!written)
        return written;
    if (auto error = transaction.commit())
        return *error;
    return written;
}

Result<DomainDetails> SqlStore::addDemoDomain()
{
    Domain domain;
    domain.name = u"pec.example.it"_s;
    domain.totalSpaceMb = 50 * 1024;
    domain.maxMailboxes = 200;
    domain.maxMailboxQuotaMb = 1024;
    domain.archivingAvailable = true;
    domain.passwordPolicy = PasswordPolicy::poste();

    // Fixed data, so that the demo looks the same every time: people of an office and its
    // functional mailboxes.
    static const char *const names[] = {
        "mario.rossi",
        "giulia.bianchi",
        "luca.ferrari",
        "francesca.russo",
        "marco.romano",
        "chiara.colombo",
        "alessandro.ricci",
        "sara.marino",
        "andrea.greco",
        "valentina.bruno",
        "giuseppe.gallo",
        "elena.conti",
        "davide.deluca",
        "martina.mancini",
        "stefano.costa",
        "federica.giordano",
        "matteo.rizzo",
        "silvia.lombardi",
        "roberto.moretti",
        "laura.barbieri",
        "paolo.fontana",
        "anna.santoro",
        "simone.mariani",
        "giorgia.rinaldi",
        "fabio.caruso",
        "alessia.ferrara",
        "riccardo.galli",
        "ilaria.martini",
        "antonio.leone",
        "camilla.longo",
        "segreteria",
        "protocollo",
        "amministrazione",
        "ufficio.tecnico",
        "ufficio.legale",
        "risorse.umane",
        "contabilita",
        "direzione",
        "gare.appalti",
        "fatturazione",
    };
    // How full each mailbox is, in percent of its quota: several above an 80 % soft quota,
    // one (sara.marino) nearly full.
    static const int usedPercent[] = { 12, 35, 67, 88, 5, 93, 45, 98, 22, 78, 51, 30, 8, 61, 84, 17, 40, 72, 26, 55, 3,
        47, 82, 19, 64, 9, 36, 70, 14, 58, 86, 91, 76, 42, 21, 33, 66, 81, 11, 49 };
    static const qint64 quotaCycle[] = { 512, 1024, 256, 512, 1024, 256, 512 };
    constexpr int count = int(sizeof names / sizeof names[0]);
    static_assert(sizeof usedPercent / sizeof usedPercent[0] == count);

    const QDateTime today = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    QList<StoredMailbox> mailboxes;
    for (int i = 0; i < count; ++i) {
        StoredMailbox mailbox;
        mailbox.name = QString::fromLatin1(names[i]);
        const bool functional = i >= 30;
        mailbox.quotaMb = functional ? 1024 : quotaCycle[i % 7];
        mailbox.softQuotaMb = (i % 5 == 4) ? 0 : mailbox.quotaMb * 8 / 10;
        mailbox.usedBytes = mailbox.quotaMb * 1024 * 1024 / 100 * usedPercent[i] + qint64(i) * 40961;
        mailbox.enabled = !(i == 9 || i == 18 || i == 27);
        mailbox.archiving = (functional && (i == 30 || i == 31 || i == 32 || i == 37)) || i % 6 == 0;
        mailbox.mustChangePassword = i % 8 == 3;
        // Spread over the past three years, the functional mailboxes among the oldest.
        const int daysAgo = functional ? 1000 + (i - 30) * 9 : 20 + i * 32 + (i * 7) % 11;
        mailbox.created = today.addDays(-daysAgo).addSecs(qint64(8 * 3600 + (i * 37 % 540) * 60));
        mailboxes.append(mailbox);
    }

    const QByteArray unusableHash = unusablePasswordHash();
    if (unusableHash.isEmpty())
        return hashFailed();

    Transaction transaction(*this);
    if (auto error = transaction.beginWrite())
        return *error;
    const Result<qint64> domainId = insertDomain(domain, unusableHash);
    if (!domainId)
        return domainId.error();
    Result<DomainDetails> details = readDomainDetails(domain.name, nullptr);
    if (!details)
        return details;
    if (const Result<int> written = insertMailboxes(domainId.value(), details.value(), mailboxes, unusableHash);
        !written)
        return written.error();
    details = readDomainDetails(domain.name, nullptr);
    if (!details)
        return details;
    if (auto error = transaction.commit())
        return *error;
    return details;
}

} // namespace pecadmin
