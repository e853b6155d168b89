#include "support/testmode.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

namespace pecadmin::test {

void enableTestMode()
{
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/pecadmin-test-home-XXXXXX"));
    static const bool moved = qputenv("HOME", QFile::encodeName(home.path()));
    Q_ASSERT(home.isValid() && moved);
    Q_UNUSED(moved)
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace pecadmin::test
