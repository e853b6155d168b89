#pragma once

#include "core/result.h"
#include "local/storelocation.h"

#include <QString>
#include <QStringList>

namespace pecadmin {

class SqlConnection;
struct SqlDialect;

// The store's tables, indexes, views and triggers, one step per schema version, and what a
// database says about its own version. SqlStore runs a migration in its write transaction.
class SqlSchema
{
public:
    // The schema version this program writes; a database with a newer one is refused.
    static constexpr int version = 9;

    // The statements that bring a database of schema `from` to `to` (at most `version`), for
    // `dialect`.
    static QStringList upgrade(int from, const SqlDialect &dialect, int to = version);
    // The schema version of the database: 0 where it is empty. A database with tables but
    // without the version table is another program's, and refused.
    static Result<int> storedVersion(SqlConnection &connection);
    // On SQLite, the trigger that refuses to delete history entries: a cut drops it and makes
    // it again, in its transaction.
    static QString historyDeleteGuard();
    // The refusal of a database that a newer program wrote (schema `stored`).
    static ServiceError newerVersion(const QString &shownName, int stored);
};

} // namespace pecadmin
