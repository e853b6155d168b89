#pragma once

// The database that a store test runs on: a SQLite file in a temporary folder, or, in the
// `_pg` variants of the tests (PECADMIN_TEST_BACKEND=postgresql), a new database of its own
// on the PostgreSQL server that PECADMIN_TEST_PG names, for example
//   PECADMIN_TEST_PG="host=127.0.0.1 port=55432 user=postgres dbname=postgres"
// (scripts/with-postgres.sh sets it). A `_pg` variant without a reachable server fails.

#include "local/storelocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pecadmin::test {

inline bool onPostgreSql()
{
    return qEnvironmentVariable("PECADMIN_TEST_BACKEND") == QStringLiteral("postgresql");
}

// The server of PECADMIN_TEST_PG; `database` is the one to connect to for CREATE DATABASE.
inline bool postgreSqlServer(StoreLocation *server, QString *error)
{
    const QString spec = qEnvironmentVariable("PECADMIN_TEST_PG");
    if (spec.trimmed().isEmpty()) {
        *error = QStringLiteral("PECADMIN_TEST_PG is not set: the PostgreSQL variant of the store tests needs a "
                                "server (run them under scripts/with-postgres.sh)");
        return false;
    }
    StoreLocation location = StoreLocation::postgreSql(QStringLiteral("127.0.0.1"), StoreLocation::defaultPort,
        QStringLiteral("postgres"), QStringLiteral("postgres"));
    location.sslMode = StoreLocation::SslMode::Disable;
    const QStringList parts = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        if (key == QStringLiteral("host"))
            location.host = value;
        else if (key == QStringLiteral("port"))
            location.port = value.toInt();
        else if (key == QStringLiteral("user"))
            location.user = value;
        else if (key == QStringLiteral("dbname"))
            location.database = value;
        else if (key == QStringLiteral("password"))
            location.password = value;
        else if (key == QStringLiteral("sslmode"))
            location.sslMode = StoreLocation::sslModeFromName(value).value_or(StoreLocation::SslMode::Disable);
    }
    *server = location;
    return true;
}

// A connection of the test's own to `location`, under `name`; check isOpen().
inline QSqlDatabase openConnection(const StoreLocation &location, const QString &name)
{
    QSqlDatabase db;
    if (location.isPostgreSql()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setConnectOptions(QStringLiteral("sslmode=") + StoreLocation::sslModeName(location.sslMode));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location.path);
    }
    if (!db.open())
        qWarning() << "cannot open a test connection:" << db.lastError().text();
    return db;
}

// Runs `sql` (and, with rows, returns them as "a|b|c" lines) through a connection of the
// test's own. On PostgreSQL, statements that cannot be prepared (DDL) run as they are.
inline bool runOn(const StoreLocation &location, const QString &sql, QStringList *rows = nullptr)
{
    const QString name = QStringLiteral("test-poke");
    bool ok = false;
    {
        QSqlDatabase db = openConnection(location, name);
        if (db.isOpen()) {
            QSqlQuery query(db);
            const QString verb = sql.section(u' ', 0, 0).toUpper();
            const bool preparable = !location.isPostgreSql() || verb == QStringLiteral("SELECT")
                || verb == QStringLiteral("INSERT") || verb == QStringLiteral("UPDATE")
                || verb == QStringLiteral("DELETE");
            ok = preparable ? (query.prepare(sql) && query.exec()) : query.exec(sql);
            if (!ok)
                qWarning() << sql << query.lastError().text();
            while (ok && rows && query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields.append(query.value(i).toString());
                rows->append(fields.join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The stores of one test: each call to newLocation() gives an empty store of its own, all
// removed when the object goes.
class TestStores
{
public:
    TestStores() = default;
    ~TestStores() { dropAll(); }
    TestStores(const TestStores &) = delete;
    TestStores &operator=(const TestStores &) = delete;

    // Whether the server can be used; on failure `error` says why.
    static bool serverReady(QString *error)
    {
        if (!onPostgreSql())
            return true;
        StoreLocation server;
        if (!postgreSqlServer(&server, error))
            return false;
        const QString name = QStringLiteral("test-server-check");
        bool ok = false;
        {
            QSqlDatabase db = openConnection(server, name);
            ok = db.isOpen();
            if (!ok)
                *error = QStringLiteral("the PostgreSQL server of PECADMIN_TEST_PG cannot be reached: ")
                    + db.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QString folder() const { return m_dir.path(); }

    StoreLocation newLocation(const QString &fileName = QStringLiteral("store.sqlite"))
    {
        if (!onPostgreSql())
            return StoreLocation::sqliteFile(m_dir.filePath(fileName));
        StoreLocation server;
        QString error;
        if (!postgreSqlServer(&server, &error)) {
            qWarning() << error;
            return server;
        }
        static int counter = 0;
        const QString database = QStringLiteral("pecadmin_test_%1_%2_%3")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(++counter)
                                     .arg(QString::fromLatin1(QTest::currentTestFunction()).toLower().left(30));
        if (!runOn(server, QStringLiteral("CREATE DATABASE ") + database))
            qWarning() << "cannot create the test database" << database;
        m_databases.append(database);
        StoreLocation location = server;
        location.database = database;
        return location;
    }

    void dropAll()
    {
        if (m_databases.isEmpty())
            return;
        StoreLocation server;
        QString error;
        if (postgreSqlServer(&server, &error)) {
            for (const QString &database : std::as_const(m_databases))
                runOn(server, QStringLiteral("DROP DATABASE IF EXISTS ") + database + QStringLiteral(" WITH (FORCE)"));
        }
        m_databases.clear();
    }

private:
    QTemporaryDir m_dir;
    QStringList m_databases;
};

} // namespace pecadmin::test

// A test about a SQLite file itself (its bytes, permissions, locks) has no PostgreSQL form.
#define PECADMIN_SQLITE_ONLY(why)                                                                                      \
    do {                                                                                                               \
        if (pecadmin::test::onPostgreSql())                                                                            \
            QSKIP("Only for a SQLite file: " why);                                                                     \
    } while (false)
