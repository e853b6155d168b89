#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QWidget;

namespace pecadmin {

// The address and temporary password of one mailbox, for its letter.
struct Credential
{
    QString address;
    QString password;
};

// Credential letters: one page per mailbox with its address, its temporary password, the
// webmail address where the profile has one, the instruction to change the password at the
// first access, and the date; saved as a PDF file or printed.
//
// A letter is written in the language chosen for it, whatever the application's language:
// the letter keeps its sentences in Italian and in English itself, chosen by `language`,
// rather than going through the application's catalogue (which holds one language at a time).
//
// The passwords live only in this object and on the pages it draws: clear() overwrites them.
class CredentialLetters
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::CredentialLetters)

public:
    enum class Sentence { Title, Intro, Date, Address, Password, Webmail, ChangeAtFirstAccess, KeepSafe };

    explicit CredentialLetters(QList<Credential> credentials = {});
    ~CredentialLetters();

    // "it" or "en"; anything else writes English.
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }
    // The webmail's address, printed on each letter; empty: none.
    void setWebmailUrl(const QString &url) { m_webmailUrl = url; }
    QString webmailUrl() const { return m_webmailUrl; }
    void setDate(const QDate &date) { m_date = date; }

    const QList<Credential> &credentials() const { return m_credentials; }
    int count() const { return int(m_credentials.size()); }
    bool isEmpty() const { return m_credentials.isEmpty(); }
    // Overwrites every password held.
    void clear();

    // The languages a letter can be written in, and the name of each in itself.
    static QStringList languages();
    static QString languageName(const QString &language);
    // The language of the letters by default: the application's where it is one of them.
    static QString defaultLanguage();
    // One sentence of a letter in `language`.
    static QString sentence(Sentence sentence, const QString &language);
    // The date as a letter in `language` writes it.
    static QString formatDate(const QDate &date, const QString &language);

    // Draws one page per mailbox on `device` (a QPdfWriter or a QPrinter). False when the
    // device cannot be painted on.
    bool paint(QPagedPaintDevice *device) const;
    // Writes the letters to a PDF file at `path`, replaced only when the whole file is written.
    // On a failure, false with the reason in `error`.
    bool writePdf(const QString &path, QString *error) const;

    // Asks for a file name and saves the letters there; a failure is told in a message box.
    // False when nothing was saved.
    // Never onto one of `storeFiles` (the open store); an existing file only after a question.
    bool saveAsPdf(QWidget *parent, const QStringList &storeFiles = {}) const;
    // Opens the print dialog and prints the letters. False when nothing was printed.
    bool print(QWidget *parent) const;

private:
    QList<Credential> m_credentials;
    QString m_language;
    QString m_webmailUrl;
    QDate m_date;
};

} // namespace pecadmin
