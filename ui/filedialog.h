#pragma once

#include <QString>

class QWidget;

namespace pecadmin {

// A thin wrapper over QFileDialog's static functions. A test answers the next dialog in
// advance with setNextFileName(); the dialog is then not shown and that name is returned.
class FileDialog
{
public:
    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &directory = {}, const QString &filter = {});
    static QString getSaveFileName(
        QWidget *parent, const QString &caption, const QString &directory = {}, const QString &filter = {});

    // The answer of the next file dialog, given without showing it; an empty name answers as
    // if the user had cancelled.
    static void setNextFileName(const QString &fileName);
    // The caption of the last dialog asked for, shown or answered in advance.
    static QString lastCaption();
};

} // namespace pecadmin
