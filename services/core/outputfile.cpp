#include "outputfile.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace pecadmin::outputfile {

namespace {

// The path with links resolved; for a file that does not exist yet, its folder's resolved path
// and its name.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
}

} // namespace

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (resolved(a) == resolved(b))
        return true;
#ifdef Q_OS_UNIX
    struct stat first = {};
    struct stat second = {};
    if (::stat(QFile::encodeName(a).constData(), &first) == 0 && ::stat(QFile::encodeName(b).constData(), &second) == 0)
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#endif
    return false;
}

std::optional<ServiceError> checkTarget(const QString &path, const QStringList &storeFiles, bool replace)
{
    for (const QString &store : storeFiles) {
        if (sameFile(path, store))
            return ServiceError(ServiceError::Code::Protected,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The file %1 holds the open store: writing it would destroy every domain and mailbox. "
                    "Choose another file."),
                { path })
                .onField(u"file"_s);
    }
    const QFileInfo info(path);
    if (info.isDir())
        return ServiceError(
            ServiceError::Code::Validation, QT_TRANSLATE_NOOP("ServiceError", "%1 is a folder, not a file."), { path })
            .onField(u"file"_s);
    if (info.exists() && !replace)
        return ServiceError(ServiceError::Code::AlreadyExists,
            QT_TRANSLATE_NOOP("ServiceError", "The file %1 exists already."), { path })
            .onField(u"file"_s);
    return std::nullopt;
}

} // namespace pecadmin::outputfile
