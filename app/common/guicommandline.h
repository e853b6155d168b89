#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pecadmin {

// The command line of the desktop application: its options in one table, read with
// QCommandLineParser before any window exists, so that --help and --version answer without a
// display; the help written here in full, so that every line of it is translated. The manual
// page pecadmin(1) is made from the same table.
class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::GuiCommandLine)

public:
    struct Option
    {
        QStringList names; // {"h", "help"}: one letter for "-h", a word for "--help"
        const char *valueName = nullptr; // a placeholder, translated; nullptr for a flag
        const char *description = nullptr; // translated

        QString form() const; // "-h, --help", "--store FILE"
        QString valueText() const;
        QString descriptionText() const;
    };
    struct Argument
    {
        const char *name = nullptr;
        const char *description = nullptr;
    };

    enum class Outcome {
        Run, // open the window
        Help, // print helpText()
        Version, // print versionText()
        Error, // print errorText() and usage on standard error; exit status 2
    };

    static QList<Option> options();
    static QList<Argument> arguments();

    // Reads the arguments after the program's name. Qt's own options (-platform, -style, …)
    // are accepted and left for QApplication.
    Outcome parse(const QStringList &arguments);

    // The store to open: --store FILE, or the FILE a file manager passes (a path or a file://
    // URL); empty: the last one used.
    QString storePath() const { return m_storePath; }
    // --screenshot FILE: where to save a picture of the window once the store is shown.
    QString screenshotPath() const { return m_screenshotPath; }
    // Files given after the first, which are not opened; empty if none.
    QStringList ignoredFiles() const { return m_ignoredFiles; }
    // What is wrong with the arguments, translated in the language in force when it is asked
    // (parse() runs before the catalogues are loaded).
    QString errorText() const;

    static QString programName(); // "pecadmin"
    static QString summary(); // one line: what the program is for
    static QString synopsis(); // "[--store FILE] [FILE]", translated
    static QString helpText();
    static QString versionText(); // "pecadmin 0.1.0"
    static QString usageHint(); // "Usage: …" and where to read more

private:
    enum class Error { None, UnknownOption, MissingValue, StoreAndFile };

    QString m_storePath;
    QString m_screenshotPath;
    QStringList m_ignoredFiles;
    Error m_error = Error::None;
    QString m_errorOption; // the option the error is about, with its dashes
};

} // namespace pecadmin
