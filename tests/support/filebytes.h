#pragma once

// Reading a store's bytes in a test, to check what it holds in clear.

#include <QByteArray>
#include <QString>

namespace pecadmin::test {

// Every byte that SQLite keeps of the database at `path`: the file, and its write-ahead log,
// rollback journal and shared memory where they exist.
QByteArray sqliteFileBytes(const QString &path);

} // namespace pecadmin::test
