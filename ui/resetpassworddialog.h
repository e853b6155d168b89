#pragma once

#include "domain.h"
#include "mailbox.h"
#include "serviceerror.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace pecadmin {

class CredentialsPage;
class ErrorLabel;
class MailboxService;
class PasswordEditor;

// Sets a new password for one mailbox, which its user must change at first access, then
// shows it once.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(
        MailboxService *service, const Mailbox &mailbox, const Domain &domain, QWidget *parent = nullptr);

    Mailbox mailbox() const { return m_mailbox; }

public Q_SLOTS:
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void mailboxChanged(const pecadmin::Mailbox &mailbox);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void submit();
    void setBusy(bool busy);
    void showError(const ServiceError &error);
    void reloadAfterConflict();

    MailboxService *m_service = nullptr;
    Mailbox m_mailbox;
    Domain m_domain;
    bool m_busy = false;
    std::optional<ServiceError> m_refusal;

    QStackedWidget *m_stackedWidget = nullptr;
    QWidget *m_formPage = nullptr;
    QLabel *m_introLabel = nullptr;
    ErrorLabel *m_refusalLabel = nullptr;
    PasswordEditor *m_passwordEditor = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_reloadedLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
};

} // namespace pecadmin
