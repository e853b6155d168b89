#include "filedialog.h"

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
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
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
