#include "filedialog.h"

#include "core/outputfile.h"
#include "messagebox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

#include <optional>

namespace pecadmin {

namespace {
std::optional<QString> nextFileName;
QString lastDialogCaption;

std::optional<QString> takeAnswer(const QString &caption)
{
    lastDialogCaption = caption;
    std::optional<QString> answer;
    answer.swap(nextFileName);
    return answer;
}
} // namespace

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (auto answer = takeAnswer(caption))
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (auto answer = takeAnswer(caption))
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

std::optional<ServiceError> FileDialog::confirmSaveTarget(
    QWidget *parent, const QString &caption, const QString &path, const QStringList &storeFiles)
{
    std::optional<ServiceError> refusal = outputfile::checkTarget(path, storeFiles, false);
    if (!refusal || refusal->code() != ServiceError::Code::AlreadyExists)
        return refusal;
    const QMessageBox::StandardButton answer = MessageBox::question(parent, caption,
        QCoreApplication::translate("pecadmin::FileDialog", "The file %1 exists already. Replace it?")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return ServiceError(ServiceError::Code::Cancelled, QT_TRANSLATE_NOOP("ServiceError", "Cancelled."));
    return outputfile::checkTarget(path, storeFiles, true);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

QString FileDialog::lastCaption()
{
    return lastDialogCaption;
}

} // namespace pecadmin
