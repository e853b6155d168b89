#pragma once

#include "core/serviceerror.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace pecadmin {

// A thin wrapper over QFileDialog's static functions. A test answers the next dialog in
// advance with setNextFileName(); the dialog is then not shown and that name is returned. A save
// dialog does not ask about an existing file itself: confirmSaveTarget() does, after a suffix
// is added to the name.
class FileDialog
{
public:
    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &directory = {}, const QString &filter = {});
    static QString getSaveFileName(
        QWidget *parent, const QString &caption, const QString &directory = {}, const QString &filter = {});

    // Whether the file chosen in a save dialog may be written: never one of `storeFiles` (the open
    // store, MailboxService::storeFiles()) or a folder, which return the error to show; a file
    // that exists is replaced only when the user answers a question so (declining returns an
    // error of code Cancelled, not to be shown).
    static std::optional<ServiceError> confirmSaveTarget(
        QWidget *parent, const QString &caption, const QString &path, const QStringList &storeFiles);

    // The answer of the next file dialog, given without showing it; an empty name answers as
    // if the user had cancelled.
    static void setNextFileName(const QString &fileName);
    // The caption of the last dialog asked for, shown or answered in advance.
    static QString lastCaption();
};

} // namespace pecadmin
