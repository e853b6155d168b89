#pragma once

#include "credentialletters.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace pecadmin {

// The row that offers credential letters for new or reset passwords: the letters' language,
// a button that saves them as a PDF file and one that prints them.
class CredentialLettersBar : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialLettersBar(QWidget *parent = nullptr);

    // The mailboxes to write letters for; the bar hides itself while there are none.
    void setCredentials(QList<Credential> credentials);
    void setWebmailUrl(const QString &url);
    // The open store's files (MailboxService::storeFiles()), which the letters never replace.
    void setStoreFiles(const QStringList &files) { m_storeFiles = files; }
    // Overwrites the passwords held.
    void clear();

    QString language() const;
    void setLanguage(const QString &language);
    const CredentialLetters &letters() const { return m_letters; }

public Q_SLOTS:
    bool saveAsPdf();
    bool print();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    CredentialLetters m_letters;
    QStringList m_storeFiles;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_letterLanguageComboBox = nullptr;
    QPushButton *m_saveLettersButton = nullptr;
    QPushButton *m_printLettersButton = nullptr;
};

} // namespace pecadmin
