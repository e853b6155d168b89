#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

struct sqlite3;

namespace pecadmin {

// What SQLite itself does with the same question and the same indexes, through its C API:
// the floor each of the program's figures is held against, measured in the same run.
class SqliteFloor
{
public:
    // One question about a domain: the domain's row is looked up by name, as the program does,
    // and its id bound as ?1 of `sql`; `values` are bound from ?2 on (text or integers).
    struct Question
    {
        QString domain;
        QByteArray sql;
        QVariantList values;
    };

    explicit SqliteFloor(const QString &path);
    ~SqliteFloor();
    SqliteFloor(const SqliteFloor &) = delete;
    SqliteFloor &operator=(const SqliteFloor &) = delete;

    // Milliseconds from opening a new connection to the last row read (every column of every
    // row fetched); the connection is closed after the clock stops. -1 on an error (on stderr).
    double fresh(const Question &question, int *rows = nullptr);
    // The same on a connection kept open between questions, its page cache warm.
    double warm(const Question &question, int *rows = nullptr);

private:
    static bool open(const QString &path, sqlite3 **db);
    static double ask(sqlite3 *db, const Question &question, int *rows);

    QString m_path;
    sqlite3 *m_warm = nullptr;
};

} // namespace pecadmin
