#pragma once

#include "core/connectionprofile.h"
#include "core/serviceerror.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pecadmin {

class ErrorLabel;

// Asks for the username and the password (or the token) of a connection: at the first
// connection without a saved password, after a refused password, and when the server's
// session has expired. It tries nothing itself: "Sign in" emits signInRequested(); the caller
// tries, then accept()s or calls showError(), which keeps what was typed.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason { FirstSignIn, SessionExpired, Refused };

    SignInDialog(const ConnectionProfile &profile, Reason reason, QWidget *parent = nullptr);

    // Where no keyring answers, the password cannot be remembered; the dialog says so.
    void setKeyringAvailable(bool available);
    void setUsername(const QString &username);

    QString username() const;
    QString secret() const;
    bool remember() const;
    Reason reason() const { return m_reason; }

    // The attempt failed: the error under the fields, the input kept, the dialog usable again.
    void showError(const ServiceError &error);
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    ConnectionProfile m_profile;
    Reason m_reason;
    bool m_keyringAvailable = true;
    bool m_busy = false;

    QLabel *m_reasonLabel = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLineEdit *m_usernameLineEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QLabel *m_keyringLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_signInButton = nullptr;
};

} // namespace pecadmin
