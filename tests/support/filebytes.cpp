#include "filebytes.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace pecadmin::test {

QByteArray sqliteFileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-journal"_s, u"-shm"_s }) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace pecadmin::test
