#pragma once

#include "core/serviceerror.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pecadmin::outputfile {

// Whether two paths name the same file: the same path once symbolic links, "." and ".." are
// resolved, or, where the platform tells, the same device and inode (a hard link). A path that
// does not exist is the same as another only when its resolved spelling is.
bool sameFile(const QString &a, const QString &b);

// Why `path` may not be written: it is one of `storeFiles` (the open store and its journals,
// MailboxService::storeFiles()), a folder, or, unless `replace`, a file that exists already
// (code AlreadyExists, so that a caller can ask and try again with `replace`).
std::optional<ServiceError> checkTarget(const QString &path, const QStringList &storeFiles, bool replace);

} // namespace pecadmin::outputfile
