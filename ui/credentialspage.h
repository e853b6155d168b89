#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pecadmin {

class CredentialLettersBar;

// The one time a new password is shown: the address and the password to pass on to the
// user, a button that copies both, and the reminder that the user must change it.
class CredentialsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsPage(QWidget *parent = nullptr);

    void setCredentials(const QString &address, const QString &password);
    // Forgets the password: nothing of it stays in the page's widgets.
    void clear();
    // The webmail's address for the credential letter; empty: none.
    void setWebmailUrl(const QString &url);
    // The open store's files (MailboxService::storeFiles()), which the letters never replace.
    void setStoreFiles(const QStringList &files);

    QString address() const;
    QPushButton *closeButton() const { return m_closeButton; }

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copy();

    QLabel *m_titleLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_addressLineEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    QLabel *m_reminderLabel = nullptr;
    CredentialLettersBar *m_lettersBar = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace pecadmin
