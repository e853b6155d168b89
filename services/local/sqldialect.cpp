#include "sqldialect.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

SqlDialect makeSqlite()
{
    SqlDialect dialect;
    dialect.kind = StoreLocation::Kind::SqliteFile;
    // Wait up to 2 s for a lock that another program holds before giving up.
    dialect.connectOptions = u"QSQLITE_BUSY_TIMEOUT=2000"_s;
    dialect.identityColumn = u"INTEGER PRIMARY KEY"_s;
    dialect.listTables = u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"_s;
    dialect.beginRead = u"BEGIN DEFERRED"_s;
    // Takes the write lock at once, so that the limits read and the write that follows
    // form one atomic step even against another process on the same file.
    dialect.beginWrite = u"BEGIN IMMEDIATE"_s;
    // A page cache of up to 256 MiB instead of SQLite's 2 MB; it grows only with the pages read.
    // Reading a whole large domain in name order visits its rows in no order on disk: with 2 MB a
    // domain whose pages did not fit paid a read(2) a row, and a large write read its own pages
    // back from the write-ahead log again and again. Not a memory map: a short program (the
    // command line's list) reads its few hundred pages a third faster with read(2), where each
    // page of a map first touched costs a fault (docs/PERFORMANCE.md).
    dialect.sessionSetup
        = { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s, u"PRAGMA cache_size = -262144"_s };
    dialect.preparesEveryStatement = true;
    dialect.hasTrigramIndex = true;
    dialect.sharedServer = false;
    dialect.busyCodes = { u"5"_s, u"6"_s }; // SQLITE_BUSY, SQLITE_LOCKED
    dialect.uniqueCodes = { u"19"_s, u"2067"_s, u"1555"_s }; // SQLITE_CONSTRAINT, its UNIQUE and PRIMARY KEY forms
    dialect.notDatabaseCodes = { u"26"_s }; // SQLITE_NOTADB
    // SQLITE_CORRUPT and its forms (VTAB, SEQUENCE, INDEX)
    dialect.damagedCodes = { u"11"_s, u"267"_s, u"523"_s, u"779"_s };
    dialect.diskFullCodes = { u"13"_s }; // SQLITE_FULL
    // SQLITE_IOERR_LOCK, _RDLOCK, _UNLOCK, _CHECKRESERVEDLOCK, SQLITE_PROTOCOL: the file lock
    // failed, as it does on network shares that do not keep POSIX locks.
    dialect.lockLostCodes = { u"3850"_s, u"2314"_s, u"2058"_s, u"3594"_s, u"15"_s };
    return dialect;
}

// PostgreSQL through QPSQL. Reads see one snapshot (REPEATABLE READ); writes run in READ
// COMMITTED and begin by locking the domain's row (FOR UPDATE), so that every write in a
// domain waits for the one before it and then reads the domain's totals as it left them.
SqlDialect makePostgreSql()
{
    SqlDialect dialect;
    dialect.kind = StoreLocation::Kind::PostgreSql;
    dialect.driver = u"QPSQL"_s;
    dialect.identityColumn = u"BIGSERIAL PRIMARY KEY"_s;
    dialect.listTables = u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s;
    dialect.beginRead = u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s;
    dialect.beginWrite = u"BEGIN ISOLATION LEVEL READ COMMITTED"_s;
    dialect.lockForUpdate = u" FOR UPDATE"_s;
    dialect.migrationLock = u"SELECT pg_advisory_xact_lock(7406071)"_s;
    // A lock that another administrator holds longer than this ends in a clear error
    // instead of an endless wait.
    dialect.sessionSetup = { u"SET lock_timeout = '20s'"_s, u"SET client_min_messages = warning"_s };
    dialect.preparesEveryStatement = false;
    dialect.hasTrigramIndex = false;
    dialect.sharedServer = true;
    // lock_not_available, serialization_failure, deadlock_detected, query_canceled
    dialect.busyCodes = { u"55P03"_s, u"40001"_s, u"40P01"_s, u"57014"_s };
    dialect.uniqueCodes = { u"23505"_s }; // unique_violation
    dialect.damagedCodes = { u"XX001"_s, u"XX002"_s }; // data_corrupted, index_corrupted
    dialect.diskFullCodes = { u"53100"_s }; // disk_full
    // connection_exception (class 08), admin_shutdown, crash_shutdown, cannot_connect_now
    dialect.connectionLostCodes = { u"08"_s, u"57P01"_s, u"57P02"_s, u"57P03"_s };
    return dialect;
}

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqlDialect dialect = makeSqlite();
    return dialect;
}

const SqlDialect &SqlDialect::postgreSql()
{
    static const SqlDialect dialect = makePostgreSql();
    return dialect;
}

bool SqlDialect::sendsUnprepared(const QString &sql) const
{
    if (preparesEveryStatement)
        return false;
    static const QStringList preparable { u"SELECT"_s, u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s };
    return !preparable.contains(sql.section(u' ', 0, 0).toUpper());
}

SqlDialect::ErrorKind SqlDialect::classify(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (isConnectionLoss(error))
        return ErrorKind::ConnectionLost;
    if (busyCodes.contains(code) || error.text().contains(u"database is locked"_s))
        return ErrorKind::Busy;
    if (uniqueCodes.contains(code))
        return ErrorKind::UniqueViolation;
    if (notDatabaseCodes.contains(code))
        return ErrorKind::NotADatabase;
    if (damagedCodes.contains(code))
        return ErrorKind::Damaged;
    if (diskFullCodes.contains(code))
        return ErrorKind::DiskFull;
    if (lockLostCodes.contains(code))
        return ErrorKind::LockLost;
    return ErrorKind::Other;
}

bool SqlDialect::isConnectionLoss(const QSqlError &error) const
{
    if (connectionLostCodes.isEmpty())
        return false;
    const QString code = error.nativeErrorCode();
    for (const QString &lost : connectionLostCodes) {
        if (code.startsWith(lost))
            return true;
    }
    // libpq reports a dead connection without a SQLSTATE.
    static const QStringList lostTexts { u"server closed the connection"_s, u"no connection to the server"_s,
        u"terminating connection"_s, u"could not receive data"_s, u"could not send data"_s, u"connection to server"_s };
    const QString text = error.text();
    return std::any_of(lostTexts.cbegin(), lostTexts.cend(), [&text](const QString &lost) {
        return text.contains(lost);
    }) || (code.isEmpty() && error.type() == QSqlError::ConnectionError);
}

} // namespace pecadmin
