#include "sqlitefloor.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <cstdio>

namespace pecadmin {

namespace {

bool bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
}

void complain(sqlite3 *db, const char *what)
{
    std::fprintf(stderr, "pecadmin-bench: SQLite floor, %s: %s\n", what, db ? sqlite3_errmsg(db) : "no connection");
}

} // namespace

SqliteFloor::SqliteFloor(const QString &path) : m_path(path)
{ }

SqliteFloor::~SqliteFloor()
{
    if (m_warm)
        sqlite3_close(m_warm);
}

bool SqliteFloor::open(const QString &path, sqlite3 **db)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK)
        return true;
    complain(*db, "open");
    sqlite3_close(*db);
    *db = nullptr;
    return false;
}

double SqliteFloor::ask(sqlite3 *db, const Question &question, int *rows)
{
    sqlite3_stmt *domain = nullptr;
    static const char domainSql[] = "SELECT id, mailbox_count FROM domains WHERE name = ?";
    if (sqlite3_prepare_v2(db, domainSql, -1, &domain, nullptr) != SQLITE_OK) {
        complain(db, "prepare");
        return -1;
    }
    bind(domain, 1, question.domain);
    sqlite3_int64 domainId = -1;
    if (sqlite3_step(domain) == SQLITE_ROW)
        domainId = sqlite3_column_int64(domain, 0);
    sqlite3_finalize(domain);

    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, question.sql.constData(), int(question.sql.size()), &statement, nullptr) != SQLITE_OK) {
        complain(db, "prepare");
        return -1;
    }
    sqlite3_bind_int64(statement, 1, domainId);
    for (int i = 0; i < question.values.size(); ++i)
        bind(statement, i + 2, question.values.at(i));
    int count = 0;
    qint64 sink = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        ++count;
        const int columns = sqlite3_column_count(statement);
        for (int column = 0; column < columns; ++column) {
            if (sqlite3_column_type(statement, column) == SQLITE_TEXT)
                sink += sqlite3_column_bytes(statement, column) + *sqlite3_column_text(statement, column);
            else
                sink += sqlite3_column_int64(statement, column);
        }
    }
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE) {
        complain(db, "step");
        return -1;
    }
    if (rows)
        *rows = count;
    return double(sink & 1); // read, so that nothing above is left out by the compiler
}

double SqliteFloor::fresh(const Question &question, int *rows)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (!open(m_path, &db))
        return -1;
    const double asked = ask(db, question, rows);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return asked < 0 ? -1 : ms;
}

double SqliteFloor::warm(const Question &question, int *rows)
{
    if (!m_warm && !open(m_path, &m_warm))
        return -1;
    QElapsedTimer timer;
    timer.start();
    const double asked = ask(m_warm, question, rows);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return asked < 0 ? -1 : ms;
}

} // namespace pecadmin
