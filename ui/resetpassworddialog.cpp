#include "resetpassworddialog.h"

#include "core/mailboxservice.h"
#include "core/rules.h"
#include "credentialspage.h"
#include "credentialsstack.h"
#include "errorlabel.h"
#include "passwordeditor.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

DomainDetails detailsOf(const Domain &domain)
{
    DomainDetails details;
    details.domain = domain;
    return details;
}

} // namespace

ResetPasswordDialog::ResetPasswordDialog(
    MailboxService *service, const Mailbox &mailbox, const Domain &domain, QWidget *parent)
    : MailboxChangeDialog(service, mailbox, detailsOf(domain), parent), m_refusal(rules::checkPasswordReset(mailbox))
{
    setObjectName(u"resetPasswordDialog"_s);

    m_stackedWidget = new CredentialsStack(this);
    if (service)
        m_stackedWidget->credentialsPage()->setStoreFiles(service->storeFiles());
    QWidget *formPage = m_stackedWidget->formPage();

    m_introLabel = new QLabel(formPage);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setWordWrap(true);
    m_refusalLabel = new ErrorLabel(formPage);
    m_refusalLabel->setObjectName(u"refusalLabel"_s);
    m_passwordEditor = new PasswordEditor(formPage);
    m_passwordEditor->setObjectName(u"passwordEditor"_s);
    m_passwordEditor->setPolicy(domain.passwordPolicy);
    m_passwordEditor->setMailboxName(mailbox.name);
    // Refused: no field invites typing a password that cannot be set.
    m_passwordEditor->setVisible(!m_refusal);
    createFooter(formPage, u"resetButton"_s);

    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_introLabel);
    formLayout->addWidget(m_refusalLabel);
    formLayout->addWidget(m_passwordEditor);
    addFooter(formLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stackedWidget);

    setTabOrder(m_passwordEditor->lastField(), actionButton());
    setTabOrder(actionButton(), cancelButton());

    connect(m_passwordEditor, &PasswordEditor::changed, this, &ResetPasswordDialog::validate);
    connect(m_stackedWidget->credentialsPage(), &CredentialsPage::closeRequested, this, &ResetPasswordDialog::accept);

    retranslateUi();
    if (m_refusal)
        cancelButton()->setFocus();
    else
        m_passwordEditor->firstField()->setFocus();
}

void ResetPasswordDialog::done(int result)
{
    m_passwordEditor->clear();
    m_stackedWidget->credentialsPage()->clear();
    MailboxChangeDialog::done(result);
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset Password"));
    m_introLabel->setText(tr("Set a new password for %1. Its user must change it at the first access; you will "
                             "see it once, to pass it on.")
                              .arg(mailbox().address()));
    m_refusalLabel->setAccessibleName(tr("Why the password cannot be reset"));
    m_refusalLabel->setError(m_refusal);
    errorLabel()->setAccessibleName(tr("Error"));
    reloadedLabel()->setText(tr("The mailbox was read again: try again."));
    reloadedLabel()->setAccessibleName(tr("Current values loaded"));
    busyProgressBar()->setAccessibleName(tr("Setting the password"));
    actionButton()->setText(tr("&Reset password"));
    actionButton()->setAccessibleName(tr("Reset password"));
    cancelButton()->setText(tr("Cancel"));
    cancelButton()->setAccessibleName(tr("Cancel"));
    m_stackedWidget->setAccessibleName(tr("Reset password"));
    errorLabel()->retranslate();
    validate();
}

void ResetPasswordDialog::validate()
{
    actionButton()->setEnabled(!isBusy() && !m_refusal && m_passwordEditor->isValid());
}

void ResetPasswordDialog::submit()
{
    if (isBusy() || m_refusal || !m_passwordEditor->isValid())
        return;
    const QString password = m_passwordEditor->password();
    const Mailbox current = mailbox();
    send(service()->resetPassword(current.address(), current.version, password), [this, password] {
        m_passwordEditor->clear();
        m_stackedWidget->showCredentials(mailbox().address(), password);
    });
}

void ResetPasswordDialog::setInputsEnabled(bool enabled)
{
    m_passwordEditor->setEnabled(enabled);
}

void ResetPasswordDialog::showError(const ServiceError &error)
{
    if (error.code() != ServiceError::Code::Protected) {
        MailboxChangeDialog::showError(error);
        return;
    }
    m_refusal = error;
    m_refusalLabel->setError(error);
    m_passwordEditor->setVisible(false);
    validate();
}

void ResetPasswordDialog::setWebmailUrl(const QString &url)
{
    m_stackedWidget->credentialsPage()->setWebmailUrl(url);
}

} // namespace pecadmin
