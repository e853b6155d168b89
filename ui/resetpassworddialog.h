#pragma once

#include "mailboxchangedialog.h"

#include <optional>

class QLabel;

namespace pecadmin {

class CredentialsStack;
class ErrorLabel;
class PasswordEditor;

// Sets a new password for one mailbox, which its user must change at first access, then
// shows it once.
class ResetPasswordDialog : public MailboxChangeDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(
        MailboxService *service, const Mailbox &mailbox, const Domain &domain, QWidget *parent = nullptr);

    // The webmail address that the credential letters name, if the connection has one.
    void setWebmailUrl(const QString &url);

public Q_SLOTS:
    void done(int result) override;

protected:
    void retranslateUi() override;
    void validate() override;
    void submit() override;
    void setInputsEnabled(bool enabled) override;
    void showError(const ServiceError &error) override;

private:
    std::optional<ServiceError> m_refusal;

    CredentialsStack *m_stackedWidget = nullptr;
    QLabel *m_introLabel = nullptr;
    ErrorLabel *m_refusalLabel = nullptr;
    PasswordEditor *m_passwordEditor = nullptr;
};

} // namespace pecadmin
