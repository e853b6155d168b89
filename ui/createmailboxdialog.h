#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace pecadmin {

class CredentialsStack;
class ErrorLabel;
class ValueLabel;
class MailboxService;
class PasswordEditor;

// Creates a mailbox in a domain, then shows its credentials once.
class CreateMailboxDialog : public QDialog
{
    Q_OBJECT

public:
    CreateMailboxDialog(MailboxService *service, const DomainDetails &domain, QWidget *parent = nullptr);

    // The webmail address that the credential letters name, if the connection has one.
    void setWebmailUrl(const QString &url);

    // The mailbox as the form describes it now.
    NewMailbox newMailbox() const;
    // Fills the form with `mailbox` (its name and values, not its password).
    void setStartingValues(const NewMailbox &mailbox);

public Q_SLOTS:
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void mailboxCreated(const pecadmin::Mailbox &mailbox);
    // The server's session expired under the request: once signed in again, `submitAgain`
    // sends the same request with what the form holds (ConnectionSession::resumeAfterSignIn).
    void signInNeeded(const std::function<void()> &submitAgain);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyDomain();
    void validate();
    void submit();
    void setBusy(bool busy);
    void showError(const ServiceError &error);
    void refreshDomain();
    qint64 quotaCap() const;

    MailboxService *m_service = nullptr;
    DomainDetails m_details;
    bool m_busy = false;
    bool m_nameTouched = false;

    CredentialsStack *m_stackedWidget = nullptr;
    QLabel *m_introLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    ValueLabel *m_domainLabel = nullptr;
    ErrorLabel *m_nameErrorLabel = nullptr;
    QGroupBox *m_passwordGroupBox = nullptr;
    PasswordEditor *m_passwordEditor = nullptr;
    QGroupBox *m_spaceGroupBox = nullptr;
    QLabel *m_quotaLabel = nullptr;
    QSpinBox *m_quotaSpinBox = nullptr;
    ValueLabel *m_quotaHintLabel = nullptr;
    ErrorLabel *m_quotaErrorLabel = nullptr;
    QLabel *m_softQuotaLabel = nullptr;
    QSpinBox *m_softQuotaSpinBox = nullptr;
    ErrorLabel *m_softQuotaErrorLabel = nullptr;
    QCheckBox *m_archivingCheckBox = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
