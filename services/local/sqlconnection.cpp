#include "sqlconnection.h"

#include "core/limits.h"
#include "local/sqldialect.h"
#include "local/sqlitedriver.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

QAtomicInteger<quint64> connectionCounter;

QString newConnectionName()
{
    return u"pecadmin-store-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
}

// Whether a file or folder may be written. Root passes every access(2) check, so the
// permission bits are looked at as well: a store someone made read-only stays untouched.
bool isWritableEntry(const QFileInfo &info)
{
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

constexpr QFile::Permissions ownerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

// Whether `info` is one of the program's own files in the application's data folder: the
// store's default file, or an offline copy of a remote connection (offline/NAME.sqlite).
bool isDefaultLocation(const QFileInfo &info)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        return false;
    return QDir::cleanPath(info.absoluteFilePath()) == QDir::cleanPath(folder + u"/pecadmin.sqlite"_s)
        || QDir::cleanPath(info.absolutePath()) == QDir::cleanPath(folder + u"/offline"_s);
}

// Makes `folderPath` and its missing parents, each readable by its owner only: the store
// holds password hashes.
bool makePrivateFolders(const QString &folderPath)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(folderPath); !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            return false;
        path = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path, ownerOnlyFolder) && !QFileInfo(path).isDir())
            return false;
    }
    return true;
}

// Why the SQLite store at `info` cannot be used, before anything opens it: its folder cannot
// be made or written (SQLite writes its journal next to the file), or the file is read-only
// or not SQLite.
std::optional<ServiceError> checkSqliteFile(const QFileInfo &info)
{
    const QString absolutePath = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folderPath = info.absolutePath();
    if (!QFileInfo::exists(folderPath)) {
        // Only the program's own default place is made: a folder someone named that is
        // not there is a mistyped path more often than a wish for a new folder.
        if (!isDefaultLocation(info))
            return ServiceError(Code::Storage,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The folder %1 does not exist. Create it first, or choose a store file in an existing "
                    "folder."),
                { QDir::toNativeSeparators(folderPath) });
        if (!makePrivateFolders(folderPath))
            return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The folder %1 could not be created."),
                { QDir::toNativeSeparators(folderPath) });
    }
    if (!isWritableEntry(QFileInfo(folderPath)))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError", "The folder %1 is read-only: PEC Admin cannot keep its store there."),
            { QDir::toNativeSeparators(folderPath) });
    if (!info.exists()) {
        // Made here, for its owner only, so that SQLite, which gives its -wal and -shm files the
        // permissions of the store file, never makes any of them readable by others.
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
            return ServiceError(
                Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store %1 cannot be created."), { absolutePath })
                .withDetail(file.errorString());
        return std::nullopt;
    }
    if (!info.isFile())
        return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "%1 is not a file."), { absolutePath });
    if (!isWritableEntry(info))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The store %1 is read-only. Make it writable, or choose another "
                "file."),
            { absolutePath });
    if (info.size() == 0)
        return std::nullopt;
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return ServiceError(
            Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store %1 cannot be read."), { absolutePath })
            .withDetail(file.errorString());
    static const QByteArray sqliteHeader("SQLite format 3", 16); // with its final NUL
    if (file.read(sqliteHeader.size()) != sqliteHeader)
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "%1 is not a PEC Admin store. PEC Admin has left it as it "
                "is: choose another file."),
            { absolutePath });
    return std::nullopt;
}

std::optional<ServiceError> checkPostgreSqlLocation(const StoreLocation &location)
{
    if (location.host.trimmed().isEmpty() || location.database.trimmed().isEmpty() || location.user.trimmed().isEmpty())
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "To open a store on a PostgreSQL server, give the server's host, the database and the user."));
    if (location.port < 1 || location.port > 65535)
        return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "%1 is not a valid port number."),
            { QString::number(location.port) });
    return std::nullopt;
}

// Why a connection to the PostgreSQL server `shown` failed, from libpq's text, which names the
// server and the user, never the password.
ServiceError postgreSqlOpenError(const QString &detail, const QString &shown)
{
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

ServiceError damagedError(const QString &shown)
{
    return ServiceError(Code::Storage,
        QT_TRANSLATE_NOOP("ServiceError",
            "The store %1 is damaged: some of its pages cannot be read. PEC Admin has left it as it is and "
            "changes nothing in it: restore it from a backup."),
        { shown });
}

// Opens the connection `connectionName`; on failure removes it and returns the driver's text.
std::optional<QString> openOrRemove(const QString &connectionName)
{
    QString detail;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.open())
            return std::nullopt;
        detail = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return detail;
}

} // namespace

SqlConnection::SqlConnection(const QString &connectionName, StoreLocation location, const SqlDialect &dialect)
    : m_db(QSqlDatabase::database(connectionName, false))
    , m_connectionName(connectionName)
    , m_location(std::move(location))
    , m_displayName(m_location.displayName())
    , m_dialect(dialect)
{ }

struct SqlConnection::KeptStatement
{
    QSqlQuery query;
    bool prepared = false;
};

SqlConnection::~SqlConnection()
{
    m_kept.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::openSqlite(const QString &path)
{
    if (path.trimmed().isEmpty())
        return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "No store file was given."));
    const QFileInfo info(path);
    if (auto error = checkSqliteFile(info))
        return *error;
    const SqlDialect &dialect = SqlDialect::sqlite();
    const QString absolutePath = info.absoluteFilePath();
    const QString connectionName = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(new SqliteDriver(), connectionName);
        db.setDatabaseName(absolutePath);
        db.setConnectOptions(dialect.connectOptions);
    }
    if (const auto detail = openOrRemove(connectionName))
        return ServiceError(Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store %1 cannot be opened."),
            { QDir::toNativeSeparators(absolutePath) })
            .withDetail(*detail);
    auto connection = std::unique_ptr<SqlConnection>(
        new SqlConnection(connectionName, StoreLocation::sqliteFile(absolutePath), dialect));
    if (auto error = connection->checkPages(QFileInfo(absolutePath).size()))
        return *error;
    return connection;
}

std::optional<ServiceError> SqlConnection::checkPages(qint64 fileSize)
{
    // quick_check reads every page once: about 60 ms for quickCheckLimitBytes on a quiet machine.
    // A larger store is not checked at open, and a damaged page there is told when it is read.
    if (fileSize > quickCheckLimitBytes)
        return std::nullopt;
    QSqlQuery check = query();
    if (auto error = run(check, u"PRAGMA quick_check(1)"_s))
        return error;
    const QString result = check.next() ? check.value(0).toString() : QString();
    if (result == u"ok")
        return std::nullopt;
    return damagedError(shownName()).withDetail(limits::shortened(result));
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::openPostgreSql(const StoreLocation &location)
{
    if (auto error = checkPostgreSqlLocation(location))
        return *error;
    const SqlDialect &dialect = SqlDialect::postgreSql();
    if (!QSqlDatabase::isDriverAvailable(dialect.driver))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The PostgreSQL driver of Qt is missing: install it (on Debian, the package libqt6sql6-psql)."));

    const QString connectionName = newConnectionName();
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
    }
    if (const auto detail = openOrRemove(connectionName))
        return postgreSqlOpenError(*detail, location.displayName());
    return std::unique_ptr<SqlConnection>(new SqlConnection(connectionName, location, dialect));
}

QString SqlConnection::shownName() const
{
    return m_location.isPostgreSql() ? m_displayName : QDir::toNativeSeparators(m_displayName);
}

QSqlQuery SqlConnection::query() const
{
    return QSqlQuery(m_db);
}

std::optional<ServiceError> SqlConnection::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (values.isEmpty() && m_dialect.sendsUnprepared(sql)) {
        // A fixed statement of the program's own, with nothing bound (see SqlDialect).
        if (!query.exec(sql))
            return storageError(query.lastError());
        return std::nullopt;
    }
    if (auto error = prepare(query, sql))
        return error;
    return runPrepared(query, values);
}

std::optional<ServiceError> SqlConnection::prepare(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storageError(query.lastError());
    return std::nullopt;
}

std::optional<ServiceError> SqlConnection::runPrepared(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return storageError(query.lastError());
    return std::nullopt;
}

std::optional<ServiceError> SqlConnection::runKept(QSqlQuery **rows, QSqlQuery &fallback, const SqlStatement &statement)
{
    if (!m_inTransaction || m_location.isPostgreSql()) {
        *rows = &fallback;
        return run(fallback, statement);
    }
    std::shared_ptr<KeptStatement> &kept = m_kept[statement.sql];
    if (!kept)
        kept = std::make_shared<KeptStatement>(KeptStatement { query(), false });
    *rows = &kept->query;
    if (!kept->prepared) {
        std::optional<ServiceError> error = run(kept->query, statement);
        kept->prepared = !error;
        return error;
    }
    kept->query.finish();
    return runPrepared(kept->query, statement.values);
}

void SqlConnection::resetKeptStatements()
{
    m_inTransaction = false;
    for (const std::shared_ptr<KeptStatement> &kept : std::as_const(m_kept))
        kept->query.finish();
}

std::optional<ServiceError> SqlConnection::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    return run(query, sql, values);
}

ServiceError SqlConnection::storageError(const QSqlError &error)
{
    const QString shown = shownName();
    switch (m_dialect.classify(error)) {
    case SqlDialect::ErrorKind::ConnectionLost:
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
    case SqlDialect::ErrorKind::Busy:
        if (m_dialect.sharedServer)
            return ServiceError(Code::Storage,
                QT_TRANSLATE_NOOP("ServiceError",
                    "Another administrator is changing the same domain in %1 at this moment. Nothing was "
                    "saved: try again."),
                { shown })
                .withDetail(error.text());
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The store %1 is in use by another program. Close the other program, "
                "or wait for it to finish, and try again."),
            { shown })
            .withDetail(error.text());
    case SqlDialect::ErrorKind::UniqueViolation:
        return ServiceError(Code::AlreadyExists,
            QT_TRANSLATE_NOOP("ServiceError", "A mailbox or domain with that name exists already."))
            .withDetail(error.text());
    case SqlDialect::ErrorKind::NotADatabase:
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "%1 is not a PEC Admin store, or it is damaged. PEC Admin has left it "
                "as it is: choose another file."),
            { shown })
            .withDetail(error.text());
    case SqlDialect::ErrorKind::Damaged:
        return damagedError(shown).withDetail(error.text());
    case SqlDialect::ErrorKind::DiskFull:
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The disk that holds the store %1 is full: nothing of this change was saved. Free some space "
                "and try again."),
            { shown })
            .withDetail(error.text());
    case SqlDialect::ErrorKind::LockLost:
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "The store %1 could not keep its lock on the file, as happens on a network share: nothing of "
                "this change was saved. Keep the store on a disk of this computer, or try again."),
            { shown })
            .withDetail(error.text());
    case SqlDialect::ErrorKind::Other:
        break;
    }
    return ServiceError(
        Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "The store %1 could not be read or written."), { shown })
        .withDetail(error.text());
}

std::optional<ServiceError> SqlConnection::setUpSession()
{
    for (const QString &statement : m_dialect.sessionSetup) {
        if (auto error = run(statement))
            return error;
    }
    return std::nullopt;
}

std::optional<ServiceError> SqlConnection::begin(const QString &statement)
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
    m_inTransaction = !error;
    return error;
}

std::optional<ServiceError> SqlConnection::commit()
{
    resetKeptStatements();
    m_committing = true;
    auto error = run(u"COMMIT"_s);
    m_committing = false;
    return error;
}

void SqlConnection::rollback()
{
    resetKeptStatements();
    if (!m_connectionLost)
        run(u"ROLLBACK"_s);
}

std::optional<ServiceError> SqlConnection::reconnect()
{
    m_db.close();
    if (!m_db.open())
        return ServiceError(Code::Network,
            QT_TRANSLATE_NOOP("ServiceError",
                "The connection to the database server %1 was lost and cannot be made again. Check that "
                "the server is running, and try again."),
            { m_displayName })
            .withDetail(m_db.lastError().text());
    m_connectionLost = false;
    return setUpSession();
}

} // namespace pecadmin
