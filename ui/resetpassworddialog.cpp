#include "resetpassworddialog.h"

#include "credentialspage.h"
#include "errorlabel.h"
#include "mailboxservice.h"
#include "passwordeditor.h"
#include "rules.h"
#include "whenready.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

ResetPasswordDialog::ResetPasswordDialog(
    MailboxService *service, const Mailbox &mailbox, const Domain &domain, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_mailbox(mailbox)
    , m_domain(domain)
    , m_refusal(rules::checkPasswordReset(mailbox))
{
    setObjectName(u"resetPasswordDialog"_s);
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    m_stackedWidget = new QStackedWidget(this);
    m_stackedWidget->setObjectName(u"stackedWidget"_s);
    m_formPage = new QWidget(m_stackedWidget);
    m_formPage->setObjectName(u"formPage"_s);

    m_introLabel = new QLabel(m_formPage);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setWordWrap(true);
    m_refusalLabel = new ErrorLabel(m_formPage);
    m_refusalLabel->setObjectName(u"refusalLabel"_s);
    m_passwordEditor = new PasswordEditor(m_formPage);
    m_passwordEditor->setObjectName(u"passwordEditor"_s);
    m_passwordEditor->setPolicy(m_domain.passwordPolicy);
    m_passwordEditor->setMailboxName(m_mailbox.name);
    // Refused: no field invites typing a password that cannot be set.
    m_passwordEditor->setVisible(!m_refusal);
    m_errorLabel = new ErrorLabel(m_formPage);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_reloadedLabel = new QLabel(m_formPage);
    m_reloadedLabel->setObjectName(u"reloadedLabel"_s);
    m_reloadedLabel->setWordWrap(true);
    m_reloadedLabel->setVisible(false);
    m_busyProgressBar = new QProgressBar(m_formPage);
    m_busyProgressBar->setObjectName(u"busyProgressBar"_s);
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(8);
    m_busyProgressBar->setVisible(false);

    m_buttonBox = new QDialogButtonBox(m_formPage);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_resetButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_resetButton->setObjectName(u"resetButton"_s);
    m_resetButton->setDefault(true);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *formLayout = new QVBoxLayout(m_formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_introLabel);
    formLayout->addWidget(m_refusalLabel);
    formLayout->addWidget(m_passwordEditor);
    formLayout->addStretch(1);
    formLayout->addWidget(m_errorLabel);
    formLayout->addWidget(m_reloadedLabel);
    formLayout->addWidget(m_busyProgressBar);
    formLayout->addWidget(m_buttonBox);

    m_credentialsPage = new CredentialsPage(m_stackedWidget);
    m_credentialsPage->setObjectName(u"credentialsPage"_s);
    m_stackedWidget->addWidget(m_formPage);
    m_stackedWidget->addWidget(m_credentialsPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stackedWidget);

    setTabOrder(m_passwordEditor->lastField(), m_resetButton);
    setTabOrder(m_resetButton, m_cancelButton);

    connect(m_passwordEditor, &PasswordEditor::changed, this, &ResetPasswordDialog::validate);
    connect(m_resetButton, &QPushButton::clicked, this, &ResetPasswordDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &ResetPasswordDialog::reject);
    connect(m_credentialsPage, &CredentialsPage::closeRequested, this, &ResetPasswordDialog::accept);

    retranslateUi();
    if (m_refusal)
        m_cancelButton->setFocus();
    else
        m_passwordEditor->firstField()->setFocus();
}

void ResetPasswordDialog::reject()
{
    // The password may be set already: it must still be shown.
    if (m_busy)
        return;
    QDialog::reject();
}

void ResetPasswordDialog::done(int result)
{
    m_passwordEditor->clear();
    m_credentialsPage->clear();
    QDialog::done(result);
}

void ResetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset Password"));
    m_introLabel->setText(tr("Set a new password for %1. Its user must change it at the first access; you will "
                             "see it once, to pass it on.")
                              .arg(m_mailbox.address()));
    m_refusalLabel->setAccessibleName(tr("Why the password cannot be reset"));
    m_refusalLabel->setError(m_refusal);
    m_errorLabel->setAccessibleName(tr("Error"));
    m_reloadedLabel->setText(tr("The mailbox was read again: try again."));
    m_reloadedLabel->setAccessibleName(tr("Current values loaded"));
    m_busyProgressBar->setAccessibleName(tr("Setting the password"));
    m_resetButton->setText(tr("&Reset password"));
    m_resetButton->setAccessibleName(tr("Reset password"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_stackedWidget->setAccessibleName(tr("Reset password"));
    m_errorLabel->retranslate();
    validate();
}

void ResetPasswordDialog::validate()
{
    m_resetButton->setEnabled(!m_busy && !m_refusal && m_passwordEditor->isValid());
}

void ResetPasswordDialog::submit()
{
    if (m_busy || m_refusal || !m_passwordEditor->isValid())
        return;
    m_errorLabel->clearError();
    m_reloadedLabel->setVisible(false);
    setBusy(true);
    const QString password = m_passwordEditor->password();
    whenReady(m_service->resetPassword(m_mailbox.address(), m_mailbox.version, password), this,
        [this, password](const Result<Mailbox> &result) {
            if (!result) {
                showError(result.error());
                return;
            }
            setBusy(false);
            m_mailbox = result.value();
            Q_EMIT mailboxChanged(m_mailbox);
            m_credentialsPage->setCredentials(m_mailbox.address(), password);
            m_passwordEditor->clear();
            // The form is done with: out of the stack, so that the dialog fits the shorter page.
            m_stackedWidget->setCurrentWidget(m_credentialsPage);
            m_stackedWidget->removeWidget(m_formPage);
            m_formPage->hide();
            m_credentialsPage->closeButton()->setFocus();
            // Once the new page is laid out.
            QTimer::singleShot(0, this, &QDialog::adjustSize);
        });
}

void ResetPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    m_passwordEditor->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    validate();
}

void ResetPasswordDialog::showError(const ServiceError &error)
{
    if (error.code() == ServiceError::Code::Conflict) {
        m_errorLabel->setError(error);
        reloadAfterConflict();
        return;
    }
    setBusy(false);
    if (error.code() == ServiceError::Code::Protected) {
        m_refusal = error;
        m_refusalLabel->setError(error);
        m_passwordEditor->setVisible(false);
        validate();
        return;
    }
    m_errorLabel->setError(error);
}

void ResetPasswordDialog::reloadAfterConflict()
{
    whenReady(m_service->mailbox(m_mailbox.address()), this, [this](const Result<Mailbox> &result) {
        if (!result) {
            setBusy(false);
            m_errorLabel->setError(result.error());
            return;
        }
        m_mailbox = result.value();
        Q_EMIT mailboxChanged(m_mailbox);
        setBusy(false);
        m_reloadedLabel->setVisible(true);
    });
}

} // namespace pecadmin
